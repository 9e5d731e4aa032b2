"""Property and metamorphic tests of the recommender on the real catalog.

The oracle below decides from the spec alone whether a phone may be shown to a shopper: its own
exchange rates and its own size thresholds, written here again on purpose, so a wrong rate or a
wrong threshold in the app is caught instead of copied. Shoppers are generated two ways: around a
real phone that fits them (so the checks on the results always have results to check), and at random
keeping only those for whom no phone fits (so the way out is checked too).
"""

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.catalog.scores import ASPECTS
from app.preferences import ASPECTS as SAID_ASPECTS
from app.preferences import BRANDS, FEATURES, USE_CASES, Preferences

# derandomize: the same examples on every run, so CI cannot fail by chance; to search for new
# counterexamples, run with derandomize=False (a search, not the suite)
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# shared/spec/preferences.md: compact = main screen <= 6.3" and weight <= 200 g; large = main screen >= 6.6".
COMPACT_SCREEN_IN, COMPACT_WEIGHT_G, LARGE_SCREEN_IN = 6.3, 200.0, 6.6
# US dollars for one unit: the European Central Bank's reference rates of 15 January 2025, crossed through
# the euro and rounded to four figures, as the app's dated table says it uses. No currency means dollars.
DOLLARS_PER_UNIT = {None: 1.0, "USD": 1.0, "EUR": 1.030, "CNY": 0.1364, "GBP": 1.221}
# the catalog's column for each feature a shopper can name
FEATURE_FIELD = {feature: feature for feature in FEATURES} | {"5g": "has_5g"}
STORAGE_STEPS, RAM_STEPS = (16, 32, 64, 128, 256, 512), (2, 3, 4, 6, 8, 12, 16)


def why_not(phone, prefs, oldest_year):
    """The first of the shopper's hard wishes `phone` breaks, or None when it may be shown.

    An unknown price is never within a budget and an unknown screen is neither compact nor large;
    any other unknown fact is allowed (the card says it is not confirmed)."""
    if not phone["sold_here"]:
        return "not sold in this store's market"
    price, rate = phone["price_usd"], DOLLARS_PER_UNIT[prefs.currency]
    if prefs.budget_max is not None and (price is None or price > prefs.budget_max * rate):
        return "over the budget"
    if prefs.budget_min is not None and (price is None or price < prefs.budget_min * rate):
        return "under the least budget"
    if prefs.brands_include and phone["brand"] not in prefs.brands_include:
        return "not a brand asked for"
    if phone["brand"] in prefs.brands_exclude:
        return "a refused brand"
    if prefs.os and phone["os"] != prefs.os:
        return "another system"
    if any(phone[FEATURE_FIELD[f]] == 0 for f in prefs.require):
        return "lacks a required feature"
    if any(phone[FEATURE_FIELD[f]] == 1 for f in prefs.exclude_features):
        return "has a refused feature"
    if prefs.min_storage_gb is not None and phone["storage_gb"] and max(phone["storage_gb"]) < prefs.min_storage_gb:
        return "too little storage"
    if prefs.min_ram_gb is not None and phone["ram_gb"] is not None and phone["ram_gb"] < prefs.min_ram_gb:
        return "too little RAM"
    if phone["year"] < (prefs.min_year if prefs.min_year is not None else oldest_year):
        return "too old"
    screen, weight = phone["screen_in"], phone["weight_g"]
    if prefs.size == "compact" and (screen is None or screen > COMPACT_SCREEN_IN
                                    or (weight is not None and weight > COMPACT_WEIGHT_G)):
        return "not compact"
    if prefs.size == "large" and (screen is None or screen < LARGE_SCREEN_IN):
        return "not large"
    return None


def fitting(recommender, prefs):
    """Ids of every phone the oracle would show this shopper."""
    oldest = recommender.settings.oldest_year_shown
    return {p["id"] for p in recommender.arrays.phones if why_not(p, prefs, oldest) is None}


def shown_ids(recommender, prefs):
    ranked, _, _ = recommender.order(prefs)
    return {recommender.arrays.ids[i] for i in ranked}


# -- shoppers ---------------------------------------------------------------------------------------------

random_shoppers = st.builds(
    Preferences,
    budget_max=st.none() | st.sampled_from([150, 250, 400, 600, 900, 1400]),
    budget_min=st.none() | st.sampled_from([100, 300, 500]),
    currency=st.none() | st.sampled_from(["USD", "EUR", "CNY", "GBP"]),
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


@pytest.fixture(scope="module")
def phones_on_sale(recommender):
    """Phones this store shows a shopper who says nothing: the anchors of shoppers who have a phone."""
    oldest = recommender.settings.oldest_year_shown
    on_sale = [p for p in recommender.arrays.phones
               if p["price_usd"] and p["brand"] in BRANDS and why_not(p, Preferences(), oldest) is None]
    assert len(on_sale) > 100
    return on_sale


def some(draw, values, at_most):
    return tuple(draw(st.lists(st.sampled_from(values), unique=True, max_size=at_most))) if values else ()


@st.composite
def shoppers_with_a_phone(draw, on_sale):
    """(a phone, a shopper whose every hard wish that phone meets)."""
    phone = draw(st.sampled_from(on_sale))
    price = phone["price_usd"]
    wishes = {}
    currency = draw(st.sampled_from([None, "USD", "EUR", "CNY", "GBP"]))
    if draw(st.booleans()):
        if currency in (None, "USD") and draw(st.booleans()):
            wishes["budget_max"] = price  # exactly the price: still within the budget
        else:
            wishes["budget_max"] = math.ceil(price / DOLLARS_PER_UNIT[currency] * draw(st.sampled_from([1.01, 1.3])))
    if draw(st.booleans()):
        if currency in (None, "USD") and draw(st.booleans()):
            wishes["budget_min"] = price
        else:
            wishes["budget_min"] = math.floor(price / DOLLARS_PER_UNIT[currency] * draw(st.sampled_from([0.5, 0.99])))
    if wishes:
        wishes["currency"] = currency
    if draw(st.booleans()):
        wishes["brands_include"] = (phone["brand"],) + some(draw, [b for b in BRANDS if b != phone["brand"]], 1)
    wishes["brands_exclude"] = some(draw, [b for b in BRANDS[:12] if b != phone["brand"]], 2)
    if phone["os"] in ("android", "ios") and draw(st.booleans()):
        wishes["os"] = phone["os"]
    wishes["require"] = some(draw, [f for f in FEATURES if phone[FEATURE_FIELD[f]] != 0], 2)
    wishes["exclude_features"] = some(draw, [f for f in FEATURES if phone[FEATURE_FIELD[f]] != 1], 2)
    if phone["storage_gb"] and draw(st.booleans()):
        wishes["min_storage_gb"] = draw(st.sampled_from([s for s in STORAGE_STEPS if s <= max(phone["storage_gb"])]
                                                         or [1]))
    if phone["ram_gb"] is not None and draw(st.booleans()):
        wishes["min_ram_gb"] = draw(st.sampled_from([r for r in RAM_STEPS if r <= phone["ram_gb"]] or [1]))
    if draw(st.booleans()):
        wishes["min_year"] = draw(st.integers(2015, phone["year"]))
    screen, weight = phone["screen_in"], phone["weight_g"]
    if screen is not None and screen <= COMPACT_SCREEN_IN and (weight is None or weight <= COMPACT_WEIGHT_G):
        wishes["size"] = draw(st.sampled_from([None, "compact"]))
    elif screen is not None and screen >= LARGE_SCREEN_IN:
        wishes["size"] = draw(st.sampled_from([None, "large"]))
    wishes["priorities"] = some(draw, SAID_ASPECTS, 3)
    wishes["use_cases"] = some(draw, USE_CASES, 2)
    return phone, Preferences(**wishes)


# -- shoppers for whom phones exist ------------------------------------------------------------------------

@SETTINGS
@given(data=st.data())
def test_a_shopper_sees_exactly_the_phones_that_meet_every_hard_wish(recommender, phones_on_sale, data):
    phone, prefs = data.draw(shoppers_with_a_phone(phones_on_sale))
    assert why_not(phone, prefs, recommender.settings.oldest_year_shown) is None, "the generator is wrong"
    shown = shown_ids(recommender, prefs)
    assert phone["id"] in shown
    assert shown == fitting(recommender, prefs)
    results = recommender.recommend(prefs, top=8, ask_next=False)
    assert results.results and results.eligible_count == len(shown)
    assert {card.phone["id"] for card in results.results} <= shown
    # unconfirmed facts rank after confirmed ones
    unconfirmed = [any(f.startswith("not_confirmed") for f in card.flags) for card in results.results]
    assert unconfirmed == sorted(unconfirmed)


@SETTINGS
@given(data=st.data(), aspect=st.sampled_from(["camera", "battery", "performance", "display", "charging"]))
def test_adding_a_priority_never_lowers_that_aspect_at_the_top(recommender, phones_on_sale, data, aspect):
    _, prefs = data.draw(shoppers_with_a_phone(phones_on_sale))
    prefs = prefs.with_values(deprioritized=())
    assume(aspect not in prefs.priorities)
    k = ASPECTS.index(aspect)
    c = recommender.arrays

    def top_mean(p):
        order, _, _ = recommender.order(p)
        return float(c.aspects[order[:5], k].mean())

    # the top five are also made diverse (one phone per family), which can swap in a phone a shade weaker
    # in that aspect: a random search found 0.945 -> 0.941 for camera. A drop beyond that is a bug.
    assert top_mean(prefs.merge(Preferences(priorities=(aspect,)))) >= top_mean(prefs) - 0.01


@SETTINGS
@given(data=st.data(), cut=st.sampled_from([0.9, 0.7, 0.5]))
def test_a_tighter_budget_never_raises_the_top_price(recommender, phones_on_sale, data, cut):
    phone, prefs = data.draw(shoppers_with_a_phone(phones_on_sale))
    prefs = prefs.with_values(budget_max=prefs.budget_max or 1000, budget_min=None)
    tighter = prefs.with_values(budget_max=prefs.budget_max * cut)

    def top_price(p):
        prices = [r.phone["price_usd"] for r in recommender.recommend(p, top=5, ask_next=False).results]
        return max(prices) if prices else 0

    assert top_price(tighter) <= top_price(prefs) + 1e-6


@SETTINGS
@given(data=st.data())
def test_results_are_deterministic(recommender, phones_on_sale, data):
    _, prefs = data.draw(shoppers_with_a_phone(phones_on_sale))
    first = recommender.recommend(prefs, top=5)
    second = recommender.recommend(prefs, top=5)
    assert [r.phone["id"] for r in first.results] == [r.phone["id"] for r in second.results]
    assert first.next_question == second.next_question
    assert [x.prefs for x in first.relaxations] == [x.prefs for x in second.relaxations]


# -- shoppers for whom no phone exists ----------------------------------------------------------------------

@SETTINGS
@given(prefs=random_shoppers)
def test_a_shopper_no_phone_fits_sees_none_and_every_way_out_yields_what_it_says(recommender, prefs):
    assume(not fitting(recommender, prefs))
    results = recommender.recommend(prefs, ask_next=False)
    assert results.results == [] and results.eligible_count == 0
    for offer in results.relaxations:
        assert offer.count == len(fitting(recommender, offer.prefs)) > 0, offer.change.text


def single_drops(prefs):
    """The shopper's wishes with one wish of a kind every relaxation may drop taken away."""
    for brand in prefs.brands_exclude:
        yield prefs.remove("brands_exclude", brand)
    for feature in prefs.require:
        yield prefs.remove("require", feature)
    for feature in prefs.exclude_features:
        yield prefs.remove("exclude_features", feature)
    for name in ("brands_include", "os", "size", "budget_min"):
        if getattr(prefs, name):
            yield prefs.with_values(**{name: None if name != "brands_include" else ()})


@SETTINGS
@given(prefs=random_shoppers)
def test_relaxations_whenever_few_phones_fit(recommender, prefs):
    results = recommender.recommend(prefs, ask_next=False)
    if results.eligible_count >= 3:
        assert results.relaxations == []
        return
    if any(recommender.count(dropped) > results.eligible_count for dropped in single_drops(prefs)):
        assert results.relaxations, "dropping one wish would show more phones, but no way out was offered"
    for offer in results.relaxations:
        assert recommender.count(offer.prefs) == offer.count > 0


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
