"""The store's own list: its assortment and prices, in its own database.

`shared/spec/catalog.md`, "The store's own assortment". The list lives in
`store.sqlite` in the app's data folder, never in the bundled catalog, so an app
update keeps it and it never changes the shipped file.

A list is a CSV file with a header naming `price`, `currency`, and either `id` or
`brand` and `model`; `in_stock` (yes/no) and `sku` are optional. The whole file is
checked first: one bad row and nothing changes, every problem reported with its
line number. An import is one SQLite transaction, so a crash half-way leaves the
previous list in force. Earlier lists are kept: `revert` brings the one before back.
`generation` is a cheap number that changes with every change, so a running app
can poll it and reload prices without a restart; `import_from_folder` imports a new
file that a chain's IT synced into a watched folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.catalog.sources import match_key
from app.money import USD_PER_UNIT, to_usd

MAX_FILE_BYTES = 5 * 1024 * 1024
YES = {"yes", "y", "true", "1", "in stock"}
NO = {"no", "n", "false", "0", "out of stock"}
KEEP_LISTS = 10                  # lists kept for `revert` (the active one included)
# A store price must be plausible: in dollars, between these, and within PLAUSIBLE_FACTOR
# of the catalog's own price for the phone when it has one.
LOWEST_USD, HIGHEST_USD = 10.0, 10_000.0
PLAUSIBLE_FACTOR = 5.0
SETTLE_SECONDS = 2.0             # a synced file younger than this may still be being written
STORE_FILE = "store.sqlite"
CLEARED = "(no list)"


class StoreListError(ValueError):
    """The list cannot be imported; `problems` lists each one ("line 4: …"). Nothing changed."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The store list was not imported (nothing changed):\n{shown}{more}")


@dataclass(frozen=True)
class ImportReport:
    imported: int
    in_stock: int
    out_of_stock: int
    list_id: int


def default_dir() -> Path:
    """The app's data folder (per user), where the store database lives."""
    from app.paths import data_dir

    return data_dir()


def read_active_list(folder: Path | str | None = None) -> tuple[dict[str, dict], str | None]:
    """The active list's items, and a note when the database could not be read.

    A damaged database (a disk fault, a copy cut short) is moved aside, never deleted, so staff can
    hand it to support; the app then runs on the bundled catalog's prices."""
    store = StoreDatabase(folder)
    try:
        return store.active_items(), None
    except sqlite3.DatabaseError as error:
        store.close()
        aside = store.path.with_name(f"{STORE_FILE}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(str(store.path) + suffix)
            if part.exists():
                part.replace(Path(str(aside) + suffix))
        return {}, (f"The store's list could not be read ({error}); it was moved to {aside.name}. "
                    "The catalog's prices are shown until the list is imported again.")


# -- reading and checking a list ---------------------------------------------------

def read_store_list(raw: bytes, phones: list[dict]) -> list[dict]:
    """Check a whole list; return its rows, or raise StoreListError with every problem."""
    if len(raw) > MAX_FILE_BYTES:
        raise StoreListError([f"the file is {len(raw):,} bytes; a store list may be at most {MAX_FILE_BYTES:,}"])
    if b"\x00" in raw:
        raise StoreListError(["the file is not a text file (it holds binary data); export the list as CSV"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise StoreListError([f"line {line}: the file is not UTF-8 text; save it as CSV (UTF-8)"]) from None
    if not text.strip():
        raise StoreListError(["the file is empty"])

    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    by_name = "id" not in header
    needed = ["price", "currency"] + (["brand", "model"] if by_name else [])
    missing = [n for n in needed if n not in header]
    if missing:
        raise StoreListError([
            f"line 1: the header must name id (or brand and model), price and currency; "
            f"missing: {', '.join(missing)}; found: {', '.join(h for h in header if h) or 'nothing'}"])

    by_id = {p["id"]: p for p in phones}
    keys = {match_key(p["brand"], p["model"]): p["id"] for p in phones}
    names = {(p["brand"], p["model"].lower()): p["id"] for p in phones}
    brands = {p["brand"].lower(): p["brand"] for p in phones}
    column = {name: header.index(name) for name in header if name}
    problems: list[str] = []
    rows: dict[str, dict] = {}

    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != len(header):
            problems.append(f"line {line}: {len(cells)} fields where the header has {len(header)}")
            continue

        def cell(name: str) -> str:
            return cells[column[name]].strip() if name in column else ""

        if by_name:
            brand = brands.get(cell("brand").lower(), cell("brand"))
            # the exact name first: "Galaxy A16 5G" and the 4G "Galaxy A16" share a match key
            phone_id = names.get((brand, cell("model").lower())) or keys.get(match_key(brand, cell("model")))
            label = f"{cell('brand')} {cell('model')}".strip()
        else:
            phone_id = cell("id") if cell("id") in by_id else None
            label = cell("id")
        if phone_id is None:
            problems.append(f"line {line}: unknown phone {label!r}" if label else f"line {line}: no phone named")
            continue
        if phone_id in rows:
            problems.append(f"line {line}: {label!r} is listed twice")
            continue
        currency = cell("currency").upper()
        if currency not in USD_PER_UNIT:
            problems.append(f"line {line}: unknown currency {cell('currency')!r} "
                            f"(known: {', '.join(sorted(USD_PER_UNIT))})")
            continue
        problem = _price_problem(cell("price"), currency, by_id[phone_id])
        if problem:
            problems.append(f"line {line}: {problem}")
            continue
        stock_text = cell("in_stock").lower()
        if stock_text and stock_text not in YES | NO:
            problems.append(f"line {line}: in_stock must be yes or no, not {cell('in_stock')!r}")
            continue
        rows[phone_id] = {"phone_id": phone_id, "price": float(cell("price")), "currency": currency,
                          "in_stock": None if not stock_text else int(stock_text in YES),
                          "sku": cell("sku") or None}
    if problems:
        raise StoreListError(problems)
    if not rows:
        raise StoreListError(["the file lists no phones, only a header"])
    return list(rows.values())


def _price_problem(text: str, currency: str, phone: dict) -> str | None:
    """Why a price cannot be right, or None: finite, above zero, and plausible for the phone."""
    try:
        price = float(text)
    except ValueError:
        return f"the price {text!r} is not a number"
    if not math.isfinite(price):
        return f"the price {text!r} is not a number"
    if price <= 0:
        return f"the price {price:g} is not above zero"
    dollars = to_usd(price, currency)
    if not LOWEST_USD <= dollars <= HIGHEST_USD:
        return (f"the price {price:,.2f} {currency} is not a plausible phone price "
                f"(between {LOWEST_USD:,.0f} and {HIGHEST_USD:,.0f} US dollars)")
    known = sorted(to_usd(f["price"], f["currency"]) for f in phone.get("prices", ()))
    if known:
        reference = known[len(known) // 2]  # the middle of what the sources saw
        if not reference / PLAUSIBLE_FACTOR <= dollars <= reference * PLAUSIBLE_FACTOR:
            return (f"the price {price:,.2f} {currency} is far from what {phone['brand']} {phone['model']} "
                    f"sells for (about {reference:,.0f} US dollars); check the amount and the currency")
    return None


# -- the store database ----------------------------------------------------------------

class StoreDatabase:
    """The store's lists in `folder/store.sqlite`; the newest imported (or reverted to) is active."""

    def __init__(self, folder: Path | str | None = None):
        self.folder = Path(folder) if folder is not None else default_dir()
        self.path = self.folder / STORE_FILE
        self._reader: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(
            "CREATE TABLE IF NOT EXISTS lists (id INTEGER PRIMARY KEY, imported_at TEXT NOT NULL, "
            "  file_name TEXT NOT NULL, sha256 TEXT NOT NULL, rows INTEGER NOT NULL, active INTEGER NOT NULL);"
            "CREATE TABLE IF NOT EXISTS items (list_id INTEGER NOT NULL REFERENCES lists(id), "
            "  phone_id TEXT NOT NULL, price REAL NOT NULL, currency TEXT NOT NULL, in_stock INTEGER, sku TEXT, "
            "  PRIMARY KEY (list_id, phone_id));"
            "CREATE TABLE IF NOT EXISTS history (seq INTEGER PRIMARY KEY, list_id INTEGER NOT NULL);"
            "CREATE TABLE IF NOT EXISTS folder_files (sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, "
            "  seen_at TEXT NOT NULL, outcome TEXT NOT NULL);")
        return db

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # -- reading ---------------------------------------------------------------------

    def generation(self) -> int:
        """A number that changes whenever the active list changes (cheap: one header read)."""
        if not self.path.is_file():
            return 0
        if self._reader is None:
            self._reader = self._connect()
        return int(self._reader.execute("PRAGMA user_version").fetchone()[0])

    def active_items(self) -> dict[str, dict]:
        """phone id -> {price, currency, in_stock, sku, imported_at} of the active list ({} when none)."""
        if not self.path.is_file():
            return {}
        db = self._connect()
        try:
            rows = db.execute(
                "SELECT i.phone_id, i.price, i.currency, i.in_stock, i.sku, l.imported_at FROM items i "
                "JOIN lists l ON l.id = i.list_id WHERE l.active = 1").fetchall()
        finally:
            db.close()
        return {r[0]: {"price": r[1], "currency": r[2], "in_stock": r[3], "sku": r[4], "imported_at": r[5]}
                for r in rows}

    def lists(self) -> list[dict]:
        """Every kept list, newest first."""
        if not self.path.is_file():
            return []
        db = self._connect()
        try:
            rows = db.execute("SELECT id, imported_at, file_name, rows, active FROM lists ORDER BY id DESC").fetchall()
        finally:
            db.close()
        return [{"id": r[0], "imported_at": r[1], "file_name": r[2], "rows": r[3], "active": bool(r[4])}
                for r in rows]

    # -- changing ----------------------------------------------------------------------

    def import_file(self, csv_path: Path | str, phones: list[dict]) -> ImportReport:
        """Check the file and make it the active list, in one transaction; all or nothing."""
        csv_path = Path(csv_path)
        try:
            raw = csv_path.read_bytes()
        except OSError as error:
            raise StoreListError([f"cannot read {csv_path}: {error.strerror or error}"]) from None
        rows = read_store_list(raw, phones)
        list_id = self._save(rows, csv_path.name, hashlib.sha256(raw).hexdigest())
        return ImportReport(imported=len(rows), in_stock=sum(r["in_stock"] == 1 for r in rows),
                            out_of_stock=sum(r["in_stock"] == 0 for r in rows), list_id=list_id)

    def _save(self, rows: list[dict], file_name: str, digest: str) -> int:
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            cursor = db.execute("INSERT INTO lists (imported_at, file_name, sha256, rows, active) "
                                "VALUES (?, ?, ?, ?, 0)", (now, file_name, digest, len(rows)))
            list_id = cursor.lastrowid
            db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)",
                           [(list_id, r["phone_id"], r["price"], r["currency"], r["in_stock"], r["sku"])
                            for r in rows])
            db.execute("UPDATE lists SET active = (id = ?)", (list_id,))
            db.execute("INSERT INTO history (list_id) VALUES (?)", (list_id,))
            old = [r[0] for r in db.execute("SELECT id FROM lists ORDER BY id DESC LIMIT -1 OFFSET ?", (KEEP_LISTS,))]
            for table, column in (("items", "list_id"), ("history", "list_id"), ("lists", "id")):
                db.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(i,) for i in old])
            self._bump(db)
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreListError([f"the list could not be saved in {self.path} ({error}); "
                                  "the previous list stays in force"]) from None
        finally:
            db.close()
        return list_id

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute(f"PRAGMA user_version = {int(version) + 1}")

    def revert(self) -> dict | None:
        """Make the list before the active one active again (after `clear`: the list cleared).

        Returns the list now in force, or None when there is none to go back to.
        """
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            # the lists in force, in the order they came into force: step back one
            steps = db.execute("SELECT seq, list_id FROM history ORDER BY seq DESC LIMIT 2").fetchall()
            if len(steps) < 2:
                db.execute("ROLLBACK")
                return None
            db.execute("DELETE FROM history WHERE seq = ?", (steps[0][0],))
            before = db.execute("SELECT id, file_name, imported_at FROM lists WHERE id = ?",
                                (steps[1][1],)).fetchone()
            db.execute("UPDATE lists SET active = (id = ?)", (before[0],))
            self._bump(db)
            db.execute("COMMIT")
        finally:
            db.close()
        return {"id": before[0], "file_name": before[1], "imported_at": before[2]}

    def clear(self) -> None:
        """No list in force: an empty list becomes the active one, so `revert` brings the cleared list back."""
        self._save([], CLEARED, "")

    # -- the watched folder ------------------------------------------------------------

    def import_from_folder(self, folder: Path | str, phones: list[dict], now: float | None = None) -> list[str]:
        """Import the newest CSV file in `folder` not seen before; say what happened, one line per file.

        Meant for a timer: cheap when nothing is new. A file is looked at once (by its
        content), so a rejected file is not retried until it changes; a file written
        in the last seconds is left for the next call, since the sync may not be done.
        """
        import time

        folder = Path(folder)
        now = time.time() if now is None else now
        if not folder.is_dir():
            return []
        files = sorted((p for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file()),
                       key=lambda p: (p.stat().st_mtime, p.name))
        seen = self._seen_files()
        messages = []
        for path in reversed(files):  # newest first: only the newest unseen file matters
            try:
                raw = path.read_bytes()
                settled = now - path.stat().st_mtime >= SETTLE_SECONDS
            except OSError:
                continue
            digest = hashlib.sha256(raw).hexdigest()
            if digest in seen:
                break  # the newest file was handled already
            if not settled:
                break
            try:
                rows = read_store_list(raw, phones)
                self._save(rows, path.name, digest)
                outcome = f"{path.name}: imported {len(rows)} phones"
            except StoreListError as error:
                outcome = f"{path.name}: not imported: " + "; ".join(error.problems[:5])
            self._remember_file(digest, path.name, outcome)
            messages.append(outcome)
            break
        return messages

    def _seen_files(self) -> set[str]:
        if not self.path.is_file():
            return set()
        db = self._connect()
        try:
            return {r[0] for r in db.execute("SELECT sha256 FROM folder_files")}
        finally:
            db.close()

    def _remember_file(self, digest: str, name: str, outcome: str) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        db = self._connect()
        try:
            db.execute("INSERT OR REPLACE INTO folder_files VALUES (?, ?, ?, ?)", (digest, name, now, outcome))
        finally:
            db.close()
