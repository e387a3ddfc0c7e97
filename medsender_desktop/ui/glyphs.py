"""The app's drawings as SVG (24x24 grid, drawn for this app): toolbar and tray glyphs in
``currentColor`` (painted in the theme's glyph colour at paint time) and the app icon.

scripts/make_resources.py writes them to resources/icons/ (the .svg files, and the app icon's
PNGs, .ico and .icns); the app itself renders them from here, so a plain pip install has them.
"""

from __future__ import annotations

from typing import Final

_GLYPH = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
          'stroke="currentColor" stroke-width="1.8" stroke-linecap="round" '
          'stroke-linejoin="round">{}</svg>')

GLYPHS: Final = {
    # a page with a plus at its foot
    "new-fax": '<path d="M13 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21H12"/>'
               '<path d="M13 3l5 5v5"/><path d="M13 3v5h5"/><path d="M18 16v6M15 19h6"/>'
               '<path d="M8 12h6M8 15.5h3"/>',
    # a circular arrow
    "refresh": '<path d="M20 12a8 8 0 1 1-2.34-5.66"/><path d="M20 4v5h-5"/>',
    # a magnifying glass
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5.5 5.5"/>',
    # a bound book with a person on its cover
    "address-book": '<path d="M6 3h12a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6"/>'
                    '<path d="M6 3v18"/><path d="M4 7h3M4 12h3M4 17h3"/>'
                    '<circle cx="12.5" cy="10" r="2.5"/><path d="M9 17a3.5 3.5 0 0 1 7 0"/>',
    # three sliders
    "settings": '<path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1"/>'
                '<circle cx="15" cy="6" r="2"/><circle cx="9" cy="12" r="2"/>'
                '<circle cx="17" cy="18" r="2"/>',
    # a person
    "profile": '<circle cx="12" cy="8" r="4"/><path d="M4.5 21a7.5 7.5 0 0 1 15 0"/>',
    # a person with a plus
    "add-profile": '<circle cx="10" cy="8" r="4"/><path d="M3 21a7 7 0 0 1 13.2-3.2"/>'
                   '<path d="M19 14v6M16 17h6"/>',
    # an "i" in a circle
    "about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><path d="M12 7.5v.01"/>',
    # a tray with an arrow leaving it (the outbox)
    "outbox": '<path d="M4 13v5.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V13"/>'
              '<path d="M4 13h4l1.5 2.5h5L16 13h4"/><path d="M12 11V3M8.5 6.5L12 3l3.5 3.5"/>',
    # an envelope
    "email": '<rect x="3" y="5" width="18" height="14" rx="1.5"/><path d="M3.5 6l8.5 7 8.5-7"/>',
    # a window (Show window, in the tray menu)
    "window": '<rect x="3" y="4" width="18" height="16" rx="1.5"/><path d="M3 8.5h18"/>',
    # pause and play (notifications paused / resumed)
    "pause": '<path d="M9 5v14M15 5v14"/>',
    "resume": '<path d="M7 4.5l12 7.5-12 7.5z"/>',
    # a power sign (Quit)
    "quit": '<path d="M12 3v8"/><path d="M7 6.3a8 8 0 1 0 10 0"/>',
    # a folder (the watched folder)
    "folder": '<path d="M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2.5h8.5A1.5 1.5 0 0 1 21 9v9.5a1.5 1.5 0 0 1'
              '-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5z"/>',
}


def glyph_svg(name: str, color: str = "currentColor") -> bytes:
    """The SVG document of glyph ``name`` with its strokes in ``color``."""
    body = GLYPHS[name]
    return _GLYPH.format(body).replace("currentColor", color).encode()


#: The app icon: a fax sheet with a folded corner on the brand colour (accent #164e63).
APP_ICON_SVG: Final = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect x="10" y="10" width="492" height="492" rx="102" fill="#164e63"/>
  <path d="M133 82H307L379 154V430H133Z" fill="#ffffff"/>
  <path d="M307 82V154H379Z" fill="#5fa4be"/>
  <g stroke="#164e63" stroke-width="24" stroke-linecap="round">
    <line x1="174" y1="205" x2="277" y2="205"/>
    <line x1="174" y1="266" x2="338" y2="266"/>
    <line x1="174" y1="328" x2="338" y2="328"/>
    <line x1="174" y1="389" x2="338" y2="389"/>
  </g>
</svg>
"""
