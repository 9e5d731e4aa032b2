"""A phone's comparison card, and the drawn placeholder that stands in for its photo."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.catalog.scores import chip_name
from app.catalog.prices import price_words_key
from app.money import price_text
from app.recommend.explain import phone_name
from app.translatable import QT_TR_NOOP
from app.ui.common import keyed_text
from app.ui.words import explanation_text, tr

CRITIQUE_BUTTONS = (("cheaper", QT_TR_NOOP("Cheaper")), ("better_camera", QT_TR_NOOP("Better camera")),
                    ("longer_battery", QT_TR_NOOP("Longer battery")), ("smaller", QT_TR_NOOP("Smaller")),
                    ("bigger_screen", QT_TR_NOOP("Bigger screen")), ("faster", QT_TR_NOOP("Faster")),
                    ("newer", QT_TR_NOOP("Newer")))
BRAND_COLOURS = {"Apple": "#5f6b7a", "Samsung": "#1f4aa8", "Google": "#2f8f4e", "Xiaomi": "#e0621b",
                 "OnePlus": "#c8102e", "Motorola": "#2b5797", "Sony": "#333333", "Huawei": "#c7000b",
                 "Honor": "#2a6ebb", "Oppo": "#1a8a5a", "Vivo": "#415fff", "Nothing": "#222222"}


def key_specs(phone: dict, prefs) -> list[tuple[str, str]]:
    """3-4 facts, those the shopper cares about first."""
    specs = {
        "battery": (tr("Battery"), f"{phone['battery_mah']:,} mAh" if phone["battery_mah"] else None),
        "display": (tr("Screen"), f"{phone['screen_in']:g}\"" + (f" {phone['refresh_hz']} Hz" if phone["refresh_hz"]
                                                                    else "") if phone["screen_in"] else None),
        "camera": (tr("Camera"), f"{phone['main_camera_mp']:g} MP" if phone["main_camera_mp"] else None),
        "performance": (tr("Chip"), chip_name(phone["chipset"])),
        "lightweight": (tr("Weight"), f"{phone['weight_g']:g} g" if phone["weight_g"] else None),
        "storage": (tr("Storage"), " / ".join(f"{s // 1024} TB" if s >= 1024 else f"{s} GB"
                                               for s in phone["storage_gb"][:3]) or None),
        "charging": (tr("Charging"), f"{phone['charging_w']:g} W" if phone["charging_w"] else None),
    }
    order = [a for a in prefs.priorities if a in specs] + ["display", "battery", "camera", "performance"]
    out, seen = [], set()
    for aspect in order:
        if aspect not in seen and specs[aspect][1]:
            out.append(specs[aspect])
            seen.add(aspect)
    return out[:4]


def fit_words(rank: int, score: float, best: float | None) -> str:
    """How well a phone fits, in words: a percentage means nothing to a shopper (the best phone
    for a narrow wish may score 57%), so each card is said against the first."""
    if rank == 1:
        return QT_TR_NOOP("★★★★★ Best match")
    ratio = score / best if best else 1.0
    if ratio >= 0.97:
        return QT_TR_NOOP("★★★★☆ Almost as good")
    if ratio >= 0.9:
        return QT_TR_NOOP("★★★☆☆ Good match")
    return QT_TR_NOOP("★★☆☆☆ Fair match")


class PhonePicture(QWidget):
    """A clean drawing instead of a photo: the phone's outline at its screen size, and the brand initial."""

    def __init__(self, phone: dict, parent=None):
        super().__init__(parent)
        self.phone = phone
        self.setFixedSize(84, 120)
        self.setAccessibleName(phone_name(phone))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        size = self.phone.get("screen_in") or 6.3
        scale = max(0.72, min(1.0, size / 6.9))
        height = 110 * scale
        width = height * (0.46 if not self.phone.get("foldable") else 0.8)
        body = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        colour = QColor(BRAND_COLOURS.get(self.phone["brand"], "#4a5568"))
        path = QPainterPath()
        path.addRoundedRect(body, 10, 10)
        painter.fillPath(path, colour)
        screen = body.adjusted(4, 4, -4, -4)
        inner = QPainterPath()
        inner.addRoundedRect(screen, 7, 7)
        painter.fillPath(inner, QColor("#f7f9fc"))
        painter.setPen(QPen(colour))
        font = QFont(self.font())
        font.setPointSizeF(22)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(screen, Qt.AlignCenter, self.phone["brand"][:1])
        painter.end()


class PhoneCard(QFrame):
    critique = Signal(str, str)      # phone id, critique kind
    keep = Signal(str)
    compare = Signal(str)

    def __init__(self, rank: int, item, prefs, kept: bool, compared: bool, currency: str = "USD",
                 best: float | None = None, parent=None):
        """`best`: the match score of the first card, which this card's fit is said against."""
        super().__init__(parent)
        phone = item.phone
        self.phone_id = phone["id"]
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.addWidget(PhonePicture(phone))
        title_box = QVBoxLayout()
        name = QLabel(f"<b>#{rank} {html.escape(phone_name(phone))}</b>")
        name.setObjectName("cardTitle")
        name.setWordWrap(True)
        title_box.addWidget(name)
        if phone["price_usd"]:
            price = price_text(phone["price_usd"], currency)
            key, values = price_words_key(phone.get("price"), price)
            price += f" · {keyed_text(key, values)}"   # launch price, seen in Sep 2026, store price
            if phone.get("in_stock") is not None:
                price += f" · {tr('in stock') if phone['in_stock'] else tr('out of stock')}"
        else:
            price = tr("Price unknown")
        price_label = QLabel(f"{phone['year']} · {price}")
        price_label.setWordWrap(True)
        title_box.addWidget(price_label)
        match = QLabel(tr(fit_words(rank, item.score, best)))
        match.setObjectName("match")
        title_box.addWidget(match)
        title_box.addStretch(1)
        top.addLayout(title_box, 1)
        layout.addLayout(top)

        specs = QGridLayout()
        for row, (label, value) in enumerate(key_specs(phone, prefs)):
            specs.addWidget(QLabel(label), row, 0)
            value_label = QLabel(f"<b>{value}</b>")
            value_label.setWordWrap(True)
            specs.addWidget(value_label, row, 1)
        layout.addLayout(specs)

        for reason in item.reasons[:3]:
            label = QLabel("✓ " + explanation_text(reason))
            label.setObjectName("reason")
            label.setWordWrap(True)
            layout.addWidget(label)
        # weak points in red; the trade-off against #1 ("$149 cheaper than #1") is neither good nor bad
        for mark, name, explanations in (("– ", "weakness", item.weaknesses[:2]),
                                         ("⇄ ", "tradeoff", item.tradeoffs[:1])):
            for explanation in explanations:
                label = QLabel(mark + explanation_text(explanation))
                label.setObjectName(name)
                label.setWordWrap(True)
                layout.addWidget(label)
        # spare height goes here, so the buttons line up across a row of cards
        layout.addStretch(1)

        critiques = QGridLayout()
        for k, (kind, text) in enumerate(CRITIQUE_BUTTONS):
            button = QPushButton(tr(text))
            button.setObjectName("critique")
            button.setAccessibleName(f"{tr(text)}: {phone_name(phone)}")
            button.clicked.connect(lambda _=False, kind=kind: self.critique.emit(self.phone_id, kind))
            critiques.addWidget(button, k // 4, k % 4)
        layout.addLayout(critiques)

        actions = QHBoxLayout()
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.keep.emit(self.phone_id))
        self.compare_button = QPushButton()
        self.compare_button.setCheckable(True)
        self.compare_button.clicked.connect(lambda: self.compare.emit(self.phone_id))
        actions.addWidget(self.keep_button)
        actions.addWidget(self.compare_button)
        layout.addLayout(actions)
        self.mark(kept, compared)

    def mark(self, kept: bool, compared: bool) -> None:
        """Show whether the phone is kept and chosen for comparison, in place."""
        self.keep_button.setText(tr("Kept") if kept else tr("Keep"))
        self.keep_button.setObjectName("secondary" if kept else "primary")
        self.keep_button.style().unpolish(self.keep_button)
        self.keep_button.style().polish(self.keep_button)
        self.compare_button.setText(("✓ " if compared else "") + tr("Compare"))
        self.compare_button.setChecked(compared)
