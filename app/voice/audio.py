"""Sound in memory: reading a WAV file, and collecting what the microphone hears.

Whisper wants 16 kHz mono float samples in [-1, 1]. Everything here stays in
memory: nothing is ever written to disk, and a `Recording` forgets its audio
as soon as it is taken or dropped.
"""

from __future__ import annotations

import io
import math
import wave
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
MAX_SECONDS = 15.0          # a spoken wish is cut off here
MAX_FILE_SECONDS = 60.0     # `listen` refuses longer files instead of reading a lecture


class AudioError(ValueError):
    """Sound that cannot be read, with a message a person can act on."""


def read_wav(source: str | Path | bytes) -> np.ndarray:
    """A WAV file (path or its bytes) as 16 kHz mono float32 samples.

    8-, 16-, 24- and 32-bit PCM, any channel count and any sample rate are read;
    several channels are averaged and other rates resampled."""
    name = "the sound" if isinstance(source, bytes) else str(source)
    try:
        handle = wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source), "rb")
    except FileNotFoundError:
        raise AudioError(f"{name}: no such file") from None
    except (wave.Error, EOFError) as error:
        raise AudioError(f"{name} is not a WAV file that can be read (PCM WAV only): {error}") from None
    except OSError as error:
        raise AudioError(f"cannot read {name}: {error.strerror or error}") from None
    with handle:
        channels, width, rate, frames = (handle.getnchannels(), handle.getsampwidth(), handle.getframerate(),
                                         handle.getnframes())
        if frames / max(rate, 1) > MAX_FILE_SECONDS:
            raise AudioError(f"{name} lasts {frames / rate:.0f} s; a spoken wish is at most {MAX_FILE_SECONDS:.0f} s")
        raw = handle.readframes(frames)
    if not raw:
        raise AudioError(f"{name} holds no sound")
    samples = _pcm_to_float(raw, width)
    usable = len(samples) - len(samples) % channels
    samples = samples[:usable].reshape(-1, channels).mean(axis=1)
    return resample(samples, rate)


def _pcm_to_float(raw: bytes, width: int) -> np.ndarray:
    if width == 1:  # 8-bit WAV is unsigned
        return (np.frombuffer(raw, np.uint8).astype(np.float32) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(raw[: len(raw) // 2 * 2], "<i2").astype(np.float32) / 32768.0
    if width == 3:
        bytes3 = np.frombuffer(raw[: len(raw) // 3 * 3], np.uint8).reshape(-1, 3).astype(np.int32)
        value = bytes3[:, 0] | (bytes3[:, 1] << 8) | (bytes3[:, 2] << 16)
        value = np.where(value >= 1 << 23, value - (1 << 24), value)
        return value.astype(np.float32) / float(1 << 23)
    if width == 4:
        return np.frombuffer(raw[: len(raw) // 4 * 4], "<i4").astype(np.float32) / float(1 << 31)
    raise AudioError(f"{width * 8}-bit samples are not supported")


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Samples at `rate` Hz brought to 16 kHz (linear interpolation is enough for speech)."""
    samples = np.asarray(samples, dtype=np.float32)
    if rate == SAMPLE_RATE or len(samples) == 0:
        return samples
    if rate <= 0:
        raise AudioError(f"a sample rate of {rate} Hz is not possible")
    count = max(1, round(len(samples) * SAMPLE_RATE / rate))
    positions = np.arange(count, dtype=np.float64) * (rate / SAMPLE_RATE)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


class Recording:
    """What the microphone heard so far: 16 kHz mono 16-bit PCM chunks, at most MAX_SECONDS.

    The GUI feeds it the bytes the audio device delivers; `level` tells the meter how
    loud the last chunk was; `full` says the cap is reached. `take()` hands the audio
    over once and forgets it; `drop()` forgets it unheard."""

    def __init__(self, max_seconds: float = MAX_SECONDS):
        self.max_bytes = int(max_seconds * SAMPLE_RATE) * 2
        self._buffer = bytearray()
        self._odd = b""  # half a sample left over from the previous chunk
        self.level = 0.0

    @property
    def seconds(self) -> float:
        return len(self._buffer) / 2 / SAMPLE_RATE

    @property
    def full(self) -> bool:
        return len(self._buffer) >= self.max_bytes

    def add(self, chunk: bytes) -> None:
        """Keep a chunk of little-endian 16-bit samples (beyond the cap it is ignored)."""
        data = self._odd + bytes(chunk)
        whole = len(data) - len(data) % 2
        self._odd = data[whole:]
        data = data[:whole]
        room = self.max_bytes - len(self._buffer)
        if room <= 0 or not data:
            return
        data = data[:room]
        self._buffer += data
        self.level = loudness(np.frombuffer(data, "<i2").astype(np.float32) / 32768.0)

    def take(self) -> np.ndarray:
        """The audio as float samples; the recording is empty afterwards."""
        samples = np.frombuffer(bytes(self._buffer), "<i2").astype(np.float32) / 32768.0
        self.drop()
        return samples

    def drop(self) -> None:
        self._buffer = bytearray()
        self._odd = b""
        self.level = 0.0


def loudness(samples: np.ndarray) -> float:
    """0 (silence, -60 dBFS or less) to 1 (full scale), from the RMS level: what a meter shows."""
    if len(samples) == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    if rms <= 1e-6:
        return 0.0
    return min(1.0, max(0.0, (20 * math.log10(rms) + 60) / 60))
