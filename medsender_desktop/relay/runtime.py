"""What the relay's routes share while it runs, plus small helpers for answering requests."""

from __future__ import annotations

import asyncio
import hmac
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse

from medsender_desktop import wire
from medsender_desktop.relay.events import EventStore
from medsender_desktop.relay.settings import RelaySettings


class EventSignal:
    """Wakes long polls and streams when a commit added events.

    Take :meth:`waiter` BEFORE querying, then wait on it: a commit that lands between the
    query and the wait has already set it, so no event is ever slept through.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()
        #: Set when the server is about to stop: open streams and long polls end now.
        self.closing = False

    def publish(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    def close(self) -> None:
        self.closing = True
        self.publish()

    def waiter(self) -> asyncio.Event:
        return self._event


@dataclass(frozen=True, slots=True)
class RelayRuntime:
    settings: RelaySettings
    store: EventStore
    signal: EventSignal


def error_response(status: int, message: str, *, retry_after: int | None = None) -> JSONResponse:
    headers: dict[str, str] = {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="medsender-relay"'
    if status in (408, 413):  # stop receiving the rest of a stalled or oversized body
        headers["Connection"] = "close"
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    return JSONResponse(wire.error_body(status, message), status_code=status, headers=headers)


def bearer_matches(request: Request, expected_token: str) -> bool:
    """Constant-time check of ``Authorization: Bearer <relay token>``."""
    scheme, _, supplied = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(supplied.strip().encode(), expected_token.encode())
