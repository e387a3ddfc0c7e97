"""The pages of the fax being composed, as a list model for the thumbnail strip.

Each row is one page (a :class:`PageRef`: which source file, which page of it). Thumbnails are
rendered lazily: the view asks only for the rows it shows, a missing thumbnail is queued, and
one task renders the queue in short batches on the documents worker (only bytes come back).
Rendered thumbnails live in a :class:`ThumbnailCache`, bounded by bytes (least recently used
first out), so a 199-page document never holds more than the cache's budget in pixels.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPixmap

from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui.images import to_qimage
from medsender_desktop.ui.theme import colors

log = logging.getLogger(__name__)

THUMB_SIDE = 110
#: Pages rendered per worker job: short jobs, so a page the user asks for is never far behind.
BATCH = 6
#: Default memory budget of the thumbnail cache (a 110-px Letter thumbnail is ~37 KB).
CACHE_BYTES = 8 * 1024 * 1024

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class PageRef:
    """Page ``page`` (zero-based) of source document ``source`` (the n-th file added)."""

    source: int
    page: int


class ThumbnailCache:
    """QImages by key, evicting the least recently used once ``max_bytes`` is exceeded."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._images: OrderedDict[PageRef, QImage] = OrderedDict()
        self.size_bytes = 0

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, key: PageRef) -> bool:
        return key in self._images

    def get(self, key: PageRef) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: PageRef, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self.size_bytes -= old.sizeInBytes()
        self._images[key] = image
        self.size_bytes += image.sizeInBytes()
        while self.size_bytes > self.max_bytes and len(self._images) > 1:
            _, evicted = self._images.popitem(last=False)
            self.size_bytes -= evicted.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self.size_bytes = 0


class PageStripModel(QAbstractListModel):
    thumbnails_rendered = Signal(int)  #: how many thumbnails the last batch added

    def __init__(self, documents: Any, parent: QObject | None = None, *,
                 cache_bytes: int = CACHE_BYTES) -> None:
        super().__init__(parent)
        self._documents = documents
        self._sources: list[bytes] = []
        self._source_pages: list[int] = []
        self._pages: list[PageRef] = []
        self.cache = ThumbnailCache(cache_bytes)
        self._wanted: dict[PageRef, None] = {}  # insertion-ordered set
        self._task: asyncio.Task[None] | None = None
        self._placeholder = QPixmap(int(THUMB_SIDE * 0.77), THUMB_SIDE)
        self._placeholder.fill(QColor(colors().thumbnail_placeholder))  # light or dark

    # --- contents ---------------------------------------------------------------------------
    @property
    def sources(self) -> list[bytes]:
        return list(self._sources)

    @property
    def pages(self) -> list[PageRef]:
        return list(self._pages)

    def add_source(self, pdf: bytes, page_count: int) -> int:
        """Append every page of ``pdf`` (already a PDF); returns the new source's number."""
        number = len(self._sources)
        self._sources.append(pdf)
        self._source_pages.append(page_count)
        first = len(self._pages)
        self.beginInsertRows(QModelIndex(), first, first + page_count - 1)
        self._pages.extend(PageRef(number, i) for i in range(page_count))
        self.endInsertRows()
        return number

    def source_pdf(self, ref: PageRef) -> bytes:
        return self._sources[ref.source]

    def remove_page(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._pages[row]
            self.endRemoveRows()

    def move_page(self, row: int, to: int) -> bool:
        """Move the page at ``row`` to position ``to`` (one step up or down in practice)."""
        if not (0 <= row < len(self._pages) and 0 <= to < len(self._pages)) or row == to:
            return False
        destination = to + 1 if to > row else to  # Qt counts the destination before removal
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._pages.insert(to, self._pages.pop(row))
        self.endMoveRows()
        return True

    def order(self) -> list[tuple[int, int]]:
        return [(ref.source, ref.page) for ref in self._pages]

    def is_unchanged_single(self) -> bool:
        """One source, every page, in its own order (its bytes can go out as they are)."""
        return (len(self._sources) == 1
                and self.order() == [(0, i) for i in range(self._source_pages[0])])

    # --- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        ref = self._pages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            image = self.cache.get(ref)
            if image is None:
                self._want(ref)
                return self._placeholder
            return QPixmap.fromImage(image)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB_SIDE + 12, THUMB_SIDE + 24)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Page {number}").format(number=index.row() + 1)
        if role == Qt.ItemDataRole.UserRole:
            return ref
        return None

    # --- lazy rendering ---------------------------------------------------------------------
    def _want(self, ref: PageRef) -> None:
        self._wanted[ref] = None
        if self._task is None or self._task.done():
            with contextlib.suppress(RuntimeError):  # no running loop: nothing can render
                self._task = asyncio.get_running_loop().create_task(self._render_wanted())

    def render_all(self) -> None:
        """Queue every page's thumbnail (benchmarks; the view normally asks only for visible ones)."""
        for ref in self._pages:
            if ref not in self.cache:
                self._want(ref)

    @property
    def rendering(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _render_wanted(self) -> None:
        while self._wanted:
            first = next(iter(self._wanted))
            batch = [first]
            for page in itertools.count(first.page + 1):
                ref = PageRef(first.source, page)
                if len(batch) >= BATCH or ref not in self._wanted:
                    break
                batch.append(ref)
            for ref in batch:
                self._wanted.pop(ref, None)
            try:
                rendered = await self._documents.render_thumbnail_range(
                    self._sources[first.source], first.page, batch[-1].page + 1, max_side=THUMB_SIDE)
            except MedsenderError as exc:
                log.info("thumbnails not rendered: %s", type(exc).__name__)
                continue
            for page in rendered:
                self.cache.put(PageRef(first.source, page.index), to_qimage(page))
            self._announce(first.source, {page.index for page in rendered})
            self.thumbnails_rendered.emit(len(rendered))

    def _announce(self, source: int, pages: set[int]) -> None:
        rows = [row for row, ref in enumerate(self._pages) if ref.source == source and ref.page in pages]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)),
                                  [Qt.ItemDataRole.DecorationRole])

    def stop(self) -> None:
        self._wanted.clear()
        if self._task is not None:
            self._task.cancel()
