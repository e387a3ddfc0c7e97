"""The cover-sheet fields shared by New fax and Forward (the docs' arguments), and the dialog
frame around them: an error line, Cancel and the dialog's own accept button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import CoverSheet, DocumentType, FaxNumber, validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui import formatting as fmt


class FaxFields(QWidget):
    """To, From (the account's numbers), names, patient, note, document type."""

    def __init__(self, numbers: list[FaxNumber], parent: QWidget | None = None, *,
                 from_optional: bool = False) -> None:
        super().__init__(parent)
        self._from_optional = from_optional
        self.to_edit = QLineEdit(self)
        self.to_edit.setPlaceholderText("Fax number, e.g. (212) 555-0199")
        self.from_combo = QComboBox(self)
        if from_optional:
            self.from_combo.addItem("The number it was received on", "")
        for number in numbers:
            if number.number:
                self.from_combo.addItem(fmt.phone(number.number), number.number)
        self.recipient_edit = QLineEdit(self)
        self.sender_edit = QLineEdit(self)
        self.patient_edit = QLineEdit(self)
        self.dob_edit = QLineEdit(self)
        self.dob_edit.setPlaceholderText("YYYY-MM-DD")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setMaximumHeight(70)
        self.note_edit.setTabChangesFocus(True)  # Tab moves on; a note needs no tab characters
        self.type_combo = QComboBox(self)
        for kind, label in fmt.DOCUMENT_TYPE_WORDS.items():
            self.type_combo.addItem(label, kind.value)
        self.type_combo.setToolTip(fmt.ACCESS_CODE_HELP)
        self.type_help = QLabel(fmt.ACCESS_CODE_HELP, self)  # what an access-code sheet is
        self.type_help.setWordWrap(True)
        self.type_help.setObjectName("hint")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("To:", self.to_edit)
        form.addRow("From:", self.from_combo)
        form.addRow("Recipient name:", self.recipient_edit)
        form.addRow("Sender name:", self.sender_edit)
        form.addRow("Patient name:", self.patient_edit)
        form.addRow("Patient DOB:", self.dob_edit)
        form.addRow("Note:", self.note_edit)
        form.addRow("Send:", self.type_combo)
        form.addRow("", self.type_help)

    def to_number(self) -> str:
        return self.to_edit.text().strip()

    def from_number(self) -> str | None:
        """The chosen number; ``None`` for "the number it was received on" (Forward)."""
        return str(self.from_combo.currentData() or "") or None

    def cover(self) -> CoverSheet:
        """The cover-sheet fields as typed (empty ones left out)."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return CoverSheet(
            recipient_name=text(self.recipient_edit),
            sender_name=text(self.sender_edit),
            patient_name=text(self.patient_edit),
            patient_dob=text(self.dob_edit),
            note=self.note_edit.toPlainText().strip() or None,
            document_type=DocumentType(self.type_combo.currentData()),
        )

    def check(self) -> None:
        """Raise :class:`ValidationError` for the first field the server would refuse."""
        validation.normalize_phone(self.to_number(), "to_number")
        if not self._from_optional and not self.from_number():
            raise ValidationError("This account has no fax number to send from yet.",
                                  field="from_number")
        dob = self.dob_edit.text().strip()
        if dob:
            validation.validate_dob(dob)


class FaxFieldsDialog(QDialog):
    """A dialog whose subclass builds what goes above the fields, then calls :meth:`_add_fields`."""

    fields: FaxFields
    error_label: QLabel
    buttons: QDialogButtonBox

    def show_error(self, message: str, *, title: str = "") -> None:
        self.error_label.setText(message)

    def _add_fields(self, top: QWidget | QLayout, numbers: list[FaxNumber], accept_text: str, *,
                    from_optional: bool = False) -> QPushButton:
        """The fields under ``top``, an error line and the buttons; returns the accept button."""
        self.fields = FaxFields(numbers, self, from_optional=from_optional)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        if isinstance(top, QLayout):
            layout.addLayout(top)
        else:
            layout.addWidget(top)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        return accept_button

    def _check(self) -> None:
        """Raise :class:`ValidationError` if the dialog cannot be accepted as filled in."""
        self.fields.check()

    def on_buttons_accepted(self) -> None:
        try:
            self._check()
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()
