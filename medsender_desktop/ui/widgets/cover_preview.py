"""The cover page as the recipient will see it, redrawn a moment after each edit.

The page comes from the same renderer that makes the faxed cover sheet
(:func:`~medsender_desktop.documents.build_cover_sheet`, pure Python, run off the event loop)
and is rasterised by pdfium on the documents worker; only the access code, which Medsender
assigns when the fax is sent, is a placeholder.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from medsender_desktop import documents
from medsender_desktop.api import DocumentType
from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui.cover_links import MEDSENDER_ACCESS_URL
from medsender_desktop.ui.images import to_qimage
from medsender_desktop.ui.qt_async import guarded_slot

log = logging.getLogger(__name__)

#: Shown where the access code goes: Medsender assigns the real one when the fax is sent.
ACCESS_CODE_PLACEHOLDER = "(given when sent)"
DEBOUNCE_MS = 250


@dataclass(frozen=True, slots=True, repr=False)
class CoverInput:
    """What the cover sheet shows (numbers and date as the server will store them)."""

    sender_name: str
    recipient_name: str
    from_number: str
    to_number: str
    patient_name: str
    patient_dob: str
    note: str
    pages: int
    document_type: DocumentType
    access_url: str = MEDSENDER_ACCESS_URL

    def __repr__(self) -> str:  # PHI stays out of logs
        return f"CoverInput(pages={self.pages}, document_type={self.document_type!r})"


def _cover_pdf(**fields: Any) -> bytes:
    """Runs on a worker thread: the first call imports the PDF writer (fpdf, fontTools) and
    reads the font there, never on the UI thread (that froze the window for ~0.2-0.5 s)."""
    return documents.build_cover_sheet(**fields)


class CoverPreview(QWidget):
    rendered = Signal()  #: no payload: the preview shows the latest fields

    def __init__(self, documents: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._input: CoverInput | None = None
        self._shown: CoverInput | None = None
        self._generation = 0
        self.pdf: bytes | None = None  #: the cover sheet last drawn (a one-page PDF)
        self.page_view = QLabel(self.tr("The cover page appears here."), self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setAccessibleName(self.tr("Cover page preview"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.page_view)
        self.scroll.setWidgetResizable(True)
        self.caption = QLabel(self.tr(
            "This is the first page the recipient receives. Medsender fills in the access code "
            "when the fax is sent."), self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.caption)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.caption.setText(message)

    def stop(self) -> None:
        """The dialog is closing: drop pending and running redraws."""
        self._timer.stop()
        self._generation += 1

    @property
    def up_to_date(self) -> bool:
        return self._input is not None and self._shown == self._input

    def schedule(self, cover: CoverInput) -> None:
        """Redraw for ``cover`` once the typing pauses."""
        if cover != self._input:
            self._input = cover
            self._timer.start(DEBOUNCE_MS)

    @guarded_slot()
    async def on_timer_timeout(self) -> None:
        if self.isVisible():  # drawn when looked at: the first drawing loads fonts (slow, once)
            await self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.up_to_date:
            self._timer.start(0)

    async def refresh(self) -> None:
        cover = self._input
        if cover is None:
            return
        self._generation += 1
        generation = self._generation
        if cover.document_type == DocumentType.DOCUMENT_ONLY:
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(self.tr("No cover page: only the document's pages are faxed."))
            self._shown = cover
            self.rendered.emit()
            return
        build = functools.partial(
            _cover_pdf, sender_name=cover.sender_name, recipient_name=cover.recipient_name,
            from_number=cover.from_number, to_number=cover.to_number,
            patient_name=cover.patient_name, patient_dob=cover.patient_dob, note=cover.note,
            access_code=ACCESS_CODE_PLACEHOLDER, pages=cover.pages, access_url=cover.access_url,
            sent_at=dt.datetime.now(dt.UTC))
        viewport = self.scroll.viewport().size()
        ratio = self.devicePixelRatioF()
        try:
            pdf = await asyncio.to_thread(build)
            if generation != self._generation:
                return  # newer fields, or the dialog closed, meanwhile
            page = await self._documents.render_fitted(
                pdf, 0, width=round(max(200, viewport.width() - 16) * ratio),
                height=round(max(260, viewport.height() - 16) * ratio))
        except MedsenderError as exc:
            log.info("cover preview not drawn: %s", type(exc).__name__)
            return
        if generation != self._generation:
            return
        image = to_qimage(page)
        image.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(QPixmap.fromImage(image))
        self.pdf = pdf
        self._shown = cover
        self.rendered.emit()
