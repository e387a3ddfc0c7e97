"""Every way a document reaches the send dialog: a drop on the main window, New fax, files
on the command line or handed over by a second launch (or the watched folder), and the AI
tab's Send this. Before sign-in the files wait for the session. A mixin of ``MainWindow``:
it uses the window's session, dialogs, status bar and tabs; its words are in the main
window's catalog context."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.cover_links import cover_access_url
from medsender_desktop.ui.dates import typed

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget

    from medsender_desktop.services.address_book import AddressBook
    from medsender_desktop.services.session import Session
    from medsender_desktop.ui.dialogs.factory import DialogFactory
    from medsender_desktop.ui.status_bar import AppStatusBar
    from medsender_desktop.ui.tabs.sent_tab import SentTab

NEW_FAX_MESSAGE_MS = 15_000  # how long the status bar says "New fax received"


class ComposeHandOff:
    """Mixin for :class:`MainWindow` (the send dialog: ``_compose`` while it is open)."""

    # the window's, set in MainWindow.__init__
    _compose: Any
    _compose_patient: tuple[str, str] | None
    _waiting_files: list[Path]
    _session: Session | None
    _dialogs: DialogFactory
    _address_book: AddressBook | None
    status: AppStatusBar
    tabs: QTabWidget
    sent_tab: SentTab
    new_fax_action: QAction
    compose_closed: SignalInstance

    def send_files(self, paths: list[Path]) -> None:
        """Open the send dialog with ``paths`` (or add them to the one already open).

        Every way in ends here: a drop on the window, New fax, files on the command line and
        files handed over by a second launch. Before sign-in the files wait for the session.
        """
        if self._compose is not None:
            self._compose.add_files(paths)
            self._compose.raise_()
            self._compose.activateWindow()
            return
        if self._session is None:
            self._waiting_files.extend(paths)
            if paths:
                self.status.showMessage(QCoreApplication.translate(
                    "MainWindow", "Sign in to send the document(s) you opened."), 8000)
            return
        self.compose(paths)

    @property
    def composing(self) -> bool:
        """Whether the New fax dialog is open."""
        return self._compose is not None

    def files_dropped(self, paths: list[Path]) -> None:
        self.send_files(paths)

    def on_ai_tab_send_requested(self, paths: list[Path], patient: str, dob: str) -> None:
        """The AI tab's Send this: New fax with the document and the patient the AI read."""
        self._compose_patient = (patient, dob)
        self.send_files(paths)
        if self._compose is not None:  # added to the dialog already open
            self._prefill_patient(self._compose)

    def _prefill_patient(self, dialog: Any) -> None:
        """Fill an empty patient name and DOB with what the AI tab handed over."""
        patient, self._compose_patient = self._compose_patient, None
        if patient is None:
            return
        name, dob = patient
        fields = dialog.fields
        if name and not fields.patient_edit.text().strip():
            fields.patient_edit.setText(name)
        if dob and not fields.dob_edit.text():
            with contextlib.suppress(ValueError):
                fields.dob_edit.setText(typed(dt.date.fromisoformat(dob)))

    async def compose_and_send(self, paths: list[Path]) -> None:
        """The send dialog, opened at once; numbers arrive while the pages render; then the fax
        is held or sent, and followed until Medsender has it (the window's ``compose`` slot)."""
        session = self._session
        assert session is not None
        self.new_fax_action.setEnabled(False)
        dialog = self._dialogs.new_fax_dialog(
            self, numbers=[], dialogs=self._dialogs, documents=session.documents,
            access_url=cover_access_url(session.profile.base_url),
            read_patient=session.document_patient, address_book=self._address_book)
        self._compose = dialog
        self._prefill_patient(dialog)
        try:
            if paths:
                dialog.add_files(paths)
            dialog.load_numbers(session.fax_numbers)
            accepted = await self._dialogs.run(dialog)
            request = dialog.request() if accepted else None
            send_at = dialog.send_at() if accepted else None
        finally:
            dialog.stop()
            self._compose = None
            self.new_fax_action.setEnabled(self._session is not None)
            self.compose_closed.emit()
        dialog.deleteLater()
        if request is None:
            return
        if send_at is not None:  # held in the outbox until then
            await session.queue_fax(request, send_at=send_at)
            when = fmt.when(dt.datetime.fromtimestamp(send_at, dt.UTC))
            self.status.showMessage(QCoreApplication.translate(
                "MainWindow", "Fax scheduled for {time}: it waits in the outbox.").format(time=when),
                NEW_FAX_MESSAGE_MS)
            return
        self.tabs.setCurrentWidget(self.sent_tab)
        count = len(request.to_numbers)
        self.status.show_progress(
            QCoreApplication.translate("MainWindow", "Fax in the outbox: uploading…") if count == 1 else
            QCoreApplication.translate(
                "MainWindow", "{count} faxes in the outbox, one per number: uploading…").format(count=count))
        try:  # once Medsender has it, show it (a refusal is shown with its reason)
            results = await session.send_fax(request, progress=self.status.set_progress)
        finally:
            self.status.hide_progress()
        self.sent_tab.select_token(results[0].token)
        self.status.showMessage(QCoreApplication.translate(
            "MainWindow", "Sent to Medsender: the status updates here by itself."), 8000)
