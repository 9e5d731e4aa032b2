"""Build the one-folder desktop bundle, dist/phone-guide/ (run from anywhere, with the `bundle` extra):

    .venv/bin/pip install -e '.[bundle]' && .venv/bin/python packaging/build_bundle.py

1. compiles the translations (assets/i18n/*.ts) with Qt's lrelease, then installs the app's own
   wheel, without dependencies, into build/bundle/site: the bundle carries exactly the files
   `pip install .` gives (catalog, model, font, translations);
2. runs PyInstaller with packaging/phone-guide.spec on that copy;
3. puts the licences beside the program (licenses/: the project's, each Python package's, the
   LGPL and GPL texts for Qt, and on Linux the copyright file of each system library copied in);
4. checks that the build machine had every system library Qt's X11 plugin needs (PyInstaller copies
   them from it; without them the bundle opens no window on X11);
5. runs the bundle's `--version`, which must print the app's version, and prints size and time.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = ("LICENSE", "NOTICE", "THIRD-PARTY.md", "CHANGELOG.md")
LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|THIRDPARTYNOTICES|AUTHORS)", re.IGNORECASE)


def app_version() -> str:
    """The version written in app/__init__.py (the wheel's version comes from the same line)."""
    for line in (ROOT / "app" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("app/__init__.py has no __version__")


def executable(bundle: Path) -> Path:
    return bundle / ("phone-guide.exe" if sys.platform == "win32" else "phone-guide")


def folder_mb(folder: Path) -> float:
    """Size on disk, each file once (a bundle has symbolic links between its libraries)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


def run(*command: str, **options) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **options)


def bundled_distributions(bundle: Path, work: Path) -> list[metadata.Distribution]:
    """The installed Python packages whose modules PyInstaller put in the bundle (the app itself left out)."""
    toc = ast.literal_eval((work / "pyinstaller" / "phone-guide" / "PYZ-00.toc").read_text(encoding="utf-8"))
    top_level = {entry[0].split(".")[0] for entry in toc[1]}
    top_level |= {path.name for path in (bundle / "_internal").iterdir() if path.is_dir()}
    owners = metadata.packages_distributions()
    names = {owner for name in top_level for owner in owners.get(name, [])} - {"phone-guide", "phone_guide"}
    return [metadata.distribution(name) for name in sorted(names, key=str.lower)]


def declared_licence(dist: metadata.Distribution) -> str:
    classifiers = [line.split(" :: ")[-1] for line in dist.metadata.get_all("Classifier") or []
                   if line.startswith("License ::")]
    return dist.metadata.get("License-Expression") or " / ".join(classifiers) or dist.metadata.get("License") \
        or "see its folder"


def copy_licences(bundle: Path, work: Path) -> int:
    """licenses/ beside the program; returns how many files were put there."""
    target = bundle / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    copied = 0
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, target / name)
        copied += 1
    for text in (ROOT / "packaging" / "licenses").iterdir():
        shutil.copy2(text, target / text.name)
        copied += 1
    bundled = bundled_distributions(bundle, work)
    (target / "PACKAGES.txt").write_text(
        "Python packages in this bundle (name, version, licence as the package declares it):\n" + "".join(
            f"{dist.metadata['Name']} {dist.version}: {declared_licence(dist)}\n" for dist in bundled),
        encoding="utf-8")
    for dist in bundled:
        folder = target / dist.metadata["Name"]
        for file in dist.files or []:
            if LICENCE_NAME.match(file.name) and "tests" not in file.parts:
                source = Path(str(file.locate()))
                if source.is_file():
                    folder.mkdir(exist_ok=True)
                    shutil.copy2(source, folder / "-".join(file.parts[-2:] if len(file.parts) > 2 else file.parts))
                    copied += 1
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for python_licence in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if python_licence.is_file():
            (target / "python").mkdir(exist_ok=True)
            shutil.copy2(python_licence, target / "python" / "LICENSE.txt")
            copied += 1
            break
    return copied + copy_system_copyrights(bundle, target / "system")


def copy_system_copyrights(bundle: Path, target: Path) -> int:
    """On Debian-like systems: the copyright file of each package whose library PyInstaller copied in."""
    if shutil.which("dpkg") is None:
        return 0
    names = sorted({path.name for path in bundle.rglob("*.so*") if path.is_file()})
    owners = subprocess.run(["dpkg", "-S", *names], capture_output=True, text=True).stdout
    copied = 0
    for package in sorted({line.split(":")[0] for line in owners.splitlines() if ": " in line}):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            (target / package).mkdir(parents=True, exist_ok=True)
            shutil.copy2(copyright_file, target / package / "copyright")
            copied += 1
    return copied


def build(dist: Path, work: Path) -> tuple[Path, list[str]]:
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    # setuptools builds in the checkout's build/lib and never removes what is gone from the source there
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    # the translations, compiled fresh from their .ts sources by Qt's lrelease
    run(sys.executable, "-m", "app.ui.i18n", "--compile", cwd=ROOT)
    run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
        "--target", str(site), str(ROOT))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
               str(ROOT / "packaging" / "phone-guide.spec")]
    print("+", " ".join(command), flush=True)
    built = subprocess.run(command, env={**os.environ, "PHONE_GUIDE_BUNDLE_SITE": str(site)}, capture_output=True,
                           text=True)
    print(built.stderr, file=sys.stderr)
    if built.returncode:
        raise SystemExit(built.returncode)
    bundle = dist / "phone-guide"
    copy_licences(bundle, work)
    return bundle, missing_for_the_window(built.stderr)


def missing_for_the_window(pyinstaller_log: str) -> list[str]:
    """System libraries that Qt's screen plugins need and the build machine lacks: PyInstaller copies the
    build machine's, so without them the bundle opens no window on X11 (the offscreen plugin still works)."""
    found = re.findall(r"Library not found: could not resolve '([^']+)', dependency of '[^']*"
                       r"(?:/platforms/|XcbQpa)", pyinstaller_log)
    return sorted(set(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder desktop bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="scratch folder")
    parser.add_argument("--allow-missing-libraries", action="store_true",
                        help="keep a bundle that lacks system libraries for the X11 window (tests, headless use)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed here: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    started = time.perf_counter()
    bundle, missing = build(args.dist.resolve(), args.work.resolve())
    seconds = time.perf_counter() - started
    if missing:
        print(f"This machine lacks {', '.join(missing)}, which Qt's X11 plugin needs: the bundle would open no "
              "window on X11. Install them (Debian/Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1 "
              "libxcb-cursor0) and build again.", file=sys.stderr)
        if not args.allow_missing_libraries:
            return 1
    printed = subprocess.run([str(executable(bundle)), "--version"], capture_output=True, text=True, timeout=120)
    expected = f"phone-guide {app_version()}"
    if printed.stdout.strip() != expected:
        print(f"The bundle says {printed.stdout.strip()!r} ({printed.stderr.strip()[-500:]}), expected {expected!r}",
              file=sys.stderr)
        return 1
    print(json.dumps({"bundle": str(bundle), "version": app_version(), "size_mb": round(folder_mb(bundle)),
                      "files": sum(1 for path in bundle.rglob("*") if path.is_file()),
                      "build_s": round(seconds)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
