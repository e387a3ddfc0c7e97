"""Process-wide serialisation of pdfium.

pdfium keeps global state and is not thread-safe, not even across documents. Every job of a
:class:`~medsender_desktop.documents.DocumentWorker` runs while holding the one lock below, so
even two workers in one process (a test running the sandbox and the desktop side together)
never enter pdfium at the same time. Functions that call pypdfium2 start with
:func:`require_pdfium_access`, which fails loudly when called from anywhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holder: list[int] = []  # ident of the thread inside pdfium_access(), if any


@contextmanager
def pdfium_access() -> Iterator[None]:
    """Hold the process-wide pdfium lock (only DocumentWorker threads call this)."""
    with _lock:
        _holder.append(threading.get_ident())
        try:
            yield
        finally:
            _holder.clear()


def holds_pdfium_access() -> bool:
    """Whether the calling thread is a DocumentWorker thread running a job."""
    return bool(_holder) and _holder[0] == threading.get_ident()


def require_pdfium_access() -> None:
    """Raise unless the calling thread is a DocumentWorker thread running a job."""
    if not holds_pdfium_access():
        raise RuntimeError(
            "pypdfium2 may only be called from a job running on the DocumentWorker thread"
        )
