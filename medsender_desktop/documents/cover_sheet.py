"""The fax cover sheet: one Letter page drawn with fpdf2 (pure Python, no pdfium, any thread)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from fpdf import FPDF

from medsender_desktop import wire
from medsender_desktop.documents.fonts import FontSetup, install_unicode_font

DEFAULT_ACCESS_URL = wire.ACCESS_URL
CONFIDENTIALITY_NOTICE = (
    "CONFIDENTIALITY NOTICE: This fax contains protected health information that is "
    "privileged and confidential under federal and state law, including HIPAA. It is intended "
    "only for the recipient named above. If you are not the intended recipient, any review, "
    "disclosure, copying, distribution or use of this information is strictly prohibited. If "
    "you received this fax in error, please notify the sender immediately at the fax number "
    "above and destroy all copies."
)

_PAGE_WIDTH = 612.0
_MARGIN = 48.0
_CONTENT_WIDTH = _PAGE_WIDTH - 2 * _MARGIN
_ACCENT = (22, 78, 99)
_ACCENT_LIGHT = (232, 241, 244)
_MUTED = (96, 96, 96)
_RULE = (200, 200, 200)
_NOTE_MAX_LINES = 7


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """``text`` shortened with "..." until it fits ``width`` points in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "...") > width:
        text = text[:-1]
    return text.rstrip() + "..."


def _format_sent_at(sent_at: datetime) -> str:
    zone = sent_at.tzname() or ""
    return f"{sent_at:%B} {sent_at.day}, {sent_at:%Y}, {sent_at:%H:%M} {zone}".rstrip()


class _CoverSheet:
    def __init__(self, pdf: FPDF, font: FontSetup) -> None:
        self.pdf = pdf
        self.font = font

    def use(
        self, size: float, *, bold: bool = False, color: tuple[int, int, int] = (0, 0, 0)
    ) -> None:
        self.pdf.set_font(self.font.family, "B" if bold else "", size)
        self.pdf.set_text_color(*color)

    def text(self, x: float, y: float, value: str, width: float) -> None:
        self.pdf.set_xy(x, y)
        self.pdf.cell(width, 0, _fit(self.pdf, self.font.text(value), width))

    def header(self, title: str, sent_at: datetime) -> float:
        pdf = self.pdf
        pdf.set_fill_color(*_ACCENT)
        pdf.rect(0, 0, _PAGE_WIDTH, 104, style="F")
        self.use(30, bold=True, color=(255, 255, 255))
        self.text(_MARGIN, 44, title, _CONTENT_WIDTH)
        self.use(11, color=(214, 232, 238))
        self.text(_MARGIN, 80, f"Sent {_format_sent_at(sent_at)} with Medsender", _CONTENT_WIDTH)
        return 132

    def party(self, x: float, y: float, heading: str, name: str, number: str) -> None:
        width = _CONTENT_WIDTH / 2 - 12
        self.use(9, bold=True, color=_ACCENT)
        self.text(x, y, heading, width)
        self.use(15, bold=True)
        self.text(x, y + 20, name, width)
        self.use(11, color=_MUTED)
        self.text(x, y + 40, f"Fax {number}" if number else "", width)

    def parties(self, y: float, to: tuple[str, str], sender: tuple[str, str]) -> float:
        self.party(_MARGIN, y, "TO", *to)
        self.party(_MARGIN + _CONTENT_WIDTH / 2 + 12, y, "FROM", *sender)
        return self.rule(y + 62)

    def rule(self, y: float) -> float:
        self.pdf.set_draw_color(*_RULE)
        self.pdf.line(_MARGIN, y, _PAGE_WIDTH - _MARGIN, y)
        return y + 18

    def facts(self, y: float, rows: list[tuple[str, str]]) -> float:
        label_width = 120
        for label, value in rows:
            self.use(10, bold=True, color=_MUTED)
            self.text(_MARGIN, y, label, label_width)
            self.use(12)
            self.text(_MARGIN + label_width, y, value, _CONTENT_WIDTH - label_width)
            y += 22
        return self.rule(y + 2)

    def note(self, y: float, note: str) -> float:
        pdf = self.pdf
        self.use(9, bold=True, color=_ACCENT)
        self.text(_MARGIN, y, "NOTE", _CONTENT_WIDTH)
        self.use(11)
        wrapped = pdf.multi_cell(
            _CONTENT_WIDTH, 15, self.font.text(note), dry_run=True, output="LINES"
        )
        lines = list(cast(list[str], wrapped))
        if len(lines) > _NOTE_MAX_LINES:
            lines = lines[:_NOTE_MAX_LINES]
            lines[-1] = _fit(pdf, lines[-1] + " ...", _CONTENT_WIDTH)
        for index, line in enumerate(lines):
            self.text(_MARGIN, y + 20 + index * 15, line, _CONTENT_WIDTH)
        return self.rule(y + 20 + len(lines) * 15 + 4)

    def access_code(self, y: float, code: str, access_url: str) -> float:
        pdf = self.pdf
        height = 142
        pdf.set_fill_color(*_ACCENT_LIGHT)
        pdf.set_draw_color(*_ACCENT)
        pdf.set_line_width(1.2)
        pdf.rect(
            _MARGIN, y, _CONTENT_WIDTH, height, style="DF", round_corners=True, corner_radius=6
        )
        pdf.set_line_width(0.57)
        inner = _CONTENT_WIDTH - 40
        self.use(13, bold=True, color=_ACCENT)
        self.text(_MARGIN + 20, y + 24, "Access this record digitally", inner)
        self.use(11)
        self.text(_MARGIN + 20, y + 46, f"Go to {access_url} and enter access code", inner)
        self.use(28, bold=True, color=_ACCENT)
        self.text(_MARGIN + 20, y + 78, code, inner)
        self.use(10, color=_MUTED)
        self.text(
            _MARGIN + 20, y + 106, "to view, download or print a clear copy of this record.", inner
        )
        self.text(
            _MARGIN + 20,
            y + 120,
            f"Digital access expires {wire.EXPIRY_DAYS} days after this fax was sent.",
            inner,
        )
        return y + height + 24

    def notice(self) -> None:
        self.use(8.5, color=_MUTED)
        self.pdf.set_xy(_MARGIN, 792 - _MARGIN - 60)
        self.pdf.multi_cell(_CONTENT_WIDTH, 11, self.font.text(CONFIDENTIALITY_NOTICE))


def build_cover_sheet(
    *,
    sender_name: str,
    recipient_name: str,
    from_number: str,
    to_number: str,
    patient_name: str,
    patient_dob: str,
    note: str,
    access_code: str,
    pages: int,
    sent_at: datetime,
    title: str = "Confidential Fax",
    access_url: str = DEFAULT_ACCESS_URL,
) -> bytes:
    """A one-page Letter PDF cover sheet with a real text layer.

    ``pages`` counts the document's pages, not this sheet. Long values are shortened to fit
    (names with "...", the note to a few lines) so the sheet is always exactly one page.
    """
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_margins(_MARGIN, _MARGIN)
    pdf.set_creator("Medsender Desktop")
    pdf.set_creation_date(sent_at)
    font = install_unicode_font(pdf)
    pdf.add_page()
    sheet = _CoverSheet(pdf, font)
    y = sheet.header(title, sent_at)
    y = sheet.parties(y, (recipient_name, to_number), (sender_name, from_number))
    page_word = "page" if pages == 1 else "pages"
    y = sheet.facts(
        y,
        [
            ("Patient", patient_name),
            ("Date of birth", patient_dob),
            ("Pages", f"{pages} {page_word} plus this cover sheet"),
        ],
    )
    if note.strip():
        y = sheet.note(y, note.strip())
    sheet.access_code(y, access_code, access_url)
    sheet.notice()
    return bytes(pdf.output())
