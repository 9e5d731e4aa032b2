"""Explanations: every sentence the recommender can say, by code, in one place.

Each reason, weak point, trade-off and relaxation is an `Explanation`: a code,
the values it speaks of, and the English text. The GUI translates by code with
its own templates for the same codes and values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.catalog.scores import chip_name
from app.translatable import QT_TR_NOOP

def phone_name(phone: dict) -> str:
    """Brand and model as a shopper reads them: "Google Pixel 9a", and "Nubia Flip", not "Nubia nubia Flip"."""
    brand, model = phone["brand"], phone["model"]
    if model.lower().startswith(brand.lower()):
        return brand + model[len(brand):]
    return f"{brand} {model}"


TEMPLATES = {
    # reasons
    "aspect_top": QT_TR_NOOP("{fact} — top {percent}% of phones {peer_group}"),
    "aspect_strong": QT_TR_NOOP("{fact} — better than most phones {peer_group}"),
    "aspect_among_best": QT_TR_NOOP("Among the best for {aspect} {peer_group}"),
    "within_budget": QT_TR_NOOP("{price} — within your budget of {budget}"),
    "has_feature": QT_TR_NOOP("Has {feature}"),
    "use_case_fit": QT_TR_NOOP("Suits {use_case}: {fact}"),
    "matches_description": QT_TR_NOOP("Close to what you described"),
    "chosen_together": QT_TR_NOOP("Often chosen with phones you liked"),
    "store_price": QT_TR_NOOP("Store price {price}"),
    # weak points
    "aspect_weak": QT_TR_NOOP("Weaker {aspect}: {fact}"),
    "not_confirmed": QT_TR_NOOP("{feature} not confirmed"),
    "stretch": QT_TR_NOOP("{over} over your budget"),
    "out_of_stock": QT_TR_NOOP("Out of stock in this store"),
    "price_unknown": QT_TR_NOOP("Price not known"),
    "coming_soon": QT_TR_NOOP("Not on sale yet"),
    # trade-offs against the other cards
    "cheaper_than": QT_TR_NOOP("{amount} cheaper than #{rank}"),
    "dearer_than": QT_TR_NOOP("{amount} more than #{rank}"),
    "better_than": QT_TR_NOOP("Better {aspect} than #{rank}"),
    "worse_than": QT_TR_NOOP("Weaker {aspect} than #{rank}"),
    # relaxations
    "raise_budget": QT_TR_NOOP("Raise the budget to {budget}"),
    "lower_budget_min": QT_TR_NOOP("Lower the minimum price to {budget}"),
    "any_brand": QT_TR_NOOP("Allow other brands than {brands}"),
    "allow_brand": QT_TR_NOOP("Allow {brand}"),
    "any_os": QT_TR_NOOP("Allow {os} phones too"),
    "drop_feature": QT_TR_NOOP("Allow phones without {feature}"),
    "allow_feature": QT_TR_NOOP("Allow phones with {feature}"),
    "less_storage": QT_TR_NOOP("Accept {storage} storage"),
    "less_ram": QT_TR_NOOP("Accept {ram} RAM"),
    "older_year": QT_TR_NOOP("Include phones from {year}"),
    "any_size": QT_TR_NOOP("Allow any size"),
    "several": QT_TR_NOOP("{first}, and {second}"),
    # the phones a reason measures a phone against (its `peer_group`)
    "peers_under": QT_TR_NOOP("under {price}"),
    "peers_from": QT_TR_NOOP("from {year} on"),
}

ASPECT_WORDS = {
    "camera": QT_TR_NOOP("camera"), "selfie_camera": QT_TR_NOOP("selfie camera"), "battery": QT_TR_NOOP("battery"),
    "performance": QT_TR_NOOP("performance"), "display": QT_TR_NOOP("screen"), "charging": QT_TR_NOOP("charging"),
    "storage": QT_TR_NOOP("storage"), "durability": QT_TR_NOOP("durability"), "lightweight": QT_TR_NOOP("weight"),
    "compactness": QT_TR_NOOP("size"), "value": QT_TR_NOOP("value for money"),
    "software_updates": QT_TR_NOOP("software updates"), "audio": QT_TR_NOOP("sound"),
}
FEATURE_WORDS = {
    "5g": QT_TR_NOOP("5G"), "nfc": QT_TR_NOOP("NFC"), "wireless_charging": QT_TR_NOOP("wireless charging"),
    "headphone_jack": QT_TR_NOOP("a headphone jack"), "expandable_storage": QT_TR_NOOP("a memory card slot"),
    "water_resistance": QT_TR_NOOP("water resistance"), "dual_sim": QT_TR_NOOP("dual SIM"),
    "esim": QT_TR_NOOP("eSIM"), "stylus": QT_TR_NOOP("a stylus"), "foldable": QT_TR_NOOP("a folding screen"),
}
USE_CASE_WORDS = {
    "gaming": QT_TR_NOOP("gaming"), "photography": QT_TR_NOOP("photography"),
    "video": QT_TR_NOOP("filming and watching video"), "business": QT_TR_NOOP("work"),
    "senior": QT_TR_NOOP("older users"), "kids": QT_TR_NOOP("kids"), "travel": QT_TR_NOOP("travel"),
    "social_media": QT_TR_NOOP("social media"), "outdoor": QT_TR_NOOP("the outdoors"), "music": QT_TR_NOOP("music"),
}
OS_WORDS = {
    "android": QT_TR_NOOP("Android"), "ios": QT_TR_NOOP("iOS"),
}


@dataclass(frozen=True)
class Explanation:
    code: str
    values: dict = field(default_factory=dict)
    text: str = ""

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", TEMPLATES[self.code].format(**self.values))

    def __str__(self) -> str:   # an explanation inside another one's values reads as its text
        return self.text


# The fixed words of `fact`, which the GUI translates inside a fact; longest first, so that
# " MP camera with telephoto" is taken before " MP camera".
FACT_WORDS = (
    QT_TR_NOOP(" MP camera with telephoto"), QT_TR_NOOP(" MP camera with ultrawide"), QT_TR_NOOP(" MP selfie camera"),
    QT_TR_NOOP(" MP camera"), QT_TR_NOOP(" mAh battery"), QT_TR_NOOP(" water and dust resistance"),
    QT_TR_NOOP(" W charging"), QT_TR_NOOP(" + wireless"), QT_TR_NOOP("up to "), QT_TR_NOOP(" storage"),
    QT_TR_NOOP(" screen"), QT_TR_NOOP("updates from "), QT_TR_NOOP("headphone jack"), QT_TR_NOOP("speakers"),
)


def fact(phone: dict, aspect: str) -> str:
    """The catalog fact that stands for an aspect on a card ("5,000 mAh battery")."""
    p = phone
    if aspect == "camera" and p["main_camera_mp"]:
        lens = " with telephoto" if p["has_telephoto"] else " with ultrawide" if p["has_ultrawide"] else ""
        return f"{p['main_camera_mp']:g} MP camera{lens}"
    if aspect == "selfie_camera" and p["selfie_camera_mp"]:
        return f"{p['selfie_camera_mp']:g} MP selfie camera"
    if aspect == "battery" and p["battery_mah"]:
        return f"{p['battery_mah']:,} mAh battery"
    if aspect == "performance" and p["chipset"]:
        return chip_name(p["chipset"])
    if aspect == "display" and p["screen_in"]:
        panel = (p["display_type"] or "").upper()
        rate = f" {p['refresh_hz']} Hz" if p["refresh_hz"] else ""
        return f"{p['screen_in']:g}\" {panel}{rate} screen".replace("  ", " ")
    if aspect == "charging" and p["charging_w"]:
        return f"{p['charging_w']:g} W charging" + (" + wireless" if p["wireless_charging"] else "")
    if aspect == "storage" and p["storage_gb"]:
        top = max(p["storage_gb"])
        return f"up to {top // 1024} TB storage" if top >= 1024 else f"up to {top} GB storage"
    if aspect == "durability" and p["ip_rating"]:
        return f"{p['ip_rating']} water and dust resistance"
    if aspect == "lightweight" and p["weight_g"]:
        return f"{p['weight_g']:g} g"
    if aspect == "compactness" and p["screen_in"]:
        return f"{p['screen_in']:g}\" screen"
    if aspect == "software_updates":
        return f"updates from {p['year']}"
    if aspect == "audio":
        return "headphone jack" if p["headphone_jack"] else "speakers"
    return ASPECT_WORDS[aspect]
