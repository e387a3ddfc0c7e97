"""Inbound: ``POST /callbacks`` and ``POST /callbacks/{kind}`` from Medsender.

Order of checks: before reading a byte of the body, the signature header's shape (401), the
declared size (413) and the media type (400); then, with a total deadline on reading (408) and
the size limit while streaming (413), form and strict JSON (400: no NaN, no invalid Unicode,
bounded nesting), signature (401), freshness (401). Nothing touches the disk before all of them
pass; the answer is 2xx only once the event (and its document) is durably committed.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse

from medsender_desktop import strict_json, wire
from medsender_desktop.errors import RelayError
from medsender_desktop.relay.events import IncomingEvent
from medsender_desktop.relay.forms import (
    FORM_URLENCODED,
    MULTIPART,
    BodyTooLarge,
    CallbackForm,
    MalformedBody,
    read_callback_form,
)
from medsender_desktop.relay.runtime import RelayRuntime, error_response
from medsender_desktop.wire import CallbackKind

log = logging.getLogger(__name__)

UNSPECIFIED_STATUS: Final = "unspecified"
#: What ``wire.sign`` produces: lowercase hex HMAC-SHA256 (upper case tolerated).
SIGNATURE_SHAPE: Final = re.compile(r"[0-9a-fA-F]{64}")
AI_DONE_STATUS: Final = wire.AiStatus.COMPLETED.value


class CallbackRefused(Exception):
    """A callback is not accepted; ``status`` and the safe ``message`` go back to the sender."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _pick(details: Mapping[str, Any], *names: str) -> str:
    for name in names:
        value = details.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


def _decode_details(text: str | None, field_name: str) -> dict[str, Any]:
    if text is None:
        raise CallbackRefused(400, f"The callback has no {field_name} field.")
    try:
        value = strict_json.loads(text)
    except strict_json.StrictJsonError as exc:
        raise CallbackRefused(400, f"The {field_name} field {exc}.") from exc
    if not isinstance(value, dict):
        raise CallbackRefused(400, f"The {field_name} field must be a JSON object.")
    return value


def infer_kind(form: CallbackForm) -> CallbackKind:
    """The kind of a callback posted to the one per-number URL, from its body alone."""
    if form.file is not None:
        return CallbackKind.RECEIVED_FAX
    if wire.AI_DETAILS_FIELD in form.fields:
        return CallbackKind.AI
    details = _decode_details(form.fields.get(wire.RECORD_DETAILS_FIELD), "recordDetails")
    if _pick(details, "emailId", "email_id"):
        return CallbackKind.EMAIL
    if _pick(details, "faxStatus", "fax_status") and not _pick(details, "sentStatus", "sent_status"):
        return CallbackKind.RECEIVED_FAX
    return CallbackKind.SENT_FAX


def details_of(kind: CallbackKind, form: CallbackForm) -> dict[str, Any]:
    if kind is CallbackKind.AI:
        raw = form.fields.get(wire.AI_DETAILS_FIELD)
        if raw is None:
            raw = form.fields.get(wire.RECORD_DETAILS_FIELD)
        return _decode_details(raw, wire.AI_DETAILS_FIELD)
    return _decode_details(form.fields.get(wire.RECORD_DETAILS_FIELD), "recordDetails")


def status_of(kind: CallbackKind, details: Mapping[str, Any]) -> str:
    """The status that, with the token, identifies one event (idempotency key)."""
    if kind is CallbackKind.AI:
        inner = details.get("aiResult") or details.get("ai_result") or details
        found = _pick(inner, "status") if isinstance(inner, Mapping) else ""
        return found or AI_DONE_STATUS
    names = {
        CallbackKind.SENT_FAX: ("sentStatus", "sent_status"),
        CallbackKind.RECEIVED_FAX: ("faxStatus", "fax_status"),
        CallbackKind.EMAIL: ("emailStatus", "email_status"),
    }[kind]
    return _pick(details, *names, "status") or UNSPECIFIED_STATUS


def parse_completed_at(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CallbackRefused(400, "completedAt is not an ISO-8601 timestamp.") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_callback(
    kind: CallbackKind, form: CallbackForm, signature: str, api_key: str, retention_days: int,
    now: datetime,
) -> IncomingEvent:
    """Validate and authenticate a parsed callback; raises CallbackRefused."""
    details = details_of(kind, form)
    token, completed_at = wire.callback_token(kind.value, details)
    if not token:
        raise CallbackRefused(400, "The callback does not name its record (no token).")
    if not wire.verify_signature(api_key, token, completed_at, signature):
        raise CallbackRefused(401, "The callback signature is not valid.")
    # A valid signature over an old completedAt is a replay of a captured callback (or a
    # retry older than anything the relay still keeps): refuse it like a bad signature.
    if completed_at and parse_completed_at(completed_at) < now - timedelta(days=retention_days):
        raise CallbackRefused(401, "The callback signature has expired.")
    if form.file is not None and kind is not CallbackKind.RECEIVED_FAX:
        raise CallbackRefused(400, "Only received-fax callbacks may carry a file.")
    return IncomingEvent(kind.value, token, status_of(kind, details), details, form.file)


async def receive_callback(request: Request) -> JSONResponse:
    runtime: RelayRuntime = request.state.relay
    settings = runtime.settings
    path_kind = request.path_params.get("kind")
    try:
        kind = CallbackKind(path_kind) if path_kind is not None else None
    except ValueError:
        return error_response(404, "Unknown callback kind. Use sent_fax, received_fax, email or ai.")
    signature = request.headers.get(wire.SIGNATURE_HEADER, "").strip()
    if not signature:
        return error_response(401, "The callback has no signature.")
    if not SIGNATURE_SHAPE.fullmatch(signature):
        return error_response(401, "The callback signature is not valid.")
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > settings.max_body_bytes:
        return error_response(413, "The callback is larger than the relay accepts.")
    content_type = request.headers.get("content-type", "")
    if content_type.split(";", 1)[0].strip().lower() not in (MULTIPART, FORM_URLENCODED):
        return error_response(
            400, "Callbacks must be application/x-www-form-urlencoded or multipart/form-data."
        )
    try:
        async with asyncio.timeout(settings.body_timeout_seconds):
            form = await read_callback_form(content_type, request.stream(), settings.max_body_bytes)
        resolved = kind if kind is not None else infer_kind(form)
        incoming = check_callback(
            resolved, form, signature, settings.api_key, settings.retention_days,
            datetime.now(tz=UTC),
        )
    except ClientDisconnect:  # the sender gave up mid-body; it will retry
        return error_response(400, "The callback body was not received completely.")
    except TimeoutError:  # stalled or trickling: its buffer is dropped now
        log.warning("refused a callback whose body took longer than %g s",
                    settings.body_timeout_seconds)
        return error_response(408, "The callback body was not received in time.")
    except BodyTooLarge:
        return error_response(413, "The callback is larger than the relay accepts.")
    except MalformedBody as exc:
        return error_response(400, str(exc))
    except CallbackRefused as exc:
        if exc.status == 401:
            log.warning("refused a callback with an invalid or expired signature")
        return error_response(exc.status, exc.message)
    try:
        result = await runtime.store.add(incoming)
    except (RelayError, OSError) as exc:  # e.g. disk full: Medsender retries later
        log.error("could not store a callback: %s", type(exc).__name__)
        return error_response(503, "The relay could not store the callback.", retry_after=5)
    log.info(
        "callback %s kind=%s event=%d", "repeated" if result.duplicate else "stored",
        incoming.kind, result.event_id,
    )
    return JSONResponse(
        {"message": "Callback received.", "event_id": result.event_id, "duplicate": result.duplicate}
    )
