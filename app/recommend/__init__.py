"""The on-device recommender: Preferences in, ranked and explained phones out.

A cascade hybrid (see shared/DESIGN.md): hard constraints decide which phones may
be shown, weighted aspect scores plus a semantic match with the shopper's own
words, a prior and an optional collaborative signal decide the order, MMR keeps
the top cards different from one another, and every card says why it is there.
When too few phones fit, `relaxations` offers the smallest changes that would
help; `next_question` picks the question whose answer would move the top picks most.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from app.catalog import Catalog, open_catalog
from app.catalog.scores import ASPECTS, size_class
from app.money import price_text
from app.preferences import Preferences
from app.recommend import questions, relax
from app.recommend.collaborative import ChoiceLog
from app.recommend.explain import ASPECT_WORDS, FEATURE_WORDS, USE_CASE_WORDS, Explanation, fact
from app.recommend.ranking import CatalogArrays, Eligibility, eligibility, relevance
from app.recommend.weights import BASE, USE_CASES
from app.settings import DEFAULTS, Settings

CRITIQUES = ("cheaper", "better_camera", "longer_battery", "smaller", "bigger_screen", "faster", "newer")
# critique -> (aspect that must improve, or None when Preferences alone express it)
CRITIQUE_ASPECTS = {"better_camera": "camera", "longer_battery": "battery", "faster": "performance"}

SEMANTIC_WEIGHT = 0.12
COLLABORATIVE_WEIGHT = 0.08
MMR_LAMBDA = 0.75
FEW_PHONES = 3
# Aspects whose card fact is a measure a percentile can be said of ("5,000 mAh battery — top 10%").
MEASURED = {"camera", "selfie_camera", "battery", "performance", "display", "charging", "storage", "durability",
            "lightweight"}


@dataclass(frozen=True)
class Recommendation:
    phone: dict
    score: float
    reasons: list[Explanation] = field(default_factory=list)
    weaknesses: list[Explanation] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    tradeoffs: list[Explanation] = field(default_factory=list)
    aspects: dict[str, float | None] = field(default_factory=dict)  # the catalog's aspect scores


@dataclass(frozen=True)
class Relaxation:
    change: Explanation
    count: int
    prefs: Preferences


@dataclass(frozen=True)
class Results:
    results: list[Recommendation]
    relaxations: list[Relaxation]
    next_question: str | None
    eligible_count: int

    def to_dict(self) -> dict:
        """The JSON form the CLI prints."""
        return {
            "results": [{"phone": r.phone, "score": round(r.score, 4), "reasons": [e.text for e in r.reasons],
                         "weaknesses": [e.text for e in r.weaknesses], "flags": r.flags,
                         "tradeoffs": [e.text for e in r.tradeoffs]} for r in self.results],
            "relaxations": [{"change": x.change.text, "count": x.count, "prefs": x.prefs.to_dict(compact=True)}
                            for x in self.relaxations],
            "next_question": self.next_question,
            "eligible_count": self.eligible_count,
        }


class Recommender:
    """Load the catalog once into arrays; then rank in milliseconds."""

    def __init__(self, catalog: Catalog | None = None, settings: Settings = DEFAULTS,
                 choice_log: ChoiceLog | None = None, store_items: dict[str, dict] | None = None):
        """`store_items`: the store's own list (`StoreDatabase.active_items()`), its prices and assortment."""
        own = catalog is None
        catalog = catalog or open_catalog()
        self.store_items = store_items or {}
        try:
            ids, names, matrix = catalog.aspect_scores()
            self.arrays = CatalogArrays.from_phones(catalog.phones(settings.market, self.store_items), ids, names,
                                                    matrix)
            self.arrays.market = settings.market
            if settings.only_assortment:
                self.arrays.set_market(settings.market, self.store_items, True)
            embedded = catalog.embeddings()
        finally:
            if own:
                catalog.close()
        self.embeddings = None
        if embedded is not None:
            order = {pid: i for i, pid in enumerate(embedded[0])}
            if all(pid in order for pid in self.arrays.ids):
                self.embeddings = embedded[1][[order[pid] for pid in self.arrays.ids]]
        self.settings = settings
        self.choice_log = choice_log if choice_log is not None else (
            ChoiceLog.default() if settings.collaborative_signal else None)
        self._text_cache: dict[str, np.ndarray | None] = {}

    def use_settings(self, settings: Settings) -> None:
        """The store's settings from now on: its market's phones and prices, and the collaborative
        signal starting or stopping with its switch."""
        self.settings = settings
        if (settings.market, settings.only_assortment) != (self.arrays.market, self.arrays.only_assortment):
            self.arrays.set_market(settings.market, self.store_items, settings.only_assortment)
        if not settings.collaborative_signal:
            self.choice_log = None
        elif self.choice_log is None:
            self.choice_log = ChoiceLog.default()

    def use_store_list(self, store_items: dict[str, dict]) -> None:
        """The store imported (or reverted) its own list: its prices and assortment from now on."""
        self.store_items = store_items or {}
        self.arrays.set_market(self.settings.market, self.store_items, self.settings.only_assortment)

    # -- ranking ------------------------------------------------------------------

    def scores(self, prefs: Preferences, text: str = "", liked: Sequence[str] = (),
               text_vector: np.ndarray | None = None) -> np.ndarray:
        """Match score in [0, 1] for every phone (eligibility not applied)."""
        score, _ = relevance(self.arrays, prefs)
        semantic = self._semantic(text, text_vector)
        if semantic is not None:
            score = (1 - SEMANTIC_WEIGHT) * score + SEMANTIC_WEIGHT * semantic
        if self.choice_log is not None and liked:
            together = self.choice_log.scores(liked, self.arrays.index)
            if together is not None:
                score = (1 - COLLABORATIVE_WEIGHT) * score + COLLABORATIVE_WEIGHT * together
        return score

    def _semantic(self, text: str, vector: np.ndarray | None = None) -> np.ndarray | None:
        """Similarity of the shopper's words to each phone's description, rescaled to [0, 1].

        `vector` is the words' embedding when the caller has it already (the Session gets it from
        the same model run that read the words); else the model embeds `text`. Kept for the last
        text: the next event usually has the same words."""
        text = (text or "").strip()
        if not text or self.embeddings is None:
            return None
        if text not in self._text_cache:
            try:
                if vector is None:
                    from app import understanding

                    vector = np.asarray(understanding.embed([text[:2000]]), dtype=np.float32)[0]
            except Exception:  # no model here: rank without the semantic signal
                self._text_cache = {text: None}
                return None
            similarity = self.embeddings @ vector
            low, high = np.percentile(similarity, [5, 99.5])
            self._text_cache = {text: np.clip((similarity - low) / max(high - low, 1e-6), 0, 1)}
        return self._text_cache[text]

    def order(self, prefs: Preferences, text: str = "", liked: Sequence[str] = (),
              better_than: tuple[str, str] | None = None,
              text_vector: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, Eligibility]:
        """Eligible phone indices, best first (unconfirmed after confirmed), with all scores."""
        found = eligibility(self.arrays, prefs, self.settings.oldest_year_shown)
        ok = found.ok.copy()
        if better_than is not None:
            ok &= self._better_than(*better_than)
        score = self.scores(prefs, text, liked, text_vector)
        tier = self._tier(found)
        candidates = np.flatnonzero(ok)
        # lexsort: the last key sorts first; the phone's position breaks ties, so results are deterministic
        keys = np.lexsort((candidates, -score[candidates], tier[candidates]))
        return candidates[keys], score, found

    def _tier(self, found: Eligibility) -> np.ndarray:
        """Phones with unconfirmed facts come after confirmed ones; out of stock or not yet on
        sale after what can be bought today."""
        later = np.nan_to_num(1 - self.arrays.in_stock, nan=0.0) + self.arrays.coming_soon
        return found.unconfirmed * 2 + (later > 0)

    def _better_than(self, phone_id: str, kind: str) -> np.ndarray:
        """Phones strictly better than `phone_id` in the way a critique asks."""
        c = self.arrays
        i = c.index[phone_id]
        if kind in CRITIQUE_ASPECTS:
            a = ASPECTS.index(CRITIQUE_ASPECTS[kind])
            return (c.aspects[:, a] > c.aspects[i, a] + 0.02) & c.aspects_known[:, a]
        if kind == "cheaper":
            return c.price < c.price[i] if not math.isnan(c.price[i]) else np.ones(len(c), bool)
        if kind == "smaller":
            return c.screen < c.screen[i]
        if kind == "bigger_screen":
            return c.screen > c.screen[i]
        if kind == "newer":
            return c.year > c.year[i]
        raise ValueError(f"unknown critique {kind!r}; known: {', '.join(CRITIQUES)}")

    def recommend(self, prefs: Preferences, text: str = "", top: int = 5, liked: Sequence[str] = (),
                  better_than: tuple[str, str] | None = None, ask_next: bool = True,
                  not_again: Sequence[str] = (), text_vector: np.ndarray | None = None) -> Results:
        """The top phones for these preferences, explained; relaxations when few fit; the next question
        (never one of `not_again`: questions already answered or skipped)."""
        top = max(1, min(int(top), 50))
        ranked, score, found = self.order(prefs, text, liked, better_than, text_vector)
        chosen = self._diverse(ranked, score, top, single_brand=len(prefs.brands_include) == 1)
        tier = self._tier(found)
        # diversity picks which phones are shown; within a tier they are shown best match first, so the
        # Match % a shopper reads goes down the list
        chosen.sort(key=lambda i: (tier[i], -score[i]))
        peers = self._peer_group(found)
        _, weights = relevance(self.arrays, prefs)
        semantic = self._semantic(text, text_vector)
        cards = [self._card(i, score, prefs, found, peers, weights, semantic) for i in chosen]
        cards = _with_tradeoffs(cards, prefs, self.settings.currency)
        relaxations = []
        if len(ranked) < FEW_PHONES:
            relaxations = relax.relaxations(self, prefs)
        next_question = questions.next_question(self, prefs, ranked, set(not_again)) if ask_next else None
        return Results(results=cards, relaxations=relaxations, next_question=next_question,
                       eligible_count=int(len(ranked)))

    def count(self, prefs: Preferences) -> int:
        return int(eligibility(self.arrays, prefs, self.settings.oldest_year_shown).ok.sum())

    def count_better(self, prefs: Preferences, phone_id: str, kind: str) -> int:
        """How many phones fit `prefs` and are better than `phone_id` the way critique `kind` asks."""
        found = eligibility(self.arrays, prefs, self.settings.oldest_year_shown)
        return int((found.ok & self._better_than(phone_id, kind)).sum())


    def _diverse(self, ranked: np.ndarray, score: np.ndarray, top: int, single_brand: bool) -> list[int]:
        """Maximal marginal relevance over the best candidates: no five variants of one phone.

        Each pick is the phone whose score, less its likeness to the phones already picked (the
        same family: fully; the same brand: by the share of picks of that brand), is highest;
        ties go to the catalog's order."""
        pool = np.asarray(ranked[: max(top * 12, 60)])
        if len(pool) == 0:
            return []
        c = self.arrays
        fits = score[pool].astype(np.float64)
        families, brands = c.family[pool], c.brand[pool]
        left = np.ones(len(pool), dtype=bool)
        same_family = np.zeros(len(pool), dtype=bool)
        same_brand = np.zeros(len(pool))
        chosen: list[int] = []
        while left.any() and len(chosen) < top:
            if chosen:
                likeness = np.where(same_family, 1.0, 0.0 if single_brand else 0.5 * same_brand / len(chosen))
                marginal = MMR_LAMBDA * fits - (1 - MMR_LAMBDA) * likeness
            else:
                marginal = fits.copy()
            marginal[~left] = -np.inf
            best = np.flatnonzero(marginal == marginal.max())
            j = int(best[np.argmin(pool[best])])
            chosen.append(int(pool[j]))
            left[j] = False
            same_family |= families == families[j]
            same_brand += brands == brands[j]
        return chosen

    # -- explanations -------------------------------------------------------------

    def _peer_group(self, found) -> tuple[np.ndarray, Explanation]:
        """The phones a card's facts are compared with, and how to name them."""
        c = self.arrays
        recent = (c.year >= self.settings.oldest_year_shown) & c.offered   # what this store could show
        if found.budget_max_usd is not None:
            under = price_text(found.budget_max_usd, self.settings.currency)
            return recent & (c.price <= found.budget_max_usd), Explanation("peers_under", {"price": under})
        return recent, Explanation("peers_from", {"year": self.settings.oldest_year_shown})

    def _card(self, i: int, score: np.ndarray, prefs: Preferences, found, peers, w: np.ndarray,
              semantic: np.ndarray | None) -> Recommendation:
        c = self.arrays
        phone = dict(c.phones[i])
        peer_mask, peer_name = peers
        contributions = (c.aspects[i] * w) * c.aspects_known[i]
        reasons: list[Explanation] = []
        weaknesses: list[Explanation] = []
        flags: list[str] = []

        stressed = [a for a in ASPECTS if w[ASPECTS.index(a)] > BASE[a] + 1e-6]
        for a in sorted(ASPECTS, key=lambda a: -contributions[ASPECTS.index(a)]):
            k = ASPECTS.index(a)
            if not c.aspects_known[i, k] or len(reasons) >= 3:
                continue
            peer_scores = c.aspects[peer_mask & c.aspects_known[:, k], k]
            if len(peer_scores) < 5:
                continue
            share_above = float((peer_scores > c.aspects[i, k]).mean())
            percent = max(1, int(math.ceil(share_above * 100 / 5.0) * 5)) if share_above < 0.5 else None
            if percent is not None and percent <= 25 and a not in MEASURED:
                # a score with no one fact behind it ("updates from 2023 — top 5%" says nothing)
                reasons.append(Explanation("aspect_among_best", {"aspect": ASPECT_WORDS[a], "peer_group": peer_name}))
            elif percent is not None and percent <= 25:
                reasons.append(Explanation("aspect_top", {"aspect": a, "fact": fact(phone, a), "percent": percent,
                                                          "peer_group": peer_name}))
            elif percent is not None and a in stressed:
                reasons.append(Explanation("aspect_strong", {"aspect": a, "fact": fact(phone, a),
                                                             "peer_group": peer_name}))
        for use_case in prefs.use_cases:
            if len(reasons) < 4:
                main = max(USE_CASES[use_case], key=USE_CASES[use_case].get)
                reasons.append(Explanation("use_case_fit", {"use_case": USE_CASE_WORDS[use_case],
                                                            "fact": fact(phone, main)}))
                break
        for feature in prefs.require:
            value = c.features[i, list(FEATURE_WORDS).index(feature)]
            if value == 1:
                reasons.append(Explanation("has_feature", {"feature": FEATURE_WORDS[feature]}))
            elif math.isnan(value):
                weaknesses.append(Explanation("not_confirmed", {"feature": _capital(FEATURE_WORDS[feature])}))
                flags.append(f"not_confirmed:{feature}")
        for name, column, amount in (("storage", c.storage, prefs.min_storage_gb), ("ram", c.ram, prefs.min_ram_gb)):
            if amount is not None and math.isnan(column[i]):
                weaknesses.append(Explanation("not_confirmed", {"feature": _capital(name) + f" of {amount} GB"}))
                flags.append(f"not_confirmed:{name}")
        price = c.price[i]
        if found.budget_max_usd is not None and not math.isnan(price):
            reasons.append(Explanation("within_budget", {
                "price": price_text(price, self.settings.currency),
                "budget": price_text(found.budget_max_usd, self.settings.currency)}))
        if math.isnan(price):
            weaknesses.append(Explanation("price_unknown", {}))
            flags.append("price_unknown")
        if phone.get("store_price"):
            flags.append("store_price")
        if phone.get("in_stock") is False:
            weaknesses.append(Explanation("out_of_stock", {}))
            flags.append("out_of_stock")
        if phone["status"] == "coming_soon":
            weaknesses.append(Explanation("coming_soon", {}))
            flags.append("coming_soon")
        # Weak points: aspects the shopper stresses where this phone is below its peers' middle.
        for a in stressed:
            k = ASPECTS.index(a)
            if not c.aspects_known[i, k]:
                continue
            peer_scores = c.aspects[peer_mask & c.aspects_known[:, k], k]
            if len(peer_scores) >= 5 and c.aspects[i, k] < np.median(peer_scores):
                weaknesses.append(Explanation("aspect_weak", {"aspect": ASPECT_WORDS[a], "fact": fact(phone, a)}))
        if semantic is not None and semantic[i] >= 0.8:
            reasons.append(Explanation("matches_description", {}))
        aspects = {a: (float(c.aspects[i, k]) if c.aspects_known[i, k] else None) for k, a in enumerate(ASPECTS)}
        return Recommendation(phone=phone, score=float(score[i]), reasons=reasons[:4], weaknesses=weaknesses[:3],
                              flags=flags, aspects=aspects)

    # -- critiques and choices ----------------------------------------------------

    def critique(self, prefs: Preferences, phone: dict | str, kind: str) -> Preferences:
        """Preferences moved relative to `phone` ("cheaper than this", "smaller than this", …).

        Aspect critiques (better camera, longer battery, faster) stress that aspect;
        pass `better_than=(phone id, kind)` to `recommend` as well so that only phones
        really better than this one on it are shown.
        """
        if kind not in CRITIQUES:
            raise ValueError(f"unknown critique {kind!r}; known: {', '.join(CRITIQUES)}")
        c = self.arrays
        phone_id = phone if isinstance(phone, str) else phone["id"]
        if phone_id not in c.index:
            raise ValueError(f"unknown phone {phone_id!r}")
        i = c.index[phone_id]
        if kind == "cheaper":
            if math.isnan(c.price[i]):
                return prefs
            from app.money import from_usd

            cap = from_usd(c.price[i] * 0.95, prefs.currency)
            return prefs.with_values(budget_max=float(math.floor(cap)), budget_min=None)
        if kind == "newer":
            return prefs.with_values(min_year=int(c.year[i]) + 1)
        if kind == "smaller":
            # a phone that is not compact yet: ask for compact ones; a compact one: lighter still
            known = [None if math.isnan(v) else float(v) for v in (c.screen[i], c.weight[i])]
            return prefs.with_values(size="compact") if size_class(*known) != "compact" \
                else prefs.merge(Preferences(priorities=("lightweight",)))
        if kind == "bigger_screen":
            return prefs.with_values(size="large")
        return prefs.merge(Preferences(priorities=(CRITIQUE_ASPECTS[kind],)))

    def record_choice(self, phone_ids: Sequence[str]) -> None:
        """Remember phones chosen together (shortlisted, compared, picked), if the store enabled it."""
        if self.choice_log is not None:
            self.choice_log.record([p for p in phone_ids if p in self.arrays.index])


def _capital(text: str) -> str:
    for article in ("a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
    return text[:1].upper() + text[1:]


def _with_tradeoffs(cards: list[Recommendation], prefs: Preferences, currency: str) -> list[Recommendation]:
    """Each card after the first, set against #1: price, and the aspects the shopper cares about."""
    if len(cards) < 2:
        return cards
    first = cards[0].phone
    watched = list(prefs.priorities) or ["camera", "battery", "performance"]
    out = [cards[0]]
    for card in cards[1:]:
        tradeoffs = []
        mine, theirs = card.phone["price_usd"], first["price_usd"]
        if mine is not None and theirs is not None and abs(mine - theirs) >= 10:
            code = "cheaper_than" if mine < theirs else "dearer_than"
            tradeoffs.append(Explanation(code, {"amount": price_text(abs(mine - theirs), currency), "rank": 1}))
        for aspect in watched[:2]:
            if aspect not in ASPECTS:
                continue
            a = card.aspects.get(aspect)
            b = cards[0].aspects.get(aspect)
            if a is not None and b is not None and abs(a - b) >= 0.08:
                code = "better_than" if a > b else "worse_than"
                tradeoffs.append(Explanation(code, {"aspect": ASPECT_WORDS[aspect], "rank": 1}))
        out.append(Recommendation(card.phone, card.score, card.reasons, card.weaknesses, card.flags, tradeoffs,
                                  card.aspects))
    return out
