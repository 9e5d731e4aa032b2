"""Shared test set-up: offscreen Qt, no network, paths to the shared specs."""

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or a model library.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# The app's data folder (store list, chosen-together log) is a fresh one for the run, never the user's.
os.environ["PHONE_GUIDE_DATA_DIR"] = tempfile.mkdtemp(prefix="phone-guide-test-data-")

import pytest  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (specs and eval data) is not beside this checkout")
    return SHARED
