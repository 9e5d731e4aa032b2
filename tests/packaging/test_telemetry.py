"""No telemetry: reading a wish in a fresh home leaves nothing there (ONNX Runtime would write
~/.cache/Microsoft/DeveloperTools/.onnxruntime/ if the app did not switch it off first)."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT
from tests.packaging.conftest import files_under

PARSE = "from app.understanding import parse; print(parse('under 300 dollars, good camera').prefs.budget_max)"


def test_reading_a_wish_writes_nothing_in_a_fresh_home(fresh_home, tmp_path):
    result = subprocess.run([sys.executable, "-c", PARSE], cwd=PROJECT_ROOT, env=fresh_home, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "300"
    assert files_under(tmp_path / "home") == []


def test_the_command_writes_only_its_log(fresh_home, tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "nlu", "a phone with a big battery"], cwd=PROJECT_ROOT,
                            env=fresh_home, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    written = [path.relative_to(tmp_path / "home").as_posix() for path in files_under(tmp_path / "home")]
    assert written == [".local/share/phone-guide/phone-guide.log"]
