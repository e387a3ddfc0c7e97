"""Secure e-mail links, as a front desk sends them: from the toolbar with a PDF dropped on the
dialog, and from a received fax; the e-mail is listed in the Sent tab (kept by the app: the
API cannot list e-mails) and its status moves on by itself (polling, no relay); a refused
file or address is explained next to its field and nothing is sent."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from medsender_desktop.api import Email
from medsender_desktop.documents.generate import generate_document, pad_pdf
from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
from medsender_desktop.ui.models.sent_model import SentColumn
from tests.gui.helpers import (
    CORPUS,
    FOUR_PAGES,
    Backend,
    Desktop,
    drop_files,
    open_desktop,
    open_received_fax,
    receive_a_fax,
    shown_dialog,
    slot_running,
)
from tests.waiting import until

EMAIL_SLOT = "MainWindow.on_email_requested"  # sends, then shows the e-mail in the Sent tab


def sandbox_emails(backend: Backend) -> list[tuple[str, str, str | None, int]]:
    """(recipient, sender, reply-to, document pages) of every e-mail the sandbox holds."""
    with contextlib.closing(sqlite3.connect(backend.db)) as db:
        return list(db.execute(
            "SELECT e.recipient_email, e.sender_name, e.reply_to_email, d.pages FROM emails e "
            "JOIN documents d ON d.sha256 = e.document_sha ORDER BY e.seq"))


def cell(desktop: Desktop, token: str, column: SentColumn) -> str | None:
    sent = desktop.window.sent_tab
    row = sent.model.row_of(token)
    return None if row is None else sent.model.index(row, column).data()


async def open_email_dialog(desktop: Desktop) -> SecureEmailDialog:
    """Ctrl+Shift+E on the main window opens the dialog, for real."""
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    QTest.keyClick(desktop.window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return await shown_dialog(SecureEmailDialog, "the secure e-mail dialog")


def closed(dialog: SecureEmailDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def fill(dialog: SecureEmailDialog, address: str, sender: str = "Front Desk") -> None:
    for edit, text in ((dialog.email_edit, address), (dialog.sender_edit, sender)):
        edit.clear()
        QTest.keyClicks(edit, text)


async def test_toolbar_email_is_listed_and_follows_its_status_by_itself(
        fast_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(fast_backend, tmp_path, relay=False) as desktop:
        window = desktop.window
        window.activateWindow()
        before = len(sandbox_emails(fast_backend))
        dialog = await open_email_dialog(desktop)
        assert drop_files(dialog, [FOUR_PAGES])  # a corpus PDF, dropped on the dialog
        await until(lambda: dialog.document is not None, "the dropped PDF checked")
        assert "4 page(s)" in dialog.document_label.text()
        assert not dialog.preview.pixmap().isNull()  # its first page, on screen
        fill(dialog, "records@northgate.example")
        QTest.keyClicks(dialog.reply_edit, "frontdesk@mainstreet.example")
        QTest.keyClicks(dialog.subject_edit, "Referral")
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: closed(dialog), "the e-mail sent and the dialog closed")
        # the window selects it in the Sent tab once the slot resumes after the dialog closed
        await until(lambda: not slot_running(EMAIL_SLOT), "the e-mail shown in the Sent tab")
        assert sandbox_emails(fast_backend)[before:] == [
            ("records@northgate.example", "Front Desk", "frontdesk@mainstreet.example", 4)]

        sent = window.sent_tab
        assert window.tabs.currentWidget() is sent
        record = sent.selected_record()
        assert isinstance(record, Email) and record.recipient_email == "records@northgate.example"
        token = record.token
        assert cell(desktop, token, SentColumn.KIND) == "E-mail"
        seen: list[str | None] = []

        def status() -> str | None:
            value = cell(desktop, token, SentColumn.STATUS)
            if not seen or seen[-1] != value:
                seen.append(value)
            return value

        await until(lambda: status() == "Viewed", "delivered, then opened by the recipient", timeout=40)
        assert seen[0] in ("Queued", "Sending") and seen[-1] == "Viewed"  # moved on with no click
        await until(lambda: sent.detail.value_of("Last viewed") not in (None, "—"), "the details")
        assert sent.detail.value_of("Status") == "Viewed"
        assert sent.detail.value_of("To") == "records@northgate.example"
        assert sent.detail.value_of("Link expires") not in (None, "—")
        assert sent.copy_link_button.isEnabled() and not sent.email_button.isEnabled()

        sent.kind_combo.setCurrentIndex(2)  # Show: Secure e-mails
        kinds = {sent.proxy.index(r, SentColumn.KIND).data() for r in range(sent.proxy.rowCount())}
        assert kinds == {"E-mail"}
        sent.kind_combo.setCurrentIndex(1)  # Show: Faxes
        assert sent.proxy.rowCount() > 0 and all(
            sent.proxy.index(r, SentColumn.KIND).data() == "Fax" for r in range(sent.proxy.rowCount()))

    # the app keeps the e-mails it sent (sealed in its cache): there after a restart too
    async with open_desktop(fast_backend, tmp_path, relay=False) as desktop:
        assert cell(desktop, token, SentColumn.STATUS) == "Viewed"


async def test_a_received_fax_is_sent_on_as_a_secure_email(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        token = await receive_a_fax(desktop)
        received = window.received_tab
        window.tabs.setCurrentWidget(received)
        await until(lambda: received.model.row_of(token) is not None, "the fax listed")
        open_received_fax(received, token)
        before = len(sandbox_emails(backend))
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        QTest.mouseClick(received.email_button, Qt.MouseButton.LeftButton)
        dialog = await shown_dialog(SecureEmailDialog, "the secure e-mail dialog")
        await until(lambda: dialog.document is not None, "the fax's pages in the dialog")
        assert "Harbor Clinical Laboratory" in dialog.document_label.text()
        assert "4 page(s)" in dialog.document_label.text()
        fill(dialog, "lab.results@clinic.example", "Dr. Marsh")
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: closed(dialog), "the e-mail sent")
        await until(lambda: not slot_running(EMAIL_SLOT), "the e-mail shown in the Sent tab")
        assert sandbox_emails(backend)[before:] == [("lab.results@clinic.example", "Dr. Marsh", None, 4)]
        sent = window.sent_tab
        record = sent.selected_record()
        assert isinstance(record, Email) and window.tabs.currentWidget() is sent
        assert "lab.results@clinic.example" in window.status.currentMessage()


async def test_a_refused_file_or_address_is_explained_and_nothing_is_sent(
        backend: Backend, tmp_path: Path, qapp) -> None:
    too_long = tmp_path / "two-hundred-pages.pdf"
    too_long.write_bytes(generate_document(pages=200, title="Long record"))
    too_big = tmp_path / "twenty-point-one-mb.pdf"
    too_big.write_bytes(pad_pdf(generate_document(pages=2, title="Scan"), int(20.1 * 1024 * 1024)))
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_emails(backend)
        dialog = await open_email_dialog(desktop)
        problem = dialog.errors["document"]

        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # nothing filled in
        await until(problem.isVisible, "the missing document explained")
        assert dialog.isVisible() and "Add the document" in problem.text()
        assert "Enter the recipient" in dialog.errors["recipient_email"].text()
        assert "Enter your name" in dialog.errors["sender_name"].text()

        assert drop_files(dialog, [CORPUS / "smile.tiff"])
        await until(lambda: "Only PDF" in problem.text(), "a TIFF refused")
        assert drop_files(dialog, [too_long])
        await until(lambda: "too many pages" in problem.text(), "200 pages refused", timeout=30)
        assert drop_files(dialog, [too_big])
        await until(lambda: "too large" in problem.text(), "20.1 MB refused")
        assert dialog.document is None
        assert drop_files(dialog, [FOUR_PAGES])
        await until(lambda: dialog.document is not None and not problem.isVisible(), "a good PDF")

        fill(dialog, "records@northgate", "Front Desk")
        QTest.keyClicks(dialog.reply_edit, "not an address")
        address_problem = dialog.errors["recipient_email"]
        address_problem.hide()
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await until(address_problem.isVisible, "the address refused")
        assert "name@example.com" in address_problem.text()
        assert dialog.errors["reply_to_email"].isVisible()
        assert not dialog.errors["sender_name"].isVisible()
        assert dialog.isVisible() and sandbox_emails(backend) == before  # nothing sent
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        await until(lambda: closed(dialog), "the dialog closed")
        assert sandbox_emails(backend) == before


async def test_choose_file_takes_the_pdf_picked_in_the_file_dialog(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        dialog = await open_email_dialog(desktop)
        captions: list[str] = []

        def pick(chooser: QDialog) -> int:  # the person picks the corpus PDF and clicks Open
            assert isinstance(chooser, QFileDialog)
            captions.append(chooser.windowTitle())
            chooser.selectFile(str(FOUR_PAGES))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(pick)
        QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.document is not None, "the chosen PDF checked")
        assert captions == ["Choose the document to send"]
        assert FOUR_PAGES.name in dialog.document_label.text() and "4 page(s)" in dialog.document_label.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        await until(lambda: closed(dialog), "the dialog closed")
