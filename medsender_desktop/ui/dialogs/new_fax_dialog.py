"""New fax: the pages that will go out (files dropped, chosen or handed over), the recipient
and the cover-sheet fields, checked while the dialog is open.

Send stays disabled, with the reason beside it, until the fax can go; whatever is refused
(a file, a number, a date), what was typed stays. On Send the pages become one PDF here, so
a problem with the result is still shown in the dialog, before anything is uploaded.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from medsender_desktop import wire
from medsender_desktop.api import DocumentType, FaxNumber, FaxRequest, validation
from medsender_desktop.documents.refusals import too_large
from medsender_desktop.errors import DocumentError, MedsenderError, ValidationError
from medsender_desktop.services.address_book import AddressBook, Contact
from medsender_desktop.services.patient_check import DocumentPatient
from medsender_desktop.ui.cover_links import MEDSENDER_ACCESS_URL
from medsender_desktop.ui.dates import typed
from medsender_desktop.ui.dialogs.fax_fields import FaxFieldsDialog
from medsender_desktop.ui.drops import FileDropTarget
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.widgets.compose_pages import ComposePages
from medsender_desktop.ui.widgets.cover_preview import CoverInput, CoverPreview
from medsender_desktop.ui.widgets.patient_check import PatientCheck, PatientReader
from medsender_desktop.ui.widgets.recipient_completer import RecipientCompleter
from medsender_desktop.ui.widgets.send_later import SendLater


class NewFaxDialog(FileDropTarget, FaxFieldsDialog):
    readiness_changed = Signal(str)  #: why Send is disabled ("" when it is enabled)

    def __init__(self, parent: QWidget | None = None, *, numbers: list[FaxNumber],
                 dialogs: Any = None, documents: Any = None, access_url: str = MEDSENDER_ACCESS_URL,
                 read_patient: PatientReader | None = None,
                 address_book: AddressBook | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New fax"))
        self.setAcceptDrops(True)
        self._dialogs = dialogs
        self._tasks: set[asyncio.Task[None]] = set()
        self.document: bytes | None = None
        self._access_url = access_url
        self.pages = ComposePages(documents, dialogs, self)
        self.views = QTabWidget(self)
        self.views.addTab(self.pages, self.tr("Document"))
        self.cover_preview = CoverPreview(documents, self)
        self.views.addTab(self.cover_preview, self.tr("Cover page"))
        intro = QLabel(self.tr("Drop more files on this window to add their pages."), self)
        intro.setWordWrap(True)
        self.send_button = self._add_fields(intro, numbers, self.tr("Send fax"), beside=self.views,
                                            multiple=True)
        self.recipients = (RecipientCompleter(self.fields.to_edit, address_book)
                           if address_book is not None else None)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("sendReason")
        self.reason_label.setWordWrap(True)
        self.patient_check = PatientCheck(read_patient, self)
        self._warning_seen = False  # the wrong-patient warning was shown once on Send
        self.send_later = SendLater(self)
        column = self.layout().itemAt(1).layout()
        column.insertWidget(column.indexOf(self.fields) + 1, self.send_later)
        self.setTabOrder(self.fields.type_combo, self.send_later.check)
        self.setTabOrder(self.send_later.check, self.send_later.when_edit)
        column.insertWidget(column.indexOf(self.buttons), self.patient_check)
        column.insertWidget(column.indexOf(self.buttons), self.reason_label)
        self.resize(1100, 720)
        self._connect_signals()
        self.update_readiness()
        self.update_cover()

    def _connect_signals(self) -> None:
        self.pages.pages_changed.connect(self.update_readiness)
        self.pages.files_loaded.connect(self.update_readiness)
        self.fields.changed.connect(self.update_readiness)
        self.pages.pages_changed.connect(self.update_cover)
        self.fields.changed.connect(self.update_cover)
        self.pages.files_loaded.connect(self.on_pages_files_loaded)
        self.patient_check.patient_found.connect(self.on_patient_check_patient_found)
        self.fields.changed.connect(self.compare_patient)
        self.patient_check.warning_changed.connect(self.on_patient_check_warning_changed)
        self.send_later.changed.connect(self.update_readiness)
        self.send_later.changed.connect(self.on_send_later_changed)
        if self.recipients is not None:
            self.recipients.contact_chosen.connect(self.on_recipients_contact_chosen)
            self.recipients.never_faxed_changed.connect(self.fields.set_to_warning)

    def on_recipients_contact_chosen(self, contact: Contact) -> None:
        """A contact picked in To also names the recipient on the cover sheet (if empty)."""
        if not self.fields.recipient_edit.text().strip():
            self.fields.recipient_edit.setText(contact.name or contact.organization)

    # --- patient check -------------------------------------------------------------------------
    def on_pages_files_loaded(self) -> None:
        if self.pages.page_count:
            self.patient_check.check(self.pages.build_pdf)

    def on_patient_check_patient_found(self, patient: DocumentPatient) -> None:
        """Fill in an empty patient name and DOB from the document (never overwrite typing)."""
        fields = self.fields
        if patient.name and not fields.patient_edit.text().strip():
            fields.patient_edit.setText(patient.name)
        if patient.dob and not fields.dob_edit.text():
            fields.dob_edit.setText(typed(dt.date.fromisoformat(patient.dob)))
        self.compare_patient()

    def compare_patient(self) -> None:
        cover = self.fields.cover()
        dob = cover.patient_dob if isinstance(cover.patient_dob, str) else None
        self.patient_check.compare(cover.patient_name, dob)

    def on_patient_check_warning_changed(self, warning: str) -> None:
        self._warning_seen = False
        self.send_button.setText(self._send_text())

    # --- send later ------------------------------------------------------------------------------
    def _send_text(self) -> str:
        return self.tr("Schedule fax") if self.send_later.check.isChecked() else self.tr("Send fax")

    def on_send_later_changed(self) -> None:
        if not self._warning_seen:
            self.send_button.setText(self._send_text())

    def send_at(self) -> float | None:
        """When the outbox is to hand the fax over (None: at once)."""
        return self.send_later.send_at()

    def cover_input(self) -> CoverInput:
        """The cover sheet's contents as the server will print them."""
        def e164(number: str) -> str:
            try:
                return validation.normalize_phone(number, "to_number") if number else ""
            except ValidationError:
                return number

        cover = self.fields.cover()
        return CoverInput(
            sender_name=cover.sender_name or "", recipient_name=cover.recipient_name or "",
            from_number=e164(self.fields.from_number() or ""), to_number=e164((self.fields.to_numbers() or [""])[0]),
            patient_name=cover.patient_name or "", patient_dob=str(cover.patient_dob or ""),
            note=cover.note or "", pages=self.pages.page_count,
            document_type=DocumentType(cover.document_type), access_url=self._access_url)

    def update_cover(self, *_: object) -> None:
        self.cover_preview.schedule(self.cover_input())

    def request(self) -> FaxRequest:
        """The fax as accepted: the pages as one PDF (built on Send), to the number typed."""
        if self.document is None:
            raise ValidationError(self.tr("Add the document to send."), field="file")
        return FaxRequest(
            to_numbers=tuple(self.fields.to_numbers()), from_number=self.fields.from_number() or "",
            files=(self.document,), cover=self.fields.cover(), filename="fax.pdf",
        )

    def load_numbers(self, numbers: Callable[[], Awaitable[list[FaxNumber]]]) -> None:
        """Fill From once the account's numbers arrive (the dialog is already open)."""
        self._start(self._load_numbers(numbers))

    async def _load_numbers(self, numbers: Callable[[], Awaitable[list[FaxNumber]]]) -> None:
        try:
            self.set_numbers(await numbers())
        except MedsenderError as exc:
            self.error_label.setText(self.tr("The account's fax numbers could not be loaded. {reason}")
                                     .format(reason=translate_message(exc.message)))

    def set_numbers(self, numbers: list[FaxNumber]) -> None:
        self.fields.set_numbers(numbers)
        self.fields.show_problems()
        self.update_readiness()

    # --- files -----------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        """Add these files' pages (drops, Add files…, a second launch); returns at once."""
        if paths:
            self.pages.look_first(paths[0])  # the first page is drawn from this moment on
            self._focus_to()
        self._start(self._add(paths))
        self.update_readiness()

    def _focus_to(self) -> None:
        """With a document in, the cursor waits in To (unless the user is typing in a field)."""
        focus = self.focusWidget()
        if not self.fields.to_edit.text().strip() and (focus is None or not self.fields.isAncestorOf(focus)):
            self.fields.to_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    async def _add(self, paths: list[Path]) -> None:
        await self.pages.add_files(paths)
        self.update_readiness()

    def files_dropped(self, paths: list[Path]) -> None:
        self.add_files(paths)

    # --- readiness ---------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why the fax cannot be sent yet, in words (None = it can)."""
        problem = self.pages.problem()
        if problem:
            return problem
        try:
            self.fields.check()
        except ValidationError as exc:
            return translate_message(exc.message)
        return self.send_later.problem()

    def update_readiness(self, *_: object) -> None:
        problem = self.problem()
        self.send_button.setEnabled(problem is None)
        self.reason_label.setText(problem or "")
        self.readiness_changed.emit(problem or "")

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            raise ValidationError(problem)

    def on_buttons_accepted(self) -> None:
        """Send: checked at once (a refusal or the patient warning shows right away), then
        the pages become one PDF off the event loop and the dialog closes."""
        try:
            self._check()
        except ValidationError as exc:
            self.error_label.setText(exc.message)
            return
        if self.patient_check.warning and not self._warning_seen:
            self._warning_seen = True  # warned before sending; a second click sends
            self.error_label.setText(self.patient_check.warning + " " + self.tr(
                "Correct the cover sheet, or click Send anyway if it is right."))
            self.send_button.setText(self.tr("Send anyway"))
            return
        self.send_button.setEnabled(False)
        self._start(self._build_and_accept())

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _build_and_accept(self) -> None:
        try:
            document = await self.pages.build_pdf()
        except DocumentError as exc:
            self.error_label.setText(translate_message(exc.message))
            self.update_readiness()
            return
        if len(document) >= wire.MAX_FILE_BYTES:
            self.error_label.setText(
                translate_message(too_large(len(document), wire.MAX_FILE_BYTES).message) + " "
                + self.tr("Remove pages, or send the rest as a second fax."))
            self.update_readiness()
            return
        self.document = document
        self.accept()

    def stop(self) -> None:
        """Drop the dialog's background work (renders, checks, lookups); idempotent."""
        self.pages.stop()
        self.cover_preview.stop()
        self.send_later.stop()
        self.patient_check.stop()
        if self.recipients is not None:
            self.recipients.stop()
        for task in list(self._tasks):
            task.cancel()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)
