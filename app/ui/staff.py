"""The staff screen: language, currency and market, the kiosk's behaviour, the staff PIN, and the
store's own list (import a file, bring the previous list back, show only the store's assortment,
a folder the chain's IT syncs lists into). Shoppers reach it only through the staff PIN."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget)

from app.money import STORE_CURRENCIES, SYMBOLS
from app.settings import LIMITS, MARKETS, Settings
from app.ui.words import tr


class StaffScreen(QDialog):
    def __init__(self, app):
        super().__init__(app.window)
        self.app = app
        settings: Settings = app.settings
        self.setWindowTitle(tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(1 if settings.language == "zh_CN" else 0)
        self.currency = QComboBox()
        for code in STORE_CURRENCIES:
            self.currency.addItem(f"{code} {SYMBOLS.get(code, '')}".strip(), code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(settings.currency)))
        self.market = QComboBox()
        for market in MARKETS:
            self.market.addItem(market, market)
        self.market.setCurrentIndex(max(0, self.market.findData(settings.market)))
        self.idle = QSpinBox()
        self.idle.setRange(*LIMITS["idle_timeout_s"])
        self.idle.setValue(settings.idle_timeout_s)
        self.year = QSpinBox()
        self.year.setRange(*LIMITS["oldest_year_shown"])
        self.year.setValue(settings.oldest_year_shown)
        self.collaborative = QCheckBox()
        self.collaborative.setChecked(settings.collaborative_signal)
        self.contrast = QCheckBox()
        self.contrast.setChecked(settings.high_contrast)
        self.text_size = QComboBox()
        for percent in (100, 125, 150, 200):
            self.text_size.addItem(f"{percent}%", percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_size_percent)))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.only_ours = QCheckBox()
        self.only_ours.setChecked(settings.only_assortment)
        self.folder = QLineEdit(settings.store_folder)
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        list_row = QWidget()
        row = QHBoxLayout(list_row)
        row.setContentsMargins(0, 0, 0, 0)
        importing = QPushButton(tr("Import the store's list…"))
        importing.clicked.connect(lambda: self.import_list())
        reverting = QPushButton(tr("Bring back the previous list"))
        reverting.clicked.connect(self.revert_list)
        row.addWidget(importing)
        row.addWidget(reverting)
        self.list_state = QLabel(self.describe_list())
        for text, widget in ((tr("Language"), self.language), (tr("Currency"), self.currency),
                             (tr("Market"), self.market), (tr("Idle timeout (seconds)"), self.idle),
                             (tr("Show phones from year"), self.year),
                             (tr("Learn from earlier shoppers on this device"), self.collaborative),
                             (tr("High contrast"), self.contrast), (tr("Text size"), self.text_size),
                             (tr("New staff PIN (leave empty to keep)"), self.pin),
                             (tr("Store list"), self.list_state), ("", list_row),
                             (tr("Show only our assortment"), self.only_ours),
                             (tr("Folder synced with store lists"), folder_row)):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> Settings:
        """The settings as the screen shows them now."""
        from app.ui.kiosk import hash_pin

        old = self.app.settings
        return replace(old, language=self.language.currentData(), currency=self.currency.currentData(),
                       market=self.market.currentData(), idle_timeout_s=self.idle.value(),
                       oldest_year_shown=self.year.value(), collaborative_signal=self.collaborative.isChecked(),
                       high_contrast=self.contrast.isChecked(), text_size_percent=self.text_size.currentData(),
                       only_assortment=self.only_ours.isChecked(), store_folder=self.folder.text().strip(),
                       staff_pin_hash=hash_pin(self.pin.text()) if self.pin.text() else old.staff_pin_hash)

    def exec(self) -> bool:
        if super().exec() != QDialog.Accepted:
            return False
        self.app.use_settings(self.settings())
        return True

    # -- the store's list -------------------------------------------------------------------------

    def database(self):
        from app.catalog.store import StoreDatabase

        return StoreDatabase(self.app.store_dir)

    def describe_list(self) -> str:
        import sqlite3

        try:
            lists = [entry for entry in self.database().lists() if entry.get("active")]
        except sqlite3.DatabaseError:
            return tr("the store database could not be read; import the list again")
        if not lists:
            return tr("none: the catalog's prices are shown")
        active = lists[0]
        return tr("{file}: %n phones, imported {when}", None, active["rows"]).format(
            file=active["file_name"], when=str(active["imported_at"])[:16])

    def import_list(self, path: str | None = None) -> str:
        """Import a list file; a file with any bad row changes nothing and each problem is shown."""
        from app.catalog.store import StoreListError

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import the store's list…"), "", "CSV (*.csv)")
            if not path:
                return ""
        try:
            report = self.database().import_file(path, self.app.window.session.recommender.arrays.phones)
            message = tr("Store list imported: %n phones.", None, report.imported)
        except StoreListError as error:
            message = str(error)
        except OSError as error:
            message = tr("The file could not be read: {error}").format(error=error)
        self.after_list_change(message)
        return message

    def revert_list(self) -> str:
        previous = self.database().revert()
        message = tr("The previous list is back.") if previous else tr("There is no earlier list.")
        self.after_list_change(message)
        return message

    def after_list_change(self, message: str) -> None:
        self.list_state.setText(self.describe_list())
        self.app.check_store_list()
        QMessageBox.information(self, tr("Store list"), message)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder synced with store lists"), self.folder.text())
        if folder:
            self.folder.setText(folder)
