"""The training data: deterministic, valid, varied, in both languages, and not the dev set."""

import json
import re
from pathlib import Path

import pytest

from app.preferences import ASPECTS, BRANDS, FEATURES, USE_CASES, QUESTIONS, Preferences
from models.training import synth, train
from models.training.measure import POSTS_TEST, POSTS_TEST_2, POSTS_TEST_3
from models.training.synth import close_copies

HANDWRITTEN = Path(synth.__file__).parent / "data" / "handwritten.jsonl"


def handwritten() -> list[dict]:
    return synth.read_jsonl(HANDWRITTEN)


@pytest.fixture(scope="module")
def many():
    return synth.generate(8000, seed=5)


def values(items):
    seen = set()
    for item in items:
        for key, value in item["prefs"].items():
            for v in value if isinstance(value, list) else [value]:
                seen.add((key, v if isinstance(v, str) else "<number>"))
    return seen


def check_item(item):
    assert set(item) == {"text", "context", "lang", "prefs"}
    assert isinstance(item["text"], str) and item["text"].strip()
    assert item["lang"] in ("en", "zh")
    assert item["context"] is None or item["context"] in QUESTIONS
    # compact and valid: exactly what Preferences would write back
    assert Preferences.from_dict(item["prefs"]).to_dict(compact=True) == item["prefs"]


def test_same_seed_same_items_and_other_seed_other_items():
    assert synth.generate(400, seed=3) == synth.generate(400, seed=3)
    assert synth.generate(400, seed=3) != synth.generate(400, seed=4)
    assert len(synth.generate(0, seed=1)) == 0


def test_every_item_is_valid(many):
    for item in many:
        check_item(item)
    for item in synth.heldout(300):
        check_item(item)


def test_language_can_be_chosen():
    assert {i["lang"] for i in synth.generate(300, seed=2, lang="zh")} == {"zh"}
    assert {i["lang"] for i in synth.generate(300, seed=2, lang="en")} == {"en"}


def test_every_vocabulary_value_appears(many):
    seen = values(many)
    for aspect in ASPECTS:
        assert ("priorities", aspect) in seen, aspect
        if aspect not in ("value", "storage"):
            assert ("deprioritized", aspect) in seen, aspect
    for feature in FEATURES:
        assert ("require", feature) in seen, feature
    for use_case in USE_CASES:
        assert ("use_cases", use_case) in seen, use_case
    for brand in BRANDS:
        assert ("brands_include", brand) in seen or ("brands_exclude", brand) in seen, brand
    for currency in ("USD", "EUR", "GBP", "CNY", "INR"):
        assert ("currency", currency) in seen
    for pair in [("os", "ios"), ("os", "android"), ("size", "compact"), ("size", "large"),
                 ("exclude_features", "foldable")]:
        assert pair in seen
    for number_field in ("budget_max", "budget_min", "min_storage_gb", "min_ram_gb", "min_year"):
        assert (number_field, "<number>") in seen
    assert {item["context"] for item in many} >= set(QUESTIONS)


def test_languages_and_empty_share(many):
    chinese = sum(item["lang"] == "zh" for item in many) / len(many)
    assert 0.3 <= chinese <= 0.45
    empty = sum(not item["prefs"] for item in many) / len(many)
    assert 0.1 <= empty <= 0.18   # a tenth on purpose, plus quiet answers and phenomena (greetings, questions)


def test_reading_rules_hold_in_generated_labels(many):
    for item in many:
        prefs, text = item["prefs"], item["text"].lower()
        if "currency" in prefs:  # a currency is only recorded with an amount
            assert "budget_max" in prefs or "budget_min" in prefs
        if "budget_min" in prefs and "budget_max" in prefs:
            assert prefs["budget_min"] <= prefs["budget_max"], item
        if prefs.get("os") == "ios" and "Apple" in prefs.get("brands_include", []):
            assert "iphone" in text or "苹果" in text or "apple" in text, item
        if "iphone" not in text and "苹果手机" not in text and item["context"] != "os":
            # only the word iPhone (or "no Android"/iOS) sets ios
            assert prefs.get("os") != "ios" or "ios" in text or "android" in text or "安卓" in text, item
        assert not set(prefs.get("priorities", [])) & set(prefs.get("deprioritized", [])), item
        if prefs.get("os") == "ios":
            assert set(prefs.get("brands_include", [])) <= {"Apple"}, item
        if prefs.get("os") == "android":
            assert "Apple" not in prefs.get("brands_include", []), item
        if "not a gamer" in text or "不打游戏" in text:
            assert "gaming" not in prefs.get("use_cases", []), item
        if "don't need 5g" in text:
            assert "5g" not in prefs.get("require", []), item
        assert not set(prefs.get("brands_include", [])) & set(prefs.get("brands_exclude", [])), item


def test_answers_can_ask_for_a_narrower_aspect_than_the_question(many):
    # "mostly selfies" answering the camera question is the front camera alone, not the camera as well
    only_one_priority = [item for item in many if list(item["prefs"]) == ["priorities"]
                         and len(item["prefs"]["priorities"]) == 1]
    narrower = {(item["context"], item["prefs"]["priorities"][0]) for item in only_one_priority}
    assert {("camera", "selfie_camera"), ("battery", "charging")} <= narrower


def test_every_generated_budget_can_be_read_from_its_text(many):
    """Roughing text up (dropped punctuation, typos) must not change an amount ("1.5k" is not "15k")."""
    from app.understanding import clean
    from app.understanding.mentions import NUMBER, find_mentions

    for item in many:
        amounts = {m.value for m in find_mentions(clean(item["text"])) if m.kind == NUMBER}
        for field in ("budget_max", "budget_min"):
            if field in item["prefs"]:
                assert any(abs(a - item["prefs"][field]) < 0.5 for a in amounts), (item, field)


def test_handwritten_items_are_valid_and_both_languages():
    items = handwritten()
    assert len(items) >= 300
    for item in items:
        check_item(item)
    langs = [item["lang"] for item in items]
    assert langs.count("zh") >= 100 and langs.count("en") >= 150
    texts = [(item["text"], item["context"]) for item in items]
    assert len(texts) == len(set(texts))


def test_stitched_posts_are_long_valid_and_keep_every_mention_true():
    from app.understanding.mentions import find_mentions
    from app.understanding.reading import mention_role

    written = handwritten()
    posts = synth.stitched_posts(written, 400, seed=3)
    assert len(posts) == 400
    assert posts == synth.stitched_posts(written, 400, seed=3)
    sources = {item["text"].strip() for item in written}
    for post in posts:
        check_item(post)
        assert post["context"] is None and post["text"] not in sources
        gold = Preferences.from_dict(post["prefs"])
        inside = [item for item in written if item["context"] is None and item["text"].strip() in post["text"]]
        # a short line ("12+512") may sit inside a longer piece by chance: only the outermost texts are pieces
        for piece in (item for item in inside
                      if not any(other is not item and item["text"].strip() in other["text"] for other in inside)):
            own = Preferences.from_dict(piece["prefs"])
            assert all(mention_role(m, gold) == mention_role(m, own) for m in find_mentions(piece["text"])), post
    assert {post["lang"] for post in posts} == {"en", "zh"}
    assert 0.1 < sum(not post["prefs"] for post in posts) / len(posts) < 0.5


def assert_valid_gold(items: list[dict]) -> None:
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert Preferences.from_dict(item["gold"]).to_dict(compact=True) == item["gold"]
        assert item["lang"] in ("en", "zh")


def test_the_validation_set_is_valid_and_never_trained_on():
    items = synth.read_jsonl(HANDWRITTEN.parent / "validation.jsonl")
    assert len(items) >= 200 and {item["lang"] for item in items} == {"en", "zh"}
    assert_valid_gold(items)
    assert all(item["context"] is None or item["context"] in QUESTIONS for item in items)
    written = {item["text"].strip().lower() for item in handwritten()}
    assert not [item["text"] for item in items if item["text"].strip().lower() in written]
    assert not close_copies(written, [item["text"] for item in items])


def assert_never_trained_on(items: list[dict]) -> None:
    """Held-out texts are neither copied nor paraphrased in the hand-written data, nor among what training reads."""
    # a greeting ("你好", "hello!") recurs naturally; anything longer must be neither copied nor paraphrased
    texts = [item["text"] for item in items if len(item["text"]) > 12]
    written = {item["text"].strip().lower() for item in handwritten()}
    assert not [t for t in texts if t.strip().lower() in written]
    assert not close_copies(written, texts)
    # what training reads: its generated items (the first 3,000 of the shipped recipe's), hand-written items and posts
    trained = [item["text"] for item in train.load_items(3000, seed=23, written_weight=1, n_posts=300)]
    assert not {t.strip().lower() for t in trained} & {t.strip().lower() for t in texts}
    assert not close_copies(trained, texts)


@pytest.mark.parametrize("name", ["phenomena-dev.jsonl", "phenomena-test.jsonl"])
def test_the_phenomenon_slices_are_valid_and_never_trained_on(name):
    from models.training.measure import PHENOMENA

    items = synth.read_jsonl(HANDWRITTEN.parent / name)
    assert_valid_gold(items)
    assert all(item["phenomenon"] in PHENOMENA for item in items)
    for phenomenon in PHENOMENA:  # every kind, in both languages, often enough to be measured
        for lang in ("en", "zh"):
            assert sum(i["phenomenon"] == phenomenon and i["lang"] == lang for i in items) >= 8, (phenomenon, lang)
    assert_never_trained_on(items)


@pytest.mark.parametrize("path", [POSTS_TEST, POSTS_TEST_2, POSTS_TEST_3])
def test_the_held_out_posts_are_valid_in_both_languages_and_never_trained_on(path):
    items = synth.read_jsonl(path)
    assert_valid_gold(items)
    assert all(item["context"] is None or item["context"] in QUESTIONS for item in items)
    for lang in ("en", "zh"):
        assert sum(i["lang"] == lang for i in items) >= 25
        assert sum(i["lang"] == lang and not i["gold"] for i in items) >= 3  # messages that ask for nothing
    assert_never_trained_on(items)


def test_training_drops_a_generated_item_that_repeats_or_paraphrases_a_held_out_text():
    held_out = ["What's the screen size of the Galaxy A55?", "twelve gigs of RAM would be plenty for me"]
    items = [{"text": text} for text in ("what's the screen size of the galaxy a55?", "What is the screen size of the A55",
                                         "twelve gigs of ram would be plenty", "a small phone with a good camera")]
    assert [item["text"] for item in synth.without_held_out(items, held_out)] == ["a small phone with a good camera"]
    assert train.held_out_texts()[:1] == [synth.read_jsonl(train.VALIDATION)[0]["text"]]


def test_no_dev_item_is_in_the_training_data(shared_dir):
    dev = {json.loads(line)["text"].strip().lower()
           for line in (shared_dir / "eval" / "nlu-dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    written = {item["text"].strip().lower() for item in handwritten()}
    # one-word answers ("ok", "iPhone", 大屏) recur naturally; anything longer must not
    assert not {t for t in dev & written if len(t) > 12}
    # nor a close paraphrase of one
    assert not close_copies(written, dev)
    # composed items may meet a short dev phrase by chance ("no more than 900 euros"), never a sentence
    generated = {item["text"].strip().lower() for item in synth.generate(20000, seed=23)}
    assert not {t for t in dev & generated if len(t) > 25}


def test_command_line_prints_stats_and_samples(capsys):
    assert synth.main(["--stats", "--sample", "3", "--n", "300", "--lang", "zh"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(json.loads(line)["lang"] == "zh" for line in out[:3])
    assert any(line.startswith("items ") for line in out)
    with pytest.raises(SystemExit):
        synth.main(["--n", "-5"])


def test_training_can_read_only_the_first_hand_written_lines():
    """`train --written N` rebuilds a model from before the later lines: it reads the first N, nothing else."""
    items = train.load_items(0, seed=7, written_weight=2, n_posts=0, n_written=5)
    assert items == handwritten()[:5] * 2


def test_texts_of_no_words_are_varied_read_as_nothing_and_leave_the_other_items_alone():
    noise = synth.noise_items(600, seed=7)
    for item in noise:
        check_item(item)
        assert item["prefs"] == {}
    texts = [item["text"] for item in noise]
    assert noise == synth.noise_items(600, seed=7) and texts != [i["text"] for i in synth.noise_items(600, seed=8)]
    assert len(set(texts)) > 550
    shapes = {"encoded": r"^[A-Za-z0-9+/]{12,}=*$", "words": r"^[a-z]{2,9}( [a-z]{2,9})+$", "date": r"\d{2}/\d{2}/20\d\d",
              "phone": r"^\+\d+ \d{3} \d{3} \d{4}$", "address": r"(@|www\.)", "chinese": r"^[\u4e00-\u9fff]+$",
              "lorem": r"^Lorem|ipsum|dolor", "code": r"^(SN: |ORD-|IMEI |#|ref )"}
    for shape, pattern in shapes.items():
        assert any(re.search(pattern, text) for text in texts), shape
    assert {item["lang"] for item in noise} == {"en", "zh"}
    # the generated items of a seed are the same with or without noise, so earlier models can still be rebuilt
    with_noise = train.load_items(200, seed=7, written_weight=1, n_posts=0, n_written=0, n_noise=30)
    without = train.load_items(200, seed=7, written_weight=1, n_posts=0, n_written=0)
    assert with_noise[:len(without)] == without and len(with_noise) == len(without) + 30
