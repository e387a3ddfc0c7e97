"""The docs' server-side filters for a list, laid out in a grid, applied on demand.

Local search (instant, typed in the search box) is separate; these filters ask Medsender for a
different set of records (e.g. a date range beyond what is loaded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from medsender_desktop.api import validation


@dataclass(frozen=True)
class FilterField:
    name: str  # the API's argument name
    label: str  # label, placeholder and choices: in the app's language (tr at the definition)
    placeholder: str = ""
    choices: Sequence[tuple[str, str]] = ()  # (label, value); "" = any
    combo: bool = False  # a drop-down even when its choices come later (set_choices)


class FilterBar(QFrame):
    apply_requested = Signal()  #: no payload: read the values with values()
    clear_requested = Signal()  #: no payload

    def __init__(self, fields: Sequence[FilterField], parent: QWidget | None = None,
                 columns: int = 4) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._fields = list(fields)
        self._editors: dict[str, QLineEdit | QComboBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, f in enumerate(self._fields):
            row, col = divmod(i, columns)
            editor: QLineEdit | QComboBox
            if f.choices or f.combo:
                editor = QComboBox(self)
                editor.addItem(self.tr("Any"), "")
                for label, value in f.choices:
                    editor.addItem(label, value)
            else:
                editor = QLineEdit(self)
                editor.setPlaceholderText(f.placeholder)
                editor.setClearButtonEnabled(True)
                editor.returnPressed.connect(self.apply_requested)
            editor.setObjectName(f"filter_{f.name}")
            editor.setAccessibleName(f.label)
            self._editors[f.name] = editor
            label = QLabel(f.label, self)
            label.setBuddy(editor)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(editor, row, col * 2 + 1)
        self.apply_button = QPushButton(self.tr("Apply filters"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        outer = QGridLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.addLayout(grid, 0, 0)
        outer.addLayout(buttons, 1, 0)
        self.apply_button.clicked.connect(self.apply_requested)
        self.clear_button.clicked.connect(self.on_clear_button_clicked)

    def editor(self, name: str) -> QLineEdit | QComboBox:
        return self._editors[name]

    def set_choices(self, name: str, choices: Sequence[tuple[str, str]]) -> None:
        editor = self._editors[name]
        assert isinstance(editor, QComboBox)
        current = editor.currentData()
        editor.clear()
        editor.addItem(self.tr("Any"), "")
        for label, value in choices:
            editor.addItem(label, value)
        index = editor.findData(current)
        editor.setCurrentIndex(max(0, index))

    def set_value(self, name: str, value: str) -> None:
        editor = self._editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value)

    def set_values(self, values: dict[str, str]) -> None:
        """Every filter cleared, then ``values`` (by name) set."""
        for name in self._editors:
            self.set_value(name, values.get(name, ""))

    def values(self) -> dict[str, str | None]:
        """Entered values (None when empty); dates checked, raising ValidationError."""
        out: dict[str, str | None] = {}
        for name, editor in self._editors.items():
            text = (editor.currentData() if isinstance(editor, QComboBox) else editor.text()).strip()
            if text and name in ("date_start", "date_end", "patient_dob"):
                text = validation.parse_date(text, name).isoformat()
            out[name] = text or None
        return out

    def is_empty(self) -> bool:
        return not any(
            (e.currentData() if isinstance(e, QComboBox) else e.text().strip()) for e in self._editors.values()
        )

    def on_clear_button_clicked(self) -> None:
        for editor in self._editors.values():
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(0)
            else:
                editor.clear()
        self.clear_requested.emit()
