"""to_pdf, merge and extract_text, checked by reading the results back with pdfium."""

from __future__ import annotations

import io

import pytest
from PIL import Image, TiffImagePlugin

from medsender_desktop.documents import (
    DocumentWorker,
    FileKind,
    generate_document,
    generate_tiff,
    sniff,
)
from medsender_desktop.errors import DocumentError
from tests.paths import CORPUS
from tests.unit.documents.pixels import ink_pixels


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Page sizes in points (run on the worker: it calls pypdfium2)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return [tuple(round(v, 1) for v in document[i].get_size()) for i in range(len(document))]
    finally:
        document.close()


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


async def test_to_pdf_passes_pdfs_through_unchanged(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=2, title="As is")
    assert await worker.to_pdf(pdf) is pdf


async def test_to_pdf_of_a_tiff_has_one_letter_page_per_frame(worker: DocumentWorker) -> None:
    tiff = generate_tiff(7, text="Lab result")
    pdf = await worker.to_pdf(tiff)
    assert sniff(pdf) is FileKind.PDF
    assert (await worker.inspect(pdf)).pages == 7
    assert await worker.run(page_sizes, pdf) == [(612.0, 792.0)] * 7
    page = await worker.render_page(pdf, 6, scale=0.5)
    assert ink_pixels(page) > 500


async def test_to_pdf_gives_each_frame_its_own_resolution(worker: DocumentWorker) -> None:
    buffer = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(buffer, new=True) as tiff:
        fine = Image.new("1", (1728, 2200), 1)  # fax "fine": 204 x 196 dpi
        fine.save(tiff, "TIFF", dpi=(204, 196), compression="group4")
        tiff.newFrame()
        letter = Image.new("1", (850, 1100), 0)  # a Letter page scanned at 100 dpi
        letter.save(tiff, "TIFF", dpi=(100, 100), compression="group4")
        tiff.newFrame()
    pdf = await worker.to_pdf(buffer.getvalue())
    assert await worker.run(page_sizes, pdf) == [
        (round(1728 * 72 / 204, 1), round(2200 * 72 / 196, 1)),
        (612.0, 792.0),
    ]


@pytest.mark.parametrize(
    ("image", "fmt"),
    [
        (Image.new("RGB", (300, 200), (10, 120, 200)), "PNG"),
        (Image.new("RGBA", (300, 200), (10, 120, 200, 128)), "PNG"),
        (Image.new("P", (300, 200), 3), "PNG"),
        (Image.new("L", (300, 200), 90), "JPEG"),
        (Image.new("CMYK", (300, 200), (0, 80, 80, 0)), "JPEG"),
        (Image.new("I;16", (300, 200), 30000), "PNG"),
    ],
    ids=["rgb-png", "rgba-png", "palette-png", "grey-jpeg", "cmyk-jpeg", "16bit-png"],
)
async def test_to_pdf_of_single_images(
    worker: DocumentWorker, image: Image.Image, fmt: str
) -> None:
    pdf = await worker.to_pdf(image_bytes(image, fmt, dpi=(100, 100)))
    assert (await worker.inspect(pdf)).pages == 1
    assert await worker.run(page_sizes, pdf) == [(216.0, 144.0)]
    rendered = await worker.render_page(pdf, 0)
    assert ink_pixels(rendered, threshold=250) > 0


async def test_merge_keeps_every_page_in_order(worker: DocumentWorker) -> None:
    first = generate_document(pages=3, title="First part", lines=["ALPHA"])
    second = generate_document(pages=2, title="Second part", lines=["BRAVO"])
    corpus = (CORPUS / "pdflatex-4-pages.pdf").read_bytes()
    merged = await worker.merge([first, second, corpus])
    assert (await worker.inspect(merged)).pages == 9
    pages = (await worker.extract_text(merged)).split("\f")
    assert len(pages) == 9
    assert "ALPHA" in pages[0] and "First part" in pages[2]
    assert "BRAVO" in pages[3] and "Second part" in pages[4]
    assert "First part" not in pages[5]


async def test_merge_converts_images_first(worker: DocumentWorker) -> None:
    merged = await worker.merge([generate_tiff(2), generate_document(pages=1, title="Doc")])
    assert await worker.page_count(merged) == 3


async def test_merge_refuses_damaged_and_locked_inputs(worker: DocumentWorker) -> None:
    good = generate_document(pages=1, title="Good")
    with pytest.raises(DocumentError) as damaged:
        await worker.merge([good, good[: len(good) // 2]])
    assert damaged.value.reason == "corrupt"
    locked = (CORPUS / "libreoffice-writer-password.pdf").read_bytes()
    with pytest.raises(DocumentError) as encrypted:
        await worker.merge([good, locked])
    assert encrypted.value.reason == "encrypted"
    with pytest.raises(ValueError, match="at least one"):
        await worker.merge([])


async def test_extract_text_reads_every_page(worker: DocumentWorker) -> None:
    pdf = generate_document(
        pages=3,
        title="Referral",
        lines=["Patient: Maria Example", "DOB: 04/05/1966"],
        kind_of_doc="Referral",
    )
    text = await worker.extract_text(pdf)
    pages = text.split("\f")
    assert len(pages) == 3
    assert "Patient: Maria Example" in pages[0] and "DOB: 04/05/1966" in pages[0]
    assert "Page 3 of 3" in pages[2]


async def test_images_have_no_text_layer(worker: DocumentWorker) -> None:
    assert await worker.extract_text(generate_tiff(2, text="Not OCRed")) == ""
    assert await worker.extract_text(image_bytes(Image.new("RGB", (8, 8)), "PNG")) == ""
