"""The phone catalog: reading the bundled SQLite file (read-only) at run time.

The build (`app.catalog.build`) is imported only by its command. The store's own
list lives in a separate database (`app.catalog.store`); `price_for_market` lays
it over the catalog's prices, the one place where a phone gets the price a shopper
in a given market sees.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

from app.catalog.prices import shown_price
from app.money import to_usd
from app.paths import catalog_path

SCHEMA_VERSION = 2
REQUIRED_TABLES = ("phones", "prices", "aspect_scores", "phone_descriptions", "phone_embeddings",
                   "catalog_meta", "phones_fts")
SOURCES_TEXT = (
    "Phone specifications come from GSMArena (gsmarena.com: the KolenMG/PythonUpdate scrape of "
    "January 2025, and phones announced August 2025 to September 2026 from two later scrapes), "
    "mobiledokan.com (scrape of July 2025, for the early 2025 models), smartprix.com (Indian listings of "
    "January 2026) and the Kaggle \"Mobiles Dataset (2025)\". Prices are per market: launch prices (a "
    "curated table for the best-selling phones, each with its source) and dated street prices; a price "
    "from another market is converted with fixed exchange rates and said to be. A store's own prices "
    "replace them where it has imported its list."
)


def price_for_market(phone: dict, market: str, store_item: dict | None = None,
                     today: dt.date | None = None) -> dict:
    """`phone` with the price a shopper in `market` sees, and whether it is sold there.

    The store's own price first (its list also makes a phone sold here); else
    `prices.shown_price`. Sets `price_usd` (what budgets are tested against), `price`
    (the fact shown: kind `store`/`street`/`launch`/`converted`, amount, currency,
    date, source), `launch_price_usd`, `store_price`, `in_stock`, `sold_here`.
    """
    facts = phone["prices"]
    if store_item is not None:
        chosen = {"market": market, "currency": store_item["currency"], "price": store_item["price"],
                  "kind": "store", "as_of": store_item.get("imported_at"), "source": "store list",
                  "usd": round(to_usd(store_item["price"], store_item["currency"]), 2)}
    else:
        chosen = shown_price(facts, market, today)
    launch = [f for f in facts if f["market"] == market and f["kind"] == "launch"]
    phone["price"] = chosen
    phone["price_usd"] = chosen["usd"] if chosen else None
    phone["launch_price_usd"] = round(to_usd(launch[0]["price"], launch[0]["currency"]), 2) if launch else None
    phone["store_price"] = store_item is not None
    phone["in_stock"] = None if store_item is None or store_item.get("in_stock") is None \
        else bool(store_item["in_stock"])
    phone["sold_here"] = store_item is not None or market in phone["markets"]
    phone["sku"] = store_item.get("sku") if store_item else None
    return phone


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

    _PHONE_QUERY = "SELECT * FROM phones"

    def _finish(self, row: dict, market: str, facts: list[dict], store: dict | None, today) -> dict:
        row["storage_gb"] = json.loads(row["storage_gb"] or "[]")
        row["markets"] = [m for m in row["markets"].split(",") if m]
        row["prices"] = facts
        return price_for_market(row, market, (store or {}).get(row["id"]), today)

    def price_facts(self, phone_id: str | None = None) -> dict[str, list[dict]]:
        """phone id -> its price facts (market, currency, price, kind, as_of, source)."""
        where, params = ("WHERE phone_id = ?", (phone_id,)) if phone_id else ("", ())
        out: dict[str, list[dict]] = {}
        for r in self._rows(f"SELECT * FROM prices {where} ORDER BY phone_id, market, kind, as_of", params):
            out.setdefault(r.pop("phone_id"), []).append(r)
        return out

    def phones(self, market: str = "US", store: dict | None = None, today: dt.date | None = None) -> list[dict]:
        """Every phone, sorted by id, priced for `market` (`store`: phone id -> the store's list row)."""
        facts = self.price_facts()
        return [self._finish(r, market, facts.get(r["id"], []), store, today)
                for r in self._rows(self._PHONE_QUERY + " ORDER BY id")]

    def phone(self, phone_id: str, market: str = "US", store: dict | None = None) -> dict | None:
        rows = self._rows(self._PHONE_QUERY + " WHERE id = ?", (phone_id,))
        if not rows:
            return None
        return self._finish(rows[0], market, self.price_facts(phone_id).get(phone_id, []), store, None)

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
    unknown = meta.get("unknown_newest_brands")
    gaps = (f" The sources miss most phones announced from August 2025 on by {unknown}: the newest phones of "
            f"these brands may not be here." if unknown else "")
    return (f"{SOURCES_TEXT} This catalog holds {int(meta.get('phones', 0)):,} phones announced from "
            f"{meta.get('oldest_year', '2015')} on, the newest announced {meta.get('newest_announced', 'unknown')}; "
            f"built {meta.get('build_date', 'unknown')}; exchange rates: {meta.get('exchange_rates', 'unknown')}."
            f"{gaps}")
