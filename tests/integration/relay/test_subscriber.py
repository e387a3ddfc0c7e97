"""The desktop-side subscriber against a real relay over loopback."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from starlette.responses import PlainTextResponse, StreamingResponse

from medsender_desktop.errors import RelayError
from medsender_desktop.relay import RelaySettings, create_app
from medsender_desktop.relay.subscriber import RelayEvent, RelayState, RelaySubscriber
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.process import free_port
from tests.integration.relay.support import (
    RELAY_TOKEN,
    Callback,
    new_token,
    phi_pdf,
    received_fax_details,
    sample_callbacks,
    sent_fax_details,
    settings_for,
)
from tests.waiting import until


class Relay:
    """An in-process relay that can be stopped and started again on the same port + data."""

    def __init__(self, settings: RelaySettings, port: int | None = None,
                 wrap: Callable[[object], object] | None = None) -> None:
        self.settings = settings
        self.port = port or free_port()
        self.wrap = wrap or (lambda app: app)
        self.app = None
        self.server: BackgroundServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> Relay:
        self.app = create_app(self.settings)
        self.server = BackgroundServer(self.wrap(self.app), port=self.port)
        await asyncio.to_thread(self.server.start)
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.app.close_streams()  # type: ignore[union-attr]
            await asyncio.to_thread(self.server.stop)
            self.server = None

    async def post(self, callback: Callback) -> None:
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{self.url}/callbacks", **callback.request_kwargs())
        assert response.status_code == 200, response.text


class Recorder:
    def __init__(self) -> None:
        self.events: list[RelayEvent] = []
        self.states: list[RelayState] = []
        self.changed_at: list[float] = []

    def on_event(self, event: RelayEvent) -> None:
        self.events.append(event)

    def on_state(self, state: RelayState) -> None:
        self.states.append(state)
        self.changed_at.append(time.monotonic())

    def tokens(self) -> list[str]:
        return [e.token for e in self.events]


def subscriber(relay_url: str, recorder: Recorder, cursor: Path | None, **options: object) -> RelaySubscriber:
    options = {"backoff_initial": 0.05, "backoff_max": 0.3, "heartbeat": 0.5, "poll_wait": 1.0,
               **options}
    return RelaySubscriber(relay_url, RELAY_TOKEN, cursor_path=cursor, on_event=recorder.on_event,
                           on_state=recorder.on_state, **options)  # type: ignore[arg-type]


def no_stream(app: object) -> object:
    """A proxy in front of the relay that does not pass /events/stream (404)."""
    async def proxied(scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] == "http" and scope["path"] == "/events/stream":
            return await PlainTextResponse("not here", status_code=404)(scope, receive, send)
        return await app(scope, receive, send)  # type: ignore[operator]
    return proxied


def buffering_proxy(app: object) -> object:
    """A proxy that buffers the event stream: the response starts, and nothing ever arrives."""
    async def never() -> object:
        await asyncio.sleep(3600)
        yield b""

    async def proxied(scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] == "http" and scope["path"] == "/events/stream":
            response = StreamingResponse(never(), media_type="text/event-stream")
            return await response(scope, receive, send)
        return await app(scope, receive, send)  # type: ignore[operator]
    return proxied


async def test_events_of_every_kind_arrive_with_payload_and_document(tmp_path: Path) -> None:
    relay = await Relay(settings_for(tmp_path / "relay")).start()
    recorder = Recorder()
    sub = subscriber(relay.url, recorder, tmp_path / "cursor.json")
    try:
        await sub.start()
        await until(lambda: sub.state is RelayState.CONNECTED)
        pdf = phi_pdf()
        callbacks = sample_callbacks(pdf)
        for callback in callbacks:
            await relay.post(callback)
        await until(lambda: len(recorder.events) == 4)
        assert recorder.tokens() == [c.token for c in callbacks]
        assert [dict(e.payload) for e in recorder.events] == [c.details for c in callbacks]
        fax = recorder.events[1]
        assert fax.kind == "received_fax" and fax.received_at.tzinfo is not None
        assert await sub.fetch_file(fax.file_id) == pdf  # type: ignore[arg-type]
        with pytest.raises(RelayError, match="no longer on the relay"):
            await sub.fetch_file("f" * 32)
        assert await sub.health() is True
        assert recorder.states == [RelayState.CONNECTED]
        assert sub.cursor == recorder.events[-1].id
    finally:
        await sub.stop()
        await relay.stop()


@pytest.mark.parametrize("wrap", [None, no_stream, buffering_proxy],
                         ids=["sse", "long-poll-no-stream", "long-poll-buffering-proxy"])
async def test_nothing_is_missed_across_relay_and_client_restarts(
    tmp_path: Path, wrap: Callable[[object], object] | None
) -> None:
    settings = settings_for(tmp_path / "relay")
    relay = await Relay(settings, wrap=wrap).start()
    cursor = tmp_path / "desktop" / "relay-cursor.json"
    recorder = Recorder()
    posted: list[str] = []

    async def post_some(count: int) -> None:
        for _ in range(count):
            callback = Callback("sent_fax", sent_fax_details(new_token()))
            await relay.post(callback)
            posted.append(callback.token)

    first = subscriber(relay.url, recorder, cursor)
    try:
        await post_some(3)  # before the desktop ever connected
        await first.start()
        await until(lambda: recorder.tokens() == posted)
        await post_some(3)
        await until(lambda: recorder.tokens() == posted)

        await relay.stop()  # relay restart, the desktop stays up
        await until(lambda: first.state is RelayState.RECONNECTING)
        await relay.start()
        await post_some(3)
        await until(lambda: recorder.tokens() == posted)
        assert first.state is RelayState.CONNECTED
    finally:
        await first.stop()

    await post_some(3)  # while the desktop is closed
    second = subscriber(relay.url, recorder, cursor)
    try:
        await second.start()
        await post_some(2)
        await until(lambda: len(recorder.events) >= len(posted))
        await post_some(1)  # a marker: events arrive in order, so a duplicate would come before it
        await until(lambda: recorder.tokens()[-1:] == posted[-1:], "the marker event")
        assert recorder.tokens() == posted
        ids = [e.id for e in recorder.events]
        assert ids == sorted(set(ids))
    finally:
        await second.stop()
        await relay.stop()


async def test_unreachable_within_the_bound_and_back_when_the_relay_returns(tmp_path: Path) -> None:
    relay = await Relay(settings_for(tmp_path / "relay")).start()
    recorder = Recorder()
    sub = subscriber(relay.url, recorder, None, unreachable_after=1.0)
    try:
        await sub.start()
        await until(lambda: sub.state is RelayState.CONNECTED)
        await relay.stop()
        await until(lambda: sub.state is RelayState.UNREACHABLE, timeout=5)
        assert recorder.states[1:] == [RelayState.RECONNECTING, RelayState.UNREACHABLE]
        reconnecting_at, unreachable_at = recorder.changed_at[1:]
        assert 0.95 <= unreachable_at - reconnecting_at < 1.5
        await relay.start()
        token = new_token()
        await relay.post(Callback("received_fax", received_fax_details(token), file=b"%PDF-1.4"))
        await until(lambda: recorder.tokens() == [token])
        assert recorder.states == [RelayState.CONNECTED, RelayState.RECONNECTING,
                                   RelayState.UNREACHABLE, RelayState.CONNECTED]
    finally:
        await sub.stop()
        await relay.stop()


async def test_a_relay_that_never_answers_is_unreachable_in_time() -> None:
    recorder = Recorder()
    sub = subscriber(f"http://127.0.0.1:{free_port()}", recorder, None, unreachable_after=0.5)
    started = time.monotonic()
    try:
        await sub.start()
        assert sub.state is RelayState.CONNECTING
        await until(lambda: sub.state is RelayState.UNREACHABLE, timeout=3)
        assert time.monotonic() - started < 1.5
        assert await sub.health() is False
    finally:
        await sub.stop()


async def test_a_wrong_token_is_reported_and_never_connects(tmp_path: Path) -> None:
    relay = await Relay(settings_for(tmp_path / "relay")).start()
    recorder = Recorder()
    sub = RelaySubscriber(relay.url, "not-the-token", cursor_path=None, on_event=recorder.on_event,
                          on_state=recorder.on_state, unreachable_after=0.5, backoff_initial=0.05)
    try:
        await sub.start()
        await until(lambda: sub.state is RelayState.UNREACHABLE, timeout=3)
        assert isinstance(sub.last_error, RelayError)
        assert "relay token" in str(sub.last_error) and "not-the-token" not in str(sub.last_error)
        assert await sub.health() is False
        assert "not-the-token" not in repr(sub)
    finally:
        await sub.stop()
        await relay.stop()


async def test_a_failing_handler_gets_the_event_again_not_skipped(tmp_path: Path) -> None:
    relay = await Relay(settings_for(tmp_path / "relay")).start()
    seen: list[str] = []
    failures = [1]

    async def flaky(event: RelayEvent) -> None:
        await asyncio.sleep(0)
        if failures:
            failures.pop()
            raise ValueError("database locked")
        seen.append(event.token)

    sub = RelaySubscriber(relay.url, RELAY_TOKEN, cursor_path=None, on_event=flaky,
                          backoff_initial=0.05, heartbeat=0.5)
    try:
        await sub.start()
        callbacks = [Callback("sent_fax", sent_fax_details(new_token())) for _ in range(2)]
        for callback in callbacks:
            await relay.post(callback)
        await until(lambda: len(seen) == 2)
        assert seen == [c.token for c in callbacks]
    finally:
        await sub.stop()
        await relay.stop()


async def test_a_replaced_relay_database_resets_the_cursor(tmp_path: Path) -> None:
    cursor = tmp_path / "cursor.json"
    old = await Relay(settings_for(tmp_path / "old-relay")).start()
    recorder = Recorder()
    sub = subscriber(old.url, recorder, cursor)
    try:
        for _ in range(5):
            await old.post(Callback("sent_fax", sent_fax_details(new_token())))
        await sub.start()
        await until(lambda: len(recorder.events) == 5)
    finally:
        await sub.stop()
        await old.stop()
    fresh = await Relay(settings_for(tmp_path / "new-relay"), port=old.port).start()
    replacement = subscriber(fresh.url, recorder, cursor)
    try:
        callback = Callback("sent_fax", sent_fax_details(new_token()))
        await fresh.post(callback)  # event id 1 in the new database, below the old cursor (5)
        await replacement.start()
        await until(lambda: len(recorder.events) == 6)
        assert recorder.events[-1].token == callback.token
    finally:
        await replacement.stop()
        await fresh.stop()
