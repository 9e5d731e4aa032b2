"""One question of the flow, as the Session chose it: its options as large buttons (the
budget as a slider, a typed amount and one-tap round amounts), Back, Skip and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget

from app.money import SYMBOLS, from_usd, to_usd
from app.recommend.questions import MOST_QUESTIONS, Question
from app.session import Snapshot
from app.ui.common import ChoiceGrid, clear
from app.ui.words import tr


def round_amount(amount: float) -> int:
    """Two significant figures: a slider's ends and steps in any currency (¥733 -> 730, ₹8,658 -> 8,700)."""
    return int(float(f"{amount:.2g}"))


class BudgetChoice(QWidget):
    """Up to an amount in the store's currency: a slider, a box to type any amount, one-tap amounts."""

    def __init__(self, question: Question, currency: str, start: float, kiosk: bool):
        super().__init__()
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        column.addLayout(row)
        row.addWidget(QLabel(tr("Up to")))
        # the slider spans $100-$2,000 and the typed entry $50-$5,000, in the store's currency
        low, high, lowest, highest, step = (round_amount(from_usd(usd, currency)) for usd in (100, 2000, 50, 5000, 10))
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setSingleStep(step)
        self.slider.setPageStep(step * 5)
        self.slider.setValue(round_amount(start))
        self.slider.setAccessibleName(tr(question.title))
        self.entry = QSpinBox()
        self.entry.setRange(lowest, max(highest, round(start)))
        self.entry.setPrefix(SYMBOLS.get(currency, currency + " "))
        self.entry.setSingleStep(step)
        self.entry.setGroupSeparatorShown(True)
        self.entry.ensurePolished()  # the style sheet's font (larger on a kiosk) sets how wide the amount is
        self.entry.setMinimumWidth(self.entry.fontMetrics().horizontalAdvance(f"{self.entry.prefix()}88,888") + 48)
        if kiosk:  # the arrows are too small to touch; the slider and the amounts do that job
            self.entry.setButtonSymbols(QSpinBox.NoButtons)
        self.entry.setValue(round(start))  # what the shopper said, even beyond the slider's end
        self.entry.setAccessibleName(tr(question.title))
        self.slider.valueChanged.connect(self.entry.setValue)
        self.entry.valueChanged.connect(lambda v: self.slider.setValue(v) if v <= high else None)
        row.addWidget(self.slider, 1)
        row.addWidget(self.entry)
        presets = QHBoxLayout()
        for option in question.options:
            button = QPushButton(tr(option.label))
            button.setObjectName("choice")
            button.clicked.connect(lambda _=False, amount=option.prefs.budget_max: self.entry.setValue(round(amount)))
            presets.addWidget(button)
        column.addLayout(presets)

    def chosen(self) -> list:
        return [self.entry.value()]


class BrandChoice(QWidget):
    """Brands to want, and brands to avoid."""

    def __init__(self, question: Question, chosen):
        super().__init__()
        column = QVBoxLayout(self)
        grids = []
        for side, title in (("want", "Want"), ("avoid", "Avoid")):
            column.addWidget(QLabel(tr(title)))
            options = [(tr(o.label), o.id) for o in question.options if o.id.startswith(side + ":")]
            grid = ChoiceGrid(options, False, 6, chosen)
            column.addWidget(grid)
            grids.append(grid)
        self.want, self.avoid = grids

    def chosen(self) -> list[str]:
        want = self.want.chosen()
        wanted = {w.split(":", 1)[1] for w in want}
        return want + [a for a in self.avoid.chosen() if a.split(":", 1)[1] not in wanted]


class QuestionPage(QWidget):
    answered = Signal(str, list)   # question id, option ids (or one amount)
    skipped = Signal(str)
    back = Signal()

    def __init__(self, kiosk: bool):
        super().__init__()
        self.kiosk = kiosk
        self.layout_ = QVBoxLayout(self)
        self.question: Question | None = None
        self.answer_widget = None
        self.next_button = None

    def paint(self, snapshot: Snapshot) -> None:
        question = snapshot.question
        self.question = question
        clear(self.layout_)
        if question is None:
            return
        layout = self.layout_
        progress = QProgressBar()
        progress.setRange(0, MOST_QUESTIONS)
        progress.setValue(min(snapshot.asked, MOST_QUESTIONS))
        progress.setFormat(tr("Question {n} of about {total}").format(
            n=snapshot.asked + 1, total=max(MOST_QUESTIONS, snapshot.asked + 1)))
        progress.setTextVisible(True)
        layout.addWidget(progress)
        title = QLabel(tr(question.title))
        title.setObjectName("question")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.answer_widget = self._answer_widget(question, snapshot)
        layout.addWidget(self.answer_widget)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = QPushButton(tr("Back"))
        back.clicked.connect(self.back)
        skip = QPushButton(tr("Skip"))
        skip.clicked.connect(lambda: self.skipped.emit(question.id))
        nxt = QPushButton(tr("Next"))
        nxt.setObjectName("primary")
        nxt.clicked.connect(lambda: self.answered.emit(question.id, self.answer_widget.chosen()))
        self.next_button = nxt
        for button in (back, skip):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(nxt)
        layout.addLayout(buttons)
        nxt.setFocus()

    def _answer_widget(self, question: Question, snapshot: Snapshot) -> QWidget:
        currency = snapshot.store.currency
        if question.amount:
            prefs = snapshot.prefs
            if snapshot.selected:
                start = float(snapshot.selected[0])
            elif prefs.budget_max is not None:
                start = from_usd(to_usd(prefs.budget_max, prefs.currency or currency), currency)
            else:
                start = question.options[len(question.options) // 2].prefs.budget_max
            return BudgetChoice(question, currency, start, self.kiosk)
        if question.id == "brands":
            return BrandChoice(question, snapshot.selected)
        columns = 5 if len(question.options) > 6 else 3
        return ChoiceGrid([(tr(o.label), o.id) for o in question.options], not question.multiple, columns,
                          snapshot.selected)
