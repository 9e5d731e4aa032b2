"""Where the app's files live: what it ships (catalog, model, font) and what it writes (log, store data).

Shipped files are found through `importlib.resources`, inside the `app` package:
an installed wheel or a bundle carries them as `app/assets/` (catalog, fonts,
translations) and `app/models/` (the language model). The checkout keeps them in
its top-level `assets/` and `models/` folders (the build maps those folders into the
package, see setup.py), so when the app runs from a checkout those package folders
do not exist and the checkout's own folders are used.

Files the app writes go to the user's data directory (per platform, from
platformdirs), never beside the shipped files, which may be read-only.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "phone-guide"
# The desktop entry's, icon's and AppStream metadata's name (packaging/); Qt's desktop file name.
APP_ID = "io.github.phoneguide.PhoneGuide"

# The folder that holds the `app` package: the checkout, or site-packages / the bundle when installed.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def shipped_folder(name_in_package: str, name_in_checkout: str) -> Path:
    """A folder of shipped files: `app/<name_in_package>` when installed, else `<checkout>/<name_in_checkout>`."""
    installed = Path(str(files("app") / name_in_package))
    return installed if installed.is_dir() else PROJECT_ROOT / name_in_checkout


ASSETS_DIR = shipped_folder("assets", "assets")
MODELS_DIR = shipped_folder("models", "models")


def catalog_path() -> Path:
    """The catalog to open: $PHONE_GUIDE_CATALOG, else the shipped one."""
    return Path(os.environ.get("PHONE_GUIDE_CATALOG") or ASSETS_DIR / "catalog.sqlite")


def model_dir() -> Path:
    """The language model's folder: $PHONE_GUIDE_MODEL_DIR, else the shipped one."""
    return Path(os.environ.get("PHONE_GUIDE_MODEL_DIR") or MODELS_DIR)


def data_dir() -> Path:
    """Where the app keeps what it writes (log, the store's data): $PHONE_GUIDE_DATA_DIR, else the user's
    data directory (~/.local/share/phone-guide on Linux, %LOCALAPPDATA%\\phone-guide on Windows,
    ~/Library/Application Support/phone-guide on macOS). Not created here."""
    configured = os.environ.get("PHONE_GUIDE_DATA_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)
