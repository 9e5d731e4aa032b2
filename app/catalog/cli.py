"""`python -m app catalog …`: build, inspect and search the catalog; the store's prices."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.catalog import CatalogError, about_text, open_catalog
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
SHOWN_FIELDS = ("year", "status", "os", "price_usd", "price_source", "chipset", "ram_gb", "storage_gb",
                "battery_mah", "charging_w", "wireless_charging", "screen_in", "resolution", "display_type",
                "refresh_hz", "weight_g", "thickness_mm", "main_camera_mp", "rear_cameras", "has_telephoto",
                "has_ultrawide", "selfie_camera_mp", "video_4k", "has_5g", "nfc", "headphone_jack", "ip_rating",
                "water_resistance", "dual_sim", "esim", "stylus", "foldable", "expandable_storage", "antutu",
                "source")


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
    prices = actions.add_parser("import-prices", help="lay the store's price list (CSV) over launch prices")
    prices.add_argument("file", type=Path)
    actions.add_parser("reset-prices", help="forget imported prices: launch prices apply again")
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
    recent = [p for p in phones if p["year"] >= 2020]
    print(f"{path}: {len(phones):,} phones ({len(recent):,} announced 2020 or later), built {meta.get('build_date')}")
    by_source: dict[str, int] = {}
    for p in phones:
        by_source[p["source"]] = by_source.get(p["source"], 0) + 1
    print("rows by source: " + ", ".join(f"{k} {v:,}" for k, v in sorted(by_source.items())))
    print(f"embeddings: {meta.get('embeddings')}; store prices: {sum(p['store_price'] for p in phones)}")
    print(f"\n{'field':<20}{'all':>8}{'2020+':>8}  target (2020+)")
    for field in REPORT_FIELDS:
        share = coverage(recent, field)
        target = COVERAGE_TARGETS.get(field)
        verdict = "" if target is None else f"  {target:.0%} {'met' if share >= target else 'NOT met'}"
        print(f"{field:<20}{coverage(phones, field):>8.1%}{share:>8.1%}{verdict}")
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
        phone = catalog.phone(args.id)
        description = catalog.descriptions().get(args.id) if phone else None
    if phone is None:
        print(f"No phone with id {args.id!r}. Find ids with: python -m app catalog search NAME", file=sys.stderr)
        return 1
    print(f"{phone['brand']} {phone['model']}  [{phone['id']}]")
    for field in SHOWN_FIELDS:
        value = phone[field]
        print(f"  {field:<20}{'—' if value is None else value}")
    if phone["store_price"]:
        print(f"  {'store price (USD)':<20}{phone['price_usd']}  (launch: {phone['launch_price_usd']}, "
              f"in stock: {phone['in_stock']})")
    print(f"\n  {description}")
    return 0


def do_import_prices(args, path: Path) -> int:
    from app.catalog.prices import PriceImportError, import_prices

    try:
        report = import_prices(path, args.file)
    except PriceImportError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Imported {report.imported} store prices into {path} "
          f"({report.in_stock} in stock, {report.out_of_stock} out of stock).")
    return 0


def do_reset_prices(args, path: Path) -> int:
    from app.catalog.prices import reset_prices

    print(f"Removed {reset_prices(path)} store prices; launch prices apply again.")
    return 0


def do_about(args, path: Path) -> int:
    with open_catalog(path) as catalog:
        print(about_text(catalog))
    return 0


ACTIONS = {"build": do_build, "report": do_report, "search": do_search, "show": do_show,
           "import-prices": do_import_prices, "reset-prices": do_reset_prices, "about": do_about}
