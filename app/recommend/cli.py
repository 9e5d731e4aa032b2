"""`python -m app recommend`: rank phones for given preferences, from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from app.catalog import CatalogError
from app.money import price_text
from app.recommend.explain import phone_name
from app.preferences import Preferences, PreferencesError


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--prefs", default="{}", help="Preferences as JSON, e.g. '{\"budget_max\": 500}'")
    parser.add_argument("--text", default="", help="the shopper's own words, read by the language model")
    parser.add_argument("--top", type=int, default=5, help="how many phones (1-50)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    from app.converse import add_store_options

    add_store_options(parser)


def understood(text: str) -> tuple[Preferences, str | None]:
    """What the language model reads in `text`, or empty Preferences and a note when it is not there."""
    if not text.strip():
        return Preferences(), None
    try:
        from app import understanding

        return understanding.parse(text).prefs, None
    except Exception as error:  # no model: rank on the slots given, without the text's slots
        return Preferences(), f"note: the text was not read into preferences ({error})"


def run(args: argparse.Namespace) -> int:
    try:
        prefs = Preferences.from_json(args.prefs)
    except PreferencesError as error:
        print(f"--prefs is not valid Preferences: {error}", file=sys.stderr)
        return 2
    from_text, note = understood(args.text)
    if note:
        print(note, file=sys.stderr)
    prefs = from_text.merge(prefs)  # what --prefs says explicitly wins over what the text implied
    try:
        from dataclasses import replace

        from app.recommend import Recommender
        from app.settings import DEFAULTS

        settings = replace(DEFAULTS, currency=args.currency, market=args.market)
        results = Recommender(settings=settings).recommend(prefs, text=args.text, top=args.top)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(results.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"Preferences: {prefs.to_json(compact=True)}")
    print(f"{results.eligible_count} phones fit.\n")
    for rank, item in enumerate(results.results, 1):
        phone = item.phone
        price = price_text(phone["price_usd"], args.currency) if phone["price_usd"] else "price unknown"
        print(f"{rank}. {phone_name(phone)} ({phone['year']}) — {price} — match {item.score:.0%}")
        for line in [e.text for e in item.reasons] + [f"– {e.text}" for e in item.weaknesses + item.tradeoffs]:
            print(f"     {line}")
    for offer in results.relaxations:
        print(f"\nTry: {offer.change.text} → {offer.count} phones")
    if results.next_question:
        print(f"\nNext question to ask: {results.next_question}")
    return 0
