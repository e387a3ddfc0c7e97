"""Synchronous document operations, dispatched on the file's kind. Run on the worker thread.

:class:`~medsender_desktop.documents.DocumentWorker` submits these; they must not be called
from any other thread (the pdfium functions they reach check this).
"""

from __future__ import annotations

import hashlib

from medsender_desktop.documents import bounds, image_ops, pdf_ops, refusals
from medsender_desktop.documents.kinds import AI_KINDS, FileKind, sniff
from medsender_desktop.documents.records import DocumentInfo, RenderedPage

ROTATIONS = frozenset({0, 90, 180, 270})


def kind_of(data: bytes, allowed: frozenset[FileKind] = AI_KINDS) -> FileKind:
    """The kind of ``data``, or a DocumentError when it is empty or not one of ``allowed``."""
    if not data:
        raise refusals.empty()
    kind = sniff(data)
    if kind is None or kind not in allowed:
        raise refusals.wrong_type(kind, allowed)
    return kind


def inspect(
    data: bytes, allowed: frozenset[FileKind], max_pages: int, max_bytes: int
) -> DocumentInfo:
    """Validate ``data`` for upload: size, kind, readability, encryption and page count."""
    if not data:
        raise refusals.empty()
    if len(data) >= max_bytes:
        raise refusals.too_large(len(data), max_bytes)
    kind = kind_of(data, allowed)
    budget = bounds.Budget()
    bounds.check_before_decoding(data, kind, max_pages)
    if kind is FileKind.PDF:
        pages = pdf_ops.check_pages_load(data, budget)
        if pages == 0:  # pdfium opened it but found no page: it cannot read this PDF
            raise refusals.unreadable_pdf()
    else:
        pages = image_ops.check_frames_load(data, kind, budget)
    if pages > max_pages:
        raise refusals.too_many_pages(pages, max_pages)
    return DocumentInfo(
        kind=kind, pages=pages, size=len(data), sha256=hashlib.sha256(data).hexdigest()
    )


def vet(data: bytes) -> None:
    """What every operation on untrusted bytes checks first (see :mod:`bounds`)."""
    if data:
        kind = sniff(data)
        if kind is not None:
            bounds.check_before_decoding(data, kind)


def page_count(data: bytes) -> int:
    kind = kind_of(data)
    if kind is FileKind.PDF:
        return pdf_ops.page_count(data)
    return image_ops.frame_count(data, kind)


def _check_render_arguments(scale: float, rotation: int) -> None:
    if not scale > 0:
        raise ValueError(f"scale must be positive, not {scale}")
    if rotation not in ROTATIONS:
        raise ValueError(f"rotation must be one of 0, 90, 180, 270, not {rotation}")


def render_page(data: bytes, index: int, scale: float, rotation: int) -> RenderedPage:
    _check_render_arguments(scale, rotation)
    kind = kind_of(data)
    if kind is FileKind.PDF:
        return pdf_ops.render_page(data, index, scale, rotation)
    return image_ops.render_frame(data, kind, index, scale, rotation)


def render_thumbnails(data: bytes, max_side: int) -> list[RenderedPage]:
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1, not {max_side}")
    kind = kind_of(data)
    if kind is FileKind.PDF:
        return pdf_ops.render_thumbnails(data, max_side)
    return image_ops.render_thumbnails(data, kind, max_side)


def extract_text(data: bytes) -> str:
    if kind_of(data) is FileKind.PDF:
        return pdf_ops.extract_text(data)
    return ""


def to_pdf(data: bytes) -> bytes:
    kind = kind_of(data)
    if kind is FileKind.PDF:
        return data
    pages = image_ops.frame_pdfs(data, kind)
    return pages[0] if len(pages) == 1 else pdf_ops.merge(pages)


def merge(documents: list[bytes]) -> bytes:
    if not documents:
        raise ValueError("merge needs at least one document")
    return pdf_ops.merge([to_pdf(data) for data in documents])


def first_pages(data: bytes, count: int) -> bytes:
    return pdf_ops.first_pages(to_pdf(data), count)
