"""Reading RenderedPage pixels in tests (through Pillow, independent of the code under test)."""

from __future__ import annotations

from PIL import Image

from medsender_desktop.documents import RenderedPage


def as_image(page: RenderedPage) -> Image.Image:
    """The page as an RGBA image, decoding ``data`` as documented: BGRA rows ``stride`` apart."""
    return Image.frombuffer(
        "RGBA", (page.width, page.height), page.data, "raw", "BGRA", page.stride, 1
    )


def ink_pixels(page: RenderedPage, *, threshold: int = 240) -> int:
    """How many pixels are darker than near-white."""
    histogram = as_image(page).convert("L").histogram()
    return sum(histogram[:threshold])


def is_opaque(page: RenderedPage) -> bool:
    return as_image(page).getchannel("A").getextrema() == (255, 255)
