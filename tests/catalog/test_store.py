"""The store's own list: checked line by line, all or nothing, kept apart from the bundled file,
reversible, picked up live, and safe against a crash or a full disk."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from app.catalog import price_for_market
from app.catalog.store import StoreDatabase, StoreListError, _price_problem, read_store_list
from tests.conftest import PROJECT_ROOT

GOOD = "id,price,currency,in_stock,sku\ngoogle-pixel-9a,449,USD,yes,PX9A\napple-iphone-16e,579,USD,no,\n"


@pytest.fixture(scope="module")
def priced(catalog):
    return catalog.phones()


def write(tmp_path, text, name="list.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_by_id_and_by_name(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    report = store.import_file(write(tmp_path, GOOD), priced)
    assert (report.imported, report.in_stock, report.out_of_stock) == (2, 1, 0 + 1)
    items = store.active_items()
    assert items["google-pixel-9a"]["price"] == 449 and items["google-pixel-9a"]["sku"] == "PX9A"
    store.import_file(write(tmp_path, "brand,model,price,currency\nSamsung,Galaxy A56 5G,459,usd\n", "b.csv"), priced)
    assert list(store.active_items()) == ["samsung-galaxy-a56"]
    both = read_store_list(b"brand,model,price,currency\nSamsung,Galaxy A16 5G,199,USD\nsamsung,galaxy a16,179,USD\n",
                           priced)
    assert [row["phone_id"] for row in both] == ["samsung-galaxy-a16-5g", "samsung-galaxy-a16"]


@pytest.mark.parametrize("cell, reason", [
    ("1e308", "not a plausible phone price"),
    ("1e309", "not a number"),
    ("inf", "not a number"),
    ("nan", "not a number"),
    ("0.001", "not a plausible phone price"),
    ("0", "not above zero"),
    ("-3", "not above zero"),
    ("abc", "not a number"),
    ("4990", "far from what Google Pixel 9a sells for"),  # a slipped decimal point
])
def test_bad_prices_are_rejected_with_line_and_reason(tmp_path, priced, cell, reason):
    store = StoreDatabase(tmp_path / "data")
    store.import_file(write(tmp_path, GOOD), priced)
    before = store.active_items()
    bad = write(tmp_path, f"id,price,currency\napple-iphone-16e,579,USD\ngoogle-pixel-9a,{cell},USD\n", "bad.csv")
    with pytest.raises(StoreListError) as raised:
        store.import_file(bad, priced)
    assert any(p.startswith("line 3:") and reason in p for p in raised.value.problems), raised.value.problems
    assert store.active_items() == before


def test_every_problem_is_listed(priced):
    raw = ("id,price,currency\nno-such-phone,1,USD\ngoogle-pixel-9a,449,XYZ\n"
           "apple-iphone-16e,579,USD\napple-iphone-16e,579,USD\ngoogle-pixel-9a\n").encode()
    with pytest.raises(StoreListError) as raised:
        read_store_list(raw, priced)
    problems = raised.value.problems
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 3", "line 5", "line 6"]
    assert "unknown phone" in problems[0] and "unknown currency" in problems[1] and "twice" in problems[2]


@pytest.mark.parametrize("raw, message", [
    (b"", "empty"), (b"\x00\x01binary", "not a text file"), (b"id,price\nx,1\n", "missing: currency"),
    ("id,price,currency\n".encode(), "only a header"), (b"id,price,currency\n\xff\xfe,1,USD\n", "not UTF-8"),
])
def test_broken_files_get_a_clear_message(priced, raw, message):
    with pytest.raises(StoreListError, match=message):
        read_store_list(raw, priced)


def test_revert_keeps_the_previous_list_and_generation_tells_a_change(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    assert store.generation() == 0 and store.revert() is None
    store.import_file(write(tmp_path, GOOD, "first.csv"), priced)
    first = store.generation()
    store.import_file(write(tmp_path, "id,price,currency\ngoogle-pixel-9a,399,USD\n", "second.csv"), priced)
    assert store.generation() > first and store.active_items()["google-pixel-9a"]["price"] == 399
    back = store.revert()
    assert back["file_name"] == "first.csv" and store.active_items()["google-pixel-9a"]["price"] == 449
    assert [entry["active"] for entry in store.lists()] == [False, True]
    store.clear()
    assert store.active_items() == {} and store.revert()["file_name"] == "first.csv"
    assert len(store.active_items()) == 2


def test_the_bundled_catalog_is_never_written(tmp_path, priced, catalog):
    before = hashlib.sha256(catalog.path.read_bytes()).hexdigest()
    store = StoreDatabase(tmp_path / "data")
    store.import_file(write(tmp_path, GOOD), priced)
    store.revert(), store.clear()
    assert hashlib.sha256(catalog.path.read_bytes()).hexdigest() == before
    assert store.path.parent == tmp_path / "data"


CRASH = """
import os, sys, sqlite3
from app.catalog import open_catalog
from app.catalog.store import StoreDatabase
phones = open_catalog().phones()

class PowerCut(sqlite3.Connection):
    def executemany(self, sql, rows):
        super().executemany(sql, list(rows)[:1])
        os._exit(9)  # the power goes out half-way through writing the new list

connect = sqlite3.connect
sqlite3.connect = lambda *args, **kwargs: connect(*args, factory=PowerCut, **kwargs)
StoreDatabase(sys.argv[1]).import_file(sys.argv[2], phones)
"""


def test_a_crash_half_way_leaves_the_previous_list_in_force(tmp_path, priced):
    folder = tmp_path / "data"
    StoreDatabase(folder).import_file(write(tmp_path, GOOD), priced)
    new = write(tmp_path, "id,price,currency\ngoogle-pixel-9a,399,USD\napple-iphone-16e,549,USD\n", "new.csv")
    done = subprocess.run([sys.executable, "-c", CRASH, str(folder), str(new)], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    reopened = StoreDatabase(folder)
    items = reopened.active_items()
    assert items["google-pixel-9a"]["price"] == 449 and len(items) == 2
    assert len(reopened.lists()) == 1


class TinyDisk(StoreDatabase):
    """A store database on a disk that fills up after a few pages."""

    def _connect(self):
        db = super()._connect()
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return db


def test_a_full_disk_changes_nothing(tmp_path, priced):
    store = TinyDisk(tmp_path / "data")
    store.import_file(write(tmp_path, GOOD), priced)
    many = "\n".join(f"{p['id']},{p['price']['usd']:.2f},USD" for p in priced
                     if p["price"] and _price_problem(str(p["price"]["usd"]), "USD", p) is None)
    with pytest.raises(StoreListError, match="previous list stays in force"):
        store.import_file(write(tmp_path, "id,price,currency\n" + many + "\n", "big.csv"), priced)
    assert store.active_items()["google-pixel-9a"]["price"] == 449 and len(store.active_items()) == 2


def test_watched_folder_imports_a_new_file_once(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    synced = tmp_path / "sync"
    synced.mkdir()
    assert store.import_from_folder(synced, priced) == []
    path = write(synced, GOOD, "monday.csv")
    assert store.import_from_folder(synced, priced, now=path.stat().st_mtime) == []  # still being written
    later = time.time() + 60
    assert store.import_from_folder(synced, priced, now=later) == ["monday.csv: imported 2 phones"]
    assert store.import_from_folder(synced, priced, now=later) == []  # nothing new
    bad = write(synced, "id,price,currency\ngoogle-pixel-9a,0,USD\n", "tuesday.csv")
    os.utime(bad, (later, later))
    messages = store.import_from_folder(synced, priced, now=later + 60)
    assert messages[0].startswith("tuesday.csv: not imported: line 2")
    assert store.import_from_folder(synced, priced, now=later + 60) == []  # not retried until it changes
    assert store.active_items()["google-pixel-9a"]["price"] == 449


def test_a_store_list_decides_what_a_store_offers(tmp_path, catalog):
    phones = catalog.phones(market="US")
    china_only = next(p for p in phones if p["markets"] == ["CN"] or (p["markets"] and "US" not in p["markets"]))
    assert not china_only["sold_here"]
    item = {"price": 3999, "currency": "CNY", "in_stock": 1}
    assert price_for_market(china_only, "US", item)["sold_here"]


def test_store_database_file_is_sqlite_and_survives_an_app_update(tmp_path, priced):
    folder = tmp_path / "data"
    StoreDatabase(folder).import_file(write(tmp_path, GOOD), priced)
    # An update replaces the app and its bundled catalog; the data folder is untouched.
    db = sqlite3.connect(folder / "store.sqlite")
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    db.close()
    assert len(StoreDatabase(folder).active_items()) == 2
