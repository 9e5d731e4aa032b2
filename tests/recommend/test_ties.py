"""Among phones that fit a shopper equally well, which comes first: the salesperson's prior, and what is confirmed.

DESIGN.md: the recommender breaks near-ties by how recent a phone is, how fast, and whether it is one
of the phones stores sell most (the curated launch-price list), and a match score stays in [0, 1].
These tests build small catalogs of twins that differ in one of those facts only.
"""

import numpy as np
import pytest

from app.catalog.scores import ASPECTS
from app.preferences import Preferences
from app.recommend.ranking import CatalogArrays, eligibility, relevance


def phone(number: int, year: int = 2026, best_seller: bool = False, performance: float = 0.5) -> dict:
    source = "curated launch prices" if best_seller else "gsmarena"
    return {
        "id": f"p{number}", "brand": "Acme", "model": f"Model {number}", "os": "android", "year": year,
        "price_usd": 400.0, "status": "available", "ram_gb": 8, "storage_gb": [128], "screen_in": 6.3,
        "weight_g": 180, "has_5g": 1, "nfc": 1, "wireless_charging": 0, "headphone_jack": 0,
        "expandable_storage": 0, "water_resistance": 1, "dual_sim": 1, "esim": 0, "stylus": 0, "foldable": 0,
        "prices": [{"source": source, "usd": 400.0}], "performance": performance,
    }


def arrays(phones: list[dict]) -> CatalogArrays:
    """Every aspect 0.5 except performance, which each twin sets."""
    matrix = np.full((len(phones), len(ASPECTS)), 0.5, dtype=np.float32)
    matrix[:, ASPECTS.index("performance")] = [p["performance"] for p in phones]
    return CatalogArrays.from_phones(phones, [p["id"] for p in phones], list(ASPECTS), matrix)


def match(phones: list[dict], prefs: Preferences = Preferences()) -> list[float]:
    score, _ = relevance(arrays(phones), prefs)
    return [float(s) for s in score]


def test_a_newer_twin_comes_first_year_by_year_for_five_years_then_age_no_longer_counts():
    years = [2026, 2025, 2024, 2023, 2022, 2021, 2020, 2018]
    scores = match([phone(i, year=y) for i, y in enumerate(years)])
    steps = -np.diff(scores)
    # each of the five years after the newest costs the same, and the same for every year
    assert steps[:5] == pytest.approx([steps[0]] * 5) and steps[0] > 0
    # five years or more behind the newest, a phone has no recency left to lose
    assert scores[5:] == pytest.approx([scores[5]] * 3)


def test_a_best_seller_comes_before_its_twin_and_before_a_newer_phone_that_is_not_one():
    best, twin, newer = match([phone(1, year=2025, best_seller=True), phone(2, year=2025),
                               phone(3, year=2026)])
    assert best > newer > twin


def test_the_price_list_that_marks_a_best_seller_is_the_curated_one_only():
    seller = phone(1, best_seller=True)
    seller["prices"] = [{"source": "gsmarena", "usd": 380.0}, {"source": "curated launch prices", "usd": 400.0}]
    unmarked = phone(2)
    unmarked["prices"] = [{"source": "gsmarena", "usd": 380.0}, {"source": "a store's own list", "usd": 400.0}]
    seller_score, unmarked_score = match([seller, unmarked])
    assert seller_score > unmarked_score


def test_with_nothing_else_to_go_on_a_faster_twin_comes_first():
    fast, slow = match([phone(1, performance=0.9), phone(2, performance=0.3)])
    assert fast > slow


def test_the_prior_and_the_match_stay_between_nothing_and_everything():
    newest_fastest_best_seller = phone(1, year=2026, best_seller=True, performance=1.0)
    old_slow_unlisted = phone(2, year=2015, performance=0.0)
    a = arrays([newest_fastest_best_seller, old_slow_unlisted])
    assert a.prior.tolist() == pytest.approx([1.0, 0.0])
    for prefs in (Preferences(), Preferences(priorities=("camera",)), Preferences(priorities=("performance",))):
        score, _ = relevance(a, prefs)
        assert 0.0 <= score.min() and score.max() <= 1.0


def test_the_prior_counts_less_once_the_shopper_has_said_what_matters():
    """A best seller's lead over its twin shrinks once a priority is stated, and never outvotes it."""
    seller, twin = phone(1, best_seller=True), phone(2)
    said_nothing = np.subtract(*match([seller, twin]))
    said_camera = np.subtract(*match([seller, twin], Preferences(priorities=("camera",))))
    assert 0 < said_camera < said_nothing


def test_each_wish_the_catalog_cannot_confirm_counts_once_against_a_phone():
    """Phones are shown confirmed first, then by how many of the shopper's wishes they might not meet."""
    known = phone(1)
    no_storage_or_ram = phone(2)
    no_storage_or_ram.update(storage_gb=[], ram_gb=None)
    nothing_known = phone(3)
    nothing_known.update(storage_gb=[], ram_gb=None, weight_g=None, nfc=None)
    prefs = Preferences(min_storage_gb=128, min_ram_gb=8, size="compact", require=("nfc",))
    found = eligibility(arrays([known, no_storage_or_ram, nothing_known]), prefs, oldest_year=2015)
    assert found.ok.tolist() == [True, True, True]
    assert found.unconfirmed.tolist() == [0, 2, 4]
