"""The patient check: the send dialog reads the document's patient with Medsender AI (the
sandbox's), fills in an empty name and DOB, and warns before sending when the cover sheet
names another patient; it stays quiet when they match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.documents import generate_document
from medsender_desktop.services.patient_check import DocumentPatient, mismatch, same_person
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import Backend, drop_files, open_desktop, sandbox_sent_pages, until


def referral(folder: Path, patient: str, dob: str) -> Path:
    path = folder / f"referral-{patient.split()[-1].lower()}.pdf"
    path.write_bytes(generate_document(pages=2, title="Referral", kind_of_doc="Referral", lines=[
        f"Patient: {patient}", f"DOB: {dob}", "Referring provider: Dr. Ada Lee",
        "Reason for referral: persistent knee pain; please evaluate and treat.",
    ]))
    return path


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


async def _checked(dialog: NewFaxDialog) -> None:
    await until(lambda: not dialog.pages.loading and dialog.pages.page_count > 0
                and dialog.patient_check.patient is not None and dialog.fields.from_combo.count() > 0,
                "the document read by the AI", timeout=30)


async def test_a_matching_document_fills_in_the_patient_and_sends_without_warning(
        backend: Backend, tmp_path: Path, qapp) -> None:
    document = referral(tmp_path, "Grace Kowalski", "12/05/1966")
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)
        seen: dict[str, str] = {}

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await _checked(dialog)
            seen["name"] = dialog.fields.patient_edit.text()
            seen["dob"] = dialog.fields.dob_edit.text()
            seen["status"] = dialog.patient_check.status_label.text()
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            assert not dialog.patient_check.warning and not dialog.patient_check.warning_label.isVisible()
            _click(dialog.send_button)  # one click sends
            await until(lambda: dialog.result() != 0, "sent")
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [document])
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 1, "the fax in the sandbox")
        assert seen["name"] == "Grace Kowalski" and seen["dob"] == "12/05/1966"
        assert "Grace Kowalski" in seen["status"]
        await until(lambda: desktop.window.sent_tab.selected_record() is not None, "the Sent row")


async def test_a_document_about_another_patient_is_warned_before_sending(
        backend: Backend, tmp_path: Path, qapp) -> None:
    document = referral(tmp_path, "Harold Finch", "03/14/1958")
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)
        seen: dict[str, object] = {}

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            QTest.keyClicks(dialog.fields.patient_edit, "Grace Kowalski")  # typed before the check
            await _checked(dialog)
            assert dialog.fields.patient_edit.text() == "Grace Kowalski"  # never overwritten
            seen["warning"] = dialog.patient_check.warning_label.text()
            seen["visible"] = dialog.patient_check.warning_label.isVisible()
            _click(dialog.send_button)  # warned, not sent
            await until(lambda: dialog.error_label.text(), "the warning on Send")
            seen["after_click"] = dialog.error_label.text()
            seen["button"] = dialog.send_button.text()
            seen["still_open"] = dialog.result() == 0 and dialog.isVisible()
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [document])
        await until(lambda: "button" in seen, "the dialog done", timeout=40)
        assert seen["visible"] and "Harold Finch" in str(seen["warning"])
        assert "Grace Kowalski" in str(seen["warning"])
        assert "Check the patient" in str(seen["after_click"])
        assert seen["button"] == "Send anyway" and seen["still_open"]
        assert sandbox_sent_pages(backend) == before  # nothing was faxed


def test_names_compare_as_people_write_them() -> None:
    assert same_person("Kowalski, Grace", "grace KOWALSKI")
    assert same_person("Grace M. Kowalski", "Grace Kowalski")
    assert same_person("Mrs. Grace Kowalski", "Grace Kowalski")
    assert not same_person("Grace Kowalski", "Harold Finch")
    assert not same_person("Grace Kowalski", "Grace Finch")
    document = DocumentPatient("Grace Kowalski", "1966-12-05")
    assert mismatch(document, "Kowalski, Grace", "1966-12-05") is None
    assert "12/05/1966" in (mismatch(document, "Grace Kowalski", "1966-05-12") or "")
    assert mismatch(DocumentPatient(None, None), "Anyone", None) is None
