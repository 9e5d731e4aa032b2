"""The phones the shopper kept: each can be taken off; on a desktop the comparison can be
saved (CSV or a printable page), on a kiosk it is a QR code to take away."""

from __future__ import annotations

import csv
import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.preferences import Preferences
from app.recommend.explain import phone_name
from app.translatable import QT_TR_NOOP
from app.ui.common import clear, heading_with_back
from app.ui.compare_page import comparison_rows, price_label
from app.ui.words import tr

# The ways to take a shortlist home: the button's words and the file type.
EXPORTS = {"csv": (QT_TR_NOOP("Export CSV…"), "CSV (*.csv)"), "pdf": (QT_TR_NOOP("Save as PDF…"), "PDF (*.pdf)"),
           "html": (QT_TR_NOOP("Export printable page…"), "HTML (*.html)")}


def shortlist_text(phones: list[dict], currency: str) -> str:
    return "\n".join(f"{phone_name(p)} ({p['year']}) {price_label(p['price_usd'], currency)}"
                     for p in phones)


def export(phones: list[dict], prefs: Preferences, currency: str, kind: str, path: str | Path) -> Path:
    """The comparison of the kept phones as CSV, a printable HTML page, or a PDF (Qt writes it from the
    same page, with the bundled fonts, so Chinese names print too)."""
    rows = comparison_rows(phones, prefs, currency)
    names = [phone_name(p) for p in phones]
    target = Path(path)
    if kind == "csv":
        with open(target, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([""] + names)
            for name, values, _ in rows:
                writer.writerow([name] + values)
        return target
    page = comparison_page(rows, names)
    if kind == "pdf":
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.A4))
        writer.setTitle("Shortlist")
        document = QTextDocument()
        document.setHtml(page)
        document.print_(writer)
        return target
    target.write_text(page, encoding="utf-8")
    return target


def comparison_page(rows, names: list[str]) -> str:
    """The comparison as one HTML page, the best value of each row marked."""
    cells = "".join(f"<tr><th>{html.escape(name)}</th>" + "".join(
        f"<td{' class=best' if i in best else ''}>{html.escape(v)}</td>" for i, v in enumerate(values))
        + "</tr>" for name, values, best in rows)
    return ("<!doctype html><meta charset=utf-8><title>Shortlist</title><style>body{font-family:sans-serif}"
            "table{border-collapse:collapse}td,th{border:1px solid #999;padding:6px 10px;text-align:left}"
            ".best{background:#d7f5e3;font-weight:bold}</style><table><tr><th></th>"
            + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>" + cells + "</table>")


class ShortlistPage(QWidget):
    take_off = Signal(str)        # phone id
    export_asked = Signal(str)    # "csv" or "html"
    back = Signal()

    def __init__(self, kiosk: bool):
        super().__init__()
        self.kiosk = kiosk
        self.layout_ = QVBoxLayout(self)

    def paint(self, phones: list[dict], currency: str) -> None:
        clear(self.layout_)
        heading_with_back(self.layout_, tr("Your shortlist"), self.back)
        if not phones:
            self.layout_.addWidget(QLabel(tr("Your shortlist is empty. Tap Keep on a phone to add it.")))
            self.layout_.addStretch(1)
            return
        kept = QGridLayout()
        for k, phone in enumerate(phones):
            price = price_label(phone["price_usd"], currency)
            kept.addWidget(QLabel(f"<b>{html.escape(phone_name(phone))}</b> "
                                  f"({phone['year']}) — {price}"), k, 0)
            remove = QPushButton(tr("Remove"))
            remove.setAccessibleName(f"{tr('Remove')}: {phone_name(phone)}")
            remove.clicked.connect(lambda _=False, phone_id=phone["id"]: self.take_off.emit(phone_id))
            kept.addWidget(remove, k, 1)
        kept.setColumnStretch(2, 1)
        self.layout_.addLayout(kept)
        if self.kiosk:
            from app.ui.kiosk import qr_label

            self.layout_.addWidget(QLabel(tr("Scan to take your shortlist with you")))
            self.layout_.addWidget(qr_label(shortlist_text(phones, currency)))
        else:
            row = QHBoxLayout()
            for kind, (text, _) in EXPORTS.items():
                button = QPushButton(tr(text))
                button.clicked.connect(lambda _=False, kind=kind: self.export_asked.emit(kind))
                row.addWidget(button)
            row.addStretch(1)
            self.layout_.addLayout(row)
        self.layout_.addStretch(1)
