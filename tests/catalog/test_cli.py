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
    assert report.returncode == 0 and "battery_mah" in report.stdout and "2025+" in report.stdout
    assert "US: " in report.stdout and "folded_variants" in report.stdout
    about = catalog_command("about")
    assert "GSMArena" in about.stdout and "smartprix" in about.stdout and "Mobiles Dataset (2025)" in about.stdout
    assert "Vivo" in about.stdout


def test_unknown_phone_and_broken_catalog(tmp_path):
    missing = catalog_command("show", "no-such-phone")
    assert missing.returncode == 1 and "No phone with id" in missing.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    broken = catalog_command("--catalog", str(junk), "report")
    assert broken.returncode == 1 and "Traceback" not in broken.stderr and "catalog" in broken.stderr


def test_import_store_revert_and_bad_lines(tmp_path):
    data = str(tmp_path / "data")
    good = tmp_path / "list.csv"
    good.write_text("id,price,currency\ngoogle-pixel-9a,449,USD\n", encoding="utf-8")
    done = catalog_command("--store-dir", data, "import-store", str(good))
    assert done.returncode == 0 and "Imported 1 phones" in done.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("id,price,currency\ngoogle-pixel-9a,1e308,USD\n", encoding="utf-8")
    result = catalog_command("--store-dir", data, "import-store", str(bad))
    assert result.returncode == 1 and "line 2" in result.stderr and "plausible" in result.stderr
    assert "Traceback" not in result.stderr
    listed = catalog_command("--store-dir", data, "store")
    assert listed.stdout.count("list.csv") == 1 and "bad.csv" not in listed.stdout
    assert catalog_command("--store-dir", data, "revert-store").returncode == 1  # nothing earlier
    shown = catalog_command("show", "google-pixel-9a", "--market", "IN")
    assert "price in IN" in shown.stdout and "INR" in shown.stdout
