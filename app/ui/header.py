"""The top of every screen: the wish box, what was understood (chips), "did you mean…?",
the Session's note to the shopper, and the shortlist, compare and start-over buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.session import MAX_TEXT, Snapshot
from app.ui.common import clear, keyed_text
from app.ui.flow import FlowLayout
from app.ui.words import tr


class Header(QWidget):
    said = Signal(str)             # the shopper's words, as typed
    show_results = Signal()
    remove_chip = Signal(str)      # chip id
    confirmed = Signal(bool)       # the answer to "did you mean…?"
    open_shortlist = Signal()
    open_compare = Signal()
    start_over = Signal()
    language_chosen = Signal(str)

    def __init__(self, language: str):
        super().__init__()
        self.setObjectName("header")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        row.addWidget(self.title)
        row.addStretch(1)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("简体中文", "zh_CN")
        self.language_box.setCurrentIndex(1 if language == "zh_CN" else 0)
        self.language_box.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language_box.currentData()))
        self.language_box.setAccessibleName("Language / 语言")
        row.addWidget(self.language_box)
        self.shortlist_button = QPushButton()
        self.shortlist_button.clicked.connect(self.open_shortlist)
        row.addWidget(self.shortlist_button)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.open_compare)
        row.addWidget(self.compare_button)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.start_over)
        row.addWidget(self.reset_button)
        layout.addLayout(row)

        ask = QHBoxLayout()
        self.wish = QLineEdit()
        self.wish.setObjectName("wish")
        self.wish.setMaxLength(MAX_TEXT)
        self.wish.returnPressed.connect(self.submit)
        ask.addWidget(self.wish, 1)
        self.ask_row = ask  # a microphone button can sit beside the box
        self.go = QPushButton()
        self.go.setObjectName("primary")
        self.go.clicked.connect(self.submit)
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
        self.clarify_yes.clicked.connect(lambda: self.confirmed.emit(True))
        self.clarify_no.clicked.connect(lambda: self.confirmed.emit(False))
        clarify.addWidget(self.clarify_text)
        clarify.addWidget(self.clarify_yes)
        clarify.addWidget(self.clarify_no)
        clarify.addStretch(1)
        self.clarify.hide()
        layout.addWidget(self.clarify)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.snapshot: Snapshot | None = None

    def submit(self) -> None:
        text = self.wish.text().strip()
        if text:
            self.said.emit(text)

    def forget_typing(self) -> None:
        """Empty the box and its undo history: the next shopper cannot bring the words back."""
        self.wish.setText("")

    def retranslate(self) -> None:
        self.title.setText(tr("Phone guide"))
        self.wish.setPlaceholderText(tr("Tell me what you need…"))
        self.wish.setAccessibleName(tr("Tell me what you need…"))
        self.go.setText(tr("Go"))
        self.show_button.setText(tr("Show phones"))
        self.reset_button.setText(tr("Start over"))
        self.clarify_yes.setText(tr("Yes"))
        self.clarify_no.setText(tr("No"))
        if self.snapshot is not None:
            self.paint(self.snapshot)

    def paint(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.shortlist_button.setText(tr("Shortlist ({count})").format(count=len(snapshot.shortlist)))
        self.compare_button.setText(tr("Compare ({count})").format(count=len(snapshot.compare)))
        clear(self.chip_row)
        caption = QLabel(tr("What I understood:"))
        caption.setObjectName("caption")
        self.chip_row.addWidget(caption)
        if not snapshot.chips:
            self.chip_row.addWidget(QLabel(tr("Nothing yet")))
        for chip in snapshot.chips:
            text = keyed_text(chip.label, chip.values)
            button = QPushButton(f"{text}  ×")
            button.setObjectName("chip")
            button.setAccessibleName(f"{tr('Remove')}: {text}")
            button.clicked.connect(lambda _=False, chip_id=chip.id: self.remove_chip.emit(chip_id))
            self.chip_row.addWidget(button)
        if snapshot.clarify is not None:
            chip = snapshot.clarify.chip
            self.clarify_text.setText(tr("Did you mean: {chip}?").format(chip=keyed_text(chip.label, chip.values)))
            self.clarify.show()
        else:
            self.clarify.hide()
        if snapshot.message is not None:
            self.message.setText(keyed_text(snapshot.message.key, snapshot.message.values))
            self.message.show()
        else:
            self.message.hide()
