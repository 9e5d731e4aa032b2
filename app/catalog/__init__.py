"""The phone catalog: reading the bundled SQLite file (read-only) at run time.

The build (`app.catalog.build`) and the store's price import (`app.catalog.prices`)
are separate modules, imported only by their commands.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from app.paths import catalog_path

SCHEMA_VERSION = 1
REQUIRED_TABLES = ("phones", "aspect_scores", "phone_descriptions", "phone_embeddings", "store_prices",
                   "catalog_meta", "phones_fts")
SOURCES_TEXT = (
    "Phone specifications come from GSMArena (gsmarena.com, via the KolenMG/PythonUpdate scrape of "
    "January 2025), mobiledokan.com (scrape of July 2025, for the 2025 models) and the Kaggle "
    "\"Mobiles Dataset (2025)\" (launch prices in US dollars). Prices in other currencies were converted "
    "with fixed exchange rates; a store's own prices replace launch prices where it has imported them."
)


class CatalogError(RuntimeError):
    """The catalog file is missing, broken, or not a phone catalog; the message says which."""


class Catalog:
    """A read-only view of one catalog file. Open it with `open_catalog`."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._db = connection

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Catalog":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _rows(self, sql: str, params=()) -> list[dict]:
        try:
            cursor = self._db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as error:
            raise CatalogError(f"The phone catalog {self.path} could not be read ({error}).") from None

    _PHONE_QUERY = (
        "SELECT p.*, s.price_usd AS store_price_usd, s.in_stock AS store_in_stock "
        "FROM phones p LEFT JOIN store_prices s ON s.phone_id = p.id"
    )

    @staticmethod
    def _finish(row: dict) -> dict:
        row["storage_gb"] = json.loads(row["storage_gb"] or "[]")
        row["launch_price_usd"] = row["price_usd"]
        store_price = row.pop("store_price_usd")
        in_stock = row.pop("store_in_stock")
        row["store_price"] = store_price is not None
        if store_price is not None:
            row["price_usd"] = store_price
        row["in_stock"] = None if in_stock is None else bool(in_stock)
        return row

    def phones(self) -> list[dict]:
        """Every phone, sorted by id, with the store's price (if imported) as `price_usd`."""
        return [self._finish(r) for r in self._rows(self._PHONE_QUERY + " ORDER BY p.id")]

    def phone(self, phone_id: str) -> dict | None:
        rows = self._rows(self._PHONE_QUERY + " WHERE p.id = ?", (phone_id,))
        return self._finish(rows[0]) if rows else None

    def aspect_scores(self):
        """(phone ids, aspect names, float32 matrix [phones x aspects]); NaN where unknown."""
        import numpy as np

        cursor = self._db.execute("SELECT * FROM aspect_scores ORDER BY phone_id")
        aspects = [d[0] for d in cursor.description][1:]
        rows = cursor.fetchall()
        matrix = np.array([[np.nan if v is None else v for v in row[1:]] for row in rows], dtype=np.float32)
        return [row[0] for row in rows], aspects, matrix.reshape(len(rows), len(aspects))

    def embeddings(self):
        """(phone ids, float32 matrix [phones x dims]) of the phone descriptions, or None if not built."""
        import numpy as np

        rows = self._db.execute("SELECT phone_id, vector FROM phone_embeddings ORDER BY phone_id").fetchall()
        if not rows:
            return None
        return [r[0] for r in rows], np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])

    def descriptions(self) -> dict[str, str]:
        return {r["phone_id"]: r["text"] for r in self._rows("SELECT phone_id, text FROM phone_descriptions")}

    def search(self, text: str, limit: int = 10) -> list[dict]:
        """Phones whose name matches `text` ("pixel 8", "s24 ultra"), the closest names first."""
        words = re.findall(r"\w+", text.lower().replace("+", " plus "))
        if not words:
            return []
        query = " ".join(f'"{w}"*' for w in words)
        hits = self._rows("SELECT id, name, bm25(phones_fts) AS rank FROM phones_fts WHERE phones_fts MATCH ? "
                          "ORDER BY rank LIMIT 200", (query,))
        wanted = " ".join(words)

        def closeness(hit: dict) -> tuple:
            # Fewer extra words in the name first: "pixel 8" is the Pixel 8 before the Pixel 8 Pro.
            name_words = hit["name"].lower().split()
            extra = len(name_words) / 2 - len(words)  # the name holds brand + model twice, roughly
            exact = wanted in " ".join(name_words)
            return (not exact, extra, hit["rank"], hit["id"])

        found = sorted(hits, key=closeness)[:limit]
        return [p for p in (self.phone(h["id"]) for h in found) if p is not None]

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM catalog_meta")}


def open_catalog(path: str | Path | None = None) -> Catalog:
    """Open a catalog read-only; a missing, broken or foreign file is a `CatalogError`."""
    path = Path(path) if path is not None else catalog_path()
    if not path.is_file():
        raise CatalogError(f"The phone catalog is missing: {path} does not exist. "
                           "Build it with: python -m app catalog build")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"The phone catalog {path} is damaged or not a catalog ({error}). "
                           "Rebuild it with: python -m app catalog build") from None
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        db.close()
        raise CatalogError(f"{path} is not a phone catalog (missing: {', '.join(missing)}). "
                           "Rebuild it with: python -m app catalog build")
    try:
        db.execute("SELECT count(*) FROM phones").fetchone()
    except sqlite3.DatabaseError as error:
        db.close()
        raise CatalogError(f"The phone catalog {path} is damaged ({error}).") from None
    return Catalog(path, db)


def about_text(catalog: Catalog | None = None) -> str:
    """Where the data comes from, with the build date and phone count when a catalog is given."""
    if catalog is None:
        return SOURCES_TEXT
    meta = catalog.meta()
    return (f"{SOURCES_TEXT} This catalog holds {int(meta.get('phones', 0)):,} phones announced from "
            f"{meta.get('oldest_year', '2015')} on; built {meta.get('build_date', 'unknown')}; exchange rates: "
            f"{meta.get('exchange_rates', 'unknown')}.")
