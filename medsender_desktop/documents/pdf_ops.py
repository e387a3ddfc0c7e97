"""Everything that touches pypdfium2. Runs only on the DocumentWorker thread.

Every function opens the document, works, and closes every pdfium object before returning,
so no pdfium handle is ever finalised by the garbage collector on another thread. Only
bytes, numbers and records leave this module. pdfium failures are translated here, once,
into :class:`~medsender_desktop.errors.DocumentError`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from medsender_desktop.documents import refusals
from medsender_desktop.documents.bounds import Budget
from medsender_desktop.documents.kinds import PDF_HEADER_WINDOW, FileKind, sniff
from medsender_desktop.documents.pdfium_guard import require_pdfium_access
from medsender_desktop.documents.records import (
    MAX_RENDER_PIXELS,
    MAX_RENDER_SIDE,
    RenderedPage,
    check_render_size,
)
from medsender_desktop.errors import DocumentError

_WHITE = (255, 255, 255, 255)
_ENCRYPTION_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})
#: pypdfium2 signals pdfium failures with PdfiumError; ctypes-level failures surface as OSError.
_PDFIUM_FAILURES = (pdfium.PdfiumError, OSError)


def _load_refusal(data: bytes) -> DocumentError:
    """Why pdfium would not open ``data``.

    pypdfium2 also reports a document that loads but has no pages as a load failure, with
    pdfium's global last-error code left over from an earlier failure (so it may claim
    "incorrect password"). Probing once more with the raw API tells the cases apart and
    gives a fresh error code.
    """
    handle = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if handle:
        pdfium_c.FPDF_CloseDocument(handle)
        return refusals.unreadable_pdf()
    if pdfium_c.FPDF_GetLastError() in _ENCRYPTION_ERRORS:
        return refusals.encrypted()
    return refusals.corrupt(FileKind.PDF)


@contextmanager
def open_pdf(data: bytes | Path) -> Iterator[pdfium.PdfDocument]:
    """Open ``data`` with pdfium (forms initialised so filled-in fields render), then close it."""
    require_pdfium_access()
    try:
        document = pdfium.PdfDocument(str(data) if isinstance(data, Path) else data)
    except pdfium.PdfiumError as exc:
        if isinstance(data, Path):
            raise refusals.corrupt(FileKind.PDF) from exc
        raise _load_refusal(data) from exc
    try:
        document.init_forms()
        yield document
    finally:
        document.close()


def page_count(data: bytes) -> int:
    with open_pdf(data) as document:
        return len(document)


def check_pages_load(data: bytes, budget: Budget) -> int:
    """The page count, after loading every page once (catches damaged page trees)."""
    with open_pdf(data) as document:
        count = len(document)
        try:
            for index in range(count):
                budget.check()
                document[index].close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc
        return count


def _check_index(document: pdfium.PdfDocument, index: int) -> None:
    if not 0 <= index < len(document):
        raise IndexError(f"page index {index} is outside a {len(document)}-page document")


def fitting_scale(width: float, height: float, scale: float) -> float:
    """``scale``, reduced so a width x height page stays within the render limits."""
    width, height = max(width, 1.0), max(height, 1.0)
    return min(scale, MAX_RENDER_SIDE / max(width, height),
               math.sqrt(MAX_RENDER_PIXELS / (width * height)) * 0.999)


def _render(page: pdfium.PdfPage, index: int, scale: float, rotation: int) -> RenderedPage:
    """Render, scaled down if needed to fit the limits; a page pdfium cannot draw (crop box
    outside the media box, say) is a DocumentError saying so."""
    scale = fitting_scale(page.get_width(), page.get_height(), scale)
    check_render_size(math.ceil(page.get_width() * scale), math.ceil(page.get_height() * scale))
    try:
        bitmap = page.render(
            scale=scale,
            rotation=rotation,
            fill_color=_WHITE,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
        )
    except ValueError as exc:  # pypdfium2: "Crop exceeds page dimensions" and the like
        raise refusals.page_unshowable() from exc
    try:
        return RenderedPage(
            index=index,
            width=bitmap.width,
            height=bitmap.height,
            stride=bitmap.stride,
            data=bytes(bitmap.buffer),
        )
    finally:
        bitmap.close()


def render_page(data: bytes, index: int, scale: float, rotation: int) -> RenderedPage:
    with open_pdf(data) as document:
        _check_index(document, index)
        try:
            page = document[index]
            try:
                return _render(page, index, scale, rotation)
            finally:
                page.close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc


def _placeholder(index: int, max_side: int, problem: str) -> RenderedPage:
    """A blank page-shaped stand-in (Letter proportions) for a page that cannot be drawn."""
    width, height = max(round(max_side * 8.5 / 11), 1), max_side
    pixels = b"\xee\xee\xee\xff" * (width * height)
    return RenderedPage(index, width, height, width * 4, pixels, problem=problem)


def render_thumbnails(data: bytes, max_side: int) -> list[RenderedPage]:
    """Every page; one that cannot be drawn becomes a placeholder with its ``problem``."""
    thumbnails = []
    budget = Budget(cpu_seconds=60.0)  # memory only, in effect: big documents take a while
    with open_pdf(data) as document:
        try:
            for index in range(len(document)):
                budget.check()
                page = document[index]
                try:
                    longest = max(page.get_width(), page.get_height(), 1.0)
                    thumbnails.append(_render(page, index, max_side / longest, 0))
                except DocumentError as exc:
                    thumbnails.append(_placeholder(index, max_side, exc.message))
                finally:
                    page.close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc
    return thumbnails


def extract_text(data: bytes) -> str:
    """The text layer of every page; pages are separated by a form feed (``\\f``)."""
    texts = []
    with open_pdf(data) as document:
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    text_page = page.get_textpage()
                    try:
                        texts.append(text_page.get_text_bounded())
                    finally:
                        text_page.close()
                finally:
                    page.close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc
    return "\f".join(texts)


def merge(pdfs: list[bytes]) -> bytes:
    """One new PDF holding every page of ``pdfs``, in order."""
    require_pdfium_access()
    merged = pdfium.PdfDocument.new()
    try:
        for data in pdfs:
            with open_pdf(data) as source:
                try:
                    merged.import_pages(source)
                except _PDFIUM_FAILURES as exc:
                    raise refusals.corrupt(FileKind.PDF) from exc
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()


def first_pages(data: bytes, count: int) -> bytes:
    """A new PDF holding the first ``count`` pages of ``data`` (1 <= count <= its pages)."""
    require_pdfium_access()
    with open_pdf(data) as source:
        if not 1 <= count <= len(source):
            raise ValueError("count must be between 1 and the document's page count")
        part = pdfium.PdfDocument.new()
        try:
            try:
                part.import_pages(source, list(range(count)))
            except _PDFIUM_FAILURES as exc:
                raise refusals.corrupt(FileKind.PDF) from exc
            buffer = io.BytesIO()
            part.save(buffer)
            return buffer.getvalue()
        finally:
            part.close()


def render_fitted(data: bytes | Path, index: int, box_width: int, box_height: int) -> RenderedPage:
    """Page ``index`` scaled to fit a ``box_width`` x ``box_height`` pixel box (one open).

    ``data`` may be a file: pdfium then reads only what the page needs, not the whole file
    (a first look at a large document before it is read and checked in full)."""
    with open_pdf(data) as document:
        _check_index(document, index)
        try:
            page = document[index]
            try:
                width, height = max(page.get_width(), 1.0), max(page.get_height(), 1.0)
                scale = min(box_width / width, box_height / height)
                return _render(page, index, scale, 0)
            finally:
                page.close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc


def first_look(path: Path, index: int, box_width: int, box_height: int) -> RenderedPage | None:
    """A file's page ``index`` fitted to the box if the file is a PDF (None if it is not, or
    cannot be read: reading it in full says why): the kind told from its first bytes and the
    page drawn in one job, before the file is read and checked in full."""
    try:
        with path.open("rb") as stream:
            head = stream.read(PDF_HEADER_WINDOW)
    except OSError:
        return None
    if sniff(head) is not FileKind.PDF:
        return None
    return render_fitted(path, index, box_width, box_height)


def render_thumbnail_range(data: bytes, start: int, stop: int, max_side: int) -> list[RenderedPage]:
    """Thumbnails of pages ``start`` to ``stop - 1`` (a short job: the worker stays responsive)."""
    thumbnails = []
    with open_pdf(data) as document:
        try:
            for index in range(max(start, 0), min(stop, len(document))):
                page = document[index]
                try:
                    longest = max(page.get_width(), page.get_height(), 1.0)
                    thumbnails.append(_render(page, index, max_side / longest, 0))
                finally:
                    page.close()
        except _PDFIUM_FAILURES as exc:
            raise refusals.corrupt(FileKind.PDF) from exc
    return thumbnails


def assemble(pdfs: list[bytes], order: list[tuple[int, int]]) -> bytes:
    """One new PDF of the pages ``order`` names, each ``(document index, page index)``, in order
    (pages may be left out or moved; consecutive pages of one document are imported together)."""
    require_pdfium_access()
    runs: list[tuple[int, list[int]]] = []
    for source, page in order:
        if runs and runs[-1][0] == source:
            runs[-1][1].append(page)
        else:
            runs.append((source, [page]))
    merged = pdfium.PdfDocument.new()
    try:
        for source, pages in runs:
            with open_pdf(pdfs[source]) as document:
                for page in pages:
                    _check_index(document, page)
                try:
                    merged.import_pages(document, pages)
                except _PDFIUM_FAILURES as exc:
                    raise refusals.corrupt(FileKind.PDF) from exc
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()
