"""Benchmark: how soon the window is on screen after launch, and how long the language model then takes.

Run on demand: `.venv/bin/python -m tests.benchmarks.bench_startup`.
Each run is a fresh process (offscreen), timed from before the interpreter starts to the
window being shown, as `python -m app` does it: catalog and recommender first, window
shown, the model loading in the background. The baseline, measured in the same run, is
a bare Qt window in a fresh process. Budget: the window within 1.5 s.
"""

import os
import statistics
import subprocess
import sys
import time

from tests.benchmarks.common import save

APP_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.main import Application, load_session, register_font
from app.ui.tasks import run_task, wait_for_tasks

qt_app = QApplication(sys.argv[:1])
register_font(qt_app)
app = Application(qt_app, False)
session = load_session()
window = app.start(session)
window.show()
qt_app.processEvents()
shown = time.time()
run_task("model", session.warm_up, lambda _: None, lambda error: None)
wait_for_tasks()
print(shown, time.time())
"""

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
qt_app = QApplication(sys.argv[:1])
window = QWidget()
window.show()
qt_app.processEvents()
print(time.time(), time.time())
"""


def launch(script: str) -> tuple[float, float]:
    """(seconds to the window, seconds to the model) from just before the process starts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
    shown, ready = (float(x) for x in out.split()[-2:])
    return shown - started, ready - started


def main() -> None:
    runs = 5
    app = [launch(APP_WINDOW) for _ in range(runs)]
    bare = [launch(BARE_WINDOW)[0] for _ in range(runs)]
    window_s = statistics.median(a[0] for a in app)
    figures = {
        "window_shown_s": round(window_s, 3),
        "model_ready_s": round(statistics.median(a[1] for a in app), 3),
        "bare_qt_window_s": round(statistics.median(bare), 3),
        "ratio_to_bare_window": round(window_s / statistics.median(bare), 2),
        "runs": runs,
        "budget": {"window_shown_s": 1.5},
    }
    save("startup", figures)


if __name__ == "__main__":
    main()
    sys.exit(0)
