"""The thumbnail strip's model: thumbnails rendered lazily on the documents worker, only for
the rows asked for, kept in a cache bounded by bytes (least recently used out first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from medsender_desktop.documents import DocumentWorker, generate_document
from medsender_desktop.ui.models.page_strip import PageRef, PageStripModel, ThumbnailCache
from tests.gui.helpers import until


def test_cache_is_bounded_by_bytes_and_evicts_least_recently_used(qapp) -> None:
    image = QImage(100, 100, QImage.Format.Format_ARGB32)  # 40,000 bytes
    cache = ThumbnailCache(max_bytes=100_000)
    for page in range(3):
        cache.put(PageRef(0, page), image)
    assert len(cache) == 2 and cache.size_bytes == 80_000  # the third pushed the first out
    assert PageRef(0, 0) not in cache
    cache.get(PageRef(0, 1))  # used: now the most recent
    cache.put(PageRef(0, 3), image)
    assert PageRef(0, 1) in cache and PageRef(0, 2) not in cache


async def test_only_the_rows_asked_for_are_rendered(qapp) -> None:
    with DocumentWorker() as worker:
        model = PageStripModel(worker)
        model.add_source(generate_document(pages=40, title="Lazy"), 40)
        assert model.rowCount() == 40 and len(model.cache) == 0
        for row in (0, 1, 2):
            model.data(model.index(row), Qt.ItemDataRole.DecorationRole)  # a placeholder for now
        await until(lambda: len(model.cache) == 3 and not model.rendering, "three thumbnails")
        assert sorted(p.page for p in model.pages if p in model.cache) == [0, 1, 2]
        pixmap = model.data(model.index(1), Qt.ItemDataRole.DecorationRole)
        assert max(pixmap.width(), pixmap.height()) == 110
        model.render_all()
        await until(lambda: len(model.cache) == 40 and not model.rendering, "every thumbnail")
        model.stop()
