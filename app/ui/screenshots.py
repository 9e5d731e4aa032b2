"""`python -m app screenshots DIR`: every screen, in English and Chinese, kiosk and desktop, as PNG files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="where to write the PNG files")
    parser.add_argument("--size", type=size, action="append", metavar="WxH",
                        help="screen size (repeatable; default: 1024x768, 1366x768 and 1920x1080)")


def settle(qt_app, window=None) -> None:
    from app.ui.tasks import wait_for_tasks

    for _ in range(5):
        wait_for_tasks()
        qt_app.processEvents()
    if window is not None:
        window.results_page.finish()
        for _ in range(3):  # the cards' layout, then the scroll area's
            qt_app.processEvents()


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.main import Application, load_session, register_font

    args.folder.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    register_font(qt_app)
    scratch = tempfile.mkdtemp(prefix="phone-guide-shots-")
    written = []
    session = load_session()
    try:
        session.warm_up()
    except Exception as error:  # the model is missing: the screens are still worth seeing
        print(f"note: {error}", file=sys.stderr)
    screens = [(size, kiosk, language) for size in (args.size or SIZES) for kiosk in (False, True)
               for language in ("en", "zh_CN")]
    for (width, height), kiosk, language in screens:
        store = QSettings(str(Path(scratch) / f"{kiosk}-{language}.ini"), QSettings.IniFormat)
        store.setValue("language", language)
        store.setValue("currency", "CNY" if language == "zh_CN" else "USD")  # as a store in China would
        session.start()
        app = Application(qt_app, kiosk, store)
        window = app.start(session)
        if kiosk:
            # the offscreen screen is small: pin the kiosk's screen size instead of "full screen"
            window.setWindowState(Qt.WindowNoState)
            window.setFixedSize(width, height)
        else:
            window.resize(width, height)
        mode = "kiosk" if kiosk else "desktop"

        def shot(name: str) -> None:
            settle(qt_app, window)
            path = args.folder / f"{mode}-{width}x{height}-{language}-{name}.png"
            window.grab().save(str(path))
            written.append(path)

        shot("1-welcome")
        window.go_to("flow")
        shot("2-question-budget")
        window.send("say", "3000元以内,不要三星" if language == "zh_CN" else "under $700, no Samsung")
        settle(qt_app, window)
        if window.snapshot.question is not None:
            shot(f"3-question-{window.snapshot.question.id}")
        window.show_results()
        shot("4-results")
        for card in window.snapshot.results.cards[:3]:
            window.send("compare", card.phone["id"])
            window.send("keep", card.phone["id"])
        settle(qt_app, window)
        window.go_to("compare")
        shot("5-compare")
        window.go_to("shortlist")
        shot("6-shortlist")
        window.start_over()
        settle(qt_app, window)
        window.go_to("flow")
        for question, options in (("brands", ["want:Apple"]), ("budget", [1000 if language == "zh_CN" else 150]),
                                  ("features", ["stylus"])):
            window.send("answer", question, options)
        window.show_results()
        shot("7-nothing-fits")
        qt_app.removeEventFilter(app.enter_clicks)
        qt_app.removeTranslator(app.translator)
        if app.idle is not None:
            qt_app.removeEventFilter(app.idle)
        window.close()
        window.deleteLater()
    for path in written:
        print(path)
    return 0
