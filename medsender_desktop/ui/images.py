"""Pages rendered by the documents worker, as Qt images."""

from __future__ import annotations

from PySide6.QtGui import QImage

from medsender_desktop.documents import RenderedPage


def to_qimage(page: RenderedPage) -> QImage:
    """Wrap the worker's BGRA bytes (= Format_ARGB32 on little-endian) and own a copy."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_ARGB32)
    return image.copy()
