"""Printing a document through the system print dialog (opened and awaited, never exec()'d).

Pages are rendered one at a time while they are painted, so a 199-page fax never holds 199
full-resolution images in memory, and the window keeps repainting between pages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui.i18n import translate

PRINTER_NOT_STARTED = QT_TRANSLATE_NOOP(
    "printing",
    "The printer could not be started. Check that it is switched on and connected (or, when "
    "printing to a file, that the folder can be written to), then try again.")


@dataclass(frozen=True)
class PrintJob:
    title: str  # the job's name in the printer queue (no PHI: e.g. "Fax")
    page_count: int
    render: Callable[[int], Awaitable[QImage]]  # zero-based page index -> the page's image


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """Zero-based pages the user chose in the dialog: all, or the pages of the range(s)."""
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [i for i in range(page_count) if ranges.contains(i + 1)]
    return list(range(page_count))


def draw_page(painter: QPainter, image: QImage) -> None:
    """``image`` as large as fits the printable area, centred, proportions kept."""
    area = painter.viewport()
    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(area.x() + (area.width() - size.width()) // 2,
                   area.y() + (area.height() - size.height()) // 2, size.width(), size.height())
    painter.drawImage(target, image)


async def print_job(run: Callable[[QDialog], Awaitable[int]], parent: QWidget | None,
                    job: PrintJob) -> bool:
    """Ask with the system print dialog, then print; ``run`` opens a dialog and awaits it.

    Returns False when the user cancelled; raises :class:`MedsenderError` when the printer
    cannot be started.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Print fax"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, job.page_count))
    if await run(dialog) != QDialog.DialogCode.Accepted:
        return False
    pages = chosen_pages(printer, job.page_count)
    painter = QPainter()
    if not painter.begin(printer):
        raise MedsenderError(translate("printing", PRINTER_NOT_STARTED))
    try:
        for n, index in enumerate(pages):
            image = await job.render(index)  # on the documents worker; the window repaints meanwhile
            if n and not printer.newPage():
                raise MedsenderError(translate("printing", PRINTER_NOT_STARTED))
            draw_page(painter, image)
    finally:
        painter.end()
    return True
