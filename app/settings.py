"""Every setting of the app, declared once with its type and default.

The GUI stores the shopper's or the store's choices with QSettings; the plain
Python parts read the defaults from here so tests and code agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    language: str = "en"                     # "en" or "zh_CN"
    idle_timeout_s: int = 90                 # kiosk: seconds without a touch before "Still there?"
    currency: str = "USD"                    # currency prices are shown in
    oldest_year_shown: int = 2022            # phones announced before this are left out by default
    collaborative_signal: bool = False       # learn from earlier shoppers on this device
    high_contrast: bool = False
    larger_text: bool = False
    staff_pin_hash: str = ""                 # "salt$sha256", empty until the store sets a PIN


DEFAULTS = Settings()
