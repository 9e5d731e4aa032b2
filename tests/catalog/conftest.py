import pytest

from app.catalog import open_catalog
from app.paths import ASSETS_DIR

BUNDLED = ASSETS_DIR / "catalog.sqlite"


@pytest.fixture(scope="session")
def catalog():
    with open_catalog(BUNDLED) as opened:
        yield opened


@pytest.fixture(scope="session")
def phones(catalog):
    return {p["id"]: p for p in catalog.phones()}


@pytest.fixture(scope="session")
def sources_dir(shared_dir):
    return shared_dir / "data" / "catalog-sources"
