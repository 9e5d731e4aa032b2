"""The first screen: what the guide does, a big Start, and example wishes to tap."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.common import clear
from app.translatable import QT_TR_NOOP
from app.ui.words import tr

EXAMPLES = (QT_TR_NOOP("Small phone, great camera, under $500, no Samsung"),
            QT_TR_NOOP("For my mum: big screen, loud, easy"), QT_TR_NOOP("Gaming phone that doesn't overheat"))


class WelcomePage(QWidget):
    started = Signal()
    example = Signal(str)   # the example's words, in the shopper's language

    def __init__(self):
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.start_button: QPushButton | None = None
        self.retranslate()

    def retranslate(self) -> None:
        clear(self.layout_)
        layout = self.layout_
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
        start.clicked.connect(self.started)
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
        for example in EXAMPLES:  # one under another: fits a narrow window too
            button = QPushButton(tr(example))
            button.setObjectName("relax")
            button.clicked.connect(lambda _=False, text=tr(example): self.example.emit(text))
            layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
