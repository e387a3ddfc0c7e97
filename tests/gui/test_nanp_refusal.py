"""A number outside the North American Numbering Plan is refused in the New fax dialog, next to
the To field, in plain words, before anything is uploaded (API-CONTRACT.md, "Points settled":
countries)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import Backend, drop_files, open_desktop, sandbox_sent_pages
from tests.paths import CORPUS
from tests.waiting import until

REFUSAL = "Medsender faxes only to US and Canadian numbers"


async def test_a_foreign_number_is_refused_beside_to_and_nothing_is_uploaded(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        before = sandbox_sent_pages(backend)
        seen: dict[str, object] = {}

        async def fill(dialog: NewFaxDialog) -> int:
            dialog.open()
            fields = dialog.fields
            await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                        and fields.from_combo.count() > 0, "the dropped document and the numbers")
            fields.to_edit.setFocus()
            QTest.keyClicks(fields.to_edit, "+44 20 7946 0958")
            QTest.keyClicks(fields.patient_edit, "Zelda Quarantotti")
            error = fields.errors["to_number"]
            seen["beside_to"] = error.isVisible() and error.text()
            seen["send_enabled"] = dialog.send_button.isEnabled()
            seen["reason"] = dialog.reason_label.text()
            QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # disabled: nothing
            fields.to_edit.setFocus()
            QTest.keyClick(fields.to_edit, Qt.Key.Key_Return)  # Enter does not send it either
            seen["still_open"] = dialog.isVisible() and dialog.result() == 0
            seen["kept"] = fields.to_edit.text()
            QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        assert drop_files(window, [CORPUS / "minimal-document.pdf"])
        await until(lambda: "kept" in seen and window._compose is None, "the dialog answered and closed")
        beside_to = str(seen["beside_to"])
        assert REFUSAL in beside_to, seen
        assert "+44" not in beside_to and "7946" not in beside_to  # the number is not echoed
        assert seen["send_enabled"] is False and REFUSAL in str(seen["reason"])
        assert seen["still_open"] is True and seen["kept"] == "+44 20 7946 0958"
        assert await desktop.session.outbox.entries() == []  # nothing was even queued
        assert sandbox_sent_pages(backend) == before  # and the sandbox received nothing
