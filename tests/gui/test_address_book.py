"""The address book from the toolbar (add, import and export CSV), To-field completion from it
with recent recipients first, the never-faxed warning, and several recipients in one send
(one fax each)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from medsender_desktop.services.address_book import Contact
from medsender_desktop.ui.dialogs.address_book_dialog import AddressBookDialog, ContactDialog
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import (
    CORPUS,
    Backend,
    drop_files,
    focus_in,
    open_desktop,
    sandbox_sent_pages,
    until,
)


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


async def test_address_book_add_import_export(backend: Backend, tmp_path: Path, qapp) -> None:
    export = tmp_path / "exported.csv"
    ehr = tmp_path / "ehr-contacts.csv"
    ehr.write_text("First Name,Last Name,Practice Name,Fax Number,Comments\n"
                   "Ada,Lee,Northgate Cardiology,(212) 555-0101,Prefers mornings\n"
                   "Bob,Stone,Harbor Lab,not a number,\n", encoding="utf-8")
    async with open_desktop(backend, tmp_path) as desktop:
        desktop.dialogs.save_to = export
        seen: dict[str, object] = {}

        async def book(dialog: AddressBookDialog) -> int:
            dialog.open()
            _click(dialog.add_button)
            await until(lambda: dialog.model.rowCount() == 1, "the contact added")
            _click(dialog.import_button)
            await until(lambda: "added" in dialog.status_label.text(), "the import summary")
            seen["import"] = dialog.status_label.text()
            seen["rows"] = dialog.model.rowCount()
            _click(dialog.export_button)
            await until(lambda: export.exists(), "the export")
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Close))
            return dialog.result()

        async def add(dialog: ContactDialog) -> int:
            dialog.open()
            QTest.keyClicks(dialog.name_edit, "Dr. Maria Ortiz")
            QTest.keyClicks(dialog.fax_edit, "(305) 555-01")  # too short: refused, kept
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Save))
            assert dialog.error_label.text() and dialog.result() == 0
            QTest.keyClicks(dialog.fax_edit, "44")
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Save))
            return dialog.result()

        def choose(dialog: QDialog) -> int:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(ehr))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.extend([book, add, choose])
        desktop.window.address_book_action.trigger()
        await until(lambda: not desktop.dialogs.answers and export.exists(), "the address book done")
        assert seen["rows"] == 2
        assert seen["import"] == "1 contacts added, 0 updated; 1 rows skipped (rows 3: no valid fax number)."
        text = export.read_text(encoding="utf-8-sig")
        assert "Dr. Maria Ortiz" in text and "Northgate Cardiology" in text and "+12125550101" in text


async def test_to_completes_from_the_book_and_warns_about_new_numbers(backend: Backend, tmp_path: Path,
                                                                     qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        book = desktop.controller.app.address_book
        await book.save(Contact(name="Dr Ada Lee", organization="Northgate Cardiology",
                                fax_number="(212) 555-0101"))
        await book.save(Contact(name="Dr Adam North", organization="Lakeside Clinic",
                                fax_number="(617) 555-0130"))
        await book.record_use("(617) 555-0130")  # faxed before: recent, and known
        before = sandbox_sent_pages(backend)
        seen: dict[str, object] = {}

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            fields, recipients = dialog.fields, dialog.recipients
            assert recipients is not None
            await until(lambda: not dialog.pages.loading and fields.from_combo.count() > 0, "ready")
            await focus_in(fields.to_edit, "the To field focused in the active dialog")
            QTest.keyClicks(fields.to_edit, "ada")
            await until(lambda: recipients.completer.popup().isVisible(), "the suggestions")
            seen["suggested"] = [c.name for c in recipients.suggestions]
            popup = recipients.completer.popup()
            popup.setCurrentIndex(recipients.completer.completionModel().index(1, 0))  # Dr Ada Lee
            QTest.keyClick(popup, Qt.Key.Key_Return)
            await until(lambda: fields.to_edit.text() == "(212) 555-0101", "the number filled in")
            seen["recipient"] = fields.recipient_edit.text()
            await until(lambda: fields.to_warning.isVisible(), "the never-faxed warning")
            seen["warning"] = fields.to_warning.text()
            QTest.keyClicks(fields.to_edit, "; (617) 555-0130")
            await until(lambda: "(212) 555-0101" in fields.to_warning.text()
                        and "(617)" not in fields.to_warning.text(), "the warning for the new one only")
            QTest.keyClicks(fields.patient_edit, "Two Recipients")
            _click(dialog.send_button)
            await until(lambda: dialog.result() != 0, "sent")
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 2, "one fax per number")
        assert seen["suggested"] == ["Dr Adam North", "Dr Ada Lee"]  # recent first
        assert seen["recipient"] == "Dr Ada Lee"
        assert "(212) 555-0101" in str(seen["warning"]) and "before" in str(seen["warning"])
        assert sandbox_sent_pages(backend)[len(before):] == [("Two Recipients", 4)] * 2
        await until(lambda: desktop.window.sent_tab.selected_record() is not None, "the Sent row")
        assert not await book.never_faxed("(212) 555-0101")  # known from now on
