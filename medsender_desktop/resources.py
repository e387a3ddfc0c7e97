"""Where the top-level ``resources/`` folder is: beside the package in a source checkout, inside
the PyInstaller bundle when frozen. None for a plain pip install (the app then paints its icons)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path | None:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    return next((c for c in candidates if c.is_dir()), None)


def resource(*parts: str) -> Path | None:
    """The path of a file under resources/, or None when it is not there."""
    base = resources_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.is_file() else None
