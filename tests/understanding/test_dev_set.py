"""A regression guard: the shipped model on the public dev set, scored by the shared scorer."""

import json
import subprocess
import sys

from app.understanding import parse
from tests.conftest import PROJECT_ROOT

# The level the shipped model must not fall below (it scores higher; see models/MODEL_CARD.md).
# The understanding issue asks for this guard at 0.92; the shipped model scores 0.967.
GUARD_SLOT_F1 = 0.92


def test_dev_set_slot_f1_does_not_regress(shared_dir, tmp_path):
    dev = shared_dir / "eval" / "nlu-dev.jsonl"
    items = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = tmp_path / "pred.jsonl"
    with open(predictions, "w", encoding="utf-8") as out:
        for item in items:
            prefs = parse(item["text"], item.get("context")).prefs.to_dict()
            out.write(json.dumps({"id": item["id"], "prefs": prefs}, ensure_ascii=False) + "\n")
    scored = subprocess.run([sys.executable, str(shared_dir / "eval" / "score_nlu.py"), str(dev), str(predictions),
                             "--json"], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    slot_f1 = report["overall"]["slot_f1"]
    assert slot_f1 >= GUARD_SLOT_F1, f"dev slot F1 {slot_f1:.3f} fell below {GUARD_SLOT_F1}"
