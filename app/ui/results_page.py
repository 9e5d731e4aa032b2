"""The results: how many phones fit, the changes that would let more fit, and the ranked
cards. Cards are built one per turn of the event loop, so painting never blocks the
window; when only the kept and compared marks change, the cards are updated in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.session import Snapshot
from app.ui.cards import PhoneCard
from app.ui.common import clear
from app.ui.flow import FlowLayout
from app.ui.words import explanation_text, tr


def fit_text(count: int) -> str:
    return tr("%n phones fit", None, count)


class ResultsPage(QWidget):
    critique = Signal(str, str)   # phone id, kind
    keep = Signal(str)
    compare = Signal(str)
    relax = Signal(str)           # relaxation id
    back = Signal()

    def __init__(self, kiosk: bool):
        super().__init__()
        self.kiosk = kiosk
        self.language = "en"
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)   # the cards' own frames give the space
        self.cards: list[PhoneCard] = []
        self.shown: tuple | None = None          # what the cards on screen say
        self._waiting: list = []                 # cards still to build
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_next)
        self.grid: QGridLayout | None = None
        self.columns = 1
        self.page_width = 800

    def paint(self, snapshot: Snapshot, language: str, width: int, text_scale: float = 1.0) -> None:
        results = snapshot.results
        says = (language, width, text_scale, snapshot.can_go_back, snapshot.prefs, snapshot.store,
                tuple((c.phone["id"], c.phone.get("price_usd"), tuple(e.text for e in c.reasons + c.weaknesses
                                                                      + c.tradeoffs)) for c in results.cards),
                tuple(o.id for o in results.relaxations))
        if says == self.shown:  # the same phones: only the marks may have changed
            for card in self.cards:
                card.mark(card.phone_id in snapshot.shortlist, card.phone_id in snapshot.compare)
            return
        self.shown, self.language, self.page_width = says, language, width
        self._builder.stop()
        clear(self.layout_)
        self.cards = []
        top = QHBoxLayout()
        back = QPushButton(tr("Back"))
        back.setEnabled(snapshot.can_go_back)
        back.clicked.connect(self.back)
        top.addWidget(back)
        summary = QLabel(fit_text(results.eligible_count))
        summary.setObjectName("summary")
        top.addWidget(summary, 1)
        self.layout_.addLayout(top)
        if results.relaxations:
            self.layout_.addWidget(QLabel(
                tr("Nothing fits all of that. The smallest changes that would:") if not results.eligible_count
                else tr("Only a few phones fit. Try:")))
            offers = QWidget()
            offer_row = FlowLayout(offers, spacing=8)
            for offer in results.relaxations:
                button = QPushButton(tr("{change} → %n phones", None, offer.count)
                                     .format(change=explanation_text(offer.change)))
                button.setObjectName("relax")
                button.clicked.connect(lambda _=False, relaxation_id=offer.id: self.relax.emit(relaxation_id))
                offer_row.addWidget(button)
            self.layout_.addWidget(offers)
        if not results.cards:
            self.layout_.addStretch(1)
            return
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignTop)
        card_width = (520 if self.kiosk else 400) * text_scale  # kiosk cards have bigger type and tap targets
        self.columns = max(1, min(3, int(width // card_width)))
        scroll.setWidget(holder)
        self.layout_.addWidget(scroll, 1)
        self._waiting = [(k, item, snapshot) for k, item in enumerate(results.cards)]
        self._build_next()          # the first card at once, the rest as the event loop turns
        if self._waiting:
            self._builder.start()

    def _build_next(self) -> None:
        if not self._waiting:
            self._builder.stop()
            return
        k, item, snapshot = self._waiting.pop(0)
        phone_id = item.phone["id"]
        card = PhoneCard(k + 1, item, snapshot.prefs, phone_id in snapshot.shortlist,
                         phone_id in snapshot.compare, snapshot.store.currency, snapshot.results.cards[0].score)
        card.critique.connect(self.critique)
        card.keep.connect(self.keep)
        card.compare.connect(self.compare)
        # A scroll area sizes its page by minimum heights, which wrapped text understates: each card
        # asks for the height its text takes at its column's width.
        column = max(260, (self.page_width - 60) // self.columns)
        layout = card.layout()
        card.ensurePolished()  # with the style sheet's fonts and button heights
        card.setMinimumHeight(max(card.sizeHint().height(), layout.totalHeightForWidth(column)))
        self.grid.addWidget(card, k // self.columns, k % self.columns)
        self.cards.append(card)

    def finish(self) -> None:
        """Build every waiting card now (tests and screenshots)."""
        while self._waiting:
            self._build_next()
