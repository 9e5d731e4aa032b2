"""`python -m app listen FILE.wav`: one JSON object with the words and the Preferences `nlu` gives them."""

import json
import os
import subprocess
import sys

from tests.conftest import PROJECT_ROOT
from tests.voice.conftest import needs_voice
from tests.voice.measure import CLIPS


def run_app(*args, code=None):
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "app", *args]
    return subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)))


@needs_voice
def test_listen_prints_the_words_and_the_preferences_nlu_gives_them(tmp_path):
    result = run_app("listen", str(CLIPS / "zh01.wav"), "--language", "zh", "--model-cache", str(tmp_path))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"text", "prefs"}
    assert "以内" in out["text"] and "拍照" in out["text"]
    nlu = run_app("nlu", out["text"])
    assert out["prefs"] == json.loads(nlu.stdout)
    assert out["prefs"]["budget_max"] == 3000 and out["prefs"]["priorities"] == ["camera"]


def test_a_file_that_is_not_sound_is_a_clear_message(tmp_path):
    (tmp_path / "wish.wav").write_text("not sound", encoding="utf-8")
    for path in (tmp_path / "wish.wav", tmp_path / "absent.wav"):
        result = run_app("listen", str(path))
        assert result.returncode == 1
        assert result.stderr.startswith("listen: ") and "Traceback" not in result.stderr
        assert result.stdout == ""


WITHOUT_EXTRA = """
import sys
sys.modules["faster_whisper"] = None  # as if the voice extra were not installed
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_without_the_voice_extra_it_says_how_to_install_it(tmp_path):
    result = run_app("listen", str(CLIPS / "en02.wav"), "--model-cache", str(tmp_path), code=WITHOUT_EXTRA)
    assert result.returncode == 1
    assert "pip install -e '.[voice]'" in result.stderr and "Traceback" not in result.stderr


def test_help_names_the_command():
    result = run_app("--help")
    assert "listen" in result.stdout
