"""Describing an unexpected exception for the log without its message.

Third-party messages can quote the data they choked on (a patient name in a PDF library's
error, a number in a database error), so the log gets the exception's type and where it was
raised, never ``str(exc)`` or a traceback with messages.
"""

from __future__ import annotations

import traceback
from pathlib import Path


def describe(exc: BaseException) -> str:
    """``"ValueError at fpdf/fpdf.py:1234 via sandbox/carrier.py:96"`` (no message)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    inner = frames[-1]
    ours = next((f for f in reversed(frames) if "medsender_desktop" in f.filename), None)
    text = f"{type(exc).__name__} at {Path(inner.filename).name}:{inner.lineno}"
    if ours is not None and ours is not inner:
        text += f" via {Path(ours.filename).name}:{ours.lineno}"
    return text
