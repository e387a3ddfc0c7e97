"""What the outbox keeps of a fax request, and the request it rebuilds for each upload.

The cover-sheet fields are checked when the fax is written to the outbox (a bad date of
birth is refused in the dialog, not minutes later), and each document is sealed into the
outbox folder (:mod:`.outbox_files`: one copy per content, shared by a retry or a second
recipient), written atomically and durably with mode 0600 before the entry that names it is
committed. For each upload the copies are opened into memory only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import CoverSheet, FaxRequest, validation
from medsender_desktop.documents import FAX_KINDS
from medsender_desktop.documents.worker import read_source
from medsender_desktop.errors import DocumentError
from medsender_desktop.services.outbox_files import SealedFolder
from medsender_desktop.services.outbox_sealing import UNREADABLE_ENTRY
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


def fax_request(entry: OutboxEntry, documents: list[bytes]) -> FaxRequest:
    """The one-recipient request an entry stands for, with its documents opened."""
    if not entry.to_number:
        raise DocumentError(UNREADABLE_ENTRY, reason="unreadable")
    f = entry.fields
    cover = CoverSheet(**{name: f.get(name) for name in COVER_FIELDS})
    return FaxRequest(to_numbers=(entry.to_number,), from_number=entry.from_number,
                      files=tuple(documents), cover=cover, callback_url=f.get("callback_url"),
                      filename=f.get("filename"))


async def keep_document(files: SealedFolder, document: Path | bytes,
                        worker: Any | None) -> tuple[str, int | None]:
    """Seal a document into the outbox folder (checked first when a worker is given); its name
    and its page count (None without a worker)."""
    data = await asyncio.to_thread(read_source, document, wire.MAX_FILE_BYTES)
    pages = None if worker is None else int((await worker.inspect(data, allowed=FAX_KINDS)).pages)
    name = await asyncio.to_thread(files.keep, data)  # hashing and sealing 20 MB: off the loop
    return name, pages


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
