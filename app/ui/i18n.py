"""`python -m app.ui.i18n`: update the translations and compile them, with Qt's own tools.

`pyside6-lupdate` reads the app's source for marked text — `tr("…")`, `QT_TR_NOOP("…")`, and
the Session's `Note("…")` and `BadInput("…")`, whose first argument is always a text key — and
updates each language's .ts file: new text comes in unfinished, text no longer used goes,
translations are kept. A translator fills the .ts (Qt Linguist, or by hand), and
`pyside6-lrelease` compiles it to the .qm the app loads. English is the source language, so
its .ts holds only the plural forms ("%n phone fits" / "%n phones fit").

Both files are committed; a test checks that the .ts files are current with the source, fully
translated, and that each .qm is what lrelease makes of its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from app.paths import ASSETS_DIR

I18N_DIR = ASSETS_DIR / "i18n"
SOURCE_DIR = Path(__file__).resolve().parents[1]          # the `app` package
LANGUAGES = ("zh_CN", "en")
# Functions whose first argument is a text key, besides Qt's own markers.
TEXT_KEY_FUNCTIONS = "QT_TR_NOOP+=Note,QT_TR_NOOP+=BadInput"


def ts_file(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"phone_guide_{language}.ts"


def qm_file(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"phone_guide_{language}.qm"


def tool(name: str) -> str:
    """One of Qt's tools as PySide6 installs it beside the interpreter (`pyside6-lupdate`, …)."""
    return shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")


def update(folder: Path = I18N_DIR) -> None:
    """Bring the .ts files in `folder` up to date with the source (lupdate)."""
    sources = sorted(str(p) for p in SOURCE_DIR.rglob("*.py"))
    for language in LANGUAGES:
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-tr-function-alias", TEXT_KEY_FUNCTIONS, "-source-language", "en",
                        "-target-language", language, *plural_only, *sources, "-ts", str(ts_file(language, folder))],
                       check=True)


def release(ts: Path, qm: Path) -> None:
    """Compile one .ts into the .qm the app loads (lrelease)."""
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` that have no translation yet (every plural form counts)."""
    missing = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
                (form.text or "").strip() for form in forms):
            missing.append(message.findtext("source"))
    return missing


def main(argv: list[str] | None = None) -> int:
    """Update the .ts files from the source and compile them; `--compile`: only compile (the build's step)."""
    compile_only = "--compile" in (sys.argv[1:] if argv is None else argv)
    if not compile_only:
        update()
    for language in LANGUAGES:
        release(ts_file(language), qm_file(language))
        if compile_only:
            continue
        missing = unfinished(ts_file(language))
        print(f"{ts_file(language).name}: {len(missing)} to translate" + "".join(f"\n  {m}" for m in missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
