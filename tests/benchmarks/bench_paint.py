"""Benchmark: how long the GUI thread is busy at a time while results are painted.

Run on demand: `.venv/bin/python -m tests.benchmarks.bench_paint` (offscreen).
A shopper's events go to the Session off the GUI thread; on the GUI thread, each
snapshot is painted and the cards are then built one per turn of the event loop.
This times every piece of GUI-thread work (one paint, one card) for a series of
results pages, in both window modes, and compares the slowest with the 16 ms
budget (one frame). The baseline, in the same run: painting a bare label.
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from app.ui.main import Application, load_session  # noqa: E402
from app.ui.results_page import ResultsPage  # noqa: E402
from app.ui.tasks import wait_for_tasks  # noqa: E402
from app.ui.window import MainWindow  # noqa: E402
from tests.benchmarks.common import save  # noqa: E402

BUDGET_MS = 16
WISHES = [("budget", [300]), ("budget", [500]), ("budget", [800]), ("os", ["android"]), ("os", ["ios"]),
          ("size", ["compact"]), ("camera", ["high"]), ("battery", ["high"]), ("use_cases", ["gaming"])]


def timed_calls(target, name: str, times: list) -> None:
    original = getattr(target, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            times.append((time.perf_counter() - start) * 1000)
    setattr(target, name, wrapper)


def main(rounds: int = 3) -> None:
    import tempfile

    qt_app = QApplication.instance() or QApplication([])
    session = load_session()
    figures = {}
    label = QLabel("x")
    start = time.perf_counter()
    for _ in range(100):
        label.setText("a phone")
        label.grab()
    figures["baseline_bare_label_paint_ms"] = round((time.perf_counter() - start) * 10, 3)
    paints, cards = [], []
    # timed on the classes, so the signal and timer connections made by the window are timed too
    timed_calls(MainWindow, "paint", paints)
    timed_calls(ResultsPage, "_build_next", cards)
    for kiosk in (False, True):
        store = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.IniFormat)
        app = Application(qt_app, kiosk, store)
        window = app.start(session)
        window.resize(1366, 900)
        paints.clear(), cards.clear()
        for _ in range(rounds):
            window.start_over()
            window.show_results()
            for question, options in WISHES:
                window.send("answer", question, options)
                wait_for_tasks()
                for _ in range(20):   # deliver the snapshot, then let the cards be built, one per turn
                    qt_app.processEvents()
        work = paints + cards
        mode = "kiosk" if kiosk else "desktop"
        figures[mode] = {"paints": len(paints), "cards_built": len(cards),
                         "paint_p50_ms": round(statistics.median(paints), 2),
                         "card_p50_ms": round(statistics.median(cards), 2) if cards else None,
                         "slowest_gui_work_ms": round(max(work), 2),
                         "slowest_paints_ms": [round(t, 1) for t in sorted(paints)[-3:]],
                         "slowest_cards_ms": [round(t, 1) for t in sorted(cards)[-3:]],
                         "within_budget": max(work) <= BUDGET_MS}
        window.close()
    figures["budget_ms"] = BUDGET_MS
    save("paint", figures)


if __name__ == "__main__":
    main()
