"""The desktop entry, AppStream metadata, icon and kiosk service: valid, and naming the same app."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree

import pytest

import app
from app.paths import APP_ID
from tests.conftest import PROJECT_ROOT

PACKAGING = PROJECT_ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON = PACKAGING / f"{APP_ID}.svg"
SERVICE = PACKAGING / "phone-guide-kiosk.service"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def command_name() -> str:
    (name,) = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    return name


def test_the_desktop_entry_starts_the_installed_command_with_its_icon():
    entry = desktop_entry()
    assert entry["Exec"] == command_name() == "phone-guide"
    assert entry["Icon"] == APP_ID and ICON.is_file()
    assert ElementTree.parse(ICON).getroot().tag.endswith("svg")


def test_the_metainfo_names_the_desktop_entry_the_command_and_this_version():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == command_name()
    assert root.find("releases/release").get("version") == app.__version__
    assert root.findtext("project_license").startswith("Apache-2.0")


def test_the_changelog_starts_with_this_version():
    first = re.search(r"^## (\S+)", (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert first and first.group(1) == app.__version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli (Debian: appstream) is not installed")
def test_appstream_validates_the_metainfo():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian: desktop-file-utils) is not installed")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_kiosk_service_starts_the_installed_command_in_kiosk_mode():
    service = configparser.ConfigParser(interpolation=None, strict=False)
    service.read(SERVICE, encoding="utf-8")
    program, *arguments = service["Service"]["ExecStart"].split()
    assert program == f"/usr/local/bin/{command_name()}" and arguments == ["--kiosk"]
    assert service["Service"]["Restart"] == "always"   # a kiosk comes back whatever the exit
