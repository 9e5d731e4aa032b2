"""Parsing the raw scrapes: real rows read straight from the source files."""

import csv

import pytest

from app.catalog import sources as S


def gsmarena_row(sources_dir, name):
    with open(sources_dir / "gsmarena_kolenmg_2025-01.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Model Name"] == name:
                return row
    raise LookupError(name)


def test_pixel_8a_row(sources_dir):
    row = gsmarena_row(sources_dir, "Google Pixel 8a")
    phone = S.gsmarena_record(row, 2024, "available")
    assert phone["id"] == "google-pixel-8a"
    assert (phone["brand"], phone["model"]) == ("Google", "Pixel 8a")
    assert phone["battery_mah"] == 4492 and phone["screen_in"] == 6.1
    assert phone["headphone_jack"] == 0 and phone["ip_rating"] == "IP67" and phone["water_resistance"] == 1
    assert phone["storage_gb"] == [128, 256] and phone["ram_gb"] == 8
    # "64 MP (16 MP eff.)" is one lens; the 13 MP selfie camera is told apart from the rear ones.
    assert phone["main_camera_mp"] == 64 and phone["rear_cameras"] == 2 and phone["selfie_camera_mp"] == 13
    # "…PD3.07.5W wireless…": the glued charging cell still shows wireless charging.
    assert phone["charging_w"] == 18 and phone["wireless_charging"] == 1
    assert phone["refresh_hz"] == 120 and phone["display_type"] == "oled"
    assert phone["antutu"] == 1193520


def test_s24_ultra_finds_ip_rating_and_stylus_in_unlabelled_columns(sources_dir):
    phone = S.gsmarena_record(gsmarena_row(sources_dir, "Samsung Galaxy S24 Ultra"), 2024, "available")
    assert phone["ip_rating"] == "IP68" and phone["stylus"] == 1
    assert phone["has_telephoto"] == 1 and phone["rear_cameras"] == 4 and phone["selfie_camera_mp"] == 12
    assert phone["weight_g"] == 232 and phone["thickness_mm"] == 8.6
    assert phone["chipset"] == "Qualcomm SM8650-AC Snapdragon 8 Gen 3"
    assert phone["esim"] == 1 and phone["dual_sim"] == 1


@pytest.mark.parametrize("name, phone", [
    ("Apple iPad Pro 13 (2024)", False),
    ("Samsung Galaxy Watch7", False),
    ("Nokia 3310 (2017)", False),
    ("Samsung Galaxy Z Fold6", True),
    ("Xiaomi Redmi Note 13 Pro", True),
])
def test_only_phones_are_kept(sources_dir, name, phone):
    assert S.gsmarena_is_phone(gsmarena_row(sources_dir, name)) is phone


@pytest.mark.parametrize("text, expected", [
    ("About 330 EUR", (round(330 * 1.03, 2), "eur_converted")),
    ("$\u2009214.00 / C$\u2009519.99 / £\u2009300.00", (214.0, "usd")),
    ("€\u2009927.84 / $\u2009715.00 / £\u2009721.00 / ₹\u200988,999", (715.0, "usd")),
    ("₹\u200911,329", (round(11329 * 0.01155, 2), "inr_converted")),
    ("", None),
    ("About 0 EUR", None),
])
def test_gsmarena_prices(text, expected):
    assert S.gsmarena_price(text) == expected


def test_sub_brands_and_match_keys():
    assert S.split_brand_model("Xiaomi", "Xiaomi Redmi Note 13 Pro") == ("Xiaomi", "Redmi Note 13 Pro")
    assert S.split_brand_model("vivo", "vivo iQOO 12") == ("Vivo", "iQOO 12")
    assert S.split_brand_model("ZTE", "ZTE nubia Red Magic 9 Pro")[0] == "Nubia"
    assert S.match_key("Samsung", "Galaxy A54 5G") == S.match_key("Samsung", "Galaxy A54")
    assert S.match_key("Apple", "iPhone 16 128GB") == S.match_key("Apple", "iPhone 16 (256GB)")
    assert S.match_key("Motorola", "Moto G84") == S.match_key("Motorola", "G84")
    assert S.match_key("Apple", "iPhone 15") != S.match_key("Apple", "iPhone 15 Plus")


def test_ip_ratings_and_storage_text():
    assert S.best_ip_rating(["IP54 splash", "IP68/IP69 dust tight"]) == "IP69"
    assert S.best_ip_rating(["no rating here"]) is None
    assert S.water_resistant("IP54") == 1 and S.water_resistant("IP52") == 0
    assert S.storage_options("128GB 8GB RAM, 256GB 8GB RAM, 1TB 12GB RAM") == [128, 256, 1024]
    assert S.ram_options("32GB 512MB RAM, 64GB 4GB RAM") == [0.5, 4.0]


def test_launch_price_file_quirks(sources_dir):
    prices = S.read_launch_prices(sources_dir / "mobiles_dataset_2025.csv")
    assert prices[S.match_key("Apple", "iPhone 16")]["price_usd"] == 799
    assert prices[S.match_key("Xiaomi", "Poco F6")]["price_usd"] > 0  # "POCO" + "F6"
    nokia_t21 = prices[S.match_key("Nokia", "T21")]
    assert nokia_t21["price_usd"] == pytest.approx(396.22)  # "USD 396,22" is a comma decimal
    assert all(p["year"] is None or p["year"] <= 2025 for p in prices.values())  # the "2924" typo
