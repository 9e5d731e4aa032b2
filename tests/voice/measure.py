"""Measuring the recogniser on the recorded wishes: error rates and "same Preferences as typed".

Shared by the voice tests (a few clips) and `tests/benchmarks/bench_voice.py` (all of them).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
WISHES = HERE / "wishes.json"
CLIPS = HERE / "clips"


def wishes(language: str | None = None) -> list[dict]:
    items = json.loads(WISHES.read_text(encoding="utf-8"))
    return [w for w in items if language in (None, w["language"])]


def clip_path(wish: dict) -> Path:
    return CLIPS / f"{wish['id']}.wav"


def edit_distance(a: list, b: list) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def units(text: str, language: str) -> list[str]:
    """Words (English) or characters (Chinese) to count errors in; case, punctuation and "$" set aside."""
    from app.understanding import clean

    text = clean(text).lower()
    text = re.sub(r"\$(\d[\d,]*)", r"\1 dollars", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    if language == "en":
        return text.split()
    return [ch for ch in text if not ch.isspace()]


@dataclass
class Heard:
    wish: dict
    text: str
    seconds: float          # transcription time (wall clock)
    cpu_seconds: float      # processor time of this process meanwhile (all threads)
    audio_seconds: float
    errors: int             # word (en) or character (zh) edits
    length: int             # words or characters in the typed text
    same_prefs: bool
    typed_prefs: dict
    heard_prefs: dict


def hear(recogniser, wish: dict) -> Heard:
    from app.understanding import parse
    from app.voice import SAMPLE_RATE, read_wav

    samples = read_wav(clip_path(wish))
    started, cpu_started = time.perf_counter(), time.process_time()
    text = recogniser.transcribe(samples, wish["language"])
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    typed, heard = parse(wish["text"]).prefs.to_dict(), parse(text).prefs.to_dict()
    expected, got = units(wish["text"], wish["language"]), units(text, wish["language"])
    return Heard(wish, text, seconds, cpu_seconds, len(samples) / SAMPLE_RATE, edit_distance(expected, got), len(expected),
                 typed == heard, typed, heard)
