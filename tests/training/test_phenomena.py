"""The generator of the ways shoppers really talk: valid, learnable labels, and its counter-examples."""

import random

import pytest

from app.preferences import Preferences
from app.understanding import clean
from app.understanding.mentions import BRAND, NUMBER, find_mentions
from app.understanding.reading import LEAST_PRICE, mention_role
from models.training import phenomena, synth

FIELD_OF_ROLE = {"budget_max": "budget_max", "budget_min": "budget_min", "storage": "min_storage_gb",
                 "ram": "min_ram_gb", "min_year": "min_year"}


def made(maker, lang, n=400, seed=11):
    rng = random.Random(seed)
    return [maker(rng, lang) for _ in range(n)]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("maker", [m for m, _ in phenomena.MAKERS], ids=lambda m: m.__name__)
def test_every_label_can_be_learnt(maker, lang):
    """Each amount, memory size, year and brand in a label is a mention the model can give that role to."""
    for text, context, gold in made(maker, lang):
        assert text.strip() and context is None
        prefs = Preferences.from_dict(synth.compact(gold))
        mentions = find_mentions(clean(text))
        roles = {FIELD_OF_ROLE.get(mention_role(m, prefs)) for m in mentions}
        for field in FIELD_OF_ROLE.values():
            if getattr(prefs, field) is not None:
                assert field in roles, (text, gold)
        for brand in prefs.brands_include + prefs.brands_exclude:
            assert any(m.kind == BRAND and m.value == brand for m in mentions), (text, gold)


def test_numbers_come_with_prices_that_are_not_them():
    """Counter-examples: a price beside an age, a size, a battery or last year's price, which stays a plain number."""
    both = 0
    for lang in ("en", "zh"):
        for text, _, gold in made(phenomena.numbers_item, lang):
            prefs = Preferences.from_dict(synth.compact(gold))
            numbers = [m for m in find_mentions(clean(text)) if m.kind == NUMBER]
            roles = [mention_role(m, prefs) for m in numbers]
            if "budget_max" in roles and "none" in roles:
                both += 1
    assert both > 100


def test_a_named_phone_as_a_yardstick_wishes_for_nothing_of_its_brand():
    named = 0
    for lang in ("en", "zh"):
        for text, _, gold in made(phenomena.comparison_item, lang):
            brands = {m.value for m in find_mentions(clean(text)) if m.kind == BRAND}
            if brands and "min_year" not in gold:
                named += 1
                assert not gold.get("brands_include"), text
    assert named > 50


def test_corrections_keep_the_last_word():
    for lang in ("en", "zh"):
        for text, _, gold in made(phenomena.correction_item, lang):
            if "budget_max" in gold:  # the last amount said is the budget (一 of 更正一下 is no amount)
                amounts = [m.value for m in find_mentions(clean(text)) if m.kind == NUMBER and m.value >= LEAST_PRICE]
                assert amounts[-1] == gold["budget_max"], text


def test_the_phenomena_reach_the_training_data_in_both_languages():
    items = synth.generate(20000, seed=7)   # 刀 is rare: about one item in 4,000
    for lang, marks in (("en", (("hk$", "hkd", "hk dollars"), ("a$", "aud"), ("nt$", "twd", "ntd"),
                                ("no wait", "scratch that"), ("a nothing",), ("cat",))),
                        ("zh", (("港币", "港元"), ("澳元", "澳币"), ("台币",), ("刀",), ("哦不", "不对", "说错了"),
                                ("nothing",)))):
        texts = [item["text"].lower() for item in items if item["lang"] == lang]
        for said in marks:
            assert any(mark in text for text in texts for mark in said), (lang, said)
