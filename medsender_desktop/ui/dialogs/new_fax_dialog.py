"""New fax: a PDF/TIFF, the recipient, and the cover-sheet fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import FaxNumber, validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui.dialogs.fax_fields import FaxFields
from medsender_desktop.ui.qt_async import guarded_slot


class NewFaxDialog(QDialog):
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
        self.fields = FaxFields(numbers, self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton("Send fax", QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.browse_button.setEnabled(dialogs is not None)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.error_label.setText(message)

    def file(self) -> Path:
        return Path(self.file_edit.text().strip())

    def arguments(self) -> dict[str, Any]:
        return self.fields.arguments()

    @guarded_slot()
    async def on_browse_button_clicked(self) -> None:
        paths = await self._dialogs.open_paths(self, "Choose the document to fax")
        if paths:
            self.file_edit.setText(str(paths[0]))

    def on_buttons_accepted(self) -> None:
        args = self.arguments()
        try:
            if not self.file_edit.text().strip():
                raise ValidationError("Choose the document to send.", field="file")
            if not self.file().is_file():
                raise ValidationError("The document could not be found. Choose it again.", field="file")
            validation.normalize_phone(args["to_number"], "to_number")
            if not args["from_number"]:
                raise ValidationError("This account has no fax number to send from yet.",
                                      field="from_number")
            if args["patient_dob"]:
                validation.validate_dob(args["patient_dob"])
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()
