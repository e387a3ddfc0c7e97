"""Keyboard: a send dialog opened with a document (a drop, the watched folder, AI Send this, a
second launch) has the cursor in To, the one field left to fill, so the number can be typed at
once; without a document, Add files… comes first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import CORPUS, Backend, drop_files, open_desktop, until


async def test_a_dropped_document_leaves_the_cursor_in_to(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        seen: dict[str, object] = {}

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.pages.page_count > 0
                        and dialog.fields.from_combo.count() > 0, "the dropped file read")
            seen["focus"] = dialog.focusWidget()
            QTest.keyClicks(dialog.focusWidget(), "(404) 555-0112")
            seen["to"] = dialog.fields.to_edit.text()
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: not desktop.dialogs.answers and window._compose is None, "the dialog done")
        assert seen["to"] == "(404) 555-0112", f"typing went to {type(seen['focus']).__name__}"
