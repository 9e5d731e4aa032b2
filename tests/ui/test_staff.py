"""The staff screen and the store's own list: imported, reverted, synced, picked up without a restart."""

import os
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from app.catalog.store import STORE_FILE, read_active_list
from app.ui.cards import PhoneCard
from app.ui.staff import StaffScreen
from tests.ui.conftest import settle


@pytest.fixture
def staff(make_app, tmp_path, monkeypatch):
    """A running app with its store database in a folder of its own, and its staff screen open."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    app = make_app()
    app.store_dir = tmp_path / "data"
    return app, StaffScreen(app)


def store_list(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("id,price,currency,in_stock\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    return path


def test_a_list_imported_by_staff_sets_the_prices_shoppers_see_at_once(staff, qapp, qtbot, tmp_path):
    app, screen = staff
    message = screen.import_list(str(store_list(tmp_path, "ours.csv", ["google-pixel-9a,449,USD,yes",
                                                                       "samsung-galaxy-a56,399,USD,no"])))
    assert "2 phones" in message
    settle(qapp, app.window)
    session = app.window.session
    pixel = session.phone("google-pixel-9a")
    assert pixel["price_usd"] == 449 and pixel["price"]["kind"] == "store"
    card = PhoneCard(1, type("Item", (), {"phone": pixel, "score": 1.0, "reasons": [], "weaknesses": [],
                                          "tradeoffs": []})(), session.prefs, False, False, "USD")
    qtbot.addWidget(card)  # closed and deleted after the test, not left to Qt's shutdown
    texts = " ".join(label.text() for label in card.findChildren(type(app.window.status)))
    assert "$449 · store price · in stock" in texts
    assert "2 phones" in screen.list_state.text()


def test_a_bad_list_changes_nothing_and_says_which_line(staff, qapp, tmp_path):
    app, screen = staff
    screen.import_list(str(store_list(tmp_path, "good.csv", ["google-pixel-9a,449,USD,yes"])))
    message = screen.import_list(str(store_list(tmp_path, "bad.csv", ["google-pixel-9a,0.001,USD,yes",
                                                                      "no-such-phone,300,USD,yes"])))
    assert "nothing changed" in message and "line 2" in message and "line 3" in message
    settle(qapp, app.window)
    assert app.window.session.phone("google-pixel-9a")["price_usd"] == 449


def test_the_previous_list_can_be_brought_back(staff, qapp, tmp_path):
    app, screen = staff
    screen.import_list(str(store_list(tmp_path, "first.csv", ["google-pixel-9a,449,USD,yes"])))
    screen.import_list(str(store_list(tmp_path, "second.csv", ["google-pixel-9a,399,USD,yes"])))
    settle(qapp, app.window)
    assert app.window.session.phone("google-pixel-9a")["price_usd"] == 399
    assert "back" in screen.revert_list()
    settle(qapp, app.window)
    assert app.window.session.phone("google-pixel-9a")["price_usd"] == 449


def test_a_list_synced_into_the_folder_is_imported_by_itself(make_app, qapp, tmp_path):
    synced = tmp_path / "synced"
    synced.mkdir()
    app = make_app(store_folder=str(synced))
    app.store_dir = tmp_path / "data"
    path = store_list(synced, "chain.csv", ["google-pixel-9a,429,USD,yes"])
    old = time.time() - 60   # the sync finished a minute ago
    os.utime(path, (old, old))
    app.check_store_list()
    settle(qapp, app.window)
    assert app.window.session.phone("google-pixel-9a")["price_usd"] == 429


def test_only_our_assortment_shows_only_the_stores_phones(staff, qapp, tmp_path):
    app, screen = staff
    screen.import_list(str(store_list(tmp_path, "ours.csv", ["google-pixel-9a,449,USD,yes",
                                                             "samsung-galaxy-a56,399,USD,yes"])))
    screen.only_ours.setChecked(True)
    app.use_settings(screen.settings())
    app.window.show_results()
    settle(qapp, app.window)
    shown = {c.phone["id"] for c in app.window.snapshot.results.cards}
    assert shown == {"google-pixel-9a", "samsung-galaxy-a56"}


def test_a_damaged_store_database_is_set_aside_and_the_catalog_still_runs(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / STORE_FILE).write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    items, note = read_active_list(folder)
    assert items == {} and "moved to" in note
    assert list(folder.glob(STORE_FILE + ".damaged-*")) and not (folder / STORE_FILE).exists()
