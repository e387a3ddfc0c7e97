"""Every :class:`DocumentError` this package raises, worded for a front-desk user.

Messages never contain a file name, a path or any of the file's content (they are shown in
dialogs and may reach logs); they say what is wrong and what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from medsender_desktop.documents.kinds import FileKind
from medsender_desktop.errors import DocumentError


class Reason(StrEnum):
    """The ``reason`` attribute of a :class:`DocumentError` raised by this package."""

    MISSING = "missing"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    WRONG_TYPE = "wrong_type"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    TOO_MANY_PAGES = "too_many_pages"


_MIB = 1024 * 1024


def _megabytes(size: int) -> str:
    return f"{size / _MIB:.1f}".removesuffix(".0")


def _kinds_phrase(kinds: Iterable[FileKind]) -> str:
    labels = [kind.label for kind in FileKind if kind in set(kinds)]
    if len(labels) <= 1:
        return "".join(labels)
    if len(labels) == 2:
        return f"{labels[0]} and {labels[1]}"
    return ", ".join(labels[:-1]) + f" and {labels[-1]}"


def missing() -> DocumentError:
    return DocumentError(
        "The file could not be opened. Check that it still exists and that you are allowed "
        "to read it, then add it again.",
        reason=Reason.MISSING,
    )


def empty() -> DocumentError:
    return DocumentError(
        "This file is empty. Save or scan the document again and add the new file.",
        reason=Reason.EMPTY,
    )


def unreadable_pdf() -> DocumentError:
    """pdfium opens the file but finds no page: a feature or encryption it cannot read."""
    return DocumentError(
        "This PDF cannot be read here (it may use encryption or compression this app does not "
        "support). Open it in a PDF viewer, print or save it to a new PDF, and try again.",
        reason=Reason.CORRUPT,
    )


def expands_too_much() -> DocumentError:
    return DocumentError(
        "This document is too large to open safely: it expands to far more data than its file "
        "size. Print or save it to a new PDF and try again.",
        reason=Reason.TOO_LARGE,
    )


def too_slow() -> DocumentError:
    return DocumentError(
        "This document is too large to open: reading it takes too long. Print or save it to a "
        "new PDF (or scan it again at a lower resolution) and try again.",
        reason=Reason.TOO_LARGE,
    )


def page_unshowable() -> DocumentError:
    """One page cannot be drawn (the others still are)."""
    return DocumentError(
        "This page cannot be shown: its page boxes are damaged. The other pages are not "
        "affected; open the file in a PDF viewer to see this one.",
        reason=Reason.CORRUPT,
    )


def too_large(size: int | None, max_bytes: int) -> DocumentError:
    actual = f"This file is {_megabytes(size)} MB" if size is not None else "This file is too big"
    return DocumentError(
        f"{actual}; files must be under {_megabytes(max_bytes)} MB. Split it into smaller "
        "files or scan it again at a lower resolution, then try again.",
        reason=Reason.TOO_LARGE,
    )


def image_too_large() -> DocumentError:
    return DocumentError(
        "This image is too large to open. Scan it again at a lower resolution and try again.",
        reason=Reason.TOO_LARGE,
    )


def wrong_type(kind: FileKind | None, allowed: Iterable[FileKind]) -> DocumentError:
    accepted = _kinds_phrase(allowed)
    if kind is None:
        what = "This file is not a PDF, TIFF, PNG or JPEG document."
    else:
        what = f"This file is a {kind.label} {'document' if kind is FileKind.PDF else 'image'}."
    return DocumentError(
        f"{what} Only {accepted} files can be used here. Print or save it as a PDF and try again.",
        reason=Reason.WRONG_TYPE,
    )


def corrupt(kind: FileKind | None) -> DocumentError:
    if kind is FileKind.PDF:
        text = (
            "This PDF is damaged and cannot be read. Open it in a PDF viewer, print or save it "
            "to a new PDF, and try again."
        )
    else:
        label = kind.label if kind else ""
        text = (
            f"This {label + ' ' if label else ''}image is damaged and cannot be read. Scan or "
            "save it again and try again."
        )
    return DocumentError(text, reason=Reason.CORRUPT)


def encrypted() -> DocumentError:
    return DocumentError(
        "This PDF is password-protected. Remove the password (print it to a new PDF) and "
        "try again.",
        reason=Reason.ENCRYPTED,
    )


def too_many_pages(pages: int, max_pages: int) -> DocumentError:
    return DocumentError(
        f"This document has {pages} pages; at most {max_pages} pages can be sent at once. "
        "Split it into smaller documents and send them separately.",
        reason=Reason.TOO_MANY_PAGES,
    )
