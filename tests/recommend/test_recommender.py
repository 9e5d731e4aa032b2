"""Explanations, critiques, diversity, the next question and the collaborative signal."""

import json
import math
import subprocess
import sys

import pytest

from app.preferences import Preferences
from app.recommend import CRITIQUES, Recommender
from app.recommend.collaborative import ChoiceLog
from app.recommend.explain import TEMPLATES
from app.recommend.ranking import family
from app.settings import Settings
from tests.conftest import PROJECT_ROOT


def test_cards_explain_themselves(recommender):
    results = recommender.recommend(Preferences(budget_max=400, priorities=("battery",)))
    assert len(results.results) == 5
    for item in results.results:
        assert item.reasons, item.phone["id"]
        assert all(e.code in TEMPLATES for e in item.reasons + item.weaknesses + item.tradeoffs)
        assert 0 <= item.score <= 1
    assert any("mAh" in e.text and "under $400" in e.text for e in results.results[0].reasons)
    assert sum(bool(r.tradeoffs) for r in results.results[1:]) >= 3


def test_top_cards_are_not_variants_of_one_phone(recommender):
    results = recommender.recommend(Preferences(budget_max=1500, priorities=("camera",)), top=5)
    families = [family(r.phone) for r in results.results]
    assert len(set(families)) == len(families)
    brands = [r.phone["brand"] for r in results.results]
    assert max(brands.count(b) for b in brands) <= 3


@pytest.mark.parametrize("brand", ["Samsung", "Apple"])
def test_a_shopper_of_one_brand_sees_one_phone_of_each_family(recommender, brand):
    """A Galaxy S26, S26+ and S26 Ultra are one choice to make, not three cards."""
    results = recommender.recommend(Preferences(brands_include=(brand,), budget_max=1500, priorities=("camera",)))
    families = [family(r.phone) for r in results.results]
    assert len(families) == 5 and len(set(families)) == 5


def test_the_match_a_shopper_reads_goes_down_the_list(recommender):
    later = ("not_confirmed", "out_of_stock", "coming_soon")  # these come after, whatever their match
    for prefs in (Preferences(budget_max=1500, priorities=("camera",)), Preferences(size="compact"),
                  Preferences(budget_max=300, priorities=("battery", "value"))):
        results = recommender.recommend(prefs, top=5).results
        shown = [r for r in results if not any(f.startswith(later) for f in r.flags)]
        assert len(shown) >= 3
        assert [r.score for r in shown] == sorted((r.score for r in shown), reverse=True), prefs


def test_one_brand_asked_for_gives_that_brand(recommender):
    results = recommender.recommend(Preferences(brands_include=("Samsung",)), top=5)
    assert {r.phone["brand"] for r in results.results} == {"Samsung"}


@pytest.mark.parametrize("kind", CRITIQUES)
def test_critiques_move_relative_to_the_phone(recommender, kind):
    prefs = Preferences(budget_max=900)
    reference = recommender.arrays.phones[recommender.arrays.index["google-pixel-8a"]]
    moved = recommender.critique(prefs, reference, kind)
    after = recommender.recommend(moved, better_than=(reference["id"], kind), ask_next=False).results
    assert after, kind
    best = after[0].phone
    assert best["id"] != reference["id"]
    if kind == "cheaper":
        assert best["price_usd"] < reference["price_usd"]
    elif kind == "smaller":
        assert best["screen_in"] < reference["screen_in"]
    elif kind == "bigger_screen":
        assert best["screen_in"] > reference["screen_in"]
    elif kind == "newer":
        assert best["year"] > reference["year"]
    else:
        aspect = {"better_camera": "camera", "longer_battery": "battery", "faster": "performance"}[kind]
        k = recommender.arrays.index[reference["id"]]
        from app.catalog.scores import ASPECTS
        assert after[0].aspects[aspect] > recommender.arrays.aspects[k, ASPECTS.index(aspect)]


def test_unknown_critique_and_phone(recommender):
    with pytest.raises(ValueError):
        recommender.critique(Preferences(), "google-pixel-8a", "prettier")
    with pytest.raises(ValueError):
        recommender.critique(Preferences(), "no-such-phone", "cheaper")


def test_next_question_skips_what_was_answered(recommender):
    first = recommender.recommend(Preferences()).next_question
    assert first is not None
    prefs = Preferences(budget_max=500, os="android", size="compact", brands_exclude=("Samsung",),
                        use_cases=("gaming",), priorities=("camera", "battery", "performance", "storage"),
                        require=("nfc",))
    assert recommender.recommend(prefs).next_question is None


def test_an_unsettled_question_is_asked_until_the_picks_settle(recommender):
    prefs = Preferences()
    asked = []
    for _ in range(12):
        question = recommender.recommend(prefs).next_question
        if question is None:
            break
        asked.append(question)
        answers = {"budget": Preferences(budget_max=500), "os": Preferences(os="android"),
                   "size": Preferences(size="large"), "use_cases": Preferences(use_cases=("photography",)),
                   "features": Preferences(require=("nfc",)), "storage": Preferences(min_storage_gb=128),
                   "brands": Preferences(brands_exclude=("Apple",))}
        answer = answers[question] if question in answers else Preferences(priorities=(question,))
        prefs = prefs.merge(answer)
    assert len(asked) == len(set(asked)), "a question was asked twice"
    assert question is None, "the picks never settled"


def test_collaborative_signal_moves_phones_chosen_together(tmp_path):
    log = ChoiceLog(tmp_path / "choices.sqlite")
    recommender = Recommender(settings=Settings(collaborative_signal=True), choice_log=log)
    prefs = Preferences(budget_max=700)
    before = recommender.scores(prefs, liked=["google-pixel-8a"])
    for _ in range(5):
        recommender.record_choice(["google-pixel-8a", "nothing-phone-2a", "no-such-phone"])
    after = recommender.scores(prefs, liked=["google-pixel-8a"])
    i = recommender.arrays.index["nothing-phone-2a"]
    assert after[i] > before[i]
    assert log.together("google-pixel-8a") == {"nothing-phone-2a": 5}


def test_collaborative_signal_is_off_by_default(recommender):
    assert recommender.choice_log is None
    recommender.record_choice(["google-pixel-8a", "nothing-phone-2a"])  # a no-op, not an error


def test_currency_is_converted(recommender):
    in_yuan = recommender.recommend(Preferences(budget_max=3000, currency="CNY"), top=10, ask_next=False)
    assert all(r.phone["price_usd"] <= 3000 * 0.1364 + 1e-6 for r in in_yuan.results)


def test_cli_json_and_errors():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "app", "recommend", *args], cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=120)

    result = run("--prefs", '{"budget_max": 400, "priorities": ["camera"]}', "--top", "3", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert len(data["results"]) == 3
    assert set(data["results"][0]) >= {"phone", "score", "reasons", "weaknesses", "flags"}
    assert "price_usd" in data["results"][0]["phone"]
    bad = run("--prefs", '{"budget_max": "lots"}')
    assert bad.returncode == 2 and "budget_max" in bad.stderr and "Traceback" not in bad.stderr
    table = run("--prefs", '{"brands_include": ["Apple"], "budget_max": 100}')
    assert table.returncode == 0 and "Try:" in table.stdout


def test_a_year_far_in_the_future_is_relaxed_at_once(recommender):
    import time

    from app.recommend import relax

    start = time.perf_counter()
    offers = relax.relaxations(recommender, Preferences(min_year=1_000_000_000))
    assert time.perf_counter() - start < 5
    assert offers and offers[0].count > 0


def test_a_damaged_chosen_together_file_is_set_aside(tmp_path):
    from app.recommend.collaborative import ChoiceLog

    damaged = tmp_path / "chosen_together.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    log = ChoiceLog(damaged)
    log.record(["google-pixel-8a", "google-pixel-8"])
    assert log.together("google-pixel-8a") == {"google-pixel-8": 1}
    assert list(tmp_path.glob("chosen_together.sqlite.damaged-*"))


def test_a_phone_priced_exactly_at_the_budget_is_shown(recommender):
    phones = recommender.arrays.phones
    phone = next(p for p in phones if p["brand"] == "Google" and p["year"] >= 2023 and p["price_usd"])
    prefs = Preferences(budget_max=phone["price_usd"], currency="USD", brands_include=("Google",))
    ranked, _, _ = recommender.order(prefs)
    assert recommender.arrays.index[phone["id"]] in set(ranked.tolist())


def test_the_first_relaxation_is_the_smallest_change_and_a_raised_budget_the_lowest_that_works(recommender):
    from app.recommend.relax import ENOUGH

    # the lowest budget that admits ENOUGH Apple phones, worked out from the catalog rows themselves
    prices = sorted(p["price_usd"] for p in recommender.arrays.phones if p["brand"] == "Apple" and p["price_usd"]
                    and p["year"] >= recommender.settings.oldest_year_shown)
    enough = math.ceil(prices[ENOUGH - 1])
    prefs = Preferences(brands_include=("Apple",), budget_max=enough - 40, currency="USD")
    offers = recommender.recommend(prefs).relaxations
    raise_budget = next(o for o in offers if o.change.code == "raise_budget")
    assert raise_budget.prefs.budget_max == enough and raise_budget.count >= ENOUGH
    # $40 more moves the wish far less than any other brand: it is offered first
    assert offers[0] is raise_budget, [o.change.text for o in offers]
    assert all(o.change.code != "several" for o in offers[:2])


def test_a_percentile_is_only_said_of_a_measured_fact(recommender):
    from app.recommend import MEASURED

    said = []
    for prefs in (Preferences(budget_max=400), Preferences(use_cases=("music",)), Preferences(budget_max=1500)):
        for card in recommender.recommend(prefs, top=8, ask_next=False).results:
            said += [r for r in card.reasons if r.code == "aspect_top"]
            assert not any("top" in r.text and r.code != "aspect_top" for r in card.reasons)
    assert said and all(r.values["aspect"] in MEASURED for r in said), [r.text for r in said]
