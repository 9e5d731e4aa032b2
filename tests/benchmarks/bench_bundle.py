"""Benchmark: the one-folder bundle's size and start-up, beside the same app run from the checkout's venv.

Run on demand, after building the bundle (`python packaging/build_bundle.py`):
`.venv/bin/python -m tests.benchmarks.bench_bundle [BUNDLE_FOLDER]`.
Each timing is the median of fresh processes, from just before the process starts:
`--version` (start-up alone), `nlu` (start-up, model load and one reading), and, where Xvfb
and xdotool are installed, the first window mapped on a virtual screen, plus the window's
resident memory once the model has loaded.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import save

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def median_seconds(command: list[str], env: dict) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def window_figures(command: list[str], env: dict, display: str) -> dict:
    """Seconds until the window is mapped on a virtual screen, and its memory after 6 s."""
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        if screen.poll() is not None:
            raise RuntimeError(f"Xvfb could not start on {display}")
        env = {**env, "DISPLAY": display}
        env.pop("QT_QPA_PLATFORM", None)
        shown, rss = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            window = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Phone guide"], env=env,
                                 capture_output=True).returncode != 0:
                if time.perf_counter() - started > 60:
                    raise RuntimeError("no window within 60 s")
                time.sleep(0.02)
            shown.append(time.perf_counter() - started)
            time.sleep(6)
            status = Path(f"/proc/{window.pid}/status").read_text()
            rss.append(int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024)
            window.terminate()
            window.wait(timeout=30)
        return {"window_shown_s": round(statistics.median(shown), 3), "window_rss_mb": round(statistics.median(rss))}
    finally:
        screen.terminate()
        screen.wait(timeout=30)


def main() -> None:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "phone-guide"
    program = bundle / ("phone-guide.exe" if sys.platform == "win32" else "phone-guide")
    if not program.is_file():
        raise SystemExit(f"No bundle at {bundle}: build it with python packaging/build_bundle.py")
    data = tempfile.mkdtemp(prefix="bench-bundle-")
    env = {**os.environ, "PHONE_GUIDE_DATA_DIR": data, "QT_QPA_PLATFORM": "offscreen"}
    internal = bundle / "_internal"
    parts = sorted(((size_mb(p), p.name) for p in internal.iterdir() if not p.is_symlink()), reverse=True)[:8]
    checkout = [sys.executable, "-m", "app"]
    env_checkout = {**env, "PYTHONPATH": str(ROOT)}
    figures = {
        "bundle_mb": round(size_mb(bundle)),
        "bundle_files": sum(1 for p in bundle.rglob("*") if p.is_file()),
        "largest_parts_mb": {name: round(mb, 1) for mb, name in parts},
        "version_s": {"bundle": median_seconds([str(program), "--version"], env),
                      "checkout": median_seconds([*checkout, "--version"], env_checkout)},
        "nlu_s": {"bundle": median_seconds([str(program), "nlu", "under 3000 yuan, no Samsung"], env),
                  "checkout": median_seconds([*checkout, "nlu", "under 3000 yuan, no Samsung"], env_checkout)},
        "runs": RUNS,
    }
    if shutil.which("Xvfb") and shutil.which("xdotool"):
        figures["window"] = {"bundle": window_figures([str(program)], env, ":97"),
                             "checkout": window_figures(checkout, env_checkout, ":98")}
    else:
        figures["window"] = "not measured: Xvfb and xdotool (Debian: xvfb, xdotool) are not installed"
    shutil.rmtree(data, ignore_errors=True)
    save("bundle", figures)


if __name__ == "__main__":
    main()
