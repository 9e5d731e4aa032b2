"""The budget check reads the benchmarks' figures and says, per budget, whether it is kept."""

import json

from tests.benchmarks.check_budgets import compare


def test_each_figure_is_held_against_its_budget(tmp_path):
    (tmp_path / "conversation.json").write_text(json.dumps(
        {"event_with_text_ms": {"p50_ms": 15.0}, "ranking_with_text_100k_ms": {"p50_ms": 100.5}}))
    (tmp_path / "paint.json").write_text(json.dumps({"desktop": {"slowest_gui_work_ms": 3}, "kiosk": {}}))
    rows = {row[0]: row[1:] for row in compare({"voice": "skipped: the voice extra is not installed"}, tmp_path)}
    assert rows["one conversation event with text, p50"] == ("15 ms", "≤ 15 ms", "yes")  # at the budget is within
    assert rows["ranking with text, 100k synthetic phones"] == ("100.5 ms", "≤ 100 ms", "NO")
    assert rows["GUI thread busy at a time, desktop"][2] == "yes"
    assert rows["GUI thread busy at a time, kiosk"][2] == "no figure in paint.json"
    assert rows["a spoken wish of 2-6 s to text, p50"][2] == "skipped: the voice extra is not installed"
    assert rows["first window on screen after launch"][2] == "not measured (startup.json absent)"
