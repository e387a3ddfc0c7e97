"""A read-only panel of label/value rows for the selected record (every field, selectable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget


class DetailPane(QFrame):
    def __init__(self, empty_text: str, parent: QWidget | None = None, *,
                 with_title: bool = True) -> None:
        """``empty_text`` shows when no record is selected ("" = nothing: another part of the
        window says it); ``with_title=False`` when the title is shown elsewhere."""
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form_host = QWidget(self)
        self._form = QFormLayout(self._form_host)
        self._form.setContentsMargins(0, 4, 0, 4)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: value below
        self._empty = QLabel(empty_text, self)
        self._empty.setObjectName("emptyHint")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.title.setVisible(with_title)
        for w in ((self.title,) if with_title else ()) + (self.error_label, self._form_host):
            self._layout.addWidget(w)
        self._layout.addWidget(self._empty)
        self._extra_index = self._layout.count()
        self.show_empty()

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Widgets under the fields (buttons, attempt history)."""
        self._layout.addWidget(widget, stretch)

    def show_empty(self) -> None:
        self.title.clear()
        self.error_label.hide()
        self._form_host.hide()
        self._empty.setVisible(bool(self._empty.text()))

    def show_fields(self, title: str, rows: list[tuple[str, str]], error: str | None = None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        for label, value in rows:
            field = QLabel(value or "—")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(f"{label}:", field)
        self.title.setText(title)
        self.error_label.setText(error or "")
        self.error_label.setVisible(bool(error))
        self._empty.hide()
        self._form_host.show()
        QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        """Lay the rows out again once the new labels know their width: the first pass sizes a
        wrapped value as one line, and its second line was drawn over the next row until
        something else (a resize, a theme change) laid the pane out again."""
        self._form.invalidate()
        self._form_host.updateGeometry()

    def value_of(self, label: str) -> str | None:
        """The text shown for ``label`` (tests and accessibility)."""
        for row in range(self._form.rowCount()):
            lab = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            val = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if lab and val and lab.widget().text() == f"{label}:":  # type: ignore[union-attr]
                return val.widget().text()  # type: ignore[union-attr]
        return None
