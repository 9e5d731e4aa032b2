"""Small pieces every page uses: emptying a layout, a grid of choice buttons, and the
Session's text keys (chips, notes) in the shopper's language."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.words import tr


def clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()  # at once: deleteLater waits for the event loop
            item.widget().deleteLater()
        elif item.layout():
            clear(item.layout())


def keyed_text(key: str, values: dict) -> str:
    """A text key of the Session with its values, both translated ("No {brand}" -> "不要三星")."""
    return tr(key).format(**{name: tr(value) if isinstance(value, str) else value for name, value in values.items()})


def heading_with_back(layout: QVBoxLayout, title: str, back) -> None:
    """A page's first row: Back (to the results), then the page's heading."""
    top = QHBoxLayout()
    button = QPushButton(tr("Back"))
    button.clicked.connect(back)
    top.addWidget(button)
    heading = QLabel(title)
    heading.setObjectName("summary")
    heading.setAccessibleName(title)
    top.addWidget(heading, 1)
    layout.addLayout(top)


class ChoiceGrid(QWidget):
    """Large tap targets: toggle buttons in a grid, one per option id."""

    def __init__(self, options: list[tuple[str, str]], exclusive: bool, columns: int = 3, chosen=()):
        super().__init__()
        grid = QGridLayout(self)
        grid.setSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.ids: dict[int, str] = {}
        for k, (text, option_id) in enumerate(options):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(option_id in chosen)
            button.setObjectName("choice")
            button.setAccessibleName(text)
            grid.addWidget(button, k // columns, k % columns)
            self.group.addButton(button, k)
            self.ids[k] = option_id

    def chosen(self) -> list[str]:
        return [self.ids[self.group.id(b)] for b in self.group.buttons() if b.isChecked()]
