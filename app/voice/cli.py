"""`python -m app listen FILE.wav [--language en|zh]`: a spoken wish -> {"text", "prefs"} JSON.

Voice without a microphone, for scripts and tests: the file is read into memory,
transcribed with the voice extra's Whisper model and read like typed text
(`prefs` exactly as `python -m app nlu` prints them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.wav", help="the spoken wish: a PCM WAV file, at most 60 s")
    parser.add_argument("--language", choices=("en", "zh"), default="en", help="the language spoken (default: en)")
    parser.add_argument("--model-cache", metavar="DIR", type=Path, default=None,
                        help="where the assembled Whisper model is kept (default: the app's cache folder)")


def run(args: argparse.Namespace) -> int:
    from app.voice.audio import AudioError, read_wav
    from app.voice.model import VoiceUnavailable
    from app.voice.recogniser import Recogniser

    try:
        samples = read_wav(args.file)
        text = Recogniser(cache=args.model_cache).transcribe(samples, args.language)
        del samples  # the audio is not needed any more
    except (AudioError, VoiceUnavailable) as error:
        print(f"listen: {error}", file=sys.stderr)
        return 1

    from app.understanding import ModelUnavailable, parse

    try:
        prefs = parse(text).prefs.to_dict()
    except ModelUnavailable as error:
        print(f"listen: heard {text!r}, but {error}", file=sys.stderr)
        return 1
    print(json.dumps({"text": text, "prefs": prefs}, ensure_ascii=False))
    return 0
