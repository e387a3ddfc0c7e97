"""The desktop side of the webhook relay: subscribe to events, fetch inbound documents.

:class:`RelaySubscriber` keeps one subscription open (Server-Sent Events first, long poll
when SSE does not work, e.g. behind a buffering proxy), delivers every event to
``on_event`` at least once and in order, and persists its cursor after each one, so neither
a relay restart nor a desktop restart loses an event. It reports its state so the app can
fall back to polling the Medsender API while the relay is unreachable.

Delivery is at least once: after a crash between handling an event and saving the cursor,
that event comes again. Handlers key on ``RelayEvent.id`` (or token + status) to stay
idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import random
import ssl
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, cast

import httpx
import truststore

from medsender_desktop import wire
from medsender_desktop.api.models import AiResult, Email, ReceivedFax, SentFax
from medsender_desktop.api.validation import url_problem
from medsender_desktop.errors import RelayError
from medsender_desktop.relay import sse
from medsender_desktop.wire import CallbackKind

log = logging.getLogger(__name__)

FALLBACK_STATUSES: Final = frozenset({404, 405, 406, 501})
UNAUTHORIZED_MESSAGE: Final = (
    "The relay did not accept this desktop's relay token. Check it in this profile (Edit profile…)."
)


class RelayState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    UNREACHABLE = "unreachable"


#: the record a callback carries, parsed by the api models
EventRecord = SentFax | Email | ReceivedFax | AiResult
_PARSERS: Final[dict[str, Callable[[Mapping[str, Any]], EventRecord]]] = {
    CallbackKind.SENT_FAX: SentFax.from_api,
    CallbackKind.EMAIL: Email.from_api,
    CallbackKind.RECEIVED_FAX: ReceivedFax.from_api,
    CallbackKind.AI: lambda details: AiResult.from_api(
        _mapping_or(details.get("aiResult") or details.get("ai_result"), details)),
}


def _mapping_or(value: object, default: Mapping[str, Any]) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else default


@dataclass(frozen=True, slots=True)
class RelayEvent:
    """One callback the relay received, as this desktop reads it: ``record`` is the callback's
    details parsed into the api's model (``None`` for a kind this version does not know)."""

    id: int
    kind: CallbackKind | str
    token: str
    status: str
    received_at: datetime
    payload: Mapping[str, Any]
    file_id: str | None
    record: EventRecord | None = field(default=None, compare=False)

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> RelayEvent:
        try:
            kind = str(obj["kind"])
            payload = MappingProxyType(dict(obj.get("payload") or {}))
            parse = _PARSERS.get(kind)
            return cls(
                id=int(obj["id"]),
                kind=CallbackKind(kind) if parse is not None else kind,
                token=str(obj["token"]),
                status=str(obj["status"]),
                received_at=datetime.fromisoformat(str(obj["received_at"])),
                payload=payload,
                file_id=str(obj["file_id"]) if obj.get("file_id") else None,
                record=parse(payload) if parse is not None and payload else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RelayError("The relay sent an event this desktop cannot read.") from exc


class CursorFile:
    """The last event handled, and which relay database it belongs to (atomic JSON file)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        # saves run on worker threads; one at a time, so an older cursor never lands last
        self._lock = threading.Lock()

    def load(self) -> tuple[str | None, int]:
        if self.path is None:
            return None, 0
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return (str(data["relay_id"]) if data.get("relay_id") else None), int(data["cursor"])
        except FileNotFoundError:
            return None, 0
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("relay cursor file unreadable; starting from the oldest kept event")
            return None, 0

    def save(self, relay_id: str | None, cursor: int) -> None:
        if self.path is None:
            return
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(self.path.name + ".tmp")
            temp.write_text(json.dumps({"relay_id": relay_id, "cursor": cursor}), encoding="utf-8")
            temp.replace(self.path)


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise RelayError("The relay sent a message this desktop cannot read.") from exc
    if not isinstance(value, dict):
        raise RelayError("The relay sent a message this desktop cannot read.")
    return value


class _UseLongPoll(Exception):
    """SSE does not get through (missing endpoint or a buffering proxy)."""


class _RelayReplaced(Exception):
    """The relay's database is not the one our cursor belongs to; start over from 0."""


class _HandlerFailed(Exception):
    """``on_event`` raised; the event is retried after a pause."""


class RelaySubscriber:
    """Subscribes to a relay; see the module docstring."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        cursor_path: Path | None,
        on_event: Callable[[RelayEvent], Awaitable[None] | None],
        on_state: Callable[[RelayState], None] | None = None,
        http: httpx.AsyncClient | None = None,
        unreachable_after: float = 10.0,
        backoff_initial: float = 0.25,
        backoff_max: float = 5.0,
        heartbeat: float | None = None,
        poll_wait: float = 25.0,
        connect_timeout: float = 5.0,
        prefer_stream: bool = True,
    ) -> None:
        # like the API client: the relay token and PHI never cross the network unencrypted
        problem = url_problem(base_url, "relay address")
        if problem is not None:
            raise RelayError(problem)
        self._base_url = base_url.rstrip("/")
        self._auth = {"Authorization": f"Bearer {token}"}
        self._cursor_file = CursorFile(cursor_path)
        self._relay_id, self._cursor = self._cursor_file.load()
        self._on_event = on_event
        self._on_state = on_state
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(
            verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
            timeout=httpx.Timeout(30.0, connect=connect_timeout),
        )
        self._unreachable_after = unreachable_after
        self._backoff_initial = backoff_initial
        self._backoff_max = backoff_max
        self._heartbeat = heartbeat or max(0.5, min(15.0, unreachable_after / 2))
        self._poll_wait = poll_wait
        self._connect_timeout = connect_timeout
        self._use_stream = prefer_stream
        self._state = RelayState.CONNECTING
        self._task: asyncio.Task[None] | None = None
        self._unreachable_timer: asyncio.TimerHandle | None = None
        self._connections = 0
        #: Why the relay was last left or refused (a user-facing sentence), or None.
        self.last_error: RelayError | None = None

    def __repr__(self) -> str:  # never shows the token
        return f"RelaySubscriber({self._base_url!r}, state={self._state.value})"

    # --- public ---------------------------------------------------------------------------
    @property
    def state(self) -> RelayState:
        return self._state

    @property
    def cursor(self) -> int:
        """Id of the last event handed to ``on_event`` and saved."""
        return self._cursor

    async def start(self) -> None:
        if self._task is not None:
            return
        self._set_state(RelayState.CONNECTING)
        self._arm_unreachable_timer()
        self._task = asyncio.create_task(self._run(), name="relay-subscriber")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            # A save cancelled mid-flight still finishes on its thread; this one waits for it
            # (same lock) and writes the newest cursor, so a restart resumes exactly here.
            await asyncio.to_thread(self._cursor_file.save, self._relay_id, self._cursor)
        self._disarm_unreachable_timer()
        if self._owns_http:
            await self._http.aclose()

    async def fetch_file(self, file_id: str) -> bytes:
        """The inbound document behind ``RelayEvent.file_id``."""
        try:
            response = await self._http.get(
                self._base_url + wire.RELAY_FILE.format(file_id=file_id), headers=self._auth, timeout=60.0
            )
        except httpx.HTTPError as exc:
            raise RelayError("The relay could not be reached to fetch the document.") from exc
        if response.status_code == 200:
            return response.content
        if response.status_code == 401:
            raise RelayError(UNAUTHORIZED_MESSAGE)
        if response.status_code == 404:
            raise RelayError(
                "The document is no longer on the relay (it may have expired). "
                "Open it from the Received tab instead."
            )
        raise RelayError(f"The relay could not provide the document (HTTP {response.status_code}).")

    async def health(self) -> bool:
        """True when the relay answers and accepts this desktop's token."""
        try:
            response = await self._http.get(
                self._base_url + wire.RELAY_HEALTH, headers=self._auth, timeout=self._connect_timeout
            )
            return response.status_code == 200 and response.json().get("authorized") is True
        except (httpx.HTTPError, ValueError, AttributeError):
            return False

    # --- state ----------------------------------------------------------------------------
    def _set_state(self, state: RelayState) -> None:
        if state is self._state:
            return
        self._state = state
        log.info("relay subscription %s", state.value)
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:  # a UI callback must not stop the subscription
                log.exception("relay state callback failed")

    def _arm_unreachable_timer(self) -> None:
        if self._unreachable_timer is None:
            loop = asyncio.get_running_loop()
            self._unreachable_timer = loop.call_later(
                self._unreachable_after, self._set_state, RelayState.UNREACHABLE
            )

    def _disarm_unreachable_timer(self) -> None:
        if self._unreachable_timer is not None:
            self._unreachable_timer.cancel()
            self._unreachable_timer = None

    def _connected(self) -> None:
        self._connections += 1
        self._disarm_unreachable_timer()
        self.last_error = None
        self._set_state(RelayState.CONNECTED)

    def _lost(self) -> None:
        if self._state is RelayState.CONNECTED:
            self._set_state(RelayState.RECONNECTING)
        self._arm_unreachable_timer()

    # --- the loop -------------------------------------------------------------------------
    async def _run(self) -> None:
        failures = 0
        while True:
            connections_before = self._connections
            try:
                if self._use_stream:
                    await self._consume_stream()
                else:
                    await self._consume_polls()
                self._lost()  # the relay closed the stream (e.g. it is restarting)
            except _UseLongPoll:
                log.info("relay stream unavailable; using long polling")
                self._use_stream = False
                continue
            except _RelayReplaced:
                continue
            except _HandlerFailed:
                pass
            except (httpx.HTTPError, RelayError) as exc:
                if isinstance(exc, RelayError):
                    self.last_error = exc
                log.debug("relay connection lost: %s", type(exc).__name__)
                self._lost()
            except Exception:  # a bug must not end the subscription silently: log, go on
                log.exception("relay subscription failed unexpectedly")
                self._lost()
            if self._connections != connections_before:  # it worked for a while: start over
                failures = 0
            delay = min(self._backoff_max, self._backoff_initial * 2**failures)
            failures = min(failures + 1, 16)
            await asyncio.sleep(random.uniform(delay / 2, delay))

    def _check_response(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            raise RelayError(UNAUTHORIZED_MESSAGE)
        if response.status_code != 200:
            raise RelayError(f"The relay answered with an error (HTTP {response.status_code}).")

    async def _consume_stream(self) -> None:
        headers = {**self._auth, "Accept": sse.MEDIA_TYPE}
        if self._cursor:
            headers["Last-Event-ID"] = str(self._cursor)
        timeout = httpx.Timeout(self._heartbeat * 2 + 1, connect=self._connect_timeout)
        greeted = False
        async with self._http.stream(
            "GET", self._base_url + wire.RELAY_EVENT_STREAM, headers=headers,
            params={"heartbeat": f"{self._heartbeat:g}"}, timeout=timeout,
        ) as response:
            media_type = response.headers.get("content-type", "").split(";")[0].strip()
            if response.status_code in FALLBACK_STATUSES or (
                response.status_code == 200 and media_type != sse.MEDIA_TYPE
            ):
                raise _UseLongPoll
            self._check_response(response)
            decoder = sse.SSEDecoder()
            try:
                # aclosing: the line iterator is closed right here when delivery raises or the
                # task is cancelled, not later by the garbage collector on some other loop.
                line_iterator = cast("AsyncGenerator[str, None]", response.aiter_lines())
                async with contextlib.aclosing(line_iterator) as lines:
                    async for line in lines:
                        for message in decoder.feed(line):
                            if message.event == sse.HELLO_EVENT:
                                self._greeted(_json_object(message.data).get("relay_id"))
                                greeted = True
                            elif greeted and message.event == sse.DEFAULT_EVENT:
                                await self._deliver(RelayEvent.from_json(_json_object(message.data)))
            except httpx.ReadTimeout:
                if not greeted:  # connected but nothing arrives: a proxy buffers the stream
                    raise _UseLongPoll from None
                raise

    async def _consume_polls(self) -> None:
        timeout = httpx.Timeout(self._poll_wait + 10, connect=self._connect_timeout)
        while True:
            response = await self._http.get(
                self._base_url + wire.RELAY_EVENTS, headers=self._auth, timeout=timeout,
                params={"after": self._cursor, "wait": f"{self._poll_wait:g}"},
            )
            self._check_response(response)
            try:
                body = response.json()
                events = [RelayEvent.from_json(item) for item in body["events"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise RelayError("The relay sent an answer this desktop cannot read.") from exc
            self._greeted(body.get("relay_id"))
            for event in events:
                await self._deliver(event)

    def _greeted(self, relay_id: object) -> None:
        relay_id = str(relay_id) if relay_id else None
        if relay_id != self._relay_id:
            known = self._relay_id is not None
            self._relay_id = relay_id
            if known and self._cursor:
                log.warning("the relay's event store was replaced; fetching all its events")
                self._cursor = 0
                self._cursor_file.save(self._relay_id, 0)
                raise _RelayReplaced
            self._cursor_file.save(self._relay_id, self._cursor)
        self._connected()

    async def _deliver(self, event: RelayEvent) -> None:
        if event.id <= self._cursor:
            return
        try:
            result = self._on_event(event)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # retried; logged by type only (its text may carry PHI)
            log.error("relay event %d handler failed (%s); retrying", event.id, type(exc).__name__)
            raise _HandlerFailed from exc
        self._cursor = event.id
        await asyncio.to_thread(self._cursor_file.save, self._relay_id, event.id)
