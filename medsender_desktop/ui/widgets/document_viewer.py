"""A document viewer: page thumbnails, one page at a time, zoom and rotate.

Pages are rendered by pdfium on the documents worker thread; only bytes come back and become
QImages here. A newer request makes older renders obsolete (their results are dropped), so
quick zooming never shows a stale page.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.errors import DocumentError
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.images import to_qimage
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.tool_button import add_tool_button

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
THUMB_SIDE = 110
FIT_MARGIN = 24


class DocumentViewer(QWidget):
    page_shown = Signal(int)  #: zero-based index of the page now on screen
    document_changed = Signal(bool)  #: True when a document is shown, False when cleared

    def __init__(self, documents: Any, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._dialogs = dialogs
        self._data: bytes | None = None
        self._page_count = 0
        self._page = 0
        self._fit = True  # zoom to the width of the view until the user picks a zoom
        self._zoom_index = ZOOM_STEPS.index(1.0)
        self._scale = 1.0
        self._natural: dict[int, tuple[int, int]] = {}  # page -> size at scale 1, unrotated
        self._rotation = 0  # of the document shown; a newly opened one starts upright
        self._thumbs: list[QImage] = []  # upright thumbnails; shown turned like the pages
        self._generation = 0
        self.current_image: QImage | None = None
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(150)
        self._build()
        self._connect_signals()
        self._update_controls()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)

        def tool(text: str, tip: str, shortcut: str | None = None) -> QToolButton:
            return add_tool_button(self, bar, text, tip, shortcut)

        self.prev_button = tool("◀", self.tr("Previous page"))
        self.page_label = QLabel(self.tr("No document"), self)
        bar.addWidget(self.page_label)
        self.next_button = tool("▶", self.tr("Next page"))
        bar.addSpacing(12)
        self.zoom_out_button = tool("−", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_label = QLabel("100%", self)
        bar.addWidget(self.zoom_label)
        self.zoom_in_button = tool("+", self.tr("Zoom in"), "Ctrl++")
        self.fit_button = tool(self.tr("Fit"), self.tr("Fit the page to the width of the view"))
        self.rotate_left_button = tool("⟲", self.tr("Rotate left"))
        self.rotate_right_button = tool("⟳", self.tr("Rotate right"))
        bar.addStretch(1)

        self.thumbnails = QListWidget(self)
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.setFixedWidth(THUMB_SIDE + 28)
        self.page_view = QLabel(self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setText(self.tr("Select a fax to see it here."))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.page_view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QHBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(pages, 1)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(self.on_prev_button_clicked)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.zoom_in_button.clicked.connect(self.on_zoom_in_button_clicked)
        self.zoom_out_button.clicked.connect(self.on_zoom_out_button_clicked)
        self.fit_button.clicked.connect(self.on_fit_button_clicked)
        self._refit_timer.timeout.connect(self.on_refit_timer_timeout)
        self.rotate_left_button.clicked.connect(self.on_rotate_left_button_clicked)
        self.rotate_right_button.clicked.connect(self.on_rotate_right_button_clicked)
        self.thumbnails.currentRowChanged.connect(self.on_thumbnails_current_row_changed)

    def focus_chain(self) -> list[QWidget]:
        """The viewer's controls in the order Tab visits them."""
        return [self.prev_button, self.next_button, self.zoom_out_button, self.zoom_in_button,
                self.fit_button, self.rotate_left_button, self.rotate_right_button,
                self.thumbnails, self.scroll]

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    # --- state --------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self._page_count

    @property
    def page(self) -> int:
        return self._page

    @property
    def zoom(self) -> float:
        """The scale of the page on screen (1.0 = 72 dpi)."""
        return self._scale

    @property
    def fit_to_width(self) -> bool:
        return self._fit

    @property
    def rotation(self) -> int:
        return self._rotation

    @property
    def data(self) -> bytes | None:
        return self._data

    def clear(self, message: str | None = None) -> None:
        """No document; ``message`` (in the app's language) says why, or what to do."""
        self._generation += 1
        self._refit_timer.stop()
        self._data = None
        self._page_count = 0
        self._page = 0
        self._natural.clear()
        self.current_image = None
        self._thumbs = []
        self.thumbnails.clear()
        self.page_view.setPixmap(QPixmap())
        self.page_view.setText(message if message is not None else self.tr("Select a fax to see it here."))
        self._update_controls()
        self.document_changed.emit(False)

    def _update_controls(self) -> None:
        has = self._data is not None and self._page_count > 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=self._page + 1, count=self._page_count)
                                if has else self.tr("No document"))
        percent = f"{round(self._scale * 100)}%"
        self.zoom_label.setText(self.tr("Fit ({percent})").format(percent=percent) if self._fit else percent)
        self.prev_button.setEnabled(has and self._page > 0)
        self.next_button.setEnabled(has and self._page < self._page_count - 1)
        for b in (self.zoom_in_button, self.zoom_out_button, self.rotate_left_button,
                  self.rotate_right_button):
            b.setEnabled(has)
        self.zoom_in_button.setEnabled(has and self._scale < ZOOM_STEPS[-1])
        self.zoom_out_button.setEnabled(has and self._scale > ZOOM_STEPS[0])
        self.fit_button.setEnabled(has and not self._fit)

    # --- loading and rendering ---------------------------------------------------------------------
    async def load(self, data: bytes) -> None:
        """Show a document (PDF bytes): thumbnails of every page, then the first page."""
        self.clear(self.tr("Opening…"))
        self._rotation = 0  # the last fax's turn does not carry over
        generation = self._generation
        self._data = data
        thumbs = await self._documents.render_thumbnails(data, max_side=THUMB_SIDE)
        if generation != self._generation:
            return
        self._page_count = len(thumbs)
        self._thumbs = [to_qimage(page) for page in thumbs]
        self.thumbnails.blockSignals(True)
        for page, image in zip(thumbs, self._thumbs, strict=True):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), f"{page.index + 1}")
            if page.problem:
                item.setToolTip(translate_message(page.problem))
            self.thumbnails.addItem(item)
        self.thumbnails.setCurrentRow(0)
        self.thumbnails.blockSignals(False)
        await self.show_page(0)
        self.document_changed.emit(True)

    async def show_page(self, index: int) -> None:
        if self._data is None or not (0 <= index < self._page_count):
            return
        self._page = index
        self._generation += 1
        generation = self._generation
        data = self._data
        try:
            if self._fit and index not in self._natural:
                probe = await self._documents.render_page(data, index, scale=1.0)
                if generation != self._generation:
                    return
                self._natural[index] = (probe.width, probe.height)
            self._scale = self._fit_scale(index) if self._fit else ZOOM_STEPS[self._zoom_index]
            self._update_controls()
            rendered = await self._documents.render_page(
                data, index, scale=self._scale * self.devicePixelRatioF(), rotation=self._rotation
            )
        except DocumentError as exc:  # this page only: say why, the others still show
            if generation == self._generation:
                self._show_page_problem(index, exc.message)
            return
        if generation != self._generation:
            return  # a newer request superseded this one
        image = to_qimage(rendered)
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.current_image = image
        self.page_view.setPixmap(QPixmap.fromImage(image))
        if self.thumbnails.currentRow() != index:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(index)
            self.thumbnails.blockSignals(False)
        self.page_shown.emit(index)

    def _show_page_problem(self, index: int, message: str) -> None:
        self.current_image = None
        self.page_view.setPixmap(QPixmap())
        self.page_view.setText(translate_message(message))
        self._update_controls()
        self.page_shown.emit(index)

    def _fit_scale(self, index: int) -> float:
        width, height = self._natural[index]
        if self._rotation in (90, 270):
            width = height
        available = max(200, self.scroll.viewport().width() - FIT_MARGIN)
        return max(ZOOM_STEPS[0] / 2, min(ZOOM_STEPS[-1], available / max(1, width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._data is not None:
            self._refit_timer.start()

    def page_renderer(self, scale: float) -> Callable[[int], Awaitable[QImage]]:
        """Renders pages of the document shown now, as turned now (printing): opening another
        document meanwhile does not change what is printed."""
        data, rotation, documents = self._data, self._rotation, self._documents

        async def render(index: int) -> QImage:
            if data is None:
                raise ValueError("no document to render")
            return to_qimage(await documents.render_page(data, index, scale=scale, rotation=rotation))

        return render

    # --- slots --------------------------------------------------------------------------------------
    @guarded_slot()
    async def on_prev_button_clicked(self) -> None:
        await self.show_page(self._page - 1)

    @guarded_slot()
    async def on_next_button_clicked(self) -> None:
        await self.show_page(self._page + 1)

    @guarded_slot()
    async def on_zoom_in_button_clicked(self) -> None:
        larger = [i for i, z in enumerate(ZOOM_STEPS) if z > self._scale + 0.01]
        self._zoom_index = larger[0] if larger else len(ZOOM_STEPS) - 1
        self._fit = False
        await self.show_page(self._page)

    @guarded_slot()
    async def on_zoom_out_button_clicked(self) -> None:
        smaller = [i for i, z in enumerate(ZOOM_STEPS) if z < self._scale - 0.01]
        self._zoom_index = smaller[-1] if smaller else 0
        self._fit = False
        await self.show_page(self._page)

    @guarded_slot()
    async def on_fit_button_clicked(self) -> None:
        self._fit = True
        await self.show_page(self._page)

    @guarded_slot()
    async def on_refit_timer_timeout(self) -> None:
        if self._fit and self._data is not None:
            await self.show_page(self._page)

    @guarded_slot()
    async def on_rotate_left_button_clicked(self) -> None:
        await self._turn(-90)

    @guarded_slot()
    async def on_rotate_right_button_clicked(self) -> None:
        await self._turn(90)

    async def _turn(self, degrees: int) -> None:
        """Turn every page (and its thumbnail) by ``degrees``."""
        self._rotation = (self._rotation + degrees) % 360
        turn = QTransform().rotate(self._rotation)
        for row, image in enumerate(self._thumbs):
            item = self.thumbnails.item(row)
            if item is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image.transformed(turn))))
        await self.show_page(self._page)

    def thumbnail_size(self, row: int) -> QSize:
        """The size of a thumbnail as drawn (tests, accessibility)."""
        item = self.thumbnails.item(row)
        return item.icon().availableSizes()[0] if item is not None else QSize()

    @guarded_slot(int)
    async def on_thumbnails_current_row_changed(self, row: int) -> None:
        if row >= 0 and row != self._page:
            await self.show_page(row)
