"""Documents: validation, page counts, previews, text, conversion and generated PDFs.

Every pypdfium2 call runs on the one :class:`DocumentWorker` thread; fpdf2/Pillow helpers
(:func:`build_cover_sheet`, :func:`generate_document`, :func:`generate_tiff`,
:func:`pad_pdf`) are pure Python and run on any thread. Failures are raised as
:class:`medsender_desktop.errors.DocumentError` with a ``reason`` from :class:`Reason`.

The fpdf2/Pillow helpers are loaded on first use (PEP 562 ``__getattr__``): fpdf2 and the
fontTools it brings take ~0.3 s to import, and the desktop app's start path needs none of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from medsender_desktop.documents.kinds import AI_KINDS, FAX_KINDS, FileKind, sniff
from medsender_desktop.documents.records import DocumentInfo, RenderedPage
from medsender_desktop.documents.refusals import Reason
from medsender_desktop.documents.worker import DocumentWorker

if TYPE_CHECKING:
    from medsender_desktop.documents.cover_sheet import build_cover_sheet
    from medsender_desktop.documents.generate import generate_document, generate_tiff, pad_pdf

#: name -> the module that defines it, imported when the name is first used
_ON_FIRST_USE: Final = {
    "build_cover_sheet": "medsender_desktop.documents.cover_sheet",
    "generate_document": "medsender_desktop.documents.generate",
    "generate_tiff": "medsender_desktop.documents.generate",
    "pad_pdf": "medsender_desktop.documents.generate",
}


def __getattr__(name: str) -> Any:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


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
