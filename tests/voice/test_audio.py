"""Reading WAV files into 16 kHz mono samples, and collecting microphone chunks."""

import io
import wave

import numpy as np
import pytest

from app.voice.audio import MAX_SECONDS, SAMPLE_RATE, AudioError, Recording, loudness, read_wav
from tests.voice.measure import CLIPS


def wav_bytes(samples: np.ndarray, rate: int, channels: int = 1, width: int = 2) -> bytes:
    """Float samples (frames x channels) as a PCM WAV file."""
    samples = np.asarray(samples, dtype=np.float64).reshape(-1, channels)
    if width == 1:
        raw = np.round(samples * 127 + 128).astype(np.uint8).tobytes()
    elif width == 2:
        raw = np.round(samples * 32767).astype("<i2").tobytes()
    else:  # 24-bit
        ints = np.round(samples * (2 ** 23 - 1)).astype("<i4").reshape(-1)
        raw = b"".join(int(v).to_bytes(3, "little", signed=True) for v in ints)
    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(channels)
        handle.setsampwidth(width)
        handle.setframerate(rate)
        handle.writeframes(raw)
    return out.getvalue()


def tone(seconds: float, rate: int, hertz: float = 440.0, level: float = 0.5) -> np.ndarray:
    return level * np.sin(2 * np.pi * hertz * np.arange(int(seconds * rate)) / rate)


def test_a_recorded_clip_is_read_as_16k_mono():
    samples = read_wav(CLIPS / "en01.wav")
    assert samples.dtype == np.float32 and samples.ndim == 1
    with wave.open(str(CLIPS / "en01.wav")) as handle:
        assert len(samples) == handle.getnframes()
    assert 0.1 < np.abs(samples).max() <= 1.0


@pytest.mark.parametrize("rate,channels,width", [(44_100, 2, 2), (22_050, 1, 3), (8_000, 1, 1), (48_000, 2, 3)])
def test_other_rates_channels_and_widths_become_16k_mono(rate, channels, width):
    mono = tone(0.5, rate)
    both = np.stack([mono, mono], axis=1) if channels == 2 else mono
    samples = read_wav(wav_bytes(both, rate, channels, width))
    assert abs(len(samples) - 0.5 * SAMPLE_RATE) <= 1
    expected = tone(0.5, SAMPLE_RATE)[: len(samples)]
    assert np.abs(samples[50:-50] - expected[50:-50]).max() < 0.02  # the same 440 Hz tone, resampled


def test_stereo_channels_are_averaged():
    left, right = tone(0.2, SAMPLE_RATE, level=0.4), np.zeros(int(0.2 * SAMPLE_RATE))
    samples = read_wav(wav_bytes(np.stack([left, right], axis=1), SAMPLE_RATE, channels=2))
    assert np.allclose(samples, left / 2, atol=1e-4)


@pytest.mark.parametrize("content,message", [
    (b"", "not a WAV"), (b"RIFF\x00\x00\x00\x00WAVEjunk", "not a WAV"), ("text instead of sound".encode(), "not a WAV"),
])
def test_what_is_not_a_wav_gets_a_clear_message(tmp_path, content, message):
    path = tmp_path / "wish.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match=message):
        read_wav(path)


def test_a_missing_file_an_empty_one_and_a_long_one_are_refused(tmp_path):
    with pytest.raises(AudioError, match="no such file"):
        read_wav(tmp_path / "absent.wav")
    with pytest.raises(AudioError, match="holds no sound"):
        read_wav(wav_bytes(np.zeros(0), SAMPLE_RATE))
    with pytest.raises(AudioError, match="at most 60 s"):
        read_wav(wav_bytes(np.zeros(61 * 8_000), 8_000))


def pcm(samples: np.ndarray) -> bytes:
    return np.round(np.asarray(samples) * 32767).astype("<i2").tobytes()


def test_a_recording_keeps_chunks_split_anywhere_and_forgets_them_once_taken():
    sound = tone(1.0, SAMPLE_RATE, level=0.3)
    data = pcm(sound)
    recording = Recording()
    for start in range(0, len(data), 333):  # odd sizes: samples split between chunks
        recording.add(data[start:start + 333])
    assert recording.seconds == pytest.approx(1.0)
    taken = recording.take()
    assert np.allclose(taken, sound, atol=1 / 16_000)
    assert recording.seconds == 0 and len(recording.take()) == 0 and recording.level == 0


def test_a_recording_stops_growing_at_the_cap():
    recording = Recording()
    piece = pcm(tone(0.7, SAMPLE_RATE, level=0.1))  # the cap falls inside a piece
    for _ in range(int(MAX_SECONDS / 0.7) + 2):
        recording.add(piece)
    assert recording.full and recording.seconds == pytest.approx(MAX_SECONDS)
    recording.drop()
    assert not recording.full and recording.seconds == 0


def test_the_level_follows_loudness():
    assert loudness(np.zeros(1600)) == 0
    assert loudness(np.ones(1600)) == 1
    quiet, loud = loudness(tone(0.1, SAMPLE_RATE, level=0.01)), loudness(tone(0.1, SAMPLE_RATE, level=0.5))
    assert 0 < quiet < loud < 1
    recording = Recording()
    recording.add(pcm(tone(0.1, SAMPLE_RATE, level=0.5)))
    assert recording.level == pytest.approx(loud, abs=0.01)
