"""The catalog as arrays, and the two cheap operations every ranking needs:
which phones may be shown (eligibility) and how well each fits (relevance).

Everything here is vectorised over the whole catalog, so one ranking of the
5,000-phone catalog takes about a millisecond and the recommender can afford to
rank many "what if" variants (relaxations, the next question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

import numpy as np

from app.catalog import price_for_market
from app.catalog.scores import ASPECTS, COMPACT_MAX_G, COMPACT_MAX_IN, LARGE_MIN_IN
from app.money import UnknownCurrency, to_usd
from app.preferences import FEATURES, Preferences
from app.recommend.weights import aspect_weights

__all__ = ["COMPACT_MAX_IN", "COMPACT_MAX_G", "LARGE_MIN_IN", "CatalogArrays", "Eligibility", "eligibility",
           "relevance", "family", "budget_in_usd"]

# How much the prior (recency, benchmark, best seller) counts beside the fit to what the shopper said:
# enough to break near-ties the way a salesperson would, never enough to outvote a stated wish, so
# it counts less once the shopper has said what matters (a gamer's chip before a best seller).
PRIOR_WEIGHT = 0.2
PRIOR_WEIGHT_STATED = 0.1

FEATURE_COLUMNS = {
    "5g": "has_5g", "nfc": "nfc", "wireless_charging": "wireless_charging", "headphone_jack": "headphone_jack",
    "expandable_storage": "expandable_storage", "water_resistance": "water_resistance", "dual_sim": "dual_sim",
    "esim": "esim", "stylus": "stylus", "foldable": "foldable",
}


def family(phone: dict) -> str:
    """Variants of one model share a family: 'Galaxy S24 Ultra' and 'Galaxy S24+' -> 'galaxy s24'."""
    name = phone["model"].lower()
    name = re.sub(r"\(.*?\)|\b(5g|4g|lte|pro|max|plus|ultra|mini|lite|neo|fe|se|edge|prime|\+)\b|\+", " ", name)
    return phone["brand"].lower() + " " + " ".join(name.split())


@dataclass
class CatalogArrays:
    phones: list[dict]
    ids: list[str]
    index: dict[str, int]
    brand: np.ndarray          # str
    os: np.ndarray             # str
    year: np.ndarray           # int
    price: np.ndarray          # float, NaN unknown: the price shown in the store's market, in USD
    in_stock: np.ndarray       # float: 1, 0, NaN unknown
    offered: np.ndarray        # bool: may be shown in this store (sold in its market, or on its list)
    coming_soon: np.ndarray    # bool
    ram: np.ndarray            # float, NaN unknown
    storage: np.ndarray        # float (largest option), NaN unknown
    screen: np.ndarray         # float, NaN unknown
    weight: np.ndarray         # float, NaN unknown
    features: np.ndarray       # float [n, len(FEATURES)]: 1, 0, NaN unknown
    aspects: np.ndarray        # float [n, len(ASPECTS)] in [0, 1], NaN filled (see from_catalog)
    aspects_known: np.ndarray  # bool [n, len(ASPECTS)]
    family: np.ndarray         # int family id
    prior: np.ndarray          # float [0, 1]: recency, benchmark, and being one of the phones stores sell most
    market: str = "US"
    only_assortment: bool = False

    @classmethod
    def from_phones(cls, phones: list[dict], aspect_ids: list[str], aspect_names: list[str],
                    matrix: np.ndarray) -> "CatalogArrays":
        order = {pid: i for i, pid in enumerate(aspect_ids)}
        columns = [aspect_names.index(a) for a in ASPECTS]
        raw = np.full((len(phones), len(ASPECTS)), np.nan, dtype=np.float32)
        for i, p in enumerate(phones):
            if p["id"] in order:
                raw[i] = matrix[order[p["id"]], columns]
        known = ~np.isnan(raw)
        # An unknown aspect counts as a little below the typical phone: not a guess in the
        # phone's favour, and not a punishment as if it were the worst.
        typical = np.nanpercentile(raw, 35, axis=0)
        filled = np.where(known, raw, typical[None, :]).astype(np.float32)

        def column(name, cast=float):
            return np.array([np.nan if p[name] is None else cast(p[name]) for p in phones], dtype=np.float64)

        families: dict[str, int] = {}
        family_ids = np.array([families.setdefault(family(p), len(families)) for p in phones])
        year = np.array([p["year"] for p in phones])
        # what a store sells is mostly this year's and last year's phones
        recency = np.clip((year - (year.max() - 5)) / 5.0, 0, 1)
        perf = filled[:, ASPECTS.index("performance")]
        # The curated launch-price table lists the phones stores sell most: a salesperson's prior.
        bestseller = np.array([any(f["source"].startswith("curated") for f in p.get("prices", ())) for p in phones],
                              dtype=np.float32)
        return cls(
            phones=phones,
            ids=[p["id"] for p in phones],
            index={p["id"]: i for i, p in enumerate(phones)},
            brand=np.array([p["brand"] for p in phones]),
            os=np.array([p["os"] for p in phones]),
            year=year,
            price=column("price_usd"),
            in_stock=np.array([np.nan if p.get("in_stock") is None else float(p["in_stock"]) for p in phones]),
            offered=np.array([p.get("sold_here", True) for p in phones], dtype=bool),
            coming_soon=np.array([p["status"] == "coming_soon" for p in phones]),
            ram=column("ram_gb"),
            storage=np.array([max(p["storage_gb"]) if p["storage_gb"] else np.nan for p in phones], dtype=float),
            screen=column("screen_in"),
            weight=column("weight_g"),
            features=np.column_stack([column(FEATURE_COLUMNS[f]) for f in FEATURES]),
            aspects=filled,
            aspects_known=known,
            family=family_ids,
            prior=(0.45 * recency + 0.15 * perf + 0.4 * bestseller).astype(np.float32),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def subset(self, rows: np.ndarray) -> "CatalogArrays":
        """The same arrays for `rows` only: many cheap "what if" rankings over the phones that fit now."""
        taken = {f.name: getattr(self, f.name) for f in fields(self)}
        taken.update({name: value[rows] for name, value in taken.items() if isinstance(value, np.ndarray)})
        taken["phones"] = [self.phones[i] for i in rows]
        taken["ids"] = [self.ids[i] for i in rows]
        taken["index"] = {phone_id: k for k, phone_id in enumerate(taken["ids"])}
        return CatalogArrays(**taken)

    def set_market(self, market: str, store_items: dict[str, dict] | None = None, only_assortment: bool = False,
                   today=None) -> None:
        """Price every phone for the store's market and its own list, in place; the Recommender calls it
        when the store's settings or its list change (`StoreDatabase.generation()` tells when).

        `store_items` is `StoreDatabase.active_items()`. A phone is offered when it is sold in
        the market or on the store's list; with `only_assortment`, only when on the list.
        Takes a few tens of milliseconds for the whole catalog.
        """
        store_items = store_items or {}
        for phone in self.phones:
            price_for_market(phone, market, store_items.get(phone["id"]), today)
        self.market, self.only_assortment = market, only_assortment
        self.price = np.array([np.nan if p["price_usd"] is None else p["price_usd"] for p in self.phones])
        self.in_stock = np.array([np.nan if p["in_stock"] is None else float(p["in_stock"]) for p in self.phones])
        on_list = np.array([p["store_price"] for p in self.phones], dtype=bool)
        sold = np.array([p["sold_here"] for p in self.phones], dtype=bool)
        self.offered = on_list if only_assortment else sold


@dataclass
class Eligibility:
    ok: np.ndarray            # bool: passes every hard constraint (unknowns allowed)
    unconfirmed: np.ndarray   # int: how many required facts are unknown for the phone
    budget_max_usd: float | None
    budget_min_usd: float | None


def budget_in_usd(amount: float | None, currency: str | None) -> float | None:
    if amount is None:
        return None
    try:
        return to_usd(amount, currency)
    except UnknownCurrency:
        return to_usd(amount, None)  # an unknown code: read the amount as catalog dollars


def eligibility(c: CatalogArrays, prefs: Preferences, oldest_year: int) -> Eligibility:
    ok = c.offered.copy()  # a store shows only what is sold in its market (or on its own list)
    unconfirmed = np.zeros(len(c), dtype=np.int32)
    high = budget_in_usd(prefs.budget_max, prefs.currency)
    low = budget_in_usd(prefs.budget_min, prefs.currency)
    if high is not None:
        ok &= c.price <= high          # an unknown price cannot be shown as within budget
    if low is not None:
        ok &= c.price >= low
    if prefs.brands_include:
        ok &= np.isin(c.brand, prefs.brands_include)
    if prefs.brands_exclude:
        ok &= ~np.isin(c.brand, prefs.brands_exclude)
    if prefs.os:
        ok &= c.os == prefs.os
    for feature in prefs.require:
        values = c.features[:, FEATURES.index(feature)]
        ok &= values != 0
        unconfirmed += np.isnan(values)
    for feature in prefs.exclude_features:
        ok &= c.features[:, FEATURES.index(feature)] != 1
    if prefs.min_storage_gb is not None:
        ok &= ~(c.storage < prefs.min_storage_gb)
        unconfirmed += np.isnan(c.storage)
    if prefs.min_ram_gb is not None:
        ok &= ~(c.ram < prefs.min_ram_gb)
        unconfirmed += np.isnan(c.ram)
    ok &= c.year >= (prefs.min_year if prefs.min_year is not None else oldest_year)
    if prefs.size == "compact":
        ok &= (c.screen <= COMPACT_MAX_IN) & ~(c.weight > COMPACT_MAX_G)
        unconfirmed += np.isnan(c.weight)
    elif prefs.size == "large":
        ok &= c.screen >= LARGE_MIN_IN
    return Eligibility(ok=ok, unconfirmed=unconfirmed, budget_max_usd=high, budget_min_usd=low)


def relevance(c: CatalogArrays, prefs: Preferences) -> tuple[np.ndarray, np.ndarray]:
    """(score in [0, 1] per phone, the weight vector used)."""
    weights = aspect_weights(prefs.priorities, prefs.deprioritized, prefs.use_cases)
    w = np.array([weights[a] for a in ASPECTS], dtype=np.float32)
    fit = c.aspects @ (w / w.sum())
    prior = PRIOR_WEIGHT_STATED if (prefs.priorities or prefs.use_cases) else PRIOR_WEIGHT
    return (1 - prior) * fit + prior * c.prior, w
