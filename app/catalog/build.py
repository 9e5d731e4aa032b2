"""`python -m app catalog build`: the bundled catalog, made from the raw scrapes.

Only the build command imports this module; the app reads the finished file
through `app.catalog.open_catalog`. The same inputs give the same rows: records
are sorted, every choice between sources follows a fixed order, and only the
build date in `catalog_meta` changes from one build to the next.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path

from app import money
from app.catalog import SCHEMA_VERSION, sources
from app.catalog.scores import ASPECTS, score_all
from app.paths import PROJECT_ROOT

DEFAULT_SOURCES = PROJECT_ROOT.parent / "shared" / "data" / "catalog-sources"
GSMARENA_FILE = "gsmarena_kolenmg_2025-01.csv"
MOBILEDOKAN_FILE = "mobiledokan_smartphones_2025-07.csv"
LAUNCH_PRICES_FILE = "mobiles_dataset_2025.csv"

OLDEST_YEAR = 2015
# GSMArena's scrape ends in January 2025; mobiledokan fills in what came after.
NEWEST_GSMARENA_YEAR = 2024
JUNK_BRANDS = {"Helio", "Comparisons", "Status"}

# The columns of spec/catalog.md, in its order, with their SQLite types.
COLUMNS = (
    ("id", "TEXT PRIMARY KEY"), ("brand", "TEXT NOT NULL"), ("model", "TEXT NOT NULL"),
    ("year", "INTEGER NOT NULL"), ("status", "TEXT NOT NULL"), ("price_usd", "REAL"), ("price_source", "TEXT"),
    ("os", "TEXT NOT NULL"), ("chipset", "TEXT"), ("ram_gb", "REAL"), ("storage_gb", "TEXT NOT NULL"),
    ("expandable_storage", "INTEGER"), ("battery_mah", "INTEGER"), ("charging_w", "REAL"),
    ("wireless_charging", "INTEGER"), ("screen_in", "REAL"), ("resolution", "TEXT"), ("display_type", "TEXT"),
    ("refresh_hz", "INTEGER"), ("weight_g", "REAL"), ("thickness_mm", "REAL"), ("main_camera_mp", "REAL"),
    ("rear_cameras", "INTEGER"), ("has_telephoto", "INTEGER"), ("has_ultrawide", "INTEGER"),
    ("selfie_camera_mp", "REAL"), ("video_4k", "INTEGER"), ("has_5g", "INTEGER"), ("nfc", "INTEGER"),
    ("headphone_jack", "INTEGER"), ("ip_rating", "TEXT"), ("water_resistance", "INTEGER"), ("dual_sim", "INTEGER"),
    ("esim", "INTEGER"), ("stylus", "INTEGER"), ("foldable", "INTEGER"), ("antutu", "INTEGER"),
    ("image_url", "TEXT"), ("source", "TEXT NOT NULL"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)

# Facts the Mobiles Dataset may fill where the spec scrapes left a gap.
GAP_FILLERS = ("battery_mah", "weight_g", "ram_gb", "screen_in", "main_camera_mp", "selfie_camera_mp")
# Facts mobiledokan may fill for a phone GSMArena also lists but left blank.
MOBILEDOKAN_FILLERS = ("weight_g", "battery_mah", "charging_w", "refresh_hz", "thickness_mm", "display_type",
                       "ip_rating", "water_resistance", "headphone_jack", "ram_gb", "main_camera_mp")


def collect_phones(source_dir: Path) -> list[dict]:
    """Every phone, merged across the three sources, sorted by id."""
    launch = sources.read_launch_prices(source_dir / LAUNCH_PRICES_FILE)
    phones: dict[str, dict] = {}
    for record in sources.read_gsmarena(source_dir / GSMARENA_FILE):
        if record["year"] >= OLDEST_YEAR:
            phones.setdefault(sources.match_key(record["brand"], record["model"]), record)

    newer: dict[str, dict] = {}
    for record in sources.read_mobiledokan(source_dir / MOBILEDOKAN_FILE):
        key = sources.match_key(record["brand"], record["model"])
        if key in phones:
            _fill_gaps(phones[key], record, MOBILEDOKAN_FILLERS, "mobiledokan")
            continue
        if record["year"] <= NEWEST_GSMARENA_YEAR or record["brand"] in JUNK_BRANDS:
            continue
        if key in newer:
            _fold_variant(newer[key], record)
        else:
            newer[key] = record
    phones.update(newer)

    for key, record in phones.items():
        found = launch.get(key)
        if not found:
            continue
        record["price_usd"], record["price_source"] = found["price_usd"], "launch_usd"
        _fill_gaps(record, found, GAP_FILLERS, "mobiles2025", always_credit=True)

    return _with_unique_ids(sorted(phones.values(), key=lambda r: (r["id"], r["year"], r["model"])))


def _fill_gaps(record: dict, other: dict, names: tuple[str, ...], source: str, always_credit=False) -> None:
    """Take from `other` the facts `record` lacks; credit the source when it gave any."""
    filled = False
    for name in names:
        if record[name] is None and other.get(name) is not None:
            record[name] = other[name]
            filled = True
    if (filled or always_credit) and source not in record["source"]:
        record["source"] += "+" + source


def _fold_variant(kept: dict, variant: dict) -> None:
    """A storage variant of a phone already read: its storage joins the options."""
    kept["storage_gb"] = sorted(set(kept["storage_gb"]) | set(variant["storage_gb"]))
    if variant["ram_gb"] and (kept["ram_gb"] or 0) < variant["ram_gb"]:
        kept["ram_gb"] = variant["ram_gb"]
    for name, value in variant.items():
        if kept.get(name) is None and value is not None:
            kept[name] = value


def _with_unique_ids(records: list[dict]) -> list[dict]:
    seen: set[str] = set()
    for record in records:
        base = record["id"]
        if base in seen:
            record["id"] = f"{base}-{record['year']}"
        n = 2
        while record["id"] in seen:
            record["id"] = f"{base}-{n}"
            n += 1
        seen.add(record["id"])
    return records


def sentence(items: list[str]) -> str:
    text = ", ".join(items)
    return text[:1].upper() + text[1:] + "."


def describe(phone: dict) -> str:
    """A short, factual English description of a phone, for semantic matching."""
    size = phone["screen_in"]
    shape = "foldable" if phone["foldable"] else ("compact" if size and size < 6.2 else "large" if size and size >= 6.7
                                                  else "")
    parts = [f"{phone['brand']} {phone['model']}, {phone['year']}."]
    screen = " ".join(x for x in (shape, f"{size:g}-inch" if size else "",
                                   (phone["display_type"] or "").upper(),
                                   f"{phone['refresh_hz']} Hz" if phone["refresh_hz"] else "") if x)
    if screen:
        parts.append(f"A {screen} {'Android' if phone['os'] == 'android' else 'iOS' if phone['os'] == 'ios' else ''}"
                     " phone.".replace("  ", " "))
    if phone["battery_mah"]:
        charge = f", {phone['charging_w']:g} W charging" if phone["charging_w"] else ""
        parts.append(f"{phone['battery_mah']:,} mAh battery{charge}.")
    camera = []
    if phone["main_camera_mp"]:
        camera.append(f"{phone['main_camera_mp']:g} MP main camera")
    if phone["has_telephoto"]:
        camera.append("telephoto zoom lens")
    if phone["has_ultrawide"]:
        camera.append("ultrawide lens")
    if camera:
        parts.append(sentence(camera))
    if phone["chipset"]:
        parts.append(f"{phone['chipset']} chipset" + (f", {phone['ram_gb']:g} GB RAM." if phone["ram_gb"] else "."))
    extras = []
    if phone["ip_rating"]:
        extras.append(f"{phone['ip_rating']} water and dust resistance")
    for column, words in (("headphone_jack", "headphone jack"), ("wireless_charging", "wireless charging"),
                          ("stylus", "stylus"), ("has_5g", "5G"), ("expandable_storage", "memory card slot")):
        if phone[column] == 1:
            extras.append(words)
    if phone["headphone_jack"] == 0:
        extras.append("no headphone jack")
    if phone["weight_g"]:
        extras.append(f"weighs {phone['weight_g']:g} g")
    if extras:
        parts.append(sentence(extras))
    if phone["price_usd"]:
        parts.append(f"About ${phone['price_usd']:,.0f}.")
    return " ".join(parts)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build(source_dir: Path, output: Path, embed: bool = True, log=print) -> dict:
    """Build the catalog into `output` (atomically) and return its meta."""
    source_dir, output = Path(source_dir), Path(output)
    for name in (GSMARENA_FILE, MOBILEDOKAN_FILE, LAUNCH_PRICES_FILE):
        if not (source_dir / name).is_file():
            raise FileNotFoundError(f"source file missing: {source_dir / name}")
    phones = collect_phones(source_dir)
    log(f"read {len(phones)} phones")
    scores = score_all(phones)
    descriptions = {p["id"]: describe(p) for p in phones}
    store_prices = _existing_store_prices(output)

    output.parent.mkdir(parents=True, exist_ok=True)
    scratch = output.with_name(output.name + ".building")
    scratch.unlink(missing_ok=True)
    db = sqlite3.connect(scratch)
    try:
        _create_tables(db)
        db.executemany(
            f"INSERT INTO phones VALUES ({', '.join('?' for _ in COLUMNS)})",
            [tuple(json.dumps(p[c]) if c == "storage_gb" else p[c] for c in COLUMN_NAMES) for p in phones],
        )
        db.executemany(
            f"INSERT INTO aspect_scores VALUES (?, {', '.join('?' for _ in ASPECTS)})",
            [(p["id"], *(scores[p["id"]][a] for a in ASPECTS)) for p in phones],
        )
        db.executemany("INSERT INTO phone_descriptions VALUES (?, ?)", sorted(descriptions.items()))
        db.executemany("INSERT INTO phones_fts (rowid, id, name) VALUES (?, ?, ?)",
                       [(i + 1, p["id"], search_text(p)) for i, p in enumerate(phones)])
        known = {p["id"] for p in phones}
        kept = [row for row in store_prices if row[0] in known]
        db.executemany("INSERT INTO store_prices VALUES (?, ?, ?, ?, ?, ?)", kept)
        embedded = _embed(db, descriptions, log) if embed else "skipped (--no-embed)"
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "build_date": dt.date.today().isoformat(),
            "currency": money.CATALOG_CURRENCY,
            "exchange_rates": f"{money.RATES_SOURCE}, {money.RATES_DATE}",
            "phones": str(len(phones)),
            "phones_from_2020": str(sum(p["year"] >= 2020 for p in phones)),
            "oldest_year": str(OLDEST_YEAR),
            "embeddings": embedded,
            "store_prices_carried_over": str(len(kept)),
        }
        for name in (GSMARENA_FILE, MOBILEDOKAN_FILE, LAUNCH_PRICES_FILE):
            meta[f"sha256:{name}"] = file_sha256(source_dir / name)
        db.executemany("INSERT INTO catalog_meta VALUES (?, ?)", sorted(meta.items()))
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    os.replace(scratch, output)
    log(f"wrote {output} ({len(phones)} phones; embeddings: {embedded})")
    return meta


def search_text(phone: dict) -> str:
    """What the model-name search matches: brand, model, and the model with its spaces closed up."""
    model = phone["model"]
    joined = " ".join(w for w in model.replace("+", " plus ").split())
    squeezed = model.replace(" ", "")
    return f"{phone['brand']} {joined} {squeezed}"


def _create_tables(db: sqlite3.Connection) -> None:
    db.execute(f"CREATE TABLE phones ({', '.join(f'{n} {t}' for n, t in COLUMNS)})")
    db.execute(f"CREATE TABLE aspect_scores (phone_id TEXT PRIMARY KEY REFERENCES phones(id), "
               f"{', '.join(f'{a} REAL' for a in ASPECTS)})")
    db.execute("CREATE TABLE phone_descriptions (phone_id TEXT PRIMARY KEY REFERENCES phones(id), text TEXT NOT NULL)")
    db.execute("CREATE TABLE phone_embeddings (phone_id TEXT PRIMARY KEY REFERENCES phones(id), vector BLOB NOT NULL)")
    db.execute("CREATE TABLE store_prices (phone_id TEXT PRIMARY KEY REFERENCES phones(id), price REAL NOT NULL, "
               "currency TEXT NOT NULL, price_usd REAL NOT NULL, in_stock INTEGER, imported_at TEXT NOT NULL)")
    db.execute("CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE VIRTUAL TABLE phones_fts USING fts5(id UNINDEXED, name, tokenize='unicode61')")


def _existing_store_prices(output: Path) -> list[tuple]:
    """The store's imported prices in the catalog being replaced, so a rebuild keeps them."""
    if not output.is_file():
        return []
    try:
        db = sqlite3.connect(f"file:{output}?mode=ro", uri=True)
        try:
            return db.execute("SELECT phone_id, price, currency, price_usd, in_stock, imported_at "
                              "FROM store_prices ORDER BY phone_id").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []  # an old or broken file: nothing to carry over


def _embed(db: sqlite3.Connection, descriptions: dict[str, str], log) -> str:
    """Fill phone_embeddings with the shipped language model, when it is there."""
    try:
        from app import understanding
        import numpy as np
    except ImportError as error:
        log(f"no embeddings: the language model's runtime is not available ({error})")
        return "none (no language model runtime)"
    ids = sorted(descriptions)
    try:
        rows = []
        for start in range(0, len(ids), 64):
            batch = ids[start:start + 64]
            vectors = np.asarray(understanding.embed([descriptions[i] for i in batch]), dtype=np.float32)
            rows.extend((pid, vec.tobytes()) for pid, vec in zip(batch, vectors))
    except Exception as error:  # a missing or broken model file: build without the semantic signal
        log(f"no embeddings: {error}")
        return f"none ({type(error).__name__})"
    db.executemany("INSERT INTO phone_embeddings VALUES (?, ?)", rows)
    return f"{len(rows)} x {len(rows[0][1]) // 4} float32"
