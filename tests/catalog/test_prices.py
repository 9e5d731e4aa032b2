"""The store's price list: validated line by line, all or nothing, and reversible."""

import sqlite3

import pytest

from app.catalog import open_catalog
from app.catalog.prices import PriceImportError, import_prices, reset_prices


def write(tmp_path, text, name="prices.csv", raw=None):
    path = tmp_path / name
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def store_rows(db_path):
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT * FROM store_prices ORDER BY phone_id").fetchall()
    finally:
        db.close()


def test_import_by_id_and_by_name(tmp_path, catalog_copy):
    prices = write(tmp_path, "id,price,currency,in_stock\n"
                             "google-pixel-8a,449,USD,yes\n"
                             "apple-iphone-16,899.50,EUR,no\n")
    report = import_prices(catalog_copy, prices)
    assert (report.imported, report.in_stock, report.out_of_stock) == (2, 1, 1)
    by_name = write(tmp_path, "brand,model,price,currency\nSamsung,Galaxy S24 Ultra,999,usd\n", "by_name.csv")
    import_prices(catalog_copy, by_name)
    with open_catalog(catalog_copy) as catalog:
        pixel = catalog.phone("google-pixel-8a")
        assert pixel["price_usd"] == 449 and pixel["store_price"] and pixel["in_stock"] is True
        assert pixel["launch_price_usd"] == 549
        iphone = catalog.phone("apple-iphone-16")
        assert iphone["price_usd"] == pytest.approx(899.5 * 1.03, abs=0.01) and iphone["in_stock"] is False
        assert catalog.phone("samsung-galaxy-s24-ultra")["price_usd"] == 999


def test_reset_restores_launch_prices(tmp_path, catalog_copy):
    import_prices(catalog_copy, write(tmp_path, "id,price,currency\ngoogle-pixel-8a,1,USD\n"))
    assert reset_prices(catalog_copy) == 1
    with open_catalog(catalog_copy) as catalog:
        assert catalog.phone("google-pixel-8a")["price_usd"] == 549
        assert not catalog.phone("google-pixel-8a")["store_price"]


def test_a_rebuild_keeps_imported_prices(tmp_path, catalog_copy, sources_dir):
    from app.catalog.build import build

    import_prices(catalog_copy, write(tmp_path, "id,price,currency\ngoogle-pixel-8a,450,USD\n"))
    build(sources_dir, catalog_copy, embed=False, log=lambda *_: None)
    with open_catalog(catalog_copy) as catalog:
        assert catalog.phone("google-pixel-8a")["price_usd"] == 450


BAD_FILES = [
    ("id,price,currency\nno-such-phone,100,USD\n", "line 2: unknown phone 'no-such-phone'"),
    ("id,price,currency\ngoogle-pixel-8a,cheap,USD\n", "line 2: the price 'cheap' is not a number"),
    ("id,price,currency\ngoogle-pixel-8a,-5,USD\n", "line 2: the price -5 is negative"),
    ("id,price,currency\ngoogle-pixel-8a,0,USD\n", "line 2: the price is zero"),
    ("id,price,currency\ngoogle-pixel-8a,nan,USD\n", "line 2: the price 'nan' is not a number"),
    ("id,price,currency\ngoogle-pixel-8a,100,XYZ\n", "line 2: unknown currency 'XYZ'"),
    ("id,price,currency\ngoogle-pixel-8a,100,\n", "line 2: unknown currency ''"),
    ("phone,cost,money\ngoogle-pixel-8a,100,USD\n", "line 1: the header must name"),
    ("brand,price,currency\nGoogle,100,USD\n", "missing: model"),
    ("id,price,currency\ngoogle-pixel-8a,100\n", "line 2: 2 fields where the header has 3"),
    ("id,price,currency,in_stock\ngoogle-pixel-8a,100,USD,maybe\n", "in_stock must be yes or no"),
    ("id,price,currency\ngoogle-pixel-8a,100,USD\ngoogle-pixel-8a,120,USD\n", "line 3: 'google-pixel-8a' is listed twice"),
    ("brand,model,price,currency\nGoogle,Pixel 99,100,USD\n", "line 2: unknown phone 'Google Pixel 99'"),
    ("", "the file is empty"),
    ("   \n\n", "the file is empty"),
    ("id,price,currency\n", "only a header"),
]


@pytest.mark.parametrize("text, message", BAD_FILES)
def test_bad_files_change_nothing_and_say_why(tmp_path, catalog_copy, text, message):
    # A good row first: it must not be imported either.
    if text.startswith("id,price,currency\n") and text.count("\n") > 1:
        text = text.replace("id,price,currency\n", "id,price,currency\napple-iphone-16,700,USD\n", 1)
        message = message.replace("line 2", "line 3").replace("line 3: 'google", "line 4: 'google")
    before = store_rows(catalog_copy)
    with pytest.raises(PriceImportError) as caught:
        import_prices(catalog_copy, write(tmp_path, text))
    assert message in str(caught.value)
    assert "nothing changed" in str(caught.value)
    assert store_rows(catalog_copy) == before


@pytest.mark.parametrize("raw, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "not a text file"),
    ("id,price,currency\ngoogle-pixel-8a,100,USD\nredmi,é,USD\n".encode("latin-1"), "line 3: the file is not UTF-8"),
])
def test_binary_and_wrongly_encoded_files(tmp_path, catalog_copy, raw, message):
    with pytest.raises(PriceImportError, match=message):
        import_prices(catalog_copy, write(tmp_path, None, raw=raw))
    assert store_rows(catalog_copy) == []


def test_every_bad_line_is_listed(tmp_path, catalog_copy):
    text = "id,price,currency\nx,1,USD\ngoogle-pixel-8a,-1,USD\napple-iphone-16,5,ZZZ\n"
    with pytest.raises(PriceImportError) as caught:
        import_prices(catalog_copy, write(tmp_path, text))
    assert [p.split(":")[0] for p in caught.value.problems] == ["line 2", "line 3", "line 4"]


def test_missing_file(tmp_path, catalog_copy):
    with pytest.raises(PriceImportError, match="cannot read"):
        import_prices(catalog_copy, tmp_path / "nope.csv")
