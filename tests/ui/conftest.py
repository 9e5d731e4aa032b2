import pytest
from PySide6.QtCore import QSettings

from app.recommend import Recommender
from app.session import Session
from app.ui.main import Application
from app.ui.tasks import wait_for_tasks


@pytest.fixture(scope="session")
def recommender():
    return Recommender()


@pytest.fixture
def make_app(qapp, tmp_path, recommender):
    started = []

    def make(kiosk=False, language="en", **stored):
        store = QSettings(str(tmp_path / f"settings-{len(started)}.ini"), QSettings.IniFormat)
        store.setValue("language", language)
        for key, value in stored.items():
            store.setValue(key, value)
        app = Application(qapp, kiosk, store)
        app.start(Session(recommender))
        started.append(app)
        return app

    yield make
    from PySide6.QtCore import QCoreApplication, QEvent

    for app in started:
        app.set_language("en")
        if app.idle is not None:
            qapp.removeEventFilter(app.idle)
        qapp.removeEventFilter(app.enter_clicks)
        app.window.closeEvent = lambda event: event.accept()
        app.window.close()
        app.window.deleteLater()
    wait_for_tasks()
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def settle(qapp, window=None):
    """Wait for every event sent, and paint what came back (all the cards too)."""
    for _ in range(5):
        wait_for_tasks()
        qapp.processEvents()
    if window is not None:
        window.results_page.finish()
        for _ in range(3):  # the cards' layout, then the scroll area's
            qapp.processEvents()
