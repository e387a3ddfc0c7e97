"""Creating outbound faxes (sent and forwarded): field validation, cover sheet, queueing."""

from __future__ import annotations

import secrets
import sqlite3
import time
from dataclasses import dataclass, replace
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import validation
from medsender_desktop.sandbox import fields, store_accounts, store_faxes
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Body, Ctx
from medsender_desktop.sandbox.intake import Accepted, build_transmitted, transmitted_pages
from medsender_desktop.sandbox.links import new_access_code
from medsender_desktop.sandbox.records import SentFax
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.timeutil import add_days, iso

SENT_MESSAGE = "Record has been sent, we will send a callback upon completion."
NOT_YOUR_NUMBER = (
    "The sender's fax number is not one of your fax numbers. Use a number listed under "
    "Fax numbers."
)


@dataclass(frozen=True)
class FaxFields:
    from_number: str
    to_number: str
    patient_name: str | None
    patient_dob: str | None
    note: str | None
    sender_name: str | None
    recipient_name: str | None
    document_type: str
    callback_url: str | None


async def validate_fax_fields(state: SandboxState, body: Body, errors: FieldErrors, *,
                              default_from: str | None = None) -> FaxFields | None:
    """Every field of a send/forward; problems are collected in ``errors``."""
    get = body.get
    from_number = errors.check(fields.phone, get("from_number"), "from_number",
                               required=default_from is None) or default_from
    if (from_number and get("from_number")
            and await state.db.call(store_accounts.find_number, from_number) is None):
        errors.add("from_number", NOT_YOUR_NUMBER)
    to_number = errors.check(fields.phone, get("to_number"), "to_number", required=True)
    values: dict[str, Any] = {
        "patient_name": errors.check(fields.text, get("patient_name"), "patient_name"),
        "patient_dob": errors.check(fields.dob, get("patient_dob")),
        "note": errors.check(fields.text, get("note"), "note", max_len=fields.NOTE_MAX,
                             multiline=True),
        "sender_name": errors.check(fields.text, get("sender_name"), "sender_name"),
        "recipient_name": errors.check(fields.text, get("recipient_name"), "recipient_name"),
        "document_type": errors.check(validation.validate_document_type,
                                      get("document_type") or None),
        "callback_url": errors.check(fields.callback_url, get("callback_url")),
    }
    if errors.fields or not from_number or not to_number:
        return None
    return FaxFields(from_number=from_number, to_number=to_number,
                     **{**values, "document_type": str(values["document_type"])})


def _new_fax(values: FaxFields, document: Accepted, now: float, first_step: float,
             forwarded_from: str | None) -> SentFax:
    sent_at = iso(now)
    return SentFax(
        token=secrets.token_hex(6), is_test=1, record_status=wire.RecordStatus.ACTIVATED,
        sent_status=wire.SentStatus.QUEUED, from_number=values.from_number,
        to_number=values.to_number, patient_name=values.patient_name,
        patient_dob=values.patient_dob, note=values.note, sender_name=values.sender_name,
        recipient_name=values.recipient_name, document_type=values.document_type,
        callback_url=values.callback_url, document_sha=document.sha256, transmitted_sha=None,
        num_pages=transmitted_pages(values.document_type, document.pages),
        access_code=new_access_code(), view_count=0, sent_at=sent_at, completed_at=None,
        expiry=add_days(sent_at, wire.EXPIRY_DAYS), error_details=None, attempts=[],
        next_step_at=first_step, forwarded_from=forwarded_from,
    )


async def queue_fax(ctx: Ctx, values: FaxFields, document: Accepted,
                    forwarded_from: str | None = None) -> str:
    """Store the fax with its document and transmitted copy (cover sheet), wake the carrier."""
    state = ctx.state
    now = time.time()
    first_step = now + state.timing.pick(state.timing.queue_delay, state.rng)
    for _ in range(5):
        fax = _new_fax(values, document, now, first_step, forwarded_from)
        transmitted = await build_transmitted(state, fax, ctx.base_url, original=document)
        fax = replace(fax, transmitted_sha=transmitted.sha256, num_pages=transmitted.pages)
        try:
            await state.db.call(store_faxes.insert_sent, fax.__dict__, [document, transmitted])
            break
        except sqlite3.IntegrityError:  # a send-token collision: draw another
            continue
    else:
        raise RuntimeError("could not allocate a unique send token")
    state.wake_carrier()
    return fax.token
