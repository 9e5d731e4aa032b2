"""`phone-guide` (or `python -m app`): the GUI, or one of the headless subcommands.

Each part owns its subcommand (`app/<part>/cli.py` with `add_parser` and `run`);
this module only routes to them, importing a part when its command is used.
Every run logs to the rotating log file (`app.logs`) and turns a crash into a
short report there and a friendly message.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from app import __version__
from app.logs import (LEVELS, describe_run, install_crash_handler, log, log_path, route_qt_messages,
                      show_in_window, start_logging, tell_on_stderr)

# subcommand -> (module that owns it, one line of help)
SUBCOMMANDS = {
    "catalog": ("app.catalog.cli", "build, inspect and search the phone catalog; import store prices"),
    "nlu": ("app.understanding.cli", "read a shopper's words into Preferences JSON"),
    "recommend": ("app.recommend.cli", "rank phones for given preferences"),
    "converse": ("app.converse", "drive the whole conversation with JSON-line events, print snapshots"),
    "screenshots": ("app.ui.screenshots", "render every screen to PNG files"),
    "listen": ("app.voice.cli", "read a spoken wish (WAV file) into text and Preferences JSON (voice extra)"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; `command` is the subcommand about to run, the only one whose options are loaded."""
    parser = argparse.ArgumentParser(
        prog="phone-guide",
        description="Phone guide: an offline phone shopping guide. With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"phone-guide {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="fullscreen kiosk mode for a store")
    parser.add_argument("--log-level", choices=LEVELS, default="info",
                        help=f"how much goes to the log file, {log_path()} (default: info)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        command_parser.set_defaults(module_name=module_name)
        if name == command:
            importlib.import_module(module_name).add_parser(command_parser)
    return parser


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Logging and the crash handler come first, so that even a part that fails to import is reported.
    start_logging()
    install_crash_handler(tell_on_stderr)
    command = next((word for word in argv if word in SUBCOMMANDS), None)
    args = build_parser(command).parse_args(argv)
    log.setLevel(args.log_level.upper())
    log.info(describe_run(args.command))
    if args.command:
        module = importlib.import_module(args.module_name)
        try:
            return module.run(args) or 0
        except BrokenPipeError:
            # the reader went away (`… | head`): nothing is wrong, there is just no one left to print to
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if not has_display():
        print(
            "The phone guide needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Start it from a desktop session, or run a headless command: python -m app --help",
            file=sys.stderr,
        )
        return 2
    install_crash_handler(show_in_window)
    route_qt_messages()
    from app.ui.main import run_app  # Qt is loaded only for the window

    return run_app(kiosk=args.kiosk)
