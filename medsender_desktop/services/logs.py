"""Logging to a rotating file in the log folder, with a last line of defence against PHI.

Log calls in this project never pass PHI on purpose (tokens and statuses only); the
:class:`RedactingFilter` additionally masks anything shaped like a phone number, an e-mail
address or a date of birth, should one slip into a message or an exception text, and keeps
only the scheme and host of links (a secure link's path and query open a patient's record).

A hard crash (a segfault in pdfium or Qt) bypasses logging: :func:`enable_crash_file` has
``faulthandler`` write the Python stacks of that moment to ``crash.log`` in the same folder.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
from pathlib import Path
from typing import Final

LOG_FILE: Final = "medsender-desktop.log"
CRASH_FILE: Final = "crash.log"
_LINK: Final = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]*://[^/\s'\"<>]+)[^\s'\"<>]*")
_PATTERNS: Final = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail addresses
    re.compile(r"(?<!\w)\+?\d[\d\s().-]{8,}\d(?!\w)"),  # phone numbers
    re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"),  # dates (DOBs)
)


def redact(text: str) -> str:
    text = _LINK.sub(r"\1/[link removed]", text)
    for pattern in _PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            del exc
        return True


def configure_logging(log_dir: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.addHandler(console)
    for noisy in ("httpx", "httpcore", "uvicorn.access", "qasync", "fontTools", "fpdf", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def enable_crash_file(log_dir: Path) -> Path:
    """Have a fatal crash dump every thread's Python stack (file names, lines, functions:
    no values) into ``crash.log`` in ``log_dir``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / CRASH_FILE
    # faulthandler keeps its own reference to the file: it stays open for the process's life
    faulthandler.enable(file=path.open("a", encoding="utf-8"), all_threads=True)
    return path
