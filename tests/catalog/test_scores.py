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
