"""Phones side by side: one row per fact, the best value of each row marked, the rows that
matter to this shopper first. Each phone can be taken out; Back returns to the results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.catalog.scores import chip_name
from app.money import price_text
from app.preferences import Preferences
from app.recommend.explain import phone_name
from app.session import MAX_COMPARE
from app.ui.common import clear, heading_with_back
from app.ui.words import tr


def price_label(amount_usd: float | None, currency: str) -> str:
    """A catalog price in the store's currency."""
    return price_text(amount_usd, currency) if amount_usd else tr("Price unknown")


def _best(values, higher=True) -> set[int]:
    """The columns holding the best known value; nothing where every known value is the same."""
    known = [v for v in values if v is not None]
    if len(known) < 2 or len(set(known)) == 1:
        return set()
    top = max(known) if higher else min(known)
    return {i for i, v in enumerate(values) if v == top}


def comparison_rows(phones: list[dict], prefs: Preferences, currency: str) -> list[tuple[str, list[str], set[int]]]:
    """(fact, values, which columns are best) — rows that matter to this shopper first."""
    rows = {
        "value": (tr("Price"), [p["price_usd"] for p in phones], False, lambda v: price_label(v, currency)),
        "battery": (tr("Battery"), [p["battery_mah"] for p in phones], True, lambda v: f"{v:,} mAh"),
        # a shopper who asked for a small phone is best served by the smallest screen
        "display": (tr("Screen"), [p["screen_in"] for p in phones], prefs.size != "compact", lambda v: f"{v:g}\""),
        "camera": (tr("Camera"), [p["main_camera_mp"] for p in phones], True, lambda v: f"{v:g} MP"),
        "performance": (tr("RAM"), [p["ram_gb"] for p in phones], True, lambda v: f"{v:g} GB"),
        "lightweight": (tr("Weight"), [p["weight_g"] for p in phones], False, lambda v: f"{v:g} g"),
        "charging": (tr("Charging"), [p["charging_w"] for p in phones], True, lambda v: f"{v:g} W"),
        "storage": (tr("Storage"), [max(p["storage_gb"]) if p["storage_gb"] else None for p in phones], True,
                    lambda v: f"{v} GB"),
        "selfie_camera": (tr("Selfie camera"), [p["selfie_camera_mp"] for p in phones], True, lambda v: f"{v:g} MP"),
        "software_updates": (tr("Year"), [p["year"] for p in phones], True, str),
    }
    size_matters = ["display"] if prefs.size else []
    order = [a for a in prefs.priorities if a in rows] + size_matters + list(rows)
    out, seen = [], set()
    for aspect in order:
        if aspect in seen:
            continue
        seen.add(aspect)
        name, values, higher, show = rows[aspect]
        out.append((name, [tr("unknown") if v is None else show(v) for v in values], _best(values, higher)))
    # the rating itself where it is known: IP52 keeps out splashes, IP68 survives a dip
    water = [p.get("water_resistance") for p in phones]
    out.append((tr("Water resistance"), [p.get("ip_rating") or (tr("unknown") if v is None else tr("yes") if v
                                                               else tr("no")) for p, v in zip(phones, water)],
                _best(water)))
    jack = [p["headphone_jack"] for p in phones]
    out.append((tr("Headphone jack"), [tr("unknown") if v is None else tr("yes") if v else tr("no") for v in jack],
                _best(jack)))
    out.append((tr("Chip"), [chip_name(p["chipset"]) or tr("unknown") for p in phones], set()))
    return out


class ComparePage(QWidget):
    take_out = Signal(str)   # phone id
    back = Signal()

    def __init__(self, high_contrast: bool = False):
        super().__init__()
        self.high_contrast = high_contrast
        self.layout_ = QVBoxLayout(self)
        self.table: QTableWidget | None = None

    def paint(self, phones: list[dict], prefs: Preferences, currency: str) -> None:
        clear(self.layout_)
        self.table = None
        heading_with_back(self.layout_, tr("Compare phones"), self.back)
        if len(phones) < 2:
            self.layout_.addWidget(QLabel(tr("Choose 2 to 4 phones to compare.")))
            self._take_out_buttons(phones)
            self.layout_.addStretch(1)
            return
        self.layout_.addWidget(QLabel(tr("Up to %n phones side by side.", None, MAX_COMPARE)))
        rows = comparison_rows(phones, prefs, currency)
        table = QTableWidget(len(rows), len(phones))
        table.setHorizontalHeaderLabels([phone_name(p) for p in phones])
        table.setVerticalHeaderLabels([r[0] for r in rows])
        for r, (_, values, best) in enumerate(rows):
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c in best:
                    cell.setBackground(QColor("#ffff00" if self.high_contrast else "#cdeed8"))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(r, c, cell)
        # equal columns: no phone looks more important because its column is wider
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table = table
        self.layout_.addWidget(table, 1)
        self._take_out_buttons(phones)

    def _take_out_buttons(self, phones: list[dict]) -> None:
        row = QHBoxLayout()
        for phone in phones:
            name = phone_name(phone)
            button = QPushButton(tr("Remove {phone}").format(phone=name))
            button.setAccessibleName(tr("Remove {phone}").format(phone=name))
            button.clicked.connect(lambda _=False, phone_id=phone["id"]: self.take_out.emit(phone_id))
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
