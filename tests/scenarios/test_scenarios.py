"""Shopper situations with the answers a phone expert would agree with (shoppers.json)."""

import json
import re
from pathlib import Path

import pytest

from app.preferences import Preferences
from app.recommend.ranking import FEATURE_COLUMNS

SCENARIOS = json.loads((Path(__file__).parent / "shoppers.json").read_text(encoding="utf-8"))


def check_phone(item, rules):
    phone = item.phone
    checks = {
        "screen_in_max": lambda v: phone["screen_in"] <= v,
        "screen_in_min": lambda v: phone["screen_in"] >= v,
        "price_max": lambda v: phone["price_usd"] is not None and phone["price_usd"] <= v,
        "battery_min": lambda v: (phone["battery_mah"] or 0) >= v,
        "weight_max": lambda v: phone["weight_g"] is not None and phone["weight_g"] <= v,
        "storage_min": lambda v: max(phone["storage_gb"] or [0]) >= v,
        "brand": lambda v: phone["brand"] == v,
        "brand_in": lambda v: phone["brand"] in v,
        "brand_not": lambda v: phone["brand"] != v,
        "os": lambda v: phone["os"] == v,
        "feature": lambda v: phone[FEATURE_COLUMNS[v]] == 1,
        "feature_not": lambda v: phone[FEATURE_COLUMNS[v]] != 1,
        "aspect_min": lambda v: all((item.aspects[a] or 0) >= m for a, m in v.items()),
    }
    for rule, value in rules.items():
        assert checks[rule](value), f"{phone['brand']} {phone['model']} fails {rule}={value}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(recommender, scenario):
    expect = scenario["expect"]
    results = recommender.recommend(Preferences.from_dict(scenario["prefs"]), top=expect.get("top", 5))
    if "relaxations_min" in expect:
        assert len(results.relaxations) >= expect["relaxations_min"]
        return
    assert len(results.results) == expect["top"]
    for item in results.results:
        check_phone(item, expect.get("all", {}))
    if "any_model_matches" in expect:
        names = [f"{r.phone['brand']} {r.phone['model']}" for r in results.results]
        assert any(re.search(expect["any_model_matches"], n) for n in names), names
