"""Opening the catalog at run time: read-only, and a clear message for any broken file."""

import os
import sqlite3

import pytest

from app.catalog import CatalogError, open_catalog


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError, match="missing"):
        open_catalog(tmp_path / "nope.sqlite")


@pytest.mark.parametrize("content", [b"", os.urandom(4096), b"SQLite format 3\x00" + b"\xff" * 200])
def test_junk_files(tmp_path, content):
    path = tmp_path / "catalog.sqlite"
    path.write_bytes(content)
    with pytest.raises(CatalogError):
        catalog = open_catalog(path)
        catalog.phones()


def test_truncated_catalog(tmp_path, catalog):
    path = tmp_path / "catalog.sqlite"
    path.write_bytes(catalog.path.read_bytes()[:50_000])
    with pytest.raises(CatalogError):
        with open_catalog(path) as broken:
            broken.phones()
            broken.search("pixel")


def test_a_database_that_is_not_a_catalog(tmp_path):
    path = tmp_path / "other.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="not a phone catalog"):
        open_catalog(path)


def test_the_app_opens_it_read_only(catalog):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        catalog._db.execute("DELETE FROM phones")
