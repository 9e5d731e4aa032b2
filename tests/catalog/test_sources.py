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
    assert S.split_brand_model("ZTE", "ZTE nubia Red Magic 9 Pro") == ("Nubia", "Red Magic 9 Pro")
    assert S.canonical_brand("T-Mobile") == S.canonical_brand("T_Mobile") == "T-Mobile"
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


# -- the newer sources and the per-source rules the issue names (real rows) ---------------

def rows_of(path, column, name):
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row[column] == name]


def mobiledokan_phone(sources_dir, model):
    row = rows_of(sources_dir / "mobiledokan_smartphones_2025-07.csv", "model", model)[0]
    return S.mobiledokan_record(row, 2025, "available")


@pytest.mark.parametrize("model, main, ultrawide, telephoto, rear", [
    ("Galaxy A56", 50, 1, 0, 3),       # was "5 MP": the last lens (macro) read as the main camera
    ("Galaxy Z Fold7", 200, 1, 1, 3),  # was "12 MP"
    ("Pixel 9a", 48, 1, 0, 2),         # was "13 MP"
])
def test_mobiledokan_main_camera_is_the_wide_lens(sources_dir, model, main, ultrawide, telephoto, rear):
    phone = mobiledokan_phone(sources_dir, model)
    assert phone["main_camera_mp"] == main
    assert (phone["has_ultrawide"], phone["has_telephoto"], phone["rear_cameras"]) == (ultrawide, telephoto, rear)


@pytest.mark.parametrize("model, foldable", [("Galaxy Z Fold7", 1), ("Razr 60 Ultra", 1), ("Galaxy A56", 0)])
def test_mobiledokan_foldables(sources_dir, model, foldable):
    assert mobiledokan_phone(sources_dir, model)["foldable"] == foldable


def test_mobiledokan_date_and_storage_variants(sources_dir):
    fold = mobiledokan_phone(sources_dir, "Galaxy Z Fold7 (1TB)")
    assert fold["model"] == "Galaxy Z Fold7" and fold["announced"] == "2025-07-09"


def recent_phone(sources_dir, name, file="gsmarena_2025-08_2026-09.csv"):
    row = rows_of(sources_dir / file, "Model Name", name)[0]
    return S.gsmarena_record(row, 2025, "available", rear=row[S.REAR_LENSES], selfie=row[S.SELFIE_LENSES],
                             source="gsmarena-recent", scraped=S.LF_KALI_SCRAPED)


def test_recent_gsmarena_iphone_17_pro(sources_dir):
    phone = recent_phone(sources_dir, "Apple iPhone 17 Pro")
    assert (phone["brand"], phone["model"], phone["os"]) == ("Apple", "iPhone 17 Pro", "ios")
    assert phone["main_camera_mp"] == 48 and phone["has_telephoto"] == 1 and phone["has_ultrawide"] == 1
    assert phone["selfie_camera_mp"] == 18 and phone["nfc"] == 1 and phone["headphone_jack"] == 0
    assert phone["battery_mah"] == 3998 and phone["battery_active_h"] == pytest.approx(15 + 23 / 60, abs=0.01)
    assert phone["weight_g"] == 206 and phone["screen_in"] == 6.3 and phone["announced"] == "2025-09-09"
    by_market = {f["market"]: f for f in phone["_prices"]}
    assert by_market["US"]["price"] == 999.99 and by_market["US"]["kind"] == "street"
    assert by_market["IN"]["price"] == 134900 and by_market["UK"]["currency"] == "GBP"
    assert {f["as_of"] for f in phone["_prices"]} == {S.LF_KALI_SCRAPED}


def test_recent_gsmarena_foldable_and_selfie_of_a_fold(sources_dir):
    fold = recent_phone(sources_dir, "Google Pixel 10 Pro Fold")
    assert fold["foldable"] == 1 and fold["screen_in"] == 8.0 and fold["thickness_mm"] == 10.8  # folded
    assert fold["main_camera_mp"] == 48 and fold["selfie_camera_mp"] == 10 and fold["ip_rating"] == "IP68"


def test_about_eur_is_an_eu_launch_price_dated_at_announcement():
    facts = S.gsmarena_prices("About 260 EUR", "2025-10-02", "2026-09-05", "gsmarena-recent")
    assert facts == [{"market": "EU", "currency": "EUR", "price": 260.0, "kind": "launch", "as_of": "2025-10-02",
                      "source": "gsmarena-recent"}]
    street = S.gsmarena_prices("$\u2009420.00 / C$\u2009769.20 / £\u2009444.98 / €\u2009549.00 / ₹\u200969,917",
                               None, "2026-04-07", "x")
    assert [(f["market"], f["price"], f["kind"]) for f in street] == [
        ("US", 420.0, "street"), ("UK", 444.98, "street"), ("EU", 549.0, "street"), ("IN", 69917.0, "street")]


def test_more_brands_file_reads_with_the_same_rules(sources_dir):
    file = "gsmarena_more-brands_2025-08_2026-06.csv"
    nova = recent_phone(sources_dir, "Huawei nova 15 Ultra", file)
    assert nova["brand"] == "Huawei" and nova["os"] == "other"  # HarmonyOS 6 runs no Android apps
    mate = recent_phone(sources_dir, "Huawei Mate 80 Pro", file)
    assert mate["os"] == "android"  # "EMUI 15 (International), HarmonyOS 6.0 (China)"
    assert mate["battery_active_h"] is not None
    assert recent_phone(sources_dir, "Huawei nova Flip S", file)["foldable"] == 1
    neo = recent_phone(sources_dir, "vivo iQOO Neo11 Ultra", file)
    assert (neo["brand"], neo["model"]) == ("Vivo", "iQOO Neo11 Ultra")


@pytest.mark.parametrize("text, os", [
    ("HarmonyOS 4.2", "android"), ("HarmonyOS v4.0", "android"), ("HarmonyOS 5.1", "other"),
    ("HarmonyOS 6.0", "other"), ("EMUI 15 (International), HarmonyOS 5.0 (China)", "android"),
    ("Android 15, One UI 7", "android"), ("iOS 26", "ios"), ("KaiOS 3.0", "other"),
])
def test_harmonyos(text, os):
    assert S.platform(text) == os


def test_smartprix_folds_memory_variants_and_keeps_the_cheapest(sources_dir):
    india = S.read_smartprix(sources_dir / "smartprix_india_2026-01.csv")
    a56 = india[S.match_key("Samsung", "Galaxy A56")]
    assert a56["price_inr"] == 38999 and a56["storage_gb"] == [128, 256] and a56["ram_gb"] == 12
    assert a56["nfc"] == 1 and a56["selfie_camera_mp"] == 12
    assert india[S.match_key("Apple", "iPhone 17 Pro")]["price_inr"] == 134900
    assert india[S.match_key("Nothing", "CMF Phone 2 Pro")]["brand"] == "Nothing"


def test_launch_prices_per_market(sources_dir):
    prices = S.read_launch_prices(sources_dir / "mobiles_dataset_2025.csv")
    iphone = prices[S.match_key("Apple", "iPhone 16")]["prices"]
    assert iphone == {"US": 799, "CN": 5799, "IN": 79999}
    assert S.kaggle_amount("USD 396,22") == pytest.approx(396.22) and S.kaggle_amount("Not available") is None


def test_a_china_models_about_eur_price_is_a_chinese_launch_price(sources_dir):
    neo = recent_phone(sources_dir, "vivo iQOO Neo11 (China)", "gsmarena_more-brands_2025-08_2026-06.csv")
    assert [(f["market"], f["currency"], f["kind"]) for f in neo["_prices"]] == [("CN", "EUR", "launch")]


@pytest.mark.parametrize("name, hz", [("OnePlus Nord 6", 165), ("Realme P4", 144), ("Apple iPhone 17 Pro", 120)])
def test_the_refresh_rate_is_the_panels_not_its_pwm_dimming(sources_dir, name, hz):
    # "AMOLED, 1B colors, 165Hz, 3840Hz PWM": read as 840 Hz before
    assert recent_phone(sources_dir, name)["refresh_hz"] == hz


def test_refresh_rates_beyond_any_panel_are_not_read():
    assert S.refresh_rate("120Hz, 480Hz touch sampling") == 120
    assert S.refresh_rate("1440 Hz") is None and S.refresh_rate("") is None
