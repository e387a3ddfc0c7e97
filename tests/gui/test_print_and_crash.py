"""Printing through the real system print dialog (to a PDF file, checked with pdfium), and the
crash dialog an unexpected error brings up (PHI-free report, window still usable)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QRadioButton, QSpinBox

from medsender_desktop.ui.dialogs.crash_dialog import CrashDialog
from tests.gui.helpers import (
    Backend,
    Desktop,
    open_desktop,
    open_received_fax,
    receive_a_fax,
    shown_dialog,
)
from tests.waiting import until


async def open_new_fax(desktop: Desktop) -> None:
    received = desktop.window.received_tab
    desktop.window.tabs.setCurrentWidget(received)
    token = await receive_a_fax(desktop)  # 4 pages
    await until(lambda: received.model.row_of(token) is not None, "the new fax")
    open_received_fax(received, token)
    viewer = received.viewer
    await until(lambda: viewer.page_count == 4 and viewer.current_image is not None, "the fax shown")


async def print_with_the_real_dialog(desktop: Desktop, target: Path, *,
                                     pages: tuple[int, int] | None = None) -> None:
    """Ctrl+P, then in the system dialog: print to ``target`` (optionally pages from-to)."""
    window, received = desktop.window, desktop.window.received_tab
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    window.activateWindow()
    await until(window.isActiveWindow, "the main window active (shortcuts work)")
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = await shown_dialog(QPrintDialog, "the system print dialog")
    assert dialog.windowTitle() == "Print fax"
    filename = dialog.findChild(QLineEdit, "filename")  # "Print to File (PDF)": no printer here
    filename.setText(str(target))
    if pages is not None:
        options = next(b for b in dialog.findChildren(QPushButton) if "Options" in b.text())
        QTest.mouseClick(options, Qt.MouseButton.LeftButton)
        dialog.findChild(QRadioButton, "printRange").click()
        dialog.findChild(QSpinBox, "from").setValue(pages[0])
        dialog.findChild(QSpinBox, "to").setValue(pages[1])
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    await until(lambda: target.is_file() and received.print_button.isEnabled(), "the printout")


def inked(page: pdfium.PdfPage) -> int:
    """Pixels of ink on a printed page (a blank page has none)."""
    image = page.render(scale=1, grayscale=True).to_pil()
    return sum(image.histogram()[:200])


async def test_print_opens_the_system_dialog_and_prints_every_page(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        await open_new_fax(desktop)
        everything = tmp_path / "printout.pdf"
        await print_with_the_real_dialog(desktop, everything)
        pdf = pdfium.PdfDocument(everything)
        try:
            assert len(pdf) == 4, "one printed page per fax page"
            assert all(inked(pdf[i]) > 5000 for i in range(4)), "every page carries the fax's text"
        finally:
            pdf.close()
        some = tmp_path / "pages-2-3.pdf"
        await print_with_the_real_dialog(desktop, some, pages=(2, 3))
        pdf = pdfium.PdfDocument(some)
        try:
            assert len(pdf) == 2
        finally:
            pdf.close()
        assert not desktop.dialogs.errors


async def test_an_unexpected_error_in_a_slot_shows_the_crash_dialog(
        backend: Backend, tmp_path: Path, qapp, caplog) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        sync = desktop.session.sync

        async def broken_refresh() -> None:
            raise RuntimeError("Grace Kowalski 1966-12-05 (602) 555-0122")  # PHI in the text

        real_refresh = sync.refresh
        sync.refresh = broken_refresh
        window.refresh_action.trigger()  # F5
        dialog = await shown_dialog(CrashDialog, "the crash dialog")
        assert desktop.dialogs.crashes and dialog.report == desktop.dialogs.crashes[0]
        assert "RuntimeError" in dialog.report and "on_refresh_action_triggered" in dialog.report
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        copied = QGuiApplication.clipboard().text()
        assert copied == dialog.report
        logged = "\n".join(r.getMessage() for r in caplog.records)
        for phi in ("Grace", "Kowalski", "1966", "555-0122"):
            assert phi not in copied and phi not in logged
        assert "Copy report" in dialog.copy_button.text() and "no patient information" in \
            " ".join(label.text() for label in dialog.findChildren(type(dialog.copied_label)))
        # a second error while it is open does not pile up dialogs
        window.refresh_action.trigger()
        await until(lambda: len(desktop.dialogs.crashes) == 2, "the second error reported")
        assert sum(isinstance(w, CrashDialog) and w.isVisible() for w in qapp.topLevelWidgets()) == 1
        # the window stays usable: close the dialog, F5 works again
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        QTest.mouseClick(close, Qt.MouseButton.LeftButton)
        await until(lambda: desktop.dialogs.crash_dialog is None, "the crash dialog closed")
        refreshed: list[bool] = []

        async def counted_refresh() -> None:
            await real_refresh()
            refreshed.append(True)

        sync.refresh = counted_refresh
        assert window.refresh_action.isEnabled()
        window.refresh_action.trigger()
        await until(lambda: refreshed and window.refresh_action.isEnabled(), "a working refresh")
        assert len(desktop.dialogs.crashes) == 2
        desktop.dialogs.crashes.clear()  # expected here
        caplog.clear()  # the CRITICAL lines were expected too
