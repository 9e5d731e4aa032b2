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
import logging
import sqlite3
import time
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

log = logging.getLogger(__name__)


class ChoiceLog:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._create()
        except sqlite3.DatabaseError as error:
            # a damaged file (a crash, a full disk) must not stop the app: set it aside, start anew
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            self.path.replace(aside)
            log.warning("%s could not be read (%s); moved to %s, starting anew", self.path, error, aside.name)
            self._create()

    def _create(self) -> None:
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS chosen_together "
                       "(a TEXT NOT NULL, b TEXT NOT NULL, times INTEGER NOT NULL, PRIMARY KEY (a, b))")
            db.execute("SELECT count(*) FROM chosen_together").fetchone()

    @classmethod
    def default(cls) -> "ChoiceLog":
        from app.paths import data_dir

        return cls(data_dir() / "chosen_together.sqlite")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=5)

    def record(self, phone_ids: Sequence[str]) -> None:
        ids = sorted(set(phone_ids))
        pairs = [(a, b) for a, b in itertools.permutations(ids, 2)]
        if not pairs:
            return
        try:
            with self._connect() as db:
                db.executemany("INSERT INTO chosen_together VALUES (?, ?, 1) "
                               "ON CONFLICT (a, b) DO UPDATE SET times = times + 1", pairs)
        except sqlite3.Error as error:  # a full disk or a locked file: the shopper's choice stands anyway
            log.warning("a choice was not recorded (%s)", error)

    def together(self, phone_id: str) -> dict[str, int]:
        try:
            with self._connect() as db:
                return dict(db.execute("SELECT b, times FROM chosen_together WHERE a = ?", (phone_id,)).fetchall())
        except sqlite3.Error:  # unreadable now: rank without the signal
            return {}

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
