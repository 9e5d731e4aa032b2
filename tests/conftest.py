"""Shared test set-up: offscreen Qt, no network, paths to the shared specs."""

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or a model library.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# The app's data folder (store list, chosen-together log) is a fresh one for the run, never the user's.
os.environ["PHONE_GUIDE_DATA_DIR"] = tempfile.mkdtemp(prefix="phone-guide-test-data-")

import pytest  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (specs and eval data) is not beside this checkout")
    return SHARED


def pytest_sessionfinish(session, exitstatus):
    """Delete the widgets a run leaves behind while Qt still runs.

    Left to PySide's own clean-up at interpreter exit, a widget whose deletion was only
    queued (pytest-qt closes test widgets with deleteLater) may be deleted twice, and the
    run ends in a segmentation fault after every test has passed."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance()
    if qt_app is None:
        return
    for widget in qt_app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qt_app.processEvents()
