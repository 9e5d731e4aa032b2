"""Preferences: the shape of spec/preferences.md, checked against the schema file itself."""

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import preferences as P
from app.preferences import Preferences, PreferencesError


@pytest.fixture(scope="module")
def schema(shared_dir):
    return json.loads((shared_dir / "spec" / "preferences.schema.json").read_text(encoding="utf-8"))


def test_vocabularies_match_the_schema(schema):
    defs = schema["$defs"]
    assert list(P.BRANDS) == defs["brand"]["enum"]
    assert list(P.ASPECTS) == defs["aspect"]["enum"]
    assert list(P.FEATURES) == defs["feature"]["enum"]
    assert list(P.USE_CASES) == defs["use_case"]["enum"]
    assert list(P.QUESTIONS) == defs["question"]["enum"]
    assert set(Preferences().to_dict()) == set(schema["properties"])


def test_empty_value_is_schema_valid(schema):
    jsonschema.validate(Preferences().to_dict(), schema)
    assert Preferences().is_empty()
    assert Preferences().to_dict(compact=True) == {}


def preferences_values():
    lists = {name: st.lists(st.sampled_from(vocab), unique=True, max_size=4) for name, vocab in P.LIST_FIELDS.items()}
    money = st.none() | st.floats(min_value=0, max_value=1e6, allow_nan=False)
    return st.builds(
        Preferences,
        budget_max=money,
        budget_min=money,
        currency=st.none() | st.sampled_from(["USD", "EUR", "CNY", "GBP", "INR"]),
        os=st.none() | st.sampled_from(P.OS_CHOICES),
        size=st.none() | st.sampled_from(P.SIZE_CHOICES),
        min_storage_gb=st.none() | st.integers(0, 2048),
        min_ram_gb=st.none() | st.integers(0, 32),
        min_year=st.none() | st.integers(2000, 2030),
        **lists,
    )


@settings(max_examples=200, deadline=None, derandomize=True)   # the same examples on every run
@given(preferences_values())
def test_json_round_trip_and_schema(schema, prefs):
    data = prefs.to_dict()
    jsonschema.validate(data, schema)
    assert Preferences.from_json(prefs.to_json()) == prefs
    assert Preferences.from_dict(prefs.to_dict(compact=True)) == prefs


@pytest.mark.parametrize(
    "data, field",
    [
        ({"budget_max": "500"}, "budget_max"),
        ({"budget_max": -1}, "budget_max"),
        ({"budget_max": True}, "budget_max"),
        ({"budget_min": float("nan")}, "budget_min"),
        ({"currency": "usd"}, "currency"),
        ({"currency": "DOLLARS"}, "currency"),
        ({"brands_include": ["Nokla"]}, "brands_include"),
        ({"brands_exclude": "Apple"}, "brands_exclude"),
        ({"priorities": ["camera", "camera"]}, "priorities"),
        ({"deprioritized": ["looks"]}, "deprioritized"),
        ({"require": ["jetpack"]}, "require"),
        ({"use_cases": None}, "use_cases"),
        ({"os": "windows"}, "os"),
        ({"size": "medium"}, "size"),
        ({"min_storage_gb": 128.5}, "min_storage_gb"),
        ({"min_ram_gb": "8"}, "min_ram_gb"),
        ({"min_year": 1999}, "min_year"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_values_name_the_field(data, field):
    with pytest.raises(PreferencesError) as caught:
        Preferences.from_dict(data)
    assert caught.value.field == field
    assert field in str(caught.value)


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", "42", "\x00\xff", '{"budget_max": }'])
def test_bad_json_is_a_clear_error(text):
    with pytest.raises(PreferencesError):
        Preferences.from_json(text)


def test_later_answer_wins_and_lists_gather():
    first = Preferences(budget_max=500, currency="USD", priorities=("camera",), brands_include=("Google",))
    later = Preferences(budget_max=400, priorities=("battery",), brands_include=("Samsung",))
    merged = first.merge(later)
    assert merged.budget_max == 400
    assert merged.currency == "USD"  # an amount said without a currency keeps the one named before
    assert merged.priorities == ("camera", "battery")
    assert merged.brands_include == ("Google", "Samsung")


def test_saying_the_opposite_moves_a_value():
    first = Preferences(brands_include=("Samsung", "Google"), priorities=("camera",), require=("5g",))
    later = Preferences(brands_exclude=("Samsung",), deprioritized=("camera",), exclude_features=("5g",))
    merged = first.merge(later)
    assert merged.brands_include == ("Google",)
    assert merged.brands_exclude == ("Samsung",)
    assert merged.priorities == () and merged.deprioritized == ("camera",)
    assert merged.require == () and merged.exclude_features == ("5g",)


def test_a_crossing_budget_replaces_the_old_end():
    merged = Preferences(budget_min=600).merge(Preferences(budget_max=400))
    assert (merged.budget_min, merged.budget_max) == (None, 400)
    merged = Preferences(budget_max=400).merge(Preferences(budget_min=600))
    assert (merged.budget_min, merged.budget_max) == (600, None)


def test_merging_nothing_changes_nothing():
    prefs = Preferences(budget_max=300, use_cases=("gaming",))
    assert prefs.merge(Preferences()) == prefs
    assert Preferences().merge(prefs) == prefs


def test_removing_a_chip():
    prefs = Preferences(budget_max=500, currency="EUR", priorities=("camera", "battery"), os="ios")
    assert prefs.remove("priorities", "camera").priorities == ("battery",)
    assert prefs.remove("priorities").priorities == ()
    without_budget = prefs.remove("budget_max")
    assert without_budget.budget_max is None and without_budget.currency is None
    assert prefs.remove("os").os is None
    with pytest.raises(PreferencesError):
        prefs.remove("colour")


def test_pairs_lists_every_value_once():
    prefs = Preferences(budget_max=500, priorities=("camera", "battery"))
    assert sorted(P.pairs(prefs)) == [("budget_max", 500), ("priorities", "battery"), ("priorities", "camera")]


@pytest.mark.parametrize("data, message", [
    ([1, 2], "preferences: expected a JSON object, got list"),
    ({"colour": "red"}, "colour: unknown field"),
    ({"use_cases": None}, "use_cases: expected a list, got null"),
    ({"budget_max": "500"}, "budget_max: expected a number or null, got '500'"),
    ({"budget_min": float("inf")}, "budget_min: expected a number or null, got inf"),
    ({"budget_max": -1}, "budget_max: must not be negative, got -1"),
    ({"min_ram_gb": 8.0}, "min_ram_gb: expected a whole number or null, got 8.0"),
    ({"min_storage_gb": False}, "min_storage_gb: expected a whole number or null, got False"),
    ({"min_year": 1999}, "min_year: must be at least 2000, got 1999"),
    ({"min_storage_gb": -1}, "min_storage_gb: must be at least 0, got -1"),
    ({"currency": "usd"}, "currency: expected a 3-letter code such as USD, got 'usd'"),
    ({"currency": "U$D"}, "currency: expected a 3-letter code such as USD, got 'U$D'"),
    ({"currency": "ÜSD"}, "currency: expected a 3-letter code such as USD, got 'ÜSD'"),
    ({"currency": 840}, "currency: expected a 3-letter code such as USD, got 840"),
    ({"os": "windows"}, "os: 'windows' is not one of android, ios"),
    ({"size": "medium"}, "size: 'medium' is not one of compact, large"),
    ({"brands_include": ["Nokla"]}, "brands_include: unknown value 'Nokla'"),
    ({"brands_exclude": "Apple"}, "brands_exclude: expected a list, got 'Apple'"),
    ({"require": {"nfc": True}}, "require: expected a list, got {'nfc': True}"),
    ({"priorities": ["camera", "camera"]}, "priorities: lists a value twice: ['camera', 'camera']"),
])
def test_a_bad_value_is_said_in_a_message_that_names_the_field_and_the_value(data, message):
    with pytest.raises(PreferencesError) as caught:
        Preferences.from_dict(data)
    assert str(caught.value) == message and caught.value.field == message.split(":")[0]


@pytest.mark.parametrize("text, message", [
    ("not json", "preferences: not valid JSON (Expecting value: line 1 column 1 (char 0))"),
    (None, "preferences: not valid JSON (the JSON object must be str, bytes or bytearray, not NoneType)"),
    ("[1]", "preferences: expected a JSON object, got list"),
])
def test_text_that_is_not_a_preferences_object_is_said_plainly(text, message):
    with pytest.raises(PreferencesError) as caught:
        Preferences.from_json(text)
    assert str(caught.value) == message


def test_lists_given_as_json_arrays_become_the_same_value_as_tuples():
    from_json = Preferences.from_json('{"budget_max": 400, "brands_include": ["Google", "Apple"], "min_year": 2023}')
    assert from_json == Preferences(budget_max=400, brands_include=("Google", "Apple"), min_year=2023)
    assert from_json.brands_include == ("Google", "Apple") and hash(from_json) == hash(
        Preferences(budget_max=400, brands_include=("Google", "Apple"), min_year=2023))
    assert Preferences(budget_max=0, min_storage_gb=0, min_year=2000).to_dict(compact=True) == {
        "budget_max": 0, "min_storage_gb": 0, "min_year": 2000}  # zero is a value, not nothing


def test_the_compact_json_form_leaves_out_what_was_not_said():
    prefs = Preferences(budget_max=300, currency="CNY", brands_exclude=("Samsung",))
    assert prefs.to_json(compact=True) == '{"budget_max": 300, "currency": "CNY", "brands_exclude": ["Samsung"]}'
    assert json.loads(prefs.to_json())["os"] is None and json.loads(prefs.to_json())["use_cases"] == []


def test_taking_away_the_last_amount_takes_its_currency_and_taking_one_end_keeps_it():
    both = Preferences(budget_max=3000, budget_min=1000, currency="CNY")
    assert both.remove("budget_min").currency == "CNY" and both.remove("budget_max").currency == "CNY"
    assert Preferences(budget_min=1000, currency="CNY").remove("budget_min").currency is None
    assert Preferences(budget_max=3000, currency="CNY").remove("budget_max").currency is None


def test_removing_a_field_that_does_not_exist_says_which():
    with pytest.raises(PreferencesError) as raised:
        Preferences().remove("colour")
    assert str(raised.value) == "colour: unknown field" and raised.value.field == "colour"


def test_a_new_ceiling_equal_to_the_floor_keeps_both_so_a_phone_at_exactly_that_price_fits():
    merged = Preferences(budget_min=500, currency="USD").merge(Preferences(budget_max=500))
    assert (merged.budget_min, merged.budget_max, merged.currency) == (500, 500, "USD")
    crossed = Preferences(budget_min=600, currency="USD").merge(Preferences(budget_max=500))
    assert (crossed.budget_min, crossed.budget_max) == (None, 500)
