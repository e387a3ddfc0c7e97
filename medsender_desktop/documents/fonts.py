"""Fonts for the PDFs we draw with fpdf2.

fpdf2's built-in Helvetica only covers Latin-1, but names on a cover sheet may not (Nguyễn,
Łukasz, Ωmega). We embed a Unicode TrueType font found on the system (DejaVu Sans on Linux,
Arial on Windows and macOS); without one, text is folded to Latin-1 (accents dropped, other
characters replaced by "?") so drawing never fails.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

_CORE_FAMILY = "Helvetica"
_EMBEDDED_FAMILY = "body"

#: (regular, bold) candidates, most preferred first.
_CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
)


def fold_to_latin1(text: str) -> str:
    """``text`` with every character Helvetica cannot draw folded or replaced."""
    folded = []
    for char in text:
        if ord(char) < 256:
            folded.append(char)
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        folded.append(base if base and all(ord(c) < 256 for c in base) else "?")
    return "".join(folded)


@dataclass(frozen=True, slots=True)
class FontSetup:
    """The family to use with ``set_font`` and how to make text drawable with it."""

    family: str
    unicode: bool

    def text(self, value: str) -> str:
        return value if self.unicode else fold_to_latin1(value)


def unicode_font_files() -> tuple[Path, Path] | None:
    """The first (regular, bold) TrueType pair present on this system, if any."""
    for regular, bold in _CANDIDATES:
        regular_path, bold_path = Path(regular), Path(bold)
        if regular_path.is_file() and bold_path.is_file():
            return regular_path, bold_path
    return None


def core_font() -> FontSetup:
    """Helvetica: fast and tiny, Latin-1 only."""
    return FontSetup(family=_CORE_FAMILY, unicode=False)


def install_unicode_font(pdf: FPDF) -> FontSetup:
    """Register a Unicode font with ``pdf`` if the system has one, else fall back to Helvetica."""
    files = unicode_font_files()
    if files is None:
        return core_font()
    regular, bold = files
    pdf.add_font(_EMBEDDED_FAMILY, "", str(regular))
    pdf.add_font(_EMBEDDED_FAMILY, "B", str(bold))
    return FontSetup(family=_EMBEDDED_FAMILY, unicode=True)
