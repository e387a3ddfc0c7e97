"""A number outside the North American Numbering Plan is refused in the New fax dialog, in
plain words, before anything is uploaded (API-CONTRACT.md, "Points settled": countries)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import Backend, open_desktop
from tests.paths import CORPUS
from tests.waiting import until


async def test_a_foreign_number_is_refused_before_upload_in_plain_words(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        seen: list[tuple[str, bool]] = []

        def fill(dialog: NewFaxDialog) -> int:
            dialog.file_edit.setText(str(CORPUS / "minimal-document.pdf"))
            QTest.keyClicks(dialog.fields.to_edit, "+44 20 7946 0958")
            QTest.keyClicks(dialog.fields.patient_edit, "Zelda Quarantotti")
            send = next(b for b in dialog.buttons.buttons()
                        if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
            QTest.mouseClick(send, Qt.MouseButton.LeftButton)
            seen.append((dialog.error_label.text(),
                         dialog.result() != QDialog.DialogCode.Accepted))
            cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        before = window.sent_tab.model.rowCount()
        window.new_fax_action.trigger()  # Ctrl+N
        await until(lambda: seen, "the dialog to answer the Send click")
        error, not_accepted = seen[0]
        assert "Medsender faxes only to US and Canadian numbers" in error and not_accepted
        assert "+44" not in error and "7946" not in error  # the number is not echoed
        await until(lambda: window.new_fax_action.isEnabled(), "the dialog to close")
        assert window.sent_tab.model.rowCount() == before
        assert not any(r.patient_name == "Zelda Quarantotti" for r in window.sent_tab.model.records)
