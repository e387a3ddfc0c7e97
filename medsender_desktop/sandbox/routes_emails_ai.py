"""Secure email links and Medsender AI jobs."""

from __future__ import annotations

import secrets
import sqlite3
import time
import uuid

from starlette.responses import Response
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.api import validation
from medsender_desktop.documents import AI_KINDS
from medsender_desktop.errors import NotFound
from medsender_desktop.sandbox import fields, serialize, store_jobs
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Ctx, endpoint
from medsender_desktop.sandbox.intake import accept_upload, store
from medsender_desktop.sandbox.links import new_access_code
from medsender_desktop.sandbox.timeutil import add_days, iso

EMAIL_MESSAGE = "Record has been sent, we will send a callback upon completion."
AI_MESSAGE = "The document is being analysed; we will send a callback when the result is ready."
EMAIL_NOT_FOUND = "No email has that ID. Check the email ID returned when it was sent."
AI_NOT_FOUND = "No AI job has that token."


async def send_email(ctx: Ctx) -> Response:
    state = ctx.state
    body = await ctx.body()
    get = body.get
    errors = FieldErrors()
    document = await accept_upload(state, body, errors)
    recipient = errors.check(validation.validate_email, get("recipient_email") or "")
    reply_to = None
    if not fields.absent(get("reply_to_email")):
        reply_to = errors.check(validation.validate_email, get("reply_to_email") or "",
                                "reply_to_email")
    values = {
        "sender_name": errors.check(fields.text, get("sender_name"), "sender_name", required=True),
        "recipient_name": errors.check(fields.text, get("recipient_name"), "recipient_name"),
        "patient_name": errors.check(fields.text, get("patient_name"), "patient_name"),
        "patient_dob": errors.check(fields.dob, get("patient_dob")),
        "subject": errors.check(fields.text, get("subject"), "subject",
                                max_len=fields.SUBJECT_MAX),
        "note": errors.check(fields.text, get("note"), "note", max_len=fields.NOTE_MAX,
                             multiline=True),
        "callback_url": errors.check(fields.callback_url, get("callback_url")),
    }
    expire_after = errors.check(validation.validate_expire_after,
                                get("expire_after") or wire.EXPIRE_AFTER_DEFAULT)
    errors.raise_if_any()
    assert document is not None and recipient is not None and expire_after is not None
    await store(state, document)
    now = time.time()
    sent_at = iso(now)
    row = {
        **values, "is_test": 1, "record_status": wire.RecordStatus.ACTIVATED.value,
        "email_status": wire.SentStatus.QUEUED.value, "recipient_email": recipient,
        "reply_to_email": reply_to, "document_sha": document.sha256, "view_count": 0,
        "sent_at": sent_at, "expiry": add_days(sent_at, expire_after),
        "next_step_at": now + state.timing.pick(state.timing.queue_delay, state.rng),
    }
    for _ in range(5):
        row["id"] = secrets.token_hex(6)
        row["access_code"] = new_access_code()
        try:
            await state.db.call(store_jobs.insert_email, row)
            break
        except sqlite3.IntegrityError:  # an id collision: draw another
            continue
    else:
        raise RuntimeError("could not allocate a unique email id")
    state.wake_carrier()
    return ctx.respond({"message": EMAIL_MESSAGE, "email_id": row["id"]})


async def get_email(ctx: Ctx) -> Response:
    mail = await ctx.state.db.call(store_jobs.get_email, ctx.path("email_id"))
    if mail is None:
        raise NotFound(EMAIL_NOT_FOUND, status=404)
    return ctx.respond(serialize.email(mail, ctx.link))


async def run_ai(ctx: Ctx) -> Response:
    state = ctx.state
    body = await ctx.body()
    errors = FieldErrors()
    document = await accept_upload(state, body, errors, allowed=AI_KINDS, purpose="ai")
    callback_url = errors.check(fields.callback_url, body.get("callback_url"))
    errors.raise_if_any()
    assert document is not None
    await store(state, document)
    token = str(uuid.uuid4())
    now = time.time()
    await state.db.call(store_jobs.insert_ai_job, token, document.sha256, callback_url, iso(now),
                        now + state.timing.pick(state.timing.ai_delay, state.rng))
    state.wake_carrier()
    return ctx.respond({"message": AI_MESSAGE, "ai_token": token}, raw=True)


async def get_ai_result(ctx: Ctx) -> Response:
    job = await ctx.state.db.call(store_jobs.get_ai_job, ctx.path("ai_token"))
    if job is None:
        raise NotFound(AI_NOT_FOUND, status=404)
    return ctx.respond({"ai_result": serialize.ai_result(job)}, raw=True)


P = wire.API_PREFIX
routes = [
    Route(P + wire.EMAILS, endpoint(send_email), methods=["POST"]),
    Route(P + wire.EMAIL, endpoint(get_email), methods=["GET"]),
    Route(P + wire.AI_DOCUMENTS, endpoint(run_ai), methods=["POST"]),
    Route(P + wire.AI_DOCUMENT, endpoint(get_ai_result), methods=["GET"]),
]
