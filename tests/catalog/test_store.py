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
    assert items["google-pixel-9a"] == {"price": 449, "currency": "USD", "in_stock": 1, "sku": "PX9A",
                                        "imported_at": store.lists()[0]["imported_at"]}
    assert items["apple-iphone-16e"]["in_stock"] == 0 and items["apple-iphone-16e"]["sku"] is None
    three = write(tmp_path, GOOD + "samsung-galaxy-a56,3500,CNY,,\n", "three.csv")  # stock not said: neither
    assert store.import_file(three, priced).__dict__ | {"list_id": 0} == {
        "imported": 3, "in_stock": 1, "out_of_stock": 1, "list_id": 0}
    assert store.active_items()["samsung-galaxy-a56"] | {"imported_at": ""} == {
        "price": 3500, "currency": "CNY", "in_stock": None, "sku": None, "imported_at": ""}
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
    raw = ("id,price,currency\nno-such-phone,1,USD\ngoogle-pixel-9a,449,XYZ\ngoogle-pixel-9a\n"
           "apple-iphone-16e,579,USD\napple-iphone-16e,579,USD\n").encode()
    with pytest.raises(StoreListError) as raised:
        read_store_list(raw, priced)
    problems = raised.value.problems
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 3", "line 4", "line 6"]
    assert "unknown phone" in problems[0] and "unknown currency" in problems[1] and "twice" in problems[3]
    assert "1 fields where the header has 3" in problems[2]


@pytest.mark.parametrize("raw, message", [
    (b"", "empty"), (b"\x00\x01binary", "not a text file"), (b"id,price\nx,1\n", "missing: currency"),
    ("id,price,currency\n".encode(), "only a header"), (b"id,price,currency\n\xff\xfe,1,USD\n", "not UTF-8"),
])
def test_broken_files_get_a_clear_message(priced, raw, message):
    with pytest.raises(StoreListError, match=message):
        read_store_list(raw, priced)


@pytest.mark.parametrize("raw, problem", [
    (b"", "the file is empty"), (b" \r\n\n", "the file is empty"),
    (b"PK\x03\x04\x00\x00", "the file is not a text file (it holds binary data); export the list as CSV"),
    (b"id,price,currency\n", "the file lists no phones, only a header"),
])
def test_a_file_that_is_no_list_says_what_it_is(priced, raw, problem):
    with pytest.raises(StoreListError) as raised:
        read_store_list(raw, priced)
    assert raised.value.problems == [problem]


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
    with pytest.raises(StoreListError) as raised:
        store.import_file(write(tmp_path, "id,price,currency\n" + many + "\n", "big.csv"), priced)
    assert raised.value.problems == [f"the list could not be saved in {store.path} (database or disk is full); "
                                     "the previous list stays in force"]
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


# -- what staff read and see, line by line ------------------------------------------------------------------

def rejected(raw, phones):
    with pytest.raises(StoreListError) as raised:
        read_store_list(raw.encode() if isinstance(raw, str) else raw, phones)
    return raised.value


def test_a_list_with_many_problems_shows_the_first_twenty_and_counts_the_rest(priced):
    error = rejected("id,price,currency\n" + "".join(f"no-such-phone-{k},100,USD\n" for k in range(25)), priced)
    assert len(error.problems) == 25
    lines = str(error).splitlines()
    assert lines[0] == "The store list was not imported (nothing changed):"
    assert lines[1] == "  line 2: unknown phone 'no-such-phone-0'"
    assert lines[20] == "  line 21: unknown phone 'no-such-phone-19'"
    assert lines[21:] == ["  … and 5 more"]
    twenty = rejected("id,price,currency\n" + "".join(f"no-such-phone-{k},100,USD\n" for k in range(20)), priced)
    assert str(twenty).splitlines()[-1] == "  line 21: unknown phone 'no-such-phone-19'"
    twenty_one = rejected("id,price,currency\n" + "".join(f"no-such-phone-{k},100,USD\n" for k in range(21)), priced)
    assert str(twenty_one).splitlines()[-1] == "  … and 1 more"


@pytest.mark.parametrize("raw, problem", [
    ("id,price\ngoogle-pixel-9a,449\n",
     "line 1: the header must name id (or brand and model), price and currency; missing: currency; found: id, price"),
    ("brand,price,currency\nGoogle,449,USD\n", "line 1: the header must name id (or brand and model), price and "
                                               "currency; missing: model; found: brand, price, currency"),
    (",,\n1,2,3\n", "line 1: the header must name id (or brand and model), price and currency; "
                    "missing: price, currency, brand, model; found: nothing"),
    ("id,price,currency\ngoogle-pixel-9a,449\n", "line 2: 2 fields where the header has 3"),
    ("brand,model,price,currency\n,,449,USD\n", "line 2: no phone named"),
    ("id,price,currency\ngoogle-pixel-9a,449,XYZ\n", "line 2: unknown currency 'XYZ' (known: AED, AUD, BDT, CAD, "
                                                   "CHF, CNY, EUR, GBP, HKD, INR, JPY, KRW, PKR, SGD, TWD, USD)"),
    ("id,price,currency,in_stock\ngoogle-pixel-9a,449,USD,Maybe\n", "line 2: in_stock must be yes or no, not 'Maybe'"),
    ("id,price,currency\ngoogle-pixel-9a,449,USD\ngoogle-pixel-9a,449,USD\n",
     "line 3: 'google-pixel-9a' is listed twice"),
    ("id,price,currency\ngoogle-pixel-9a,abc,USD\n", "line 2: the price 'abc' is not a number"),
    ("id,price,currency\ngoogle-pixel-9a,-3,USD\n", "line 2: the price -3 is not above zero"),
    ("id,price,currency\ngoogle-pixel-9a,4990,USD\n",
     "line 2: the price 4,990.00 USD is far from what Google Pixel 9a sells for (about 565 US dollars); "
     "check the amount and the currency"),
    (b"id,price,currency\ngoogle-pixel-9a,449,USD\n\n\xff,1,USD\n", "line 4: the file is not UTF-8 text; save it as "
                                                                    "CSV (UTF-8)"),
])
def test_each_problem_is_said_in_words_staff_can_act_on(priced, raw, problem):
    assert rejected(raw, priced).problems == [problem]


def test_a_file_too_large_is_refused_before_it_is_read(priced):
    from app.catalog.store import MAX_FILE_BYTES

    assert MAX_FILE_BYTES == 5 * 1024 * 1024
    row = "google-pixel-9a,449,USD\n"
    at_most = "id,price,currency\n" + row
    at_most += "\n" * (MAX_FILE_BYTES - len(at_most))  # blank lines: a file of exactly the limit
    assert [r["price"] for r in read_store_list(at_most.encode(), priced)] == [449]
    assert rejected(at_most + "\n", priced).problems == [
        "the file is 5,242,881 bytes; a store list may be at most 5,242,880"]


def test_a_spreadsheets_header_and_cells_are_read_as_staff_typed_them(priced):
    raw = ("\ufeff Brand , MODEL ,Price,currency,In_Stock,SKU\n\n"
           "GOOGLE, pixel 9A ,449.5,usd,Out of stock,\n"
           "apple,iPhone 16e,579,USD,Y, A-1 \n"
           "Samsung,Galaxy A56 5G,459,USD,,\n").encode()
    rows = {r["phone_id"]: r for r in read_store_list(raw, priced)}
    assert rows["google-pixel-9a"] == {"phone_id": "google-pixel-9a", "price": 449.5, "currency": "USD",
                                       "in_stock": 0, "sku": None}
    assert rows["apple-iphone-16e"]["in_stock"] == 1 and rows["apple-iphone-16e"]["sku"] == "A-1"
    assert rows["samsung-galaxy-a56"]["in_stock"] is None


@pytest.mark.parametrize("cell, ok", [("yes", 1), ("y", 1), ("true", 1), ("1", 1), ("in stock", 1), ("YES", 1),
                                      ("no", 0), ("n", 0), ("false", 0), ("0", 0), ("out of stock", 0)])
def test_in_stock_words(priced, cell, ok):
    rows = read_store_list(f"id,price,currency,in_stock\ngoogle-pixel-9a,449,USD,{cell}\n".encode(), priced)
    assert rows[0]["in_stock"] == ok


def test_a_price_is_plausible_between_ten_and_ten_thousand_dollars(priced):
    unpriced = next(p for p in priced if not p["prices"])  # no source price to compare with
    for price, ok in (("10", True), ("9.99", False), ("10000", True), ("10000.01", False), ("1300", True)):
        raw = f"id,price,currency\n{unpriced['id']},{price},USD\n".encode()
        if ok:
            assert read_store_list(raw, priced)[0]["price"] == float(price)
        else:
            assert rejected(raw, priced).problems == [
                f"line 2: the price {float(price):,.2f} USD is not a plausible phone price "
                "(between 10 and 10,000 US dollars)"]
    # ¥70 is about $9.55: too little, read in the list's currency (as dollars it would pass)
    assert rejected(f"id,price,currency\n{unpriced['id']},70,CNY\n", priced).problems == [
        "line 2: the price 70.00 CNY is not a plausible phone price (between 10 and 10,000 US dollars)"]


def test_a_price_within_five_times_the_middle_source_price_is_plausible(priced):
    # the Pixel 9a's sources: $499, ₹43,700 ($505), €549 ($565.47), ₹49,999 ($577), £499 ($609): the middle is $565.47
    middle = 549 * 1.030
    for price, ok in ((middle * 5, True), (2828, False), (middle / 5, True), (113, False)):
        raw = f"id,price,currency\ngoogle-pixel-9a,{price!r},USD\n".encode()
        assert (read_store_list(raw, priced) if ok else rejected(raw, priced).problems)


def one_phone_list(tmp_path, name, price=449):
    return write(tmp_path, f"id,price,currency\ngoogle-pixel-9a,{price},USD\n", name)


def test_kept_lists_are_shown_newest_first_with_their_file_rows_and_time(tmp_path, priced):
    import datetime as dt

    store = StoreDatabase(tmp_path / "data")
    assert store.lists() == []
    first = store.import_file(write(tmp_path, GOOD, "monday.csv"), priced)
    second = store.import_file(one_phone_list(tmp_path, "tuesday.csv"), priced)
    kept = store.lists()
    assert [(e["id"], e["file_name"], e["rows"], e["active"]) for e in kept] == [
        (second.list_id, "tuesday.csv", 1, True), (first.list_id, "monday.csv", 2, False)]
    when = dt.datetime.fromisoformat(kept[0]["imported_at"])
    assert when.utcoffset() == dt.timedelta(0) and when.microsecond == 0
    assert abs((dt.datetime.now(dt.timezone.utc) - when).total_seconds()) < 60
    assert store.active_items()["google-pixel-9a"]["imported_at"] == kept[0]["imported_at"]


def test_the_last_ten_lists_are_kept_and_each_revert_steps_back_one(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    for day in range(12):
        store.import_file(one_phone_list(tmp_path, f"day{day}.csv", 400 + day), priced)
    assert [e["file_name"] for e in store.lists()] == [f"day{day}.csv" for day in range(11, 1, -1)]
    with sqlite3.connect(store.path) as db:  # the older lists' rows are gone too, not only their names
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 10
    generation = store.generation()
    for day in range(10, 1, -1):
        back = store.revert()
        entry = store.lists()[11 - day]
        assert back == {"id": entry["id"], "file_name": f"day{day}.csv", "imported_at": entry["imported_at"]}
        assert store.active_items()["google-pixel-9a"]["price"] == 400 + day
        assert store.generation() == generation + 11 - day
    assert store.revert() is None and store.generation() == generation + 9
    assert store.active_items()["google-pixel-9a"]["price"] == 402


def test_generation_counts_every_change_of_the_list_in_force(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    assert store.generation() == 0
    store.import_file(one_phone_list(tmp_path, "a.csv"), priced)
    assert store.generation() == 1
    store.clear()
    assert store.generation() == 2 and store.lists()[0]["file_name"] == "(no list)"
    store.revert()
    assert store.generation() == 3
    with pytest.raises(StoreListError):
        store.import_file(write(tmp_path, "id,price,currency\nno-such-phone,1,USD\n", "bad.csv"), priced)
    assert store.generation() == 3
    assert StoreDatabase(tmp_path / "data").generation() == 3  # another process reads the same number


def test_the_store_folder_is_made_when_missing_and_an_unreadable_file_is_named(tmp_path, priced):
    store = StoreDatabase(tmp_path / "not" / "made" / "yet")
    assert store.import_file(write(tmp_path, GOOD), priced).imported == 2
    with pytest.raises(StoreListError) as raised:
        store.import_file(tmp_path / "gone.csv", priced)
    assert raised.value.problems == [f"cannot read {tmp_path / 'gone.csv'}: No such file or directory"]


def test_a_damaged_store_database_is_moved_aside_whole_and_the_catalog_prices_apply(tmp_path, priced):
    from app.catalog.store import STORE_FILE, read_active_list

    folder = tmp_path / "data"
    StoreDatabase(folder).import_file(write(tmp_path, GOOD), priced)
    assert read_active_list(folder) == (StoreDatabase(folder).active_items(), None)
    (folder / STORE_FILE).write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    (folder / (STORE_FILE + "-wal")).write_bytes(b"half a write")
    items, note = read_active_list(folder)
    aside = sorted(p.name for p in folder.iterdir())
    assert items == {} and aside[0].startswith(STORE_FILE + ".damaged-")
    assert aside == [aside[0], aside[0] + "-shm", aside[0] + "-wal"]  # the database with its journal files
    assert note.startswith("The store's list could not be read (") and f"it was moved to {aside[0]}. " in note
    assert note.endswith("The catalog's prices are shown until the list is imported again.")


def test_the_watched_folder_takes_the_newest_settled_csv_file(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    synced = tmp_path / "sync"
    assert store.import_from_folder(synced, priced) == []  # no folder yet
    synced.mkdir()
    (synced / "notes.txt").write_text("id,price,currency\ngoogle-pixel-9a,300,USD\n")
    (synced / "folder.csv").mkdir()
    older = one_phone_list(synced, "older.csv", 350)
    newest = one_phone_list(synced, "NEWEST.CSV", 399)
    os.utime(older, (1000, 1000))
    os.utime(newest, (2000, 2000))
    os.utime(synced / "notes.txt", (3000, 3000))
    assert store.import_from_folder(synced, priced, now=2000 + 1.9) == []  # written less than 2 s ago
    assert store.import_from_folder(synced, priced, now=2000 + 2.0) == ["NEWEST.CSV: imported 1 phones"]
    assert store.import_from_folder(synced, priced, now=5000) == []  # the older file is not taken after it
    assert store.active_items()["google-pixel-9a"]["price"] == 399 and len(store.lists()) == 1
    newest.write_text("id,price,currency\ngoogle-pixel-9a,389,USD\n")  # changed today: read on the clock
    os.utime(newest, (time.time() - 60, time.time() - 60))
    assert store.import_from_folder(synced, priced) == ["NEWEST.CSV: imported 1 phones"]
    assert store.active_items()["google-pixel-9a"]["price"] == 389 and len(store.lists()) == 2


def test_a_rejected_synced_file_says_its_first_five_problems(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    synced = tmp_path / "sync"
    synced.mkdir()
    write(synced, "id,price,currency\n" + "".join(f"phone-{k},1,USD\n" for k in range(7)), "bad.csv")
    [message] = store.import_from_folder(synced, priced, now=time.time() + 60)
    assert message == "bad.csv: not imported: " + "; ".join(f"line {k + 2}: unknown phone 'phone-{k}'"
                                                            for k in range(5))
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT file_name, outcome FROM folder_files").fetchall() == [("bad.csv", message)]


def test_a_phone_named_by_brand_and_model_is_named_so_in_its_problem(priced):
    assert rejected("brand,model,price,currency\nNokla,3310 Ultra,100,USD\n", priced).problems == [
        "line 2: unknown phone 'Nokla 3310 Ultra'"]
    assert rejected("brand,model,price,currency\nGoogle,Pixel 9a,449,USD\ngoogle,PIXEL 9A,449,USD\n",
                    priced).problems == ["line 3: 'google PIXEL 9A' is listed twice"]


def test_every_bad_row_is_reported_not_only_the_first(priced):
    raw = ("id,price,currency,in_stock\ngoogle-pixel-9a,0,USD,yes\napple-iphone-16e,-1,USD,yes\n"
           "samsung-galaxy-a56,459,USD,perhaps\ngoogle-pixel-9,abc,USD,no\n")
    assert [p.split(":")[0] for p in rejected(raw, priced).problems] == ["line 2", "line 3", "line 4", "line 5"]


def test_a_quoted_cell_keeps_its_line_break_and_lines_are_still_counted(priced):
    raw = b'id,price,currency,sku\r\ngoogle-pixel-9a,449,USD,"PX9A\r\nshelf 3"\r\nno-such-phone,1,USD,\r\n'
    assert rejected(raw, priced).problems == ["line 4: unknown phone 'no-such-phone'"]
    [row] = read_store_list(raw.split(b"no-such")[0], priced)
    assert row["sku"] == "PX9A\r\nshelf 3"


def test_the_import_report_counts_what_is_in_stock_and_out_of_stock_as_the_file_says(tmp_path, priced):
    rows = ["google-pixel-9a,449,USD,no", "apple-iphone-16e,579,USD,no", "samsung-galaxy-a56,459,USD,yes",
            "samsung-galaxy-a16,199,USD,"]
    report = StoreDatabase(tmp_path / "data").import_file(
        write(tmp_path, "id,price,currency,in_stock\n" + "\n".join(rows) + "\n"), priced)
    assert (report.imported, report.in_stock, report.out_of_stock) == (4, 1, 2)


def test_revert_after_a_revert_and_new_imports_still_steps_back_in_the_order_lists_came_into_force(tmp_path, priced):
    store = StoreDatabase(tmp_path / "data")
    for name, price in (("a.csv", 401), ("b.csv", 402)):
        store.import_file(one_phone_list(tmp_path, name, price), priced)
    assert store.revert()["file_name"] == "a.csv"
    for name, price in (("c.csv", 403), ("d.csv", 404)):
        store.import_file(one_phone_list(tmp_path, name, price), priced)
    # in force, in order: a, c, d (b was taken back)
    assert [store.revert()["file_name"] for _ in range(2)] == ["c.csv", "a.csv"]
    assert store.active_items()["google-pixel-9a"]["price"] == 401 and store.revert() is None


def test_a_list_saved_with_old_mac_line_endings_is_read_line_by_line(priced):
    """Excel's "CSV (Macintosh)" ends lines with a lone carriage return."""
    raw = b"id,price,currency\rgoogle-pixel-9a,449,USD\rapple-iphone-16e,579,USD\r"
    assert [row["phone_id"] for row in read_store_list(raw, priced)] == ["google-pixel-9a", "apple-iphone-16e"]
