"""Prices per market: which price facts the build keeps, and which one a shopper sees.

The rules are `shared/spec/catalog.md`, "Prices per market". A price fact is a
dict with `market`, `currency`, `price`, `kind` (`launch` or `street`), `as_of`
(a date or None) and `source`. The build checks every fact (`sane_prices`) and
the app picks one per phone and market at run time (`shown_price`), so a street
price grows old by the calendar, not by the build.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import statistics
from pathlib import Path

from app.money import to_usd
from app.translatable import QT_TR_NOOP

MARKETS = ("US", "EU", "UK", "CN", "IN")
MARKET_CURRENCY = {"US": "USD", "EU": "EUR", "UK": "GBP", "CN": "CNY", "IN": "INR"}
CURATED_FILE = Path(__file__).with_name("launch_prices.csv")
STREET_MAX_AGE_DAYS = 365
# A fact further than this factor from the median of its brand and year is a typo or a wrong match.
PLAUSIBLE_FACTOR = 10.0
OWN_FACTOR = 3.0

# The Kaggle-origin file gives every phone a price in every column, whether or not the
# phone was sold there, so its price counts as a sale in a market only for makers that sell
# there. For the US only makers whose whole range is sold there qualify: Motorola's and
# OnePlus's China-only models carry a dollar price in that file too.
SELLS_IN = {
    "US": {"Apple", "Samsung", "Google"},
    "CN": {"Apple", "Samsung", "Xiaomi", "Huawei", "Honor", "Oppo", "Vivo", "OnePlus", "Realme", "Meizu",
           "Nubia", "ZTE", "Lenovo", "Motorola", "Asus", "Sony"},
    "IN": {"Apple", "Samsung", "Google", "Xiaomi", "Oppo", "Vivo", "OnePlus", "Realme", "Motorola", "Nothing",
           "Tecno", "Infinix", "Lava", "itel", "Nokia", "HMD", "Honor", "Asus"},
}


# Makers' series sold only in China. GSMArena's "About N EUR" for them is its estimate of the
# Chinese price in euros, not a European launch: such a price marks a sale in China.
CHINA_ONLY_LINES = {
    "Xiaomi": r"^(redmi k\d|redmi turbo|civi|mix fold)",
    "OnePlus": r"^(ace|turbo)\b",
    "Realme": r"^(neo\s?\d|gt neo|q\d|v\d)",
    "Vivo": r"^(iqoo neo|iqoo z\d+ turbo|s\d)",
    "Oppo": r"^k\d",
    "Honor": r"^(x\d0\b|play|gt\b|power\b)",
    "Huawei": r"^enjoy",
    "Motorola": r"^moto [sx]\d",
}


def china_only(brand: str, model: str) -> bool:
    """A model tagged "(China)" or of a series sold only in China (`CHINA_ONLY_LINES`)."""
    pattern = CHINA_ONLY_LINES.get(brand)
    return bool(re.search(r"\(china\)", model, re.I) or (pattern and re.search(pattern, model, re.I)))


def read_curated(path: Path = CURATED_FILE) -> list[dict]:
    """The curated launch prices: one row per phone and market, each saying where it came from."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            price = float(row["price"])
            if row["market"] not in MARKETS or MARKET_CURRENCY[row["market"]] != row["currency"]:
                raise ValueError(f"{path.name} line {line}: market {row['market']} and currency {row['currency']}")
            if not math.isfinite(price) or price <= 0 or not row["source"].strip():
                raise ValueError(f"{path.name} line {line}: a price needs a positive amount and a source")
            rows.append({"brand": row["brand"], "model": row["model"], "market": row["market"],
                         "currency": row["currency"], "price": price, "kind": "launch",
                         "as_of": row["date"], "source": "curated: " + row["source"]})
    return rows


def usd(fact: dict) -> float:
    return to_usd(fact["price"], fact["currency"])


def sane_prices(phones: list[dict]) -> dict[str, int]:
    """Drop price facts that cannot be right; return how many were dropped, by reason.

    Not finite or not above zero; or beyond 10x or below 1/10 of the median (in dollars)
    of the prices of the same brand and year; or, for a phone with three prices or more,
    beyond 3x or below 1/3 of the middle of its own prices (a $65 "street price" of a
    foldable that sells for €1,299 elsewhere). Curated prices are checked by their own
    test, never dropped here.
    """
    dropped = {"not_positive_or_not_finite": 0, "implausible_for_brand_and_year": 0,
               "far_from_the_phones_other_prices": 0}
    by_group: dict[tuple[str, int], list[float]] = {}
    for phone in phones:
        kept = []
        for fact in phone["_prices"]:
            if not (isinstance(fact["price"], (int, float)) and math.isfinite(fact["price"]) and fact["price"] > 0):
                dropped["not_positive_or_not_finite"] += 1
                continue
            kept.append(fact)
            by_group.setdefault((phone["brand"], phone["year"]), []).append(usd(fact))
        phone["_prices"] = kept
    medians = {group: statistics.median(values) for group, values in by_group.items()}
    for phone in phones:
        median = medians.get((phone["brand"], phone["year"]))
        own = statistics.median(usd(f) for f in phone["_prices"]) if len(phone["_prices"]) >= 3 else None
        kept = []
        for fact in phone["_prices"]:
            value = usd(fact)
            if fact["source"].startswith("curated"):
                kept.append(fact)
                continue
            if median and not median / PLAUSIBLE_FACTOR <= value <= median * PLAUSIBLE_FACTOR:
                dropped["implausible_for_brand_and_year"] += 1
                continue
            if own and not own / OWN_FACTOR <= value <= own * OWN_FACTOR:
                dropped["far_from_the_phones_other_prices"] += 1
                continue
            kept.append(fact)
        phone["_prices"] = kept
    return dropped


def sold_in(facts: list[dict]) -> list[str]:
    """The markets a phone has a price in: where it is sold."""
    return [m for m in MARKETS if any(f["market"] == m for f in facts)]


def shown_price(facts: list[dict], market: str, today: dt.date | None = None) -> dict | None:
    """The price a shopper in `market` sees, without a store list (spec/catalog.md).

    The most recent street price in the market not older than a year; else the
    launch price there (a curated one before a source's); else the market's own
    older street price (still dated, so the card says when it was seen: a price
    this market really asked is closer than another market's, converted); else a
    conversion from another market's price (`kind` = `converted`). The answer is
    the fact with `usd` added, or None when no market knows a price.
    """
    oldest = ((today or dt.date.today()) - dt.timedelta(days=STREET_MAX_AGE_DAYS)).isoformat()
    here = [f for f in facts if f["market"] == market]
    fresh = [f for f in here if f["kind"] == "street" and f["as_of"] and f["as_of"] >= oldest]
    if fresh:
        best = max(fresh, key=lambda f: (f["as_of"], -f["price"]))
        return {**best, "usd": round(usd(best), 2)}
    launch = [f for f in here if f["kind"] == "launch"]
    if launch:
        best = min(launch, key=lambda f: (not f["source"].startswith("curated"), f["price"]))
        return {**best, "usd": round(usd(best), 2)}
    stale = [f for f in here if f["kind"] == "street"]
    if stale:
        best = max(stale, key=lambda f: (f["as_of"] or "", -f["price"]))
        return {**best, "usd": round(usd(best), 2)}
    # Another market's price, converted: launch prices first (street prices fall), the
    # markets in a fixed order so the same facts always give the same answer.
    others = sorted((f for f in facts if f["market"] != market),
                    key=lambda f: (f["kind"] != "launch", MARKETS.index(f["market"]), f["as_of"] or ""))
    if others:
        best = others[0]
        return {**best, "kind": "converted", "usd": round(usd(best), 2)}
    return None


PRICE_WORDS = {
    "store": QT_TR_NOOP("store price"), "street": QT_TR_NOOP("seen in {month}"),
    "launch": QT_TR_NOOP("launch price"), "converted": QT_TR_NOOP("converted from the {market} price"),
    None: QT_TR_NOOP("price unknown"),
}


def price_words_key(price: dict | None, shown: str) -> tuple[str, dict]:
    """What a card says about a price, as a text key and its values (the GUI translates the key)."""
    if price is None:
        return PRICE_WORDS[None], {}
    kind = price["kind"]
    if kind == "street" and price.get("as_of"):
        seen = dt.date.fromisoformat(price["as_of"][:10])
        # the amount is already said beside it; the year and month apart, for languages that write
        # a date another way (2026年9月)
        return PRICE_WORDS["street"], {"month": seen.strftime("%b %Y"), "year": seen.year, "month_number": seen.month}
    if kind in ("store", "launch"):
        return PRICE_WORDS[kind], {}
    return PRICE_WORDS["converted"], {"market": price["market"]}


def price_words(price: dict | None, shown: str) -> str:
    """What a card says about a price, after the amount: 'launch price', 'seen in Sep 2026', 'store price'.

    `shown` is the amount already written in the store's currency ("$649").
    """
    key, values = price_words_key(price, shown)
    return key.format(**values)


# -- the old staff screen's entry point ----------------------------------------------

def import_prices(_catalog_path, csv_path):
    """Import a store list the way the staff screen did before the store database existed.

    The list now goes to the store database in the app's data folder (`app.catalog.store`),
    never into the catalog file; the first argument is no longer used. New code calls
    `StoreDatabase().import_file` directly.
    """
    from app.catalog import open_catalog
    from app.catalog.store import StoreDatabase

    with open_catalog() as catalog:
        phones = catalog.phones()
    return StoreDatabase().import_file(csv_path, phones)


def __getattr__(name):
    if name == "PriceImportError":  # the old name of the store list's error
        from app.catalog.store import StoreListError

        return StoreListError
    raise AttributeError(name)
