"""Sandbox-only helpers under ``/api/v2/sandbox/...`` (never called in live mode).

* ``POST sandbox/received_faxes`` simulates an inbound fax. It stands for the phone network,
  so credentials are optional (checked only when sent).
* ``PATCH sandbox/sent_faxes/{token}`` and ``sandbox/emails/{id}`` set ``record_status``
  (activated / archived / revoked), e.g. to test revocation.
* ``GET sandbox/links/{kind}/{token}`` serves the document behind a signed ``secureLink``.
* ``GET sandbox/access?access_code=`` is where a recipient opens the record with the access
  code from the cover sheet (or secure email); each opening counts in ``viewCount``.
* ``GET / PUT / DELETE sandbox/faults`` read, set and clear fault injection
  (:mod:`medsender_desktop.sandbox.faults`).
"""

from __future__ import annotations

import re
import time
from typing import Any

from starlette.responses import Response
from starlette.routing import Route

from medsender_desktop import wire
from medsender_desktop.documents import FAX_KINDS
from medsender_desktop.errors import BadRequest, Forbidden, Gone, NotFound
from medsender_desktop.sandbox import fields, serialize, store_accounts, store_faxes, store_jobs
from medsender_desktop.sandbox.faults import FaultSettings, FaultSpecError
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.http import Ctx, endpoint
from medsender_desktop.sandbox.inbound import RECEIVED_MESSAGE, Arrival, receive
from medsender_desktop.sandbox.intake import Accepted, accept_upload, as_pdf, build_transmitted
from medsender_desktop.sandbox.links import LINK_KINDS, LinkCheck
from medsender_desktop.sandbox.lists import RECORD_STATUSES
from medsender_desktop.sandbox.timeutil import now_iso, parse_iso

REVOKED = "This record has been revoked by its sender and can no longer be opened."
EXPIRED_ACCESS = "Digital access to this record has expired."
NOT_YOUR_NUMBER = (
    "The number is not one of your fax numbers. Use a number listed under Fax numbers."
)


async def simulate_received_fax(ctx: Ctx) -> Response:
    state = ctx.state
    body = await ctx.body()
    errors = FieldErrors()
    document = await accept_upload(state, body, errors, allowed=FAX_KINDS)
    to_number = errors.check(fields.phone, body.get("to_number"), "to_number", required=True)
    number = None
    if to_number:
        number = await state.db.call(store_accounts.find_number, to_number)
        if number is None:
            errors.add("to_number", NOT_YOUR_NUMBER)
    from_number = errors.check(fields.phone, body.get("from_number"), "from_number",
                               required=False)
    caller = errors.check(fields.text, body.get("caller_name"), "caller_name")
    status = errors.check(fields.choice, body.get("fax_status"), "fax_status",
                          tuple(s.value for s in wire.FaxStatus))
    failed = status == wire.FaxStatus.FAILURE
    arrived = _pages_arrived(body.get("pages_arrived"), failed, document, errors)
    errors.raise_if_any()
    assert document is not None and number is not None
    arrival = Arrival(number, from_number, caller, failed=failed, pages_arrived=arrived)
    token = await receive(state, arrival, document)
    return ctx.respond({"message": RECEIVED_MESSAGE, "fax_id": token})


def _pages_arrived(value: str | None, failed: bool, document: Accepted | None,
                   errors: FieldErrors) -> int | None:
    """``pages_arrived`` of a failed fax: 0 up to one less than the document's pages."""
    if fields.absent(value):
        return None
    if not failed:
        errors.add("pages_arrived", "Send pages_arrived only with fax_status failure (a fax "
                                    "that arrived completely has all its pages).")
        return None
    most = max(0, (document.pages if document else 1) - 1)
    message = f"The pages that arrived must be a whole number from 0 to {most}."
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit()) or int(text) > most:
        errors.add("pages_arrived", message)
        return None
    return int(text)


def _record_status(body_value: str | None) -> str:
    errors = FieldErrors()
    status = errors.check(fields.choice, body_value, "record_status", RECORD_STATUSES)
    if status is None and not errors.fields:
        errors.add("record_status", "Send record_status: activated, archived or revoked.")
    errors.raise_if_any()
    assert status is not None
    return status


async def set_sent_record_status(ctx: Ctx) -> Response:
    token = ctx.path("send_token")
    if await ctx.state.db.call(store_faxes.get_sent, token) is None:
        raise NotFound("No sent fax has that send token.", status=404)
    status = _record_status((await ctx.body()).get("record_status"))
    fax = await ctx.state.db.call(store_faxes.set_sent_record_status, token, status)
    return ctx.respond(serialize.sent_fax(fax, ctx.link))


async def set_email_record_status(ctx: Ctx) -> Response:
    email_id = ctx.path("email_id")
    if await ctx.state.db.call(store_jobs.get_email, email_id) is None:
        raise NotFound("No email has that ID.", status=404)
    status = _record_status((await ctx.body()).get("record_status"))
    mail = await ctx.state.db.call(store_jobs.set_email_record_status, email_id, status)
    return ctx.respond(serialize.email(mail, ctx.link))


def _pdf(data: bytes, token: str) -> Response:
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="{token}.pdf"', "Cache-Control": "no-store",
    })


async def _record(ctx: Ctx, kind: str, token: str) -> Any:
    db = ctx.state.db
    getter = {"sent_faxes": store_faxes.get_sent, "received_faxes": store_faxes.get_received,
              "emails": store_jobs.get_email}.get(kind)
    record = None if getter is None else await db.call(getter, token)
    if record is None:
        raise NotFound("There is no record at this link.", status=404)
    if getattr(record, "record_status", None) == wire.RecordStatus.REVOKED:
        raise Gone(REVOKED, status=410)
    return record


async def _document(ctx: Ctx, sha: str) -> bytes:
    stored = await ctx.state.db.call(store_accounts.get_document, sha)
    if stored is None:
        raise NotFound("The record's document is no longer stored.", status=404)
    return await as_pdf(ctx.state, stored)


async def open_secure_link(ctx: Ctx) -> Response:
    kind, token = ctx.path("kind"), ctx.path("token")
    if kind not in LINK_KINDS:
        raise NotFound("There is no record at this link.", status=404)
    params = ctx.request.query_params
    check = ctx.state.links.check(kind, token, params.get("expires", ""),
                                  params.get("signature", ""))
    if check is LinkCheck.FORGED:
        raise Forbidden("This link is not valid. Open the record again to get a new link.",
                        status=403)
    if check is LinkCheck.EXPIRED:
        raise Gone("This link has expired (links last 5 minutes). Open the record again to "
                   "get a new link.", status=410)
    record = await _record(ctx, kind, token)
    if kind == "received_faxes" and record.num_pages == 0:
        raise NotFound("No page of this fax arrived, so there is nothing to show.", status=404)
    if kind == "sent_faxes":
        sha = record.transmitted_sha
        if sha is None:  # demo records build their transmitted copy on first use
            built = await build_transmitted(ctx.state, record, ctx.base_url)
            await ctx.state.db.call(store_faxes.set_transmitted, token, built.sha256, built.kind,
                                    built.pages, built.data)
            return _pdf(built.data, token)
        return _pdf(await _document(ctx, sha), token)
    return _pdf(await _document(ctx, record.document_sha), token)


async def open_with_access_code(ctx: Ctx) -> Response:
    db = ctx.state.db
    code = re.sub(r"[\s\-]", "", ctx.request.query_params.get("access_code") or "").upper()
    if not code:
        errors = FieldErrors()
        errors.add("access_code", "Enter the access code printed on the cover sheet.")
        errors.raise_if_any()
    fax = await db.call(store_faxes.find_sent_by_access_code, code)
    mail = None if fax else await db.call(store_jobs.find_email_by_access_code, code)
    record = fax or mail
    if record is None:
        raise NotFound("No record has that access code. Check it against the cover sheet.",
                       status=404)
    if record.record_status == wire.RecordStatus.REVOKED:
        raise Gone(REVOKED, status=410)
    if parse_iso(record.expiry) < time.time():
        raise Gone(EXPIRED_ACCESS, status=410)
    if fax is not None:
        await db.call(store_faxes.count_sent_view, fax.token)
        token = fax.token
    else:
        assert mail is not None
        await db.call(store_jobs.count_email_view, mail.id, now_iso())
        token = mail.id
    return _pdf(await _document(ctx, record.document_sha), token)


async def get_faults(ctx: Ctx) -> Response:
    return ctx.respond(ctx.state.faults.report(), raw=True)


async def set_faults(ctx: Ctx) -> Response:
    body = await ctx.body()
    if body.files:
        raise BadRequest("Send the fault settings as form fields or JSON, without files.",
                         status=400)
    try:
        settings = FaultSettings.parse(dict(body.fields))
    except FaultSpecError as exc:
        raise BadRequest(str(exc), status=400, fields={"faults": str(exc)}) from exc
    ctx.state.faults.configure(settings)
    return ctx.respond(ctx.state.faults.report(), raw=True)


async def clear_faults(ctx: Ctx) -> Response:
    report = ctx.state.faults.report()
    ctx.state.faults.configure(FaultSettings())
    return ctx.respond(report, raw=True)


P = wire.API_PREFIX
routes = [
    Route(wire.API_PREFIX + wire.SANDBOX_RECEIVED_FAXES,
          endpoint(simulate_received_fax, auth="optional"), methods=["POST"]),
    Route(P + wire.SANDBOX_SENT_FAX, endpoint(set_sent_record_status), methods=["PATCH"]),
    Route(P + wire.SANDBOX_EMAIL, endpoint(set_email_record_status), methods=["PATCH"]),
    Route(P + wire.SANDBOX_LINK,
          endpoint(open_secure_link, auth="none", json_only=False), methods=["GET"]),
    Route(P + wire.SANDBOX_ACCESS,
          endpoint(open_with_access_code, auth="none", json_only=False), methods=["GET"]),
    Route(P + wire.SANDBOX_FAULTS, endpoint(get_faults), methods=["GET"]),
    Route(P + wire.SANDBOX_FAULTS, endpoint(set_faults), methods=["PUT"]),
    Route(P + wire.SANDBOX_FAULTS, endpoint(clear_faults), methods=["DELETE"]),
]
