"""Send a document as a secure e-mail link: the document (given, dropped or chosen; checked:
PDF, fewer than 200 pages, under 20 MB, with its first page and page count on screen), the
recipient's e-mail address, who it is from, a reply-to address, a subject, a note and how
many days the link works (1 to 180).

The dialog sends through the ``send`` callable it is given and stays open on a refusal, with
the reason next to the field it is about, so nothing typed is lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import validation
from medsender_desktop.documents import FileKind
from medsender_desktop.errors import BadRequest, DocumentError, MedsenderError, ValidationError
from medsender_desktop.services.secure_email import SecureEmail
from medsender_desktop.ui.dialogs.fax_fields import field_error_label
from medsender_desktop.ui.drops import FileDropTarget
from medsender_desktop.ui.images import to_qimage
from medsender_desktop.ui.qt_async import guarded_slot

#: send(document PDF bytes, file name, what was typed); raises MedsenderError on a refusal
type SendEmail = Callable[[bytes, str, SecureEmail], Awaitable[object]]

PDF_ONLY = frozenset({FileKind.PDF})
PREVIEW_HEIGHT = 132
FIELD_NAMES = ("document", "recipient_email", "reply_to_email", "sender_name")


class SecureEmailDialog(FileDropTarget, QDialog):
    def __init__(self, parent: QWidget | None = None, *, documents: Any = None,
                 send: SendEmail | None = None, sender_name: str = "", reason: str = "",
                 document: bytes | None = None, document_name: str = "") -> None:
        super().__init__(parent)
        self._documents = documents
        self._send = send
        self._dialogs: Any = None
        self._data: bytes | None = None
        self._name = ""
        self._generation = 0  # a newer file replaces one still being checked
        self._busy = False
        self._sending = False
        self.result_record: object = None
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Send a secure e-mail link"))
        intro = QLabel(self.tr("The recipient gets an e-mail with a secure link to the document; "
                               "the link works for the number of days below."), self)
        intro.setWordWrap(True)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setText(self.tr("The fax was not delivered: {reason}").format(reason=reason))
        self.reason_label.setVisible(bool(reason))
        self._build_document_row()
        self.email_edit = self._line(self.tr("Recipient e-mail"), self.tr("e.g. records@northgate-cardiology.org"))
        self.reply_edit = self._line(self.tr("Reply-to e-mail (optional)"),
                                     self.tr("Where the recipient's replies go, e.g. frontdesk@yourclinic.org"))
        self.sender_edit = self._line(self.tr("From (your name)"), self.tr("Shown to the recipient"))
        self.sender_edit.setText(sender_name)
        self.subject_edit = self._line(self.tr("Subject"), self.tr("e.g. Referral for your patient"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(72)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 180)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Link works for (days)"))
        self.days_spin.setToolTip(self.tr("From 1 to 180 days"))
        self.errors = {name: field_error_label(self) for name in FIELD_NAMES}
        form = QFormLayout()
        form.addRow(self.tr("Recipient e-mail:"), self.email_edit)
        form.addRow("", self.errors["recipient_email"])
        form.addRow(self.tr("Reply-to:"), self.reply_edit)
        form.addRow("", self.errors["reply_to_email"])
        form.addRow(self.tr("From (your name):"), self.sender_edit)
        form.addRow("", self.errors["sender_name"])
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Link works for:"), self.days_spin)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Send link"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_label)
        layout.addLayout(self.document_row)
        layout.addWidget(self.errors["document"])
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.setMinimumWidth(560)
        if document is not None:
            self.load_document(document, document_name or self.tr("Document"))
        self.email_edit.setFocus()

    # --- building ------------------------------------------------------------------------------
    def _build_document_row(self) -> None:
        self.preview = QLabel(self)
        self.preview.setFixedSize(int(PREVIEW_HEIGHT * 0.78), PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("First page of the document"))
        self.document_label = QLabel(self.tr("No document yet: drop a PDF here or choose one."), self)
        self.document_label.setWordWrap(True)
        self.document_label.setAccessibleName(self.tr("Document"))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setToolTip(self.tr("A PDF of fewer than 200 pages and under 20 MB"))
        side = QVBoxLayout()
        side.addWidget(self.document_label)
        side.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        self.document_row = QHBoxLayout()
        self.document_row.addWidget(self.preview)
        self.document_row.addLayout(side, 1)

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def set_dialogs(self, dialogs: Any) -> None:
        """The dialog factory, for the file chooser (Choose file…)."""
        self._dialogs = dialogs

    # --- the document ----------------------------------------------------------------------------
    @property
    def document(self) -> bytes | None:
        """The checked PDF, or None while there is none (or it was refused)."""
        return self._data

    @property
    def loading(self) -> bool:
        return self._busy

    def files_dropped(self, paths: list[Path]) -> None:
        self.load_path(paths[0])

    @guarded_slot()
    async def on_choose_button_clicked(self) -> None:
        if self._dialogs is None:
            return
        paths = await self._dialogs.open_paths(self, self.tr("Choose the document to send"),
                                               self.tr("PDF documents (*.pdf)"))
        if paths:
            await self.load_path(paths[0])

    @guarded_slot(object)
    async def load_path(self, path: Path) -> None:
        await self._check(path, path.name)

    @guarded_slot(bytes, str)
    async def load_document(self, data: bytes, name: str) -> None:
        await self._check(data, name)

    async def _check(self, source: Path | bytes, name: str) -> None:
        self._generation += 1
        generation, self._busy = self._generation, True
        self._data, self._name = None, name
        self._show_problem("document", "")
        self.preview.clear()
        self.document_label.setText(self.tr("Checking {name}…").format(name=name))
        try:
            info = await self._documents.inspect(source, allowed=PDF_ONLY)
            data = source if isinstance(source, bytes) else await _read(source)
            page = await self._documents.render_page(data, 0, scale=PREVIEW_HEIGHT / 792)
        except (DocumentError, OSError) as exc:
            if generation == self._generation:
                self.document_label.setText(name)
                self._show_problem("document", self._document_problem(exc))
            return
        finally:
            if generation == self._generation:
                self._busy = False
        if generation != self._generation:
            return  # another file was dropped meanwhile
        self._data = data
        self.preview.setPixmap(QPixmap.fromImage(to_qimage(page)).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        size = (f"{info.size / 1_048_576:.1f} MB" if info.size >= 1_048_576
                else f"{max(1, info.size // 1024)} KB")
        self.document_label.setText(self.tr("{name}\n{pages} page(s), {size}").format(
            name=name, pages=info.pages, size=size))

    def _document_problem(self, exc: DocumentError | OSError) -> str:
        if isinstance(exc, OSError):
            return self.tr("The file could not be read. Check it still exists, then try again.")
        if exc.reason == "wrong_type":
            return self.tr("Only PDF files can be sent by secure e-mail. Save the document as a "
                           "PDF first.")
        if exc.reason == "too_many_pages":
            return self.tr("The document has too many pages: a secure e-mail takes fewer than "
                           "200. Split it and send it in parts.")
        if exc.reason == "too_large":
            return self.tr("The file is too large: a secure e-mail takes files under 20 MB. "
                           "Split it or scan it at a lower resolution.")
        return exc.message

    # --- what was typed ----------------------------------------------------------------------------
    def email(self) -> SecureEmail:
        return SecureEmail(
            recipient_email=self.email_edit.text().strip(), sender_name=self.sender_edit.text().strip(),
            subject=self.subject_edit.text().strip(), note=self.note_edit.toPlainText().strip(),
            expire_after_days=self.days_spin.value(), reply_to_email=self.reply_edit.text().strip())

    def problems(self) -> dict[str, str]:
        """What must change before sending, by field (empty when it can go)."""
        email, found = self.email(), {}
        if self._data is None:
            found["document"] = (self.errors["document"].text() if self.errors["document"].text()
                                 else self.tr("Add the document: drop a PDF here or click Choose file…"))
        if not email.recipient_email:
            found["recipient_email"] = self.tr("Enter the recipient's e-mail address.")
        elif not _valid_email(email.recipient_email):
            found["recipient_email"] = self.tr("This is not an e-mail address: check it looks "
                                               "like name@example.com.")
        if email.reply_to_email and not _valid_email(email.reply_to_email):
            found["reply_to_email"] = self.tr("This is not an e-mail address: check it looks "
                                              "like name@example.com, or leave it empty.")
        if not email.sender_name:
            found["sender_name"] = self.tr("Enter your name: the recipient sees who sent the link.")
        return found

    def _show_problem(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.setVisible(bool(message))

    def show_error(self, message: str, *, title: str = "") -> None:
        self.error_label.setText(message)

    # --- sending -----------------------------------------------------------------------------------
    @guarded_slot()
    async def on_buttons_accepted(self) -> None:
        if self.loading:
            self.error_label.setText(self.tr("The document is still being checked: a moment…"))
            return
        found = self.problems()
        for name in FIELD_NAMES:
            self._show_problem(name, found.get(name, ""))
        self.error_label.clear()
        if found:
            return
        if self._send is None or self._data is None:
            self.accept()
            return
        self.buttons.setEnabled(False)  # no Cancel mid-way: it would not stop the upload
        self._sending = True
        self.error_label.setText(self.tr("Sending…"))
        try:
            self.result_record = await self._send(self._data, self._name, self.email())
        except BadRequest as exc:  # a field refused (here or by Medsender): say so next to it
            self.error_label.clear()
            fields = {("document" if name == "file" else name): text
                      for name, text in (exc.fields or {}).items()}
            shown = [name for name in fields if name in self.errors]
            if not shown:
                raise
            for name in shown:
                self._show_problem(name, str(fields[name]))
            return
        except MedsenderError:
            self.error_label.clear()
            raise
        finally:
            self.buttons.setEnabled(True)
            self._sending = False
        self.accept()

    def reject(self) -> None:
        if not self._sending:  # Esc while the upload runs would not stop it: wait for it
            super().reject()


def _valid_email(text: str) -> bool:
    try:
        validation.validate_email(text)
    except ValidationError:
        return False
    return True


async def _read(path: Path) -> bytes:
    return await asyncio.to_thread(path.read_bytes)
