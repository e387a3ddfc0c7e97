"""File kinds recognised by their magic bytes, and the sets each feature accepts."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

#: pdfium finds the ``%PDF-`` header anywhere in the first 1024 bytes (some scanners prepend junk).
PDF_HEADER_WINDOW: Final = 1024


class FileKind(StrEnum):
    PDF = "pdf"
    TIFF = "tiff"
    PNG = "png"
    JPEG = "jpeg"

    @property
    def mime(self) -> str:
        return _MIME[self]

    @property
    def label(self) -> str:
        """How the kind is named in messages to the user ("PDF", "TIFF", ...)."""
        return self.value.upper()


_MIME: Final = {
    FileKind.PDF: "application/pdf",
    FileKind.TIFF: "image/tiff",
    FileKind.PNG: "image/png",
    FileKind.JPEG: "image/jpeg",
}

#: What the fax endpoints accept ("PDF or TIFF").
FAX_KINDS: Final = frozenset({FileKind.PDF, FileKind.TIFF})
#: What the AI document endpoints accept.
AI_KINDS: Final = frozenset({FileKind.PDF, FileKind.TIFF, FileKind.PNG, FileKind.JPEG})
#: Kinds that are raster images (handled with Pillow rather than pdfium).
IMAGE_KINDS: Final = frozenset({FileKind.TIFF, FileKind.PNG, FileKind.JPEG})

_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE: Final = b"\xff\xd8\xff"
_TIFF_SIGNATURES: Final = (b"II*\x00", b"MM\x00*")


def sniff(data: bytes) -> FileKind | None:
    """The kind of ``data`` from its magic bytes alone (never from a file name or extension)."""
    head = bytes(data[:PDF_HEADER_WINDOW])
    if head.startswith(_PNG_SIGNATURE):
        return FileKind.PNG
    if head.startswith(_JPEG_SIGNATURE):
        return FileKind.JPEG
    if head.startswith(_TIFF_SIGNATURES):
        return FileKind.TIFF
    if b"%PDF-" in head:
        return FileKind.PDF
    return None
