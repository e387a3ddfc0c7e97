"""Documents made on demand: demo data, test fixtures and AI samples (pure Python, any thread).

* :func:`generate_document` - a multi-page Letter PDF with a real text layer (fpdf2).
* :func:`generate_tiff` - a multi-page, fax-like bilevel TIFF (Pillow, CCITT Group 4).
* :func:`pad_pdf` - the same PDF grown to an exact byte size (for the 20 MB limit).
"""

from __future__ import annotations

import io
import random
import re
from datetime import UTC, datetime

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from medsender_desktop.documents.fonts import FontSetup, core_font

_LETTER_POINTS = (612.0, 792.0)
_MARGIN = 54.0
_BODY_SIZE = 11.0
_LEADING = 15.0
_FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)  # same inputs -> same bytes
_TIFF_DPI = 100
_TIFF_SIZE = (850, 1100)  # Letter at 100 dpi
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
#: Padding goes inside a PDF comment, which ends at the first CR or LF: map those away.
_NO_LINE_BREAKS = bytes.maketrans(b"\r\n", b"\x0b\x0c")


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap of one line of text to ``width`` points."""
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and pdf.get_string_width(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def _default_lines(pages: int) -> list[str]:
    return [
        "This is a generated sample document. It contains no real patient information.",
        (f"It has {pages} page{'s' if pages != 1 else ''} and a real text layer, so it can be "
         "previewed, searched and read by document AI like any scanned or printed record."),
    ]


def _page_header(pdf: FPDF, font: FontSetup, title: str, kind_of_doc: str) -> float:
    width = _LETTER_POINTS[0]
    pdf.set_fill_color(22, 78, 99)
    pdf.rect(0, 0, width, 8, style="F")
    pdf.set_font(font.family, "B", 18)
    pdf.text(_MARGIN, _MARGIN + 8, font.text(title))
    y = _MARGIN + 12
    if kind_of_doc:
        pdf.set_font(font.family, "", 11)
        pdf.set_text_color(90, 90, 90)
        pdf.text(_MARGIN, y + 14, font.text(kind_of_doc))
        pdf.set_text_color(0, 0, 0)
        y += 18
    pdf.set_draw_color(180, 180, 180)
    pdf.line(_MARGIN, y + 6, width - _MARGIN, y + 6)
    return y + 6 + _LEADING * 1.5


def generate_document(
    *, pages: int, title: str, lines: list[str] | None = None, kind_of_doc: str = ""
) -> bytes:
    """A ``pages``-page Letter PDF: a title (and ``kind_of_doc``) on every page, the body
    ``lines`` flowing from page 1 (wrapped; each page also names its own number), and
    "Page i of n" at the foot. Deterministic: the same arguments give the same bytes.
    Uses Helvetica (Latin-1; other characters are folded) so 200 pages take well under a second.
    """
    if pages < 1:
        raise ValueError(f"a document needs at least one page, not {pages}")
    font = core_font()
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_FIXED_DATE)
    pdf.set_creator("Medsender Desktop")
    pdf.set_title(font.text(title))
    usable_width = _LETTER_POINTS[0] - 2 * _MARGIN
    bottom = _LETTER_POINTS[1] - _MARGIN - _LEADING
    pending: list[str] = []
    pdf.set_font(font.family, "", _BODY_SIZE)
    for line in lines if lines is not None else _default_lines(pages):
        pending.extend(_wrap(pdf, font.text(line), usable_width))
    for number in range(1, pages + 1):
        pdf.add_page()
        y = _page_header(pdf, font, title, kind_of_doc)
        pdf.set_font(font.family, "", _BODY_SIZE)
        if number > 1 or not pending:
            pdf.text(_MARGIN, y, f"This is page {number} of {pages}.")
            y += _LEADING * 1.5
        while pending and y <= bottom:
            pdf.text(_MARGIN, y, pending.pop(0))
            y += _LEADING
        pdf.set_font(font.family, "", 9)
        pdf.set_text_color(110, 110, 110)
        footer = f"Page {number} of {pages}"
        pdf.text(
            _LETTER_POINTS[0] - _MARGIN - pdf.get_string_width(footer),
            _LETTER_POINTS[1] - _MARGIN / 2,
            footer,
        )
        pdf.set_text_color(0, 0, 0)
    return bytes(pdf.output())


def _tiff_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except ImportError:  # Pillow built without FreeType: the small bitmap font still draws
        return ImageFont.load_default()


def _tiff_frame(number: int, pages: int, text: str) -> Image.Image:
    frame = Image.new("1", _TIFF_SIZE, 1)
    draw = ImageDraw.Draw(frame)
    width, height = _TIFF_SIZE
    draw.rectangle((40, 40, width - 40, height - 40), outline=0, width=3)
    draw.rectangle((40, 40, width - 40, 110), fill=0)
    draw.text((60, 55), f"Page {number} of {pages}", fill=1, font=_tiff_font(40))
    body_font = _tiff_font(28)
    y = 150
    for line in (text or "Generated fax-like TIFF (no patient information).").splitlines():
        draw.text((60, y), line, fill=0, font=body_font)
        y += 40
    for row in range(y + 20, height - 80, 36):  # ruled lines, like a scanned form
        draw.line((60, row, width - 60, row), fill=0, width=1)
    return frame


def generate_tiff(pages: int, *, text: str = "") -> bytes:
    """A ``pages``-frame bilevel TIFF (Letter at 100 dpi, CCITT Group 4, like a received fax)
    with "Page i of n" and ``text`` drawn on every frame."""
    if pages < 1:
        raise ValueError(f"a TIFF needs at least one page, not {pages}")
    frames = [_tiff_frame(number, pages, text) for number in range(1, pages + 1)]
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "TIFF",
        save_all=True,
        append_images=frames[1:],
        compression="group4",
        dpi=(_TIFF_DPI, _TIFF_DPI),
    )
    return buffer.getvalue()


def pad_pdf(data: bytes, size: int) -> bytes:
    """``data`` grown to exactly ``size`` bytes and still the same, valid PDF.

    Appends one PDF comment of incompressible (seeded random) bytes, then repeats the final
    ``startxref``/``%%EOF`` so readers find the cross-reference table exactly as before.
    """
    match = _STARTXREF.search(data[-1024:])
    if match is None:
        raise ValueError("data does not end with a startxref/%%EOF trailer")
    head = b"\n%"
    tail = b"\nstartxref\n" + match.group(1) + b"\n%%EOF\n"
    filler = size - len(data) - len(head) - len(tail)
    if filler < 0:
        raise ValueError(f"cannot pad a {len(data)}-byte PDF to {size} bytes")
    noise = random.Random(size).randbytes(filler).translate(_NO_LINE_BREAKS)
    return b"".join((data, head, noise, tail))
