"""Where the cover sheet sends the recipient (kept light: the main window imports it before
any cover sheet is drawn, so it must not pull in the PDF writer)."""

from __future__ import annotations

from urllib.parse import urlsplit

from medsender_desktop import wire

#: Medsender's own access page (the cover-sheet renderer's default too).
MEDSENDER_ACCESS_URL = wire.ACCESS_URL


def cover_access_url(base_url: str) -> str:
    """The address the cover sheet tells the recipient to visit: a server on this computer is
    the sandbox (its own access page); anything else is Medsender."""
    host = (urlsplit(base_url).hostname or "").lower()
    if host in ("127.0.0.1", "::1", "localhost"):
        return base_url.rstrip("/") + wire.SANDBOX_ACCESS
    return MEDSENDER_ACCESS_URL
