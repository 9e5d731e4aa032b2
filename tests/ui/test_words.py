"""Translations: made with Qt's own tools, current with the source, complete, and used on every screen."""

import re
import shutil
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.recommend.explain import Explanation
from app.ui import i18n
from app.ui.words import explanation_text, tr

from .conftest import settle


@pytest.fixture
def language(qapp):
    """Load one language's compiled translation, as the app does."""
    translators = []

    def load(name):
        translator = QTranslator()
        assert translator.load(str(i18n.qm_file(name)))
        qapp.installTranslator(translator)
        translators.append(translator)

    yield load
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_translation_sources_are_current_with_the_code(tmp_path):
    for name in i18n.LANGUAGES:
        shutil.copy(i18n.ts_file(name), tmp_path)
    i18n.update(tmp_path)   # lupdate over today's source, into copies of the shipped files
    for name in i18n.LANGUAGES:
        assert i18n.ts_file(name, tmp_path).read_text(encoding="utf-8") == \
            i18n.ts_file(name).read_text(encoding="utf-8"), "run: python -m app.ui.i18n"


def test_every_text_has_its_chinese_and_every_count_its_plural_forms():
    for name in i18n.LANGUAGES:
        assert i18n.unfinished(i18n.ts_file(name)) == [], f"translate these in {i18n.ts_file(name).name}"
    messages = ElementTree.parse(i18n.ts_file("zh_CN")).getroot().findall(".//message")
    assert len(messages) > 250
    counted = [m.findtext("source") for m in messages if m.get("numerus") == "yes"]
    assert "%n phones fit" in counted and all("%n" in source for source in counted)


def test_the_shipped_compiled_translations_are_what_lrelease_makes(tmp_path):
    for name in i18n.LANGUAGES:
        fresh = tmp_path / f"{name}.qm"
        i18n.release(i18n.ts_file(name), fresh)
        assert fresh.read_bytes() == i18n.qm_file(name).read_bytes(), "run: python -m app.ui.i18n"


def test_a_text_without_a_translation_is_found(tmp_path):
    ts = i18n.ts_file("zh_CN").read_text(encoding="utf-8")
    broken = ts.replace("<translation>门店价</translation>", '<translation type="unfinished"></translation>', 1)
    assert broken != ts
    path = tmp_path / "broken.ts"
    path.write_text(broken, encoding="utf-8")
    assert i18n.unfinished(path) == ["store price"]


def test_counts_take_their_plural_form_in_english(language):
    language("en")
    assert tr("%n phones fit", None, 1) == "1 phone fits"
    assert tr("%n phones fit", None, 2) == "2 phones fit"
    assert tr("%n phones fit", None, 0) == "0 phones fit"
    assert tr("{change} → %n phones", None, 1).format(change="Allow any size") == "Allow any size → 1 phone"


def test_counts_in_chinese(language):
    language("zh_CN")
    assert tr("%n phones fit", None, 1) == "有 1 款手机符合"
    assert tr("%n phones fit", None, 12) == "有 12 款手机符合"


def test_explanations_in_chinese(language):
    top = Explanation("aspect_top", {"aspect": "battery", "fact": "5,000 mAh battery", "percent": 10,
                                     "peer_group": Explanation("peers_under", {"price": "$400"})})
    assert explanation_text(top) == top.text == "5,000 mAh battery — top 10% of phones under $400"
    language("zh_CN")
    assert explanation_text(top) == "5,000 mAh 电池 —— 在$400以内的手机中排前 10%"
    since = Explanation("aspect_among_best", {"aspect": "camera", "peer_group": Explanation("peers_from",
                                                                                          {"year": 2024})})
    assert explanation_text(since) == "相机在2024年起的手机中名列前茅"
    both = Explanation("several", {"first": "Raise the budget to $449", "second": "allow any size",
                                   "changes": [Explanation("raise_budget", {"budget": "$449"}),
                                               Explanation("any_size", {})]})
    assert explanation_text(both) == "把预算提高到 $449，并且尺寸不限"
    assert explanation_text(Explanation("any_brand", {"brands": "Apple / Nothing"})) == "也考虑苹果 / Nothing以外的品牌"


def visible_texts(window):
    widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisibleTo(window) and w.text()]


def test_no_english_text_is_left_on_a_chinese_screen(make_app, qapp):
    """Every screen a Chinese shopper walks through, painted: no text the .ts translates shows in English."""
    english = {m.findtext("source") for m in ElementTree.parse(i18n.ts_file("zh_CN")).getroot().iter("message")
               if re.search("[A-Za-z]{3}", m.findtext("source").replace("%n", ""))
               and m.findtext("translation") != m.findtext("source")}
    window = make_app(language="zh_CN").window
    seen = visible_texts(window)
    window.go_to("flow")
    settle(qapp, window)
    seen += visible_texts(window)
    window.send("say", "不要三星,拍照好,预算三千")
    settle(qapp, window)
    seen += visible_texts(window)
    window.show_results()
    settle(qapp, window)
    seen += visible_texts(window)
    for phone in window.snapshot.results.cards[:2]:
        window.send("compare", phone.phone["id"])
        window.send("keep", phone.phone["id"])
    settle(qapp, window)
    window.go_to("compare")
    settle(qapp, window)
    seen += visible_texts(window)
    window.go_to("shortlist")
    settle(qapp, window)
    seen += visible_texts(window)
    assert len(seen) > 60
    left = sorted({text for text in seen for source in english
                   if text == source or (len(source) > 10 and "{" not in source and source in text)})
    assert left == []
    assert any("款手机符合" in text for text in seen)


def test_when_a_price_was_seen_is_written_the_way_each_language_writes_dates(language):
    from app.catalog.prices import price_words_key
    from app.ui.common import keyed_text

    seen = price_words_key({"kind": "street", "as_of": "2026-09-05", "market": "CN"}, "¥4,999")
    assert keyed_text(*seen) == "seen in Sep 2026"
    language("zh_CN")
    assert keyed_text(*seen) == "2026年9月售价"
