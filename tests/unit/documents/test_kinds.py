"""sniff(): magic bytes decide the kind, never a name."""

from __future__ import annotations

import pytest

from medsender_desktop.documents import AI_KINDS, FAX_KINDS, FileKind, generate_tiff, sniff
from tests.paths import CORPUS


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", FileKind.PDF),
        (b"\x00" * 100 + b"%PDF-1.4", FileKind.PDF),  # junk before the header, as pdfium allows
        (b"II*\x00\x08\x00\x00\x00", FileKind.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", FileKind.TIFF),
        (b"\x89PNG\r\n\x1a\n\x00\x00", FileKind.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileKind.JPEG),
        (b"\xff\xd8\xff\xe1\x00\x10Exif", FileKind.JPEG),
    ],
)
def test_magic_bytes(head: bytes, kind: FileKind) -> None:
    assert sniff(head) is kind


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PD",
        b" " * 1024 + b"%PDF-1.4",
        b"GIF89a",
        b"PK\x03\x04",
        b"\x89PNG",
        b"II+\x00",
        b"plain text",
    ],
    ids=["empty", "short", "pdf-too-late", "gif", "zip", "png-cut", "bigtiff", "text"],
)
def test_unknown_bytes(data: bytes) -> None:
    assert sniff(data) is None


def test_real_files() -> None:
    assert sniff((CORPUS / "minimal-document.pdf").read_bytes()) is FileKind.PDF
    assert sniff((CORPUS / "smile-lzw.tiff").read_bytes()) is FileKind.TIFF
    assert sniff(generate_tiff(1)) is FileKind.TIFF


def test_mime_types_and_sets() -> None:
    assert {kind: kind.mime for kind in FileKind} == {
        FileKind.PDF: "application/pdf",
        FileKind.TIFF: "image/tiff",
        FileKind.PNG: "image/png",
        FileKind.JPEG: "image/jpeg",
    }
    assert {FileKind.PDF, FileKind.TIFF} == FAX_KINDS
    assert set(FileKind) == AI_KINDS
    assert FileKind("pdf") is FileKind.PDF and FileKind.PDF == "pdf"
