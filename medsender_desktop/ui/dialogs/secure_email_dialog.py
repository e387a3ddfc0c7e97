"""Send a fax's document as a secure e-mail link: the recipient's e-mail address, who it is
from, a subject, a note and how many days the link works (1 to 180)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.sent_followup import SecureEmail


class SecureEmailDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, sender_name: str = "",
                 reason: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Send as secure e-mail link")
        intro = QLabel(
            "The recipient gets an e-mail with a link to the document; the link works for the "
            "number of days below." + (f"\n\nThe fax was not delivered: {reason}" if reason else ""),
            self)
        intro.setWordWrap(True)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText("e.g. records@northgate-cardiology.org")
        self.sender_edit = QLineEdit(sender_name, self)
        self.subject_edit = QLineEdit(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 180)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(" days")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Recipient e-mail:", self.email_edit)
        form.addRow("From (your name):", self.sender_edit)
        form.addRow("Subject:", self.subject_edit)
        form.addRow("Note:", self.note_edit)
        form.addRow("Link works for:", self.days_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton("Send link", QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def email(self) -> SecureEmail:
        return SecureEmail(
            recipient_email=self.email_edit.text().strip(), sender_name=self.sender_edit.text().strip(),
            subject=self.subject_edit.text().strip(), note=self.note_edit.toPlainText().strip(),
            expire_after_days=self.days_spin.value())

    def on_buttons_accepted(self) -> None:
        email = self.email()
        try:
            validation.validate_email(email.recipient_email)
            if not email.sender_name:
                raise ValidationError("Enter your name: the recipient sees who sent the link.",
                                      field="sender_name")
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()
