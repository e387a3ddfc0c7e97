"""Medsender Desktop: a desktop fax client for the Medsender Developer API."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # the version is read on first use (pyproject.toml or the installed metadata), not at import
    if name == "__version__":
        from medsender_desktop._version import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
