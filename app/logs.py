"""The app's log: one rotating file in the data directory, and a short report when something crashes.

`start_logging` (called by `app.cli.main` for the window and every subcommand)
sends the `app.*` loggers to `<data dir>/phone-guide.log` (1 MB, two older files
kept); other libraries are logged from warnings up. `install_crash_handler`
turns an uncaught exception, on any thread, into a crash report in that log and
a friendly message: on stderr for a command, in a dialog for the window.

Nothing a shopper typed or said goes in the log. Code in `app/` logs what
happened, not the words; a crash report names the exception's type and where it
happened but leaves out its message, which can quote the words (an OSError keeps
its error number and reason, which cannot).
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Callable

from app import __version__
from app.paths import PROJECT_ROOT, data_dir
from app.translatable import QT_TR_NOOP

LOG_FILE = "phone-guide.log"
MAX_BYTES = 1_000_000
OLDER_FILES_KEPT = 2
LEVELS = ("debug", "info", "warning", "error")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("app")
_handler: logging.Handler | None = None
_fault_file = None
_open_messages: list = []


def log_path() -> Path:
    """The log file (it may not exist yet)."""
    return data_dir() / LOG_FILE


def start_logging(level: str = "info") -> Path | None:
    """Log to the rotating file at `level` (one of LEVELS); the file's path, or None if it cannot be written.

    A data directory that cannot be written never stops the app: warnings then go to stderr.
    Calling it again replaces the earlier set-up.
    """
    global _handler, _fault_file
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    path: Path | None = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=OLDER_FILES_KEPT, encoding="utf-8")
    except OSError as error:
        _handler = logging.StreamHandler(sys.stderr)
        _handler.setLevel(logging.WARNING)
        print(f"phone-guide: cannot write the log file {path} ({error.strerror or error}); "
              "warnings go to this terminal instead.", file=sys.stderr)
        path = None
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    root.setLevel(logging.WARNING)  # other libraries: warnings and errors only
    log.setLevel(level.upper())
    logging.captureWarnings(True)
    if path is not None:
        # A hard crash inside Qt or ONNX Runtime (no Python exception) still leaves its stack in the log.
        if _fault_file is not None:
            _fault_file.close()
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for faulthandler)
        faulthandler.enable(_fault_file)
    return path


def describe_run(command: str | None) -> str:
    """One line for the top of each run: version, what was started, where."""
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return (f"Phone guide {__version__}{frozen}: {command or 'window'}; Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} {platform.machine()}")


def _where(filename: str) -> str:
    """A source file named from the folder that holds `app`, so reports read the same everywhere."""
    try:
        return str(Path(filename).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return filename


def crash_report(kind: type[BaseException], error: BaseException, tb) -> str:
    """A short report: the exception's type and where it happened (and the same for what caused it)."""
    lines = [f"Crash in Phone guide {__version__}"]
    seen: set[int] = set()
    current: BaseException | None = error
    current_kind, current_tb = kind, tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        what = current_kind.__qualname__
        if isinstance(current, OSError) and current.errno is not None:
            what += f" [errno {current.errno}: {current.strerror}]"
        lines.append(f"{what} (message left out: it may quote the shopper), at:")
        for frame in traceback.extract_tb(current_tb)[-12:]:
            lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        if current.__cause__ is not None:
            following, link = current.__cause__, "caused by:"
        elif current.__context__ is not None and not current.__suppress_context__:
            following, link = current.__context__, "which happened while handling:"
        else:
            following, link = None, ""
        if following is not None:
            lines.append(link)
            current_kind, current_tb = type(following), following.__traceback__
        current = following
    return "\n".join(lines)


def _translated(text: str) -> str:
    """`text` in the window's language when Qt runs (a command never loads Qt for this)."""
    qt = sys.modules.get("PySide6.QtCore")
    if qt is None or qt.QCoreApplication.instance() is None:
        return text
    return qt.QCoreApplication.translate("", text)


def friendly_message(path: Path | None) -> str:
    where = (_translated(QT_TR_NOOP("A short report was written to {path}.")).format(path=path) if path
             else _translated(QT_TR_NOOP("No report could be written.")))
    return " ".join((_translated(QT_TR_NOOP("Sorry, something went wrong in the phone guide.")), where,
                     _translated(QT_TR_NOOP("Please send it to whoever looks after this guide."))))


def tell_on_stderr(message: str) -> None:
    print(message, file=sys.stderr)


def show_in_window(message: str) -> None:
    """The crash message as a dialog over the window (on stderr when no window is up); the app goes on."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        tell_on_stderr(message)
        return
    if not isinstance(QApplication.instance(), QApplication):
        tell_on_stderr(message)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("", "Something went wrong"),
                      message)
    box.setObjectName("crashMessage")
    _open_messages.append(box)  # a dialog without a parent lives only as long as Python holds it
    box.finished.connect(lambda _result: _open_messages.remove(box))
    box.open()
    tell_on_stderr(message)


def install_crash_handler(show: Callable[[str], None] = tell_on_stderr) -> None:
    """Uncaught exceptions (main thread, other threads, Qt slots) -> a crash report in the log + `show(message)`."""

    def on_crash(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        try:
            log.critical(crash_report(kind, error, tb))
            path = log_path() if isinstance(_handler, RotatingFileHandler) else None
        except Exception:  # the report itself failed: still tell the person
            path = None
        show(friendly_message(path))

    sys.excepthook = on_crash
    threading.excepthook = lambda args: on_crash(args.exc_type, args.exc_value, args.exc_traceback)


def route_qt_messages() -> None:
    """Qt's own messages (a missing font, a broken style sheet, no screen plugin) into the log too;
    warnings and worse still go to stderr as well, where Qt would have put them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("app.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, context, message) -> None:
        level = levels.get(kind, logging.WARNING)
        qt_log.log(level, "%s", message)
        if level >= logging.WARNING:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
