"""Prices per market: the build's checks, the curated launch prices, and the price a shopper sees."""

import datetime as dt
import math

import pytest

from app.catalog import prices as P
from app.catalog import price_for_market
from app.catalog.sources import match_key


def fact(market, price, kind, as_of=None, source="test", currency=None):
    return {"market": market, "currency": currency or P.MARKET_CURRENCY[market], "price": price, "kind": kind,
            "as_of": as_of, "source": source}


TODAY = dt.date(2026, 12, 1)


def test_a_fresh_street_price_comes_first():
    facts = [fact("US", 799, "launch", "2025-09-09"), fact("US", 649, "street", "2026-09-05"),
             fact("US", 699, "street", "2026-04-07")]
    shown = P.shown_price(facts, "US", TODAY)
    assert (shown["price"], shown["kind"], shown["as_of"]) == (649, "street", "2026-09-05")


def test_a_street_price_older_than_a_year_gives_way_to_the_launch_price():
    facts = [fact("US", 799, "launch", "2024-09-09"), fact("US", 500, "street", "2025-01-17")]
    assert P.shown_price(facts, "US", TODAY)["kind"] == "launch"


def test_a_curated_launch_price_beats_a_sources():
    facts = [fact("US", 849, "launch", None, "mobiles2025"), fact("US", 599.99, "launch", "2025-01-07", "curated: x")]
    assert P.shown_price(facts, "US", TODAY)["price"] == 599.99


def test_old_street_price_of_the_market_then_conversion_marked_as_such():
    old = [fact("US", 359.99, "street", "2025-01-17"), fact("EU", 69.99, "street", "2025-01-17")]
    assert P.shown_price(old, "US", TODAY)["price"] == 359.99
    shown = P.shown_price([fact("EU", 500, "launch", "2025-03-01")], "US", TODAY)
    assert shown["kind"] == "converted" and shown["usd"] == pytest.approx(500 * 1.03)
    assert P.shown_price([], "US", TODAY) is None


def test_sold_in_is_where_a_price_is():
    assert P.sold_in([fact("EU", 1, "launch"), fact("IN", 1, "street", "2026-01-15")]) == ["EU", "IN"]


def test_sanity_check_drops_impossible_and_implausible_prices():
    phones = [{"brand": "Acme", "year": 2025, "_prices": [fact("US", v, "launch")]}
              for v in (300, 320, 350, 280, 310)]
    phones.append({"brand": "Acme", "year": 2025, "_prices": [
        fact("US", math.inf, "launch"), fact("US", 0.0, "launch"), fact("US", -5, "launch"),
        fact("US", 1e308 * 10, "street", "2026-01-01"), fact("US", 9000, "launch"), fact("US", 0.001, "launch"),
        fact("US", 330, "street", "2026-01-01")]})
    dropped = P.sane_prices(phones)
    assert dropped == {"not_positive_or_not_finite": 4, "implausible_for_brand_and_year": 2,
                       "far_from_the_phones_other_prices": 0}
    assert [f["price"] for f in phones[-1]["_prices"]] == [330]


def test_a_price_far_from_the_phones_other_prices_is_dropped():
    foldable = {"brand": "Honor", "year": 2024, "_prices": [
        fact("EU", 1298.97, "street", "2025-01-17"), fact("UK", 1349, "street", "2025-01-17"),
        fact("US", 65.62, "street", "2025-01-17"), fact("IN", 159999, "launch")]}
    cheap = [{"brand": "Honor", "year": 2024, "_prices": [fact("EU", v, "launch")]} for v in (99, 120, 150, 200)]
    dropped = P.sane_prices([foldable, *cheap])
    assert dropped["far_from_the_phones_other_prices"] == 1
    assert "US" not in P.sold_in(foldable["_prices"])


def test_curated_rows_all_say_where_they_came_from():
    rows = P.read_curated()
    assert len(rows) >= 80
    for row in rows:
        assert row["source"].startswith("curated: ") and len(row["source"]) > 20
        assert row["currency"] == P.MARKET_CURRENCY[row["market"]] and row["price"] > 0
        dt.date.fromisoformat(row["as_of"])
    keys = [(match_key(r["brand"], r["model"]), r["market"]) for r in rows]
    assert len(keys) == len(set(keys)), "one curated price per phone and market"


def test_the_builds_launch_prices_match_the_curated_table(catalog):
    facts = catalog.price_facts()
    phones = catalog.phones()
    by_key = {match_key(p["brand"], p["model"]): p["id"] for p in phones}
    by_name = {(p["brand"], p["model"].lower()): p["id"] for p in phones}
    missing = []
    for row in P.read_curated():
        phone_id = (by_name.get((row["brand"], row["model"].lower()))
                    or by_key.get(match_key(row["brand"], row["model"])))
        if phone_id is None:
            missing.append(row["model"])
            continue
        launch = [f for f in facts[phone_id] if f["market"] == row["market"] and f["kind"] == "launch"]
        assert [f["price"] for f in launch] == [row["price"]], (row["model"], row["market"])
    # Only phones no source knows may be missing (the build reports them as unmatched).
    assert missing == ["Moto G Stylus (2025)"]


@pytest.mark.parametrize("phone_id, market, price", [
    ("oneplus-13r", "US", 599.99),          # the Kaggle file says $849
    ("apple-iphone-se-2022", "US", 429),    # was $160
    ("samsung-galaxy-s25", "US", 799.99),
    ("apple-iphone-16e", "IN", 59900),
    ("google-pixel-9a", "UK", 499),
])
def test_known_launch_prices(catalog, phone_id, market, price):
    launch = [f["price"] for f in catalog.price_facts(phone_id)[phone_id]
              if f["market"] == market and f["kind"] == "launch"]
    assert launch == [price]


def test_store_price_comes_first_and_makes_a_phone_sold_here():
    phone = {"id": "x", "markets": ["EU"], "prices": [fact("EU", 500, "launch", "2025-03-01")]}
    price_for_market(phone, "US", today=TODAY)
    assert not phone["sold_here"] and phone["price"]["kind"] == "converted" and not phone["store_price"]
    price_for_market(phone, "US", {"price": 449.0, "currency": "USD", "in_stock": 1}, TODAY)
    assert phone["sold_here"] and phone["price_usd"] == 449 and phone["price"]["kind"] == "store"
    assert phone["in_stock"] is True and phone["store_price"]


def test_what_the_card_says_about_a_price():
    assert P.price_words(fact("US", 649, "street", "2026-09-05"), "$649") == "seen in Sep 2026"
    assert P.price_words(fact("US", 799, "launch", "2025-09-09"), "$799") == "launch price"
    assert P.price_words({**fact("EU", 500, "launch"), "kind": "converted"}, "$515") == \
        "converted from the EU price"
    assert P.price_words({**fact("US", 1, "store"), "kind": "store"}, "$1") == "store price"


@pytest.mark.parametrize("brand, model, only", [
    ("Xiaomi", "Redmi K90", True), ("Xiaomi", "Redmi Turbo 4", True), ("OnePlus", "Ace 6 Ultra", True),
    ("Realme", "Neo8", True), ("Vivo", "iQOO Neo11 Ultra", True), ("Oppo", "K15 Pro+", True),
    ("Honor", "X70", True), ("Oppo", "Reno12 (China)", True), ("Motorola", "Moto S50", True),
    ("Xiaomi", "Redmi Note 15", False), ("OnePlus", "13", False), ("Honor", "X9c", False),
    ("Realme", "GT 8 Pro", False), ("Oppo", "Find X9", False), ("Samsung", "Galaxy A56", False),
    ("Motorola", "Moto G Power (2025)", False),
])
def test_china_only_series(brand, model, only):
    assert P.china_only(brand, model) is only
