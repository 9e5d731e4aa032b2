"""`python -m app catalog …` from the command line."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def catalog_command(*args):
    return subprocess.run([sys.executable, "-m", "app", "catalog", *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)


def test_search_show_report_about():
    found = catalog_command("search", "pixel", "8a")
    assert found.returncode == 0 and "google-pixel-8a" in found.stdout
    shown = catalog_command("show", "google-pixel-8a")
    assert shown.returncode == 0 and "4492" in shown.stdout
    report = catalog_command("report")
    assert report.returncode == 0 and "battery_mah" in report.stdout and "2020+" in report.stdout
    about = catalog_command("about")
    assert "GSMArena" in about.stdout and "mobiledokan" in about.stdout and "Mobiles Dataset (2025)" in about.stdout


def test_unknown_phone_and_broken_catalog(tmp_path):
    missing = catalog_command("show", "no-such-phone")
    assert missing.returncode == 1 and "No phone with id" in missing.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    broken = catalog_command("--catalog", str(junk), "report")
    assert broken.returncode == 1 and "Traceback" not in broken.stderr and "catalog" in broken.stderr


def test_import_prices_reports_bad_lines(tmp_path):
    bad = tmp_path / "prices.csv"
    bad.write_text("id,price,currency\ngoogle-pixel-8a,-3,USD\n", encoding="utf-8")
    copy = tmp_path / "catalog.sqlite"
    copy.write_bytes((PROJECT_ROOT / "assets" / "catalog.sqlite").read_bytes())
    result = catalog_command("--catalog", str(copy), "import-prices", str(bad))
    assert result.returncode == 1 and "line 2" in result.stderr and "negative" in result.stderr
