"""The send dialog checks while it is open: each problem under its field, Send disabled with the
reason, what was typed kept; dates of birth as people type them or picked from a calendar; the
cover page previewed as the recipient will get it."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui.dates import parse_typed_date
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import CORPUS, Backend, drop_files, open_desktop, sandbox_sent_pages, until

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("typed", ["02/28/1980", "2/28/1980", "02-28-1980", "02.28.1980", "02281980",
                                   "1980-02-28", "1980/2/28", " 2/28/80 "])
def test_dates_of_birth_as_people_type_them(typed: str) -> None:
    assert parse_typed_date(typed, today=TODAY) == dt.date(1980, 2, 28)


@pytest.mark.parametrize(("typed", "words"), [
    ("28/02/1980", "month first"), ("02/30/1980", "not a real calendar date"),
    ("12/01/2030", "future"), ("tomorrow", "month/day/year"), ("01/01/1850", "before 1900")])
def test_dates_that_are_refused_say_why(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_typed_date(typed, today=TODAY)
    assert words in caught.value.message and caught.value.field == "patient_dob"


def test_two_digit_years_are_in_the_past() -> None:
    assert parse_typed_date("1/2/25", today=TODAY).year == 2025
    assert parse_typed_date("1/2/27", today=TODAY).year == 1927


async def test_problems_beside_their_fields_and_send_waits(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)
        checks: dict[str, object] = {}

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            fields = dialog.fields
            await until(lambda: not dialog.pages.loading and fields.from_combo.count() > 0, "ready")
            QTest.keyClicks(fields.to_edit, "(404) 555-01")
            QTest.keyClicks(fields.patient_edit, "Ada Lovelace")
            QTest.keyClicks(fields.dob_edit.edit, "28/02/1980")
            assert fields.errors["to_number"].isVisible() and "number" in fields.errors["to_number"].text()
            assert "month first" in fields.errors["patient_dob"].text()
            assert not dialog.send_button.isEnabled() and dialog.reason_label.text()
            QTest.keyClicks(fields.to_edit, "12")
            assert not fields.errors["to_number"].isVisible()
            # the calendar: pick 28 February 1980 with the keyboard
            fields.dob_edit.calendar.setSelectedDate(QDate(1980, 2, 28))
            QTest.keyClick(fields.dob_edit.calendar.findChild(QTableView), Qt.Key.Key_Return)
            assert fields.dob_edit.text() == "02/28/1980"
            assert not fields.errors["patient_dob"].isVisible()
            assert dialog.send_button.isEnabled(), dialog.reason_label.text()
            checks["dob"] = fields.cover().patient_dob
            # the cover page, as it will be faxed
            dialog.views.setCurrentWidget(dialog.cover_preview)
            await until(lambda: dialog.cover_preview.up_to_date, "the cover preview")
            checks["preview"] = dialog.cover_preview.pdf
            QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.result() != 0, "sent")
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 1, "the fax in the sandbox")
        assert checks["dob"] == "1980-02-28"
        await until(lambda: desktop.window.sent_tab.selected_record() is not None, "the Sent row")
        await _same_cover(backend, checks["preview"])  # type: ignore[arg-type]


async def _same_cover(backend: Backend, preview: bytes) -> None:
    """The preview's text is the transmitted cover page's, but for the access code and time."""
    with contextlib.closing(sqlite3.connect(backend.db)) as db:
        row = db.execute("SELECT d.data, s.access_code FROM sent_faxes s JOIN documents d "
                         "ON d.sha256 = s.transmitted_sha ORDER BY s.seq DESC LIMIT 1").fetchone()
    assert row is not None, "the sandbox made the transmitted fax"
    transmitted, code = row
    with DocumentWorker() as worker:
        faxed = (await worker.extract_text(bytes(transmitted))).split("\f")[0]
        shown = await worker.extract_text(preview)

    def lines(text: str, code_text: str) -> list[str]:
        return [line.strip() for line in text.splitlines()
                if line.strip() and code_text not in line and not any(ch.isdigit() for ch in line[-5:])]

    assert "Ada Lovelace" in shown and "1980-02-28" in shown
    assert lines(shown, "(given when sent)") == lines(faxed, code)


async def test_a_refused_document_keeps_what_was_typed(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        kept: list[str] = []

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            QTest.keyClicks(dialog.fields.patient_edit, "Grace Hopper")
            drop_files(dialog, [CORPUS / "libreoffice-writer-password.pdf"])
            await until(lambda: dialog.pages.refusals, "the refusal")
            kept.extend([dialog.fields.to_edit.text(), dialog.fields.patient_edit.text(),
                         dialog.pages.problem_label.text(), str(dialog.send_button.isEnabled())])
            QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        desktop.window.new_fax_action.trigger()
        await until(lambda: len(kept) == 4, "the dialog done")
        assert kept[:2] == ["(404) 555-0112", "Grace Hopper"]
        assert "password-protected" in kept[2] and kept[3] == "False"
