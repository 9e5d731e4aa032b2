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
import re
import sqlite3
from pathlib import Path

from app import money
from app.catalog import SCHEMA_VERSION, prices, sources
from app.catalog.scores import ASPECTS, chip_name, score_all, size_class
from app.paths import PROJECT_ROOT

DEFAULT_SOURCES = PROJECT_ROOT.parent / "shared" / "data" / "catalog-sources"
GSMARENA_FILE = "gsmarena_kolenmg_2025-01.csv"
GSMARENA_RECENT_FILES = ("gsmarena_2025-08_2026-09.csv", "gsmarena_more-brands_2025-08_2026-06.csv")
MOBILEDOKAN_FILE = "mobiledokan_smartphones_2025-07.csv"
LAUNCH_PRICES_FILE = "mobiles_dataset_2025.csv"
SMARTPRIX_FILE = "smartprix_india_2026-01.csv"
SOURCE_FILES = (GSMARENA_FILE, *GSMARENA_RECENT_FILES, MOBILEDOKAN_FILE, LAUNCH_PRICES_FILE, SMARTPRIX_FILE)

OLDEST_YEAR = 2015
# GSMArena's big scrape ends in January 2025; mobiledokan fills in what came after.
NEWEST_GSMARENA_YEAR = 2024
JUNK_BRANDS = {"Helio", "Comparisons", "Status"}

# The columns of spec/catalog.md, in its order, with their SQLite types; then the
# catalog's own additions (measured battery life, announcement date, markets sold in).
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
    ("battery_active_h", "REAL"), ("announced", "TEXT"), ("markets", "TEXT NOT NULL"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
# Fields whose fill the build reports (filled per field, by which source).
FILLABLE = ("battery_mah", "weight_g", "ram_gb", "screen_in", "main_camera_mp", "selfie_camera_mp", "nfc",
            "charging_w", "refresh_hz", "thickness_mm", "display_type", "ip_rating", "water_resistance",
            "headphone_jack", "has_5g", "storage_gb")

# Facts the Mobiles Dataset may fill where the spec scrapes left a gap.
GAP_FILLERS = ("battery_mah", "weight_g", "ram_gb", "screen_in", "main_camera_mp", "selfie_camera_mp")
# Facts mobiledokan may fill for a phone GSMArena also lists but left blank.
MOBILEDOKAN_FILLERS = ("weight_g", "battery_mah", "charging_w", "refresh_hz", "thickness_mm", "display_type",
                       "ip_rating", "water_resistance", "headphone_jack", "ram_gb", "main_camera_mp")
# Facts the Indian listing may fill (it is the only source of NFC and selfie camera for
# the phones only mobiledokan knows).
SMARTPRIX_FILLERS = ("nfc", "selfie_camera_mp", "has_5g", "battery_mah", "charging_w", "refresh_hz", "ram_gb",
                     "screen_in", "main_camera_mp", "storage_gb")


class BuildReport:
    """What the build did to the sources' rows, for `catalog_meta` and the build's output."""

    def __init__(self):
        self.counts: dict[str, int] = {}
        self.filled: dict[str, int] = {}

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def fill(self, field: str, source: str) -> None:
        key = f"{field} from {source}"
        self.filled[key] = self.filled.get(key, 0) + 1


def collect_phones(source_dir: Path, report: BuildReport | None = None) -> list[dict]:
    """Every phone, merged across the sources, variants folded, prices checked; sorted by id."""
    report = report or BuildReport()
    launch = sources.read_launch_prices(source_dir / LAUNCH_PRICES_FILE)
    phones: dict[str, dict] = {}
    skipped = sources.Skipped()
    for record in sources.read_gsmarena(source_dir / GSMARENA_FILE, skipped):
        if record["year"] >= OLDEST_YEAR:
            phones.setdefault(sources.match_key(record["brand"], record["model"]), record)
    for name in GSMARENA_RECENT_FILES:
        for record in sources.read_gsmarena_recent(source_dir / name, skipped):
            phones[sources.match_key(record["brand"], record["model"])] = record  # the newer page wins

    newer: dict[str, dict] = {}
    for record in sources.read_mobiledokan(source_dir / MOBILEDOKAN_FILE, skipped):
        key = sources.match_key(record["brand"], record["model"])
        if key in phones and _other_network_model(phones[key], record):
            key += "|" + record["id"]  # "Camon 40 Pro" (4G) is not the "Camon 40 Pro 5G"
        if key in phones:
            _fill_gaps(phones[key], record, MOBILEDOKAN_FILLERS, "mobiledokan", report)
            continue
        if record["year"] <= NEWEST_GSMARENA_YEAR or record["brand"] in JUNK_BRANDS:
            continue
        if key in newer and _other_network_model(newer[key], record):
            key += "|" + record["id"]
        if key in newer:
            _fold_variant(newer[key], record)
            report.add("folded_storage_variants")
        else:
            newer[key] = record
    phones.update(newer)
    for reason, n in skipped.counts.items():
        report.add(f"dropped_{reason}", n)

    for key, record in phones.items():
        found = launch.get(key)
        if not found:
            continue
        for market, amount in found["prices"].items():
            if record["brand"] in prices.SELLS_IN[market]:
                record["_prices"].append(sources.price_fact(market, amount, "launch", None, "mobiles2025"))
        _fill_gaps(record, found, GAP_FILLERS, "mobiles2025", report, always_credit=True)

    india = sources.read_smartprix(source_dir / SMARTPRIX_FILE)
    matched = 0
    for key, listing in india.items():
        record = phones.get(key)
        if record is None:
            continue
        matched += 1
        _fill_gaps(record, listing, SMARTPRIX_FILLERS, "smartprix", report)
        if listing["price_inr"]:
            record["_prices"].append(sources.price_fact("IN", listing["price_inr"], "street", sources.SMARTPRIX_DATE,
                                                        "smartprix"))
            if "smartprix" not in record["source"]:
                record["source"] += "+smartprix"
    # A phone only the Indian listing knows joins when the curated table dates its launch
    # (the Galaxy Z Flip7 came out after mobiledokan's scrape and before GSMArena's newest file).
    dated = {sources.match_key(row["brand"], row["model"]): row for row in prices.read_curated()}
    for key, listing in india.items():
        if key in phones or key not in dated:
            continue
        announced = dated[key]["as_of"]
        record = sources.smartprix_record(listing, int(announced[:4]), announced, model=dated[key]["model"])
        if listing["price_inr"]:
            record["_prices"].append(sources.price_fact("IN", listing["price_inr"], "street", sources.SMARTPRIX_DATE,
                                                        "smartprix"))
        phones[key] = record
        matched += 1
        report.add("phones_only_in_smartprix_dated_by_curated_table")
    report.add("smartprix_listings_matched", matched)
    report.add("smartprix_listings_unmatched", len(india) - matched)

    merged = _fold_regional_variants(sorted(phones.values(), key=lambda r: (r["id"], r["year"], r["model"])), report)
    _apply_curated(merged, report)
    for reason, n in prices.sane_prices(merged).items():
        report.add(f"dropped_price_{reason}", n)
    for record in merged:
        released = record.get("_release")
        if record["status"] == "coming_soon" and released and released < BUILD_TODAY.isoformat():
            # "Coming soon, expected January 2025" in a January 2025 scrape: released since
            record["status"] = "available"
            report.add("coming_soon_released_since")
        record["markets"] = ",".join(prices.sold_in(record["_prices"]))
        us = prices.shown_price(record["_prices"], "US", BUILD_TODAY)
        record["price_usd"] = us["usd"] if us else None
        record["price_source"] = f"{us['kind']}:{us['market']}:{us['source']}" if us else None
    return _with_unique_ids(merged)


# "Today" for the build's own US price (phones.price_usd); the app picks prices by its own date.
BUILD_TODAY = dt.date(2026, 9, 6)


def _apply_curated(phones: list[dict], report: BuildReport) -> None:
    """The curated launch prices replace the sources' launch prices of the same phone and market."""
    by_key = {sources.match_key(p["brand"], p["model"]): p for p in phones}
    by_name = {(p["brand"], p["model"].lower()): p for p in phones}
    for row in prices.read_curated():
        # the exact name first: "Galaxy A16 5G" and the 4G "Galaxy A16" share a match key
        phone = by_name.get((row["brand"], row["model"].lower())) or by_key.get(
            sources.match_key(row["brand"], row["model"]))
        if phone is None:
            report.add("curated_prices_unmatched")
            continue
        phone["_prices"] = [f for f in phone["_prices"] if not (f["kind"] == "launch" and f["market"] == row["market"])]
        phone["_prices"].append({k: row[k] for k in ("market", "currency", "price", "kind", "as_of", "source")})
        report.add("curated_prices_applied")


# Facts that must agree for two regional or network variants to be one phone.
SAME_PHONE_FACTS = ("screen_in", "battery_mah", "main_camera_mp", "foldable")


def variant_base(model: str) -> str:
    """The model name without a region or network tag: 'Z Fold7 (China)', 'Redmi Note 14 Pro 4G' -> base."""
    name = re.sub(r"\s*\((china|global|india|international|europe|eu|usa|us|japan|korea|idn|indonesia|"
                  r"ind|latam|taiwan|ru|russia|emea|asia)\)\s*$", "", model, flags=re.I)
    name = re.sub(r"\s+[45]G$", "", name, flags=re.I)
    return name.strip()


def _fold_regional_variants(records: list[dict], report: BuildReport) -> list[dict]:
    """One row per phone: regional and 4G/5G variants with the same spec sheet fold into one.

    The row kept is the one without a tag if there is one (else the newest); it takes the
    others' storage options, prices (so their markets), and any fact it lacks.
    """
    groups: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        groups.setdefault((record["brand"], variant_base(record["model"]).lower()), []).append(record)
    out = []
    for (_, base), members in groups.items():
        while members:
            kept = min(members, key=lambda r: (r["model"].lower() != base, -r["year"], len(r["model"]), r["id"]))
            same = [r for r in members if r is not kept and _same_spec_sheet(kept, r)]
            for other in same:
                _fold_variant(kept, other)
                kept["_prices"].extend(other["_prices"])
                report.add("folded_variants")
            out.append(kept)
            members = [r for r in members if r is not kept and r not in same]
    return sorted(out, key=lambda r: (r["id"], r["year"], r["model"]))


def _other_network_model(a: dict, b: dict) -> bool:
    """Two names the match key makes equal ("Camon 40 Pro 5G", "Camon 40 Pro") but different phones:
    one says 5G or 4G and the other does not, and their chips differ."""
    tags = [re.findall(r"\b[45]G\b", r["model"], re.I) for r in (a, b)]
    if [t[-1].upper() if t else "" for t in tags][0] == [t[-1].upper() if t else "" for t in tags][1]:
        return False
    return bool(a["chipset"] and b["chipset"]) and _chip(a) != _chip(b)


def _chip(record: dict) -> str:
    return re.sub(r"\b[45]g\b|\s+", "", chip_name(record["chipset"]).lower())


def _same_spec_sheet(a: dict, b: dict) -> bool:
    """Variants are one phone when chip, screen, battery, main camera and form agree: the China
    model of the Reno12 (another chip) or the 4G Redmi Note 13 Pro (another chip) stay phones of
    their own."""
    if abs(a["year"] - b["year"]) > 1:
        return False
    if a["chipset"] and b["chipset"] and _chip(a) != _chip(b):
        return False
    for name in SAME_PHONE_FACTS:
        if a[name] is not None and b[name] is not None:
            if name == "battery_mah" and abs(a[name] - b[name]) <= 0.03 * a[name]:
                continue
            if a[name] != b[name]:
                return False
    return True


def _fill_gaps(record: dict, other: dict, names: tuple[str, ...], source: str, report: BuildReport,
               always_credit=False) -> None:
    """Take from `other` the facts `record` lacks; credit the source when it gave any."""
    filled = False
    for name in names:
        if record[name] in (None, []) and other.get(name) not in (None, []):
            record[name] = other[name]
            if name == "ip_rating" and record.get("water_resistance") is None:
                record["water_resistance"] = sources.water_resistant(record["ip_rating"])
            report.fill(name, source)
            filled = True
    if (filled or always_credit) and source not in record["source"]:
        record["source"] += "+" + source


def _fold_variant(kept: dict, variant: dict) -> None:
    """A storage (or regional) variant of a phone already read: its storage joins the options."""
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
    shape = "foldable" if phone["foldable"] else (size_class(size, phone["weight_g"]) or "")
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
    for name in SOURCE_FILES:
        if not (source_dir / name).is_file():
            raise FileNotFoundError(f"source file missing: {source_dir / name}")
    report = BuildReport()
    phones = collect_phones(source_dir, report)
    log(f"read {len(phones)} phones")
    scores = score_all(phones)
    descriptions = {p["id"]: describe(p) for p in phones}

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
        db.executemany("INSERT INTO prices VALUES (?, ?, ?, ?, ?, ?, ?)", sorted(
            (p["id"], f["market"], f["currency"], f["price"], f["kind"], f["as_of"], f["source"])
            for p in phones for f in p["_prices"]))
        db.executemany(
            f"INSERT INTO aspect_scores VALUES (?, {', '.join('?' for _ in ASPECTS)})",
            [(p["id"], *(scores[p["id"]][a] for a in ASPECTS)) for p in phones],
        )
        db.executemany("INSERT INTO phone_descriptions VALUES (?, ?)", sorted(descriptions.items()))
        db.executemany("INSERT INTO phones_fts (rowid, id, name) VALUES (?, ?, ?)",
                       [(i + 1, p["id"], search_text(p)) for i, p in enumerate(phones)])
        embedded = _embed(db, descriptions, log) if embed else "skipped (--no-embed)"
        recent = [p for p in phones if p["year"] >= RECENT_FROM]
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "build_date": dt.date.today().isoformat(),
            "currency": money.CATALOG_CURRENCY,
            "exchange_rates": f"{money.RATES_SOURCE}, {money.RATES_DATE}",
            "phones": str(len(phones)),
            "phones_from_2020": str(sum(p["year"] >= 2020 for p in phones)),
            f"phones_from_{RECENT_FROM}": str(len(recent)),
            "oldest_year": str(OLDEST_YEAR),
            "newest_announced": max((p["announced"] for p in phones if p["announced"]), default=""),
            "embeddings": embedded,
            "unknown_newest_brands": ", ".join(UNKNOWN_NEWEST_BRANDS),
        }
        for market in prices.MARKETS:
            meta[f"sold_in:{market}"] = str(sum(market in p["markets"].split(",") for p in recent))
        meta.update({f"build:{k}": str(v) for k, v in sorted(report.counts.items())})
        meta.update({f"filled:{k}": str(v) for k, v in sorted(report.filled.items())})
        for name in SOURCE_FILES:
            meta[f"sha256:{name}"] = file_sha256(source_dir / name)
        db.executemany("INSERT INTO catalog_meta VALUES (?, ?)", sorted(meta.items()))
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    os.replace(scratch, output)
    for key, value in sorted(meta.items()):
        if key.startswith(("build:", "filled:", "sold_in:")):
            log(f"  {key}: {value}")
    log(f"wrote {output} ({len(phones)} phones; embeddings: {embedded})")
    return meta


# "The last two years" the coverage report and the meta counts speak of.
RECENT_FROM = 2025
# Brands whose phones of Aug 2025 - Sep 2026 the sources mostly miss (SOURCES.md §4, §6): the app says so.
UNKNOWN_NEWEST_BRANDS = ("Vivo", "Oppo", "Honor", "Huawei", "Sony")


def search_text(phone: dict) -> str:
    """What the model-name search matches: brand, model, and the model with its spaces closed up."""
    model = phone["model"]
    joined = " ".join(w for w in model.replace("+", " plus ").split())
    squeezed = model.replace(" ", "")
    return f"{phone['brand']} {joined} {squeezed}"


def _create_tables(db: sqlite3.Connection) -> None:
    db.execute(f"CREATE TABLE phones ({', '.join(f'{n} {t}' for n, t in COLUMNS)})")
    db.execute("CREATE TABLE prices (phone_id TEXT NOT NULL REFERENCES phones(id), market TEXT NOT NULL, "
               "currency TEXT NOT NULL, price REAL NOT NULL, kind TEXT NOT NULL, as_of TEXT, source TEXT NOT NULL)")
    db.execute("CREATE INDEX prices_by_phone ON prices (phone_id)")
    db.execute(f"CREATE TABLE aspect_scores (phone_id TEXT PRIMARY KEY REFERENCES phones(id), "
               f"{', '.join(f'{a} REAL' for a in ASPECTS)})")
    db.execute("CREATE TABLE phone_descriptions (phone_id TEXT PRIMARY KEY REFERENCES phones(id), text TEXT NOT NULL)")
    db.execute("CREATE TABLE phone_embeddings (phone_id TEXT PRIMARY KEY REFERENCES phones(id), vector BLOB NOT NULL)")
    db.execute("CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE VIRTUAL TABLE phones_fts USING fts5(id UNINDEXED, name, tokenize='unicode61')")


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
