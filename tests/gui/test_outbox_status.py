"""The window and the outbox: the status bar counts what the outbox still holds, and a fax that
is not delivered raises a notification that says why and opens it in the Sent tab."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.api import CoverSheet, FaxRequest
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import Backend, drop_files, open_desktop, until
from tests.paths import CORPUS


async def test_the_status_bar_counts_the_outbox(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        label = desktop.window.status.outbox_label
        assert label.text() == "Outbox: empty"
        session = desktop.session
        number = (await session.fax_numbers())[0].number
        send_at = time.time() + 3600
        held = await session.queue_fax(FaxRequest(
            to_numbers=("2125550101", "2125550102"), from_number=number,
            files=(CORPUS / "minimal-document.pdf",), cover=CoverSheet(note="held")),
            send_at=send_at)
        when = fmt.when(dt.datetime.fromtimestamp(send_at, dt.UTC))
        await until(lambda: label.text() == f"Outbox: 2 scheduled, the next for {when}",
                    "two held faxes counted with their time")
        for entry in held:
            await session.outbox.cancel(entry.id)
        await until(lambda: label.text() == "Outbox: empty", "cancelled faxes leave the count")


async def test_an_undelivered_fax_is_announced_with_the_reason(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window

        async def fill(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                        and dialog.fields.from_combo.count() > 0, "the dropped document")
            QTest.keyClicks(dialog.fields.to_edit, "(212) 554-0000")  # the sandbox's busy line
            QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.result() != 0, "the dialog accepted")
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        assert drop_files(window, [CORPUS / "minimal-document.pdf"])
        await until(lambda: any(t == "Fax not delivered" for t, _, _ in desktop.notifier.messages),
                    "the failure notification", timeout=30)
        (_title, reason, token), = [m for m in desktop.notifier.messages
                                   if m[0] == "Fax not delivered"]
        assert "busy" in reason and "Check the number" in reason
        window.tabs.setCurrentWidget(window.received_tab)
        desktop.notifier.clicked.emit(token)  # the user clicks the notification
        assert window.tabs.currentWidget() is window.sent_tab
        assert window.sent_tab.selected_record().send_token == token.removeprefix("sent:")


async def test_a_send_goes_through_the_outbox_with_progress_and_counts_the_recipient(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        session = desktop.session
        number = (await session.fax_numbers())[0].number
        assert await session.address_book.never_faxed("(212) 555-0177")
        progress: list[tuple[int, int]] = []
        (result,) = await session.send_fax(FaxRequest(
            to_numbers=("(212) 555-0177",), from_number=number,
            files=(CORPUS / "minimal-document.pdf",), cover=CoverSheet(note="progress")),
            progress=lambda sent, total: progress.append((sent, total)))
        (entry,) = await session.outbox.entries()
        assert entry.token == result.token and progress
        assert progress[-1][0] == progress[-1][1] > 0
        await until(lambda: session.address_book.find_number("2125550177"),
                    "the recipient counted in the address book",
                    ready=lambda contact: contact is not None and contact.use_count == 1)
