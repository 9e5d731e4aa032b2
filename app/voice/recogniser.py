"""Speech to text with Whisper base through faster-whisper (CTranslate2, int8, 2 threads).

`Recogniser.load()` assembles the model once and loads it (seconds: call it off
the GUI thread, after the window is up); `transcribe(samples, language)` turns
16 kHz mono audio into the shopper's words in the UI's language. The audio is
only read, never kept or written anywhere.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import numpy as np

from app.voice.audio import SAMPLE_RATE
from app.voice.model import INSTALL_HINT, VoiceUnavailable, model_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "en", "zh": "zh", "zh_CN": "zh"}  # the app's language -> Whisper's

# A domain prompt: Whisper leans towards the words it has just "heard", so naming
# the brands and phone words a shopper says makes it spell them as the catalog does
# (and write Chinese in simplified characters). Its amounts are on purpose none of the
# test clips' (tests/voice/wishes.json), so the measured gain is not learnt by heart.
PROMPTS = {
    "en": "Phones: iPhone, Samsung Galaxy, Google Pixel, OnePlus, Xiaomi, Motorola, Huawei, OPPO, vivo, "
          "Honor, Nothing, Sony. Under $450, 16 GB of RAM, 512 GB, 6000 mAh, NFC, 5G, dual SIM.",
    "zh": "我想买一个华为、小米、苹果、三星、一加、OPPO、vivo或者荣耀的手机，大屏或者小屏，两千五以内，拍照好，"
          "续航好，耐摔防水，打游戏，看视频，运存十六G，存储五百一十二G，支持NFC，5G，快充。",
}
SETTINGS = dict(temperature=0.0, vad_filter=True, condition_on_previous_text=False,
                max_new_tokens=64, without_timestamps=True)


class Recogniser:
    """One Whisper model, loaded once on first use; safe to share between threads."""

    def __init__(self, cache: Path | None = None, threads: int = 2, prompt: bool = True, beam_size: int = 5):
        self.cache, self.threads, self.prompt, self.beam_size = cache, threads, prompt, beam_size
        self._model = None
        self._loading = threading.Lock()
        self._running = threading.Lock()  # CTranslate2 runs one transcription at a time here

    @property
    def is_loaded(self) -> bool:
        return self._model is not None

    def load(self):
        if self._model is None:
            with self._loading:
                if self._model is None:
                    self._model = self._open()
        return self._model

    def _open(self):
        try:
            from faster_whisper import WhisperModel
        except ImportError as error:
            raise VoiceUnavailable(f"speech recognition (faster-whisper) is not installed; {INSTALL_HINT}") from error
        folder = model_path(self.cache)
        try:
            model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=self.threads,
                                 num_workers=1, local_files_only=True)
        except Exception as error:  # CTranslate2 reports a damaged model as RuntimeError/ValueError/OSError
            raise VoiceUnavailable(f"the Whisper model in {folder} could not be loaded: {error}; "
                                   f"delete that folder to assemble it again") from error
        log.info("Whisper model loaded from %s", folder)
        give_back_memory()
        return model

    def transcribe(self, samples: np.ndarray, language: str = "en") -> str:
        """The words in 16 kHz mono float samples, in `language` ("en", "zh" or the app's "zh_CN")."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        language = LANGUAGES[language]
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        if samples.ndim != 1:
            raise ValueError("expected mono samples (one dimension)")
        if len(samples) < SAMPLE_RATE // 10:  # under a tenth of a second: nothing was said
            return ""
        model = self.load()
        with self._running:
            segments, _ = model.transcribe(samples, language=language,
                                           initial_prompt=PROMPTS[language] if self.prompt else None,
                                           beam_size=self.beam_size, **SETTINGS)
            text = "".join(segment.text for segment in segments)
            give_back_memory()
        return tidy(text, language)


# Whisper ends what it hears like a sentence ("…的手机。", "…十二G,"); a wish in the box is a phrase.
TRAILING = ".,;:。，、；：… "


def _malloc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (Windows, macOS, musl)
        return None


_TRIM = _malloc_trim() if sys.platform.startswith("linux") else None


def give_back_memory() -> None:
    """Return the heap that loading and decoding freed to the system (glibc keeps it otherwise):
    about 100 MB after a few wishes, which the app's memory budget needs."""
    if _TRIM is not None:
        _TRIM(0)


_shared: Recogniser | None = None


def shared_recogniser() -> Recogniser:
    """The one recogniser of the app (each microphone button uses it: the model loads once)."""
    global _shared
    if _shared is None:
        _shared = Recogniser()
    return _shared


def tidy(text: str, language: str) -> str:
    """Whisper's text as the wish box should show it: one spelling, no stray spaces or trailing stops."""
    from app.understanding import clean  # folds traditional characters (Whisper often writes them) to simplified

    text = " ".join(text.split())
    if language == "zh":
        text = clean(text)
    return text.strip().rstrip(TRAILING)
