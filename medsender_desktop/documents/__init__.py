"""Documents: validation, page counts, previews, text, conversion and generated PDFs.

Every pypdfium2 call runs on the one :class:`DocumentWorker` thread; fpdf2/Pillow helpers
(:func:`build_cover_sheet`, :func:`generate_document`, :func:`generate_tiff`,
:func:`pad_pdf`) are pure Python and run on any thread. Failures are raised as
:class:`medsender_desktop.errors.DocumentError` with a ``reason`` from :class:`Reason`.
"""

from medsender_desktop.documents.cover_sheet import build_cover_sheet
from medsender_desktop.documents.generate import generate_document, generate_tiff, pad_pdf
from medsender_desktop.documents.kinds import AI_KINDS, FAX_KINDS, FileKind, sniff
from medsender_desktop.documents.records import DocumentInfo, RenderedPage
from medsender_desktop.documents.refusals import Reason
from medsender_desktop.documents.worker import DocumentWorker

__all__ = [
    "AI_KINDS",
    "FAX_KINDS",
    "DocumentInfo",
    "DocumentWorker",
    "FileKind",
    "Reason",
    "RenderedPage",
    "build_cover_sheet",
    "generate_document",
    "generate_tiff",
    "pad_pdf",
    "sniff",
]
