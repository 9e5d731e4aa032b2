"""How the GUI says things in the shopper's language: through Qt's translator.

Visible text is written in English where it is made and marked for `pyside6-lupdate`:
`tr("…")` in the GUI, `QT_TR_NOOP("…")` where text is kept as data first (a question's
title, a chip's words, an explanation's template). The translations live in
`assets/i18n/*.ts`, which `python -m app.ui.i18n` updates with lupdate and compiles with
lrelease. Text with a count uses Qt's plural forms: `tr("%n phones fit", None, count)`
(lupdate sees the count only as the third argument, not as a keyword).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.recommend.explain import FACT_WORDS, TEMPLATES, Explanation
from app.translatable import QT_TR_NOOP

# Brands Chinese shoppers call by a Chinese name; the rest keep their Latin names (OPPO, vivo, Nothing, …).
BRAND_NAMES = (
    QT_TR_NOOP("Apple"), QT_TR_NOOP("Samsung"), QT_TR_NOOP("Google"), QT_TR_NOOP("Xiaomi"), QT_TR_NOOP("Huawei"),
    QT_TR_NOOP("Honor"), QT_TR_NOOP("OnePlus"), QT_TR_NOOP("Realme"), QT_TR_NOOP("Motorola"), QT_TR_NOOP("Sony"),
    QT_TR_NOOP("Nokia"), QT_TR_NOOP("Lenovo"), QT_TR_NOOP("Meizu"), QT_TR_NOOP("Nubia"), QT_TR_NOOP("ZTE"),
    QT_TR_NOOP("Asus"),
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the shopper's language; with `n`, the plural form for n, with %n replaced by it."""
    return QCoreApplication.translate("", text, disambiguation, n)


def fact_text(text: str) -> str:
    """A catalog fact ("5,000 mAh battery") with its fixed words translated."""
    whole = tr(text)
    if whole != text:
        return whole
    for words in FACT_WORDS:
        text = text.replace(words, tr(words))
    return text


def _value_text(key: str, value):
    if isinstance(value, Explanation):
        return explanation_text(value)
    if not isinstance(value, str):
        return value
    if key == "fact":
        return fact_text(value)
    if key == "brands":
        return " / ".join(tr(brand) for brand in value.split(" / "))
    return tr(value)


def explanation_text(explanation: Explanation) -> str:
    """An explanation in the shopper's language; without a translation, the recommender's own English."""
    template = TEMPLATES[explanation.code]
    translated = tr(template)
    if translated == template:
        return explanation.text
    try:
        if explanation.code == "several":
            first, second = explanation.values["changes"]
            return translated.format(first=explanation_text(first), second=explanation_text(second))
        return translated.format(**{key: _value_text(key, value) for key, value in explanation.values.items()})
    except (KeyError, IndexError, ValueError):   # a translation that names a value the code lacks
        return explanation.text
