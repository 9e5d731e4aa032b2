"""Run the benchmarks and hold each figure against its budget in the design's performance table.

    .venv/bin/python -m tests.benchmarks.check_budgets            # run them, then compare
    .venv/bin/python -m tests.benchmarks.check_budgets --no-run   # compare the figures written last time

On demand, never in the unit run (pytest ignores tests/benchmarks). Each benchmark runs in its own
process and writes its figures to tests/benchmarks/results/; the table then shows figure, budget and
whether it is within. A benchmark whose extra or build is absent (voice, the bundle) is skipped with the
reason, and a budget no benchmark measures says so. Exit status 1 when any figure is over its budget.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.common import RESULTS

ROOT = Path(__file__).resolve().parents[2]
DESIGN = ROOT.parent / "shared" / "DESIGN.md"


@dataclass(frozen=True)
class Budget:
    what: str          # the row of DESIGN.md's "Performance budget" table
    results: str       # the benchmark's results file (tests/benchmarks/results/NAME.json)
    figure: tuple      # keys into it
    limit: float
    unit: str


# DESIGN.md, "Performance budget (2 CPU cores, no GPU)", row by row.
BUDGETS = [
    Budget("understanding one answer, p50", "understanding", ("int8_parse", "p50_ms"), 5, "ms"),
    Budget("understanding one answer, p95", "understanding", ("int8_parse", "p95_ms"), 15, "ms"),
    Budget("one conversation event with text, p50", "conversation", ("event_with_text_ms", "p50_ms"), 15, "ms"),
    Budget("ranking with text, 100k synthetic phones", "conversation", ("ranking_with_text_100k_ms", "p50_ms"),
           100, "ms"),
    Budget("GUI thread busy at a time, desktop", "paint", ("desktop", "slowest_gui_work_ms"), 16, "ms"),
    Budget("GUI thread busy at a time, kiosk", "paint", ("kiosk", "slowest_gui_work_ms"), 16, "ms"),
    Budget("first window on screen after launch", "startup", ("window_shown_s",), 1.5, "s"),
    Budget("first window on screen, the bundle", "bundle", ("window", "bundle", "window_shown_s"), 1.5, "s"),
    Budget("a spoken wish of 2-6 s to text, p50", "voice", ("latency_p50_s",), 1.5, "s"),
    Budget("resident memory, GUI running (the bundle)", "bundle", ("window", "bundle", "window_rss_mb"), 400, "MB"),
]
NOT_MEASURED = {"idle CPU in kiosk mode": "≈ 0"}  # no benchmark measures it yet


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def why_skipped(name: str) -> str | None:
    """Why a benchmark cannot run here, or None."""
    if name == "voice" and not has("faster_whisper"):
        return "the voice extra is not installed (pip install -e '.[voice]')"
    if name == "bundle" and not (ROOT / "dist" / "phone-guide").is_dir():
        return "no bundle built (python packaging/build_bundle.py)"
    if name == "understanding" and not has("torch"):
        return "its fp32 baseline needs the train extra (pip install -e '.[train]')"
    return None


def run(name: str) -> str | None:
    """Run one benchmark in its own process; None when it wrote its figures, else why not."""
    skipped = why_skipped(name)
    if skipped:
        return skipped
    print(f"running bench_{name} …", flush=True)
    done = subprocess.run([sys.executable, "-m", f"tests.benchmarks.bench_{name}"], cwd=ROOT,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True)
    if done.returncode != 0:
        return f"bench_{name} failed: {(done.stderr.strip().splitlines() or ['no message'])[-1]}"
    return None


def figure(results: dict, keys: tuple):
    value = results
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def compare(reasons: dict[str, str], results: Path = RESULTS) -> list[tuple[str, str, str, str]]:
    """(what, figure, budget, within) per budget; `reasons` says why a benchmark has no figures."""
    rows = []
    for budget in BUDGETS:
        path = results / f"{budget.results}.json"
        value = None
        if budget.results not in reasons and path.is_file():  # a skipped benchmark's old figures are not shown
            value = figure(json.loads(path.read_text(encoding="utf-8")), budget.figure)
        limit = f"≤ {budget.limit:g} {budget.unit}"
        if value is None:
            why = reasons.get(budget.results) or (f"no figure in {path.name}" if path.is_file()
                                                  else f"not measured ({path.name} absent)")
            rows.append((budget.what, "—", limit, why))
        else:
            rows.append((budget.what, f"{value:g} {budget.unit}", limit, "yes" if value <= budget.limit else "NO"))
    rows += [(what, "—", budget, "not measured: no benchmark for it") for what, budget in NOT_MEASURED.items()]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-run", action="store_true", help="compare the figures the last runs wrote")
    args = parser.parse_args(argv)
    reasons: dict[str, str] = {}
    if not args.no_run:
        for name in dict.fromkeys(b.results for b in BUDGETS):
            problem = run(name)
            if problem:
                reasons[name] = f"skipped: {problem}"
                print(f"bench_{name} skipped: {problem}", flush=True)
    rows = compare(reasons)
    widths = [max(len(row[i]) for row in rows + [("what", "figure", "budget", "within")]) for i in range(4)]
    for row in [("what", "figure", "budget", "within"), tuple("-" * w for w in widths)] + rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if DESIGN.is_file() and "## Performance budget" not in DESIGN.read_text(encoding="utf-8"):
        print(f"note: {DESIGN} has no performance budget table any more; these budgets may be stale")
    return 1 if any(row[3] == "NO" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
