"""The cover-sheet fields shared by New fax and Forward (the docs' arguments), and the dialog
frame around them: an error line, Cancel and the dialog's own accept button."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from medsender_desktop.ui.i18n import translate_message, translated
from medsender_desktop.ui.widgets.date_field import DateField
from medsender_desktop.ui.widgets.recipient_completer import split_numbers

#: Up to this many numbers in one send (each gets its own fax, grouped in the Sent tab).
MAX_RECIPIENTS = 10

#: What each choice means for the person receiving the fax, in words.
DOCUMENT_TYPE_HELP = {
    DocumentType.BOTH: QT_TRANSLATE_NOOP(
        "FaxFields", "The recipient gets the access-code cover sheet, then the document. The "
        "sheet's web address and code also let them view the record online for 30 days."),
    DocumentType.DOCUMENT_ONLY: QT_TRANSLATE_NOOP(
        "FaxFields", "The recipient gets the document's pages only: no cover sheet, no patient "
        "details on top."),
    DocumentType.ACCESS_CODE_SHEET_ONLY: QT_TRANSLATE_NOOP(
        "FaxFields", "The recipient gets only the access-code cover sheet: they view the "
        "document online with its web address and code. The document itself is not faxed."),
}



def field_error_label(parent: QWidget) -> QLabel:
    """The line under a field that says what is wrong with it (hidden while nothing is)."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label

class FaxFields(QWidget):
    """To, From (the account's numbers), names, patient, note, document type."""

    changed = Signal()  #: no payload: any field was edited

    def __init__(self, numbers: list[FaxNumber], parent: QWidget | None = None, *,
                 from_optional: bool = False, multiple: bool = False) -> None:
        super().__init__(parent)
        self._from_optional = from_optional
        self._multiple = multiple
        self.to_edit = QLineEdit(self)
        self.to_edit.setPlaceholderText(
            self.tr("Fax number or name, e.g. (212) 555-0199; several separated by ;") if multiple
            else self.tr("Fax number, e.g. (212) 555-0199"))
        self.from_combo = QComboBox(self)
        self._numbers_pending = not numbers
        self.set_numbers(numbers, pending=not numbers)
        self.recipient_edit = QLineEdit(self)
        self.sender_edit = QLineEdit(self)
        self.patient_edit = QLineEdit(self)
        self.dob_edit = DateField(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setMaximumHeight(70)
        self.note_edit.setTabChangesFocus(True)  # Tab moves on; a note needs no tab characters
        self.type_combo = QComboBox(self)
        for kind, label in fmt.DOCUMENT_TYPE_WORDS.items():
            self.type_combo.addItem(translated("formatting", label), kind.value)
        self.type_combo.setToolTip(translated("formatting", fmt.ACCESS_CODE_HELP))
        self.type_help = QLabel(self)  # what the choice means for the recipient
        self.type_help.setWordWrap(True)
        self.type_help.setObjectName("hint")
        self.errors = {name: self._error_label() for name in ("to_number", "from_number", "patient_dob")}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow("", self.errors["to_number"])
        self.to_warning = QLabel(self)
        self.to_warning.setObjectName("toWarning")
        self.to_warning.setWordWrap(True)
        self.to_warning.hide()
        form.addRow("", self.to_warning)
        form.addRow(self.tr("From:"), self.from_combo)
        form.addRow("", self.errors["from_number"])
        form.addRow(self.tr("Recipient name:"), self.recipient_edit)
        form.addRow(self.tr("Sender name:"), self.sender_edit)
        form.addRow(self.tr("Patient name:"), self.patient_edit)
        form.addRow(self.tr("Patient DOB:"), self.dob_edit)
        form.addRow("", self.errors["patient_dob"])
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Send:"), self.type_combo)
        form.addRow("", self.type_help)
        for edit in (self.to_edit, self.recipient_edit, self.sender_edit, self.patient_edit):
            edit.textChanged.connect(self.changed)
        self.dob_edit.text_changed.connect(self.changed)
        self.note_edit.textChanged.connect(self.changed)
        self.from_combo.currentIndexChanged.connect(self.changed)
        self.type_combo.currentIndexChanged.connect(self.changed)
        self.changed.connect(self.show_problems)
        self.show_problems()

    def _error_label(self) -> QLabel:
        return field_error_label(self)

    def set_numbers(self, numbers: list[FaxNumber], *, pending: bool = False) -> None:
        """The account's numbers to send from (kept selection when it is still there);
        ``pending`` while they are still being loaded."""
        self._numbers_pending = pending
        current = self.from_combo.currentData()
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        if self._from_optional:
            self.from_combo.addItem(self.tr("The number it was received on"), "")
        for number in numbers:
            if number.number:
                client = number.client.name if number.client and number.client.name else ""
                label = f"{fmt.phone(number.number)} — {client}" if client else fmt.phone(number.number)
                self.from_combo.addItem(label, number.number)
        index = self.from_combo.findData(current) if current else -1
        self.from_combo.setCurrentIndex(max(index, 0) if self.from_combo.count() else -1)
        self.from_combo.blockSignals(False)
        self.changed.emit()

    def to_number(self) -> str:
        return self.to_edit.text().strip()

    def to_numbers(self) -> list[str]:
        """Every number typed in To (several, separated by ``;`` or ``,``, when allowed)."""
        return split_numbers(self.to_edit.text()) if self._multiple else [self.to_number()]

    def set_to_warning(self, text: str) -> None:
        """A caution under To that does not stop sending (e.g. a number never faxed)."""
        self.to_warning.setText(text)
        self.to_warning.setVisible(bool(text))

    def from_number(self) -> str | None:
        """The chosen number; ``None`` for "the number it was received on" (Forward)."""
        return str(self.from_combo.currentData() or "") or None

    def dob(self) -> str | None:
        """The date of birth as the API wants it (``YYYY-MM-DD``) when it reads as a date,
        else as typed (the check refuses it before anything is sent)."""
        try:
            date = self.dob_edit.date()
        except ValidationError:
            return self.dob_edit.text() or None
        return date.isoformat() if date else None

    def cover(self) -> CoverSheet:
        """The cover-sheet fields as typed (empty ones left out)."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return CoverSheet(
            recipient_name=text(self.recipient_edit),
            sender_name=text(self.sender_edit),
            patient_name=text(self.patient_edit),
            patient_dob=self.dob(),
            note=self.note_edit.toPlainText().strip() or None,
            document_type=DocumentType(self.type_combo.currentData()),
        )

    def problems(self) -> dict[str, str]:
        """What the server would refuse, by field, in words (empty: nothing)."""
        found: dict[str, str] = {}
        numbers = self.to_numbers() or [""]
        try:
            for number in numbers:
                validation.normalize_phone(number, "to_number")
        except ValidationError as exc:
            message = translate_message(exc.message)
            found["to_number"] = f"{number}: {message}" if len(numbers) > 1 else message
        if len(numbers) > MAX_RECIPIENTS:
            found["to_number"] = self.tr("Send to at most {most} numbers at once ({typed} are "
                                         "typed).").format(most=MAX_RECIPIENTS, typed=len(numbers))
        if not self._from_optional and not self.from_number():
            found["from_number"] = (self.tr("Loading the account's fax numbers…")
                                    if self._numbers_pending
                                    else self.tr("This account has no fax number to send from yet."))
        try:
            self.dob_edit.date()
        except ValidationError as exc:
            found["patient_dob"] = translate_message(exc.message)
        return found

    def show_problems(self) -> None:
        """Each problem under its field; an empty To field is not called wrong until typed in."""
        found = self.problems()
        if not self.to_edit.text().strip():
            found.pop("to_number", None)
        for name, label in self.errors.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.type_help.setText(translated(
            "FaxFields", DOCUMENT_TYPE_HELP[DocumentType(self.type_combo.currentData())]))

    def check(self) -> None:
        """Raise :class:`ValidationError` for the first field the server would refuse."""
        for name, message in self.problems().items():
            raise ValidationError(message, field=name)


class FaxFieldsDialog(QDialog):
    """A dialog whose subclass builds what goes above the fields, then calls :meth:`_add_fields`."""

    fields: FaxFields
    error_label: QLabel
    buttons: QDialogButtonBox

    def show_error(self, message: str, *, title: str = "") -> None:
        self.error_label.setText(message)

    def _add_fields(self, top: QWidget | QLayout, numbers: list[FaxNumber], accept_text: str, *,
                    from_optional: bool = False, beside: QWidget | None = None,
                    multiple: bool = False) -> QPushButton:
        """The fields under ``top``, an error line and the buttons; returns the accept button.
        With ``beside``, that widget takes the left of the dialog and the fields its right."""
        self.fields = FaxFields(numbers, self, from_optional=from_optional, multiple=multiple)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        column = QVBoxLayout()
        if isinstance(top, QLayout):
            column.addLayout(top)
        else:
            column.addWidget(top)
        column.addWidget(self.fields)
        column.addWidget(self.error_label)
        if beside is not None:
            column.addStretch(1)
        column.addWidget(self.buttons)
        if beside is None:
            self.setLayout(column)
        else:
            row = QHBoxLayout(self)
            row.addWidget(beside, 3)
            row.addLayout(column, 2)
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
