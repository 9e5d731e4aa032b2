"""Starting the window: fonts, translations, theme, stored settings, kiosk or desktop mode.

The window appears at once; the catalog and the language model load in the
background. A missing or broken catalog or model gives a clear dialog, never a
traceback.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import fields, replace

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QPushButton

from app.paths import ASSETS_DIR
from app.settings import DEFAULTS, Settings, checked
from app.ui.i18n import LANGUAGES, qm_file
from app.ui.tasks import run_task
from app.ui.words import tr

# Fallback fonts, bundled: Chinese (WenQuanYi Micro Hei) and emoji (Noto Color Emoji), so neither shows
# as boxes on a machine without them.
FONT_FILES = (ASSETS_DIR / "fonts" / "wqy-microhei.ttc", ASSETS_DIR / "fonts" / "noto-color-emoji.ttf")
log = logging.getLogger(__name__)
ORGANISATION, APPLICATION = "PhoneGuide", "phone-guide"
STORE_POLL_MS = 5000   # how often a changed store list (or a synced file) is looked for

STYLE = """
QWidget { font-size: %(base)dpx; color: %(text)s; }
QMainWindow, QStackedWidget > QWidget, QScrollArea > QWidget > QWidget { background: %(page)s; }
QLabel#appTitle { font-size: %(title)dpx; font-weight: 700; color: %(accent)s; }
QLabel#headline { font-size: %(headline)dpx; font-weight: 700; }
QLabel#subtitle { font-size: %(large)dpx; color: %(muted)s; }
QLabel#question { font-size: %(headline)dpx; font-weight: 600; margin: 12px 0; }
QLabel#summary { font-size: %(large)dpx; font-weight: 600; }
QLabel#caption, QLabel#status { color: %(muted)s; }
QLabel#reason { color: %(good)s; }
QLabel#weakness { color: %(bad)s; }
QLabel#tradeoff { color: %(muted)s; }
QLabel#match { color: %(accent)s; font-weight: 700; }
QFrame#card { background: %(card)s; border: 1px solid %(border)s; border-radius: 14px; padding: 10px; }
QPushButton { min-height: %(target)dpx; padding: 4px 14px; border-radius: 10px; border: 1px solid %(border)s;
              background: %(card)s; }
QPushButton:focus { border: 3px solid %(focus)s; }
QPushButton#primary:focus, QPushButton#start:focus, QPushButton:checked:focus { border: 3px solid %(focus_on_accent)s; }
QPushButton:checked { background: %(accent)s; color: %(on_accent)s; border-color: %(accent)s; }
QPushButton#primary, QPushButton#start { background: %(accent)s; color: %(on_accent)s; font-weight: 600;
                                         border: 3px solid %(accent)s; }  /* room for the focus ring */
QPushButton#start { font-size: %(headline)dpx; min-width: 260px; min-height: %(big)dpx; border-radius: 16px; }
QPushButton#chip { background: %(chip)s; border: 3px solid %(chip)s; border-radius: 14px; min-height: %(chip_h)dpx; }
QPushButton#chip:focus { border-color: %(focus)s; }  /* an id rule outranks QPushButton:focus; the border
                                                       is always there, so the ring squeezes no label */
QPushButton#critique { font-size: %(small)dpx; min-height: %(crit_h)dpx; padding: 2px 6px; }
QPushButton#relax { background: %(chip)s; }
QPushButton#choice { min-height: %(big)dpx; font-size: %(large)dpx; }
QLineEdit { min-height: %(target)dpx; border: 1px solid %(border)s; border-radius: 10px; padding: 0 12px;
            background: %(card)s; font-size: %(large)dpx; }
QSlider { min-height: %(target)dpx; }
QSlider::groove:horizontal { height: 8px; border-radius: 4px; background: %(chip)s; }
QSlider::sub-page:horizontal { height: 8px; border-radius: 4px; background: %(accent)s; }
QSlider::handle:horizontal { width: %(handle)dpx; margin: -%(handle_margin)dpx 0; border-radius: %(handle_radius)dpx;
                             background: %(accent)s; }
QSpinBox { min-height: %(target)dpx; font-size: %(large)dpx; }
QProgressBar { border: none; background: %(chip)s; border-radius: 6px; text-align: center; min-height: 22px; }
QProgressBar::chunk { background: %(accent)s; border-radius: 6px; }
"""
THEMES = {
    "normal": {"text": "#1d2330", "muted": "#5b6475", "page": "#f4f6fb", "card": "#ffffff", "border": "#d5dbe7",
               "accent": "#2454d6", "on_accent": "#ffffff", "chip": "#e3e9fb", "good": "#1d7a46", "bad": "#a6402a",
               "focus": "#a84800", "focus_on_accent": "#ffd23f"},
    "high_contrast": {"text": "#000000", "muted": "#000000", "page": "#ffffff", "card": "#ffffff",
                      "border": "#000000", "accent": "#000000", "on_accent": "#ffff00", "chip": "#ffff00",
                      "good": "#004d00", "bad": "#8b0000", "focus": "#d40000",
                      "focus_on_accent": "#ffff00"},
}


def style_sheet(settings: Settings, kiosk: bool) -> str:
    scale = (1.25 if kiosk else 1.0) * settings.text_size_percent / 100
    sizes = {"base": 15, "small": 12, "large": 18, "title": 22, "headline": 30, "target": 44 if not kiosk else 52,
             "big": 64, "chip_h": 34, "crit_h": 34 if not kiosk else 48}
    # touch targets keep their size on a kiosk, and grow with the text a shopper chose
    text = settings.text_size_percent / 100
    values = {k: int(v * (text if k in ("target", "crit_h") else scale)) for k, v in sizes.items()}
    handle = 44 if kiosk else 26  # the slider's knob: a finger-sized target on the kiosk
    values.update(handle=handle, handle_margin=(handle - 8) // 2, handle_radius=handle // 2)
    values.update(THEMES["high_contrast" if settings.high_contrast else "normal"])
    return STYLE % values


def load_settings(store: QSettings) -> Settings:
    """The stored settings; a value that cannot be right is replaced by its default (and said on stderr)."""
    values = {}
    for f in fields(Settings):
        default = getattr(DEFAULTS, f.name)
        raw = store.value(f.name, default)
        try:
            values[f.name] = (raw in (True, "true", "1", 1)) if isinstance(default, bool) else type(default)(raw)
        except (TypeError, ValueError, OverflowError):
            values[f.name] = default
    settings, fixed = checked(Settings(**values))
    if fixed:
        log.warning("stored settings not usable, defaults used instead: %s", ", ".join(fixed))
    return settings


def stored_window_size(store: QSettings) -> QSize | None:
    """The desktop window's last size, if what is stored is a sensible size."""
    size = store.value("window_size")
    if isinstance(size, QSize) and 320 <= size.width() <= 10_000 and 240 <= size.height() <= 10_000:
        return size
    return None


class EnterClicks(QObject):
    """Enter (or Return) on a focused button presses it, as Space does: keyboard users expect both."""

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and isinstance(watched, QAbstractButton) and watched.isEnabled()):
            watched.animateClick()
            return True
        return False


def save_settings(store: QSettings, settings: Settings) -> None:
    for f in fields(Settings):
        store.setValue(f.name, getattr(settings, f.name))


def register_font(app: QApplication) -> None:
    """The bundled fallback fonts, after the system's own."""
    families = [app.font().family()]
    for path in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)[:1]
    font = QFont(app.font())
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)


class Application:
    """The running app: window, session, translator, settings."""

    def __init__(self, qt_app: QApplication, kiosk: bool, store: QSettings | None = None):
        self.qt_app = qt_app
        self.kiosk = kiosk
        self.store = store or QSettings(ORGANISATION, APPLICATION)
        self.settings = load_settings(self.store)
        self.translator = QTranslator()
        self.window = None
        self.idle = None
        self.keyboard = None
        self.enter_clicks = EnterClicks()
        qt_app.installEventFilter(self.enter_clicks)
        from app.ui.kiosk import PinGuard

        self.pin_guard = PinGuard()
        self.store_dir = None            # the store database's folder: the app's data folder
        self.store_generation = None     # the store list last given to the session

    def set_language(self, language: str) -> None:
        self.qt_app.removeTranslator(self.translator)
        # English is the source language, but its plural forms ("1 phone fits") come from a translation too
        if self.translator.load(str(qm_file(language if language in LANGUAGES else "en"))):
            self.qt_app.installTranslator(self.translator)
        else:
            log.warning("no translation for %s", language)
        if self.window is not None:
            self.window.language = language
            self.window.retranslate()
        if not self.kiosk:
            self.settings = replace(self.settings, language=language)
            self.store.setValue("language", language)

    def start(self, session):
        from app.ui.window import MainWindow

        self.set_language(self.settings.language)
        self.qt_app.setStyleSheet(style_sheet(self.settings, self.kiosk))
        session.recommender.use_settings(self.settings)
        session.use_store(self.settings.store)
        window = MainWindow(session, self.settings, kiosk=self.kiosk, language=self.settings.language)
        window.language_changed.connect(self.set_language)
        self.window = window
        QShortcut(QKeySequence("Ctrl+,"), window, activated=self.open_settings)
        QShortcut(QKeySequence("F1"), window, activated=self.show_about)
        if self.kiosk:
            from app.ui.kiosk import IdleWatch, OnScreenKeyboard

            window.setWindowFlag(Qt.FramelessWindowHint, True)
            self.idle = IdleWatch(window, self.settings.idle_timeout_s, self.idle_reset)
            self.qt_app.installEventFilter(self.idle)
            keyboard = OnScreenKeyboard(window.wish)
            keyboard.setVisible(False)
            window.centralWidget().layout().addWidget(keyboard)
            window.keyboard = self.keyboard = keyboard
            staff = QPushButton(tr("Settings"))
            staff.setObjectName("secondary")
            staff.clicked.connect(self.open_settings)
            window.statusBar().addPermanentWidget(staff)
            # Cover the whole screen even where no window manager runs (a bare X session on a kiosk
            # honours no full-screen request, so the geometry is set too).
            window.setGeometry(window.screen().geometry())
            window.showFullScreen()
        else:
            window.resize(stored_window_size(self.store) or QSize(1200, 820))
            window.show()
        return window

    def idle_reset(self) -> None:
        """The shopper walked away: nothing of theirs stays on screen or in memory."""
        for widget in self.qt_app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.keyboard is not None:
            self.keyboard.hide()
        if self.window.language != self.settings.language:
            self.window.header.language_box.setCurrentIndex(1 if self.settings.language == "zh_CN" else 0)
            self.set_language(self.settings.language)
        self.window.start_over()

    def ensure_staff_pin(self) -> bool:
        """A kiosk is only left on a shop floor with a staff PIN: the first start asks staff to set one
        (a deployment can put its hash in the settings file instead). False when staff cancel."""
        if not self.kiosk or self.settings.staff_pin_hash:
            return True
        from app.ui.kiosk import new_pin

        pin_hash = new_pin(self.window)
        if pin_hash is None:
            return False
        self.settings = replace(self.settings, staff_pin_hash=pin_hash)
        save_settings(self.store, self.settings)
        return True

    def can_leave(self) -> bool:
        if not self.kiosk:
            return True
        from app.ui.kiosk import ask_pin

        return ask_pin(self.window, self.settings.staff_pin_hash, self.pin_guard)

    def open_settings(self) -> bool:
        """The staff screen, behind the PIN on a kiosk; True when staff saved new settings."""
        from app.ui.kiosk import ask_pin
        from app.ui.staff import StaffScreen

        if self.kiosk and not ask_pin(self.window, self.settings.staff_pin_hash, self.pin_guard):
            return False
        return StaffScreen(self).exec()

    def use_settings(self, settings: Settings) -> None:
        """Staff saved new settings: keep them, and apply them to the screen and the shopper's session."""
        self.settings = settings
        save_settings(self.store, settings)
        if self.idle is not None:
            self.idle.set_timeout(settings.idle_timeout_s)
        self.qt_app.setStyleSheet(style_sheet(settings, self.kiosk))
        self.window.settings = settings
        self.window.send("use_settings", settings)
        self.set_language(settings.language)

    # -- the store's own list: imported by staff, or synced into a folder by the chain's IT --------------

    def watch_store_list(self) -> None:
        """Look for a changed store list (and a new file in the synced folder) every few seconds."""
        self.store_timer = QTimer(self.window)
        self.store_timer.timeout.connect(self.check_store_list)
        self.store_timer.start(STORE_POLL_MS)

    def check_store_list(self) -> None:
        from app.catalog.store import StoreDatabase, read_active_list

        folder, seen = self.settings.store_folder, self.store_generation
        phones = self.window.session.recommender.arrays.phones

        def look():  # off the GUI thread; a database of its own, as SQLite wants one per thread
            database = StoreDatabase(self.store_dir)
            messages = database.import_from_folder(folder, phones) if folder else []
            generation = database.generation()
            database.close()
            items, note = read_active_list(self.store_dir) if generation != seen else (None, None)
            return generation, items, messages + ([note] if note else [])

        run_task("store list", look, self.store_list_checked, lambda error: log.warning("store list: %s", error))

    def store_list_checked(self, found) -> None:
        generation, items, messages = found
        for message in messages:
            log.info("store list: %s", message)
        if items is not None:
            self.store_generation = generation
            self.window.send("use_store_list", items)

    def show_about(self) -> None:
        from app.catalog import about_text, open_catalog

        try:
            with open_catalog() as catalog:
                text = about_text(catalog)
        except Exception:
            text = about_text()
        text += ("\n\nLanguage model: fine-tuned from sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0). "
                 "Chinese font: WenQuanYi Micro Hei (Apache-2.0 or GPL-3).")
        QMessageBox.about(self.window, tr("About"), text)


def load_session(settings: Settings = DEFAULTS):
    """The catalog, the store's list and the recommender (fast); raises CatalogError with a clear
    message when the catalog is broken."""
    from app.session import Session

    return Session.open(settings=settings)


def run_app(kiosk: bool = False) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName(APPLICATION)
    qt_app.setOrganizationName(ORGANISATION)
    from app.paths import APP_ID

    qt_app.setDesktopFileName(APP_ID)  # the desktop entry's icon and name on Wayland
    register_font(qt_app)
    from app.catalog import CatalogError

    app = Application(qt_app, kiosk)
    try:
        session = load_session(app.settings)
    except CatalogError as error:
        QMessageBox.critical(None, "Phone guide", str(error))
        return 1
    window = app.start(session)
    if not app.ensure_staff_pin():
        QMessageBox.critical(window, "Phone guide", tr("A kiosk needs a staff PIN. Start it again to set one."))
        return 1
    app.watch_store_list()
    window.status.setText(tr("Loading the language model…"))
    run_task("model", session.warm_up, lambda _: window.status.setText(""),
             lambda error: window.status.setText(
                 tr("The language model could not be loaded; choose answers with the buttons.") + f" ({error})"))
    original_close = window.closeEvent

    def close_event(event) -> None:
        if not app.can_leave():
            event.ignore()
            return
        if not kiosk:
            app.store.setValue("window_size", window.size())
        original_close(event)

    window.closeEvent = close_event
    return qt_app.exec()
