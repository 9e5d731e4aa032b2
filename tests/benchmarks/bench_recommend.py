"""Benchmark: ranking the catalog and building cards, and how the cost grows with catalog size.

Run on demand: `.venv/bin/python -m tests.benchmarks.bench_recommend`. The baseline
is the bundled catalog measured in the same run; synthetic catalogs of 1k, 10k
and 100k phones are resampled from it (ids made unique, facts jittered).
"""

import random

import numpy as np

from app.catalog import open_catalog
from app.catalog.scores import ASPECTS
from app.preferences import Preferences
from app.recommend import Recommender
from app.recommend.ranking import CatalogArrays
from tests.benchmarks.common import save, timed

SHOPPERS = [
    Preferences(),
    Preferences(budget_max=500, priorities=("camera",)),
    Preferences(budget_max=400, use_cases=("gaming",), os="android"),
    Preferences(size="compact", require=("headphone_jack",)),
    Preferences(brands_include=("Apple",), budget_max=150),  # relaxations
]


def synthetic(recommender: Recommender, size: int) -> Recommender:
    rng = random.Random(size)
    base = recommender.arrays
    rows = [rng.randrange(len(base)) for _ in range(size)]
    phones = []
    for n, i in enumerate(rows):
        phone = dict(base.phones[i])
        phone["id"] = f"{phone['id']}-{n}"
        if phone["price_usd"]:
            phone["price_usd"] = round(phone["price_usd"] * rng.uniform(0.8, 1.2), 2)
        phones.append(phone)
    matrix = np.clip(base.aspects[rows] + np.random.default_rng(size).normal(0, 0.03, (size, base.aspects.shape[1])),
                     0, 1).astype(np.float32)
    clone = Recommender.__new__(Recommender)
    clone.__dict__.update(recommender.__dict__)
    clone.arrays = CatalogArrays.from_phones(phones, [p["id"] for p in phones], list(ASPECTS), matrix)
    clone.embeddings = None
    return clone


def main() -> None:
    recommender = Recommender()
    figures = {"catalog_phones": len(recommender.arrays)}
    shopper = iter(SHOPPERS * 1000)
    figures["full_catalog_cards"] = timed(lambda: recommender.recommend(next(shopper), ask_next=False), 200)
    figures["full_catalog_cards_and_next_question"] = timed(lambda: recommender.recommend(next(shopper)), 100)
    with open_catalog() as catalog:
        figures["load_catalog_into_arrays_ms"] = timed(lambda: Recommender(catalog), 5, warmup=1)["p50_ms"]
    growth = {}
    for size in (1_000, 10_000, 100_000):
        clone = synthetic(recommender, size)
        growth[size] = timed(lambda: clone.recommend(next(shopper), ask_next=False), 30 if size < 100_000 else 15)
    figures["synthetic_cards"] = growth
    base = growth[1_000]["p50_ms"]
    figures["growth_vs_1k"] = {size: round(g["p50_ms"] / base, 2) for size, g in growth.items()}
    figures["budget"] = {"full_catalog_p50_ms": 20, "100k_p50_ms": 300}
    save("recommend", figures)


if __name__ == "__main__":
    main()
