"""The conversation contract (`../shared/spec/conversation.md`): one test per rule the Session keeps."""

import json
import math

import pytest

from app.catalog import open_catalog
from app.preferences import QUESTIONS
from app.recommend import Recommender
from app.recommend.questions import MOST_QUESTIONS, question
from app.session import MAX_COMPARE, BadInput, Session
from app.settings import StoreSettings
from tests.conversation.shoppers import Shopper, shoppers, walk


@pytest.fixture(scope="module")
def recommender():
    return Recommender()


@pytest.fixture
def session(recommender):
    session = Session(recommender, StoreSettings("USD", "US"))
    session.start()
    return session


@pytest.fixture(scope="module")
def phones():
    with open_catalog() as catalog:
        return catalog.phones()


def conversation(snapshot):
    """What a snapshot says about the shopper, without its version and note."""
    return (snapshot.prefs, snapshot.chips, snapshot.question, snapshot.clarify, snapshot.shortlist,
            snapshot.compare, [c.phone["id"] for c in snapshot.results.cards])


# -- the flow -----------------------------------------------------------------------------------

def test_start_asks_the_most_useful_question_first(session):
    snap = session.start()
    assert snap.fresh and snap.question is not None and snap.question.id == "budget"
    assert snap.results.cards and not snap.can_go_back


def test_a_skipped_question_is_never_asked_again_and_the_flow_goes_on(session):
    snap = session.answer("budget", [500])
    skipped = snap.question.id
    snap = session.skip(skipped)
    assert snap.question is not None and snap.question.id != skipped
    seen = [skipped]
    while snap.question is not None:
        assert snap.question.id not in seen
        seen.append(snap.question.id)
        snap = session.skip(snap.question.id)
    assert len(seen) + 1 <= MOST_QUESTIONS + 1 and snap.results.cards


def test_the_flow_never_asks_more_than_five_questions(session):
    snap = session.start()
    asked = 0
    while snap.question is not None:
        asked += 1
        snap = session.answer(snap.question.id, [snap.question.options[-1].id])
    assert 1 <= asked <= MOST_QUESTIONS


def test_a_complete_typed_wish_shows_the_results_at_once(session):
    snap = session.say("small Android under $400 with a good camera")
    assert snap.question is None
    assert snap.prefs.budget_max == 400 and snap.prefs.os == "android"
    assert snap.results.cards and all(c.phone["price_usd"] <= 400 for c in snap.results.cards)


def test_a_wish_without_an_amount_does_not_answer_the_budget(session):
    snap = session.say("a phone with a great camera")
    assert snap.prefs.budget_max is None
    assert snap.question is not None and snap.question.id == "budget"


def test_what_the_words_already_answer_is_not_asked(session):
    snap = session.say("an iPhone under $900")
    asked = []
    while snap.question is not None:
        asked.append(snap.question.id)
        snap = session.skip(snap.question.id)
    assert not {"budget", "os", "brands"} & set(asked)


def test_back_shows_the_question_again_with_its_answer_chosen(session):
    first = session.answer("budget", [650])
    shown = first.question
    session.answer(shown.id, [shown.options[0].id])
    snap = session.back()
    assert snap.question.id == shown.id and snap.selected == (shown.options[0].id,)
    assert snap.prefs == first.prefs
    snap = session.back()
    assert snap.question.id == "budget" and snap.selected == ("650",) and snap.prefs.budget_max is None
    # answered again, the next question starts with nothing chosen, and so does its own Back
    snap = session.answer("budget", [800])
    assert snap.question.id == shown.id and snap.selected == ()
    session.answer(snap.question.id, [snap.question.options[-1].id])
    snap = session.back()
    assert snap.selected == (shown.options[-1].id,)
    assert session.back().selected == ("800",)
    # any other event, undone, gives back that screen as it was, the answer still chosen
    session.keep(snap.results.cards[0].phone["id"])
    snap = session.back()
    assert snap.question.id == "budget" and snap.selected == ("800",) and snap.shortlist == ()


def test_back_with_nothing_to_undo_changes_nothing(session):
    before = session.snapshot
    snap = session.back()
    assert conversation(snap) == conversation(before) and not snap.can_go_back


def test_a_later_answer_wins_and_a_removed_chip_stays_removed(session):
    session.answer("budget", [500])
    snap = session.answer("budget", [300])
    assert snap.prefs.budget_max == 300
    snap = session.answer("brands", ["avoid:Samsung"])
    snap = session.remove("brands_exclude:Samsung")
    assert "Samsung" not in snap.prefs.brands_exclude
    snap = session.answer("os", ["android"])
    assert "Samsung" not in snap.prefs.brands_exclude
    snap = session.say("no Samsung")
    assert "Samsung" in snap.prefs.brands_exclude


def test_results_always_belong_to_the_snapshots_preferences(session):
    snap = session.say("Apple only")
    assert snap.prefs.brands_include == ("Apple",)
    assert snap.results.cards and all(c.phone["brand"] == "Apple" for c in snap.results.cards)
    snap = session.remove("brands_include:Apple")
    assert any(c.phone["brand"] != "Apple" for c in snap.results.cards)


def test_every_question_means_the_same_everywhere():
    for question_id in QUESTIONS:
        q = question(question_id, "CNY")
        assert q.options and len({o.id for o in q.options}) == len(q.options)
    assert [o.label for o in question("budget", "CNY").options] == ["¥1,500", "¥2,000", "¥3,000", "¥5,000",
                                                                     "¥8,000"]


# -- currency -----------------------------------------------------------------------------------

def test_an_amount_without_a_currency_is_in_the_stores(recommender):
    session = Session(recommender, StoreSettings("CNY", "CN"))
    budget = session.start().question
    assert budget.id == "budget" and budget.options[0].label == "¥1,500"   # the question asks in yuan too
    snap = session.say("under 3000")
    assert (snap.prefs.budget_max, snap.prefs.currency) == (3000, "CNY")
    assert [c.text for c in snap.chips] == ["Under ¥3,000"]
    snap = session.answer("budget", [2500])
    assert (snap.prefs.budget_max, snap.prefs.currency) == (2500, "CNY")
    assert all(c.phone["price_usd"] <= 2500 * 0.1364 + 0.5 for c in snap.results.cards)


def test_an_amount_in_another_currency_shows_both_on_its_chip(session):
    snap = session.say("under 3000 yuan")
    assert (snap.prefs.budget_max, snap.prefs.currency) == (3000, "CNY")
    assert snap.chips[0].text == "Under ¥3,000 ≈ $409"
    assert all(c.phone["price_usd"] <= 3000 * 0.1364 + 0.5 for c in snap.results.cards)


def test_a_chinese_amount_at_a_dollar_store_is_read_in_yuan_and_asked_about(session):
    snap = session.say("预算两千以内")
    assert (snap.prefs.budget_max, snap.prefs.currency) == (2000, "CNY")     # never $2,000 unasked
    assert snap.chips[0].text == "Under ¥2,000 ≈ $273"
    assert snap.clarify is not None and snap.clarify.chip.text == "Under ¥2,000 ≈ $273"
    yes = session.confirm(True)
    assert (yes.prefs.budget_max, yes.prefs.currency) == (2000, "CNY") and yes.clarify is None
    session.back()
    no = session.confirm(False)
    assert (no.prefs.budget_max, no.prefs.currency) == (2000, "USD") and no.chips[0].text == "Under $2,000"


def test_a_change_of_store_currency_changes_prices_not_the_shopper(recommender):
    session = Session(recommender, StoreSettings("USD", "US"))
    session.start()
    session.answer("budget", [400])
    snap = session.use_store(StoreSettings("EUR", "EU"))
    assert (snap.prefs.budget_max, snap.prefs.currency) == (400, "USD")
    assert snap.chips[0].text == "Under $400 ≈ €388"
    session.use_store(StoreSettings("USD", "US"))


# -- critiques, relaxations, shortlist, compare -------------------------------------------------

def test_a_critique_moves_from_that_phone(session):
    snap = session.answer("budget", [900])
    first = snap.results.cards[0].phone
    snap = session.critique(first["id"], "cheaper")
    assert snap.question is None and snap.results.cards
    assert all(c.phone["price_usd"] < first["price_usd"] for c in snap.results.cards)


def test_a_critique_with_no_better_phone_says_so_and_keeps_the_results(session, phones):
    snap = session.answer("brands", ["want:Apple"])
    cheapest = min((p for p in phones if p["brand"] == "Apple" and p["price_usd"] and p["year"] >= 2022),
                   key=lambda p: p["price_usd"])
    before = session.snapshot
    snap = session.critique(cheapest["id"], "cheaper")
    assert snap.message is not None and "cheaper" in snap.message.text
    assert conversation(snap) == conversation(before) and snap.version > before.version


def test_a_relaxation_is_taken_by_its_id(session):
    session.answer("brands", ["want:Apple"])
    snap = session.answer("budget", [150])
    assert snap.results.eligible_count == 0 and snap.results.relaxations
    offer = snap.results.relaxations[0]
    snap = session.relax(offer.id)
    assert snap.results.eligible_count == offer.count > 0


def test_nothing_fitting_a_contradiction_says_so_and_offers_the_nearest_change(session):
    session.answer("os", ["android"])
    snap = session.answer("brands", ["want:Apple"])
    assert snap.results.eligible_count == 0
    assert snap.results.relaxations and snap.question is None
    snap = session.say("Apple only")
    assert snap.message is not None and "Nothing fits" in snap.message.text


def test_shortlist_and_compare_toggle_and_compare_stops_at_four(session):
    snap = session.show_results()
    ids = [c.phone["id"] for c in snap.results.cards]
    for phone_id in ids[:MAX_COMPARE]:
        snap = session.compare(phone_id)
    assert snap.compare == tuple(ids[:MAX_COMPARE])
    fifth = session.compare(ids[MAX_COMPARE])
    assert fifth.compare == snap.compare and "at most four" in fifth.message.text
    session.keep(ids[0])
    session.keep(ids[1])
    snap = session.keep(ids[0])
    assert snap.shortlist == (ids[1],)


def test_reset_forgets_everything(session):
    session.say("no Samsung, under $500")
    first = session.snapshot.results.cards[0].phone["id"]
    session.keep(first)
    session.compare(first)
    session.critique(first, "cheaper")
    session.say("预算两千以内")
    snap = session.reset()
    assert snap.prefs.is_empty() and snap.shortlist == () and snap.compare == () and snap.chips == ()
    assert snap.clarify is None and snap.message is None
    assert snap.fresh and not snap.can_go_back and session.state.said == () and session.state.better_than is None
    assert not session._vectors, "the last shopper's words are still held"
    assert snap.results.eligible_count == session.start().results.eligible_count


# -- bad input ----------------------------------------------------------------------------------

TYPE = "Type or say what you need, for example “a small phone with a good camera”."
UNREADABLE = "That does not look like words I can read."
LONG = ("That is too long for me: please say what you need in a few sentences (at most 2000 characters).")


@pytest.mark.parametrize("event, args, message", [
    ("say", ("",), TYPE), ("say", ("   ",), TYPE), ("say", ("x" * 100_000,), LONG), ("say", ("x" * 2001,), LONG),
    ("say", (b"\x00\x9f\xff" * 50,), UNREADABLE), ("say", ("\x00\x01\x02\x03\x04\x05",), UNREADABLE),
    ("say", ("ab\x00\x01\x02",), UNREADABLE),             # 2 of 5 characters readable
    ("say", (None,), "That is not text."), ("say", (42,), "That is not text."),
    ("answer", ("colour", ["red"]), "There is no question “colour”."),
    ("answer", ("os", ["blackberry"]), "“blackberry” is not an answer to this question."),
    ("answer", ("os", "ios"), "An answer is a list of options, not 'ios'."),
    ("answer", ("os", ["ios", "android"]), "Choose one answer to this question."),
    ("answer", ("budget", [-5]), "A budget must be more than nothing and less than ten million."),
    ("answer", ("budget", [math.inf]), "“inf” is not an answer to this question."),
    ("answer", ("budget", [1e308]), "A budget must be more than nothing and less than ten million."),
    ("answer", (None, None), "There is no question “None”."), ("skip", ("nothing",), "There is no question “nothing”."),
    ("remove", ("brands_include:Nokia",), "There is no “brands_include:Nokia” to remove."),
    ("critique", ("no-such-phone", "cheaper"), "There is no phone “no-such-phone” in the catalog."),
    ("critique", ("google-pixel-8a", "prettier"), "“prettier” is not a way to compare phones."),
    ("relax", ("relax-0000",), "That change is no longer offered."),
    ("keep", ("nope",), "There is no phone “nope” in the catalog."),
    ("compare", (["a list"],), "There is no phone “['a list']” in the catalog."),
    ("confirm", (True,), "There is nothing to confirm."), ("confirm", ("yes",), "Please answer yes or no."),
])
def test_bad_input_gets_a_message_and_changes_nothing(session, event, args, message):
    session.answer("budget", [500])
    before = session.snapshot
    snap = getattr(session, event)(*args)
    assert snap.message is not None and snap.message.text == message
    assert snap.version > before.version
    assert conversation(snap) == conversation(before)


def test_the_longest_wish_taken_is_two_thousand_characters(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(budget_max=500)))
    session.start()
    assert session.say("x" * 2000).prefs.budget_max == 500
    assert session.say("ab\x00\x01\x02" + "abcdefghijklmnopqrs").message is None   # 21 of 24 readable: enough


def test_an_id_in_a_message_is_cut_to_forty_characters(session):
    snap = session.keep("p" * 60)
    assert snap.message.text == f"There is no phone “{'p' * 40}” in the catalog."
    assert session.remove("c" * 60).message.text == f"There is no “{'c' * 40}” to remove."
    assert session.critique("google-pixel-8a", "k" * 60).message.text == f"“{'k' * 40}” is not a way to compare phones."


def test_text_that_says_nothing_about_phones_is_said_back(session):
    before = session.snapshot
    snap = session.say("hello, how are you today?")
    assert snap.message is not None and "didn't catch" in snap.message.text
    assert conversation(snap) == conversation(before)


def test_the_model_missing_is_a_message_not_a_crash(recommender):
    def broken(text, context):
        raise RuntimeError("model file missing")

    session = Session(recommender, StoreSettings(), reader=broken)
    session.start()
    snap = session.say("under $400")
    assert "use the buttons" in snap.message.text
    assert session.answer("budget", [400]).prefs.budget_max == 400


# -- the flow gets to know the shopper --------------------------------------------------------

def test_simulated_shoppers_find_what_they_would_have_picked(recommender, phones):
    """Honest shoppers who skip what they don't care about end, in at most five questions, with a
    top three holding a phone they would have picked nearly as often as when they state every need
    up front, and never with a phone that breaks a need they stated."""
    session = Session(recommender, StoreSettings("USD", "US"))
    flow = control = judged = 0
    for shopper in shoppers(80, seed=11):
        picks = shopper.would_pick(phones)
        if not picks:
            continue
        judged += 1
        snap, asked, answered = walk(session, shopper)
        assert len(asked) <= MOST_QUESTIONS
        top = [c.phone for c in snap.results.cards[:3]]
        assert not [p["id"] for p in top if shopper.breaks(p, answered)], shopper
        flow += any(p["id"] in picks for p in top)
        full = recommender.recommend(shopper.prefs(), top=3, ask_next=False).results
        control += any(r.phone["id"] in picks for r in full)
    assert judged >= 50
    assert flow >= 0.8 * control, (flow, control, judged)


def test_an_iphone_only_shopper_is_asked_the_system_and_shown_iphones(session):
    shopper = Shopper(budget_usd=1000, os="ios")
    snap, asked, _ = walk(session, shopper)
    assert "os" in asked
    assert snap.results.cards and all(c.phone["os"] == "ios" for c in snap.results.cards)


def test_converse_prints_one_snapshot_per_event(tmp_path, capsys):
    from app.cli import main

    events = tmp_path / "events.jsonl"
    events.write_text("\n".join([json.dumps({"event": "answer", "question": "budget", "options": [500]}),
                                 "not json", json.dumps({"event": "fly"}),
                                 json.dumps({"event": "skip", "question": "os"})]) + "\n", encoding="utf-8")
    assert main(["converse", str(events)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 5
    assert lines[0]["question"]["id"] == "budget" and lines[1]["prefs"]["budget_max"] == 500
    assert "error" in lines[2] and "error" in lines[3]
    assert lines[4]["version"] > lines[1]["version"]


# -- the rules, read with a fixed reading (no model: what the words mean is given) -------------------

def reading(prefs=None, unsure=(), **values):
    """A reader that reads every text as `prefs` (or Preferences(**values)), with `unsure` slots."""
    from app.preferences import Preferences
    from app.understanding import Understanding

    said = prefs if prefs is not None else Preferences(**values)
    return lambda text, context: Understanding(said, {}, tuple(unsure))


@pytest.mark.parametrize("values, settled", [
    (dict(budget_max=400, brands_include=("Google",), priorities=("camera",)), True),
    (dict(budget_max=400, os="android", size="compact"), True),
    (dict(budget_min=300, brands_exclude=("Samsung",), require=("nfc",)), True),
    (dict(budget_max=400, use_cases=("gaming",), exclude_features=("foldable",)), True),
    (dict(budget_max=400, size="large"), False),                      # a budget and one need: ask on
    (dict(os="android", size="compact", priorities=("camera",)), False),   # three needs, no budget: ask it
])
def test_a_wish_naming_a_budget_and_two_other_needs_shows_the_results(recommender, values, settled):
    session = Session(recommender, StoreSettings(), reader=reading(**values))
    session.start()
    snap = session.say("words")
    assert (snap.question is None) is settled, snap.question


def test_an_unsure_reading_is_asked_about_and_taken_only_when_confirmed(recommender):
    from app.preferences import Preferences

    said = Preferences(budget_max=300, currency="EUR", priorities=("camera",), os="ios")
    session = Session(recommender, StoreSettings(), reader=reading(said, unsure=("priorities:camera", "os")))
    session.start()
    snap = session.say("words")
    assert snap.prefs.budget_max == 300 and snap.prefs.currency == "EUR"   # the sure part is taken at once
    assert "camera" not in snap.prefs.priorities and snap.prefs.os is None
    assert snap.clarify.chip.text == "Great camera" and snap.clarify.field == "priorities"
    assert snap.clarify.value == "camera"
    snap = session.confirm(True)
    assert snap.prefs.priorities == ("camera",)
    assert snap.clarify.chip.text == "iPhone (iOS)"                     # the next doubt, one at a time
    snap = session.confirm(False)
    assert snap.prefs.os is None and snap.clarify is None


def test_an_unsure_amount_keeps_its_currency_when_confirmed(recommender):
    from app.preferences import Preferences

    said = Preferences(budget_max=300, currency="EUR")
    session = Session(recommender, StoreSettings(), reader=reading(said, unsure=("budget_max", "currency")))
    session.start()
    snap = session.say("words")
    assert snap.prefs.budget_max is None and snap.clarify.chip.text == "Under €300 ≈ $309"
    snap = session.confirm(True)
    assert (snap.prefs.budget_max, snap.prefs.currency) == (300, "EUR")


def test_an_unsure_bare_amount_is_asked_in_the_stores_currency(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings("GBP", "UK"),
                      reader=reading(Preferences(budget_max=250), unsure=("budget_max",)))
    session.start()
    snap = session.say("words")
    assert snap.clarify.chip.text == "Under £250"
    assert (session.confirm(True).prefs.currency) == "GBP"


def test_a_better_camera_critique_shows_only_phones_with_a_better_camera(session):
    snap = session.answer("budget", [700])
    first = min(snap.results.cards, key=lambda c: c.aspects["camera"])   # the one with the weakest camera
    snap = session.critique(first.phone["id"], "better_camera")
    assert snap.message is None and snap.results.cards and snap.prefs.priorities[:1] == ("camera",)
    assert all(c.aspects["camera"] > first.aspects["camera"] for c in snap.results.cards)


def test_after_show_phones_no_more_questions_until_back(session):
    session.answer("budget", [500])
    asked = session.snapshot.question
    snap = session.show_results()
    assert snap.question is None and snap.results.cards
    assert session.answer("size", ["compact"]).question is None
    assert session.say("no Samsung").question is None
    session.back()
    session.back()
    assert session.back().question == asked


def test_compare_takes_a_phone_out_again_and_names_an_unknown_one(session):
    snap = session.show_results()
    phone_id = snap.results.cards[0].phone["id"]
    assert session.compare(phone_id).compare == (phone_id,)
    assert session.compare(phone_id).compare == ()
    snap = session.compare("no-such-phone-42")
    assert "no-such-phone-42" in snap.message.text
    assert "42" in session.keep(42).message.text


def test_phones_kept_together_are_remembered_when_the_store_allows_it(tmp_path):
    from app.recommend.collaborative import ChoiceLog

    log = ChoiceLog(tmp_path / "together.sqlite")
    session = Session(Recommender(choice_log=log), StoreSettings())
    snap = session.show_results()
    first, second = (c.phone["id"] for c in snap.results.cards[:2])
    session.keep(first)
    assert log.together(first) == {}          # one phone is no choice between phones
    session.keep(second)
    assert log.together(first) == {second: 1}


def test_the_converse_form_of_a_snapshot_says_everything_a_screen_shows(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(),
                      reader=reading(Preferences(brands_include=("Apple",), budget_max=150, currency="USD",
                                                 priorities=("camera",)), unsure=("priorities:camera",)))
    session.start()
    out = session.say("words").to_dict()
    assert out["prefs"] == {"budget_max": 150, "currency": "USD", "brands_include": ["Apple"]}
    assert {"id": "brands_include:Apple", "text": "Apple"} in out["chips"]
    assert out["clarify"] == {"field": "priorities", "value": "camera", "text": "Great camera"}
    assert out["question"] is None and out["results"]["eligible_count"] == 0
    offer = out["results"]["relaxations"][0]
    assert offer["id"].startswith("relax-") and offer["count"] > 0 and offer["change"]
    assert out["message"].startswith("Nothing fits") and out["can_go_back"] is True
    budget = session.start().to_dict()["question"]
    assert budget["id"] == "budget" and budget["amount"] is True and budget["multiple"] is False
    assert budget["options"][0] == {"id": "200", "label": "$200"}
    shown = session.show_results().to_dict()["results"]["cards"][0]
    assert shown["name"] and shown["reasons"] and "price_usd" in shown


def test_words_are_read_in_the_context_of_the_question_on_screen(recommender):
    from app.preferences import Preferences
    from app.understanding import Understanding

    heard = []

    def reader(text, context):
        heard.append((text, context))
        return Understanding(Preferences(deprioritized=("camera",)))

    session = Session(recommender, StoreSettings(), reader=reader)
    session.start()
    session.say("nah")
    session.show_results()
    session.say(b"not really")
    assert heard == [("nah", "budget"), ("not really", None)]   # bytes are read as UTF-8 text


def test_a_wish_answering_the_question_on_screen_counts_as_that_answer(recommender):
    from app.preferences import Preferences

    answering = {"os": Preferences(os="ios"), "size": Preferences(size="compact"),
                 "brands": Preferences(brands_exclude=("Samsung",)), "camera": Preferences(priorities=("camera",)),
                 "battery": Preferences(priorities=("battery",)), "performance": Preferences(priorities=("performance",)),
                 "use_cases": Preferences(use_cases=("gaming",)), "features": Preferences(require=("nfc",)),
                 "storage": Preferences(min_storage_gb=256)}
    session = Session(recommender, StoreSettings())
    session.start()
    session.answer("budget", [300])
    skipped = session.snapshot.question.id
    on_screen = session.skip(skipped).question.id
    session._reader = reading(answering[on_screen])
    snap = session.say("words")
    assert snap.asked == 3 and session.state.asked == ("budget", skipped, on_screen)
    assert snap.question is None or snap.question.id not in ("budget", skipped, on_screen)
    assert session.state.said == ("words",)


def test_words_said_on_a_question_they_do_not_answer_keep_that_question(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(brands_exclude=("Samsung",))))
    snap = session.start()
    assert snap.question.id == "budget"
    snap = session.say("no Samsung")
    assert snap.question.id == "budget" and snap.asked == 0


def test_each_wish_runs_the_language_model_once(session, monkeypatch):
    from app import understanding

    runs = []
    real_run = understanding.load().run
    monkeypatch.setattr(understanding.load(), "run", lambda encoded: runs.append(1) or real_run(encoded))
    session.say("a phone for night photos, under $600")
    session.say("and it should last two days")
    assert len(runs) == 2


def test_a_session_opened_for_a_store_ranks_for_its_market_and_currency(tmp_path, monkeypatch):
    from app.catalog.store import StoreDatabase

    monkeypatch.setenv("PHONE_GUIDE_DATA_DIR", str(tmp_path))
    lists = tmp_path / "ours.csv"
    lists.write_text("id,price,currency\ngoogle-pixel-9a,3299,CNY\n", encoding="utf-8")
    session = Session.open(store=StoreSettings("CNY", "CN", only_assortment=True))
    assert session.recommender.settings.currency == "CNY" and session.recommender.settings.market == "CN"
    StoreDatabase(tmp_path).import_file(lists, session.recommender.arrays.phones)
    session = Session.open(store=StoreSettings("CNY", "CN", only_assortment=True))
    snap = session.show_results()
    assert [c.phone["id"] for c in snap.results.cards] == ["google-pixel-9a"]
    assert snap.results.cards[0].phone["price"]["kind"] == "store" and snap.store.currency == "CNY"


def test_a_character_without_a_name_does_not_stop_the_reading(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(budget_max=500)))
    session.start()
    snap = session.say("under 500 \ue000")   # a private-use character: no Unicode name
    assert snap.message is None and snap.prefs.budget_max == 500 and snap.prefs.currency == "USD"


def test_the_notes_a_shopper_reads(recommender, session, phones):
    def broken(text, context):
        raise RuntimeError("model file missing")

    assert Session(recommender, StoreSettings(), reader=broken).say("x").message.text == \
        "Sorry, I can't read typed wishes right now (RuntimeError). Please use the buttons."
    assert session.say("hello, how are you today?").message.text == \
        "Sorry, I didn't catch a phone wish in that. Try, for example: “under $400, good camera, no Samsung”."
    session.answer("brands", ["want:Apple"])
    cheapest = min((p for p in phones if p["brand"] == "Apple" and p["price_usd"] and p["year"] >= 2022),
                   key=lambda p: p["price_usd"])
    assert session.critique(cheapest["id"], "cheaper").message.text == \
        f"No phone that fits your other wishes is cheaper than the Apple {cheapest['model']}."
    session.answer("os", ["android"])
    assert session.say("Apple only").message.text == "Nothing fits all of that. The nearest changes are below."
    ids = [c.phone["id"] for c in session.reset().results.cards]
    for phone_id in ids[:4]:
        session.compare(phone_id)
    assert session.compare(ids[4]).message.text == "You can compare at most four phones. Take one out first."


# -- more that mutation testing found unchecked --------------------------------------------------

def test_a_session_without_store_settings_uses_the_recommenders(recommender):
    session = Session(recommender)
    assert session.store == recommender.settings.store
    assert session.use_store(StoreSettings("USD", "US")).question.id == "budget"   # not started yet: starts


def test_the_stores_settings_reach_the_recommender(recommender):
    Session(recommender, StoreSettings("EUR", "EU", only_assortment=False))
    assert (recommender.settings.currency, recommender.settings.market) == ("EUR", "EU")
    session = Session(recommender, StoreSettings("CNY", "CN"))
    session.start()
    reasons = [e.text for c in session.answer("budget", [3000]).results.cards for e in c.reasons]
    assert any("¥" in r for r in reasons) and not any("$" in r for r in reasons)
    Session(recommender, StoreSettings("USD", "US"))


def test_an_event_leaves_the_welcome_state_and_back_restores_it(session):
    assert session.snapshot.fresh
    assert not session.answer("budget", [500]).fresh
    assert session.back().fresh
    session.show_results()
    session.keep(session.snapshot.results.cards[0].phone["id"])
    assert session.back().selected == ()


def test_a_budget_in_a_yuan_store_is_answered_with_its_round_amounts(recommender):
    session = Session(recommender, StoreSettings("CNY", "CN"))
    session.start()
    snap = session.answer("budget", ["3000"])
    assert (snap.prefs.budget_max, snap.prefs.currency) == (3000, "CNY")
    assert Session(recommender, StoreSettings("USD", "US")).start() is not None


@pytest.mark.parametrize("amount, taken", [(0, False), (1, True), (9_999_999, True), (10_000_000, False)])
def test_a_budget_between_nothing_and_ten_million_is_taken(session, amount, taken):
    snap = session.answer("budget", [amount])
    assert (snap.prefs.budget_max == amount) is taken and (snap.message is None) is taken


def test_an_answer_that_is_not_a_list_is_refused_whatever_it_is(session):
    for not_a_list in ({"ios": 1}, "ios", 5, 5.0, b"ios"):
        assert session.answer("os", not_a_list).message.startswith("An answer is a list of options")
    assert session.answer("os", ["o" * 60]).message == f"“{'o' * 40}” is not an answer to this question."
    assert session.skip("q" * 60).message == f"There is no question “{'q' * 40}”."


def test_answering_a_question_ends_a_critique(session):
    snap = session.answer("budget", [700])
    weakest = min(snap.results.cards, key=lambda c: c.aspects["camera"])
    session.critique(weakest.phone["id"], "better_camera")
    session.answer("size", ["large"])
    assert session.state.better_than is None


def test_an_unsure_reading_of_one_of_several_values_asks_about_that_one(recommender):
    from app.preferences import Preferences

    said = Preferences(priorities=("camera", "battery"), budget_max=300, currency="EUR")
    session = Session(recommender, StoreSettings(),
                      reader=reading(said, unsure=("currency", "priorities:display", "priorities:battery")))
    session.start()
    snap = session.say("words")
    assert snap.prefs.priorities == ("camera",)                  # the sure one stays
    assert (snap.prefs.budget_max, snap.prefs.currency) == (300, "EUR")   # an unsure currency alone: kept
    assert snap.clarify.chip.text == "Long battery"              # display was never read: not asked


def test_an_unsure_lowest_price_is_asked_in_the_stores_currency(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings("CNY", "CN"),
                      reader=reading(Preferences(budget_min=3000), unsure=("budget_min",)))
    session.start()
    assert session.say("words").clarify.chip.text == "From ¥3,000"
    snap = session.confirm(True)
    assert (snap.prefs.budget_min, snap.prefs.currency) == (3000, "CNY")


def test_a_chinese_amount_at_a_yuan_store_is_not_asked_about(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings("CNY", "CN"), reader=reading(Preferences(budget_max=2000)))
    session.start()
    snap = session.say("预算两千以内")
    assert snap.clarify is None and (snap.prefs.budget_max, snap.prefs.currency) == (2000, "CNY")


def test_the_currency_question_comes_before_other_doubts(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(),
                      reader=reading(Preferences(budget_max=2000, priorities=("camera",)),
                                     unsure=("priorities:camera",)))
    session.start()
    assert session.say("两千以内,拍照好").clarify.chip.text == "Under ¥2,000 ≈ $273"


@pytest.mark.parametrize("text, readable", [("abcd\x00", True), ("abc\x00\x01", False),
                                             (b"\xff\xfe" * 20, False)])
def test_text_needs_four_readable_characters_in_five(recommender, text, readable):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(budget_max=500)))
    session.start()
    assert (session.say(text).message is None) is readable


def test_the_question_on_screen_stays_while_words_do_not_answer_it(recommender, monkeypatch):
    from app.preferences import Preferences
    from app.recommend import questions

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(brands_exclude=("Samsung",))))
    assert session.start().question.id == "budget"
    monkeypatch.setattr(questions, "next_question", lambda *args, **named: "storage")
    assert session.say("no Samsung").question.id == "budget"   # the recommender would now ask about storage
    assert session.skip("budget").question.id == "storage"


def test_the_converse_form_has_every_field(recommender):
    session = Session(recommender, StoreSettings())
    session.start()
    session.answer("budget", [500])
    out = session.back().to_dict()
    assert set(out) == {"version", "prefs", "chips", "question", "selected", "clarify", "results", "message",
                        "shortlist", "compare", "can_go_back"}
    assert out["selected"] == ["500"] and set(out["question"]) == {"id", "title", "multiple", "amount", "options"}
    out = session.show_results().to_dict()
    phone = out["results"]["cards"][0]["id"]
    session.keep(phone)
    out = session.compare(phone).to_dict()
    assert out["shortlist"] == [phone] and out["compare"] == [phone]
    assert set(out["results"]["cards"][0]) == {"id", "name", "price_usd", "reasons", "weaknesses"}


def test_a_session_opened_with_a_reader_reads_with_it(recommender):
    from app.preferences import Preferences

    session = Session.open(StoreSettings("GBP", "UK"), recommender=recommender,
                           reader=reading(Preferences(budget_max=250)))
    session.start()
    assert (session.say("anything").prefs.budget_max, session.store.currency) == (250, "GBP")
    Session(recommender, StoreSettings("USD", "US"))


def test_words_and_chips_taken_away_end_a_critique(session):
    snap = session.answer("budget", [700])
    weakest = min(snap.results.cards, key=lambda c: c.aspects["camera"])
    session.critique(weakest.phone["id"], "better_camera")
    assert session.state.better_than == (weakest.phone["id"], "better_camera")
    session.say("no Samsung")
    assert session.state.better_than is None
    session.critique(weakest.phone["id"], "better_camera")
    session.remove("budget_max")
    assert session.state.better_than is None


def test_a_critique_shows_only_phones_better_than_that_one_and_ends_the_questions(session):
    snap = session.answer("budget", [900])
    assert snap.question is not None
    cameras = sorted(snap.results.cards, key=lambda c: -c.aspects["camera"])
    second = next(c for c in cameras if c.aspects["camera"] < cameras[0].aspects["camera"] - 0.05)  # good, not best
    snap = session.critique(second.phone["id"], "better_camera")
    assert snap.message is None and snap.question is None and snap.results.cards
    assert all(c.aspects["camera"] > second.aspects["camera"] for c in snap.results.cards)
    assert session.answer("size", ["large"]).question is None


def test_removing_one_chip_of_a_list_keeps_the_others(session):
    session.answer("brands", ["avoid:Samsung", "avoid:Apple"])
    snap = session.remove("brands_exclude:Samsung")
    assert snap.prefs.brands_exclude == ("Apple",)


def test_a_chinese_amount_at_a_euro_store_shows_euros_beside_the_yuan(recommender):
    session = Session(recommender, StoreSettings("EUR", "EU"))
    session.start()
    assert session.say("预算两千以内").clarify.chip.text == "Under ¥2,000 ≈ €265"
    Session(recommender, StoreSettings("USD", "US"))


def test_an_answer_that_is_not_a_list_is_named_in_forty_characters(session):
    assert session.answer("os", "x" * 60).message == f"An answer is a list of options, not {repr('x' * 60)[:40]}."


@pytest.mark.parametrize("values, settled", [
    (dict(budget_max=400, brands_include=("Google",), priorities=("camera",)), True),
    (dict(budget_max=400, os="android", size="compact"), True),
    (dict(budget_max=400, brands_exclude=("Samsung",), use_cases=("gaming",)), True),
    (dict(budget_min=300, size="large", require=("nfc",)), True),
    (dict(budget_max=400, size="large"), False),
    (dict(budget_max=400, os="android"), False),
    (dict(size="large", os="android", priorities=("camera",)), False),
])
def test_only_a_wish_with_a_budget_and_two_other_needs_ends_the_questions(recommender, monkeypatch, values, settled):
    from app.recommend import questions

    monkeypatch.setattr(questions, "next_question", lambda *args, **named: "storage")  # always something to ask
    session = Session(recommender, StoreSettings(), reader=reading(**values))
    session.start()
    assert (session.say("words").question is None) is settled


def test_confirming_or_removing_keeps_the_question_on_screen(recommender, monkeypatch):
    from app.preferences import Preferences
    from app.recommend import questions

    said = Preferences(priorities=("camera",), brands_exclude=("Samsung",))
    session = Session(recommender, StoreSettings(), reader=reading(said, unsure=("priorities:camera",)))
    assert session.start().question.id == "budget"
    snap = session.say("words")
    assert snap.question.id == "budget" and snap.clarify is not None
    monkeypatch.setattr(questions, "next_question", lambda *args, **named: "storage")
    assert session.confirm(True).question.id == "budget"
    assert session.remove("brands_exclude:Samsung").question.id == "budget"


def test_the_shoppers_own_words_move_the_ranking(recommender):
    from app.preferences import Preferences

    tops = []
    for words in ("a rugged phone for building sites, it gets dropped in mud and rain",
                  "a thin light pretty phone for selfies and fashion photos"):
        session = Session(recommender, StoreSettings(), reader=reading(Preferences(budget_max=500)))
        session.start()
        tops.append([c.phone["id"] for c in session.say(words).results.cards])
    assert tops[0] != tops[1] and len(tops[0]) == 6   # six cards, in an order the words helped choose


def test_once_the_questions_end_later_words_do_not_bring_them_back(recommender):
    from app.preferences import Preferences

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(brands_exclude=("Samsung",))))
    snap = session.start()
    while snap.question is not None:
        snap = session.skip(snap.question.id)
    assert session.say("no Samsung").question is None


def test_only_our_assortment_reaches_the_recommender(recommender):
    Session(recommender, StoreSettings("USD", "US", only_assortment=True))
    assert recommender.settings.only_assortment is True
    Session(recommender, StoreSettings("USD", "US"))
    assert recommender.settings.only_assortment is False


def test_every_chip_names_its_field_and_value_and_says_what_was_understood():
    from app.preferences import Preferences
    from app.session import chips_for

    prefs = Preferences(budget_max=3000, budget_min=1000, currency="CNY", brands_include=("Google",),
                        brands_exclude=("Samsung",), os="android", size="compact", priorities=("camera",),
                        deprioritized=("audio",), require=("nfc",), exclude_features=("foldable",),
                        min_storage_gb=256, min_ram_gb=8, min_year=2024, use_cases=("gaming",))
    chips = [(c.id, c.field, c.value, c.text) for c in chips_for(prefs, "USD")]
    assert chips == [
        ("budget_max", "budget_max", None, "Under ¥3,000 ≈ $409"),
        ("budget_min", "budget_min", None, "From ¥1,000 ≈ $136"),
        ("brands_include:Google", "brands_include", "Google", "Google"),
        ("brands_exclude:Samsung", "brands_exclude", "Samsung", "No Samsung"),
        ("os", "os", None, "Android"),
        ("size", "size", None, "Compact"),
        ("priorities:camera", "priorities", "camera", "Great camera"),
        ("deprioritized:audio", "deprioritized", "audio", "Not important: Good sound"),
        ("require:nfc", "require", "nfc", "NFC"),
        ("exclude_features:foldable", "exclude_features", "foldable", "No Foldable"),
        ("use_cases:gaming", "use_cases", "gaming", "Gaming"),
        ("min_storage_gb", "min_storage_gb", None, "At least 256 GB storage"),
        ("min_ram_gb", "min_ram_gb", None, "At least 8 GB RAM"),
        ("min_year", "min_year", None, "From 2024"),
    ]
    assert [c.text for c in chips_for(Preferences(os="ios", size="large"), "USD")] == ["iPhone (iOS)", "Large screen"]
    assert str(chips_for(Preferences(budget_max=500, currency="USD"), "USD")[0]) == "Under $500"
    # in a yuan store, dollars said are shown in yuan too (¥7.33 to the dollar: 0.1364 $ per ¥)
    in_yuan = [c.text for c in chips_for(Preferences(budget_min=200, budget_max=400, currency="USD"), "CNY")]
    assert in_yuan == ["Under $400 ≈ ¥2,933", "From $200 ≈ ¥1,466"]


def test_a_way_out_taken_during_a_critique_ends_the_critique(session):
    session.answer("brands", ["want:Sony"])
    snap = session.answer("budget", [900])
    second_cheapest = sorted(snap.results.cards, key=lambda c: c.phone["price_usd"])[1]
    snap = session.critique(second_cheapest.phone["id"], "cheaper")
    assert session.state.better_than is not None and snap.results.relaxations
    offer = next(o for o in snap.results.relaxations if o.change.code == "any_brand")
    snap = session.relax(offer.id)
    assert session.state.better_than is None
    assert snap.results.eligible_count == offer.count   # what the offer promised, not cut by the critique


def test_a_way_out_keeps_the_question_on_screen(recommender, monkeypatch):
    from app.preferences import Preferences
    from app.recommend import questions

    session = Session(recommender, StoreSettings(), reader=reading(Preferences(brands_include=("Fairphone",))))
    assert session.start().question.id == "budget"
    snap = session.say("a Fairphone")
    assert snap.question.id == "budget" and 0 < snap.results.eligible_count < 3 and snap.results.relaxations
    monkeypatch.setattr(questions, "next_question", lambda *args, **named: "storage")
    assert session.relax(snap.results.relaxations[0].id).question.id == "budget"


def test_the_settings_a_session_opens_with_reach_the_phones_shown(recommender):
    from dataclasses import replace

    from app.settings import DEFAULTS

    recent = Session.open(settings=replace(DEFAULTS, oldest_year_shown=2025)).show_results().results
    usual = Session(recommender).show_results().results   # the default settings, on the module's recommender
    assert min(c.phone["year"] for c in recent.cards) >= 2025
    assert recent.eligible_count < usual.eligible_count   # the phones from 2022 to 2024 are left out


def test_an_event_refused_reads_as_its_message_in_a_log_or_traceback():
    refused = BadInput("“{option}” is not an answer to this question.", option="purple")
    assert str(refused) == "“purple” is not an answer to this question." == refused.note.text


def test_a_camera_critique_counts_and_shows_only_the_phones_with_a_better_camera(session):
    snap = session.answer("budget", [900])
    before = snap.results.eligible_count
    weakest = min(snap.results.cards, key=lambda c: c.aspects["camera"])   # a good camera, not the best
    snap = session.critique(weakest.phone["id"], "better_camera")
    assert snap.message is None and 0 < snap.results.eligible_count < before / 4
    assert all(c.aspects["camera"] > weakest.aspects["camera"] for c in snap.results.cards)


def test_with_the_learning_switched_on_a_kept_phone_brings_the_phones_chosen_with_it(tmp_path):
    from app.preferences import Preferences
    from app.recommend.collaborative import ChoiceLog
    from app.settings import Settings

    prefs, kept = Preferences(budget_max=700, brands_include=("Google", "Nothing")), "google-pixel-8a"

    def cards(choice_log):
        """What the shopper sees before and after keeping the phone."""
        recommender = Recommender(settings=Settings(collaborative_signal=choice_log is not None), choice_log=choice_log)
        recommender.embeddings = None   # the words' similarity moves with every retrained model; this is about the log
        session = Session(recommender, StoreSettings(), reader=reading(prefs))
        session.start()
        before = [c.phone["id"] for c in session.say("under 700").results.cards]
        return recommender, before, [c.phone["id"] for c in session.keep(kept).results.cards]

    recommender, _, unaided = cards(None)
    ranked = [recommender.arrays.ids[i] for i in recommender.order(prefs, liked=[kept])[0]]
    just_missed = next(p for p in ranked if p not in unaided and p != kept)
    log = ChoiceLog(tmp_path / "c.sqlite")
    for _ in range(20):   # earlier shoppers kept these two together
        log.record([kept, just_missed])
    _, before, after = cards(log)
    assert just_missed not in before and just_missed in after
