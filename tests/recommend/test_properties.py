"""Property and metamorphic tests of the recommender on the real catalog."""

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.scores import ASPECTS
from app.preferences import ASPECTS as SAID_ASPECTS
from app.preferences import BRANDS, FEATURES, USE_CASES, Preferences
from app.recommend.ranking import COMPACT_MAX_IN, LARGE_MIN_IN, FEATURE_COLUMNS

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

preferences = st.builds(
    Preferences,
    budget_max=st.none() | st.sampled_from([150, 250, 400, 600, 900, 1400]),
    budget_min=st.none() | st.sampled_from([100, 300, 500]),
    currency=st.none() | st.sampled_from(["USD", "EUR", "CNY"]),
    brands_include=st.lists(st.sampled_from(BRANDS[:12]), unique=True, max_size=2),
    brands_exclude=st.lists(st.sampled_from(BRANDS[:12]), unique=True, max_size=2),
    os=st.none() | st.sampled_from(["android", "ios"]),
    size=st.none() | st.sampled_from(["compact", "large"]),
    priorities=st.lists(st.sampled_from(SAID_ASPECTS), unique=True, max_size=3),
    require=st.lists(st.sampled_from(FEATURES), unique=True, max_size=2),
    exclude_features=st.lists(st.sampled_from(["foldable", "stylus", "5g"]), unique=True, max_size=1),
    min_storage_gb=st.none() | st.sampled_from([64, 128, 256, 512]),
    min_ram_gb=st.none() | st.sampled_from([4, 8, 12]),
    min_year=st.none() | st.sampled_from([2020, 2023, 2024]),
    use_cases=st.lists(st.sampled_from(USE_CASES), unique=True, max_size=2),
)


def satisfies(phone, prefs, oldest_year):
    from app.recommend.ranking import budget_in_usd

    high, low = budget_in_usd(prefs.budget_max, prefs.currency), budget_in_usd(prefs.budget_min, prefs.currency)
    price = phone["price_usd"]
    if high is not None and (price is None or price > high + 1e-6):
        return "budget_max"
    if low is not None and (price is None or price < low - 1e-6):
        return "budget_min"
    if prefs.brands_include and phone["brand"] not in prefs.brands_include:
        return "brands_include"
    if phone["brand"] in prefs.brands_exclude:
        return "brands_exclude"
    if prefs.os and phone["os"] != prefs.os:
        return "os"
    for f in prefs.require:
        if phone[FEATURE_COLUMNS[f]] == 0:
            return f"require {f}"
    for f in prefs.exclude_features:
        if phone[FEATURE_COLUMNS[f]] == 1:
            return f"exclude {f}"
    if prefs.min_storage_gb and phone["storage_gb"] and max(phone["storage_gb"]) < prefs.min_storage_gb:
        return "storage"
    if prefs.min_ram_gb and phone["ram_gb"] is not None and phone["ram_gb"] < prefs.min_ram_gb:
        return "ram"
    if phone["year"] < (prefs.min_year or oldest_year):
        return "year"
    if prefs.size == "compact" and not phone["screen_in"] <= COMPACT_MAX_IN:
        return "size"
    if prefs.size == "large" and not phone["screen_in"] >= LARGE_MIN_IN:
        return "size"
    return None


@SETTINGS
@given(prefs=preferences)
def test_every_result_satisfies_every_hard_constraint(recommender, prefs):
    results = recommender.recommend(prefs, top=8, ask_next=False)
    for item in results.results:
        assert satisfies(item.phone, prefs, recommender.settings.oldest_year_shown) is None
    # unconfirmed facts rank after confirmed ones
    unconfirmed = [any(f.startswith("not_confirmed") for f in item.flags) for item in results.results]
    assert unconfirmed == sorted(unconfirmed)


@SETTINGS
@given(prefs=preferences, aspect=st.sampled_from(["camera", "battery", "performance", "display", "charging"]))
def test_adding_a_priority_never_lowers_that_aspect_at_the_top(recommender, prefs, aspect):
    prefs = prefs.with_values(deprioritized=())
    if aspect in prefs.priorities:
        return
    k = ASPECTS.index(aspect)
    c = recommender.arrays

    def top_mean(p):
        order, _, _ = recommender.order(p)
        return float(c.aspects[order[:5], k].mean()) if len(order) else math.nan

    before, after = top_mean(prefs), top_mean(prefs.merge(Preferences(priorities=(aspect,))))
    if not math.isnan(before):
        assert after >= before - 1e-6


@SETTINGS
@given(prefs=preferences, cut=st.sampled_from([0.9, 0.7, 0.5]))
def test_a_tighter_budget_never_raises_the_top_price(recommender, prefs, cut):
    prefs = prefs.with_values(budget_max=prefs.budget_max or 1000, budget_min=None)
    tighter = prefs.with_values(budget_max=prefs.budget_max * cut)

    def top_price(p):
        prices = [r.phone["price_usd"] for r in recommender.recommend(p, top=5, ask_next=False).results]
        return max(prices) if prices else 0

    assert top_price(tighter) <= top_price(prefs) + 1e-6


@SETTINGS
@given(prefs=preferences)
def test_results_are_deterministic(recommender, prefs):
    first = recommender.recommend(prefs, top=5)
    second = recommender.recommend(prefs, top=5)
    assert [r.phone["id"] for r in first.results] == [r.phone["id"] for r in second.results]
    assert first.next_question == second.next_question
    assert [x.prefs for x in first.relaxations] == [x.prefs for x in second.relaxations]


@pytest.mark.parametrize("prefs", [
    Preferences(brands_include=("Apple",), budget_max=150),
    Preferences(brands_include=("Apple",), require=("stylus",)),
    Preferences(budget_max=100, min_storage_gb=512, require=("water_resistance",)),
    Preferences(size="compact", require=("stylus", "headphone_jack"), os="ios"),
    Preferences(budget_max=40, currency="EUR", min_year=2025),
])
def test_impossible_wishes_get_relaxations_that_really_yield_their_count(recommender, prefs):
    results = recommender.recommend(prefs)
    assert results.eligible_count < 3
    assert results.relaxations, "no way out offered"
    for offer in results.relaxations:
        assert offer.count >= 1
        assert recommender.recommend(offer.prefs, ask_next=False).eligible_count == offer.count
        assert offer.change.text


@SETTINGS
@given(prefs=preferences)
def test_relaxations_whenever_few_phones_fit(recommender, prefs):
    results = recommender.recommend(prefs, ask_next=False)
    if results.eligible_count < 3:
        for offer in results.relaxations:
            assert recommender.count(offer.prefs) == offer.count > 0
