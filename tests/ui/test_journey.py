"""The whole journey, driven by clicks and typing, offscreen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.preferences import Preferences
from app.ui.kiosk import hash_pin
from tests.ui.conftest import settle


def test_whole_journey(make_app, qapp, qtbot, tmp_path):
    app = make_app()
    window = app.window
    assert window.pages.currentWidget() is window.welcome_page
    # free text -> chips
    qtbot.keyClicks(window.wish, "under $600, great camera, no Samsung")
    qtbot.keyClick(window.wish, Qt.Key_Return)
    settle(qapp)
    prefs = window.session.prefs
    assert prefs.budget_max == 600 and "Samsung" in prefs.brands_exclude
    chip_texts = [window.chip_row.itemAt(i).widget().text() for i in range(window.chip_row.count())
                  if window.chip_row.itemAt(i).widget() is not None]
    assert any("600" in t for t in chip_texts)
    # questions: the budget was answered by the text, so it is not asked
    assert window.pages.currentWidget() is window.question_page and window.question != "budget"
    for _ in range(3):
        if window.pages.currentWidget() is not window.question_page:
            break
        grid = getattr(window.answer_widget, "group", None)
        if grid is not None and grid.buttons():
            qtbot.mouseClick(grid.buttons()[0], Qt.LeftButton)
        qtbot.mouseClick(window.next_button, Qt.LeftButton)
        settle(qapp)
    # cards
    qtbot.mouseClick(window.show_button, Qt.LeftButton)
    settle(qapp)
    assert window.pages.currentWidget() is window.results_page
    results = window.session.results.results
    assert results and all(r.phone["brand"] != "Samsung" for r in results)
    # critique: cheaper than #1
    first = results[0].phone
    window.critique(first["id"], "cheaper")
    settle(qapp)
    assert window.session.results.results[0].phone["price_usd"] < first["price_usd"]
    # compare and shortlist
    for item in window.session.results.results[:2]:
        window.toggle_compare(item.phone["id"])
        window.keep(item.phone["id"])
    qtbot.mouseClick(window.compare_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.compare_page
    assert window.compare_table.columnCount() == 2
    qtbot.mouseClick(window.shortlist_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.shortlist_page
    exported = window.export(window.shortlist_phones(), "csv", str(tmp_path / "list.csv"))
    assert "Price" in exported.read_text(encoding="utf-8")
    page = window.export(window.shortlist_phones(), "html", str(tmp_path / "list.html"))
    assert "<table>" in page.read_text(encoding="utf-8")
    kept = window.session.state.shortlist
    removes = [b for b in window.shortlist_page.findChildren(QPushButton) if b.text() == "Remove"]
    qtbot.mouseClick(removes[0], Qt.LeftButton)
    assert window.session.state.shortlist == kept[1:]
    assert window.shortlist_button.text() == "Shortlist (1)"
    # reset
    qtbot.mouseClick(window.reset_button, Qt.LeftButton)
    assert window.session.prefs.is_empty() and window.session.state.shortlist == ()
    assert window.pages.currentWidget() is window.welcome_page


def test_removing_a_chip_removes_the_preference(make_app, qapp, qtbot):
    window = make_app().window
    window.understood("no Apple", type("U", (), {"prefs": Preferences(brands_exclude=("Apple",)), "unsure": ()})())
    settle(qapp)
    chips = [window.chip_row.itemAt(i).widget() for i in range(window.chip_row.count())]
    chip = next(c for c in chips if c is not None and "Apple" in c.text())
    qtbot.mouseClick(chip, Qt.LeftButton)
    settle(qapp)
    assert window.session.prefs.brands_exclude == ()


def test_nothing_fits_offers_relaxations(make_app, qapp):
    window = make_app().window
    window.show()
    window.session.answer(Preferences(brands_include=("Apple",), budget_max=120))
    window.show_results()
    settle(qapp)
    window.show_results()
    qapp.processEvents()
    assert window.session.results.relaxations
    offer = window.session.results.relaxations[0]
    buttons = [b for b in window.results_page.findChildren(QPushButton, "relax") if b.isVisibleTo(window)]
    assert len(buttons) == len(window.session.results.relaxations)
    buttons[0].click()
    settle(qapp)
    assert window.session.results.eligible_count == offer.count


def test_many_chips_wrap_instead_of_widening_the_window(make_app, qapp):
    window = make_app().window
    window.resize(900, 700)
    window.show()
    window.session.answer(Preferences(budget_max=800, brands_exclude=("Samsung", "Apple", "Xiaomi", "Oppo"),
                                      priorities=("camera", "battery", "display"), require=("nfc", "wireless_charging"),
                                      use_cases=("gaming", "photography"), size="compact", os="android"))
    window.refresh_header()
    settle(qapp)
    assert window.width() == 900
    chips = [b for b in window.findChildren(QPushButton, "chip") if b.isVisibleTo(window)]
    assert len(chips) >= 12
    boxes = [c.geometry() for c in chips]
    assert all(box.right() <= chips[0].parentWidget().width() for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), "chips overlap"
    assert len({box.top() for box in boxes}) > 1, "chips did not wrap"


def test_idle_reset_wipes_the_session(make_app, qapp):
    app = make_app(kiosk=True)
    app.window.session.answer(Preferences(budget_max=300))
    app.window.session.keep("google-pixel-8a")
    app.idle.give_up()
    assert app.window.session.prefs.is_empty() and app.window.session.state.shortlist == ()
    assert app.window.pages.currentWidget() is app.window.welcome_page


def test_pin_guards_leaving_kiosk_mode(make_app, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    app = make_app(kiosk=True, staff_pin_hash=hash_pin("2468"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1111", True))
    assert not app.can_leave()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    assert app.can_leave()
    assert "2468" not in app.settings.staff_pin_hash
    assert not make_app(kiosk=False).can_leave() is False  # desktop mode never asks


def test_language_switch_retranslates_the_screen(make_app, qapp):
    app = make_app()
    window = app.window
    assert window.start_button.text() == "Start"
    window.language_box.setCurrentIndex(1)
    qapp.processEvents()
    assert window.start_button.text() == "开始"
    assert window.go.text() == "确定"
    window.show_question("camera")
    assert any("拍照" in w.text() for w in window.question_page.findChildren(type(window.title)))
    window.language_box.setCurrentIndex(0)
    qapp.processEvents()
    assert window.start_button.text() == "Start"


def test_kiosk_targets_are_large(make_app):
    window = make_app(kiosk=True).window
    window.show_question("os")
    for button in window.answer_widget.group.buttons():
        assert button.minimumSizeHint().height() >= 48 or button.sizeHint().height() >= 48


def test_a_store_that_prices_in_yuan(make_app, qapp):
    from app.understanding import Understanding

    window = make_app(currency="CNY").window
    window.understood("under 3000", Understanding(Preferences(budget_max=3000)))
    settle(qapp)
    assert window.session.prefs.currency == "CNY"  # an amount said without a currency is in the store's
    chips = [b.text() for b in window.findChildren(QPushButton, "chip") if b.isVisibleTo(window)]
    assert any("¥3,000" in chip for chip in chips), chips
    window.show_results()
    settle(qapp)
    top = window.session.results.results[0]
    assert top.phone["price_usd"] <= 3000 * 0.1364 + 0.5
    assert "¥" in window.price(top.phone["price_usd"]) and "$" not in window.price(top.phone["price_usd"])
    window.show_question("budget")
    assert window.budget_entry.prefix() == "¥" and window.budget_entry.value() == 3000
    assert window.answer_from_widgets("budget") == Preferences(budget_max=3000, currency="CNY")
    window.session.answer(Preferences(budget_max=25000, currency="CNY"))  # beyond the slider's end
    window.show_question("budget")
    assert window.budget_entry.value() == 25000


def test_compare_marks_the_best_and_no_ties(make_app):
    window = make_app().window
    phones = [window.session.phone("google-pixel-8a"), window.session.phone("google-pixel-8")]
    rows = {name: (values, best) for name, values, best in window.comparison_rows(phones)}
    cheaper = 0 if phones[0]["price_usd"] < phones[1]["price_usd"] else 1
    assert rows["Price"][1] == {cheaper}
    assert rows["Headphone jack"][1] == set()  # neither has one: nothing to mark
    bigger = 0 if phones[0]["screen_in"] > phones[1]["screen_in"] else 1
    assert rows["Screen"][1] == {bigger}


def test_compare_marks_the_smaller_screen_for_a_shopper_who_wants_a_small_phone(make_app):
    window = make_app().window
    window.session.answer(Preferences(size="compact", priorities=("camera",)))
    phones = [window.session.phone("google-pixel-8a"), window.session.phone("google-pixel-8")]
    rows = window.comparison_rows(phones)
    assert [name for name, _, _ in rows][:2] == ["Camera", "Screen"]  # what this shopper asked about first
    screens = dict((name, best) for name, _, best in rows)["Screen"]
    assert screens == {0 if phones[0]["screen_in"] < phones[1]["screen_in"] else 1}


def test_tapping_an_example_reads_it(make_app, qapp, qtbot):
    window = make_app().window
    example = next(b for b in window.welcome_page.findChildren(QPushButton) if "under $500" in b.text())
    qtbot.mouseClick(example, Qt.LeftButton)
    settle(qapp)
    prefs = window.session.prefs
    assert prefs.budget_max == 500 and "Samsung" in prefs.brands_exclude
