"""Shared by the packaging tests: a clean copy of the checkout, its wheel, the wheel installed
elsewhere, the built bundle, a fresh home, and running a command with no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT


@pytest.fixture
def fresh_home(tmp_path) -> dict[str, str]:
    """An environment whose home, caches and data directory are new and empty."""
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PHONE_GUIDE_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


@pytest.fixture(scope="session")
def clean_checkout(tmp_path_factory) -> Path:
    """The checkout's files as git knows them (committed or new, never ignored ones such as build/):
    what a fresh clone has, so stale build output cannot hide a packaging mistake."""
    if shutil.which("git") is None or not (PROJECT_ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell shipped files from build output")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=PROJECT_ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    copy = tmp_path_factory.mktemp("checkout")
    for name in filter(None, listed):
        source = PROJECT_ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    return copy


@pytest.fixture(scope="session")
def wheel(clean_checkout, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(clean_checkout)], check=True, capture_output=True, timeout=600)
    (built,) = out.glob("phone_guide-*.whl")
    return built


@pytest.fixture(scope="session")
def wheel_names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed (without its dependencies, which this venv has) into a folder of its own."""
    target = tmp_path_factory.mktemp("installed")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return target


@pytest.fixture(scope="session")
def bundle(clean_checkout, tmp_path_factory) -> Path:
    """The one-folder bundle: $PHONE_GUIDE_BUNDLE if it names one already built, else built here once
    (even where the machine lacks the X11 libraries: test_the_window_opens_on_x11 then says so)."""
    given = os.environ.get("PHONE_GUIDE_BUNDLE")
    if given:
        return Path(given)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]')")
    work = tmp_path_factory.mktemp("bundle")
    result = subprocess.run([sys.executable, str(clean_checkout / "packaging" / "build_bundle.py"),
                             "--dist", str(work / "dist"), "--work", str(work / "work"), "--allow-missing-libraries"],
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return work / "dist" / "phone-guide"


@pytest.fixture(scope="session")
def offline() -> list[str]:
    """The prefix that runs a command in a network namespace of its own, with no way out."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.strip()}")
    return ["unshare", "-n"]
