"""Dropping files on the main window: the send dialog opens with the pages, every corpus file
either previews with its page count and is sent, or is refused in the dialog and nothing is
uploaded; several files dropped together are one fax."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import (
    CORPUS,
    Backend,
    drop_files,
    open_desktop,
    sandbox_sent_pages,
    until,
)

MANIFEST = {entry["file"]: entry for entry in json.loads((CORPUS / "MANIFEST.json").read_text())["files"]}


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


async def _loaded(dialog: NewFaxDialog) -> None:
    await until(lambda: not dialog.pages.loading and dialog.fields.from_combo.count() > 0,
                "the dropped files read and checked, and the numbers loaded")


async def _sent_row(window: object, patient: str) -> None:
    tab = window.sent_tab  # type: ignore[attr-defined]
    await until(lambda: tab.selected_record() is not None
                and tab.selected_record().patient_name == patient, "the new fax selected in Sent")


async def _fill_and_send(dialog: NewFaxDialog, patient: str) -> int:
    dialog.fields.to_edit.setFocus()
    QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
    QTest.keyClicks(dialog.fields.patient_edit, patient)
    assert dialog.send_button.isEnabled(), dialog.reason_label.text()
    _click(dialog.send_button)
    await until(lambda: dialog.result() != 0 or not dialog.isVisible(), "the dialog to close")
    return dialog.result()


@pytest.mark.parametrize("name", sorted(MANIFEST))
async def test_each_corpus_file_dropped_on_the_window(name: str, backend: Backend, tmp_path: Path,
                                                      qapp) -> None:
    entry = MANIFEST[name]
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        before = sandbox_sent_pages(backend)
        seen: dict[str, object] = {}
        patient = f"Corpus {name}"

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await _loaded(dialog)
            seen["count"] = dialog.pages.page_count
            seen["problem"] = dialog.pages.problem_label.text()
            seen["pixmap"] = not dialog.pages.page_view.pixmap().isNull()
            if dialog.pages.page_count == 0:
                # refused: the reason is beside the pages, Send is disabled, what was typed stays
                QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
                assert not dialog.send_button.isEnabled()
                assert dialog.reason_label.text()
                assert dialog.fields.to_edit.text() == "(404) 555-0112"
                _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
                return dialog.result()
            return await _fill_and_send(dialog, patient)

        desktop.dialogs.answers.append(answer)
        assert drop_files(window, [CORPUS / name])
        await until(lambda: not desktop.dialogs.answers and window._compose is None, "the dialog done")
        if entry["encrypted"]:
            assert seen["count"] == 0
            assert "password-protected" in str(seen["problem"])
            assert name in str(seen["problem"])  # says which file
            assert sandbox_sent_pages(backend) == before  # nothing uploaded
            return
        assert seen["count"] == entry["pages"], seen
        assert seen["pixmap"], "the first page is on screen"
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 1, "the fax in the sandbox")
        assert sandbox_sent_pages(backend)[-1] == (patient, entry["pages"])
        await _sent_row(window, patient)


async def test_two_files_dropped_together_are_one_fax(backend: Backend, tmp_path: Path, qapp) -> None:
    files = [CORPUS / "pdflatex-4-pages.pdf", CORPUS / "smile.tiff"]
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await _loaded(dialog)
            assert dialog.pages.page_count == 5
            assert dialog.pages.count_label.text().startswith("5 pages from 2 files")
            return await _fill_and_send(dialog, "Two Files")

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, files)
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 1, "one fax in the sandbox")
        assert sandbox_sent_pages(backend)[len(before):] == [("Two Files", 5)]
        await _sent_row(desktop.window, "Two Files")


async def test_pages_reordered_and_removed_before_sending(backend: Backend, tmp_path: Path,
                                                          qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await _loaded(dialog)
            pages = dialog.pages
            pages.strip.setCurrentIndex(pages.model.index(3))
            await until(lambda: pages.current_row == 3, "page 4 selected")
            _click(pages.earlier_button)
            assert [ref.page for ref in pages.model.pages] == [0, 1, 3, 2]
            _click(pages.remove_button)  # page 4 (now third) left out
            await until(lambda: pages.page_count == 3, "the page removed")
            assert [ref.page for ref in pages.model.pages] == [0, 1, 2]
            assert pages.count_label.text() == "3 pages"
            return await _fill_and_send(dialog, "Three Pages")

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [CORPUS / "pdflatex-4-pages.pdf"])
        await until(lambda: len(sandbox_sent_pages(backend)) == len(before) + 1, "the fax in the sandbox")
        assert sandbox_sent_pages(backend)[-1] == ("Three Pages", 3)
        await _sent_row(desktop.window, "Three Pages")


async def test_drop_of_a_file_that_is_not_a_document(backend: Backend, tmp_path: Path, qapp) -> None:
    note = tmp_path / "notes.txt"
    note.write_text("not a fax")
    async with open_desktop(backend, tmp_path) as desktop:
        before = sandbox_sent_pages(backend)
        texts: list[str] = []

        async def answer(dialog: NewFaxDialog) -> int:
            dialog.open()
            await _loaded(dialog)
            texts.append(dialog.pages.problem_label.text())
            texts.append(dialog.reason_label.text())
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        assert drop_files(desktop.window, [note])
        await until(lambda: len(texts) == 2, "the refusal")
        assert texts[0].startswith("notes.txt: ") and "PDF" in texts[0]
        assert texts[1].startswith("Add the document to send")
        assert sandbox_sent_pages(backend) == before
