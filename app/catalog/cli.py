"""`python -m app catalog …`: build, inspect and search the catalog; the store's own list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.catalog import CatalogError, about_text, open_catalog
from app.catalog.prices import MARKETS
from app.paths import catalog_path

REPORT_FIELDS = (
    "price_usd", "battery_mah", "screen_in", "weight_g", "ram_gb", "storage_gb", "main_camera_mp",
    "selfie_camera_mp", "chipset", "charging_w", "wireless_charging", "refresh_hz", "display_type",
    "resolution", "thickness_mm", "rear_cameras", "has_telephoto", "has_ultrawide", "video_4k", "has_5g", "nfc",
    "headphone_jack", "ip_rating", "water_resistance", "dual_sim", "esim", "stylus", "foldable",
    "expandable_storage", "antutu", "image_url",
)
# Fields the catalog promises for nearly every recent phone (spec targets for 2020 on).
COVERAGE_TARGETS = {"price_usd": 0.90, "battery_mah": 0.95, "screen_in": 0.95, "weight_g": 0.95,
                    "ram_gb": 0.95, "storage_gb": 0.95, "main_camera_mp": 0.95}
RECENT_FROM = 2025  # "the last two years" of the coverage report
SHOWN_FIELDS = ("year", "status", "os", "price_usd", "price_source", "chipset", "ram_gb", "storage_gb",
                "battery_mah", "charging_w", "wireless_charging", "screen_in", "resolution", "display_type",
                "refresh_hz", "weight_g", "thickness_mm", "main_camera_mp", "rear_cameras", "has_telephoto",
                "has_ultrawide", "selfie_camera_mp", "video_4k", "has_5g", "nfc", "headphone_jack", "ip_rating",
                "water_resistance", "dual_sim", "esim", "stylus", "foldable", "expandable_storage", "antutu",
                "battery_active_h", "announced", "markets", "source")


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", type=Path, default=None,
                        help="catalog file (default: the bundled assets/catalog.sqlite)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="build the catalog from the raw source files")
    build.add_argument("--sources", type=Path, default=None, help="folder of the raw CSV files")
    build.add_argument("--output", type=Path, default=None, help="where to write (default: the bundled catalog)")
    build.add_argument("--no-embed", action="store_true", help="leave out the language-model embeddings")
    actions.add_parser("report", help="coverage of each field and row counts")
    search = actions.add_parser("search", help="find phones by model name")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=10)
    show = actions.add_parser("show", help="every fact of one phone")
    show.add_argument("id")
    show.add_argument("--market", default="US", choices=MARKETS, help="whose prices to show (default: US)")
    store = actions.add_parser("import-store", help="make a CSV file the store's own list (assortment and prices)")
    store.add_argument("file", type=Path)
    for name, text in (("revert-store", "bring back the store's previous list"),
                       ("clear-store", "no store list in force (the kept lists stay, for revert-store)"),
                       ("store", "the store's kept lists, newest first")):
        actions.add_parser(name, help=text)
    parser.add_argument("--store-dir", type=Path, default=None,
                        help="folder of the store database (default: the app's data folder)")
    actions.add_parser("about", help="where the data comes from")


def run(args: argparse.Namespace) -> int:
    path = args.catalog or catalog_path()
    try:
        return ACTIONS[args.action](args, path)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return 1


def do_build(args, path: Path) -> int:
    from app.catalog.build import DEFAULT_SOURCES, build

    try:
        build(args.sources or DEFAULT_SOURCES, args.output or path, embed=not args.no_embed)
    except (FileNotFoundError, UnicodeDecodeError, ValueError) as error:
        print(f"The catalog was not built: {error}", file=sys.stderr)
        return 1
    return 0


def coverage(phones: list[dict], field: str) -> float:
    if not phones:
        return 0.0
    known = sum(1 for p in phones if p[field] not in (None, [], ""))
    return known / len(phones)


def do_report(args, path: Path) -> int:
    with open_catalog(path) as catalog:
        phones = catalog.phones()
        meta = catalog.meta()
    recent = [p for p in phones if p["year"] >= RECENT_FROM]
    print(f"{path}: {len(phones):,} phones ({len(recent):,} announced {RECENT_FROM} or later), "
          f"built {meta.get('build_date')}")
    by_source: dict[str, int] = {}
    for p in phones:
        by_source[p["source"]] = by_source.get(p["source"], 0) + 1
    print("rows by source: " + ", ".join(f"{k} {v:,}" for k, v in sorted(by_source.items())))
    print(f"embeddings: {meta.get('embeddings')}")
    print(f"\nphones of {RECENT_FROM} on ({len(recent)}), per market: sold there, and the kind of price shown there")
    with open_catalog(path) as catalog:
        for market in MARKETS:
            kinds: dict[str, int] = {}
            for p in catalog.phones(market=market):
                if p["year"] >= RECENT_FROM:
                    kind = p["price"]["kind"] if p["price"] else "none"
                    kinds[kind] = kinds.get(kind, 0) + 1
            sold = sum(market in p["markets"] for p in recent)
            shown = ", ".join(f"{k} {kinds.get(k, 0)}" for k in ("street", "launch", "converted", "none"))
            print(f"  {market}: sold {sold}; price shown: {shown}")
    print(f"\n{'field':<20}{'all':>8}{str(RECENT_FROM) + '+':>8}  target ({RECENT_FROM}+)")
    for field in (*REPORT_FIELDS, "battery_active_h"):
        share = coverage(recent, field)
        target = COVERAGE_TARGETS.get(field)
        verdict = "" if target is None else f"  {target:.0%} {'met' if share >= target else 'NOT met'}"
        print(f"{field:<20}{coverage(phones, field):>8.1%}{share:>8.1%}{verdict}")
    print("\nbuild: " + "; ".join(f"{k[6:]} {v}" for k, v in sorted(meta.items()) if k.startswith("build:")))
    return 0


def do_search(args, path: Path) -> int:
    with open_catalog(path) as catalog:
        found = catalog.search(" ".join(args.text), limit=args.limit)
    if not found:
        print("No phone matches that name.")
        return 1
    for phone in found:
        price = f"${phone['price_usd']:,.0f}" if phone["price_usd"] else "price unknown"
        print(f"{phone['id']:<40} {phone['brand']} {phone['model']} ({phone['year']}), {price}")
    return 0


def do_show(args, path: Path) -> int:
    with open_catalog(path) as catalog:
        phone = catalog.phone(args.id, market=args.market)
        description = catalog.descriptions().get(args.id) if phone else None
    if phone is None:
        print(f"No phone with id {args.id!r}. Find ids with: python -m app catalog search NAME", file=sys.stderr)
        return 1
    print(f"{phone['brand']} {phone['model']}  [{phone['id']}]")
    for field in SHOWN_FIELDS:
        value = phone[field]
        print(f"  {field:<20}{'—' if value is None else value}")
    price = phone["price"]
    shown = "—" if price is None else (f"{price['price']:,.2f} {price['currency']} ({price['kind']}"
                                       f"{', ' + price['as_of'] if price['as_of'] else ''}; {price['source']})")
    print(f"  {'price in ' + args.market:<20}{shown}{'' if phone['sold_here'] else '  [not sold in this market]'}")
    for fact in phone["prices"]:
        print(f"    {fact['market']} {fact['kind']:<7}{fact['price']:>12,.2f} {fact['currency']}  "
              f"{fact['as_of'] or '':<11}{fact['source']}")
    print(f"\n  {description}")
    return 0


def _store(args):
    from app.catalog.store import StoreDatabase

    return StoreDatabase(args.store_dir)


def do_import_store(args, path: Path) -> int:
    from app.catalog.store import StoreListError

    with open_catalog(path) as catalog:
        phones = catalog.phones()
    try:
        report = _store(args).import_file(args.file, phones)
    except StoreListError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Imported {report.imported} phones as the store's list ({report.in_stock} in stock, "
          f"{report.out_of_stock} out of stock); the previous list is kept (revert-store brings it back).")
    return 0


def do_revert_store(args, path: Path) -> int:
    back = _store(args).revert()
    if back is None:
        print("There is no earlier store list to go back to.", file=sys.stderr)
        return 1
    print(f"The store's list is again {back['file_name']} (imported {back['imported_at']}).")
    return 0


def do_clear_store(args, path: Path) -> int:
    _store(args).clear()
    print("No store list is in force now: the catalog's prices apply (revert-store brings the list back).")
    return 0


def do_store(args, path: Path) -> int:
    kept = _store(args).lists()
    if not kept:
        print("No store list has been imported.")
    for entry in kept:
        mark = "*" if entry["active"] else " "
        print(f"{mark} {entry['imported_at']}  {entry['rows']:>5} phones  {entry['file_name']}")
    return 0


def do_about(args, path: Path) -> int:
    with open_catalog(path) as catalog:
        print(about_text(catalog))
    return 0


ACTIONS = {"build": do_build, "report": do_report, "search": do_search, "show": do_show,
           "import-store": do_import_store, "revert-store": do_revert_store, "clear-store": do_clear_store,
           "store": do_store, "about": do_about}
