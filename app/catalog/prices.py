"""The store's own price list, laid over the bundled launch prices.

A price list is a CSV file with a header naming `price`, `currency`, and either
`id` or `brand` and `model`; `in_stock` (yes/no) is optional. The whole file is
checked before anything is written: one bad row and nothing changes, and every
problem is reported with its line number. Imported prices live in their own
table (`store_prices`), so launch prices stay and `reset_prices` brings them back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.catalog import CatalogError, open_catalog
from app.catalog.sources import match_key
from app.money import USD_PER_UNIT, to_usd

MAX_FILE_BYTES = 5 * 1024 * 1024
YES = {"yes", "y", "true", "1", "in stock"}
NO = {"no", "n", "false", "0", "out of stock"}


class PriceImportError(ValueError):
    """The price list cannot be imported; `problems` lists each one ("line 4: …")."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"The price list was not imported (nothing changed):\n{shown}{more}")


@dataclass(frozen=True)
class ImportReport:
    imported: int
    in_stock: int
    out_of_stock: int


def read_price_list(csv_path: Path, phones: list[dict]) -> list[tuple]:
    """Check the whole file; return rows ready to store, or raise PriceImportError."""
    csv_path = Path(csv_path)
    try:
        raw = csv_path.read_bytes()
    except OSError as error:
        raise PriceImportError([f"cannot read {csv_path}: {error.strerror or error}"]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PriceImportError([f"the file is {len(raw):,} bytes; a price list may be at most {MAX_FILE_BYTES:,}"])
    if b"\x00" in raw:
        raise PriceImportError(["the file is not a text file (it holds binary data); export the list as CSV"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise PriceImportError([f"line {line}: the file is not UTF-8 text; save it as CSV (UTF-8)"]) from None
    if not text.strip():
        raise PriceImportError(["the file is empty"])

    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    by_name = "id" not in header
    needed = ["price", "currency"] + (["brand", "model"] if by_name else [])
    missing = [n for n in needed if n not in header]
    if missing:
        raise PriceImportError([
            f"line 1: the header must name id (or brand and model), price and currency; "
            f"missing: {', '.join(missing)}; found: {', '.join(h for h in header if h) or 'nothing'}"])

    ids = {p["id"] for p in phones}
    keys = {match_key(p["brand"], p["model"]): p["id"] for p in phones}
    brands = {p["brand"].lower(): p["brand"] for p in phones}
    column = {name: header.index(name) for name in header if name}
    problems: list[str] = []
    rows: dict[str, tuple] = {}
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()

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
            phone_id = keys.get(match_key(brand, cell("model")))
            label = f"{cell('brand')} {cell('model')}".strip()
        else:
            phone_id = cell("id") if cell("id") in ids else None
            label = cell("id")
        if phone_id is None:
            problems.append(f"line {line}: unknown phone {label!r}" if label else f"line {line}: no phone named")
            continue
        if phone_id in rows:
            problems.append(f"line {line}: {label!r} is listed twice")
            continue
        try:
            price = float(cell("price"))
        except ValueError:
            problems.append(f"line {line}: the price {cell('price')!r} is not a number")
            continue
        if price != price or price in (float("inf"), float("-inf")):
            problems.append(f"line {line}: the price {cell('price')!r} is not a number")
            continue
        if price < 0:
            problems.append(f"line {line}: the price {price:g} is negative")
            continue
        if price == 0:
            problems.append(f"line {line}: the price is zero")
            continue
        currency = cell("currency").upper()
        if currency not in USD_PER_UNIT:
            problems.append(f"line {line}: unknown currency {cell('currency')!r} "
                            f"(known: {', '.join(sorted(USD_PER_UNIT))})")
            continue
        stock_text = cell("in_stock").lower()
        if stock_text and stock_text not in YES | NO:
            problems.append(f"line {line}: in_stock must be yes or no, not {cell('in_stock')!r}")
            continue
        in_stock = None if not stock_text else int(stock_text in YES)
        rows[phone_id] = (phone_id, price, currency, round(to_usd(price, currency), 2), in_stock, now)

    if problems:
        raise PriceImportError(problems)
    if not rows:
        raise PriceImportError(["the file lists no prices, only a header"])
    return list(rows.values())


def _writable(db_path: Path) -> sqlite3.Connection:
    with open_catalog(db_path):  # the same clear messages for a missing or broken file
        pass
    try:
        return sqlite3.connect(db_path, isolation_level=None)
    except sqlite3.Error as error:
        raise CatalogError(f"The phone catalog {db_path} cannot be written ({error}).") from None


def import_prices(db_path: Path, csv_path: Path) -> ImportReport:
    """Lay the store's price list over the catalog in one transaction; all or nothing."""
    with open_catalog(db_path) as catalog:
        phones = catalog.phones()
    rows = read_price_list(csv_path, phones)
    db = _writable(Path(db_path))
    try:
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT OR REPLACE INTO store_prices VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.execute("COMMIT")
    except sqlite3.Error as error:
        db.execute("ROLLBACK") if db.in_transaction else None
        raise CatalogError(f"The price list could not be saved ({error}); nothing changed.") from None
    finally:
        db.close()
    return ImportReport(imported=len(rows), in_stock=sum(r[4] == 1 for r in rows),
                        out_of_stock=sum(r[4] == 0 for r in rows))


def reset_prices(db_path: Path) -> int:
    """Forget every imported price: launch prices apply again. Returns how many were removed."""
    db = _writable(Path(db_path))
    try:
        with db:
            removed = db.execute("DELETE FROM store_prices").rowcount
    finally:
        db.close()
    return removed
