"""Outbound over real loopback HTTP: auth, long poll, SSE resume, documents, health, retention."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path
from typing import Literal

import httpx
import pytest

from medsender_desktop.relay import create_app
from medsender_desktop.relay.sse import SSEDecoder
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.conftest import RunningRelay
from tests.integration.relay.support import (
    Callback,
    auth,
    db_rows,
    new_token,
    phi_pdf,
    received_fax_details,
    sent_fax_details,
    settings_for,
)


def post_sent_fax(client: httpx.Client) -> str:
    callback = Callback("sent_fax", sent_fax_details(new_token()))
    assert client.post("/callbacks/sent_fax", **callback.request_kwargs()).status_code == 200
    return callback.token


def post_received_fax(client: httpx.Client, pdf: bytes = b"%PDF-1.7 tiny") -> str:
    callback = Callback("received_fax", received_fax_details(new_token()), file=pdf)
    assert client.post("/callbacks", **callback.request_kwargs()).status_code == 200
    return callback.token


@pytest.mark.parametrize("path", ["/events", "/events/stream", "/files/" + "0" * 32])
@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Basic cmVsYXk6dG9rZW4=", "Bearer"])
def test_reading_without_the_right_token_is_401(
    client: httpx.Client, path: str, header: str | None
) -> None:
    post_received_fax(client)
    headers = {"Authorization": header} if header else {}
    response = client.get(path, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "events" not in response.json()


def test_health_is_open_and_tells_whether_the_token_is_accepted(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "authorized": False}
    assert client.get("/healthz", headers=auth()).json() == {"status": "ok", "authorized": True}


def test_long_poll_pages_by_cursor(client: httpx.Client) -> None:
    tokens = [post_sent_fax(client) for _ in range(5)]
    first = client.get("/events", params={"limit": 2}, headers=auth()).json()
    assert [e["token"] for e in first["events"]] == tokens[:2]
    rest = client.get("/events", params={"after": first["cursor"]}, headers=auth()).json()
    assert [e["token"] for e in rest["events"]] == tokens[2:]
    empty = client.get("/events", params={"after": rest["cursor"]}, headers=auth()).json()
    assert empty["events"] == [] and empty["cursor"] == rest["cursor"]
    assert first["relay_id"] == rest["relay_id"] and len(first["relay_id"]) == 16


def park_detector(relay: RunningRelay, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set once a long poll is parked on the relay's wake-up event (nothing new to return)."""
    signal = relay.server.app.runtime.signal
    parked = threading.Event()
    take = signal.waiter

    def waiter() -> asyncio.Event:
        event = take()
        wait = event.wait

        async def watched_wait() -> Literal[True]:
            parked.set()  # the server loop cannot take the POST before this coroutine awaits
            return await wait()

        event.wait = watched_wait  # type: ignore[method-assign]
        return event

    monkeypatch.setattr(signal, "waiter", waiter)
    return parked


def test_long_poll_returns_as_soon_as_an_event_arrives(client: httpx.Client, relay: RunningRelay,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cursor = client.get("/events", headers=auth()).json()["cursor"]
    answers: list[httpx.Response] = []
    parked = park_detector(relay, monkeypatch)

    def poll() -> None:
        with httpx.Client(base_url=relay.url, timeout=30) as other:
            answers.append(other.get("/events", params={"after": cursor, "wait": 20}, headers=auth()))

    poller = threading.Thread(target=poll)
    started = time.monotonic()
    poller.start()
    assert parked.wait(10), "the long poll never started waiting"
    token = post_sent_fax(client)
    poller.join(15)
    assert [e["token"] for e in answers[0].json()["events"]] == [token]
    assert time.monotonic() - started < 10  # woke up on the event, not at the 20 s deadline


def test_long_poll_times_out_empty(client: httpx.Client) -> None:
    body = client.get("/events", params={"wait": 0.3}, headers=auth()).json()
    assert body["events"] == [] and body["cursor"] == 0


@pytest.mark.parametrize("query", [{"after": "-1"}, {"after": "x"}, {"after": "²"},
                                   {"after": "9" * 30}, {"wait": "61"}, {"wait": "soon"},
                                   {"wait": "nan"}, {"limit": "0"}])
def test_bad_query_parameters_are_400(client: httpx.Client, query: dict) -> None:
    assert client.get("/events", params=query, headers=auth()).status_code == 400


def read_stream(relay: RunningRelay, headers: dict[str, str], count: int) -> list[tuple[str, str | None]]:
    """(event type, id) of the first ``count`` SSE messages (the hello included)."""
    seen: list[tuple[str, str | None]] = []
    decoder = SSEDecoder()
    with httpx.stream("GET", relay.url + "/events/stream", headers={**auth(), **headers},
                      params={"heartbeat": "0.2"}, timeout=10) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            seen.extend((m.event, m.id) for m in decoder.feed(line))
            if len(seen) >= count and decoder.comments >= 1:
                break
    return seen


def test_sse_streams_events_and_resumes_after_last_event_id(
    client: httpx.Client, relay: RunningRelay
) -> None:
    for _ in range(4):
        post_sent_fax(client)
    ids = [str(row[0]) for row in db_rows(relay.data_dir)]
    everything = read_stream(relay, {}, 5)
    assert everything == [("hello", None)] + [("message", i) for i in ids]
    resumed = read_stream(relay, {"Last-Event-ID": ids[1]}, 3)
    assert resumed == [("hello", None)] + [("message", i) for i in ids[2:]]


def test_documents_are_served_decrypted_and_unknown_ids_are_404(
    client: httpx.Client, relay: RunningRelay
) -> None:
    pdf = phi_pdf()
    post_received_fax(client, pdf)
    [event] = client.get("/events", headers=auth()).json()["events"]
    assert client.get(f"/files/{event['file_id']}", headers=auth()).content == pdf
    assert client.get("/files/" + "a" * 32, headers=auth()).status_code == 404
    assert client.get("/files/..%2Frelay.sqlite3", headers=auth()).status_code == 404


def test_retention_purges_old_events_and_their_documents(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "relay-data", retention_days=7)
    with BackgroundServer(create_app(settings)) as server, httpx.Client(base_url=server.url) as client:
        old_token = post_received_fax(client)
        new_token_ = post_sent_fax(client)
    files = list((settings.data_dir / "files").iterdir())
    assert len(files) == 1
    conn = sqlite3.connect(settings.data_dir / "relay.sqlite3")
    with conn:
        eight_days_ago = int((time.time() - 8 * 86400) * 1000)
        conn.execute("UPDATE events SET received_at_ms = ? WHERE token = ?", (eight_days_ago, old_token))
    conn.close()
    (settings.data_dir / "files" / ("b" * 32 + ".sealed")).write_bytes(b"orphan of a crash")
    (settings.data_dir / "files" / ".tmp-half-written").write_bytes(b"partial")
    with BackgroundServer(create_app(settings)) as server, httpx.Client(base_url=server.url) as client:
        events = client.get("/events", headers=auth()).json()["events"]
    assert [e["token"] for e in events] == [new_token_]
    assert list((settings.data_dir / "files").iterdir()) == []
