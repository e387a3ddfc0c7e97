"""The version of Medsender Desktop, from one place: ``version`` in pyproject.toml.

From a source checkout the pyproject.toml beside the package is read (so a bump needs no
reinstall); an installed or frozen copy reads its distribution metadata, which the build
wrote from that same pyproject.toml (the PyInstaller bundle carries it, see packaging/).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Final

DISTRIBUTION: Final = "medsender-desktop"
UNKNOWN: Final = "0+unknown"


@cache
def version() -> str:
    from_checkout = _checkout_version(Path(__file__).resolve().parent.parent / "pyproject.toml")
    if from_checkout:
        return from_checkout
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _checkout_version(pyproject: Path) -> str | None:
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    if project.get("name") != DISTRIBUTION or not isinstance(project.get("version"), str):
        return None
    return str(project["version"])


def version_banner(program: str) -> str:
    """What ``PROGRAM --version`` prints."""
    return f"{program} {version()}"
