"""After a fax fails: the notification opens it in the Sent tab, which shows the delivery
timeline, sends it again with one click on Retry, sends the same document as a secure e-mail
link, and shows the document that was sent."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
from tests.gui.helpers import CORPUS, Backend, drop_files, open_desktop, sandbox_sent_pages, until

BUSY_LINE = "(212) 554-0000"  # the sandbox's number that is always busy


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _emails(backend: Backend) -> list[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(backend.db)) as db:
        return list(db.execute("SELECT recipient_email, sender_name, patient_name FROM emails "
                               "ORDER BY seq"))


async def test_a_failed_fax_is_retried_emailed_and_shown(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        before = sandbox_sent_pages(backend)
        emails_before = _emails(backend)

        async def fill(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: dialog.pages.page_count == 4 and not dialog.pages.loading
                        and dialog.fields.from_combo.count() > 0, "the dropped document")
            QTest.keyClicks(dialog.fields.to_edit, BUSY_LINE)
            QTest.keyClicks(dialog.fields.patient_edit, "Retry Patient")
            QTest.keyClicks(dialog.fields.sender_edit, "Front Desk")
            _click(dialog.send_button)
            await until(lambda: dialog.result() != 0, "the dialog accepted")
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        assert drop_files(window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: any(t == "Fax not delivered" for t, _, _ in desktop.notifier.messages),
                    "the failure notification", timeout=40)
        token = next(tok for title, _, tok in desktop.notifier.messages if title == "Fax not delivered")
        # the outbox announces the failure; the Sent list has the fax a moment later (a click
        # on the notification before that selects nothing)
        await until(lambda: window.sent_tab.model.row_of(token.partition("sent:")[2]) is not None,
                    "the failed fax listed in the Sent tab")
        desktop.notifier.clicked.emit(token)  # the user clicks the notification
        panel = window.sent_tab.followup
        await until(lambda: panel.isVisible() and panel.retry_button.isEnabled(), "Retry offered")
        lines = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
        assert any("Queued" in line for line in lines) and len(lines) >= 2

        _click(panel.retry_button)  # one click: the same document and fields, again
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 2, "the fax sent again")
        assert sandbox_sent_pages(backend)[len(before):] == [("Retry Patient", 4)] * 2

        async def email(dialog: SecureEmailDialog) -> int:
            dialog.open()
            await until(lambda: dialog.document is not None, "the fax's document in the dialog")
            assert dialog.sender_edit.text() == "Front Desk"
            assert "not delivered" in dialog.reason_label.text()
            QTest.keyClicks(dialog.email_edit, "records@northgate.example")
            dialog.days_spin.setFocus()
            dialog.days_spin.selectAll()
            QTest.keyClicks(dialog.days_spin, "7")
            assert dialog.days_spin.value() == 7
            _click(dialog.send_button)
            await until(lambda: dialog.result() != 0, "the e-mail sent and the dialog closed")
            return dialog.result()

        desktop.dialogs.answers.append(email)
        sent_tab = window.sent_tab
        fax_token = token.partition("sent:")[2]
        assert sent_tab.select_token(fax_token)  # the failed fax, in the Sent tab
        _click(sent_tab.email_button)  # Secure e-mail… above the details
        await until(lambda: len(_emails(backend)) == len(emails_before) + 1, "the secure e-mail")
        assert _emails(backend)[-1] == ("records@northgate.example", "Front Desk", "Retry Patient")
        emailed = await until(sent_tab.selected_record, "the e-mail selected in the Sent tab",
                              ready=lambda r: getattr(r, "recipient_email", None) == "records@northgate.example")
        assert emailed.token != fax_token
        assert sent_tab.select_token(fax_token)
        await until(lambda: panel.isVisible(), "the fax's follow-up again")

        pages: list[int] = []

        async def look(dialog: QDialog) -> int:
            await until(lambda: panel.viewer is not None and panel.viewer.page_count > 0, "the document")
            pages.append(panel.viewer.page_count)  # type: ignore[union-attr]
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(look)
        _click(panel.document_button)
        await until(lambda: pages, "the sent document shown")
        assert pages == [4]
