"""Which question to ask next: the one whose answer would move the top picks most.

For every question the shopper has not answered yet, a few typical answers are
imagined, each with a likelihood. Each imagined answer is ranked (cheap: the
whole catalog is arrays), and the expected change of the top picks is the
likelihood-weighted share of top phones that would be replaced. The question
with the largest expected change wins; when none would change even one pick in
five on average, the top picks are settled and no question is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.preferences import BRANDS, QUESTIONS, Preferences

if TYPE_CHECKING:
    from app.recommend import Recommender

TOP = 5
SETTLED_BELOW = 0.2   # expected share of the top five that would change


def answered(prefs: Preferences) -> set[str]:
    done = set()
    if prefs.budget_max is not None or prefs.budget_min is not None:
        done.add("budget")
    if prefs.os or "Apple" in prefs.brands_include:
        done.add("os")
    if prefs.brands_include or prefs.brands_exclude:
        done.add("brands")
    if prefs.size:
        done.add("size")
    if prefs.use_cases:
        done.add("use_cases")
    said = set(prefs.priorities) | set(prefs.deprioritized)
    for question in ("camera", "battery", "performance"):
        if question in said:
            done.add(question)
    if prefs.require or prefs.exclude_features:
        done.add("features")
    if prefs.min_storage_gb is not None or "storage" in said:
        done.add("storage")
    return done


def imagined_answers(r: "Recommender", prefs: Preferences, question: str,
                     candidates: np.ndarray) -> list[tuple[float, Preferences]]:
    """(likelihood, preferences after that answer) for a few typical answers."""
    if question == "budget":
        prices = r.arrays.price[candidates]
        prices = prices[~np.isnan(prices)]
        if len(prices) < 4:
            return []
        return [(0.25, prefs.with_values(budget_max=float(np.percentile(prices, q)))) for q in (20, 40, 60, 80)]
    if question == "os":
        return [(0.5, prefs.with_values(os="android")), (0.3, prefs.with_values(os="ios"))]
    if question == "size":
        return [(0.3, prefs.with_values(size="compact")), (0.3, prefs.with_values(size="large"))]
    if question in ("camera", "battery", "performance"):
        return [(0.5, prefs.merge(Preferences(priorities=(question,)))),
                (0.2, prefs.merge(Preferences(deprioritized=(question,))))]
    if question == "use_cases":
        return [(0.15, prefs.merge(Preferences(use_cases=(u,))))
                for u in ("gaming", "photography", "business", "senior", "social_media")]
    if question == "features":
        return [(0.15, prefs.merge(Preferences(require=(f,))))
                for f in ("headphone_jack", "water_resistance", "wireless_charging", "expandable_storage")]
    if question == "storage":
        return [(0.3, prefs.with_values(min_storage_gb=256)), (0.3, prefs.merge(Preferences(priorities=("storage",))))]
    if question == "brands":
        brands, counts = np.unique(r.arrays.brand[candidates[:200]], return_counts=True)
        common = [str(b) for b in brands[np.argsort(-counts)][:3] if str(b) in BRANDS]
        return ([(0.1, prefs.with_values(brands_include=(b,))) for b in common]
                + [(0.1, prefs.with_values(brands_exclude=(b,))) for b in common])
    return []


def next_question(r: "Recommender", prefs: Preferences, ranked: np.ndarray, score: np.ndarray) -> str | None:
    if len(ranked) <= TOP:
        return None
    current = set(ranked[:TOP].tolist())
    done = answered(prefs)
    best, best_change = None, SETTLED_BELOW
    for question in QUESTIONS:
        if question in done:
            continue
        change = 0.0
        for likelihood, after in imagined_answers(r, prefs, question, ranked):
            order, _, _ = r.order(after)
            top = set(order[:TOP].tolist())
            change += likelihood * (1.0 - len(top & current) / TOP)
        if change > best_change:
            best, best_change = question, change
    return best
