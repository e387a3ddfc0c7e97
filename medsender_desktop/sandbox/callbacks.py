"""Delivering callbacks (webhooks) from the outbox, signed, retried with backoff.

Each callback is POSTed exactly as the contract describes: form-encoded ``recordDetails``
(or ``AiDocumentDetails``), multipart with the PDF under ``file`` for received faxes, and an
``X-Medsender-Signature`` header from :func:`wire.sign`. ``recordDetails`` is the object
``GET`` returns for that record at the moment of delivery, in the sandbox's dialect, with a
``secureLink`` valid for 5 minutes from that delivery (API-CONTRACT.md, "Points settled").
A failure (network error or a non-2xx answer) is retried after ``backoff * 2**n`` seconds, up
to the speed's attempt limit; every retry carries the same token, status, completedAt and
signature (only the link is fresh), so "same token + same status" identifies the event.
Received faxes mirror the outcome in ``callbackStatus`` (pending -> success / failed).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any
from urllib.parse import urlsplit

import httpx

from medsender_desktop import wire
from medsender_desktop.sandbox import serialize, store_accounts, store_faxes, store_jobs
from medsender_desktop.sandbox.logsafe import describe
from medsender_desktop.sandbox.records import Callback
from medsender_desktop.sandbox.state import SandboxState

log = logging.getLogger(__name__)

CONCURRENCY = 8
TIMEOUT_SECONDS = 10.0
USER_AGENT = "Medsender-Sandbox-Callbacks/1"
ERROR_PAUSE = 1.0  # seconds to wait after an unexpected failure before the next round


#: callback kind -> (fetch the record, serialize it as GET does)
_RECORD_VIEWS: dict[str, tuple[Callable[..., Any], Callable[..., dict[str, Any]]]] = {
    wire.CallbackKind.SENT_FAX: (store_faxes.get_sent, serialize.sent_fax),
    wire.CallbackKind.RECEIVED_FAX: (store_faxes.get_received, serialize.received_fax),
    wire.CallbackKind.EMAIL: (store_jobs.get_email, serialize.email),
}


class CallbackSender:
    """The outbox worker: delivers due callbacks, sleeps until the next one is due."""

    def __init__(self, state: SandboxState, client: httpx.AsyncClient | None = None) -> None:
        self.state = state
        self.wake = asyncio.Event()
        state.callbacks_wake = self.wake
        self._own_client = client is None
        self.client = client or httpx.AsyncClient(
            timeout=TIMEOUT_SECONDS, trust_env=False, headers={"User-Agent": USER_AGENT}
        )
        self._slots = asyncio.Semaphore(CONCURRENCY)

    async def aclose(self) -> None:
        if self._own_client:
            await self.client.aclose()

    async def run(self) -> None:
        while True:
            self.wake.clear()
            try:
                timeout = await self._round()
            except Exception as exc:  # keep delivering; the next round retries what failed
                log.error("callback round failed: %s", describe(exc))
                timeout = ERROR_PAUSE
            if timeout is not None and timeout <= 0:
                continue
            with suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout)

    async def _round(self) -> float | None:
        """Deliver what is due; returns how long to sleep (None = until woken)."""
        db = self.state.db
        due = await db.call(store_jobs.due_callbacks, time.time(), CONCURRENCY * 4)
        if due:
            await asyncio.gather(*(self._deliver_guarded(cb) for cb in due))
            return 0.0
        next_at = await db.call(store_jobs.next_callback_due)
        return None if next_at is None else next_at - time.time()

    async def _deliver_guarded(self, callback: Callback) -> None:
        async with self._slots:
            try:
                await self.deliver(callback)
            except Exception as exc:  # a broken callback must not stop the others
                log.error("callback %d could not be processed: %s", callback.id, describe(exc))
                await self._record(callback, ok=False, error=type(exc).__name__)

    async def details(self, callback: Callback) -> str:
        """The JSON string sent in the callback: for a record, what ``GET`` answers now."""
        view = _RECORD_VIEWS.get(callback.kind)
        if view is None:
            return callback.payload
        fetch, show = view
        record = await self.state.db.call(fetch, callback.token)
        if record is None:  # records are never deleted; keep the stored body just in case
            return callback.payload
        state = self.state
        base = (state.settings.public_base_url or state.base_url).rstrip("/")
        body = show(record, lambda kind, token: state.links.url(base, kind, token))
        return json.dumps(serialize.in_dialect(body, state.dialect), separators=(",", ":"))

    async def _request_parts(self, callback: Callback, file_data: bytes | None) -> dict:
        field = (wire.AI_DETAILS_FIELD if callback.kind == wire.CallbackKind.AI
                 else wire.RECORD_DETAILS_FIELD)
        parts: dict = {"data": {field: await self.details(callback)}}
        if file_data is not None:
            parts["files"] = {
                wire.FILE_FIELD: (f"fax-{callback.token}.pdf", file_data, "application/pdf")
            }
        return parts

    async def deliver(self, callback: Callback) -> bool:
        """One delivery attempt; returns whether the receiver accepted it (2xx)."""
        url = callback.url or self.state.settings.default_callback_url
        if not url:
            await self._record(callback, ok=False, error="no callback URL", final=True)
            return False
        file_data = None
        if callback.file_sha:
            document = await self.state.db.call(store_accounts.get_document, callback.file_sha)
            file_data = document.data if document else None
        signature = wire.sign(self.state.api_key, callback.token, callback.completed_at)
        if self.state.faults.callback_fails():  # fault injection: as if the receiver were down
            await self._record(callback, ok=False, error="injected fault")
            return False
        try:
            response = await self.client.post(
                url, headers={wire.SIGNATURE_HEADER: signature},
                **await self._request_parts(callback, file_data),
            )
            ok = 200 <= response.status_code < 300
            error = None if ok else f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            ok, error = False, type(exc).__name__
        if not ok:
            log.info("callback %d to %s failed (%s)", callback.id, urlsplit(url).hostname, error)
        await self._record(callback, ok=ok, error=error)
        return ok

    async def _record(self, callback: Callback, *, ok: bool, error: str | None,
                      final: bool = False) -> None:
        timing = self.state.timing
        attempts = callback.attempts + 1
        if ok:
            status, next_try = "delivered", None
        elif final or attempts >= timing.callback_attempts:
            status, next_try = "failed", None
        else:
            status = "pending"
            next_try = time.time() + timing.callback_backoff * 2 ** (attempts - 1)
        mirror = None
        if callback.kind == wire.CallbackKind.RECEIVED_FAX and status != "pending":
            mirror = (callback.token, wire.CallbackStatus.SUCCESS.value if ok
                      else wire.CallbackStatus.FAILED.value)
        await self.state.db.call(store_jobs.callback_attempted, callback.id, status=status,
                                 next_try_at=next_try, error=error, received_status=mirror)
