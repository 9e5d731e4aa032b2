"""Explanations: every sentence the recommender can say, by code, in one place.

Each reason, weak point, trade-off and relaxation is an `Explanation`: a code,
the values it speaks of, and the English text. The GUI translates by code with
its own templates for the same codes and values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.catalog.scores import chip_name

def phone_name(phone: dict) -> str:
    """Brand and model as a shopper reads them: "Google Pixel 9a", and "Nubia Flip", not "Nubia nubia Flip"."""
    brand, model = phone["brand"], phone["model"]
    if model.lower().startswith(brand.lower()):
        return brand + model[len(brand):]
    return f"{brand} {model}"


TEMPLATES = {
    # reasons
    "aspect_top": "{fact} — top {percent}% of phones {peer_group}",
    "aspect_strong": "{fact} — better than most phones {peer_group}",
    "aspect_among_best": "Among the best for {aspect} {peer_group}",
    "within_budget": "{price} — within your budget of {budget}",
    "has_feature": "Has {feature}",
    "use_case_fit": "Suits {use_case}: {fact}",
    "matches_description": "Close to what you described",
    "chosen_together": "Often chosen with phones you liked",
    "store_price": "Store price {price}",
    # weak points
    "aspect_weak": "Weaker {aspect}: {fact}",
    "not_confirmed": "{feature} not confirmed",
    "stretch": "{over} over your budget",
    "out_of_stock": "Out of stock in this store",
    "price_unknown": "Price not known",
    "coming_soon": "Not on sale yet",
    # trade-offs against the other cards
    "cheaper_than": "{amount} cheaper than #{rank}",
    "dearer_than": "{amount} more than #{rank}",
    "better_than": "Better {aspect} than #{rank}",
    "worse_than": "Weaker {aspect} than #{rank}",
    # relaxations
    "raise_budget": "Raise the budget to {budget}",
    "lower_budget_min": "Lower the minimum price to {budget}",
    "any_brand": "Allow other brands than {brands}",
    "allow_brand": "Allow {brand}",
    "any_os": "Allow {os} phones too",
    "drop_feature": "Allow phones without {feature}",
    "allow_feature": "Allow phones with {feature}",
    "less_storage": "Accept {storage} storage",
    "less_ram": "Accept {ram} RAM",
    "older_year": "Include phones from {year}",
    "any_size": "Allow any size",
    "several": "{first}, and {second}",
}

ASPECT_WORDS = {
    "camera": "camera", "selfie_camera": "selfie camera", "battery": "battery", "performance": "performance",
    "display": "screen", "charging": "charging", "storage": "storage", "durability": "durability",
    "lightweight": "weight", "compactness": "size", "value": "value for money",
    "software_updates": "software updates", "audio": "sound",
}
FEATURE_WORDS = {
    "5g": "5G", "nfc": "NFC", "wireless_charging": "wireless charging", "headphone_jack": "a headphone jack",
    "expandable_storage": "a memory card slot", "water_resistance": "water resistance", "dual_sim": "dual SIM",
    "esim": "eSIM", "stylus": "a stylus", "foldable": "a folding screen",
}
USE_CASE_WORDS = {
    "gaming": "gaming", "photography": "photography", "video": "filming and watching video",
    "business": "work", "senior": "older users", "kids": "kids", "travel": "travel",
    "social_media": "social media", "outdoor": "the outdoors", "music": "music",
}
OS_WORDS = {"android": "Android", "ios": "iOS"}


@dataclass(frozen=True)
class Explanation:
    code: str
    values: dict = field(default_factory=dict)
    text: str = ""

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", TEMPLATES[self.code].format(**self.values))


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
