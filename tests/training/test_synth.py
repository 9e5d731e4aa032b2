"""The generated training data: deterministic, valid, varied, and not the dev set."""

import json

from app.preferences import ASPECTS, FEATURES, USE_CASES, Preferences
from models.training import synth


def test_deterministic_and_valid():
    first, second = synth.generate(500, seed=3), synth.generate(500, seed=3)
    assert first == second
    for item in first:
        assert Preferences.from_dict(item["prefs"]).to_dict(compact=True) == item["prefs"]
        assert item["lang"] in ("en", "zh") and isinstance(item["text"], str) and item["text"]


def test_covers_every_value_and_both_languages():
    items = synth.generate(6000, seed=5)
    seen = set()
    for item in items:
        for key, value in item["prefs"].items():
            for v in value if isinstance(value, list) else [value]:
                seen.add((key, v))
    for aspect in ASPECTS:
        assert ("priorities", aspect) in seen
    for feature in FEATURES:
        assert ("require", feature) in seen
    for use_case in USE_CASES:
        assert ("use_cases", use_case) in seen
    langs = {item["lang"] for item in items}
    assert langs == {"en", "zh"}
    empty = sum(not item["prefs"] for item in items) / len(items)
    assert 0.08 <= empty <= 0.3


def test_no_dev_item_is_in_the_training_data(shared_dir):
    dev = {json.loads(line)["text"].strip().lower()
           for line in (shared_dir / "eval" / "nlu-dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    generated = {item["text"].strip().lower() for item in synth.generate(20000, seed=7)}
    long_overlap = {t for t in dev & generated if len(t) > 25}  # short answers recur naturally
    assert not long_overlap
