"""Benchmark: understanding one answer with the shipped int8 model, against the fp32 PyTorch model.

Run on demand: `HF_HUB_OFFLINE=1 .venv/bin/python -m tests.benchmarks.bench_understanding`.
Prints (and writes to tests/benchmarks/results/understanding.json) the int8 session
load time (median and slowest of five fresh processes), per-answer latency p50/p95 on
the dev set's texts with 2 threads, the exact reader's share of it, the model file size,
and the same latency of the fp32 PyTorch model measured in this run.
"""

import json
import statistics
import subprocess
import sys

from app.paths import MODELS_DIR, PROJECT_ROOT
from app.understanding.model import MODEL_FILE
from tests.benchmarks.common import save, timed


def texts() -> list[tuple[str, str | None]]:
    dev = PROJECT_ROOT.parent / "shared" / "eval" / "nlu-dev.jsonl"
    if dev.is_file():
        items = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [(i["text"], i.get("context")) for i in items]
    return [("small phone, great camera, under $500, no Samsung", None), ("nah", "camera")]


# Loading includes onnxruntime's first start in the process, so each load is timed in a fresh one.
COLD_LOAD = ("import time; from app.understanding.model import LanguageModel; started = time.perf_counter(); "
             "LanguageModel(); print((time.perf_counter() - started) * 1000)")


def cold_loads(times: int = 5) -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", COLD_LOAD], cwd=PROJECT_ROOT, capture_output=True,
                                 text=True, check=True, timeout=120).stdout) for _ in range(times)]


def main() -> None:
    from app import understanding
    from app.understanding.model import LanguageModel, encode
    from app.understanding.reading import CONTEXT_WORDS

    loads = cold_loads()
    model = LanguageModel()
    understanding._model = model
    samples = texts()
    cycle = iter(samples * 100)
    int8 = timed(lambda: understanding.parse(*next(cycle)), 400, warmup=10)
    # the exact reader alone (amounts, currencies, brands, models, the instruction guard): its share of a parse
    from app.understanding.mentions import find_mentions, stated_currencies

    def read_exactly():
        text = understanding.clean(next(cycle)[0])
        understanding.talks_to_the_app(text)
        stated_currencies(text, find_mentions(text))

    exact = timed(read_exactly, 2000, warmup=10)

    import torch

    torch.set_num_threads(2)
    from models.training.train import base_model_dir  # the fp32 baseline: the same architecture in PyTorch
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(base_model_dir())).eval()
    encoded = [encode(model.tokenizer, t, CONTEXT_WORDS[c]) for t, c in samples]
    vocab = encoder.get_input_embeddings().num_embeddings
    feeds = iter(encoded * 100)

    def torch_run():
        e = next(feeds)
        ids = torch.tensor([[i if i < vocab else 100 for i in e.ids]])
        with torch.no_grad():
            encoder(input_ids=ids, attention_mask=torch.ones_like(ids), token_type_ids=torch.tensor([e.type_ids]))

    fp32 = timed(torch_run, 200, warmup=10)
    figures = {
        "int8_session_load_ms": round(statistics.median(loads), 1),
        "int8_session_load_slowest_ms": round(max(loads), 1),
        "int8_parse": int8,
        "exact_reader": exact,
        "fp32_pytorch_encoder": fp32,
        "speedup_p50": round(fp32["p50_ms"] / int8["p50_ms"], 2),
        "model_file_mb": round((MODELS_DIR / MODEL_FILE).stat().st_size / 1e6, 1),
        "budget": {"p50_ms": 10, "p95_ms": 25, "load_ms": 300, "file_mb": 30},
    }
    save("understanding", figures)


if __name__ == "__main__":
    main()
