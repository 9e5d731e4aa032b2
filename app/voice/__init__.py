"""Voice: what the shopper says into the microphone, as text, offline.

Whisper base (faster-whisper, int8) from the optional `voice` extra reads 16 kHz
mono audio kept in memory. The text then goes through `Session.say` exactly like
typed words: this part never decides what the words mean.
"""

from app.voice.audio import MAX_SECONDS, SAMPLE_RATE, AudioError, Recording, read_wav
from app.voice.model import VoiceUnavailable
from app.voice.recogniser import Recogniser, shared_recogniser

__all__ = ["AudioError", "MAX_SECONDS", "Recogniser", "Recording", "SAMPLE_RATE", "VoiceUnavailable", "read_wav",
           "shared_recogniser"]
