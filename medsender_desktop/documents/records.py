"""The records the documents module hands out (plain bytes and numbers, never pdfium objects)."""

from __future__ import annotations

from dataclasses import dataclass

from medsender_desktop.documents.kinds import FileKind

#: Bytes per pixel of :attr:`RenderedPage.data`.
BYTES_PER_PIXEL = 4
#: Largest render allowed (200 MB of pixels; Letter at 600 dpi is 34 million pixels).
MAX_RENDER_PIXELS = 50_000_000
#: Longest side of a render (QImage and most GPUs stop at 32767).
MAX_RENDER_SIDE = 16384


def check_render_size(width: int, height: int) -> None:
    """Refuse a render too big to hold in memory (a caller passed a runaway ``scale``)."""
    if width * height > MAX_RENDER_PIXELS:
        raise ValueError(
            f"a {width}x{height} render exceeds {MAX_RENDER_PIXELS} pixels; use a smaller scale"
        )


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A file that passed :meth:`DocumentWorker.inspect`: its kind, page count, size and digest."""

    kind: FileKind
    pages: int
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One rasterised page.

    ``data`` is 32-bit **BGRA**: per pixel the bytes blue, green, red, alpha (alpha is always
    255; pages are rendered onto opaque white). Rows are ``stride`` bytes apart (``stride >=
    width * 4``), ``height`` rows in all. That is ``QImage.Format_ARGB32`` on little-endian
    machines (every platform we ship), so the UI can wrap it without converting::

        QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_ARGB32)

    ``index`` is the zero-based page number.
    """

    index: int
    width: int
    height: int
    stride: int
    data: bytes
    #: Set when this page could not be drawn: a blank stand-in, and the sentence to show.
    problem: str | None = None

    def pixel(self, x: int, y: int) -> tuple[int, int, int, int]:
        """The ``(red, green, blue, alpha)`` of one pixel (for tests and sampling)."""
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"pixel ({x}, {y}) is outside a {self.width}x{self.height} page")
        offset = y * self.stride + x * BYTES_PER_PIXEL
        blue, green, red, alpha = self.data[offset : offset + BYTES_PER_PIXEL]
        return red, green, blue, alpha
