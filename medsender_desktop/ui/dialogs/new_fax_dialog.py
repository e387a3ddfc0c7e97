"""New fax: a PDF/TIFF, the recipient, and the cover-sheet fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from medsender_desktop.api import FaxNumber, FaxRequest
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui.dialogs.fax_fields import FaxFieldsDialog
from medsender_desktop.ui.qt_async import guarded_slot


class NewFaxDialog(FaxFieldsDialog):
    def __init__(self, parent: QWidget | None = None, *, numbers: list[FaxNumber],
                 dialogs: Any = None, file: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New fax")
        self._dialogs = dialogs
        self.file_edit = QLineEdit(str(file) if file else "", self)
        self.file_edit.setPlaceholderText("A PDF or TIFF document")
        self.browse_button = QPushButton("Choose…", self)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel("Document:", self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.send_button = self._add_fields(file_row, numbers, "Send fax")
        self.setMinimumWidth(500)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.browse_button.setEnabled(dialogs is not None)

    def file(self) -> Path:
        return Path(self.file_edit.text().strip())

    def request(self) -> FaxRequest:
        """The fax as filled in (checked by :meth:`_check` when the user pressed Send)."""
        return FaxRequest(
            to_numbers=(self.fields.to_number(),), from_number=self.fields.from_number() or "",
            files=(self.file(),), cover=self.fields.cover(),
        )

    @guarded_slot()
    async def on_browse_button_clicked(self) -> None:
        paths = await self._dialogs.open_paths(self, "Choose the document to fax")
        if paths:
            self.file_edit.setText(str(paths[0]))

    def _check(self) -> None:
        if not self.file_edit.text().strip():
            raise ValidationError("Choose the document to send.", field="file")
        if not self.file().is_file():
            raise ValidationError("The document could not be found. Choose it again.", field="file")
        super()._check()
