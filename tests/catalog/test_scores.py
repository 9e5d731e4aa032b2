"""Aspect scores: in [0, 1], and ordered the way a phone expert would order them."""

import numpy as np
import pytest

from app.catalog.scores import ASPECTS, battery, camera, chip_name


@pytest.fixture(scope="module")
def scores(catalog):
    ids, aspects, matrix = catalog.aspect_scores()
    return {pid: dict(zip(aspects, row)) for pid, row in zip(ids, matrix)}


def test_every_aspect_is_scored_in_range(catalog):
    ids, aspects, matrix = catalog.aspect_scores()
    assert aspects == list(ASPECTS)
    known = matrix[~np.isnan(matrix)]
    assert known.min() >= 0 and known.max() <= 1


@pytest.mark.parametrize("better, worse, aspect", [
    ("samsung-galaxy-s24-ultra", "nokia-c32", "camera"),
    ("apple-iphone-15-pro-max", "nokia-c32", "camera"),
    ("samsung-galaxy-s24-ultra", "nokia-c32", "performance"),
    ("apple-iphone-13-mini", "samsung-galaxy-s24-ultra", "compactness"),
    ("apple-iphone-13-mini", "samsung-galaxy-s24-ultra", "lightweight"),
    ("samsung-galaxy-s24-ultra", "google-pixel-8a", "charging"),
    ("google-pixel-8a", "apple-iphone-13-mini", "software_updates"),
])
def test_known_orderings(scores, better, worse, aspect):
    assert scores[better][aspect] > scores[worse][aspect]


def base_phone(**changes):
    phone = {"main_camera_mp": 50, "has_telephoto": 0, "has_ultrawide": 0, "video_4k": 0,
             "battery_mah": 4000, "screen_in": 6.5, "_sensor_inches": None, "_ois": 0}
    phone.update(changes)
    return phone


def test_a_bigger_battery_scores_higher_at_the_same_screen_size():
    assert battery(base_phone(battery_mah=5000)) > battery(base_phone(battery_mah=3000))


def test_camera_flagship_beats_a_budget_phone_with_the_same_megapixels():
    flagship = base_phone(has_telephoto=1, has_ultrawide=1, video_4k=1, _sensor_inches=1 / 1.3, _ois=1)
    budget = base_phone(_sensor_inches=1 / 2.8)
    assert camera(flagship) > camera(budget)


def test_unknown_facts_give_an_unknown_score():
    assert camera(base_phone(main_camera_mp=None)) is None
    assert battery(base_phone(battery_mah=None)) is None


@pytest.mark.parametrize("chipset, shown", [
    ("Qualcomm SM8550-AB Snapdragon 8 Gen 2", "Snapdragon 8 Gen 2"),
    ("Qualcomm SM8250 Snapdragon 865 5G (7 nm+)", "Snapdragon 865 5G"),
    ("Mediatek MT6769V/CU Helio G80", "Helio G80"),
    ("Mediatek MT6580", "Mediatek MT6580"),
    ("Google Tensor G3", "Google Tensor G3"),
    ("Kirin 990 5G (7 nm+)", "Kirin 990 5G"),
    ("", None),
    (None, None),
])
def test_chips_are_shown_by_the_name_shoppers_know(chipset, shown):
    assert chip_name(chipset) == shown


# -- battery from measured endurance, calibrated on phones with both ---------------------

@pytest.fixture(scope="module")
def built(sources_dir):
    from app.catalog.build import collect_phones

    return collect_phones(sources_dir)


def test_measured_and_capacity_battery_scores_agree_where_both_exist(built):
    import statistics

    from app.catalog.scores import MEASURES, battery_capacity, calibrate_battery

    calibration = calibrate_battery(built)
    assert set(calibration) == set(MEASURES)
    for measure in MEASURES:
        both = [p for p in built if p.get(measure) is not None and battery_capacity(p) is not None]
        assert len(both) >= 100, measure
        capacity = [battery_capacity(p) for p in both]
        measured = [battery(p, {measure: calibration[measure]}) for p in both]
        assert abs(statistics.fmean(capacity) - statistics.fmean(measured)) < 0.03, measure
        assert statistics.correlation(capacity, measured) > 0.4, measure


def test_battery_uses_the_measurement_before_capacity(scores):
    # iPhone 17 Pro Max: 4,823 mAh and 17:58 h measured; iPhone 17 Pro: 3,998 mAh and 15:23 h
    assert scores["apple-iphone-17-pro-max"]["battery"] > scores["apple-iphone-17-pro"]["battery"]
    phone = {"battery_mah": 3000, "screen_in": 6.1, "battery_active_h": 20.0}
    assert battery(phone, {"battery_active_h": (-0.27, 0.067)}) > battery(phone)


def test_size_classes_follow_the_spec():
    from app.catalog.scores import size_class

    assert size_class(6.3, 177) == "compact"       # Pixel 10
    assert size_class(6.3, 206) is None            # iPhone 17 Pro: small screen, but heavy
    assert size_class(6.1, None) == "compact"
    assert size_class(6.5, 190) is None and size_class(6.6, 190) == "large" and size_class(None, 150) is None
