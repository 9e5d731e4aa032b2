"""What the model's outputs mean: the label sets, and turning outputs into Preferences.

Shared by training (to make targets from gold Preferences) and by the runtime
(to read the model's outputs), so the two can never disagree.

The model has two kinds of output:
- one probability per *statement* about the whole text ("priorities:camera",
  "require:nfc", "os:ios", …);
- per token, a *role* for every mention the deterministic reader found: is this
  brand wanted or refused, is this number a maximum, a minimum, a storage or RAM
  amount, a year, or nothing at all?
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.preferences import ASPECTS, FEATURES, USE_CASES, Preferences
from app.understanding.mentions import BRAND, MODEL, NUMBER, Mention, corrects, stated_currencies

STATEMENTS = (
    [f"priorities:{a}" for a in ASPECTS] + [f"deprioritized:{a}" for a in ASPECTS]
    + [f"require:{f}" for f in FEATURES] + [f"exclude_features:{f}" for f in FEATURES]
    + [f"use_cases:{u}" for u in USE_CASES] + ["os:android", "os:ios", "size:compact", "size:large"]
)
ROLES = ("none", "brand_in", "brand_out", "budget_max", "budget_min", "storage", "ram", "min_year")
ALLOWED_ROLES = {
    BRAND: ("none", "brand_in", "brand_out"),
    NUMBER: ("none", "budget_max", "budget_min", "storage", "ram", "min_year"),
    MODEL: ("none", "min_year"),
}
# Training weighs each true statement POSITIVE_WEIGHT times (few are true of any one text), which multiplies the
# model's odds by that much: a plain 50/50 call comes out at w/(w+1), so that is where "yes" starts.
POSITIVE_WEIGHT = 3.0


def _from_plain(p: float) -> float:
    """The trained model's probability for what an unweighted model would call p."""
    return POSITIVE_WEIGHT * p / (POSITIVE_WEIGHT * p + 1 - p)


# Where "yes" starts, as a plain probability. Each model carries its own in labels.json ("decision"), chosen by
# training on the validation set; a model without one takes a statement from a plain 50/50 on.
DEFAULT_DECISION = 0.5
# A statement taken with less than this plain margin over the decision is asked about, not assumed. A message with
# one such slot gets a question, and the conversation can bear that for about one message in ten. Models differ in
# how sure they are, so each may carry its own margin in labels.json ("unsure_margin"): the widest, in steps of 0.01
# up to this one, at which no set it is chosen on (validation, dev slice, dev, the held-out posts) has a question for
# more than one message in ten. This default serves a model without one: it was O's margin so chosen (an earlier
# 0.25, chosen on tidy text, asked about 19% of casual posts). Most readings asked about are wrong (MODEL_CARD.md).
UNSURE_MARGIN = 0.14


def thresholds(decision: float = DEFAULT_DECISION, margin: float = UNSURE_MARGIN) -> tuple[float, float]:
    """(take a statement from, call it unsure below), in the trained model's probabilities."""
    return _from_plain(decision), _from_plain(min(0.95, decision + margin))


# No phone costs less than this in any currency: a smaller number ("3 stars", "2 kids") is never a budget.
LEAST_PRICE = 20
# The memory phones come with, with room to grow: 123456789 (or the 4567 of a phone number) is no storage size.
STORAGE_GB = (4, 4096)
RAM_GB = (1, 64)

# How the question being answered is put in front of the answer.
CONTEXT_WORDS = {
    None: "shopper", "budget": "budget price", "os": "operating system", "brands": "brands", "size": "phone size",
    "use_cases": "what for", "camera": "camera importance", "battery": "battery importance",
    "performance": "performance importance", "features": "features", "storage": "storage",
}

# Opposite statements: when both pass the threshold, the more probable one stands.
OPPOSED = {"priorities": "deprioritized", "require": "exclude_features", "os": "os", "size": "size"}


def statement_targets(gold: Preferences) -> list[float]:
    said = set()
    for field in ("priorities", "deprioritized", "require", "exclude_features", "use_cases"):
        said |= {f"{field}:{v}" for v in getattr(gold, field)}
    if gold.os:
        said.add(f"os:{gold.os}")
    if gold.size:
        said.add(f"size:{gold.size}")
    return [1.0 if s in said else 0.0 for s in STATEMENTS]


def mention_role(mention: Mention, gold: Preferences) -> str:
    """The role a mention plays in the gold preferences (for training targets)."""
    if mention.kind == BRAND:
        if mention.value in gold.brands_include:
            return "brand_in"
        if mention.value in gold.brands_exclude:
            return "brand_out"
        return "none"
    value = float(mention.value)
    if mention.kind == MODEL:
        return "min_year" if gold.min_year is not None and int(value) == gold.min_year else "none"

    def same(a, b):
        return b is not None and abs(a - b) <= 0.01 * max(abs(b), 1)

    if same(value, gold.budget_max):
        return "budget_max"
    if same(value, gold.budget_min):
        return "budget_min"
    if gold.min_storage_gb is not None and int(value) == gold.min_storage_gb and value == int(value):
        return "storage"
    if gold.min_ram_gb is not None and int(value) == gold.min_ram_gb and value == int(value):
        return "ram"
    if gold.min_year is not None and int(value) == gold.min_year:
        return "min_year"
    return "none"


@dataclass
class Reading:
    prefs: Preferences
    confidence: dict[str, float]


def _softmax(values: list[float]) -> list[float]:
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


def mention_roles(mentions: list[Mention], mention_logits: list[list[float]]) -> list[tuple[str, float]]:
    """The role the model gives each mention, with its probability among the roles that mention can take."""
    out = []
    for mention, logits in zip(mentions, mention_logits):
        allowed = ALLOWED_ROLES[mention.kind]
        probs = _softmax([logits[ROLES.index(r)] for r in allowed])
        best = max(range(len(allowed)), key=lambda k: probs[k])
        out.append((allowed[best], probs[best]))
    return out


def take_back_corrected(text: str, mentions: list[Mention], roles: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The last word wins: a reading the shopper took back ("400, hmm, make that 450"; "a Motorola - no wait, a
    Nokia"; 两千…哦不，一千八) becomes `none` when a later mention of the same kind takes its place after a
    correction word. Only like replaces like: an amount the same role, a wanted brand another wanted brand, or the
    same brand the opposite wish; "no Samsung, actually no Apple either" refuses both."""
    roles = list(roles)
    for k, (mention, (role, _)) in enumerate(zip(mentions, roles)):
        if role == "none":
            continue
        for later, (later_role, _) in zip(mentions[k + 1:], roles[k + 1:]):
            if later_role != "none" and _replaces(mention, role, later, later_role) and corrects(text, mention, later):
                roles[k] = ("none", 1.0)
                break
    return roles


def _replaces(earlier: Mention, earlier_role: str, later: Mention, later_role: str) -> bool:
    """Whether the later reading can take the earlier one's place (after a correction word)."""
    if earlier.kind == BRAND and later.kind == BRAND:
        return later.value == earlier.value or earlier_role == later_role == "brand_in"
    return earlier.kind != BRAND and later.kind != BRAND and earlier_role == later_role


def read(statement_probs, mentions: list[Mention], mention_logits: list[list[float]],
         take_from: float = thresholds()[0], text: str = "") -> Reading:
    """Preferences from the model's outputs: statement probabilities, and role logits per mention.

    `text` (the cleaned text the mentions were found in) lets a correction take back an earlier mention and a
    currency said apart from the amount ("not dollars, rupees") name the budget's currency."""
    confidence: dict[str, float] = {}
    chosen: dict[str, float] = {}
    for name, p in zip(STATEMENTS, statement_probs):
        if p >= take_from:
            chosen[name] = float(p)
    # one side of each opposed pair only
    for name, p in list(chosen.items()):
        field, value = name.split(":")
        if field in OPPOSED:
            for other, q in list(chosen.items()):
                o_field, o_value = other.split(":")
                clash = (o_field == OPPOSED[field] and o_value == value) if field not in ("os", "size") else (
                    o_field == field and o_value != value)
                if clash and name in chosen and other in chosen:
                    del chosen[other if q < p else name]
    values: dict[str, list] = {}
    scalars: dict = {}
    for name, p in chosen.items():
        field, value = name.split(":")
        if field in ("os", "size"):
            scalars[field] = value
            confidence[field] = p
        else:
            values.setdefault(field, []).append(value)
            confidence[name] = p

    budget_max, budget_min, currency = [], [], None
    storage, ram, years = [], [], []
    roles = take_back_corrected(text, mentions, mention_roles(mentions, mention_logits))
    budget_at = {}  # where each budget amount was said, for a currency named after it
    for mention, (role, p) in zip(mentions, roles):
        if role == "none":
            continue
        if role in ("brand_in", "brand_out"):
            field = "brands_include" if role == "brand_in" else "brands_exclude"
            if mention.value not in values.get(field, []):
                values.setdefault(field, []).append(mention.value)
                confidence[f"{field}:{mention.value}"] = p
        elif role in ("budget_max", "budget_min") and mention.value < LEAST_PRICE:
            continue
        elif role == "budget_max":
            budget_max.append((_amount(mention.value), p))
            budget_at[role, _amount(mention.value)] = mention
        elif role == "budget_min":
            budget_min.append((_amount(mention.value), p))
            budget_at[role, _amount(mention.value)] = mention
        elif role == "storage" and STORAGE_GB[0] <= mention.value <= STORAGE_GB[1]:
            storage.append((int(mention.value), p))
        elif role == "ram" and RAM_GB[0] <= mention.value <= RAM_GB[1]:
            ram.append((int(mention.value), p))
        elif role == "min_year" and 2000 <= mention.value <= 2100:
            years.append((int(mention.value), p))
    if budget_max:
        scalars["budget_max"], confidence["budget_max"] = max(budget_max)  # a hard cap wins over a soft target
    if budget_min:
        scalars["budget_min"], confidence["budget_min"] = min(budget_min)
    if "budget_max" in scalars and "budget_min" in scalars and scalars["budget_min"] > scalars["budget_max"]:
        del scalars["budget_min"], confidence["budget_min"]
    budget = [budget_at[field, scalars[field]] for field in ("budget_max", "budget_min") if field in scalars]
    currency = next((m.currency for m in budget if m.currency), None)
    stated = stated_currencies(text, mentions) if budget else []
    if stated and (currency is None or stated[-1][0] > budget[0].end):
        currency = stated[-1][1]  # "not dollars, rupees: 25,000"; "under 300 pounds, sorry, I mean euros"
    if currency is None:
        # one shopper, one currency: "ideally around $400, 500 at most" means 500 dollars
        named = {mention.currency for mention in mentions if mention.currency}
        currency = named.pop() if len(named) == 1 else None
    if currency and ("budget_max" in scalars or "budget_min" in scalars):
        scalars["currency"] = currency
        confidence["currency"] = max(confidence.get("budget_max", 0), confidence.get("budget_min", 0))
    for field, found in (("min_storage_gb", storage), ("min_ram_gb", ram), ("min_year", years)):
        if found:
            scalars[field], confidence[field] = max(found)
    # the same brand both wanted and refused: the surer reading stands
    for brand in set(values.get("brands_include", [])) & set(values.get("brands_exclude", [])):
        keep_in = confidence[f"brands_include:{brand}"] >= confidence[f"brands_exclude:{brand}"]
        loser = "brands_exclude" if keep_in else "brands_include"
        values[loser].remove(brand)
        del confidence[f"{loser}:{brand}"]
    prefs = Preferences(**scalars, **{k: tuple(v) for k, v in values.items()})
    return Reading(prefs=prefs, confidence={k: round(float(v), 4) for k, v in confidence.items()})


def _amount(value: float) -> int | float:
    """A whole amount as a whole number: 1500, not 1500.0, as a shopper (and the JSON) would write it."""
    return int(value) if float(value).is_integer() else float(value)
