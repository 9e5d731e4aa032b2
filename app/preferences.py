"""The one value that says what the shopper wants.

Its exact shape is `shared/spec/preferences.md` and `preferences.schema.json`.
Everything the shopper says is turned into a `Preferences`; the recommender
reads only this value. This module knows nothing about Qt, ONNX or SQL.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable

BRANDS = (
    "Apple", "Samsung", "Google", "OnePlus", "Xiaomi", "Motorola", "Sony", "Nokia", "Oppo",
    "Vivo", "Realme", "Huawei", "Honor", "Asus", "Nothing", "Fairphone", "ZTE", "Nubia",
    "Tecno", "Infinix", "Cat", "Ulefone", "Doogee", "Blackview", "Lenovo", "LG", "HTC",
    "Meizu", "TCL",
)
ASPECTS = (
    "camera", "selfie_camera", "battery", "performance", "display", "charging", "storage",
    "durability", "value", "lightweight", "audio", "software_updates",
)
FEATURES = (
    "5g", "nfc", "wireless_charging", "headphone_jack", "expandable_storage",
    "water_resistance", "dual_sim", "esim", "stylus", "foldable",
)
USE_CASES = (
    "gaming", "photography", "video", "business", "senior", "kids", "travel",
    "social_media", "outdoor", "music",
)
QUESTIONS = (
    "budget", "os", "brands", "size", "use_cases", "camera", "battery", "performance",
    "features", "storage",
)
OS_CHOICES = ("android", "ios")
SIZE_CHOICES = ("compact", "large")

# Which vocabulary each list field draws from.
LIST_FIELDS = {
    "brands_include": BRANDS,
    "brands_exclude": BRANDS,
    "priorities": ASPECTS,
    "deprioritized": ASPECTS,
    "require": FEATURES,
    "exclude_features": FEATURES,
    "use_cases": USE_CASES,
}
# A value said for one field of a pair takes it out of the other: "no Samsung"
# after "Samsung or Pixel" drops Samsung from the wanted brands.
OPPOSITES = {
    "brands_include": "brands_exclude",
    "brands_exclude": "brands_include",
    "priorities": "deprioritized",
    "deprioritized": "priorities",
    "require": "exclude_features",
    "exclude_features": "require",
}
NUMBER_FIELDS = ("budget_max", "budget_min")
WHOLE_NUMBER_FIELDS = {"min_storage_gb": 0, "min_ram_gb": 0, "min_year": 2000}  # field -> least value
CHOICE_FIELDS = {"os": OS_CHOICES, "size": SIZE_CHOICES}


class PreferencesError(ValueError):
    """A value that does not fit the Preferences shape; `field` names where."""

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name


@dataclass(frozen=True)
class Preferences:
    budget_max: float | None = None
    budget_min: float | None = None
    currency: str | None = None
    brands_include: tuple[str, ...] = ()
    brands_exclude: tuple[str, ...] = ()
    os: str | None = None
    size: str | None = None
    priorities: tuple[str, ...] = ()
    deprioritized: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    exclude_features: tuple[str, ...] = ()
    min_storage_gb: int | None = None
    min_ram_gb: int | None = None
    min_year: int | None = None
    use_cases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in NUMBER_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise PreferencesError(name, f"expected a number or null, got {value!r}")
            if value < 0:
                raise PreferencesError(name, f"must not be negative, got {value!r}")
        for name, least in WHOLE_NUMBER_FIELDS.items():
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise PreferencesError(name, f"expected a whole number or null, got {value!r}")
            if value < least:
                raise PreferencesError(name, f"must be at least {least}, got {value!r}")
        if self.currency is not None:
            c = self.currency
            if not (isinstance(c, str) and len(c) == 3 and c.isascii() and c.isalpha() and c.isupper()):
                raise PreferencesError("currency", f"expected a 3-letter code such as USD, got {c!r}")
        for name, choices in CHOICE_FIELDS.items():
            value = getattr(self, name)
            if value is not None and value not in choices:
                raise PreferencesError(name, f"{value!r} is not one of {', '.join(choices)}")
        for name, vocabulary in LIST_FIELDS.items():
            value = getattr(self, name)
            if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
                raise PreferencesError(name, f"expected a list, got {value!r}")
            for item in value:
                if item not in vocabulary:
                    raise PreferencesError(name, f"unknown value {item!r}")
            if len(set(value)) != len(value):
                raise PreferencesError(name, f"lists a value twice: {list(value)!r}")
            object.__setattr__(self, name, tuple(value))

    # -- JSON form -----------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Any) -> "Preferences":
        """Build from the JSON form; a missing field is empty, an unknown one an error."""
        if not isinstance(data, dict):
            raise PreferencesError("preferences", f"expected a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                raise PreferencesError(str(key), "unknown field")
        values = dict(data)
        for name in LIST_FIELDS:
            if name in values and values[name] is None:
                raise PreferencesError(name, "expected a list, got null")
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> "Preferences":
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as error:
            raise PreferencesError("preferences", f"not valid JSON ({error})") from None
        return cls.from_dict(data)

    def to_dict(self, compact: bool = False) -> dict[str, Any]:
        """The JSON form; `compact` leaves out nulls and empty lists (as the eval gold does)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                value = list(value)
            if compact and (value is None or value == []):
                continue
            out[f.name] = value
        return out

    def to_json(self, compact: bool = False) -> str:
        return json.dumps(self.to_dict(compact=compact), ensure_ascii=False)

    # -- changing it ---------------------------------------------------------------

    def is_empty(self) -> bool:
        return self == Preferences()

    def merge(self, newer: "Preferences") -> "Preferences":
        """This value updated by a later answer.

        A value the later answer sets wins; lists gather what both said, and a
        value said for one side of a pair (wanted/refused brand, stressed/waved-away
        aspect, required/excluded feature) leaves the other side.
        """
        changes: dict[str, Any] = {}
        for f in fields(self):
            if f.name in LIST_FIELDS:
                continue
            value = getattr(newer, f.name)
            if value is not None:   # so a new amount said without a currency keeps the one named before
                changes[f.name] = value
        for name in LIST_FIELDS:
            mine = [v for v in getattr(self, name) if v not in getattr(newer, OPPOSITES.get(name, ""), ())]
            merged = mine + [v for v in getattr(newer, name) if v not in mine]
            changes[name] = tuple(merged)
        result = replace(self, **changes)
        # A new budget that crosses the old one replaces both ends.
        if (result.budget_min is not None and result.budget_max is not None
                and result.budget_min > result.budget_max):
            if newer.budget_max is not None:
                result = replace(result, budget_min=None)
            else:
                result = replace(result, budget_max=None)
        return result

    def remove(self, field_name: str, value: Any = None) -> "Preferences":
        """This value without one field (or one item of a list field): a removed chip."""
        if field_name not in {f.name for f in fields(self)}:
            raise PreferencesError(field_name, "unknown field")
        if field_name in LIST_FIELDS:
            if value is None:
                return replace(self, **{field_name: ()})
            return replace(self, **{field_name: tuple(v for v in getattr(self, field_name) if v != value)})
        changes: dict[str, Any] = {field_name: None}
        if field_name in NUMBER_FIELDS and (
                (self.budget_max if field_name == "budget_min" else self.budget_min) is None):
            changes["currency"] = None  # no amount left for the currency to belong to
        return replace(self, **changes)

    def with_values(self, **changes: Any) -> "Preferences":
        """A copy with some fields set (validated like any new value)."""
        return replace(self, **changes)


def pairs(prefs: Preferences) -> Iterable[tuple[str, Any]]:
    """Every (field, value) the value says: one per scalar, one per list item."""
    for name, value in prefs.to_dict(compact=True).items():
        if isinstance(value, list):
            for item in value:
                yield name, item
        else:
            yield name, value
