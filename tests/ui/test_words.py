"""Translations: every explanation code and every visible string has its Chinese, and the shipped .ts is current."""

from app.recommend.explain import TEMPLATES, Explanation
from app.ui.i18n import TS_FILE, QM_FILE, write_ts
from app.ui.words import EXPLANATIONS_ZH, explanation_text


def test_every_explanation_code_has_a_chinese_template():
    assert set(TEMPLATES) <= set(EXPLANATIONS_ZH)


def test_explanations_in_chinese():
    top = Explanation("aspect_top", {"aspect": "battery", "fact": "5,000 mAh battery", "percent": 10,
                                     "peer_group": "under $400"})
    assert explanation_text(top, "zh_CN") == "5,000 mAh 电池 —— 在$400以内的手机中排前 10%"
    assert explanation_text(top, "en") == top.text
    both = Explanation("several", {"first": "Raise the budget to $449", "second": "allow any size",
                                   "changes": [Explanation("raise_budget", {"budget": "$449"}),
                                               Explanation("any_size", {})]})
    assert explanation_text(both, "zh_CN") == "把预算提高到 $449,并且尺寸不限"
    brands = Explanation("any_brand", {"brands": "Apple / Nothing"})
    assert "苹果 / Nothing" in explanation_text(brands, "zh_CN")


def test_shipped_translation_source_is_current(tmp_path):
    fresh = write_ts(tmp_path / "fresh.ts")
    assert fresh.read_text(encoding="utf-8") == TS_FILE.read_text(encoding="utf-8"), \
        "run: python -m app.ui.i18n"
    assert QM_FILE.is_file()


def test_the_microphones_words_are_translated():
    from app.ui.microphone import WORDS
    from app.ui.words import CHINESE

    assert all(english in CHINESE for english in WORDS.values())
