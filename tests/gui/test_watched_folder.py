"""The watched folder in the app: turned on in Settings, a PDF an EHR "prints" there slowly
opens New fax once, with all its pages; a folder that disappears is said in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from medsender_desktop.app import AppOptions
from medsender_desktop.documents import generate_document
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog
from tests.gui.helpers import (
    CORPUS,
    FAST_SYNC,
    Backend,
    Desktop,
    open_desktop,
    press_accept,
    shown_dialog,
    slot_running,
    until,
)

OPTIONS = AppOptions(sync=FAST_SYNC, api_max_attempts=1, watch_interval=0.05)


async def watch(desktop: Desktop, folder: Path) -> None:
    """Settings → Watched folder: tick the box, type the folder, Save."""
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    desktop.window.settings_action.trigger()
    dialog = await shown_dialog(SettingsDialog, "Settings")
    dialog.pages.setCurrentWidget(dialog.watch_check.parentWidget())
    QTest.mouseClick(dialog.watch_check, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, dialog.watch_check.height() // 2))
    QTest.keyClicks(dialog.watch_folder_edit, str(folder))
    press_accept(dialog)
    await until(lambda: not slot_running("AppController.on_window_settings_requested"), "Settings applied")
    await until(lambda: desktop.controller.folder_watch.folder == folder, "the folder watched")


async def checks(desktop: Desktop, count: int) -> None:
    start = desktop.controller.folder_watch.scans
    await until(lambda: desktop.controller.folder_watch.scans >= start + count, f"{count} checks of the folder")


async def test_a_pdf_printed_slowly_into_the_folder_opens_new_fax_once(backend: Backend, tmp_path: Path,
                                                                       qapp) -> None:
    folder = tmp_path / "EHR print"
    folder.mkdir()
    (folder / "printed yesterday.pdf").write_bytes(generate_document(pages=1, title="Old"))
    async with open_desktop(backend, tmp_path, options=OPTIONS) as desktop:
        await watch(desktop, folder)
        await checks(desktop, 2)
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)  # New fax, when it opens
        pdf = generate_document(pages=3, title="Referral for Jane Roe")
        (folder / "~$referral.pdf").write_bytes(b"owner file")  # what an office program leaves
        (folder / "referral.pdf.tmp").write_bytes(pdf[:100])
        chunk = len(pdf) // 6 + 1
        with (folder / "referral.pdf").open("wb") as fh:
            for start in range(0, len(pdf), chunk):
                fh.write(pdf[start:start + chunk])
                fh.flush()
                await checks(desktop, 3)  # the "printer" is slower than the checks
                if start + chunk < len(pdf):
                    assert desktop.window._compose is None, "nothing opens before the file is complete"
        dialog = await shown_dialog(NewFaxDialog, "New fax with the printed document")
        await until(lambda: dialog.pages.page_count == 3 and not dialog.pages.loading, "its 3 pages")
        await checks(desktop, 10)
        assert dialog.pages.page_count == 3, "handed on once: not added a second time"
        assert dialog.pages.count_label.text().startswith("3 pages")
        assert "watched folder" in desktop.window.status.currentMessage()
        dialog.reject()
        await until(desktop.window.new_fax_action.isEnabled, "New fax closed")
        await checks(desktop, 5)
        assert desktop.window._compose is None, "not opened again after it was closed"


async def test_a_watched_folder_that_disappears_is_said_in_the_status_bar(backend: Backend, tmp_path: Path,
                                                                          qapp) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    async with open_desktop(backend, tmp_path, options=OPTIONS) as desktop:
        await watch(desktop, folder)
        status = desktop.window.status
        folder.rmdir()  # a network drive disconnected
        await until(lambda: "cannot be found" in status.currentMessage(), "the status bar says so")
        assert str(folder) in status.currentMessage() and "Settings" in status.currentMessage()
        label = desktop.controller.folder_watch.problem_label
        assert label.isVisible() and label.text() == "Watched folder not found"
        status.showMessage("Lists updated at 9:41 AM.")  # another message takes the place…
        assert label.isVisible(), "…the folder's problem stays in sight"
        folder.mkdir()
        await until(lambda: status.currentMessage() == "The watched folder is available again.", "back")
        assert not label.isVisible()
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        (folder / "scan.tiff").write_bytes((CORPUS / "smile.tiff").read_bytes())
        dialog = await shown_dialog(NewFaxDialog, "New fax with the scan")
        await until(lambda: dialog.pages.page_count == 1, "the scan's page")
        dialog.reject()
        await until(desktop.window.new_fax_action.isEnabled, "New fax closed")


async def test_a_document_printed_while_new_fax_is_open_waits_for_its_own(backend: Backend, tmp_path: Path,
                                                                          qapp) -> None:
    """Never added to the fax being written (it may be another patient's): each in its own."""
    folder = tmp_path / "EHR print"
    folder.mkdir()
    async with open_desktop(backend, tmp_path, options=OPTIONS) as desktop:
        window = desktop.window
        await watch(desktop, folder)
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        window.new_fax_action.trigger()  # the user is writing a fax
        writing = await shown_dialog(NewFaxDialog, "the user's New fax")
        for name, pages in (("a-referral.pdf", 2), ("b-labs.pdf", 1)):  # two printed at once
            (folder / name).write_bytes(generate_document(pages=pages, title=name))
        await until(lambda: len(desktop.controller.folder_watch.waiting) == 2, "both waiting")
        assert "waiting" in window.status.currentMessage()
        assert writing.pages.page_count == 0, "nothing added to the fax being written"

        for pages in (2, 1):  # each closes; the next printed document opens in its own New fax
            desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
            writing.reject()
            await until(lambda w=writing: window.composing and window._compose is not w, "the next New fax")
            writing = window._compose
            await until(lambda p=pages, w=writing: w.pages.page_count == p and not w.pages.loading,
                        f"its {pages} page(s)")
        assert desktop.controller.folder_watch.waiting == []
        writing.reject()
        await until(lambda: not window.composing, "the last New fax closed")
        await checks(desktop, 5)
        assert not window.composing, "nothing opens twice"
