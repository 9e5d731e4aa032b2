"""`python -m app`: help lists the subcommands; no screen gives a clear message."""

import json
import os
import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def run_app(*args, env_changes=None):
    env = dict(os.environ)
    env.update(env_changes or {})
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_help_lists_the_subcommands():
    result = run_app("--help")
    assert result.returncode == 0
    for command in ("catalog", "nlu", "recommend", "screenshots", "--kiosk"):
        assert command in result.stdout


def test_no_screen_gives_a_clear_message():
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = run_app(env_changes=env)
    assert result.returncode == 2
    assert "needs a screen" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error():
    result = run_app("fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_reader_that_stops_early_is_no_crash():
    import subprocess
    import sys

    from tests.conftest import PROJECT_ROOT

    shell = f"{sys.executable} -m app recommend --prefs '{{}}' --top 20 | head -c 10"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "went wrong" not in result.stderr and "Traceback" not in result.stderr


def test_the_nlu_command_also_answers_by_the_specs_name(tmp_path):
    """The spec names `python -m app.nlu`; it is the same command as `python -m app nlu`, batch and errors alike."""
    def nlu(*args):
        return subprocess.run([sys.executable, "-m", "app.nlu", *args], cwd=PROJECT_ROOT, capture_output=True,
                              text=True, timeout=60)

    said = nlu("under 3000 yuan, no Samsung")
    assert said.returncode == 0, said.stderr
    assert said.stdout == run_app("nlu", "under 3000 yuan, no Samsung").stdout
    prefs = json.loads(said.stdout)
    assert (prefs["budget_max"], prefs["currency"], prefs["brands_exclude"]) == (3000, "CNY", ["Samsung"])

    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "yes, a lot", "context": "battery"}\n', encoding="utf-8")
    answered = json.loads(nlu("--batch", str(batch)).stdout)
    assert answered["id"] == "a" and answered["prefs"]["priorities"] == ["battery"]

    nothing = nlu()
    assert nothing.returncode == 2 and "Give either a TEXT" in nothing.stderr
