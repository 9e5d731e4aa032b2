"""The log file, `--version` and `--log-level`, and what a crash leaves behind."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import app
from app import logs
from tests.conftest import PROJECT_ROOT

SECRET = "my sister Ximena wants a purple phone under 400 dollars"


def run_app(env: dict, *args: str, script: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "app", *args]
    return subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def data_env(fresh_home, tmp_path) -> dict:
    return {**fresh_home, "PHONE_GUIDE_DATA_DIR": str(tmp_path / "data")}


def log_text(env: dict) -> str:
    return (Path(env["PHONE_GUIDE_DATA_DIR"]) / logs.LOG_FILE).read_text(encoding="utf-8")


@pytest.fixture
def restore_hooks():
    """In-process tests change process-wide hooks and handlers: put them back."""
    hooks = sys.excepthook, threading.excepthook
    faults_reported = faulthandler.is_enabled()
    yield
    sys.excepthook, threading.excepthook = hooks
    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None
    logging.captureWarnings(False)
    if logs._fault_file is not None:  # pytest's own fault reports go back to the terminal
        faulthandler.disable()
        logs._fault_file.close()
        logs._fault_file = None
        if faults_reported:
            faulthandler.enable(sys.__stderr__)


def test_version_is_the_apps():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"phone-guide {app.__version__}"


def test_each_run_is_logged_in_the_data_directory(data_env):
    result = run_app(data_env, "nlu", "a small phone")
    assert result.returncode == 0, result.stderr
    text = log_text(data_env)
    assert f"Phone guide {app.__version__}: nlu" in text


def test_no_shopper_words_in_the_log_even_at_debug(data_env):
    for args in (["nlu", SECRET], ["recommend", "--prefs", '{"budget_max": 400}', "--text", SECRET]):
        result = run_app(data_env, "--log-level", "debug", *args)
        assert result.returncode == 0, result.stderr
    text = log_text(data_env)
    assert "recommend" in text
    for word in ("Ximena", "sister", "purple"):
        assert word not in text


def test_the_log_level_sets_what_is_written(data_env):
    run_app(data_env, "--log-level", "warning", "nlu", "a small phone")
    assert "Phone guide" not in log_text(data_env)
    run_app(data_env, "--log-level", "info", "nlu", "a small phone")
    assert "Phone guide" in log_text(data_env)


def test_an_unknown_log_level_is_a_usage_error(data_env):
    result = run_app(data_env, "--log-level", "chatty", "nlu", "x")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_data_directory_that_cannot_be_written_does_not_stop_the_app(data_env, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data directory should be")
    env = {**data_env, "PHONE_GUIDE_DATA_DIR": str(blocker / "phone-guide")}
    result = run_app(env, "nlu", "under 300 dollars")
    assert result.returncode == 0
    assert '"budget_max": 300' in result.stdout
    assert "cannot write the log file" in result.stderr


def test_the_log_rotates_and_keeps_two_older_files(tmp_path, monkeypatch, restore_hooks):
    monkeypatch.setenv("PHONE_GUIDE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.start_logging("info")
    assert path == tmp_path / logs.LOG_FILE
    for number in range(200):
        logs.log.info("line %d of a long day in the shop", number)
    files = sorted(tmp_path.glob(logs.LOG_FILE + "*"))
    assert [file.name for file in files] == [logs.LOG_FILE, logs.LOG_FILE + ".1", logs.LOG_FILE + ".2"]
    assert all(file.stat().st_size <= 2_000 for file in files)
    assert "line 199 of" in path.read_text(encoding="utf-8")


def read_wish(text: str) -> None:
    raise ValueError(f"cannot read {text!r}")


def test_a_crash_report_names_the_error_and_where_but_not_the_words():
    try:
        try:
            read_wish(SECRET)
        except ValueError as error:
            raise RuntimeError(f"while reading {SECRET}") from error
    except RuntimeError as error:
        report = logs.crash_report(type(error), error, error.__traceback__)
    assert "RuntimeError" in report and "ValueError" in report and "caused by:" in report
    assert "in read_wish" in report and "tests/packaging/test_logs.py" in report
    assert "Ximena" not in report


def test_an_os_error_keeps_its_reason():
    try:
        open(PROJECT_ROOT / "no such file.csv", encoding="utf-8")
    except OSError as error:
        report = logs.crash_report(type(error), error, error.__traceback__)
    assert "FileNotFoundError [errno 2: No such file or directory]" in report


CRASHING_COMMAND = textwrap.dedent("""
    import sys
    import app.understanding

    def broken_parse(text, context=None):  # a fault planted for the test
        raise KeyError("no reading for " + text)

    app.understanding.parse = broken_parse
    from app.cli import main
    sys.exit(main(["nlu", sys.argv[1]]))
""")


def test_a_crashing_command_writes_a_report_and_says_so_kindly(data_env):
    result = subprocess.run([sys.executable, "-c", CRASHING_COMMAND, SECRET], cwd=PROJECT_ROOT, env=data_env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Sorry, something went wrong" in result.stderr
    assert str(Path(data_env["PHONE_GUIDE_DATA_DIR"]) / logs.LOG_FILE) in result.stderr
    assert "Traceback" not in result.stderr and "Ximena" not in result.stderr
    text = log_text(data_env)
    assert "CRITICAL app: Crash in Phone guide" in text and "KeyError" in text and "in broken_parse" in text
    assert "Ximena" not in text


def test_a_crash_on_another_thread_is_reported(tmp_path, monkeypatch, restore_hooks):
    monkeypatch.setenv("PHONE_GUIDE_DATA_DIR", str(tmp_path))
    logs.start_logging("info")
    told = []
    logs.install_crash_handler(told.append)
    worker = threading.Thread(target=read_wish, args=(SECRET,))
    worker.start()
    worker.join()
    assert len(told) == 1 and str(tmp_path / logs.LOG_FILE) in told[0]
    text = (tmp_path / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "ValueError" in text and "in read_wish" in text and "Ximena" not in text


CRASHING_WINDOW = textwrap.dedent("""
    import sys
    from app import logs
    logs.start_logging("info")
    logs.install_crash_handler(logs.show_in_window)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication([])

    def button_clicked():  # a fault planted for the test, in a slot as a button's would be
        raise ZeroDivisionError("secret words")

    def look():
        shown = [w for w in qt_app.topLevelWidgets() if w.objectName() == "crashMessage" and w.isVisible()]
        print("dialog:", shown[0].text() if shown else "none")
        qt_app.quit()

    QTimer.singleShot(0, button_clicked)
    QTimer.singleShot(500, look)
    qt_app.exec()
    print("still running after the crash")
""")


def test_a_crash_in_the_window_shows_a_message_and_the_app_goes_on(data_env):
    result = run_app(data_env, script=CRASHING_WINDOW)
    assert result.returncode == 0, result.stderr
    assert "dialog: Sorry, something went wrong" in result.stdout
    assert "still running after the crash" in result.stdout
    assert "ZeroDivisionError" in log_text(data_env) and "secret words" not in log_text(data_env)


HARD_CRASH = textwrap.dedent("""
    import faulthandler
    from app import logs
    logs.start_logging("info")
    faulthandler._sigsegv()  # what a crash inside Qt or ONNX Runtime looks like
""")


def test_a_hard_crash_leaves_its_stack_in_the_log(data_env):
    result = run_app(data_env, script=HARD_CRASH)
    assert result.returncode != 0
    assert "Fatal Python error: Segmentation fault" in log_text(data_env)


QT_WARNING = textwrap.dedent("""
    from app import logs
    logs.start_logging("info")
    logs.route_qt_messages()
    from PySide6.QtCore import qWarning
    qWarning("the style sheet could not be parsed")
""")


def test_qt_warnings_go_to_the_log_and_still_to_stderr(data_env):
    result = run_app(data_env, script=QT_WARNING)
    assert result.returncode == 0, result.stderr
    assert "WARNING app.qt: the style sheet could not be parsed" in log_text(data_env)
    assert "the style sheet could not be parsed" in result.stderr
