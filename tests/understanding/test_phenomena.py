"""The shipped model on the phenomenon slices: figures that must not fall, and questions that stay rare and apt."""

import pytest

from models.training.measure import (DEV, MOST_ASKED, NO_WORDS_SEED, PHENOMENA, PHENOMENA_TEST, POSTS_TEST,
                                     POSTS_TEST_2, POSTS_TEST_3, main, measure, read_items, read_jsonl, widest_margin)
from models.training.synth import noise_items

# Just under what the shipped model with its exact reader scores on the test slice: 0.954, every quiet message
# read as nothing (models/MODEL_CARD.md).
GUARD_SLOT_F1 = 0.94
GUARD_NOTHING_READ = 0.95
# Texts of no words: the shipped model reads nothing from 99.8% of them (the model before, never trained on such
# texts: 78.8%).
GUARD_NO_WORDS_READ = 0.98


@pytest.fixture(scope="module")
def test_slice():
    items = read_jsonl(PHENOMENA_TEST)
    return measure(items, read_items(items))


def test_the_test_slice_does_not_regress(test_slice):
    assert test_slice["all"]["slot_f1"] >= GUARD_SLOT_F1
    assert test_slice["says_nothing"]["rate"] >= GUARD_NOTHING_READ
    for phenomenon in PHENOMENA:  # every phenomenon measured in both languages
        assert test_slice[f"{phenomenon}:en"]["items"] >= 8 and test_slice[f"{phenomenon}:zh"]["items"] >= 8


def test_unsure_readings_are_rare_and_the_error_prone_ones(test_slice, shared_dir):
    unsure = test_slice["unsure"]
    assert unsure["messages_with_an_unsure_slot"] <= MOST_ASKED
    # a reading the app asks about is far likelier to be wrong than one it assumes
    assert unsure["unsure_wrong"] >= 2 * unsure["sure_wrong"]
    dev = read_jsonl(DEV)
    assert measure(dev, read_items(dev))["unsure"]["messages_with_an_unsure_slot"] <= MOST_ASKED


# the shipped model reads 0.977 on the first 60 posts, 0.942 (17 of 18 quiet) on the second 120, 0.935 (16 of 18)
# on the third
@pytest.mark.parametrize("path, least_slot_f1, least_nothing_read",
                         [(POSTS_TEST, 0.96, 1.0), (POSTS_TEST_2, 0.93, 0.9), (POSTS_TEST_3, 0.92, 0.85)])
def test_the_held_out_posts_do_not_regress(path, least_slot_f1, least_nothing_read):
    items = read_jsonl(path)
    posts = measure(items, read_items(items))
    assert posts["all"]["slot_f1"] >= least_slot_f1
    assert posts["says_nothing"]["rate"] >= least_nothing_read
    # long, casual messages raise the share of questions most: the bound holds there too
    assert posts["unsure"]["messages_with_an_unsure_slot"] <= MOST_ASKED


def test_texts_of_no_words_are_mostly_read_as_nothing():
    noise = noise_items(500, NO_WORDS_SEED)
    assert measure(noise, read_items(noise))["says_nothing"]["rate"] >= GUARD_NO_WORDS_READ


def test_the_unsure_margin_is_the_widest_that_asks_about_at_most_one_message_in_ten():
    from app.understanding.reading import UNSURE_MARGIN, thresholds

    def unsure_from(margin):  # a confidence that is asked about from this margin on, not below it
        return thresholds(0.8, margin - 0.005)[1]

    tidy = [1.0] * 9 + [unsure_from(0.05)]  # one question in ten from 0.05 on: allowed
    casual = [1.0] * 8 + [unsure_from(0.07), unsure_from(0.09)]  # a second question from 0.09 on: too many
    assert widest_margin({"tidy": tidy}, 0.8) == UNSURE_MARGIN
    assert widest_margin({"tidy": tidy, "casual": casual}, 0.8) == 0.08
    assert widest_margin({"unsure of all": [unsure_from(0.01)] * 2}, 0.8) == 0.0


def test_choosing_the_margin_again_gives_the_shipped_models_and_writes_it_to_its_labels(tmp_path, capsys):
    import json

    from app.understanding.model import LanguageModel, model_dir
    from app.understanding.reading import UNSURE_MARGIN

    shipped = LanguageModel().labels
    for name in ("nlu-minilm-l6-int8.onnx", "tokenizer.json"):
        (tmp_path / name).symlink_to(model_dir() / name)
    (tmp_path / "labels.json").write_text(json.dumps({k: v for k, v in shipped.items() if k != "unsure_margin"}),
                                          encoding="utf-8")
    assert main(["--model", str(tmp_path), "--choose-margin"]) == 0
    chosen = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))["unsure_margin"]
    assert chosen == shipped.get("unsure_margin", UNSURE_MARGIN)
    assert "posts-test-2.jsonl" in capsys.readouterr().out
