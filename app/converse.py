"""`python -m app converse`: the whole conversation without a display.

Reads events as JSON lines, one per line, and prints the snapshot after each as
one JSON line. An event is an object naming the event and its arguments:

    {"event": "say", "text": "small phone under $400"}
    {"event": "answer", "question": "os", "options": ["ios"]}
    {"event": "skip", "question": "brands"}
    {"event": "confirm", "yes": true}
    {"event": "remove", "chip": "brands_exclude:Samsung"}
    {"event": "critique", "phone": "google-pixel-9a", "kind": "cheaper"}
    {"event": "relax", "relaxation": "relax-…"}
    {"event": "keep", "phone": "…"}   {"event": "compare", "phone": "…"}
    {"event": "back"}   {"event": "reset"}   {"event": "start"}   {"event": "show_results"}

The session starts by itself; a line that is not an event prints an error object
and the conversation goes on.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.settings import MARKETS, StoreSettings

# event -> the JSON keys of its arguments, in order
EVENTS = {
    "start": (), "reset": (), "back": (), "show_results": (),
    "answer": ("question", "options"), "skip": ("question",), "say": ("text",), "confirm": ("yes",),
    "remove": ("chip",), "critique": ("phone", "kind"), "relax": ("relaxation",), "keep": ("phone",),
    "compare": ("phone",),
}


def add_store_options(parser: argparse.ArgumentParser) -> None:
    from app.money import STORE_CURRENCIES

    parser.add_argument("--currency", default="USD", choices=STORE_CURRENCIES,
                        help="the store's currency: prices are shown and bare amounts read in it")
    parser.add_argument("--market", default="US", choices=MARKETS, help="the store's market")


def add_parser(parser: argparse.ArgumentParser) -> None:
    add_store_options(parser)
    parser.add_argument("events", nargs="?", default="-", help="a JSON-lines file of events (default: standard input)")


def run_event(session, line: str) -> dict:
    """One line in, one JSON object out: the snapshot, or an error that changes nothing."""
    try:
        event = json.loads(line)
    except ValueError as error:
        return {"error": f"not a JSON line ({error})"}
    if not isinstance(event, dict) or event.get("event") not in EVENTS:
        return {"error": f"an event is an object with \"event\" one of: {', '.join(EVENTS)}"}
    name = event["event"]
    missing = [key for key in EVENTS[name] if key not in event]
    if missing:
        return {"error": f"{name} needs {', '.join(missing)}"}
    snapshot = getattr(session, name)(*(event[key] for key in EVENTS[name]))
    return snapshot.to_dict()


def run(args: argparse.Namespace) -> int:
    from app.catalog import CatalogError
    from app.session import Session

    try:
        session = Session.open(store=StoreSettings(currency=args.currency, market=args.market))
    except CatalogError as error:
        print(error, file=sys.stderr)
        return 1
    source = sys.stdin if args.events == "-" else open(args.events, encoding="utf-8", errors="replace")
    with source:
        print(json.dumps(session.start().to_dict(), ensure_ascii=False), flush=True)
        for line in source:
            if line.strip():
                print(json.dumps(run_event(session, line), ensure_ascii=False), flush=True)
    return 0
