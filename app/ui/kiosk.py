"""Kiosk behaviour: the idle reset, the staff PIN, the on-screen keyboard, the take-away QR code."""

from __future__ import annotations

import hashlib
import hmac
import io
import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QDialog, QGridLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.ui.words import tr

PIN_ROUNDS = 200_000
STILL_THERE_SECONDS = 15


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """'salt$hash' (PBKDF2-SHA256): the PIN itself is never stored."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, PIN_ROUNDS)
    return f"{salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        salt_hex, digest_hex = stored.split("$", 1)
        expected = hash_pin(pin, bytes.fromhex(salt_hex)).split("$", 1)[1]
    except ValueError:
        return False
    return hmac.compare_digest(expected, digest_hex)


def ask_pin(parent, stored: str) -> bool:
    """True when the staff PIN is entered correctly (or none has been set yet)."""
    if not stored:
        return True
    pin, ok = QInputDialog.getText(parent, tr("Staff PIN"), tr("Enter the staff PIN"), QLineEdit.Password)
    if ok and pin_matches(pin, stored):
        return True
    if ok:
        QMessageBox.warning(parent, tr("Staff PIN"), tr("Wrong PIN."))
    return False


class IdleWatch(QObject):
    """After `timeout` seconds without a touch or key: 'Still there?', then `on_idle` wipes the session."""

    def __init__(self, parent_window, timeout_s: int, on_idle):
        super().__init__(parent_window)
        self.window, self.on_idle = parent_window, on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(5, timeout_s) * 1000)
        self.timer.timeout.connect(self.ask_still_there)
        self.countdown = QTimer(self)
        self.countdown.setSingleShot(True)
        self.countdown.setInterval(STILL_THERE_SECONDS * 1000)
        self.countdown.timeout.connect(self.give_up)
        self.prompt: QMessageBox | None = None
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.TouchBegin, QEvent.Wheel):
            self.touched()
        return False

    def touched(self) -> None:
        self.timer.start()

    def ask_still_there(self) -> None:
        self.prompt = QMessageBox(self.window)
        self.prompt.setWindowTitle(tr("Still there?"))
        self.prompt.setText(tr("Still there?"))
        self.prompt.setInformativeText(tr("Tap anywhere to keep going. Starting over in {seconds} seconds.").format(
            seconds=STILL_THERE_SECONDS))
        self.prompt.setStandardButtons(QMessageBox.Ok)
        self.prompt.finished.connect(self.stay)
        self.prompt.open()
        self.countdown.start()

    def stay(self, *_) -> None:
        self.countdown.stop()
        self.timer.start()

    def give_up(self) -> None:
        if self.prompt is not None:
            self.prompt.finished.disconnect(self.stay)
            self.prompt.close()
            self.prompt = None
        self.on_idle()
        self.timer.start()


class OnScreenKeyboard(QWidget):
    """Letters, digits and a few symbols for a kiosk without a keyboard; types into `target`."""

    ROWS = ("1234567890", "qwertyuiop", "asdfghjkl$", "zxcvbnm,.€")

    def __init__(self, target: QLineEdit, parent=None):
        super().__init__(parent)
        self.target = target
        target.installEventFilter(self)  # appears when the text box is touched
        self.setAccessibleName(tr("Keyboard"))
        grid = QGridLayout(self)
        grid.setSpacing(4)
        for r, row in enumerate(self.ROWS):
            for c, key in enumerate(row):
                button = QPushButton(key)
                button.setMinimumSize(52, 52)
                button.setFocusPolicy(Qt.NoFocus)
                button.clicked.connect(lambda _=False, k=key: self.target.insert(k))
                grid.addWidget(button, r, c)
        for c, (text, action) in enumerate((("⌫", self.target.backspace), ("␣", lambda: self.target.insert(" ")),
                                            ("⏎", self.enter))):
            button = QPushButton(text)
            button.setMinimumSize(52, 52)
            button.setFocusPolicy(Qt.NoFocus)
            button.clicked.connect(action)
            grid.addWidget(button, len(self.ROWS), c * 3, 1, 3)


    def enter(self) -> None:
        self.target.returnPressed.emit()
        self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.target and event.type() == QEvent.FocusIn:
            self.show()
        return False


def qr_label(text: str) -> QLabel:
    """A QR code of `text`, made locally with segno."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=2)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    label.setAccessibleName(tr("Scan to take your shortlist with you"))
    return label
