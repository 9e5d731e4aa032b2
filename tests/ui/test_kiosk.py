"""The kiosk on a shop floor: locked for shoppers, forgetting each one, and usable by everyone."""

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from app.recommend.explain import phone_name
from app.settings import DEFAULTS
from app.ui.kiosk import PinGuard, hash_pin, pin_matches
from app.ui.main import THEMES, load_settings, stored_window_size
from tests.ui.conftest import settle


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_wrong_pins_make_the_next_try_wait_longer_and_longer():
    clock = Clock()
    guard, stored = PinGuard(clock), hash_pin("2468")
    for _ in range(PinGuard.FREE_TRIES):
        assert guard.wait_left() == 0 and not guard.check("1111", stored)
    assert guard.wait_left() == PinGuard.FIRST_WAIT_S
    assert not guard.check("2468", stored), "a right PIN during the wait must not open the kiosk"
    clock.now += PinGuard.FIRST_WAIT_S
    assert not guard.check("0000", stored)
    assert guard.wait_left() == 2 * PinGuard.FIRST_WAIT_S
    clock.now += 2 * PinGuard.FIRST_WAIT_S
    assert guard.check("2468", stored) and guard.wrong == 0


def test_a_kiosk_without_a_pin_cannot_be_left(make_app, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(1) or ("", True))
    app = make_app(kiosk=True)
    assert not app.can_leave() and not app.open_settings()
    assert not asked, "with no PIN set, nothing a shopper types can open the kiosk"


def test_the_first_kiosk_start_asks_staff_to_set_a_pin(make_app, monkeypatch):
    answers = iter([("12", True), ("12", True), ("4321", True), ("4321", True)])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    app = make_app(kiosk=True)
    assert app.ensure_staff_pin()
    # stored as "salt$digest" (16 random bytes, a SHA-256 digest), never as the PIN itself; not by looking
    # for "4321" in it, which a random hash holds about once in 700 runs
    salt, digest = app.settings.staff_pin_hash.split("$")
    assert (len(bytes.fromhex(salt)), len(bytes.fromhex(digest))) == (16, 32)
    assert pin_matches("4321", app.settings.staff_pin_hash) and not pin_matches("1234", app.settings.staff_pin_hash)
    assert app.store.value("staff_pin_hash") == app.settings.staff_pin_hash
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert not make_app(kiosk=True).ensure_staff_pin()


def test_idle_reset_closes_dialogs_and_returns_to_the_stores_language(make_app, qapp, qtbot):
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    window = app.window
    window.header.language_box.setCurrentIndex(1)
    qapp.processEvents()
    assert window.language == "zh_CN"
    dialog = QDialog(window)
    dialog.open()
    app.keyboard.show()
    window.send("say", "under $300")
    settle(qapp, window)
    app.idle.give_up()
    settle(qapp, window)
    assert not dialog.isVisible() and not app.keyboard.isVisible()
    assert window.language == "en" and window.welcome_page.start_button.text() == "Start"
    assert window.snapshot.prefs.is_empty()


def test_a_tap_anywhere_answers_still_there(make_app, qapp):
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    idle = app.idle
    idle.ask_still_there()
    assert idle.prompt is not None and idle.countdown.isActive()
    press = QMouseEvent(QEvent.MouseButtonPress, QPoint(5, 5), app.window.mapToGlobal(QPoint(5, 5)),
                        Qt.LeftButton, Qt.LeftButton, Qt.NoModifier)
    idle.eventFilter(app.window, press)
    qapp.processEvents()
    assert idle.prompt is None and not idle.countdown.isActive() and idle.timer.isActive()


def test_a_new_idle_timeout_is_in_force_at_once(make_app):
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    app.idle.set_timeout(45)
    assert app.idle.timer.interval() == 45_000 and app.idle.timer.isActive()


def test_bad_stored_settings_fall_back_to_defaults(tmp_path):
    store = QSettings(str(tmp_path / "bad.ini"), QSettings.IniFormat)
    for key, value in (("idle_timeout_s", "999999999999"), ("currency", "XYZ"), ("language", "klingon"),
                       ("oldest_year_shown", "1e9"), ("market", 7), ("window_size", "hello")):
        store.setValue(key, value)
    settings = load_settings(store)
    assert (settings.idle_timeout_s, settings.currency, settings.language, settings.oldest_year_shown,
            settings.market) == (DEFAULTS.idle_timeout_s, DEFAULTS.currency, DEFAULTS.language,
                                 DEFAULTS.oldest_year_shown, DEFAULTS.market)
    assert stored_window_size(store) is None


def test_enter_presses_the_focused_button(make_app, qapp, qtbot):
    window = make_app().window
    window.show()
    start = window.welcome_page.start_button
    start.setFocus()
    qtbot.keyClick(start, Qt.Key_Return)
    qtbot.wait(400)  # animateClick releases after a short moment
    settle(qapp, window)
    assert window.current_page() is window.question_page


def test_cards_say_how_well_a_phone_fits_in_words(make_app, qapp):
    window = make_app().window
    window.show_results()
    settle(qapp, window)
    texts = [label.text() for card in window.results_page.cards for label in card.findChildren(type(window.status))]
    assert any("Best match" in t for t in texts)
    assert not any("%" in t and "Match" in t for t in texts)


def test_a_model_that_starts_with_its_brand_is_not_named_twice():
    assert phone_name({"brand": "Nubia", "model": "nubia Flip 2"}) == "Nubia Flip 2"
    assert phone_name({"brand": "Google", "model": "Pixel 9a"}) == "Google Pixel 9a"


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour):
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_theme_colours_are_readable_and_the_focus_ring_shows():
    for name, theme in THEMES.items():
        for text, background in (("text", "page"), ("text", "card"), ("muted", "page"), ("muted", "card"),
                                 ("good", "card"), ("bad", "card"), ("on_accent", "accent"), ("text", "chip"),
                                 ("accent", "page")):
            assert contrast(theme[text], theme[background]) >= 4.5, (name, text, background)
        for ring, background in (("focus", "page"), ("focus", "card"), ("focus", "chip"),
                                 ("focus_on_accent", "accent")):
            assert contrast(theme[ring], theme[background]) >= 3.0, (name, ring, background)  # seen on every button


def test_a_focused_chip_shows_the_focus_ring(make_app, qapp):
    """Chips are reached with Tab like any button; their own style rule must not hide the ring."""
    window = make_app().window
    window.show()
    window.activateWindow()
    window.send("say", "under $700, no Samsung")
    settle(qapp, window)
    chip = next(b for b in window.findChildren(QPushButton) if b.objectName() == "chip" and b.isVisible())
    edge = QPoint(1, chip.height() // 2)  # the left border, below its rounded corner

    def edge_colour():
        settle(qapp)
        return chip.grab().toImage().pixelColor(edge).name()

    assert edge_colour() == THEMES["normal"]["chip"]
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    assert edge_colour() == THEMES["normal"]["focus"]


def test_the_kiosk_fits_small_screens_with_the_keyboard_open(make_app, qapp):
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    window = app.window
    app.keyboard.show()
    for show in (lambda: None, lambda: window.go_to("flow"), window.show_results):
        show()
        settle(qapp, window)
        needed = window.minimumSizeHint()
        for width, height in ((1024, 768), (768, 1024), (1366, 768)):
            assert needed.width() <= width and needed.height() <= height, (needed, width, height)


def test_the_idle_countdown_runs_from_the_start_and_asks_still_there(make_app, qapp):
    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"), idle_timeout_s=30)
    assert app.idle.timer.isActive() and app.idle.timer.interval() == 30_000
    app.idle.timer.timeout.emit()   # thirty seconds without a touch
    assert app.idle.prompt is not None and app.idle.countdown.isActive()
    app.idle.countdown.timeout.emit()
    settle(qapp, app.window)
    assert app.idle.prompt is None and app.window.current_page() is app.window.welcome_page


def test_text_twice_as_large_still_fits_a_laptop_screen(make_app, qapp):
    window = make_app(text_size_percent=200).window
    window.resize(1366, 768)
    window.show()
    for show in (lambda: None, lambda: window.go_to("flow"), window.show_results):
        show()
        settle(qapp, window)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 768, needed
    assert window.results_page.columns == 1   # wide cards of large text, one under another


def test_chinese_and_emoji_have_a_bundled_font(qapp):
    from app.ui.main import register_font

    register_font(qapp)
    families = qapp.font().families()
    assert "WenQuanYi Micro Hei" in families and "Noto Color Emoji" in families, families


def test_the_budget_box_shows_its_amount_with_the_currency_on_the_kiosk(make_app, qapp):
    window = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"), currency="CNY").window
    window.show()
    window.go_to("flow")
    settle(qapp, window)
    entry = window.question_page.answer_widget.entry
    shown = entry.lineEdit()
    assert shown.text() == "¥3,000"
    # the text box inside the spin box is wide enough for what it shows (it was 1 px wide: a blank box)
    assert shown.width() >= shown.fontMetrics().horizontalAdvance(shown.text())


def test_after_the_idle_reset_nothing_of_the_shopper_is_on_disk_or_on_screen(make_app, qapp, qtbot, tmp_path):
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QLabel, QLineEdit

    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    window = app.window
    secret = "zebraviolet"
    window.wish.insert(f"a phone for {secret}, under $400")
    qtbot.keyClick(window.wish, Qt.Key_Return)
    settle(qapp, window)
    window.send("keep", window.snapshot.results.cards[0].phone["id"])
    window.wish.insert(secret)
    settle(qapp, window)
    app.idle.give_up()
    settle(qapp, window)
    on_screen = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)]
    assert not any(secret in text for text in on_screen)
    window.wish.undo()
    assert secret not in window.wish.text()
    assert secret not in " ".join(window.session.state.said) and not window.session._vectors
    app.store.sync()
    written = [Path(os.environ["PHONE_GUIDE_DATA_DIR"]), Path(app.store.fileName()).parent]
    for folder in written:
        for path in folder.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
