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


def read_with_roles(text, roles, *statements):
    mentions = find_mentions(text)
    assert len(mentions) == len(roles), [text[m.start:m.end] for m in mentions]
    return read(probs(*statements), mentions, [logits_for(r) for r in roles], text=text).prefs


def test_the_last_word_wins_after_a_correction():
    assert read_with_roles("400, hmm, make that 450 max", ["budget_max", "budget_max"]).budget_max == 450
    assert read_with_roles("I'd go up to a thousand... scratch that, 850 is my limit",
                           ["budget_max", "budget_max"]).budget_max == 850
    assert read_with_roles("两千…哦不，一千八封顶", ["budget_max", "budget_max"]).budget_max == 1800
    assert read_with_roles("8 GB of RAM, wait, 12", ["ram", "ram"]).min_ram_gb == 12
    assert read_with_roles("A Motorola - no wait, a Nokia", ["brand_in", "brand_in"]).brands_include == ("Nokia",)
    assert read_with_roles("一加，不，还是小米吧", ["brand_in", "brand_in"]).brands_include == ("Xiaomi",)
    flipped = read_with_roles("Samsung please. Actually no, Samsung's out, give me a Pixel",
                              ["brand_in", "brand_out", "brand_in"])
    assert flipped.brands_include == ("Google",) and flipped.brands_exclude == ("Samsung",)


def test_without_a_correction_both_readings_stand():
    # no correction word: a soft target and a hard cap, the cap wins as before
    assert read_with_roles("ideally 400, 450 max", ["budget_max", "budget_max"]).budget_max == 450
    assert read_with_roles("Samsung or Nokia", ["brand_in", "brand_in"]).brands_include == ("Samsung", "Nokia")
    # refusals add up even after "actually"; a floor and a cap are not the same reading
    both_out = read_with_roles("no Samsung, actually no Apple either", ["brand_out", "brand_out"])
    assert both_out.brands_exclude == ("Samsung", "Apple")
    ranged = read_with_roles("at least 300, sorry, and at most 500", ["budget_min", "budget_max"])
    assert (ranged.budget_min, ranged.budget_max) == (300, 500)


def test_a_currency_said_apart_from_the_amount():
    assert read_with_roles("Not dollars, rupees: 25,000 max", ["budget_max"]).currency == "INR"
    assert read_with_roles("不是人民币，是美元，600以内", ["budget_max"]).currency == "USD"
    assert read_with_roles("Under 300 pounds, sorry, I mean euros", ["budget_max"]).currency == "EUR"
    assert read_with_roles("500美元，哦不，500欧元以内", ["budget_max", "budget_max"]).currency == "EUR"
    # a currency refused, or named beside its own amount, is not a correction
    assert read_with_roles("500 euros, not dollars", ["budget_max"]).currency == "EUR"
    assert read_with_roles("under 500 euros", ["budget_max"]).currency == "EUR"
    # no budget: a currency alone sets nothing
    assert read_with_roles("I get paid in euros", []).currency is None
