"""The document half of the send dialog: the files being faxed, page by page.

Files are added in order (dropped, chosen, or handed over by a second launch) and become one
fax: a thumbnail strip of every page (lazy, cached; see :mod:`~medsender_desktop.ui.models.page_strip`),
the selected page large with zoom, the page count, and Move earlier / Move later / Remove page.
The first page is rendered as soon as the first file is read, before the file is fully
checked, so it is on screen at once; a file that cannot be sent is refused here, in words,
next to the pages, and nothing else in the dialog is touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop import wire
from medsender_desktop.documents import FAX_KINDS, RenderedPage, sniff
from medsender_desktop.documents.refusals import too_large, too_many_pages, wrong_type
from medsender_desktop.documents.worker import read_source
from medsender_desktop.errors import DocumentError
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.images import to_qimage
from medsender_desktop.ui.models.page_strip import THUMB_SIDE, PageStripModel
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.tool_button import add_tool_button

log = logging.getLogger(__name__)


ZOOMS = (None, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)  # None = fit the page to the view
MARGIN = 16


class ComposePages(QWidget):
    first_page_shown = Signal()  #: no payload: the first page of the fax is on screen
    pages_changed = Signal(int)  #: the fax's page count now
    files_loaded = Signal()  #: no payload: every file added so far is read and checked

    def __init__(self, documents: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._dialogs = dialogs
        self.model = PageStripModel(documents, self)
        self.refusals: list[str] = []
        self._loading = 0
        self._current = 0
        self._zoom_index = 0
        self._generation = 0
        self._first_shown = False
        #: the first file's first page, drawn on the worker from the moment it was dropped
        self._early_path: Path | None = None
        self._early: tuple[Path, tuple[int, int], asyncio.Future[RenderedPage | None]] | None = None
        self._shown_key: tuple[Any, ...] | None = None
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._build()
        self._connect_signals()
        self._update_controls()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)

        def tool(text: str, tip: str, shortcut: str | None = None) -> QToolButton:
            return add_tool_button(self, bar, text, tip, shortcut)

        self.add_button = tool(self.tr("Add files…"), self.tr("Add more pages from other PDF or TIFF files"))
        self.count_label = QLabel(self.tr("No document yet"), self)
        self.count_label.setObjectName("pageCount")
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.earlier_button = tool(self.tr("Move earlier"), self.tr("Move the selected page one place earlier"),
                                   "Ctrl+Up")
        self.later_button = tool(self.tr("Move later"), self.tr("Move the selected page one place later"),
                                 "Ctrl+Down")
        self.remove_button = tool(self.tr("Remove page"), self.tr("Leave the selected page out of the fax"), "Del")
        self.zoom_out_button = tool("−", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_label = QLabel(self.tr("Fit"), self)
        bar.addWidget(self.zoom_label)
        self.zoom_in_button = tool("+", self.tr("Zoom in"), "Ctrl++")

        self.strip = QListView(self)
        self.strip.setModel(self.model)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setUniformItemSizes(True)  # the view asks only for the rows it shows
        self.strip.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setFixedWidth(THUMB_SIDE + 34)
        self.strip.setAccessibleName(self.tr("Pages"))
        self.page_view = QLabel(self.tr("Drop PDF or TIFF files here, or click Add files…"), self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.page_view)
        self.scroll.setWidgetResizable(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("errorText")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        pages = QHBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.strip)
        pages.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(pages, 1)
        layout.addWidget(self.problem_label)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.earlier_button.clicked.connect(self.on_earlier_button_clicked)
        self.later_button.clicked.connect(self.on_later_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.zoom_in_button.clicked.connect(self.on_zoom_in_button_clicked)
        self.zoom_out_button.clicked.connect(self.on_zoom_out_button_clicked)
        self.strip.selectionModel().currentRowChanged.connect(self.on_strip_current_row_changed)
        self._refit.timeout.connect(self.on_refit_timeout)

    def show_error(self, message: str, *, title: str = "") -> None:
        self._refuse(message)

    # --- state ------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.model.rowCount()

    @property
    def loading(self) -> bool:
        return self._loading > 0

    @property
    def current_row(self) -> int:
        return self._current

    def problem(self) -> str | None:
        """Why the pages cannot be sent as they are (None = they can)."""
        if self.loading:
            return self.tr("Wait a moment: the document is still being checked.")
        if self.page_count == 0:
            return self.tr("Add the document to send: drop a PDF or TIFF file here or click Add files…")
        if self.page_count > wire.MAX_PAGES:
            return translate_message(too_many_pages(self.page_count, wire.MAX_PAGES).message) + " " + (
                self.tr("Remove pages, or send the rest as a second fax."))
        used = {ref.source for ref in self.model.pages}
        size = sum(len(pdf) for number, pdf in enumerate(self.model.sources) if number in used)
        if size >= wire.MAX_FILE_BYTES:
            return translate_message(too_large(size, wire.MAX_FILE_BYTES).message)
        return None

    def _update_controls(self) -> None:
        count = self.page_count
        if count:
            files = len(self.model.sources)
            text = self.tr("1 page") if count == 1 else self.tr("{count} pages").format(count=count)
            if files > 1:
                text = self.tr("{pages} from {files} files").format(pages=text, files=files)
            if self.loading:
                text = self.tr("{pages} (checking…)").format(pages=text)
            self.count_label.setText(text)
        else:
            self.count_label.setText(self.tr("Reading the document…") if self.loading
                                     else self.tr("No document yet"))
        self.earlier_button.setEnabled(count > 1 and self._current > 0)
        self.later_button.setEnabled(count > 1 and self._current < count - 1)
        self.remove_button.setEnabled(count > 0)
        zoom = ZOOMS[self._zoom_index]
        self.zoom_label.setText(self.tr("Fit") if zoom is None else f"{round(zoom * 100)}%")
        self.zoom_in_button.setEnabled(count > 0 and self._zoom_index < len(ZOOMS) - 1)
        self.zoom_out_button.setEnabled(count > 0 and self._zoom_index > 0)

    def _refuse(self, message: str) -> None:
        self.refusals.append(message)
        self.problem_label.setText("\n".join(self.refusals[-4:]))
        self.problem_label.show()

    # --- adding files -------------------------------------------------------------------------
    async def add_files(self, paths: list[Path]) -> None:
        """Read, show and check ``paths`` in order; refused files are named with the reason."""
        self._loading += 1
        self._update_controls()
        try:
            for path in paths:
                try:
                    await self._add_file(path)
                except DocumentError as exc:
                    log.info("a document was refused (%s)", exc.reason)
                    self._refuse(f"{path.name}: {translate_message(exc.message)}")
        finally:
            self._loading -= 1
            self._update_controls()
            self.pages_changed.emit(self.page_count)
            if not self.loading:
                self.files_loaded.emit()

    async def _add_file(self, path: Path) -> None:
        if not self._first_shown and self.page_count == 0:
            # on screen before the whole file is read and checked: one worker job tells a
            # PDF by its first bytes and draws its first page (nothing for other kinds)
            with contextlib.suppress(DocumentError):  # the full check says what is wrong
                await self._show(path, 0)
        data = await asyncio.to_thread(read_source, path, wire.MAX_FILE_BYTES)
        kind = sniff(data)
        if kind not in FAX_KINDS:
            raise wrong_type(kind, FAX_KINDS)
        info = await self._documents.inspect(data)
        pdf = await self._documents.to_pdf(data) if kind.value != "pdf" else data
        was_empty = self.page_count == 0
        self.model.add_source(pdf, info.pages)
        if was_empty:
            selection = self.strip.selectionModel()
            selection.blockSignals(True)  # shown right here, not by the selection handler too
            self.strip.setCurrentIndex(self.model.index(0))
            selection.blockSignals(False)
            self.strip.viewport().update()
            self._current = 0
            self._update_controls()
            await self.show_row(0)  # at once for a PDF: it is already on screen
        self.pages_changed.emit(self.page_count)

    async def build_pdf(self) -> bytes:
        """The fax as one PDF: the file itself when untouched, else the pages in their order."""
        if self.model.is_unchanged_single():
            return self.model.sources[0]
        return bytes(await self._documents.assemble(self.model.sources, self.model.order()))

    # --- showing a page -------------------------------------------------------------------------
    async def show_row(self, row: int) -> None:
        if not 0 <= row < self.page_count:
            return
        ref = self.model.pages[row]
        await self._show(self.model.source_pdf(ref), ref.page)

    def look_first(self, path: Path) -> None:
        """Start drawing ``path``'s first page on the worker now, before the file is read and
        checked (:meth:`add_files` shows it): the job is queued by the drop itself, not a
        loop turn later. Before the dialog is on screen it starts when it shows, so the page
        is drawn at the size it is shown at."""
        if self._first_shown or self.page_count or self._early_path is not None:
            return
        self._early_path = path
        if self.isVisible():
            self._start_early()

    def _start_early(self) -> None:
        if self._early_path is None or self._early is not None:
            return
        box = self._fitted_box()
        self._early = (self._early_path, box, self._documents.first_look(
            self._early_path, 0, width=box[0], height=box[1]))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_shown:
            self._start_early()

    def _fitted_box(self) -> tuple[int, int]:
        """The page view's size in device pixels, less a margin."""
        ratio = self.devicePixelRatioF()
        viewport = self.scroll.viewport().size()
        return (round(max(200, viewport.width() - MARGIN) * ratio),
                round(max(200, viewport.height() - MARGIN) * ratio))

    async def _show(self, pdf: bytes | Path, page: int) -> None:
        ratio = self.devicePixelRatioF()
        zoom = ZOOMS[self._zoom_index]
        key = (id(pdf), page, zoom, self.scroll.viewport().size().toTuple(), ratio)
        if key == self._shown_key:
            return  # already on screen as asked
        self._generation += 1
        generation = self._generation
        width, height = self._fitted_box()
        rendered: RenderedPage | None
        if isinstance(pdf, Path):  # the first look at a file: started by the drop if it can
            early, self._early = self._early, None
            if early is not None and early[:2] == (pdf, (width, height)):
                rendered = await early[2]
            else:
                if early is not None:
                    early[2].cancel()
                rendered = await self._documents.first_look(pdf, page, width=width, height=height)
        elif zoom is None:
            rendered = await self._documents.render_fitted(pdf, page, width=width, height=height)
        else:
            rendered = await self._documents.render_page(pdf, page, scale=zoom * ratio)
        if generation != self._generation or rendered is None:
            return  # a newer request superseded this one (or the file is not a PDF)
        image = to_qimage(rendered)
        image.setDevicePixelRatio(ratio)
        self._shown_key = key
        self.page_view.setPixmap(QPixmap.fromImage(image))
        if not self._first_shown:
            self._first_shown = True
            self.page_view.repaint()  # on screen now, not after the work queued behind it
            self.first_page_shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._first_shown and ZOOMS[self._zoom_index] is None and self.page_count:
            self._refit.start()

    # --- slots --------------------------------------------------------------------------------------
    @guarded_slot()
    async def on_add_button_clicked(self) -> None:
        paths = await self._dialogs.open_paths(self, self.tr("Add pages from PDF or TIFF files"))
        if paths:
            await self.add_files(paths)

    def _select(self, row: int) -> None:
        self._current = row  # a moved row keeps its current index without a signal
        self.strip.setCurrentIndex(self.model.index(row))
        self._update_controls()

    def on_earlier_button_clicked(self) -> None:
        if self.model.move_page(self._current, self._current - 1):
            self._select(self._current - 1)

    def on_later_button_clicked(self) -> None:
        if self.model.move_page(self._current, self._current + 1):
            self._select(self._current + 1)

    @guarded_slot()
    async def on_remove_button_clicked(self) -> None:
        row = self._current
        self.model.remove_page(row)
        self.pages_changed.emit(self.page_count)
        if self.page_count == 0:
            self._generation += 1
            self._shown_key = None
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(self.tr("Every page was removed. Add files to send."))
            self._update_controls()
            return
        self._select(min(row, self.page_count - 1))
        await self.show_row(self._current)

    @guarded_slot()
    async def on_zoom_in_button_clicked(self) -> None:
        self._zoom_index = min(self._zoom_index + 1, len(ZOOMS) - 1)
        await self.show_row(self._current)

    @guarded_slot()
    async def on_zoom_out_button_clicked(self) -> None:
        self._zoom_index = max(self._zoom_index - 1, 0)
        await self.show_row(self._current)

    @guarded_slot()
    async def on_refit_timeout(self) -> None:
        await self.show_row(self._current)

    def on_strip_current_row_changed(self, current: Any, previous: Any) -> None:
        if current.isValid():
            self._current = current.row()  # at once: the buttons act on this row from now on
            self._update_controls()
            self.on_row_selected(current.row())

    @guarded_slot(int)
    async def on_row_selected(self, row: int) -> None:
        if row == self._current:  # not overtaken by another selection meanwhile
            await self.show_row(row)

    def stop(self) -> None:
        """The dialog is closing: drop pending renders (their results are not shown)."""
        if self._early is not None:
            self._early[2].cancel()
            self._early = None
        self._generation += 1
        self._refit.stop()
        self.model.stop()
