"""Outbound, for the practice's desktops: events (long poll and SSE), documents, health.

Everything but ``/healthz`` needs ``Authorization: Bearer <relay token>``. ``/healthz`` is
open so a reverse proxy or service monitor can probe it; it reveals only whether the relay
is up and whether the token it was given (if any) is accepted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from medsender_desktop.errors import RelayError
from medsender_desktop.relay import sse
from medsender_desktop.relay.events import StoredEvent
from medsender_desktop.relay.files import FILE_ID_PATTERN
from medsender_desktop.relay.runtime import RelayRuntime, bearer_matches, error_response

MAX_WAIT_SECONDS: Final = 60.0
DEFAULT_LIMIT: Final = 500
MAX_LIMIT: Final = 1000
STREAM_BATCH: Final = 100
DEFAULT_HEARTBEAT: Final = 15.0
MIN_HEARTBEAT: Final = 0.2
MAX_HEARTBEAT: Final = 60.0
RECONNECT_HINT_MS: Final = 1000
NO_STORE: Final = {"Cache-Control": "no-store"}
CURSOR_PATTERN: Final = re.compile(r"[0-9]{1,18}")  # ASCII digits that fit SQLite's INTEGER

Handler = Callable[[Request], Awaitable[Response]]


class BadQuery(Exception):
    pass


def requires_token(handler: Handler) -> Handler:
    async def guarded(request: Request) -> Response:
        runtime: RelayRuntime = request.state.relay
        if not bearer_matches(request, runtime.settings.relay_token):
            return error_response(401, "The relay token is missing or wrong.")
        if runtime.signal.closing:  # stopping: desktops retry against the next instance
            return error_response(503, "The relay is restarting.", retry_after=1)
        try:
            return await handler(request)
        except BadQuery as exc:
            return error_response(400, str(exc))

    guarded.__name__ = handler.__name__
    return guarded


def _number(request: Request, name: str, default: float, low: float, high: float) -> float:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise BadQuery(f"{name} must be a number.") from exc
    if not low <= value <= high:
        raise BadQuery(f"{name} must be between {low:g} and {high:g}.")
    return value


def _cursor(raw: str | None, name: str) -> int:
    if raw is None or raw.strip() == "":
        return 0
    if not CURSOR_PATTERN.fullmatch(raw.strip()):
        raise BadQuery(f"{name} must be a whole number of zero or more.")
    return int(raw)


@requires_token
async def list_events(request: Request) -> Response:
    runtime: RelayRuntime = request.state.relay
    after = _cursor(request.query_params.get("after"), "after")
    wait = _number(request, "wait", 0.0, 0.0, MAX_WAIT_SECONDS)
    limit = int(_number(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT))
    deadline = asyncio.get_running_loop().time() + wait
    while True:
        wake = runtime.signal.waiter()
        events = await runtime.store.after(after, limit)
        remaining = deadline - asyncio.get_running_loop().time()
        if events or remaining <= 0 or runtime.signal.closing:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), remaining)
    cursor = events[-1].id if events else after
    body = {
        "events": [event.to_json() for event in events],
        "cursor": cursor,
        "relay_id": runtime.store.relay_id,
    }
    return JSONResponse(body, headers=NO_STORE)


def _encode(event: StoredEvent) -> bytes:
    return sse.encode_event(json.dumps(event.to_json(), separators=(",", ":")), event_id=event.id)


async def _stream(runtime: RelayRuntime, after: int, heartbeat: float) -> AsyncIterator[bytes]:
    hello = {"relay_id": runtime.store.relay_id, "after": after}
    yield sse.encode_event(json.dumps(hello), event=sse.HELLO_EVENT, retry_ms=RECONNECT_HINT_MS)
    cursor = after
    while not runtime.signal.closing:
        wake = runtime.signal.waiter()
        events = await runtime.store.after(cursor, STREAM_BATCH)
        if events:
            yield b"".join(_encode(event) for event in events)
            cursor = events[-1].id
            continue
        try:
            await asyncio.wait_for(wake.wait(), heartbeat)
        except TimeoutError:
            yield sse.HEARTBEAT


@requires_token
async def stream_events(request: Request) -> Response:
    runtime: RelayRuntime = request.state.relay
    header = request.headers.get("last-event-id")
    after = _cursor(header if header is not None else request.query_params.get("after"), "after")
    heartbeat = _number(request, "heartbeat", DEFAULT_HEARTBEAT, MIN_HEARTBEAT, MAX_HEARTBEAT)
    return StreamingResponse(
        _stream(runtime, after, heartbeat),
        media_type=sse.MEDIA_TYPE,
        headers={**NO_STORE, "X-Accel-Buffering": "no"},  # nginx: do not buffer the stream
    )


@requires_token
async def get_file(request: Request) -> Response:
    runtime: RelayRuntime = request.state.relay
    file_id = request.path_params["file_id"]
    if not FILE_ID_PATTERN.fullmatch(file_id):
        return error_response(404, "That document is not on the relay.")
    try:
        data = await runtime.store.read_file(file_id)
    except RelayError as exc:
        return error_response(500, exc.message)
    if data is None:
        return error_response(404, "That document is not on the relay (it may have expired).")
    return Response(data, media_type="application/pdf", headers=NO_STORE)


async def health(request: Request) -> Response:
    runtime: RelayRuntime = request.state.relay
    try:
        await runtime.store.last_id()
    except (sqlite3.Error, RelayError):
        return JSONResponse({"status": "unavailable"}, status_code=503, headers=NO_STORE)
    authorized = bearer_matches(request, runtime.settings.relay_token)
    return JSONResponse({"status": "ok", "authorized": authorized}, headers=NO_STORE)


@requires_token
async def not_found(request: Request) -> Response:
    return error_response(404, "There is nothing at this address on the relay.")
