"""The questions of the flow, and which one to ask next.

Every question is defined here, once, with its options and the Preferences each
option stands for, so a tap means the same thing in the GUI, the `converse`
command and the tests. The GUI only lays the options out.

Which question comes next: for every question the shopper has not answered,
skipped or made pointless by what they said, a few typical answers are imagined,
each with a likelihood. Each imagined answer is ranked over the phones that fit
now (cheap: arrays), and the expected change of the top picks is the
likelihood-weighted share of top phones that would be replaced. The question
with the largest expected change wins; when none would change even one pick in
six on average, the top picks are settled and no question is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.money import money_text
from app.preferences import BRANDS, FEATURES, QUESTIONS, USE_CASES, Preferences
from app.recommend.ranking import CatalogArrays, eligibility, relevance
from app.translatable import QT_TR_NOOP

if TYPE_CHECKING:
    from app.recommend import Recommender

TOP = 5
SETTLED_BELOW = 0.15   # expected share of the top five that would change
MOST_QUESTIONS = 5     # a shopper is never asked more than this many questions

# One-tap budgets in each store currency: round amounts as shoppers there say them.
BUDGET_PRESETS = {
    "USD": (200, 300, 500, 800, 1200),
    "EUR": (200, 300, 500, 800, 1200),
    "GBP": (150, 250, 400, 700, 1000),
    "CNY": (1500, 2000, 3000, 5000, 8000),
    "INR": (10000, 15000, 25000, 40000, 80000),
}
# Brands offered as buttons (the wish box takes any brand of `BRANDS`).
SHOWN_BRANDS = ("Apple", "Samsung", "Google", "Xiaomi", "OnePlus", "Motorola", "Huawei", "Honor", "Oppo", "Vivo",
                "Sony", "Nothing")
STORAGE_GB = (64, 128, 256, 512)


@dataclass(frozen=True)
class Option:
    id: str
    label: str                 # label key: English text the GUI translates
    prefs: Preferences         # what choosing it says


@dataclass(frozen=True)
class Question:
    id: str
    title: str                 # title key
    multiple: bool             # several options may be chosen
    options: tuple[Option, ...]
    amount: bool = False       # also takes a typed amount (the budget, in the store's currency)


TITLES = {
    "budget": QT_TR_NOOP("What is your budget?"), "os": QT_TR_NOOP("Which system do you prefer?"),
    "brands": QT_TR_NOOP("Any brands you want, or want to avoid?"), "size": QT_TR_NOOP("What size suits you?"),
    "use_cases": QT_TR_NOOP("What will you use it for?"), "camera": QT_TR_NOOP("How important is the camera?"),
    "battery": QT_TR_NOOP("How important is battery life?"), "performance": QT_TR_NOOP("How important is speed?"),
    "features": QT_TR_NOOP("Any must-have features?"), "storage": QT_TR_NOOP("How much storage do you need?"),
}
# Aspect, feature and use-case words as the option buttons say them.
USE_CASE_NAMES = {
    "gaming": QT_TR_NOOP("Gaming"), "photography": QT_TR_NOOP("Photography"), "video": QT_TR_NOOP("Video"),
    "business": QT_TR_NOOP("Work"), "senior": QT_TR_NOOP("For an older person"), "kids": QT_TR_NOOP("For a child"),
    "travel": QT_TR_NOOP("Travel"), "social_media": QT_TR_NOOP("Social media"), "outdoor": QT_TR_NOOP("Outdoors"),
    "music": QT_TR_NOOP("Music"),
}
FEATURE_NAMES = {
    "5g": QT_TR_NOOP("5G"), "nfc": QT_TR_NOOP("NFC"), "wireless_charging": QT_TR_NOOP("Wireless charging"),
    "headphone_jack": QT_TR_NOOP("Headphone jack"), "expandable_storage": QT_TR_NOOP("Memory card"),
    "water_resistance": QT_TR_NOOP("Water resistant"), "dual_sim": QT_TR_NOOP("Dual SIM"),
    "esim": QT_TR_NOOP("eSIM"), "stylus": QT_TR_NOOP("Stylus"), "foldable": QT_TR_NOOP("Foldable"),
}


def budget_prefs(amount: float, currency: str) -> Preferences:
    return Preferences(budget_max=float(amount), currency=currency)


def question(question_id: str, currency: str = "USD") -> Question:
    """The question `question_id` as a store pricing in `currency` shows it."""
    if question_id not in QUESTIONS:
        raise KeyError(f"unknown question {question_id!r}; known: {', '.join(QUESTIONS)}")
    title = TITLES[question_id]
    if question_id == "budget":
        presets = BUDGET_PRESETS.get(currency, BUDGET_PRESETS["USD"])
        options = tuple(Option(str(a), money_text(a, currency), budget_prefs(a, currency)) for a in presets)
        return Question("budget", title, False, options, amount=True)
    if question_id == "os":
        return Question("os", title, False, (Option("android", QT_TR_NOOP("Android"), Preferences(os="android")),
                                             Option("ios", QT_TR_NOOP("iPhone (iOS)"), Preferences(os="ios")),
                                             Option("either", QT_TR_NOOP("Either"), Preferences())))
    if question_id == "size":
        return Question("size", title, False, (Option("compact", QT_TR_NOOP("Compact"), Preferences(size="compact")),
                                               Option("large", QT_TR_NOOP("Large screen"), Preferences(size="large")),
                                               Option("any", QT_TR_NOOP("Doesn't matter"), Preferences())))
    if question_id in ("camera", "battery", "performance"):
        return Question(question_id, title, False, (
            Option("high", QT_TR_NOOP("Very important"), Preferences(priorities=(question_id,))),
            Option("some", QT_TR_NOOP("Somewhat"), Preferences()),
            Option("low", QT_TR_NOOP("Not important"), Preferences(deprioritized=(question_id,)))))
    if question_id == "use_cases":
        return Question("use_cases", title, True, tuple(
            Option(u, USE_CASE_NAMES[u], Preferences(use_cases=(u,))) for u in USE_CASES))
    if question_id == "features":
        return Question("features", title, True, tuple(
            Option(f, FEATURE_NAMES[f], Preferences(require=(f,))) for f in FEATURES))
    if question_id == "storage":
        return Question("storage", title, False, tuple(
            Option(str(gb), f"{gb} GB", Preferences(min_storage_gb=gb)) for gb in STORAGE_GB)
            + (Option("lots", QT_TR_NOOP("Lots"), Preferences(priorities=("storage",))),))
    # brands: each shown brand can be wanted or avoided
    return Question("brands", title, True, tuple(
        Option(f"{side}:{b}", b, Preferences(**{field: (b,)}))
        for side, field in (("want", "brands_include"), ("avoid", "brands_exclude")) for b in SHOWN_BRANDS))


def answered(prefs: Preferences) -> set[str]:
    """The questions that what the shopper said already answers, or makes pointless."""
    done = set()
    if prefs.budget_max is not None or prefs.budget_min is not None:
        done.add("budget")
    if prefs.os or (prefs.brands_include and (set(prefs.brands_include) == {"Apple"}
                                              or "Apple" not in prefs.brands_include)):
        done.add("os")  # the wanted brands already decide the system
    if prefs.brands_include or prefs.brands_exclude or prefs.os == "ios":
        done.add("brands")
    if prefs.size:
        done.add("size")
    if prefs.use_cases:
        done.add("use_cases")
    said = set(prefs.priorities) | set(prefs.deprioritized)
    for aspect in ("camera", "battery", "performance"):
        if aspect in said:
            done.add(aspect)
    if prefs.require or prefs.exclude_features:
        done.add("features")
    if prefs.min_storage_gb is not None or "storage" in said:
        done.add("storage")
    return done


def imagined_answers(r: "Recommender", prefs: Preferences, question_id: str,
                     candidates: np.ndarray) -> list[tuple[float, Preferences]]:
    """(likelihood, preferences after that answer) for a few typical answers."""
    if question_id == "budget":
        prices = r.arrays.price[candidates]
        prices = prices[~np.isnan(prices)]
        if len(prices) < 4:
            return []
        return [(0.225, prefs.with_values(budget_max=float(np.percentile(prices, q)), currency="USD"))
                for q in (20, 40, 60, 80)]
    # How often shoppers give each answer: a prior for a store's shoppers, not a fit to any test.
    if question_id == "os":
        return [(0.4, prefs.with_values(os="android")), (0.4, prefs.with_values(os="ios"))]
    if question_id == "size":
        return [(0.2, prefs.with_values(size="compact")), (0.25, prefs.with_values(size="large"))]
    if question_id in ("camera", "battery", "performance"):
        return [(0.35, prefs.merge(Preferences(priorities=(question_id,)))),
                (0.1, prefs.merge(Preferences(deprioritized=(question_id,))))]
    if question_id == "use_cases":
        return [(0.04, prefs.merge(Preferences(use_cases=(u,))))
                for u in ("gaming", "photography", "business", "senior", "social_media", "kids")]
    if question_id == "features":
        return [(0.08, prefs.merge(Preferences(require=(f,))))
                for f in ("headphone_jack", "water_resistance", "wireless_charging", "expandable_storage", "esim")]
    if question_id == "storage":
        return [(0.15, prefs.with_values(min_storage_gb=256)), (0.1, prefs.merge(Preferences(priorities=("storage",))))]
    if question_id == "brands":
        brands, counts = np.unique(r.arrays.brand[candidates[:200]], return_counts=True)
        common = [str(b) for b in brands[np.argsort(-counts)][:3] if str(b) in BRANDS]
        return ([(0.08, prefs.with_values(brands_include=(b,))) for b in common]
                + [(0.08, prefs.with_values(brands_exclude=(b,))) for b in common])
    return []


def _top_after(r: "Recommender", after: Preferences, pool: CatalogArrays) -> set[int]:
    """The top phones of `pool` (the phones that fit now, as arrays of their own) for the imagined answer
    `after`, as positions in the pool.

    Every imagined answer only narrows what fits or re-weighs the aspects, so the phones that fit
    after it are among those that fit now: ranking the pool is exact for eligibility and far cheaper
    than ranking the catalog. The rules are the recommender's own (`eligibility`, `relevance`)."""
    fits = np.flatnonzero(eligibility(pool, after, r.settings.oldest_year_shown).ok)
    score, _ = relevance(pool, after)
    return set(fits[np.argsort(-score[fits], kind="stable")[:TOP]].tolist())


def next_question(r: "Recommender", prefs: Preferences, ranked: np.ndarray,
                  not_again: set[str] = frozenset()) -> str | None:
    """The question whose answer would change the top picks most; None when they are settled."""
    if len(ranked) <= TOP:
        return None
    pool = r.arrays.subset(ranked[:600])
    current = _top_after(r, prefs, pool)
    done = answered(prefs) | set(not_again)
    best, best_change = None, SETTLED_BELOW
    for question_id in QUESTIONS:
        if question_id in done:
            continue
        change = 0.0
        for likelihood, after in imagined_answers(r, prefs, question_id, ranked):
            change += likelihood * (1.0 - len(_top_after(r, after, pool) & current) / TOP)
        if change > best_change:
            best, best_change = question_id, change
    return best
