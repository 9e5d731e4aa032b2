"""Whisper base reading recorded shopper wishes, in English and Mandarin (a handful; the benchmark reads all)."""

import numpy as np
import pytest

from app.voice.audio import SAMPLE_RATE, read_wav
from app.voice.model import VoiceUnavailable
from app.voice.recogniser import Recogniser, tidy
from tests.voice.measure import clip_path, hear, wishes

# A few clips with amounts, brands and features in both languages; all 48 are in bench_voice.
SAMPLE = ("en01", "en08", "en16", "zh01", "zh03", "zh13")


@pytest.mark.parametrize("wish", [w for w in wishes() if w["id"] in SAMPLE], ids=lambda w: w["id"])
def test_a_spoken_wish_gives_the_preferences_of_its_typed_text(recogniser, wish):
    heard = hear(recogniser, wish)
    assert heard.same_prefs, (heard.text, heard.typed_prefs, heard.heard_prefs)
    assert heard.errors <= max(1, heard.length // 8), heard.text


def test_silence_and_a_blip_are_no_words(recogniser):
    assert recogniser.transcribe(np.zeros(2 * SAMPLE_RATE, np.float32), "en") == ""
    assert recogniser.transcribe(np.zeros(SAMPLE_RATE // 20, np.float32), "zh") == ""


def test_the_ui_language_names_are_understood(recogniser):
    samples = read_wav(clip_path({"id": "zh02"}))
    assert "华为" in recogniser.transcribe(samples, "zh_CN")
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        recogniser.transcribe(samples, "fr")


def test_a_broken_model_file_is_a_clear_message_not_a_crash(tmp_path, recogniser):
    from app.voice.model import FILES, MODEL_NAME

    folder = tmp_path / MODEL_NAME
    folder.mkdir()
    for name, (_, size, _) in FILES.items():  # right sizes (so it looks assembled), wrong bytes
        with open(folder / name, "wb") as out:
            out.truncate(size)
    broken = Recogniser(cache=tmp_path)
    with pytest.raises(VoiceUnavailable, match="could not be loaded.*delete that folder"):
        broken.load()
    assert not broken.is_loaded


def test_whisper_text_is_tidied_for_the_wish_box():
    assert tidy("  三千以內，拍照好的手機。 ", "zh") == "三千以内,拍照好的手机"  # traditional folded, no trailing stop
    assert tidy(" A small phone under $400 with a good camera. ", "en") == "A small phone under $400 with a good camera"
    assert tidy("Is it waterproof?", "en") == "Is it waterproof?"


def files_under(folder):
    return sorted(str(p) for p in folder.rglob("*"))


def test_the_audio_is_never_written_to_disk(recogniser, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    cache_before = files_under(recogniser.cache)
    text = recogniser.transcribe(read_wav(clip_path({"id": "en02"})), "en")
    assert "Samsung" in text
    assert files_under(tmp_path) == [] and files_under(recogniser.cache) == cache_before
