"""Phones chosen together on this device: an anonymous item-to-item signal.

When the store enables it (`Settings.collaborative_signal`), every time a
shopper shortlists, compares or picks phones, each pair of those phones is
counted in a small local SQLite file. Nothing about the shopper is stored: no
time, no text, no session, only "these two phones were chosen together N times".
While ranking, a phone scores by how often it was chosen with the phones the
current shopper liked, scaled to [0, 1].
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np


class ChoiceLog:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS chosen_together "
                       "(a TEXT NOT NULL, b TEXT NOT NULL, times INTEGER NOT NULL, PRIMARY KEY (a, b))")

    @classmethod
    def default(cls) -> "ChoiceLog":
        from platformdirs import user_data_dir

        return cls(Path(user_data_dir("phone-guide", appauthor=False)) / "chosen_together.sqlite")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=5)

    def record(self, phone_ids: Sequence[str]) -> None:
        ids = sorted(set(phone_ids))
        pairs = [(a, b) for a, b in itertools.permutations(ids, 2)]
        if not pairs:
            return
        with self._connect() as db:
            db.executemany("INSERT INTO chosen_together VALUES (?, ?, 1) "
                           "ON CONFLICT (a, b) DO UPDATE SET times = times + 1", pairs)

    def together(self, phone_id: str) -> dict[str, int]:
        with self._connect() as db:
            return dict(db.execute("SELECT b, times FROM chosen_together WHERE a = ?", (phone_id,)).fetchall())

    def scores(self, liked: Sequence[str], index: Mapping[str, int]) -> np.ndarray | None:
        """Per phone: how often it was chosen with the liked ones, scaled to [0, 1]; None if never."""
        counts = np.zeros(len(index), dtype=np.float32)
        for phone_id in set(liked):
            for other, times in self.together(phone_id).items():
                if other in index:
                    counts[index[other]] += times
        if counts.max() <= 0:
            return None
        return np.log1p(counts) / np.log1p(counts.max())
