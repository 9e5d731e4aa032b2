"""The one-folder bundle, built once per run from a clean copy of the checkout (about a minute), or the
one $PHONE_GUIDE_BUNDLE names: the window and every subcommand work with no network at all."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import app
from tests.conftest import PROJECT_ROOT
from tests.packaging.conftest import files_under

pytestmark = pytest.mark.bundle


def program(bundle: Path) -> Path:
    return bundle / ("phone-guide.exe" if sys.platform == "win32" else "phone-guide")


@pytest.fixture
def run_offline(bundle, offline, fresh_home, tmp_path):
    """Run the bundle with no network, a fresh home and its own data directory, from an empty folder."""
    env = {**fresh_home, "PHONE_GUIDE_DATA_DIR": str(tmp_path / "data")}
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([*offline, str(program(bundle)), *args], cwd=workdir, env=env, capture_output=True,
                              text=True, timeout=timeout)

    return run


def test_version(run_offline):
    result = run_offline("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"phone-guide {app.__version__}"


def test_nlu_reads_a_wish(run_offline, tmp_path):
    result = run_offline("nlu", "under 3000 yuan, no Samsung, 電池要大")
    assert result.returncode == 0, result.stderr
    prefs = json.loads(result.stdout)
    assert prefs["budget_max"] == 3000 and prefs["currency"] == "CNY" and prefs["brands_exclude"] == ["Samsung"]
    assert "battery" in prefs["priorities"]  # the traditional-character table is in the bundle
    # nothing but the app's own log was written: no telemetry cache, no model download
    assert files_under(tmp_path / "home") == []
    assert [path.name for path in files_under(tmp_path / "data")] == ["phone-guide.log"]


def test_recommend_ranks_phones(run_offline):
    result = run_offline("recommend", "--prefs", '{"budget_max": 500}', "--text", "good for night photos")
    assert result.returncode == 0, result.stderr
    assert "phones fit" in result.stdout and "1. " in result.stdout


def test_catalog_about(run_offline):
    result = run_offline("catalog", "about")
    assert result.returncode == 0, result.stderr
    assert "GSMArena" in result.stdout and "phones" in result.stdout


def test_every_subcommand_loads(bundle, run_offline):
    """Subcommands are imported by name: each one's help must load in the bundle."""
    from app.cli import SUBCOMMANDS

    for name in SUBCOMMANDS:
        result = run_offline(name, "--help")
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"


def test_the_window_renders_every_screen(run_offline, tmp_path):
    out = tmp_path / "screens"
    result = run_offline("screenshots", str(out), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    pictures = list(out.glob("*.png"))
    assert len(pictures) >= 4 and any("zh_CN" in picture.name for picture in pictures)


def test_the_window_starts_and_keeps_running(bundle, offline, fresh_home, tmp_path):
    env = {**fresh_home, "PHONE_GUIDE_DATA_DIR": str(tmp_path / "data")}
    window = subprocess.Popen([*offline, str(program(bundle))], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    time.sleep(6)  # the catalog and the model load in that time
    still_running = window.poll() is None
    window.terminate()
    _, stderr = window.communicate(timeout=30)
    assert still_running, stderr[-2000:]
    log = (tmp_path / "data" / "phone-guide.log").read_text(encoding="utf-8")
    assert f"Phone guide {app.__version__} (bundle): window" in log
    assert "Crash" not in log and "Traceback" not in stderr


def test_the_bundle_carries_its_licences_and_no_training_tools(bundle):
    licences = bundle / "licenses"
    for name in ("LICENSE", "NOTICE", "THIRD-PARTY.md", "LGPL-3.0.txt", "GPL-3.0.txt",
                 "onnxruntime/onnxruntime-LICENSE", "python/LICENSE.txt"):
        assert (licences / name).is_file(), name
    inside = {path.name for path in (bundle / "_internal").iterdir()}
    assert {"app", "PySide6", "onnxruntime"} <= inside
    assert not inside & {"torch", "transformers", "models", "tests", "onnx", "readline"}
    assert (bundle / "_internal" / "app" / "models" / "nlu-minilm-l6-int8.onnx").is_file()


def test_the_install_script_and_the_kiosk_service_use_the_bundle(bundle, fresh_home, tmp_path):
    prefix = tmp_path / "prefix"
    env = {**fresh_home, "BUNDLE": str(bundle), "PREFIX": str(prefix), "APP_DIR": str(tmp_path / "opt")}
    installed = subprocess.run(["sh", str(PROJECT_ROOT / "packaging" / "install-linux.sh"), "--user"], env=env,
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    command = prefix / "bin" / "phone-guide"
    version = subprocess.run([str(command), "--version"], env=env, capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"phone-guide {app.__version__}"
    assert (prefix / "share" / "applications" / "io.github.phoneguide.PhoneGuide.desktop").is_file()
    assert (prefix / "share" / "metainfo" / "io.github.phoneguide.PhoneGuide.metainfo.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "io.github.phoneguide.PhoneGuide.svg").is_file()
    if os.path.exists("/usr/bin/systemd-analyze"):
        unit = (PROJECT_ROOT / "packaging" / "phone-guide-kiosk.service").read_text(encoding="utf-8")
        unit_here = tmp_path / "phone-guide-kiosk.service"
        unit_here.write_text(unit.replace("/usr/local/bin/phone-guide", str(command)), encoding="utf-8")
        checked = subprocess.run(["systemd-analyze", "verify", str(unit_here)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


def test_the_window_opens_on_x11(bundle, offline, fresh_home, tmp_path):
    """On a real (virtual) X11 screen, which needs the system libraries the build machine had to provide."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool (Debian: xvfb, xdotool) are not installed")
    display = ":93"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {key: value for key, value in fresh_home.items() if key != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, PHONE_GUIDE_DATA_DIR=str(tmp_path / "data"))
    window = None
    try:
        time.sleep(1)
        # Xvfb listens on a local socket, which the namespace without network still reaches.
        window = subprocess.Popen([*offline, str(program(bundle))], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Phone guide"], env=env,
                             capture_output=True).returncode != 0:
            assert window.poll() is None, f"the bundle stopped: {window.stderr.read()[-2000:]}"
            assert time.monotonic() < deadline, "no window within 60 s"
            time.sleep(0.1)
    finally:
        if window is not None:
            window.terminate()
            window.wait(timeout=30)
        screen.terminate()
        screen.wait(timeout=30)


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_third_party_names_every_package_in_the_bundle(bundle):
    listed = (bundle / "licenses" / "PACKAGES.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert listed
    third_party = normalised((PROJECT_ROOT / "THIRD-PARTY.md").read_text(encoding="utf-8"))
    missing = [line for line in listed if normalised(line.split()[0]) not in third_party]
    assert not missing, f"in the bundle but not in THIRD-PARTY.md: {missing}"


def test_qt_stays_replaceable_shared_libraries(bundle):
    """LGPL: Qt is never linked into the program, its libraries are files a user can swap."""
    libraries = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    if sys.platform.startswith("linux"):
        for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"):
            assert (libraries / name).is_file(), name
