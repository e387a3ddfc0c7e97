"""What the outbox keeps of a fax request, and the request it rebuilds for each upload.

The cover-sheet fields are checked when the fax is written to the outbox (a bad date of
birth is refused in the dialog, not minutes later), and each document is copied into the
outbox folder under its SHA-256 (so a retry or a second recipient shares the copy), written
atomically and durably with mode 0600 before the entry that names it is committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import CoverSheet, FaxRequest, validation
from medsender_desktop.documents import FAX_KINDS, FileKind, sniff
from medsender_desktop.documents.worker import read_source
from medsender_desktop.errors import DocumentError
from medsender_desktop.services.outbox_store import OutboxEntry

COVER_FIELDS = ("patient_name", "patient_dob", "note", "sender_name", "recipient_name",
                "document_type")


def cover_fields(request: FaxRequest) -> dict[str, str | None]:
    """The request's cover sheet, callback URL and file name as stored text (validated)."""
    cover = request.cover
    dob = cover.patient_dob
    if isinstance(dob, dt.date):
        dob = dob.isoformat()
    doc_type = cover.document_type
    return {
        "patient_name": _text(cover.patient_name),
        "patient_dob": validation.validate_dob(dob) if dob and _text(dob) else None,
        "note": _text(cover.note),
        "sender_name": _text(cover.sender_name),
        "recipient_name": _text(cover.recipient_name),
        "document_type": str(validation.validate_document_type(str(doc_type)))
        if _text(doc_type) else None,
        "callback_url": _text(request.callback_url),
        "filename": _text(request.filename),
    }


def fax_request(entry: OutboxEntry, paths: list[Path]) -> FaxRequest:
    """The one-recipient request an entry stands for, its documents from the outbox folder."""
    if not all(p.is_file() for p in paths):
        raise DocumentError("The document of this fax is no longer in the outbox folder. "
                            "Send it again from the original file.", reason="missing")
    f = entry.fields
    cover = CoverSheet(**{name: f.get(name) for name in COVER_FIELDS})
    return FaxRequest(to_numbers=(entry.to_number,), from_number=entry.from_number,
                      files=tuple(paths), cover=cover, callback_url=f.get("callback_url"),
                      filename=f.get("filename"))


async def keep_document(folder: Path, document: Path | bytes, worker: Any | None) -> str:
    """Copy a document into the outbox folder (checked first when a worker is given)."""
    data = await asyncio.to_thread(read_source, document, wire.MAX_FILE_BYTES)
    if worker is not None:
        await worker.inspect(data, allowed=FAX_KINDS)
    extension = "tiff" if sniff(data) is FileKind.TIFF else "pdf"
    return await asyncio.to_thread(_store, folder, data, extension)  # hashing 20 MB: off the loop


def _store(folder: Path, data: bytes, extension: str) -> str:
    name = f"{hashlib.sha256(data).hexdigest()}.{extension}"
    write_private(folder / name, data)
    return name


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def write_private(path: Path, data: bytes) -> None:
    """Write atomically and durably, readable by this user only."""
    if path.exists() and path.stat().st_size == len(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + f".{uuid.uuid4().hex}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
