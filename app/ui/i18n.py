"""`python -m app.ui.i18n`: write the Qt translation source (.ts) and compile it (.qm).

The .ts file is made from `app/ui/words.py` (the one table of visible strings) and
compiled with Qt's own `lrelease` (shipped with PySide6 as `pyside6-lrelease`).
Both files are committed; the app loads only the .qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from app.paths import ASSETS_DIR
from app.ui.words import CHINESE, CONTEXT

I18N_DIR = ASSETS_DIR / "i18n"
TS_FILE = I18N_DIR / "phone_guide_zh_CN.ts"
QM_FILE = I18N_DIR / "phone_guide_zh_CN.qm"


def write_ts(path: Path = TS_FILE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="zh_CN">',
             "<context>", f"    <name>{CONTEXT}</name>"]
    for english in sorted(CHINESE):
        lines += ["    <message>", f"        <source>{escape(english)}</source>",
                  f"        <translation>{escape(CHINESE[english])}</translation>", "    </message>"]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def main() -> int:
    ts = write_ts()
    subprocess.run([lrelease(), str(ts), "-qm", str(QM_FILE)], check=True)
    print(f"wrote {ts} and {QM_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
