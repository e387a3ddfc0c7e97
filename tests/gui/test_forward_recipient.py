"""A number a received fax was forwarded to is a recipient like any other: New fax's To offers
it from the address book afterwards, with the name typed in Forward."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtTest import QTest

from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import (
    CORPUS,
    Backend,
    click,
    drop_files,
    open_desktop,
    open_received_fax,
    press_accept,
    receive_a_fax,
    until,
)


async def test_a_forwarded_to_number_is_offered_in_new_fax(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        await until(lambda: received.viewer.data is not None, "the fax shown")

        def forward(dialog: ForwardDialog) -> int:
            QTest.keyClicks(dialog.fields.to_edit, "(617) 555-0134")
            QTest.keyClicks(dialog.fields.recipient_edit, "Dr. Alan Pierce")
            press_accept(dialog)
            return dialog.result()

        desktop.dialogs.answers.append(forward)
        await click(received.forward_button, "ReceivedTab.on_forward_button_clicked")
        assert desktop.dialogs.infos[-1].startswith("The fax is on its way"), desktop.dialogs.errors
        seen: dict[str, object] = {}

        async def compose(dialog: NewFaxDialog) -> int:
            dialog.open()
            fields, recipients = dialog.fields, dialog.recipients
            assert recipients is not None
            searched: list[int] = []
            recipients.searched.connect(searched.append)
            fields.to_edit.setFocus()
            QTest.keyClicks(fields.to_edit, "Pierce")
            await until(lambda: searched, "the address book searched")
            seen["suggested"] = [(c.name, c.fax_number) for c in recipients.suggestions]
            recipients.completer.popup().hide()
            dialog.reject()
            return dialog.result()

        desktop.dialogs.answers.append(compose)
        assert drop_files(desktop.window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: not desktop.dialogs.answers and desktop.window._compose is None, "the dialog done")
        assert seen["suggested"] == [("Dr. Alan Pierce", "+16175550134")]


async def test_forward_writes_the_patient_dob_as_people_type_it(backend: Backend, tmp_path: Path, qapp) -> None:
    """The DOB Medsender's AI read (ISO) is pre-filled as MM/DD/YYYY, as the field asks and as
    New fax fills it, not as 1966-12-05."""
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        await until(lambda: any(r.patient_dob for r in received.model.records), "a fax with a DOB")
        record = next(r for r in received.model.records if r.patient_dob)
        open_received_fax(received, record.send_token)
        await until(lambda: received.viewer.data is not None, "the fax shown")  # its download done
        seen: dict[str, str] = {}

        def look(dialog: ForwardDialog) -> int:
            seen["dob"] = dialog.fields.dob_edit.text()
            dialog.reject()
            return dialog.result()

        desktop.dialogs.answers.append(look)
        await click(received.forward_button, "ReceivedTab.on_forward_button_clicked")
        day = dt.date.fromisoformat(str(record.patient_dob)[:10])
        assert seen["dob"] == f"{day.month:02d}/{day.day:02d}/{day.year}"
