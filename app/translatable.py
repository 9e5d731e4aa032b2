"""Marks English text that the GUI translates later, so that `pyside6-lupdate` finds it.

Much of what the GUI shows is kept as data first: a question's title, an option's label, a
chip's words, a note from the Session, an explanation's template. lupdate reads source code,
so the place where such text is written marks it with `QT_TR_NOOP`, the name lupdate knows;
the GUI translates it when it paints (`app.ui.words.tr`). Nothing here imports Qt, so the
Session and the recommender stay free of it.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text
