"""The main window: a painter of the Session's snapshots.

The header (wish box, chips, "did you mean…?", the Session's note) sits above the
pages: welcome, the question the Session chose, the results, compare, shortlist.
Every shopper action becomes a Session event, sent through the task gateway in
the order it was made; a snapshot is painted only if it is newer than the one on
screen. The window decides nothing about the conversation: which page shows
follows from the snapshot, except where the shopper navigates (compare, shortlist).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from app.session import Session, Snapshot
from app.settings import Settings
from app.ui.compare_page import ComparePage, comparison_rows, price_label
from app.ui.header import Header
from app.ui.question_page import QuestionPage
from app.ui.results_page import ResultsPage
from app.ui.shortlist_page import EXPORTS, ShortlistPage, export
from app.ui.tasks import run_task
from app.ui.welcome_page import WelcomePage
from app.ui.words import tr

VIEWS = ("welcome", "flow", "compare", "shortlist")   # flow: the question on screen, or the results


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, session: Session, settings: Settings, kiosk: bool = False, language: str = "en"):
        super().__init__()
        self.session = session
        self.settings = settings
        self.kiosk = kiosk
        self.language = language
        self.view = "welcome"
        self.snapshot: Snapshot | None = None
        self.setWindowTitle(tr("Phone guide"))
        self.setAccessibleName(tr("Phone guide"))

        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(18, 8, 18, 8)
        self.header = Header(language)
        self.wish = self.header.wish
        outer.addWidget(self.header)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.status = QLabel("")
        self.status.setObjectName("status")
        outer.addWidget(self.status)

        self.welcome_page = WelcomePage()
        self.question_page = QuestionPage(kiosk)
        self.results_page = ResultsPage(kiosk)
        self.compare_page = ComparePage(settings.high_contrast)
        self.shortlist_page = ShortlistPage(kiosk)
        # On a small screen, or with the on-screen keyboard open, a page scrolls: the window never grows
        # past the screen. The results page scrolls its cards itself.
        self._holders = {}
        for page in (self.welcome_page, self.question_page, self.compare_page, self.shortlist_page):
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            holder.setWidget(page)
            self._holders[page] = holder
            self.pages.addWidget(holder)
        self.pages.addWidget(self.results_page)
        self.microphone = self._microphone()
        self._connect()
        self._shortcuts()
        self.header.retranslate()
        self.paint(session.snapshot or session.start())

    # -- shopper actions become Session events -------------------------------------------------

    def _connect(self) -> None:
        h = self.header
        h.said.connect(lambda text: self.send("say", text))
        h.show_results.connect(self.show_results)
        h.remove_chip.connect(lambda chip_id: self.send("remove", chip_id))
        h.confirmed.connect(lambda yes: self.send("confirm", yes))
        h.open_shortlist.connect(lambda: self.go_to("shortlist"))
        h.open_compare.connect(lambda: self.go_to("compare"))
        h.start_over.connect(self.start_over)
        h.language_chosen.connect(self.language_changed)
        self.welcome_page.started.connect(lambda: self.go_to("flow"))
        self.welcome_page.example.connect(lambda text: self.send("say", text))
        q = self.question_page
        q.answered.connect(lambda question_id, options: self.send("answer", question_id, options))
        q.skipped.connect(lambda question_id: self.send("skip", question_id))
        q.back.connect(self.go_back)
        r = self.results_page
        r.critique.connect(lambda phone_id, kind: self.send("critique", phone_id, kind))
        r.keep.connect(lambda phone_id: self.send("keep", phone_id))
        r.compare.connect(lambda phone_id: self.send("compare", phone_id))
        r.relax.connect(lambda relaxation_id: self.send("relax", relaxation_id))
        r.back.connect(self.go_back)
        self.compare_page.take_out.connect(lambda phone_id: self.send("compare", phone_id))
        self.compare_page.back.connect(lambda: self.go_to("flow"))
        self.shortlist_page.take_off.connect(lambda phone_id: self.send("keep", phone_id))
        self.shortlist_page.back.connect(lambda: self.go_to("flow"))
        self.shortlist_page.export_asked.connect(self.export)

    def _microphone(self):
        """The talk button beside the wish box; it shows itself once a microphone and the speech model
        are there (the voice extra installed), and stays hidden otherwise."""
        try:
            from app.ui.microphone import MicrophoneButton
        except ImportError:   # voice input is not installed
            return None
        microphone = MicrophoneButton(language=self.language)
        microphone.heard.connect(self.heard)
        self.header.ask_row.insertWidget(1, microphone)
        return microphone

    def heard(self, text: str) -> None:
        """Spoken words go to the Session as typed ones do, and stay in the box to be corrected."""
        self.send("say", text)
        self.wish.setText(text)
        self.wish.selectAll()

    def send(self, event: str, *args) -> None:
        """One event to the Session, off the GUI thread, after every event sent before it."""
        if event == "say":
            self.header.forget_typing()
        session = self.session
        run_task("event", lambda: getattr(session, event)(*args), self.paint, self.failed, in_order=True)

    def failed(self, error: BaseException) -> None:
        self.status.setText(tr("Sorry, that could not be done: {error}").format(error=error))

    def show_results(self) -> None:
        self.view = "flow"
        self.send("show_results")

    def go_back(self) -> None:
        if self.snapshot is not None and self.snapshot.can_go_back:
            self.send("back")
        else:
            self.go_to("welcome")

    def go_to(self, view: str) -> None:
        self.view = view
        if self.snapshot is not None:
            self.paint(self.snapshot, again=True)

    def start_over(self) -> None:
        """A new shopper: the Session forgets, the screen goes back to the welcome page."""
        self.header.forget_typing()
        if self.microphone is not None:
            self.microphone.reset()   # audio too: nothing the last shopper said is kept
        self.status.setText("")
        self.view = "welcome"
        self.send("start")

    # -- painting ------------------------------------------------------------------------------

    def paint(self, snapshot: Snapshot, again: bool = False) -> None:
        """Show `snapshot`, unless one at least as new is on screen already."""
        if snapshot is None:   # an event before the first shopper (settings at start): nothing to show yet
            return
        if self.snapshot is not None and snapshot.version <= self.snapshot.version and not again:
            return
        self.snapshot = snapshot
        self.status.setText("")
        self.header.paint(snapshot)
        if self.view == "welcome" and not snapshot.fresh:
            self.view = "flow"
        if self.view == "welcome":
            self.show_page(self.welcome_page)
        elif self.view == "compare":
            phones = [p for p in map(self.session.phone, snapshot.compare) if p]
            self.compare_page.paint(phones, snapshot.prefs, snapshot.store.currency)
            self.show_page(self.compare_page)
        elif self.view == "shortlist":
            self.shortlist_page.paint(self.shortlist_phones(), snapshot.store.currency)
            self.show_page(self.shortlist_page)
        elif snapshot.question is not None:
            self.question_page.paint(snapshot)
            self.show_page(self.question_page)
        else:
            self.results_page.paint(snapshot, self.language, self.width(), self.settings.text_size_percent / 100)
            self.show_page(self.results_page)

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(self._holders.get(page, page))

    def current_page(self) -> QWidget:
        shown = self.pages.currentWidget()
        return shown.widget() if isinstance(shown, QScrollArea) else shown

    def retranslate(self) -> None:
        """Every visible text again in the current language."""
        self.setWindowTitle(tr("Phone guide"))
        self.header.retranslate()
        if self.microphone is not None:
            self.microphone.set_language(self.language)   # the language listened for
        self.welcome_page.retranslate()
        self.results_page.shown = None
        if self.snapshot is not None:
            self.paint(self.snapshot, again=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.current_page() is self.results_page and self.snapshot is not None:
            QTimer.singleShot(0, lambda: self.paint(self.snapshot, again=True))

    # -- what the pages need -------------------------------------------------------------------

    def shortlist_phones(self) -> list[dict]:
        ids = self.snapshot.shortlist if self.snapshot else ()
        return [p for p in map(self.session.phone, ids) if p]

    def price(self, amount_usd: float | None) -> str:
        return price_label(amount_usd, self.session.store.currency)

    def comparison_rows(self, phones: list[dict]):
        return comparison_rows(phones, self.snapshot.prefs, self.session.store.currency)

    def export(self, kind: str, path: str | None = None):
        if path is None:
            title, pattern = EXPORTS[kind]
            path, _ = QFileDialog.getSaveFileName(self, tr(title), "shortlist." + kind, pattern)
            if not path:
                return None
        target = export(self.shortlist_phones(), self.snapshot.prefs, self.session.store.currency, kind, path)
        self.status.setText(tr("Saved to {path}").format(path=target))
        return target

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.wish.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.show_results)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.start_over)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.go_back)
