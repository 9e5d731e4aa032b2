"""Shared by the benchmarks: timing with percentiles, and writing the figures down."""

import json
import statistics
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def timed(fn, repeat: int, warmup: int = 3) -> dict:
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return {"p50_ms": round(statistics.median(runs), 3), "p95_ms": round(runs[int(0.95 * (len(runs) - 1))], 3),
            "runs": repeat}


def save(name: str, figures: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")
    return path
