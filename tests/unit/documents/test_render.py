"""Rendering: BGRA layout, scale, rotation and thumbnails, for PDFs (pdfium) and images (Pillow)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from medsender_desktop.documents import (
    DocumentWorker,
    RenderedPage,
    generate_document,
    generate_tiff,
)
from medsender_desktop.errors import DocumentError
from tests.unit.documents.pixels import as_image, ink_pixels, is_opaque

TEAL = (22, 78, 99)  # the band generate_document draws across the top 8 points of each page
LETTER = (612, 792)


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def top_band_png() -> bytes:
    """A 200x100 px image at 72 dpi: white, with a teal band across the top 10 px."""
    image = Image.new("RGB", (200, 100), (255, 255, 255))
    image.paste(TEAL, (0, 0, 200, 10))
    return image_bytes(image, "PNG", dpi=(72, 72))


async def test_pdf_pages_are_bgra_at_72_dpi(worker: DocumentWorker) -> None:
    page = await worker.render_page(generate_document(pages=1, title="Pixels"), 0)
    assert (page.index, page.width, page.height) == (0, *LETTER)
    assert page.stride >= page.width * 4
    assert len(page.data) == page.stride * page.height
    offset = 3 * page.stride + 300 * 4
    assert page.data[offset : offset + 4] == bytes((TEAL[2], TEAL[1], TEAL[0], 255))  # B, G, R, A
    assert page.pixel(300, 3) == (*TEAL, 255)
    assert page.pixel(300, 400)[:3] == (255, 255, 255)
    assert is_opaque(page)


async def test_image_pages_use_the_same_layout(worker: DocumentWorker) -> None:
    page = await worker.render_page(top_band_png(), 0)
    assert (page.width, page.height, page.stride) == (200, 100, 800)
    assert page.data[:4] == bytes((TEAL[2], TEAL[1], TEAL[0], 255))
    assert page.pixel(100, 50) == (255, 255, 255, 255)


@pytest.mark.parametrize("scale", [0.25, 0.5, 2.0])
async def test_scale_multiplies_the_size(worker: DocumentWorker, scale: float) -> None:
    pdf_page = await worker.render_page(generate_document(pages=1, title="x"), 0, scale=scale)
    assert (pdf_page.width, pdf_page.height) == (round(612 * scale), round(792 * scale))
    image_page = await worker.render_page(top_band_png(), 0, scale=scale)
    assert (image_page.width, image_page.height) == (round(200 * scale), round(100 * scale))


async def test_image_resolution_sets_its_size_like_paper(worker: DocumentWorker) -> None:
    at_144_dpi = Image.new("L", (288, 144), 255)
    page = await worker.render_page(image_bytes(at_144_dpi, "PNG", dpi=(144, 144)), 0)
    assert (page.width, page.height) == (144, 72)
    fax_fine = Image.new("1", (1728, 2200), 1)  # 204 x 196 dpi, the fax "fine" resolution
    page = await worker.render_page(image_bytes(fax_fine, "TIFF", dpi=(204, 196)), 0)
    assert (page.width, page.height) == (round(1728 * 72 / 204), round(2200 * 72 / 196))


async def test_an_image_without_resolution_is_fitted_to_letter(worker: DocumentWorker) -> None:
    photo = image_bytes(Image.new("RGB", (1700, 2200), (250, 250, 250)), "JPEG")
    page = await worker.render_page(photo, 0)
    assert (page.width, page.height) == LETTER


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
async def test_rotation_is_clockwise_for_pdfs_and_images_alike(
    worker: DocumentWorker, rotation: int
) -> None:
    for data in (generate_document(pages=1, title="Turn"), top_band_png()):
        upright = await worker.render_page(data, 0, scale=0.5)
        page = await worker.render_page(data, 0, scale=0.5, rotation=rotation)
        swapped = rotation in (90, 270)
        expected = (upright.height, upright.width) if swapped else (upright.width, upright.height)
        assert (page.width, page.height) == expected
        middle_x, middle_y = page.width // 2, page.height // 2
        edge = {  # where the top band ends up after turning the page clockwise
            0: (middle_x, 1),
            90: (page.width - 2, middle_y),
            180: (middle_x, page.height - 2),
            270: (1, middle_y),
        }[rotation]
        assert page.pixel(*edge)[:3] == pytest.approx(TEAL, abs=2)
        assert page.pixel(middle_x, middle_y)[:3] == (255, 255, 255)


async def test_multi_page_tiff_renders_each_frame(worker: DocumentWorker) -> None:
    tiff = generate_tiff(3, text="Referral for review")
    assert await worker.page_count(tiff) == 3
    pages = [await worker.render_page(tiff, index) for index in range(3)]
    assert [page.index for page in pages] == [0, 1, 2]
    assert all((page.width, page.height) == LETTER for page in pages)
    assert all(ink_pixels(page) > 1000 for page in pages)
    assert as_image(pages[0]).tobytes() != as_image(pages[1]).tobytes()  # "Page 1 of 3" vs 2


async def test_thumbnails_fit_the_longest_side(worker: DocumentWorker) -> None:
    thumbnails = await worker.render_thumbnails(generate_document(pages=4, title="Thumbs"))
    assert [thumb.index for thumb in thumbnails] == [0, 1, 2, 3]
    assert {(thumb.width, thumb.height) for thumb in thumbnails} == {(round(612 * 160 / 792), 160)}
    landscape = await worker.render_thumbnails(top_band_png(), max_side=50)
    assert [(thumb.width, thumb.height) for thumb in landscape] == [(50, 25)]
    tiff_thumbs = await worker.render_thumbnails(generate_tiff(2), max_side=100)
    assert [(t.index, t.height) for t in tiff_thumbs] == [(0, 100), (1, 100)]
    assert all(ink_pixels(thumb) > 0 for thumb in tiff_thumbs)


async def test_transparent_images_render_on_white(worker: DocumentWorker) -> None:
    clear = image_bytes(Image.new("RGBA", (20, 20), (255, 0, 0, 0)), "PNG")
    page = await worker.render_page(clear, 0)
    assert page.pixel(10, 10) == (255, 255, 255, 255)


async def test_render_arguments_are_checked(worker: DocumentWorker) -> None:
    pdf = generate_document(pages=2, title="Args")
    with pytest.raises(IndexError):
        await worker.render_page(pdf, 2)
    with pytest.raises(IndexError):
        await worker.render_page(generate_tiff(1), 1)
    with pytest.raises(ValueError, match="rotation"):
        await worker.render_page(pdf, 0, rotation=45)
    with pytest.raises(ValueError, match="scale"):
        await worker.render_page(pdf, 0, scale=0)
    with pytest.raises(ValueError, match="max_side"):
        await worker.render_thumbnails(pdf, max_side=0)
    runaway = await worker.render_page(pdf, 0, scale=20)  # 12240 x 15840: scaled down to fit
    assert runaway.width * runaway.height <= 50_000_000 and runaway.width > 5100
    with pytest.raises(ValueError, match="smaller scale"):
        await worker.render_page(generate_tiff(1), 0, scale=60)
    assert (await worker.render_page(pdf, 0, scale=600 / 72)).width == 5100  # 600 dpi is fine


async def test_rendering_garbage_raises_document_errors(worker: DocumentWorker) -> None:
    with pytest.raises(DocumentError) as wrong:
        await worker.render_page(b"not a document", 0)
    assert wrong.value.reason == "wrong_type"
    with pytest.raises(DocumentError) as corrupt:
        await worker.render_thumbnails(b"%PDF-1.4\n%%EOF")
    assert corrupt.value.reason == "corrupt"
    with pytest.raises(DocumentError) as empty:
        await worker.render_page(b"", 0)
    assert empty.value.reason == "empty"


def test_pixel_checks_its_bounds() -> None:
    page = RenderedPage(index=0, width=1, height=1, stride=4, data=bytes((3, 2, 1, 255)))
    assert page.pixel(0, 0) == (1, 2, 3, 255)
    with pytest.raises(IndexError):
        page.pixel(1, 0)
