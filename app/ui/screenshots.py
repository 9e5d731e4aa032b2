"""`python -m app screenshots DIR`: every screen, in English and Chinese, kiosk and desktop, as PNG files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="where to write the PNG files")


def settle(qt_app) -> None:
    from app.ui.tasks import wait_for_tasks

    for _ in range(5):
        wait_for_tasks()
        qt_app.processEvents()


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app import understanding
    from app.preferences import Preferences
    from app.ui.main import Application, load_session, register_font

    args.folder.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    register_font(qt_app)
    try:
        understanding.load()
    except understanding.ModelUnavailable as error:
        print(f"note: {error}", file=sys.stderr)
    scratch = tempfile.mkdtemp(prefix="phone-guide-shots-")
    written = []
    for kiosk in (False, True):
        for language in ("en", "zh_CN"):
            store = QSettings(str(Path(scratch) / f"{kiosk}-{language}.ini"), QSettings.IniFormat)
            store.setValue("language", language)
            store.setValue("currency", "CNY" if language == "zh_CN" else "USD")  # as a store in China would
            app = Application(qt_app, kiosk, store)
            window = app.start(load_session())
            if kiosk:
                # the offscreen screen is small: pin a common kiosk size instead of "full screen"
                window.setWindowState(Qt.WindowNoState)
                window.setFixedSize(1366, 900)
            else:
                window.resize(1280, 900)
            mode = "kiosk" if kiosk else "desktop"

            def shot(name: str) -> None:
                settle(qt_app)
                path = args.folder / f"{mode}-{language}-{name}.png"
                window.grab().save(str(path))
                written.append(path)

            shot("1-welcome")
            window.show_question("budget")
            shot("2-question-budget")
            window.wish.setText("小屏手机,拍照好,预算3000元,不要三星" if language == "zh_CN"
                                else "small phone, great camera, under $700, no Samsung")
            window.submit_text()
            settle(qt_app)
            window.show_question("use_cases")
            shot("3-question-use")
            window.show_results()
            shot("4-results")
            results = window.session.results
            for item in results.results[:3]:
                window.toggle_compare(item.phone["id"])
                window.keep(item.phone["id"])
            window.show_compare()
            shot("5-compare")
            window.show_shortlist()
            shot("6-shortlist")
            window.session.relax(Preferences(brands_include=("Apple",), budget_max=150, require=("stylus",)))
            window.show_results()
            settle(qt_app)
            window.show_results()
            shot("7-nothing-fits")
            window.close()
            window.deleteLater()
    for path in written:
        print(path)
    return 0
