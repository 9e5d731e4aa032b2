"""`python -m app nlu`: read a shopper's words into Preferences JSON."""

from __future__ import annotations

import argparse
import json
import sys

from app.preferences import QUESTIONS


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="what the shopper said")
    parser.add_argument("--context", choices=QUESTIONS, default=None, help="the question the text answers")
    parser.add_argument("--batch", metavar="IN.jsonl", help="read items {id, text, context} and print {id, prefs} lines")
    parser.add_argument("--confidence", action="store_true", help="also print the confidence of each slot")


def run(args: argparse.Namespace) -> int:
    from app.understanding import ModelUnavailable, parse

    if (args.text is None) == (args.batch is None):
        print("Give either a TEXT or --batch IN.jsonl.", file=sys.stderr)
        return 2
    try:
        if args.batch:
            return run_batch(args.batch, parse)
        understood = parse(args.text, args.context)
    except ModelUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    out = understood.prefs.to_dict()
    if args.confidence:
        out = {"prefs": out, "confidence": understood.confidence, "unsure": list(understood.unsure)}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def run_batch(path: str, parse) -> int:
    """One output line per input line that holds anything: {id, prefs}, or {id, line, error} for a line that
    cannot be read (bad JSON, no text, an unknown context) or whose text could not be understood; the batch goes on."""
    from app.understanding import ModelUnavailable

    problems = 0
    try:
        handle = open(path, encoding="utf-8", errors="replace")
    except OSError as error:
        print(f"cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            item_id = None
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or "text" not in item:
                    raise ValueError("expected an object with a 'text'")
                item_id = item.get("id")
                context = item.get("context")
                if context is not None and context not in QUESTIONS:
                    raise ValueError(f"unknown context {context!r}")
                text = item["text"] if isinstance(item["text"], str) else str(item["text"])
                prefs = parse(text, context).prefs
            except ModelUnavailable:
                raise
            except (ValueError, RecursionError) as error:
                problem = f"not read ({error})"
            except Exception as error:  # noqa: BLE001 - one bad line must not end the batch
                problem = f"could not be understood ({type(error).__name__}: {error})"
            else:
                print(json.dumps({"id": item_id, "prefs": prefs.to_dict()}, ensure_ascii=False))
                continue
            print(f"line {number}: {problem}", file=sys.stderr)
            print(json.dumps({"id": item_id if _plain(item_id) else None, "line": number, "error": problem},
                             ensure_ascii=False))
            problems += 1
    return 1 if problems else 0


def _plain(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))
