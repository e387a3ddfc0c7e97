"""The operations behind the send dialog's pages: a page fitted to a box, thumbnails of a
range of pages, and one PDF assembled from pages of several documents in a chosen order."""

from __future__ import annotations

from pathlib import Path

import pytest

from medsender_desktop.documents import DocumentWorker, generate_document, generate_tiff
from medsender_desktop.errors import DocumentError


async def test_render_fitted_fits_the_box(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=2, title="Fit")
    page = await worker.render_fitted(pdf, 1, width=300, height=300)
    assert page.index == 1 and page.height == 300 and page.width < 300  # Letter is portrait
    wide = await worker.render_fitted(pdf, 0, width=200, height=2000)
    assert wide.width == 200


async def test_first_look_draws_a_pdf_file_and_nothing_else(worker: DocumentWorker,
                                                            tmp_path: Path) -> None:
    pdf = tmp_path / "referral.pdf"
    pdf.write_bytes(b"scanner junk\n" + generate_document(pages=3, title="Look"))
    page = await worker.first_look(pdf, 0, width=300, height=300)
    assert page is not None and page.index == 0 and page.height == 300
    tiff = tmp_path / "scan.pdf"  # the name says PDF, the bytes say TIFF: not drawn here
    tiff.write_bytes(generate_tiff(pages=1))
    assert await worker.first_look(tiff, 0, width=300, height=300) is None
    assert await worker.first_look(tmp_path / "gone.pdf", 0, width=300, height=300) is None
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\0" * 64)
    with pytest.raises(DocumentError):
        await worker.first_look(damaged, 0, width=300, height=300)


async def test_thumbnail_range(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=9, title="Range")
    thumbs = await worker.render_thumbnail_range(pdf, 3, 7, max_side=100)
    assert [t.index for t in thumbs] == [3, 4, 5, 6]
    assert all(max(t.width, t.height) == 100 for t in thumbs)
    assert await worker.render_thumbnail_range(pdf, 8, 20, max_side=50) != []


async def test_assemble_takes_pages_in_the_order_given(worker: DocumentWorker) -> None:
    first = generate_document(pages=3, title="First")
    second = generate_document(pages=2, title="Second")
    merged = await worker.assemble([first, second], [(1, 1), (0, 0), (0, 2), (1, 0)])
    text = (await worker.extract_text(merged)).split("\f")
    assert len(text) == 4
    assert "Second" in text[0] and "2" in text[0]
    assert "First" in text[1] and "First" in text[2] and "Second" in text[3]
    with pytest.raises(IndexError):
        await worker.assemble([first], [(0, 5)])
    with pytest.raises(DocumentError):
        await worker.assemble([b"%PDF-1.4 broken"], [(0, 0)])
