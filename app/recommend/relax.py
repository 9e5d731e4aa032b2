"""When (almost) nothing fits: the smallest changes to the preferences that would help.

Each hard constraint the shopper set can be relaxed on its own (raise the
budget just enough, allow another brand, drop one required feature, …). Single
changes come first; pairs only when no single change yields enough phones.
Offers are ordered by how many changes they make, then by how far they move
the shopper's wishes, and each carries the exact count of phones it yields.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Iterator

import numpy as np

from app.money import from_usd, money_text
from app.preferences import Preferences
from app.recommend.explain import FEATURE_WORDS, OS_WORDS, Explanation
from app.recommend.ranking import eligibility

if TYPE_CHECKING:
    from app.recommend import Recommender, Relaxation

ENOUGH = 3
OLDEST = 2015


def _steps(r: "Recommender", prefs: Preferences) -> Iterator[tuple[Preferences, Explanation, float]]:
    """Every single relaxation of `prefs`: (relaxed preferences, what changed, how far it moves)."""
    if prefs.budget_max is not None:
        others = eligibility(r.arrays, prefs.with_values(budget_max=None), r.settings.oldest_year_shown).ok
        prices = np.sort(r.arrays.price[others & ~np.isnan(r.arrays.price)])
        if len(prices):
            needed = from_usd(prices[min(ENOUGH, len(prices)) - 1], prefs.currency)
            new = float(math.ceil(needed))
            if new > prefs.budget_max:
                yield (prefs.with_values(budget_max=new),
                       Explanation("raise_budget", {"budget": money_text(new, prefs.currency), "amount": new}),
                       (new - prefs.budget_max) / max(prefs.budget_max, 1.0))
    if prefs.budget_min is not None:
        yield (prefs.with_values(budget_min=None),
               Explanation("lower_budget_min", {"budget": money_text(0, prefs.currency), "amount": 0}), 0.5)
    if prefs.brands_include:
        yield (prefs.with_values(brands_include=()),
               Explanation("any_brand", {"brands": " / ".join(prefs.brands_include)}), 1.0)
    for brand in prefs.brands_exclude:
        yield prefs.remove("brands_exclude", brand), Explanation("allow_brand", {"brand": brand}), 1.0
    if prefs.os:
        other = "ios" if prefs.os == "android" else "android"
        yield prefs.with_values(os=None), Explanation("any_os", {"os": OS_WORDS[other]}), 1.0
    for feature in prefs.require:
        yield (prefs.remove("require", feature),
               Explanation("drop_feature", {"feature": FEATURE_WORDS[feature]}), 0.8)
    for feature in prefs.exclude_features:
        yield (prefs.remove("exclude_features", feature),
               Explanation("allow_feature", {"feature": FEATURE_WORDS[feature]}), 0.8)
    for name, options, code, key in (("min_storage_gb", (512, 256, 128, 64, 32, 16), "less_storage", "storage"),
                                     ("min_ram_gb", (16, 12, 8, 6, 4, 3, 2), "less_ram", "ram")):
        current = getattr(prefs, name)
        if current is None:
            continue
        for amount in (o for o in options if o < current):
            relaxed = prefs.with_values(**{name: amount})
            if r.count(relaxed) >= ENOUGH or amount == options[-1]:
                yield relaxed, Explanation(code, {key: f"{amount} GB"}), 1.0 - amount / current
                break
    newest_allowed = prefs.min_year if prefs.min_year is not None else r.settings.oldest_year_shown
    newest_allowed = min(newest_allowed, int(r.arrays.year.max()) + 1)  # "from the year 1,000,000,000" ends today
    for year in range(newest_allowed - 1, OLDEST - 1, -1):
        relaxed = prefs.with_values(min_year=year)
        if r.count(relaxed) >= ENOUGH or year == OLDEST:
            yield relaxed, Explanation("older_year", {"year": year}), (newest_allowed - year) / 5.0
            break
    if prefs.size:
        yield prefs.with_values(size=None), Explanation("any_size", {}), 1.0


def relaxations(r: "Recommender", prefs: Preferences, limit: int = 4) -> list["Relaxation"]:
    from app.recommend import Relaxation

    offers: dict[Preferences, tuple] = {}
    singles = list(_steps(r, prefs))
    for relaxed, change, distance in singles:
        count = r.count(relaxed)
        if count:
            offers.setdefault(relaxed, (1, distance, count, change))
    if not any(count >= ENOUGH for _, _, count, _ in offers.values()):
        for first, change_a, distance_a in singles:
            for relaxed, change_b, distance_b in _steps(r, first):
                count = r.count(relaxed)
                if count and relaxed not in offers:
                    both = Explanation("several", {"first": change_a.text, "second": change_b.text[:1].lower()
                                                   + change_b.text[1:], "changes": [change_a, change_b]})
                    offers[relaxed] = (2, distance_a + distance_b, count, both)
    ranked = sorted(offers.items(), key=lambda item: (item[1][0], item[1][2] < ENOUGH, item[1][1], -item[1][2],
                                                       item[1][3].text))
    return [Relaxation(change=change, count=count, prefs=relaxed)
            for relaxed, (_, _, count, change) in ranked[:limit]]
