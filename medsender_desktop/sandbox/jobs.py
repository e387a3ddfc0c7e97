"""Carrier steps for secure emails and AI jobs, and giving up on a job that keeps failing."""

from __future__ import annotations

import json
import logging
import time

from medsender_desktop import wire
from medsender_desktop.errors import DocumentError
from medsender_desktop.sandbox import ai, serialize, store_accounts, store_faxes, store_jobs
from medsender_desktop.sandbox.records import AiJob, Email, SentFax
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.store_jobs import CallbackSpec, record_callback
from medsender_desktop.sandbox.timeutil import iso

log = logging.getLogger(__name__)

BOUNCE_MARKER = "bounce"
NEVER_OPENED_MARKER = "unopened"
_BOUNCED = {"error_code": "bounced",
            "error_message": "The recipient's mail server refused the message."}


def email_bounces(address: str) -> bool:
    """Test mode: an address whose local part contains "bounce" is refused."""
    return BOUNCE_MARKER in address.partition("@")[0].lower()


def email_never_opened(address: str) -> bool:
    """Test mode: the reader at an address whose local part contains "unopened" never opens
    the link; every other delivered e-mail is opened once, a little after delivery."""
    return NEVER_OPENED_MARKER in address.partition("@")[0].lower()


async def step_email(state: SandboxState, mail: Email) -> None:
    """queued -> inprogress -> success (callback) -> viewed once by the simulated reader, or
    queued -> inprogress -> failure (callback) for a bouncing address."""
    now = time.time()
    timing = state.timing
    if mail.email_status == wire.SentStatus.QUEUED:
        changes = {"email_status": wire.SentStatus.INPROGRESS.value,
                   "next_step_at": now + timing.pick(timing.email_delay, state.rng)}
        await state.db.call(store_jobs.advance_email, mail.id, mail.next_step_at, changes, None)
        return
    stamp = iso(now)
    if mail.email_status == wire.SentStatus.SUCCESS:  # the reader opens the link
        opened = {"view_count": mail.view_count + 1, "last_viewed_at": stamp, "next_step_at": None}
        await state.db.call(store_jobs.advance_email, mail.id, mail.next_step_at, opened, None)
        return
    bounced = email_bounces(mail.recipient_email)
    status = wire.SentStatus.FAILURE if bounced else wire.SentStatus.SUCCESS
    opens = not bounced and not email_never_opened(mail.recipient_email)
    changes = {"email_status": status.value, "completed_at": stamp,
               "next_step_at": now + timing.pick(timing.email_view_delay, state.rng) if opens else None,
               "error": dict(_BOUNCED) if bounced else None}
    finished = Email(**{**mail.__dict__, **changes})
    callback = record_callback(wire.CallbackKind.EMAIL, mail.id, stamp, mail.callback_url,
                               serialize.email(finished, None), now)
    await state.db.call(store_jobs.advance_email, mail.id, mail.next_step_at, changes, callback)


def ai_callback(job: AiJob, now: float) -> CallbackSpec:
    payload = json.dumps({"aiResult": serialize.ai_result(job)}, separators=(",", ":"))
    return CallbackSpec(kind=wire.CallbackKind.AI, token=job.token, completed_at=None, url=job.callback_url,
                        payload=payload, file_sha=None, created_at=iso(now), first_try_at=now)


async def analyse(state: SandboxState, data: bytes) -> ai.Extraction:
    """The AI fields of a document (its text layer, read on the documents worker)."""
    text = await state.worker.extract_text(data)
    return ai.extract(text)


async def run_ai_job(state: SandboxState, job: AiJob) -> None:
    document = await state.db.call(store_accounts.get_document, job.document_sha)
    now = time.time()
    try:
        if document is None:
            raise LookupError("the AI job's document is missing")
        result = (await analyse(state, document.data)).as_dict()
        status = wire.AiStatus.COMPLETED.value
    except (DocumentError, LookupError):
        result, status = {}, wire.AiStatus.FAILED.value
    finished = AiJob(**{**job.__dict__, "status": status, "result": result,
                        "completed_at": iso(now), "next_step_at": None})
    await state.db.call(store_jobs.finish_ai_job, job.token, status, result, iso(now),
                        ai_callback(finished, now))


async def abandon(state: SandboxState, job: SentFax | Email | AiJob) -> None:
    """A step raised unexpectedly: end the job as failed so it cannot spin forever."""
    now = time.time()
    stamp = iso(now)
    problem = {"code": "sandbox_error", "message": "The sandbox could not process this job."}
    if isinstance(job, SentFax):
        changes = {"sent_status": wire.SentStatus.FAILURE.value, "completed_at": stamp,
                   "next_step_at": None, "error_details": problem}
        await state.db.call(store_faxes.advance_sent, job.token, job.next_step_at, changes, None)
    elif isinstance(job, Email) and job.email_status == wire.SentStatus.SUCCESS:
        # delivered already: only the simulated reader's visit is given up
        await state.db.call(store_jobs.advance_email, job.id, job.next_step_at,
                            {"next_step_at": None}, None)
    elif isinstance(job, Email):
        changes = {"email_status": wire.SentStatus.FAILURE.value, "completed_at": stamp,
                   "next_step_at": None,
                   "error": {"error_code": problem["code"], "error_message": problem["message"]}}
        await state.db.call(store_jobs.advance_email, job.id, job.next_step_at, changes, None)
    else:
        await state.db.call(store_jobs.finish_ai_job, job.token, wire.AiStatus.FAILED.value, {}, stamp, None)
