"""Where the app's bundled files live: the catalog and the language model."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = PROJECT_ROOT / "assets"
MODELS_DIR = PROJECT_ROOT / "models"


def catalog_path() -> Path:
    """The catalog to open: $PHONE_GUIDE_CATALOG, else the bundled one."""
    return Path(os.environ.get("PHONE_GUIDE_CATALOG") or ASSETS_DIR / "catalog.sqlite")


def model_dir() -> Path:
    """The language model's folder: $PHONE_GUIDE_MODEL_DIR, else the bundled one."""
    return Path(os.environ.get("PHONE_GUIDE_MODEL_DIR") or MODELS_DIR)
