"""Simulated shoppers with hidden needs, and what each would have picked.

Used by the conversation tests and `tests/benchmarks/bench_conversation.py`.
Each shopper has needs the app does not see; they answer the questions the
Session asks honestly, and skip what they do not care about. What they would
have picked is judged from the catalog's raw facts with this module's own rules
(the size words from `../shared/spec/preferences.md`, its own exchange rates),
never with the recommender's scores, so the app cannot grade itself.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from app.preferences import Preferences

# The spec's size words, written out here on purpose (not imported from the app).
COMPACT_SCREEN_IN, COMPACT_WEIGHT_G, LARGE_SCREEN_IN = 6.3, 200, 6.6
# Dollars per unit, read for this test from public reference rates (early 2025), rounded.
DOLLARS_PER = {"USD": 1.0, "EUR": 1.03, "GBP": 1.22, "CNY": 0.137, "INR": 0.0116}
OLDEST_YEAR = 2022
BRANDS_SEEN = ("Apple", "Samsung", "Google", "Xiaomi", "OnePlus", "Motorola")
FEATURES_SEEN = ("headphone_jack", "water_resistance", "wireless_charging", "expandable_storage")
COLUMN = {"headphone_jack": "headphone_jack", "water_resistance": "water_resistance",
          "wireless_charging": "wireless_charging", "expandable_storage": "expandable_storage"}
PICKS = 8   # a shopper would have been happy with any of their own best eight phones


@dataclass(frozen=True)
class Shopper:
    budget_usd: float
    os: str | None = None
    only_brand: str | None = None
    avoid_brand: str | None = None
    size: str | None = None
    cares: tuple[str, ...] = ()        # of camera, battery, performance
    needs: tuple[str, ...] = ()        # features that must be there

    def prefs(self) -> Preferences:
        """Everything at once: what a shopper who stated every need up front would give."""
        return Preferences(budget_max=float(self.budget_usd), currency="USD", os=self.os,
                           brands_include=(self.only_brand,) if self.only_brand else (),
                           brands_exclude=(self.avoid_brand,) if self.avoid_brand else (),
                           size=self.size, priorities=self.cares, require=self.needs)

    def reply(self, question, currency: str) -> tuple[str, list] | None:
        """("answer", options) or None to skip: an honest answer to one question."""
        q = question.id
        if q == "budget":
            return "answer", [round(self.budget_usd / DOLLARS_PER[currency])]
        if q == "os":
            return ("answer", [self.os]) if self.os else None
        if q == "size":
            return ("answer", [self.size]) if self.size else None
        if q in ("camera", "battery", "performance"):
            return ("answer", ["high"]) if q in self.cares else None
        if q == "features":
            return ("answer", list(self.needs)) if self.needs else None
        if q == "brands":
            chosen = ([f"want:{self.only_brand}"] if self.only_brand else []) + (
                [f"avoid:{self.avoid_brand}"] if self.avoid_brand else [])
            offered = {o.id for o in question.options}
            chosen = [c for c in chosen if c in offered]
            return ("answer", chosen) if chosen else None
        return None

    # -- judged from raw facts --------------------------------------------------------------

    def breaks(self, phone: dict, stated: set[str] | None = None) -> list[str]:
        """The needs of this shopper that `phone` breaks, by question; `stated`: only those questions."""
        broken = self._breaks(phone)
        return broken if stated is None else [q for q in broken if q in stated]

    def _breaks(self, phone: dict) -> list[str]:
        broken = []
        price = phone.get("price_usd")
        if price is None or price > self.budget_usd + 0.5:
            broken.append("budget")
        if self.os and phone["os"] != self.os:
            broken.append("os")
        if self.only_brand and phone["brand"] != self.only_brand:
            broken.append("brands")
        if self.avoid_brand and phone["brand"] == self.avoid_brand:
            broken.append("brands")
        screen, weight = phone.get("screen_in"), phone.get("weight_g")
        if self.size == "compact" and not (screen and screen <= COMPACT_SCREEN_IN
                                           and (weight is None or weight <= COMPACT_WEIGHT_G)):
            broken.append("size")
        if self.size == "large" and not (screen and screen >= LARGE_SCREEN_IN):
            broken.append("size")
        if any(phone.get(COLUMN[need]) == 0 for need in self.needs):
            broken.append("features")
        return broken

    def would_pick(self, phones: list[dict]) -> set[str]:
        """The ids of this shopper's own best phones: recent ones that break no need, best by what they
        care about, then newest and the most phone for the money."""
        fitting = [p for p in phones if p["year"] >= OLDEST_YEAR and p["status"] != "coming_soon"
                   and not self.breaks(p)]
        if not fitting:
            return set()
        ranks = {}
        for name, value in (("camera", _camera), ("battery", lambda p: p.get("battery_mah")),
                            ("performance", _speed), ("year", lambda p: p["year"]),
                            ("price", lambda p: p.get("price_usd"))):
            ranks[name] = _percentiles(fitting, value)
        def worth(i: int) -> float:
            base = 0.5 * ranks["year"][i] + 0.5 * ranks["price"][i]
            return base + sum(2.0 * ranks[c][i] for c in self.cares)
        order = sorted(range(len(fitting)), key=lambda i: -worth(i))
        return {fitting[i]["id"] for i in order[:PICKS]}


def _camera(p: dict) -> float | None:
    mp = p.get("main_camera_mp")
    if not mp:
        return None
    return math.log(mp) + 1.0 * (p.get("has_telephoto") or 0) + 0.5 * (p.get("has_ultrawide") or 0)


def _speed(p: dict) -> float | None:
    return p.get("antutu") or (p.get("ram_gb") and p["ram_gb"] * 50_000)


def _percentiles(phones: list[dict], value) -> list[float]:
    """Each phone's share of the others it beats on `value` (unknown: 0.3)."""
    values = [value(p) for p in phones]
    known = sorted(v for v in values if v is not None)
    out = []
    for v in values:
        if v is None or not known:
            out.append(0.3)
        else:
            below = sum(1 for k in known if k < v)
            out.append(below / max(1, len(known) - 1))
    return out


def shoppers(count: int, seed: int = 7) -> list[Shopper]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        os = rng.choices([None, "ios", "android"], [0.3, 0.3, 0.4])[0]
        only = avoid = None
        if os != "ios" and rng.random() < 0.15:
            only = rng.choice([b for b in BRANDS_SEEN if b != "Apple"])
        if os != "ios" and only is None and rng.random() < 0.2:
            avoid = rng.choice(BRANDS_SEEN)
        budget = round(math.exp(rng.uniform(math.log(180), math.log(1400))), -1)
        if os == "ios":
            budget = max(budget, 450)
        size = rng.choices([None, "compact", "large"], [0.55, 0.2, 0.25])[0]
        cares = tuple(a for a in ("camera", "battery", "performance") if rng.random() < 0.35)
        needs = tuple(f for f in FEATURES_SEEN if rng.random() < 0.08)
        out.append(Shopper(budget, os, only, avoid, size, cares, needs))
    return out


def walk(session, shopper: Shopper, most_steps: int = 12):
    """Drive the flow as this shopper would: answer or skip every question until the results show.
    Returns (last snapshot, questions asked, questions answered)."""
    snap = session.start()
    asked, answered = [], set()
    for _ in range(most_steps):
        if snap.question is None:
            break
        asked.append(snap.question.id)
        reply = shopper.reply(snap.question, session.store.currency)
        if reply:
            answered.add(snap.question.id)
            snap = session.answer(snap.question.id, reply[1])
        else:
            snap = session.skip(snap.question.id)
    return snap, asked, answered
