"""Benchmark: the cost of per-market prices and the store's own list at run time.

Run on demand: `.venv/bin/python -m tests.benchmarks.bench_store`. Measures reading the
bundled catalog with its price facts (start-up), re-pricing the whole catalog for another
market or a new store list (`CatalogArrays.set_market`, what a running app does when the
list changes), the cheap "has the list changed?" poll (`StoreDatabase.generation`), reading
the active list, and importing a list of every priced phone. The baseline, measured in the
same run, is reading the phones without price facts (the plain `phones` table).
"""

import sqlite3
import tempfile
from pathlib import Path

from app.catalog import open_catalog
from app.catalog.store import StoreDatabase, _price_problem
from app.recommend import Recommender
from tests.benchmarks.common import save, timed


def main() -> None:
    catalog = open_catalog()
    recommender = Recommender(catalog)
    phones = catalog.phones()
    figures = {"phones": len(phones)}

    def plain_rows():
        db = sqlite3.connect(f"{catalog.path.resolve().as_uri()}?mode=ro", uri=True)
        db.execute("SELECT * FROM phones").fetchall()
        db.close()

    figures["baseline: read phones table"] = timed(plain_rows, repeat=10)
    figures["read phones with prices for a market"] = timed(lambda: catalog.phones(market="EU"), repeat=10)

    with tempfile.TemporaryDirectory() as folder:
        store = StoreDatabase(Path(folder))
        rows = [p for p in phones if p["price"] and _price_problem(str(p["price"]["usd"]), "USD", p) is None]
        listing = Path(folder) / "list.csv"
        listing.write_text("id,price,currency\n" + "\n".join(f"{p['id']},{p['price']['usd']},USD" for p in rows),
                           encoding="utf-8")
        figures["store list rows"] = len(rows)
        figures["import the list"] = timed(lambda: store.import_file(listing, phones), repeat=5, warmup=1)
        figures["generation() poll"] = timed(store.generation, repeat=200)
        items = store.active_items()
        figures["read the active list"] = timed(store.active_items, repeat=20)
        arrays = recommender.arrays
        figures["set_market with the store list"] = timed(lambda: arrays.set_market("US", items), repeat=10)
        figures["set_market without a list"] = timed(lambda: arrays.set_market("IN"), repeat=10)
        store.close()
    save("store", figures)


if __name__ == "__main__":
    main()
