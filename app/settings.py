"""Every setting of the app, declared once with its type and default.

The GUI stores the shopper's or the store's choices with QSettings; the plain
Python parts read the defaults from here so tests and code agree.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

# The markets a store can be in (`../shared/spec/catalog.md`): whose phones and prices count.
MARKETS = ("US", "EU", "UK", "CN", "IN")


@dataclass(frozen=True)
class StoreSettings:
    """What the store set: the currency prices are shown and bare amounts are read in, its market, and
    whether only its own assortment is shown."""
    currency: str = "USD"
    market: str = "US"
    only_assortment: bool = False


@dataclass(frozen=True)
class Settings:
    language: str = "en"                     # "en" or "zh_CN"
    idle_timeout_s: int = 90                 # kiosk: seconds without a touch before "Still there?"
    currency: str = "USD"                    # currency prices are shown in
    market: str = "US"                       # the store's market: which phones are sold here
    only_assortment: bool = False            # show only the phones on the store's own list
    store_folder: str = ""                   # a folder IT syncs store lists into; a new file is imported
    oldest_year_shown: int = 2022            # phones announced before this are left out by default
    collaborative_signal: bool = False       # learn from earlier shoppers on this device
    high_contrast: bool = False
    text_size_percent: int = 100             # 100 to 200: text (and what holds it) this much larger
    staff_pin_hash: str = ""                 # "salt$sha256", empty until the store sets a PIN

    @property
    def store(self) -> StoreSettings:
        return StoreSettings(currency=self.currency, market=self.market, only_assortment=self.only_assortment)


DEFAULTS = Settings()

LANGUAGES = ("en", "zh_CN")
# The range a whole-number setting must lie in; outside it, the default is used.
LIMITS = {"idle_timeout_s": (15, 3600), "oldest_year_shown": (2015, 2030), "text_size_percent": (100, 200)}


def checked(settings: Settings) -> tuple[Settings, list[str]]:
    """`settings` with every value that cannot be right replaced by its default, and what was replaced.

    Stored settings come from a file a person can edit: a typo must not stop a kiosk from starting."""
    from app.money import STORE_CURRENCIES

    choices = {"language": LANGUAGES, "currency": STORE_CURRENCIES, "market": MARKETS}
    fixed = {}
    for f in fields(Settings):
        value, default = getattr(settings, f.name), getattr(DEFAULTS, f.name)
        if type(value) is not type(default):
            fixed[f.name] = default
        elif f.name in choices and value not in choices[f.name]:
            fixed[f.name] = default
        elif f.name in LIMITS and not LIMITS[f.name][0] <= value <= LIMITS[f.name][1]:
            fixed[f.name] = default
    return replace(settings, **fixed), [f"{name}={getattr(settings, name)!r}" for name in fixed]
