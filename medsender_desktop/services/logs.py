"""Logging to a rotating file in the log folder, with a last line of defence against PHI.

Log calls in this project never pass PHI on purpose (tokens and statuses only); the
:class:`RedactingFilter` additionally masks anything shaped like a phone number, an e-mail
address or a date of birth, should one slip into a message or an exception text.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path
from typing import Final

LOG_FILE: Final = "medsender-desktop.log"
_PATTERNS: Final = (
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail addresses
    re.compile(r"(?<!\w)\+?\d[\d\s().-]{8,}\d(?!\w)"),  # phone numbers
    re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b"),  # dates (DOBs)
)


def redact(text: str) -> str:
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
