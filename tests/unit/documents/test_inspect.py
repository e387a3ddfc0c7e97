"""DocumentWorker.inspect: every refusal reason, the exact limits, and what is never read."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from PIL import Image

from medsender_desktop import wire
from medsender_desktop.documents import (
    AI_KINDS,
    FAX_KINDS,
    DocumentInfo,
    DocumentWorker,
    FileKind,
    Reason,
    generate_document,
    generate_tiff,
    pad_pdf,
)
from medsender_desktop.errors import DocumentError
from tests.paths import CORPUS

MIB = 1024 * 1024


def png_bytes(size: tuple[int, int] = (60, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 30, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


async def refusal(worker: DocumentWorker, source: Path | bytes, **limits: object) -> DocumentError:
    with pytest.raises(DocumentError) as refused:
        await worker.inspect(source, **limits)  # type: ignore[arg-type]
    return refused.value


async def test_info_describes_the_bytes(worker: DocumentWorker) -> None:
    data = generate_document(pages=3, title="Referral")
    info = await worker.inspect(data)
    assert info == DocumentInfo(
        kind=FileKind.PDF, pages=3, size=len(data), sha256=hashlib.sha256(data).hexdigest()
    )
    with pytest.raises(FrozenInstanceError):
        info.pages = 4  # type: ignore[misc]


async def test_a_path_and_its_bytes_give_the_same_info(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    data = generate_tiff(3)
    path = tmp_path / "scan.tif"
    path.write_bytes(data)
    assert await worker.inspect(path) == await worker.inspect(data)
    assert (await worker.inspect(path)).kind is FileKind.TIFF


async def test_199_pages_are_accepted_and_200_refused(worker: DocumentWorker) -> None:
    assert wire.MAX_PAGES == 199
    accepted = await worker.inspect(generate_document(pages=199, title="Long record"))
    assert accepted.pages == 199
    refused = await refusal(worker, generate_document(pages=200, title="Too long"))
    assert refused.reason == Reason.TOO_MANY_PAGES == "too_many_pages"
    assert "200 pages" in refused.message and "199" in refused.message


async def test_page_limit_applies_to_tiff_frames_and_custom_limits(worker: DocumentWorker) -> None:
    tiff = generate_tiff(4)
    assert (await worker.inspect(tiff, max_pages=4)).pages == 4
    assert (await refusal(worker, tiff, max_pages=3)).reason == "too_many_pages"


@pytest.mark.parametrize(
    ("size", "accepted"),
    [
        (int(19.9 * MIB), True),
        (wire.MAX_FILE_BYTES - 1, True),
        (wire.MAX_FILE_BYTES, False),  # "under 20 MB": exactly 20 MiB is refused
        (int(20.1 * MIB), False),
    ],
    ids=["19.9MB", "limit-minus-1", "limit", "20.1MB"],
)
async def test_size_limit_on_bytes_and_files(
    worker: DocumentWorker, tmp_path: Path, size: int, accepted: bool
) -> None:
    data = pad_pdf(generate_document(pages=2, title="Scan"), size)
    assert len(data) == size
    path = tmp_path / "big.pdf"
    path.write_bytes(data)
    for source in (data, path):
        if accepted:
            info = await worker.inspect(source)
            assert (info.pages, info.size) == (2, size)
        else:
            refused = await refusal(worker, source)
            assert refused.reason == "too_large"
            assert "under 20 MB" in refused.message


async def test_custom_size_limit(worker: DocumentWorker) -> None:
    data = generate_document(pages=1, title="Small")
    assert (await worker.inspect(data, max_bytes=len(data) + 1)).size == len(data)
    assert (await refusal(worker, data, max_bytes=len(data))).reason == "too_large"


async def test_a_huge_file_is_refused_from_its_size_without_reading_it(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as sparse:  # 2 GB on paper, almost nothing on disk
        sparse.write(generate_document(pages=1, title="Huge"))
        sparse.truncate(2 * 1024 * MIB)
    tracemalloc.start()
    try:
        refused = await refusal(worker, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.reason == "too_large"
    assert "2048 MB" in refused.message
    assert peak < 4 * MIB


@pytest.mark.parametrize("source", ["bytes", "file"])
async def test_zero_bytes_are_refused_as_empty(
    worker: DocumentWorker, tmp_path: Path, source: str
) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    refused = await refusal(worker, b"" if source == "bytes" else path)
    assert refused.reason == "empty"


async def test_a_pdf_without_pages_is_refused_as_empty(worker: DocumentWorker) -> None:
    def blank_pdf() -> bytes:
        import pypdfium2

        document = pypdfium2.PdfDocument.new()
        try:
            buffer = io.BytesIO()
            document.save(buffer)
            return buffer.getvalue()
        finally:
            document.close()

    blank = await worker.run(blank_pdf)
    # pdfium's last-error code is global: a password failure just before must not leak into
    # the verdict on the next file
    encrypted = (CORPUS / "libreoffice-writer-password.pdf").read_bytes()
    assert (await refusal(worker, encrypted)).reason == "encrypted"
    refused = await refusal(worker, blank)
    assert refused.reason == "corrupt"  # pdfium loads it but finds no page: it cannot read it
    assert "cannot be read" in refused.message
    assert (await refusal(worker, encrypted)).reason == "encrypted"


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
async def test_a_truncated_pdf_is_refused_as_corrupt(
    worker: DocumentWorker, fraction: float
) -> None:
    data = generate_document(pages=5, title="Cut short")
    refused = await refusal(worker, data[: int(len(data) * fraction)])
    assert refused.reason == "corrupt"
    assert refused.message.startswith("This PDF is damaged")


async def test_a_pdf_header_on_garbage_is_corrupt(worker: DocumentWorker) -> None:
    refused = await refusal(worker, b"%PDF-1.7\n" + os.urandom(4096))
    assert refused.reason == "corrupt"


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(2048),
        b"Hello, this is plain text.\n" * 10,
        b"PK\x03\x04" + bytes(100),
        b"GIF89a" + bytes(64),
    ],
    ids=["random", "text", "zip", "gif"],
)
@pytest.mark.parametrize("allowed", [FAX_KINDS, AI_KINDS], ids=["fax", "ai"])
async def test_garbage_is_refused_as_wrong_type(
    worker: DocumentWorker, data: bytes, allowed: frozenset[FileKind]
) -> None:
    refused = await refusal(worker, data, allowed=allowed)
    assert refused.reason == "wrong_type"
    assert "not a PDF, TIFF, PNG or JPEG" in refused.message


async def test_a_png_named_pdf_is_wrong_type_for_fax_but_fine_for_ai(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    disguised = tmp_path / "referral.pdf"
    disguised.write_bytes(png_bytes())
    refused = await refusal(worker, disguised)
    assert refused.reason == "wrong_type"
    assert refused.message == (
        "This file is a PNG image. Only PDF and TIFF files can be used here. "
        "Print or save it as a PDF and try again."
    )
    info = await worker.inspect(disguised, allowed=AI_KINDS)
    assert (info.kind, info.pages) == (FileKind.PNG, 1)


async def test_jpeg_is_for_ai_only(worker: DocumentWorker) -> None:
    assert (await refusal(worker, jpeg_bytes())).reason == "wrong_type"
    assert (await worker.inspect(jpeg_bytes(), allowed=AI_KINDS)).kind is FileKind.JPEG


async def test_a_pdf_is_refused_where_only_images_are_allowed(worker: DocumentWorker) -> None:
    refused = await refusal(
        worker, generate_document(pages=1, title="x"), allowed=frozenset({FileKind.PNG})
    )
    assert refused.reason == "wrong_type"
    assert "This file is a PDF document. Only PNG files can be used here." in refused.message


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (generate_tiff(2)[:300], "TIFF"),
        (b"II*\x00" + os.urandom(512), "TIFF"),
        (png_bytes((400, 400))[:120], "PNG"),
        (jpeg_bytes()[:200], "JPEG"),
    ],
    ids=["truncated-tiff", "garbage-tiff", "truncated-png", "truncated-jpeg"],
)
async def test_damaged_images_are_refused_as_corrupt(
    worker: DocumentWorker, data: bytes, kind: str
) -> None:
    refused = await refusal(worker, data, allowed=AI_KINDS)
    assert refused.reason == "corrupt"
    assert refused.message.startswith(f"This {kind} image is damaged")


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
async def test_a_tiff_whose_later_frame_is_cut_off_is_corrupt(worker: DocumentWorker) -> None:
    data = generate_tiff(3)
    refused = await refusal(worker, data[: len(data) - 400])
    assert refused.reason == "corrupt"


async def test_missing_file_and_directory_are_refused(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    assert (await refusal(worker, tmp_path / "gone.pdf")).reason == "missing"
    assert (await refusal(worker, tmp_path)).reason == "missing"


async def test_an_unreadable_path_is_refused_as_missing(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "letter.pdf"
    not_a_folder.write_bytes(generate_document(pages=1, title="Letter"))
    assert (await refusal(worker, not_a_folder / "inside.pdf")).reason == "missing"


async def test_a_page_tree_pointing_at_no_page_is_corrupt(worker: DocumentWorker) -> None:
    def claims_one_page_but_has_none() -> bytes:
        import pypdfium2

        document = pypdfium2.PdfDocument.new()
        try:
            buffer = io.BytesIO()
            document.save(buffer)
            return buffer.getvalue().replace(b"/Count 0", b"/Count 1")
        finally:
            document.close()

    data = await worker.run(claims_one_page_but_has_none)
    assert (await refusal(worker, data)).reason == "corrupt"
