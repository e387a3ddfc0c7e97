"""Simulated inbound faxes: a document arrives on one of your numbers.

The document is stored as a PDF (a TIFF from a fax machine is converted), its AI fields are
filled in from the text layer, and the callback (multipart, with the PDF) is queued to the
number's callback URL in the same transaction.

A failed fax (the caller hung up) keeps only the pages that arrived: ``numPages`` counts them
(0 when none did), and with no page there is no document, no ``secureLink`` and no ``file`` in
the callback (API-CONTRACT.md, "Points settled").
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass, fields

from medsender_desktop import wire
from medsender_desktop.documents import FileKind
from medsender_desktop.sandbox import serialize, store_faxes
from medsender_desktop.sandbox.ai import Extraction
from medsender_desktop.sandbox.intake import Accepted
from medsender_desktop.sandbox.jobs import analyse
from medsender_desktop.sandbox.records import FaxNumber, ReceivedFax
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.store_jobs import record_callback
from medsender_desktop.sandbox.timeutil import iso

RECEIVED_MESSAGE = "The fax has been received; a callback goes to the number's callback URL."
SECONDS_PER_PAGE = 12.0  # how long the simulated transmission of one page took
INCOMPLETE = {"code": "incomplete",
              "message": "The sending machine hung up before the fax was complete."}


NO_FINDINGS = dict.fromkeys(f.name for f in fields(Extraction))
NOTHING_ARRIVED = Accepted(hashlib.sha256(b"").hexdigest(), str(FileKind.PDF), 0, b"")


@dataclass(frozen=True)
class Arrival:
    number: FaxNumber
    from_number: str | None
    caller_name: str | None
    failed: bool = False
    #: for a failed fax, how many pages arrived (None = half of them, rounded down)
    pages_arrived: int | None = None


def pages_arrived(arrival: Arrival, pages: int) -> int:
    if not arrival.failed:
        return pages
    wanted = pages // 2 if arrival.pages_arrived is None else arrival.pages_arrived
    return max(0, min(wanted, pages - 1))


async def arrived_part(state: SandboxState, pdf: Accepted, count: int) -> Accepted:
    """The document as far as it arrived: all of it, its first ``count`` pages, or nothing."""
    if count == pdf.pages:
        return pdf
    if count == 0:
        return NOTHING_ARRIVED
    part = await state.worker.first_pages(pdf.data, count)
    return Accepted(hashlib.sha256(part).hexdigest(), str(FileKind.PDF), count, part)


async def as_pdf_document(state: SandboxState, document: Accepted) -> Accepted:
    if document.kind == FileKind.PDF:
        return document
    pdf = await state.worker.to_pdf(document.data)
    return Accepted(hashlib.sha256(pdf).hexdigest(), str(FileKind.PDF), document.pages, pdf)


async def receive(state: SandboxState, arrival: Arrival, document: Accepted,
                  now: float | None = None) -> str:
    """Store a received fax and queue its callback; returns its send token."""
    now = time.time() if now is None else now
    whole = await as_pdf_document(state, document)
    pdf = await arrived_part(state, whole, pages_arrived(arrival, whole.pages))
    found = await analyse(state, pdf.data) if pdf.pages else None
    sent_at = iso(now - SECONDS_PER_PAGE * max(pdf.pages, 1))
    for _ in range(5):
        fax = ReceivedFax(
            token=secrets.token_hex(6), is_test=1,
            fax_status=(wire.FaxStatus.FAILURE if arrival.failed
                        else wire.FaxStatus.SUCCESS).value,
            from_number=arrival.from_number, to_number=arrival.number.number,
            caller_name=arrival.caller_name, number_id=arrival.number.id,
            client_id=arrival.number.client_id, document_sha=pdf.sha256, num_pages=pdf.pages,
            sent_at=sent_at, completed_at=iso(now),
            error_details=dict(INCOMPLETE) if arrival.failed else None,
            callback_status=wire.CallbackStatus.PENDING.value,
            **(found.as_dict() if found else NO_FINDINGS),
        )
        callback = record_callback(wire.CallbackKind.RECEIVED_FAX, fax.token, fax.completed_at,
                                   arrival.number.callback_url,
                                   serialize.received_fax(fax, None), now,
                                   file_sha=pdf.sha256 if pdf.pages else None)
        try:
            await state.db.call(store_faxes.insert_received, fax.__dict__, [pdf], callback)
            break
        except sqlite3.IntegrityError:  # a send-token collision: draw another
            continue
    else:
        raise RuntimeError("could not allocate a unique send token")
    state.wake_callbacks()
    return fax.token
