"""generate_document, generate_tiff and pad_pdf: documents other tests and the demo rely on."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image

from medsender_desktop.documents import (
    DocumentWorker,
    FileKind,
    generate_document,
    generate_tiff,
    pad_pdf,
    sniff,
)
from tests.paths import CORPUS
from tests.unit.documents.pixels import ink_pixels


async def test_document_has_the_pages_and_text_asked_for(worker: DocumentWorker) -> None:
    pdf = generate_document(
        pages=2,
        title="Lab Result",
        lines=["Patient: Sam Sample", "Hemoglobin A1c: 5.4 %"],
        kind_of_doc="Lab Result",
    )
    assert sniff(pdf) is FileKind.PDF
    info = await worker.inspect(pdf)
    assert info.pages == 2
    first, second = (await worker.extract_text(pdf)).split("\f")
    for expected in ("Lab Result", "Patient: Sam Sample", "Hemoglobin A1c: 5.4 %", "Page 1 of 2"):
        assert expected in first
    assert "This is page 2 of 2." in second and "Sam Sample" not in second


async def test_default_body_says_it_is_generated(worker: DocumentWorker) -> None:
    text = await worker.extract_text(generate_document(pages=1, title="Demo"))
    assert "generated sample document" in text
    assert "no real patient information" in text


async def test_long_bodies_wrap_and_flow_onto_later_pages(worker: DocumentWorker) -> None:
    lines = [f"Line {number:03d} " + "word " * 30 for number in range(60)]
    pdf = generate_document(pages=4, title="Long", lines=lines)
    pages = (await worker.extract_text(pdf)).split("\f")
    assert "Line 000" in pages[0]
    assert "Line 059" in pages[1] + pages[2]
    assert "Line 059" not in pages[0]
    assert all("Line" not in page for page in pages[3:])
    thumbnail = (await worker.render_thumbnails(pdf, max_side=300))[0]
    right_margin = [
        thumbnail.pixel(x, y)
        for x in range(thumbnail.width - 20, thumbnail.width)
        for y in range(60, 200)
    ]
    assert set(right_margin) == {(255, 255, 255, 255)}  # wrapped, not running off the page


async def test_characters_outside_latin1_are_folded(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=1, title="Café \u2013 Łódź", lines=["Nguyễn Thị Minh"])
    text = await worker.extract_text(pdf)
    assert "Café ? ?ódz" in text and "Nguyen Thi Minh" in text


def test_document_is_deterministic() -> None:
    def make(title: str) -> bytes:
        return generate_document(pages=3, title=title, lines=["a", "b"], kind_of_doc="Referral")

    assert make("Same") == make("Same")
    assert make("Same") != make("Other")


def test_document_needs_a_page() -> None:
    with pytest.raises(ValueError, match="at least one page"):
        generate_document(pages=0, title="None")


async def test_tiff_is_a_bilevel_group4_fax(worker: DocumentWorker) -> None:
    data = generate_tiff(4, text="Prior authorization\nMember ID 123")
    assert sniff(data) is FileKind.TIFF
    with Image.open(io.BytesIO(data)) as image:
        assert getattr(image, "n_frames", 1) == 4
        assert image.mode == "1"
        assert image.info["compression"] == "group4"
        assert tuple(float(v) for v in image.info["dpi"]) == (100.0, 100.0)
    assert (await worker.inspect(data)).pages == 4
    assert ink_pixels(await worker.render_page(data, 3)) > 1000
    with pytest.raises(ValueError, match="at least one page"):
        generate_tiff(0)


@pytest.mark.parametrize("extra", [1, 100, 5000, 3 * 1024 * 1024])
async def test_pad_pdf_gives_the_exact_size_and_the_same_document(
    worker: DocumentWorker, extra: int
) -> None:
    pdf = generate_document(pages=3, title="Padded", lines=["Keep me"])
    padded = pad_pdf(pdf, len(pdf) + 64 + extra)
    assert len(padded) == len(pdf) + 64 + extra
    assert padded.startswith(pdf)
    assert (await worker.inspect(padded)).pages == 3
    assert await worker.extract_text(padded) == await worker.extract_text(pdf)


async def test_pad_pdf_works_on_pdfs_from_other_producers(worker: DocumentWorker) -> None:
    for name in ("pdflatex-4-pages.pdf", "google-doc-document.pdf", "habibi-rotated.pdf"):
        original = (CORPUS / name).read_bytes()
        padded = pad_pdf(original, len(original) + 200_000)
        assert await worker.page_count(padded) == await worker.page_count(original)


def test_padding_is_incompressible() -> None:
    pdf = generate_document(pages=1, title="Dense")
    padded = pad_pdf(pdf, 1024 * 1024)
    assert len(zlib.compress(padded)) > 0.98 * len(padded)


def test_pad_pdf_refuses_what_it_cannot_do() -> None:
    pdf = generate_document(pages=1, title="Small")
    with pytest.raises(ValueError, match="cannot pad"):
        pad_pdf(pdf, len(pdf) + 10)
    with pytest.raises(ValueError, match="startxref"):
        pad_pdf(generate_tiff(1), 10_000)
