"""Kiosk behaviour: the idle reset, the staff PIN, the on-screen keyboard, the take-away QR code."""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from app.translatable import QT_TR_NOOP
from app.ui.words import tr

PIN_ROUNDS = 200_000
STILL_THERE_SECONDS = 15
KEY_SIZE = 44   # on-screen keys: the 44 px touch target, small enough for a 768 px high screen


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


class PinGuard:
    """Checks the staff PIN, with a growing wait after wrong tries: three free tries, then 30 s,
    60 s, 120 s, … before the next one is even looked at, so a PIN cannot be guessed by trying."""

    FREE_TRIES = 3
    FIRST_WAIT_S = 30

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.wrong = 0
        self.locked_until = 0.0

    def wait_left(self) -> int:
        return max(0, int(round(self.locked_until - self.clock())))

    def check(self, pin: str, stored: str) -> bool:
        if not stored or self.wait_left():
            return False
        if pin_matches(pin, stored):
            self.wrong, self.locked_until = 0, 0.0
            return True
        self.wrong += 1
        if self.wrong >= self.FREE_TRIES:
            self.locked_until = self.clock() + self.FIRST_WAIT_S * 2 ** (self.wrong - self.FREE_TRIES)
        return False


def ask_pin(parent, stored: str, guard: PinGuard) -> bool:
    """True when the staff PIN is entered correctly; never without a PIN set, never while locked."""
    if not stored:
        QMessageBox.warning(parent, tr("Staff PIN"), tr("No staff PIN is set."))
        return False
    if guard.wait_left():
        QMessageBox.warning(parent, tr("Staff PIN"),
                            tr("Too many wrong tries. Try again in %n seconds.", None, guard.wait_left()))
        return False
    pin, ok = QInputDialog.getText(parent, tr("Staff PIN"), tr("Enter the staff PIN"), QLineEdit.Password)
    if not ok:
        return False
    if guard.check(pin, stored):
        return True
    QMessageBox.warning(parent, tr("Staff PIN"), tr("Wrong PIN."))
    return False


def new_pin(parent) -> str | None:
    """A new staff PIN (at least four digits), asked twice; its hash, or None when staff cancel."""
    while True:
        pin, ok = QInputDialog.getText(parent, tr("Staff PIN"), tr("Set a staff PIN for this kiosk (4 to 12 digits)"),
                                       QLineEdit.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(parent, tr("Staff PIN"), tr("Enter the same PIN again"), QLineEdit.Password)
        if not ok:
            return None
        if pin == again and pin.isdigit() and 4 <= len(pin) <= 12:
            return hash_pin(pin)
        QMessageBox.warning(parent, tr("Staff PIN"), tr("The PINs were not the same 4 to 12 digits. Try again."))


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
        if self.prompt is not None:  # a tap anywhere answers "Still there?"
            self.prompt.done(0)
            return
        self.timer.start()

    def set_timeout(self, timeout_s: int) -> None:
        """A new idle timeout from the staff settings, in force at once."""
        self.timer.setInterval(max(5, timeout_s) * 1000)
        self.timer.start()

    def ask_still_there(self) -> None:
        self.prompt = QMessageBox(self.window)
        self.prompt.setWindowTitle(tr("Still there?"))
        self.prompt.setText(tr("Still there?"))
        self.prompt.setInformativeText(tr("Tap anywhere to keep going. Starting over in %n seconds.", None,
                                          STILL_THERE_SECONDS))
        self.prompt.setStandardButtons(QMessageBox.Ok)
        self.prompt.finished.connect(self.stay)
        self.prompt.open()
        self.countdown.start()

    def stay(self, *_) -> None:
        self.prompt = None
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
                button.setMinimumSize(KEY_SIZE, KEY_SIZE)
                button.setFocusPolicy(Qt.NoFocus)
                button.clicked.connect(lambda _=False, k=key: self.target.insert(k))
                grid.addWidget(button, r, c)
        for c, (text, name, action) in enumerate((("⌫", QT_TR_NOOP("Delete"), self.target.backspace),
                                                  ("␣", QT_TR_NOOP("Space"), lambda: self.target.insert(" ")),
                                                  ("⏎", QT_TR_NOOP("Enter"), self.enter))):
            button = QPushButton(text)
            button.setAccessibleName(tr(name))  # a screen reader says "Delete", not "⌫"
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)
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
