"""Raster images (TIFF, PNG, JPEG) with Pillow: page counts, rendering and conversion to PDF.

Pillow failures are translated here, once, into
:class:`~medsender_desktop.errors.DocumentError`.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from numbers import Real
from typing import cast

from PIL import Image, ImageSequence

from medsender_desktop.documents import refusals
from medsender_desktop.documents.bounds import Budget
from medsender_desktop.documents.kinds import FileKind
from medsender_desktop.documents.records import RenderedPage, check_render_size

#: What Pillow's decoders raise on damaged or truncated images (found by fuzzing: a damaged
#: TIFF directory surfaces as TypeError/KeyError, a bad offset as IndexError/struct.error).
_PILLOW_FAILURES = (
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    EOFError,
    ZeroDivisionError,
    OverflowError,
    struct.error,
)
#: Letter paper in inches: images without a resolution are assumed to be scans of it.
_PAGE_INCHES = (8.5, 11.0)
_POINTS_PER_INCH = 72.0
#: Resolutions outside this range are treated as missing (broken headers say 1 or 65535 dpi).
_MIN_DPI, _MAX_DPI = 20.0, 4800.0
#: Rotation in degrees clockwise -> Pillow transpose (Pillow rotates counter-clockwise).
_TRANSPOSE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@contextmanager
def decoding(kind: FileKind) -> Iterator[None]:
    """Translate Pillow's failures while reading image data into DocumentError."""
    try:
        yield
    except Image.DecompressionBombError as exc:
        raise refusals.image_too_large() from exc
    except _PILLOW_FAILURES as exc:
        raise refusals.corrupt(kind) from exc


@contextmanager
def open_image(data: bytes, kind: FileKind) -> Iterator[Image.Image]:
    """The image, opened lazily (decode inside :func:`decoding`), closed afterwards."""
    with decoding(kind):
        image = Image.open(io.BytesIO(data))
    with image:
        yield image


def frame_count(data: bytes, kind: FileKind) -> int:
    """Pages in the image (frames of a TIFF's IFD chain, 1 for PNG/JPEG), first frame decoded."""
    with open_image(data, kind) as image, decoding(kind):
        image.load()
        return getattr(image, "n_frames", 1)


def check_frames_load(data: bytes, kind: FileKind, budget: Budget) -> int:
    """The frame count, after decoding every frame once (catches truncated images)."""
    with open_image(data, kind) as image, decoding(kind):
        count = 0
        for frame in ImageSequence.Iterator(image):
            budget.check()
            frame.load()
            count += 1
        return count


def frame_dpi(frame: Image.Image) -> tuple[float, float]:
    """The frame's resolution; without a usable one, a resolution that fits it on Letter paper."""
    dpi = frame.info.get("dpi")  # TIFF gives IFDRational values, PNG floats, JPEG ints
    if isinstance(dpi, tuple) and len(dpi) == 2 and all(isinstance(v, Real) for v in dpi):
        x, y = float(dpi[0]), float(dpi[1])
        if _MIN_DPI <= x <= _MAX_DPI and _MIN_DPI <= y <= _MAX_DPI:
            return x, y
    fit = max(
        _POINTS_PER_INCH,
        frame.width / _PAGE_INCHES[0],
        frame.height / _PAGE_INCHES[1],
    )
    return fit, fit


def _as_8bit_grey(frame: Image.Image) -> Image.Image:
    """16-bit, 32-bit and float grey scaled (not clipped) to 8 bits."""
    if frame.mode.startswith("I;16"):
        return frame.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    low, high = cast(tuple[float, float], frame.getextrema())  # one band: (min, max)
    if low >= 0 and high <= 255:
        return frame.convert("L")
    span = max(high - low, 1)
    return frame.point(lambda value: (value - low) * (255 / span)).convert("L")


def _as_rgba(frame: Image.Image) -> Image.Image:
    if frame.mode in ("RGBA", "RGB", "L", "1", "P", "LA", "CMYK", "YCbCr", "PA", "LAB", "HSV"):
        converted = frame.convert("RGBA")
    else:  # 16/32-bit integer or float samples
        converted = _as_8bit_grey(frame).convert("RGBA")
    alpha_low, _ = cast(tuple[int, int], converted.getchannel("A").getextrema())
    if alpha_low < 255:  # flatten transparency onto white, like pdfium
        background = Image.new("RGBA", converted.size, (255, 255, 255, 255))
        background.alpha_composite(converted)
        converted = background
    return converted


def _to_rendered(
    frame: Image.Image, index: int, size: tuple[int, int], rotation: int
) -> RenderedPage:
    if frame.mode == "1":
        frame = frame.convert("L")
    resized = (
        frame
        if frame.size == size
        else frame.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    )
    rgba = _as_rgba(resized)
    if rotation:
        rgba = rgba.transpose(_TRANSPOSE[rotation])
    return RenderedPage(
        index=index,
        width=rgba.width,
        height=rgba.height,
        stride=rgba.width * 4,
        data=rgba.tobytes("raw", "BGRA"),
    )


def _scaled_size(frame: Image.Image, scale: float) -> tuple[int, int]:
    """Pixel size at ``scale`` where 1.0 means 72 dpi, exactly like pdfium renders PDFs."""
    dpi_x, dpi_y = frame_dpi(frame)
    width = max(round(frame.width * _POINTS_PER_INCH / dpi_x * scale), 1)
    height = max(round(frame.height * _POINTS_PER_INCH / dpi_y * scale), 1)
    return width, height


def render_frame(
    data: bytes, kind: FileKind, index: int, scale: float, rotation: int
) -> RenderedPage:
    with open_image(data, kind) as image:
        with decoding(kind):
            count = getattr(image, "n_frames", 1)
        if not 0 <= index < count:
            raise IndexError(f"page index {index} is outside a {count}-page image")
        with decoding(kind):
            image.seek(index)
            image.load()
        size = _scaled_size(image, scale)
        check_render_size(*size)
        with decoding(kind):
            return _to_rendered(image, index, size, rotation)


def render_thumbnails(data: bytes, kind: FileKind, max_side: int) -> list[RenderedPage]:
    thumbnails = []
    with open_image(data, kind) as image, decoding(kind):
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            frame.load()
            width, height = _scaled_size(frame, 1.0)
            factor = max_side / max(width, height)
            size = (max(round(width * factor), 1), max(round(height * factor), 1))
            thumbnails.append(_to_rendered(frame, index, size, 0))
    return thumbnails


def _pdf_ready(frame: Image.Image) -> Image.Image:
    """A copy of the frame in a mode Pillow's PDF writer stores compactly (1-bit stays CCITT G4)."""
    if frame.mode in ("1", "L", "RGB", "CMYK"):
        return frame.copy()
    if frame.mode in ("P", "PA", "RGBA", "LA"):
        return _as_rgba(frame).convert("RGB")
    return _as_8bit_grey(frame) if frame.mode.startswith(("I", "F")) else frame.convert("RGB")


def frame_pdfs(data: bytes, kind: FileKind) -> list[bytes]:
    """One single-page PDF per frame, each page sized by that frame's own resolution."""
    pdfs = []
    with open_image(data, kind) as image, decoding(kind):
        for frame in ImageSequence.Iterator(image):
            frame.load()
            page = _pdf_ready(frame)
            buffer = io.BytesIO()
            page.save(buffer, "PDF", dpi=frame_dpi(frame))
            pdfs.append(buffer.getvalue())
    return pdfs
