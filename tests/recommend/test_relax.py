"""When (almost) nothing fits: the ways out a shopper is offered, what each says, and their order.

Each expected figure is worked out here from the catalog rows (the prices of the phones that meet
the shopper's other wishes, the counts at each storage or year), not taken from the offer itself."""

import math

import numpy as np

from app.preferences import Preferences
from app.recommend.relax import ENOUGH, relaxations


def offers(recommender, prefs, limit=10):
    return relaxations(recommender, prefs, limit=limit)


def prices_of_phones_meeting(recommender, prefs):
    """Known prices (USD) of the phones that meet `prefs`, cheapest first."""
    ranked, _, _ = recommender.order(prefs)
    prices = recommender.arrays.price[ranked]
    return np.sort(prices[~np.isnan(prices)])


def test_a_raised_budget_is_said_in_the_shoppers_currency_and_is_the_least_that_shows_three_phones(recommender):
    prefs = Preferences(min_ram_gb=16, budget_max=200, currency="CNY")
    third = prices_of_phones_meeting(recommender, Preferences(min_ram_gb=16))[ENOUGH - 1]
    yuan = math.ceil(third / 0.1364)
    [raise_budget] = [o for o in offers(recommender, prefs) if o.change.code == "raise_budget"]
    assert raise_budget.change.text == f"Raise the budget to ¥{yuan:,}"
    assert raise_budget.prefs == prefs.with_values(budget_max=yuan) and raise_budget.count == ENOUGH
    assert recommender.count(prefs.with_values(budget_max=yuan - 1)) < ENOUGH


def test_when_fewer_than_three_phones_exist_at_any_price_the_budget_rises_to_show_them_all(recommender):
    prefs = Preferences(brands_include=("Fairphone",), budget_max=100)
    prices = prices_of_phones_meeting(recommender, prefs.with_values(budget_max=None))
    assert 0 < len(prices) < ENOUGH
    [raise_budget] = [o for o in offers(recommender, prefs) if o.change.code == "raise_budget"]
    assert raise_budget.prefs.budget_max == math.ceil(prices[-1]) and raise_budget.count == len(prices)


def test_a_budget_that_already_admits_the_phones_is_never_offered_lower(recommender):
    prefs = Preferences(brands_include=("Fairphone",), budget_max=5000)
    assert 0 < recommender.count(prefs) < ENOUGH
    assert all(o.change.code != "raise_budget" for o in offers(recommender, prefs))
    # nor "raised" to the budget the shopper already said
    at_the_price = prefs.with_values(budget_max=math.ceil(prices_of_phones_meeting(recommender, prefs)[-1]))
    assert all(o.change.code != "raise_budget" for o in offers(recommender, at_the_price))


def test_less_storage_offered_is_the_most_that_shows_three_phones(recommender):
    prefs = Preferences(budget_max=100, min_storage_gb=512, require=("water_resistance",))
    [storage] = [o for o in offers(recommender, prefs) if o.change.code == "less_storage"]
    assert storage.change.text == "Accept 256 GB storage" and storage.prefs == prefs.with_values(min_storage_gb=256)
    assert storage.count == recommender.count(storage.prefs) >= ENOUGH


def test_less_ram_offered_is_the_most_that_shows_three_phones_or_the_least_there_is(recommender):
    prefs = Preferences(min_ram_gb=16, brands_include=("Google",), budget_max=900)
    [ram] = [o for o in offers(recommender, prefs) if o.change.code == "less_ram"]
    steps = [amount for amount in (12, 8, 6, 4, 3, 2) if recommender.count(prefs.with_values(min_ram_gb=amount)) >= 3]
    assert ram.prefs.min_ram_gb == steps[0] and ram.change.text == f"Accept {steps[0]} GB RAM"
    # no amount shows three phones: the offer goes far enough to show what there is
    few = Preferences(min_ram_gb=16, brands_include=("Fairphone",))
    [ram] = [o for o in offers(recommender, few) if o.change.code == "less_ram"]
    assert ram.count == recommender.count(few.with_values(min_ram_gb=None)) > 0


def test_an_older_year_goes_back_as_far_as_it_must(recommender):
    prefs = Preferences(brands_include=("Fairphone",), min_year=2026)
    [older] = [o for o in offers(recommender, prefs) if o.change.code == "older_year"]
    assert older.count == recommender.count(prefs.with_values(min_year=2015)) > 0


def test_an_older_year_offered_is_the_newest_that_shows_three_phones(recommender):
    prefs = Preferences(min_year=2026, brands_include=("Sony",))
    [older] = [o for o in offers(recommender, prefs) if o.change.code == "older_year"]
    year = older.prefs.min_year
    assert older.change.text == f"Include phones from {year}" and older.count >= ENOUGH
    assert recommender.count(prefs.with_values(min_year=year + 1)) < ENOUGH


def test_each_single_change_says_what_it_gives_up(recommender):
    said = {o.change.code: o.change.text for o in offers(recommender, Preferences(
        budget_min=2000, brands_include=("Nokia",)))}
    assert said["lower_budget_min"] == "Lower the minimum price to $0"
    assert said["any_brand"] == "Allow other brands than Nokia"
    said = {o.change.text for o in offers(recommender, Preferences(size="compact", os="ios", require=("stylus",)))}
    assert {"Allow phones without a stylus", "Allow Android phones too", "Allow any size"} <= said
    said = {o.change.text for o in offers(recommender, Preferences(
        budget_max=120, brands_exclude=("Samsung", "Motorola"), require=("nfc", "5g"),
        exclude_features=("headphone_jack",)))}
    assert {"Allow Samsung", "Allow Motorola"} & said


def test_offers_that_show_three_phones_come_before_those_that_show_fewer_then_the_smallest_change(recommender):
    prefs = Preferences(budget_max=100, min_storage_gb=512, require=("water_resistance",))
    found = offers(recommender, prefs)
    enough = [o.count >= ENOUGH for o in found]
    assert enough == sorted(enough, reverse=True) and enough[0]
    # one storage step down (512 to 256 GB) moves the wish less than 64% more money
    assert [o.change.code for o in found[:2]] == ["less_storage", "raise_budget"]
    assert [o.change.code for o in found[2:]] == ["drop_feature", "older_year"]  # a feature before 7 years
    assert len(recommender.recommend(prefs).relaxations) == 4  # a shopper is offered at most four


def test_two_changes_together_are_offered_only_when_no_single_one_shows_three_phones(recommender):
    prefs = Preferences(brands_include=("Apple",), require=("stylus",), budget_max=100)
    found = offers(recommender, prefs)
    assert all(o.count < ENOUGH for o in found if o.change.code != "several")
    singles = [o.change.code == "several" for o in found]
    assert singles == sorted(singles) and singles.count(True) >= 2  # every single change first
    pair = next(o for o in found if o.change.code == "several")
    first, second = pair.change.values["changes"]
    assert pair.change.text == f"{first.text}, and {second.text[0].lower()}{second.text[1:]}"
    assert pair.count >= ENOUGH and pair.count == recommender.count(pair.prefs)
    assert not any(o.change.code == "several" for o in offers(recommender, Preferences(
        budget_max=100, min_storage_gb=512, require=("water_resistance",))))


def test_each_change_names_what_it_gives_back_in_the_shoppers_own_terms(recommender):
    said = {o.change.code: o for o in offers(recommender, Preferences(
        os="android", brands_include=("Fairphone", "Nokia"), budget_min=2000, currency="CNY"))}
    assert said["any_os"].change.text == "Allow iOS phones too"
    assert said["any_brand"].change.text == "Allow other brands than Fairphone / Nokia"
    assert said["lower_budget_min"].change.text == "Lower the minimum price to ¥0"


def test_allowing_a_refused_brand_takes_back_that_refusal_only(recommender):
    prefs = Preferences(brands_exclude=("Samsung", "Apple"), budget_max=130)
    [samsung] = [o for o in offers(recommender, prefs) if o.change.text == "Allow Samsung"]
    assert samsung.prefs == prefs.with_values(brands_exclude=("Apple",))
    assert samsung.count == recommender.count(samsung.prefs) > recommender.count(prefs)


def test_dropping_a_minimum_price_comes_before_giving_up_a_brand(recommender):
    """Both are single changes that show enough phones; a floor on price moves the wish least."""
    prefs = Preferences(brands_include=("Sony",), budget_min=1500)
    found = [o for o in offers(recommender, prefs) if o.count >= ENOUGH]
    codes = [o.change.code for o in found]
    assert codes.index("lower_budget_min") < codes.index("any_brand")


def test_an_older_year_goes_back_one_year_at_a_time(recommender):
    for brand in ("Nothing", "Oppo"):
        prefs = Preferences(brands_include=(brand,), min_year=2026)
        newest_with_three = next(year for year in range(2025, 2014, -1)
                                 if recommender.count(prefs.with_values(min_year=year)) >= ENOUGH)
        [older] = [o for o in offers(recommender, prefs) if o.change.code == "older_year"]
        assert older.prefs.min_year == newest_with_three


def test_a_feature_given_up_is_taken_out_of_the_wishes(recommender):
    [drop] = [o for o in offers(recommender, Preferences(brands_include=("Apple",), require=("stylus", "nfc")))
              if o.change.text == "Allow phones without a stylus"]
    assert drop.prefs.require == ("nfc",) and drop.count == recommender.count(drop.prefs) > 0
    [allow] = [o for o in offers(recommender, Preferences(brands_include=("Apple",), exclude_features=("esim", "stylus")))
               if o.change.text == "Allow phones with eSIM"]
    assert allow.prefs.exclude_features == ("stylus",) and allow.count == recommender.count(allow.prefs) > 0
