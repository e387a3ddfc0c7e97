"""Uploaded documents in, transmitted documents out (cover sheet + document).

Every pdfium call goes through the app's :class:`DocumentWorker`; the cover sheet (fpdf2,
pure Python) is drawn on a worker thread so the event loop never waits on it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
from dataclasses import dataclass

from medsender_desktop import wire
from medsender_desktop.documents import FAX_KINDS, FileKind, build_cover_sheet
from medsender_desktop.errors import DocumentError
from medsender_desktop.sandbox import store_accounts
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Body
from medsender_desktop.sandbox.links import access_url
from medsender_desktop.sandbox.records import SentFax, StoredDocument
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.timeutil import parse_iso

_MISSING_FILE = {
    "fax": "Attach the document to send (a PDF or TIFF file).",
    "ai": "Attach the document to analyse (a PDF, TIFF, PNG or JPEG file).",
}


@dataclass(frozen=True)
class Accepted:
    """An uploaded file that passed inspection and is stored (content-addressed)."""

    sha256: str
    kind: str
    pages: int
    data: bytes


async def accept_upload(state: SandboxState, body: Body, errors: FieldErrors, *,
                        allowed: frozenset[FileKind] = FAX_KINDS,
                        purpose: str = "fax") -> Accepted | None:
    """Inspect the ``file`` field (kind, size, pages, readability); a problem goes to ``errors``."""
    upload = body.files.get(wire.FILE_FIELD)
    if upload is None:
        errors.add(wire.FILE_FIELD, _MISSING_FILE[purpose])
        return None
    try:
        info = await state.worker.inspect(upload.data, allowed=allowed)
    except DocumentError as exc:
        errors.add(wire.FILE_FIELD, exc.message)
        return None
    return Accepted(info.sha256, str(info.kind), info.pages, upload.data)


async def store(state: SandboxState, doc: Accepted) -> None:
    await state.db.call(
        store_accounts.save_document, doc.sha256, doc.kind, doc.pages, doc.data
    )


async def as_pdf(state: SandboxState, doc: Accepted | StoredDocument) -> bytes:
    if doc.kind == FileKind.PDF:
        return doc.data
    return await state.worker.to_pdf(doc.data)


async def build_transmitted(state: SandboxState, fax: SentFax, base_url: str, *,
                            original: Accepted | StoredDocument | None = None) -> Accepted:
    """The fax as the recipient gets it: per ``document_type``, cover sheet and/or document."""
    if original is None:
        original = await state.db.call(store_accounts.get_document, fax.document_sha)
    if original is None:
        raise LookupError("the fax's document is missing from the sandbox database")
    parts: list[bytes] = []
    if fax.document_type != wire.DocumentType.DOCUMENT_ONLY:
        cover = functools.partial(
            build_cover_sheet,
            sender_name=fax.sender_name or "",
            recipient_name=fax.recipient_name or "",
            from_number=fax.from_number,
            to_number=fax.to_number,
            patient_name=fax.patient_name or "",
            patient_dob=fax.patient_dob or "",
            note=fax.note or "",
            access_code=fax.access_code,
            pages=original.pages,
            sent_at=dt.datetime.fromtimestamp(parse_iso(fax.sent_at), dt.UTC),
            access_url=access_url(base_url),
        )
        parts.append(await asyncio.to_thread(cover))
    if fax.document_type != wire.DocumentType.ACCESS_CODE_SHEET_ONLY:
        parts.append(await as_pdf(state, original))
    data = parts[0] if len(parts) == 1 else await state.worker.merge(parts)
    pages = await state.worker.page_count(data)
    return Accepted(hashlib.sha256(data).hexdigest(), str(FileKind.PDF), pages, data)


def transmitted_pages(document_type: str, document_pages: int) -> int:
    """How many pages go over the line: the document plus the cover sheet, per type."""
    if document_type == wire.DocumentType.DOCUMENT_ONLY:
        return document_pages
    if document_type == wire.DocumentType.ACCESS_CODE_SHEET_ONLY:
        return 1
    return document_pages + 1
