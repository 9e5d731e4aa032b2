"""The main window: a header with the free-text box and the understood chips, and the pages
(welcome, one question at a time, results, compare, shortlist).

It shows Session state and sends Session events; slow work (the language model,
ranking) goes through `app.ui.tasks.run_task`.
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QProgressBar, QPushButton, QScrollArea, QSlider,
                               QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.catalog.scores import chip_name
from app.money import SYMBOLS, from_usd, money_text, price_text, to_usd
from app.preferences import BRANDS, Preferences
from app.recommend.questions import answered
from app.session import Session
from app.ui.cards import PhoneCard
from app.ui.flow import FlowLayout
from app.ui.tasks import run_task
from app.ui.words import ASPECT_LABELS, FEATURE_LABELS, USE_CASE_LABELS, explanation_text, tr

QUESTION_TITLES = {
    "budget": "What is your budget?", "os": "Which system do you prefer?",
    "brands": "Any brands you want, or want to avoid?", "size": "What size suits you?",
    "use_cases": "What will you use it for?", "camera": "How important is the camera?",
    "battery": "How important is battery life?", "performance": "How important is speed?",
    "features": "Any must-have features?", "storage": "How much storage do you need?",
}
FIRST_QUESTIONS = ("budget", "use_cases")
WELCOME_EXAMPLES = ("Small phone, great camera, under $500, no Samsung", "For my mum: big screen, loud, easy",
                    "Gaming phone that doesn't overheat")
SHOWN_BRANDS = ("Apple", "Samsung", "Google", "Xiaomi", "OnePlus", "Motorola", "Huawei", "Honor", "Oppo", "Vivo",
                "Sony", "Nothing")


def label(pair: tuple[str, str]) -> str:
    return tr(pair[0])


def round_amount(amount: float) -> int:
    """Two significant figures: a slider's ends and steps in any currency (¥733 -> 730, ₹8,658 -> 8,700)."""
    return int(float(f"{amount:.2g}"))


def chips_for(prefs: Preferences) -> list[tuple[str, str, object]]:
    """(text, field, value) for every removable chip."""
    chips = []
    if prefs.budget_max is not None:
        amount = money_text(prefs.budget_max, prefs.currency)
        chips.append((tr("Under {amount}").format(amount=amount), "budget_max", None))
    if prefs.budget_min is not None:
        amount = money_text(prefs.budget_min, prefs.currency)
        chips.append((tr("From {amount}").format(amount=amount), "budget_min", None))
    chips += [(tr(b), "brands_include", b) for b in prefs.brands_include]
    chips += [(tr("No {brand}").format(brand=tr(b)), "brands_exclude", b) for b in prefs.brands_exclude]
    if prefs.os:
        chips.append((tr("Android") if prefs.os == "android" else tr("iPhone (iOS)"), "os", None))
    if prefs.size:
        chips.append((tr("Compact") if prefs.size == "compact" else tr("Large screen"), "size", None))
    chips += [(label(ASPECT_LABELS[a]), "priorities", a) for a in prefs.priorities]
    chips += [(tr("Not important: {aspect}").format(aspect=label(ASPECT_LABELS[a])), "deprioritized", a)
              for a in prefs.deprioritized]
    chips += [(label(FEATURE_LABELS[f]), "require", f) for f in prefs.require]
    chips += [(tr("No {feature}").format(feature=label(FEATURE_LABELS[f])), "exclude_features", f)
              for f in prefs.exclude_features]
    chips += [(label(USE_CASE_LABELS[u]), "use_cases", u) for u in prefs.use_cases]
    if prefs.min_storage_gb:
        chips.append((tr("At least {amount} GB storage").format(amount=prefs.min_storage_gb), "min_storage_gb", None))
    if prefs.min_ram_gb:
        chips.append((tr("At least {amount} GB RAM").format(amount=prefs.min_ram_gb), "min_ram_gb", None))
    if prefs.min_year:
        chips.append((tr("From {year}").format(year=prefs.min_year), "min_year", None))
    return chips


def clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()  # at once: deleteLater waits for the event loop
            item.widget().deleteLater()
        elif item.layout():
            clear(item.layout())


class ChoiceGrid(QWidget):
    """Large tap targets: toggle buttons in a grid."""

    def __init__(self, options: list[tuple[str, object]], exclusive: bool, columns: int = 3):
        super().__init__()
        grid = QGridLayout(self)
        grid.setSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.values = {}
        for k, (text, value) in enumerate(options):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName("choice")
            button.setAccessibleName(text)
            grid.addWidget(button, k // columns, k % columns)
            self.group.addButton(button, k)
            self.values[k] = value

    def chosen(self) -> list:
        return [self.values[self.group.id(b)] for b in self.group.buttons() if b.isChecked()]


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, session: Session, settings, kiosk: bool = False, language: str = "en"):
        super().__init__()
        self.session = session
        self.settings = settings
        self.kiosk = kiosk
        self.language = language
        self.question: str | None = None
        self.model_ready = False
        self.setWindowTitle(tr("Phone guide"))
        self.setAccessibleName(tr("Phone guide"))

        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(18, 12, 18, 12)
        outer.addWidget(self._header())
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.status = QLabel("")
        self.status.setObjectName("status")
        outer.addWidget(self.status)
        self.build_pages()
        self._shortcuts()

    # -- header: free text and chips, on every screen ------------------------------------

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        layout = QVBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        row.addWidget(self.title)
        row.addStretch(1)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("简体中文", "zh_CN")
        self.language_box.setCurrentIndex(1 if self.language == "zh_CN" else 0)
        self.language_box.currentIndexChanged.connect(
            lambda: self.language_changed.emit(self.language_box.currentData()))
        self.language_box.setAccessibleName("Language / 语言")
        row.addWidget(self.language_box)
        self.shortlist_button = QPushButton()
        self.shortlist_button.clicked.connect(self.show_shortlist)
        row.addWidget(self.shortlist_button)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.show_compare)
        row.addWidget(self.compare_button)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.start_over)
        row.addWidget(self.reset_button)
        layout.addLayout(row)

        ask = QHBoxLayout()
        self.wish = QLineEdit()
        self.wish.setObjectName("wish")
        self.wish.setMaxLength(2000)
        self.wish.returnPressed.connect(self.submit_text)
        ask.addWidget(self.wish, 1)
        self.go = QPushButton()
        self.go.setObjectName("primary")
        self.go.clicked.connect(self.submit_text)
        ask.addWidget(self.go)
        self.show_button = QPushButton()
        self.show_button.setObjectName("secondary")
        self.show_button.clicked.connect(self.show_results)
        ask.addWidget(self.show_button)
        layout.addLayout(ask)

        chip_box = QWidget()
        self.chip_row = FlowLayout(chip_box)
        layout.addWidget(chip_box)
        self.clarify = QWidget()
        clarify = QHBoxLayout(self.clarify)
        clarify.setContentsMargins(0, 0, 0, 0)
        self.clarify_text = QLabel()
        self.clarify_yes, self.clarify_no = QPushButton(), QPushButton()
        clarify.addWidget(self.clarify_text)
        clarify.addWidget(self.clarify_yes)
        clarify.addWidget(self.clarify_no)
        clarify.addStretch(1)
        self.clarify.hide()
        layout.addWidget(self.clarify)
        return header

    def refresh_header(self) -> None:
        self.title.setText(tr("Phone guide"))
        self.wish.setPlaceholderText(tr("Tell me what you need…"))
        self.wish.setAccessibleName(tr("Tell me what you need…"))
        self.go.setText(tr("Go"))
        self.show_button.setText(tr("Show phones"))
        self.reset_button.setText(tr("Start over"))
        self.shortlist_button.setText(tr("Shortlist ({count})").format(count=len(self.session.state.shortlist)))
        self.compare_button.setText(tr("Compare ({count})").format(count=len(self.session.state.compare)))
        clear(self.chip_row)
        caption = QLabel(tr("What I understood:"))
        caption.setObjectName("caption")
        self.chip_row.addWidget(caption)
        chips = chips_for(self.session.prefs)
        if not chips:
            self.chip_row.addWidget(QLabel(tr("Nothing yet")))
        for text, field, value in chips:
            chip = QPushButton(f"{text}  ×")
            chip.setObjectName("chip")
            chip.setAccessibleName(f"{tr('Remove')}: {text}")
            chip.clicked.connect(lambda _=False, f=field, v=value: self.remove_chip(f, v))
            self.chip_row.addWidget(chip)

    # -- pages ----------------------------------------------------------------------------

    def build_pages(self) -> None:
        """(Re)build every page in the current language, keeping the session."""
        current = self.pages.currentIndex() if self.pages.count() else 0
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.welcome_page = self._welcome()
        self.question_page = QWidget()
        self.question_layout = QVBoxLayout(self.question_page)
        self.results_page = QWidget()
        self.results_layout = QVBoxLayout(self.results_page)
        self.compare_page = QWidget()
        self.compare_layout = QVBoxLayout(self.compare_page)
        self.shortlist_page = QWidget()
        self.shortlist_layout = QVBoxLayout(self.shortlist_page)
        for page in (self.welcome_page, self.question_page, self.results_page, self.compare_page,
                     self.shortlist_page):
            self.pages.addWidget(page)
        self.refresh_header()
        self.pages.setCurrentIndex(current)
        if current == 1 and self.question:
            self.show_question(self.question)
        elif current == 2:
            self.show_results()
        elif current == 3:
            self.show_compare()
        elif current == 4:
            self.show_shortlist()

    def _welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        headline = QLabel(tr("Find the right phone in two minutes"))
        headline.setObjectName("headline")
        headline.setAlignment(Qt.AlignCenter)
        headline.setWordWrap(True)
        layout.addWidget(headline)
        line = QLabel(tr("Answer a few quick questions, or just tell us what you need."))
        line.setAlignment(Qt.AlignCenter)
        line.setWordWrap(True)
        line.setObjectName("subtitle")
        layout.addWidget(line)
        start = QPushButton(tr("Start"))
        start.setObjectName("start")
        start.setAccessibleName(tr("Start"))
        start.clicked.connect(lambda: self.show_question(FIRST_QUESTIONS[0]))
        self.start_button = start
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(start)
        row.addStretch(1)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addSpacing(24)
        examples = QLabel(tr("Or tap an example:"))
        examples.setAlignment(Qt.AlignCenter)
        examples.setObjectName("caption")
        layout.addWidget(examples)
        for example in WELCOME_EXAMPLES:  # one under another: fits a narrow window too
            button = QPushButton(tr(example))
            button.setObjectName("relax")
            button.clicked.connect(lambda _=False, text=tr(example): self.try_example(text))
            layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
        return page

    def try_example(self, text: str) -> None:
        self.wish.setText(text)
        self.submit_text()

    def show_question(self, question: str) -> None:
        self.question = question
        clear(self.question_layout)
        layout = self.question_layout
        asked = len(self.session.state.asked)
        progress = QProgressBar()
        progress.setRange(0, 6)
        progress.setValue(min(asked, 6))
        progress.setFormat(tr("Question {n} of about {total}").format(n=asked + 1, total=max(6, asked + 1)))
        progress.setTextVisible(True)
        layout.addWidget(progress)
        title = QLabel(tr(QUESTION_TITLES[question]))
        title.setObjectName("question")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.answer_widget = self._answer_widget(question)
        layout.addWidget(self.answer_widget)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = QPushButton(tr("Back"))
        back.clicked.connect(self.go_back)
        skip = QPushButton(tr("Skip"))
        skip.clicked.connect(self.skip_question)
        nxt = QPushButton(tr("Next"))
        nxt.setObjectName("primary")
        nxt.clicked.connect(self.answer_question)
        self.next_button = nxt
        for b in (back, skip):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(nxt)
        layout.addLayout(buttons)
        self.pages.setCurrentWidget(self.question_page)
        nxt.setFocus()

    def _answer_widget(self, question: str) -> QWidget:
        importance = [(tr("Very important"), "high"), (tr("Somewhat"), None), (tr("Not important"), "low")]
        if question == "budget":
            box = QWidget()
            column = QVBoxLayout(box)
            row = QHBoxLayout()
            column.addLayout(row)
            row.addWidget(QLabel(tr("Up to")))
            # the slider spans $100-$2,000 and the typed entry $50-$5,000, in the store's currency
            currency = self.settings.currency
            low, high, lowest, highest, step = (round_amount(from_usd(usd, currency))
                                                for usd in (100, 2000, 50, 5000, 10))
            said = self.session.prefs.budget_max
            start = from_usd(to_usd(said, self.session.prefs.currency) if said else 500, currency)
            self.budget_slider = QSlider(Qt.Horizontal)
            self.budget_slider.setRange(low, high)
            self.budget_slider.setSingleStep(step)
            self.budget_slider.setPageStep(step * 5)
            self.budget_slider.setValue(round_amount(start))
            self.budget_slider.setAccessibleName(tr("What is your budget?"))
            self.budget_entry = QSpinBox()
            self.budget_entry.setRange(lowest, highest)
            self.budget_entry.setPrefix(SYMBOLS.get(currency, currency + " "))
            self.budget_entry.setSingleStep(step)
            self.budget_entry.setGroupSeparatorShown(True)
            if self.kiosk:  # the arrows are too small to touch; the slider and presets do that job
                self.budget_entry.setButtonSymbols(QSpinBox.NoButtons)
            self.budget_entry.setValue(round(start))  # what the shopper said, even beyond the slider's end
            self.budget_entry.setAccessibleName(tr("What is your budget?"))
            self.budget_slider.valueChanged.connect(self.budget_entry.setValue)
            self.budget_entry.valueChanged.connect(
                lambda v: self.budget_slider.setValue(v) if v <= high else None)
            row.addWidget(self.budget_slider, 1)
            row.addWidget(self.budget_entry)
            # common budgets as one tap each
            presets = QHBoxLayout()
            for usd in (200, 300, 500, 800, 1200):
                amount = round_amount(from_usd(usd, currency))
                button = QPushButton(money_text(amount, currency))
                button.setObjectName("choice")
                button.clicked.connect(lambda _=False, a=amount: self.budget_entry.setValue(a))
                presets.addWidget(button)
            column.addLayout(presets)
            return box
        if question == "os":
            return ChoiceGrid([(tr("Android"), "android"), (tr("iPhone (iOS)"), "ios"), (tr("Either"), None)], True)
        if question == "size":
            return ChoiceGrid([(tr("Compact"), "compact"), (tr("Large screen"), "large"),
                               (tr("Doesn't matter"), None)], True)
        if question in ("camera", "battery", "performance"):
            return ChoiceGrid(importance, True)
        if question == "use_cases":
            return ChoiceGrid([(label(v), k) for k, v in USE_CASE_LABELS.items()], False, 5)
        if question == "features":
            return ChoiceGrid([(label(v), k) for k, v in FEATURE_LABELS.items()], False, 5)
        if question == "storage":
            return ChoiceGrid([("64 GB", 64), ("128 GB", 128), ("256 GB", 256), ("512 GB", 512), (tr("Lots"), "lots")],
                              True, 5)
        if question == "brands":
            box = QWidget()
            column = QVBoxLayout(box)
            column.addWidget(QLabel(tr("Want")))
            self.want_brands = ChoiceGrid([(tr(b), b) for b in SHOWN_BRANDS], False, 6)
            column.addWidget(self.want_brands)
            column.addWidget(QLabel(tr("Avoid")))
            self.avoid_brands = ChoiceGrid([(tr(b), b) for b in SHOWN_BRANDS], False, 6)
            column.addWidget(self.avoid_brands)
            return box
        return QWidget()

    def answer_from_widgets(self, question: str) -> Preferences:
        if question == "budget":
            return Preferences(budget_max=float(self.budget_entry.value()), currency=self.settings.currency)
        if question == "brands":
            want = [b for b in self.want_brands.chosen() if b in BRANDS]
            avoid = [b for b in self.avoid_brands.chosen() if b in BRANDS and b not in want]
            return Preferences(brands_include=tuple(want), brands_exclude=tuple(avoid))
        chosen = self.answer_widget.chosen() if isinstance(self.answer_widget, ChoiceGrid) else []
        if question in ("os", "size"):
            return Preferences(**{question: chosen[0]}) if chosen and chosen[0] else Preferences()
        if question in ("camera", "battery", "performance"):
            if chosen and chosen[0] == "high":
                return Preferences(priorities=(question,))
            if chosen and chosen[0] == "low":
                return Preferences(deprioritized=(question,))
            return Preferences()
        if question == "use_cases":
            return Preferences(use_cases=tuple(chosen))
        if question == "features":
            return Preferences(require=tuple(chosen))
        if question == "storage" and chosen:
            return Preferences(priorities=("storage",)) if chosen[0] == "lots" else Preferences(
                min_storage_gb=int(chosen[0]))
        return Preferences()

    def answer_question(self) -> None:
        if self.question is None:
            return
        self.session.answer(self.answer_from_widgets(self.question), question=self.question)
        self.after_change(ask_next=True)

    def skip_question(self) -> None:
        if self.question:
            self.session.skip(self.question)
        self.after_change(ask_next=True)

    def go_back(self) -> None:
        if self.session.undo():
            self.after_change(ask_next=False)
        else:
            self.pages.setCurrentWidget(self.welcome_page)

    # -- after every change: rank off the GUI thread, then paint ---------------------------

    def after_change(self, ask_next: bool = False) -> None:
        self.refresh_header()
        session = self.session
        run_task("rank", session.rank, lambda results: self.ranked(results, ask_next), self.failed)

    def ranked(self, results, ask_next: bool) -> None:
        self.refresh_header()
        if ask_next:
            done = set(self.session.state.asked) | answered(self.session.prefs)
            question = next((q for q in FIRST_QUESTIONS if q not in done), None) or self.session.next_question()
            if question:
                self.show_question(question)
                return
            self.show_results()
            return
        if self.pages.currentWidget() is self.results_page or self.pages.currentWidget() is self.welcome_page:
            self.show_results()
        elif self.pages.currentWidget() is self.question_page and self.question:
            self.show_question(self.question)

    def failed(self, error: BaseException) -> None:
        self.status.setText(tr("Sorry, that could not be read: {error}").format(error=error))

    # -- free text ------------------------------------------------------------------------

    def submit_text(self) -> None:
        text = self.wish.text().strip()
        if not text:
            return
        from app import understanding

        context = self.question if self.pages.currentWidget() is self.question_page else None
        run_task("understand", lambda: understanding.parse(text, context),
                 lambda understood: self.understood(text, understood), self.failed)

    def understood(self, text: str, understood) -> None:
        self.wish.clear()
        self.status.setText("")
        sure = understood.prefs
        if sure.currency is None and (sure.budget_max is not None or sure.budget_min is not None):
            sure = sure.with_values(currency=self.settings.currency)  # "under 3000" at a store that prices in ¥
        for key in understood.unsure:
            field, _, value = key.partition(":")
            sure = sure.remove(field, value or None)
        self.session.answer(sure, text=text, question=self.question
                            if self.pages.currentWidget() is self.question_page else None)
        doubtful = [k for k in understood.unsure]
        if doubtful:
            self.ask_to_clarify(understood.prefs, doubtful[0])
        self.after_change(ask_next=self.pages.currentWidget() is not self.results_page)

    def ask_to_clarify(self, prefs: Preferences, key: str) -> None:
        field, _, value = key.partition(":")
        only = Preferences().merge(Preferences(**{field: (value,)})) if value else Preferences(
            **{field: getattr(prefs, field)})
        chips = chips_for(only)
        if not chips:
            return
        self.clarify_text.setText(tr("Did you mean: {chip}?").format(chip=chips[0][0]))
        self.clarify_yes.setText(tr("Yes"))
        self.clarify_no.setText(tr("No"))
        for button in (self.clarify_yes, self.clarify_no):
            try:
                button.clicked.disconnect()
            except (RuntimeError, TypeError):
                pass
        self.clarify_yes.clicked.connect(lambda: (self.session.answer(only), self.clarify.hide(), self.after_change()))
        self.clarify_no.clicked.connect(self.clarify.hide)
        self.clarify.show()

    def remove_chip(self, field: str, value) -> None:
        self.session.remove(field, value)
        self.after_change()

    # -- results ------------------------------------------------------------------------

    def show_results(self) -> None:
        self.pages.setCurrentWidget(self.results_page)
        results = self.session.results
        if results is None:
            run_task("rank", self.session.rank, lambda r: self.ranked(r, False), self.failed)
            return
        clear(self.results_layout)
        self.refresh_header()
        summary = QLabel(tr("{count} phones fit").format(count=results.eligible_count))
        summary.setObjectName("summary")
        self.results_layout.addWidget(summary)
        if results.relaxations:
            self.results_layout.addWidget(QLabel(
                tr("Nothing fits all of that. The smallest changes that would:") if not results.eligible_count
                else tr("Only {count} phones fit. Try:").format(count=results.eligible_count)))
            offers = QWidget()
            offer_row = FlowLayout(offers, spacing=8)
            for offer in results.relaxations:
                button = QPushButton(tr("{change} → {count} phones").format(
                    change=explanation_text(offer.change, self.language), count=offer.count))
                button.setObjectName("relax")
                button.clicked.connect(lambda _=False, p=offer.prefs: (self.session.relax(p), self.after_change()))
                offer_row.addWidget(button)
            self.results_layout.addWidget(offers)
        if not results.results:
            self.results_layout.addStretch(1)
            return
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(14)
        card_width = 520 if self.kiosk else 400  # kiosk cards have bigger type and tap targets
        columns = max(1, min(3, self.width() // card_width))
        state = self.session.state
        for k, item in enumerate(results.results):
            card = PhoneCard(k + 1, item, self.session.prefs, self.language, item.phone["id"] in state.shortlist,
                             item.phone["id"] in state.compare, self.settings.currency)
            card.critique.connect(self.critique)
            card.keep.connect(self.keep)
            card.compare.connect(self.toggle_compare)
            grid.addWidget(card, k // columns, k % columns)
        scroll.setWidget(holder)
        self.results_layout.addWidget(scroll, 1)

    def critique(self, phone_id: str, kind: str) -> None:
        self.session.critique(phone_id, kind)
        self.after_change()

    def keep(self, phone_id: str) -> None:
        self.session.keep(phone_id)
        self.refresh_header()
        self.show_results()

    def toggle_compare(self, phone_id: str) -> None:
        self.session.toggle_compare(phone_id)
        self.refresh_header()
        self.show_results()

    # -- compare and shortlist ------------------------------------------------------------

    def comparison_rows(self, phones: list[dict]) -> list[tuple[str, list[str], set[int]]]:
        """(attribute, values, which columns are best) — rows that matter to this shopper first.
        Nothing is marked where every known value is the same."""
        def best(values, higher=True):
            known = [v for v in values if v is not None]
            if len(known) < 2 or len(set(known)) == 1:
                return set()
            top = max(known) if higher else min(known)
            return {i for i, v in enumerate(values) if v == top}

        rows = {
            "value": (tr("Price"), [p["price_usd"] for p in phones], False, self.price),
            "battery": (tr("Battery"), [p["battery_mah"] for p in phones], True, lambda v: f"{v:,} mAh"),
            # a shopper who asked for a small phone is best served by the smallest screen
            "display": (tr("Screen"), [p["screen_in"] for p in phones], self.session.prefs.size != "compact",
                        lambda v: f"{v:g}\""),
            "camera": (tr("Camera"), [p["main_camera_mp"] for p in phones], True, lambda v: f"{v:g} MP"),
            "performance": (tr("RAM"), [p["ram_gb"] for p in phones], True, lambda v: f"{v:g} GB"),
            "lightweight": (tr("Weight"), [p["weight_g"] for p in phones], False, lambda v: f"{v:g} g"),
            "charging": (tr("Charging"), [p["charging_w"] for p in phones], True, lambda v: f"{v:g} W"),
            "storage": (tr("Storage"), [max(p["storage_gb"]) if p["storage_gb"] else None for p in phones], True,
                        lambda v: f"{v} GB"),
            "selfie_camera": (tr("Selfie camera"), [p["selfie_camera_mp"] for p in phones], True, lambda v: f"{v:g} MP"),
            "software_updates": (tr("Year"), [p["year"] for p in phones], True, str),
        }
        size_matters = ["display"] if self.session.prefs.size else []
        order = [a for a in self.session.prefs.priorities if a in rows] + size_matters + list(rows)
        out, seen = [], set()
        for aspect in order:
            if aspect in seen:
                continue
            seen.add(aspect)
            name, values, higher, show = rows[aspect]
            out.append((name, [tr("unknown") if v is None else show(v) for v in values], best(values, higher)))
        for name, column in ((tr("Water resistance"), "water_resistance"), (tr("Headphone jack"), "headphone_jack")):
            values = [p[column] for p in phones]
            out.append((name, [tr("unknown") if v is None else tr("yes") if v else tr("no") for v in values],
                        best(values)))
        out.append((tr("Chip"), [chip_name(p["chipset"]) or tr("unknown") for p in phones], set()))
        return out

    def show_compare(self) -> None:
        clear(self.compare_layout)
        ids = self.session.state.compare
        phones = [p for p in (self.session.phone(i) for i in ids) if p]
        self.pages.setCurrentWidget(self.compare_page)
        if len(phones) < 2:
            self.compare_layout.addWidget(QLabel(tr("Choose 2 to 4 phones to compare.")))
            self.compare_layout.addStretch(1)
            return
        rows = self.comparison_rows(phones)
        table = QTableWidget(len(rows), len(phones))
        table.setHorizontalHeaderLabels([f"{p['brand']} {p['model']}" for p in phones])
        table.setVerticalHeaderLabels([r[0] for r in rows])
        for r, (_, values, best) in enumerate(rows):
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c in best:
                    cell.setBackground(QColor("#ffff00" if self.settings.high_contrast else "#cdeed8"))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(r, c, cell)
        # equal columns: no phone looks more important because its column is wider
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.compare_table = table
        self.compare_layout.addWidget(table, 1)

    def shortlist_phones(self) -> list[dict]:
        return [p for p in (self.session.phone(i) for i in self.session.state.shortlist) if p]

    def show_shortlist(self) -> None:
        clear(self.shortlist_layout)
        self.pages.setCurrentWidget(self.shortlist_page)
        phones = self.shortlist_phones()
        if not phones:
            self.shortlist_layout.addWidget(QLabel(tr("Your shortlist is empty. Tap Keep on a phone to add it.")))
            self.shortlist_layout.addStretch(1)
            return
        kept = QGridLayout()
        for k, phone in enumerate(phones):
            price = self.price(phone["price_usd"])
            kept.addWidget(QLabel(f"<b>{phone['brand']} {phone['model']}</b> ({phone['year']}) — {price}"), k, 0)
            remove = QPushButton(tr("Remove"))
            remove.setAccessibleName(f"{tr('Remove')}: {phone['brand']} {phone['model']}")
            remove.clicked.connect(lambda _=False, phone_id=phone["id"]: self.take_off_shortlist(phone_id))
            kept.addWidget(remove, k, 1)
        kept.setColumnStretch(2, 1)
        self.shortlist_layout.addLayout(kept)
        if self.kiosk:
            from app.ui.kiosk import qr_label

            self.shortlist_layout.addWidget(QLabel(tr("Scan to take your shortlist with you")))
            self.shortlist_layout.addWidget(qr_label(self.shortlist_text(phones)))
        else:
            row = QHBoxLayout()
            csv_button = QPushButton(tr("Export CSV…"))
            csv_button.clicked.connect(lambda: self.export(phones, "csv"))
            html_button = QPushButton(tr("Export printable page…"))
            html_button.clicked.connect(lambda: self.export(phones, "html"))
            row.addWidget(csv_button)
            row.addWidget(html_button)
            row.addStretch(1)
            self.shortlist_layout.addLayout(row)
        self.shortlist_layout.addStretch(1)

    def take_off_shortlist(self, phone_id: str) -> None:
        if phone_id in self.session.state.shortlist:
            self.session.keep(phone_id)
        self.refresh_header()
        self.show_shortlist()

    def price(self, amount_usd: float | None) -> str:
        """A catalog price in the store's currency."""
        return price_text(amount_usd, self.settings.currency) if amount_usd else tr("Price unknown")

    def shortlist_text(self, phones: list[dict]) -> str:
        return "\n".join(f"{p['brand']} {p['model']} ({p['year']}) {self.price(p['price_usd'])}" for p in phones)

    def export(self, phones: list[dict], kind: str, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export CSV…") if kind == "csv" else
                                                  tr("Export printable page…"),
                                                  "shortlist." + kind, "CSV (*.csv)" if kind == "csv" else "HTML (*.html)")
            if not path:
                return None
        rows = self.comparison_rows(phones)
        names = [f"{p['brand']} {p['model']}" for p in phones]
        target = Path(path)
        if kind == "csv":
            with open(target, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow([""] + names)
                for name, values, _ in rows:
                    writer.writerow([name] + values)
        else:
            cells = "".join(f"<tr><th>{html.escape(name)}</th>" + "".join(
                f"<td{' class=best' if i in best else ''}>{html.escape(v)}</td>" for i, v in enumerate(values))
                + "</tr>" for name, values, best in rows)
            target.write_text(
                "<!doctype html><meta charset=utf-8><title>Shortlist</title><style>body{font-family:sans-serif}"
                "table{border-collapse:collapse}td,th{border:1px solid #999;padding:6px 10px;text-align:left}"
                ".best{background:#d7f5e3;font-weight:bold}</style><table><tr><th></th>"
                + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>" + cells + "</table>",
                encoding="utf-8")
        self.status.setText(tr("Saved to {path}").format(path=target))
        return target

    # -- everything else ----------------------------------------------------------------

    def start_over(self) -> None:
        self.session.reset()
        self.question = None
        self.clarify.hide()
        self.wish.clear()
        self.status.setText("")
        self.refresh_header()
        self.pages.setCurrentWidget(self.welcome_page)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.wish.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.show_results)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.start_over)
        QShortcut(QKeySequence("Ctrl+Z"), self, activated=self.go_back)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pages.currentWidget() is self.results_page and self.session.results is not None:
            QTimer.singleShot(0, self.show_results)
