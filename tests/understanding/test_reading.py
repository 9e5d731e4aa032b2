"""Turning model outputs into Preferences, and gold Preferences into training targets."""

from app.preferences import Preferences
from app.understanding.mentions import find_mentions
from app.understanding.reading import ROLES, STATEMENTS, mention_role, read, statement_targets, thresholds


def logits_for(role):
    return [5.0 if r == role else 0.0 for r in ROLES]


def probs(*said):
    return [0.9 if s in said else 0.1 for s in STATEMENTS]


def test_roles_from_gold():
    gold = Preferences(budget_max=250, currency="USD", brands_exclude=("Apple",), min_storage_gb=128)
    mentions = find_mentions("ideally $200, at most $250, 128GB, no iPhone")
    assert [mention_role(m, gold) for m in mentions] == ["none", "budget_max", "storage", "brand_out"]


def test_statement_targets_round_trip():
    gold = Preferences(priorities=("camera",), os="ios", require=("nfc",), use_cases=("travel",))
    targets = statement_targets(gold)
    assert read(targets, [], []).prefs == gold


def test_reading_mentions_with_their_roles():
    text = "between 300 and 500 bucks, no Samsung, 8+256"
    mentions = find_mentions(text)
    roles = ["budget_min", "budget_max", "brand_out", "ram", "storage"]
    reading = read(probs("priorities:camera"), mentions, [logits_for(r) for r in roles])
    assert reading.prefs == Preferences(budget_min=300, budget_max=500, currency="USD", brands_exclude=("Samsung",),
                                        min_ram_gb=8, min_storage_gb=256, priorities=("camera",))
    assert reading.confidence["budget_max"] > 0.9


def test_opposites_keep_the_surer_side():
    p = [0.1] * len(STATEMENTS)
    p[STATEMENTS.index("priorities:camera")] = 0.7
    p[STATEMENTS.index("deprioritized:camera")] = 0.9
    p[STATEMENTS.index("os:android")] = 0.6
    p[STATEMENTS.index("os:ios")] = 0.8
    prefs = read(p, [], []).prefs
    assert prefs.deprioritized == ("camera",) and prefs.priorities == () and prefs.os == "ios"


def test_a_role_not_allowed_for_the_mention_kind_is_ignored():
    mentions = find_mentions("Samsung")
    reading = read(probs(), mentions, [logits_for("budget_max")])
    assert reading.prefs == Preferences()  # a brand cannot be a budget: the best allowed role is "none"


def test_a_number_too_small_to_be_a_price_is_never_a_budget():
    mentions = find_mentions("3 stars, next time under 400")
    reading = read(probs(), mentions, [logits_for("budget_max"), logits_for("budget_max")])
    assert reading.prefs == Preferences(budget_max=400)


def test_the_currency_named_on_another_amount_is_the_budgets_when_it_is_the_only_one():
    def currency(text, roles):
        return read(probs(), find_mentions(text), [logits_for(r) for r in roles]).prefs.currency

    assert currency("ideally around $400 but 500 is my absolute limit", ["none", "budget_max"]) == "USD"
    assert currency("paid £900 for my last phone, 500 max this time", ["none", "budget_max"]) == "GBP"
    # two currencies named: which one the budget is in is not guessed
    assert currency("it's $300 or 250 euros over there, I'd go to 280", ["none", "none", "budget_max"]) is None
    assert currency("my old phone was $300", ["none"]) is None  # no budget, no currency


def test_a_higher_decision_takes_fewer_statements():
    said = [0.8 if s == "priorities:camera" else 0.1 for s in STATEMENTS]
    assert read(said, [], [], thresholds(0.5)[0]).prefs.priorities == ("camera",)
    assert read(said, [], [], thresholds(0.65)[0]).prefs.is_empty()


def test_a_statement_just_over_the_decision_is_unsure():
    for decision in (0.5, 0.65, 0.8, 0.9):
        take_from, unsure_below = thresholds(decision)
        assert 0.5 < take_from < unsure_below < 1
