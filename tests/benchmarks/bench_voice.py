"""Benchmark: spoken wishes -> text -> Preferences, with Whisper base (int8, 2 threads).

Run on demand (needs the voice extra): `.venv/bin/python -m tests.benchmarks.bench_voice [--no-prompt] [--beam 1]`.
Feeds every clip in tests/voice/clips/ (English and Mandarin shopper wishes) to the
recogniser and prints (and writes to tests/benchmarks/results/voice.json): the model's
load time, word error rate (English) and character error rate (Mandarin), how many clips
give the same Preferences as their typed text, transcription latency p50/p95 for the
2-6 s clips (and the processor time, which other work on the machine does not inflate),
resident memory before and after, and each clip whose Preferences differ (what was
heard, what each reads as).
"""

import argparse
import os
import statistics
import time

from tests.benchmarks.common import save
from tests.voice.measure import hear, wishes

TARGETS = {"en": 0.90, "zh": 0.80}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def resident_mb() -> float | None:
    """This process's resident memory (Linux), to show what the voice model adds."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS"))
    except (OSError, StopIteration):
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-prompt", action="store_true", help="without the domain prompt (for comparison)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--beam", type=int, default=5, help="beam size (1: greedy decoding)")
    args = parser.parse_args()

    from app import understanding
    from app.voice import Recogniser

    understanding.load()
    understanding.parse("a small phone")
    before = resident_mb()
    recogniser = Recogniser(threads=args.threads, prompt=not args.no_prompt, beam_size=args.beam)
    started = time.perf_counter()
    recogniser.load()
    load_s = time.perf_counter() - started
    recogniser.transcribe(__import__("numpy").zeros(16_000, "float32"), "en")  # first run sets up CTranslate2

    figures = {"model": "whisper-base int8", "threads": args.threads, "prompt": not args.no_prompt, "beam": args.beam,
               "load_s": round(load_s, 2), "memory_before_mb": before and round(before),
               "load_average_before": round(os.getloadavg()[0], 2),
               "languages": {}, "misread": []}
    all_seconds, all_cpu = [], []
    for language in ("en", "zh"):
        heard = [hear(recogniser, wish) for wish in wishes(language)]
        timed = [h for h in heard if 2.0 <= h.audio_seconds <= 6.0]
        seconds, cpu = [h.seconds for h in timed], [h.cpu_seconds for h in timed]
        all_seconds += seconds
        all_cpu += cpu
        same = sum(h.same_prefs for h in heard)
        figures["languages"][language] = {
            "clips": len(heard),
            "error_rate": round(sum(h.errors for h in heard) / sum(h.length for h in heard), 4),
            "error_unit": "word" if language == "en" else "character",
            "exact_text": sum(h.errors == 0 for h in heard),
            "same_prefs": same, "same_prefs_share": round(same / len(heard), 3),
            "target_share": TARGETS[language],
            "latency_p50_s": round(statistics.median(seconds), 3), "latency_p95_s": round(percentile(seconds, 0.95), 3),
            "cpu_p50_s": round(statistics.median(cpu), 3), "clips_2_to_6_s": len(seconds),
        }
        for h in heard:
            print(f"{h.wish['id']} {'=' if h.same_prefs else 'x'} {h.seconds:4.2f}s  {h.text}")
            if not h.same_prefs:
                figures["misread"].append({"id": h.wish["id"], "typed": h.wish["text"], "heard": h.text,
                                           "typed_prefs": h.typed_prefs, "heard_prefs": h.heard_prefs})
    figures["memory_after_mb"] = resident_mb() and round(resident_mb())  # the language model + Whisper, after use
    figures["load_average_after"] = round(os.getloadavg()[0], 2)  # other work on the machine slows the figures
    figures["latency_p50_s"] = round(statistics.median(all_seconds), 3)
    figures["latency_p95_s"] = round(percentile(all_seconds, 0.95), 3)
    # Processor time per clip: with the machine to itself, the wall clock is about this over the threads used.
    figures["cpu_p50_s"] = round(statistics.median(all_cpu), 3)
    save("voice" + ("-no-prompt" if args.no_prompt else "") + (f"-beam{args.beam}" if args.beam != 5 else ""), figures)


if __name__ == "__main__":
    main()
