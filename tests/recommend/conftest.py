import pytest

from app.recommend import Recommender


@pytest.fixture(scope="session")
def recommender():
    return Recommender()
