"""Forward a received fax to another number, with the docs' forward arguments."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from medsender_desktop.api import FaxNumber, ReceivedFax, validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.fax_fields import FaxFields


class ForwardDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, numbers: list[FaxNumber],
                 record: ReceivedFax) -> None:
        super().__init__(parent)
        self.setWindowTitle("Forward fax")
        pages = f"{record.num_pages} page{'s' if record.num_pages != 1 else ''}" if record.num_pages else ""
        source = record.caller_name or fmt.phone(record.from_number) or "unknown sender"
        intro = QLabel(f"Forward the fax from {source}{' (' + pages + ')' if pages else ''} to:", self)
        intro.setWordWrap(True)
        self.fields = FaxFields(numbers, self, from_optional=True)
        if record.patient_name:
            self.fields.patient_edit.setText(record.patient_name)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.forward_button = self.buttons.addButton("Forward", QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def arguments(self) -> dict[str, Any]:
        return self.fields.arguments()

    def on_buttons_accepted(self) -> None:
        args = self.arguments()
        try:
            validation.normalize_phone(args["to_number"], "to_number")
            if args["patient_dob"]:
                validation.validate_dob(args["patient_dob"])
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()
