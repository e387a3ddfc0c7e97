"""Hostile callbacks and requests over real loopback HTTP: refused clearly, never a 500, never a
poisoned store, never memory held by a client that stalls."""

from __future__ import annotations

import asyncio
import json
import select
import socket
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.relay import create_app
from medsender_desktop.relay.events import EventStore, IncomingEvent
from medsender_desktop.relay.sealing import Sealer
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.conftest import RunningRelay
from tests.integration.relay.process import RelayProcess
from tests.integration.relay.support import (
    API_KEY,
    ENCRYPTION_KEY,
    PATIENT_NAME,
    Callback,
    auth,
    db_rows,
    new_token,
    phi_pdf,
    received_fax_details,
    sent_fax_details,
    settings_for,
)


def signed_raw(details_text: str, token: str, completed_at: str) -> dict:
    """A signed sent-fax callback whose recordDetails is exactly ``details_text``."""
    return {"data": {"recordDetails": details_text},
            "headers": {wire.SIGNATURE_HEADER: wire.sign(API_KEY, token, completed_at)}}


# --- defect 1: non-finite numbers and invalid Unicode -------------------------------------------
@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("NaN", float("nan"), "NaN"),
    ("Infinity", float("inf"), "Infinity"),
    ("overflow", None, "1e999"),
    ("lone surrogate", "\ud800", None),
])
def test_non_finite_numbers_and_lone_surrogates_are_refused(
    relay: RunningRelay, client: httpx.Client, name: str, value: object, fragment: str | None
) -> None:
    token = new_token()
    details = sent_fax_details(token)
    text = json.dumps({**details, "patientName": value})  # json.dumps writes NaN, "\ud800"
    if fragment == "1e999":
        text = text.replace('"patientName": null', '"patientName": 1e999')
    response = client.post("/callbacks/sent_fax", **signed_raw(text, token, details["completedAt"]))
    assert response.status_code == 400, name
    message = response.json()["error"]["message"]
    assert "recordDetails" in message and ("number" in message or "Unicode" in message), message
    assert db_rows(relay.data_dir) == []
    assert client.get("/events", headers=auth()).status_code == 200


def test_events_survive_rows_poisoned_before_the_fix(tmp_path: Path) -> None:
    """Rows stored by an older relay (NaN, lone surrogate, a damaged ciphertext) are sanitised
    or skipped: /events and the stream keep answering, and the good events still arrive."""
    data_dir = tmp_path / "relay-data"
    store = EventStore(data_dir, Sealer(ENCRYPTION_KEY), lambda: None)

    async def fill() -> None:
        for token, value in (("tok-nan", float("nan")), ("tok-sur", "\ud800"), ("tok-bad", "x"),
                             ("tok-good", PATIENT_NAME)):
            await store.add(IncomingEvent("sent_fax", token, "success",
                                          {"sendToken": token, "patientName": value}, None))

    asyncio.run(fill())
    store.close()
    conn = sqlite3.connect(data_dir / "relay.sqlite3")
    conn.execute("UPDATE events SET payload = x'01deadbeef' WHERE token = 'tok-bad'")
    conn.commit()
    conn.close()
    with BackgroundServer(create_app(settings_for(data_dir)), name="relay") as server, \
            httpx.Client(base_url=server.url, timeout=10) as http:
        response = http.get("/events", headers=auth())
        assert response.status_code == 200, response.text
        events = {e["token"]: e for e in response.json()["events"]}
        assert events["tok-nan"]["payload"]["patientName"] is None
        assert events["tok-sur"]["payload"]["patientName"] == "\ufffd"
        assert events["tok-bad"]["payload"] == {}
        assert events["tok-bad"]["payload_unreadable"] is True
        assert events["tok-good"]["payload"]["patientName"] == PATIENT_NAME
        with http.stream("GET", "/events/stream", headers=auth()) as stream:
            seen = 0
            for line in stream.iter_lines():
                if line.startswith("data:") and '"token"' in line:
                    json.loads(line[5:], parse_constant=pytest.fail)  # strict: no NaN
                    seen += 1
                    if seen == 4:
                        break
        assert seen == 4


# --- defect 4: a cut-off multipart body ---------------------------------------------------------
def test_a_cut_off_multipart_body_is_refused_and_the_full_retry_is_stored(
    relay: RunningRelay, client: httpx.Client
) -> None:
    pdf = phi_pdf()
    callback = Callback("received_fax", received_fax_details(new_token()), file=pdf)
    request = client.build_request("POST", "/callbacks/received_fax", **callback.request_kwargs())
    body = request.read()
    closing = body.rindex(b"\r\n--")
    assert body[closing:].rstrip().endswith(b"--")
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    cut = client.post("/callbacks/received_fax", content=body[:closing], headers=headers)
    assert cut.status_code == 400
    assert "completely" in cut.json()["error"]["message"]
    assert db_rows(relay.data_dir) == []
    full = client.post("/callbacks/received_fax", content=body, headers=headers)
    assert full.status_code == 200 and full.json()["duplicate"] is False
    [event] = client.get("/events", headers=auth()).json()["events"]
    assert client.get(f"/files/{event['file_id']}", headers=auth()).content == pdf


# --- defect 6: 500s on odd bodies ----------------------------------------------------------------
def test_an_overlong_multipart_boundary_is_400(relay: RunningRelay, client: httpx.Client) -> None:
    boundary = "b" * 300
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"recordDetails\"\r\n\r\n{{}}"
            f"\r\n--{boundary}--\r\n").encode()
    response = client.post("/callbacks/sent_fax", content=body, headers={
        wire.SIGNATURE_HEADER: "ab" * 32,
        "content-type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 400
    assert "boundary" in response.json()["error"]["message"]


@pytest.mark.parametrize(("opener", "closer"), [("[", "]"), ('{"a":', "}")])
def test_deeply_nested_record_details_are_400(
    relay: RunningRelay, client: httpx.Client, opener: str, closer: str
) -> None:
    token = new_token()
    details = sent_fax_details(token)
    nested = json.dumps(details)[:-1] + ', "x": ' + opener * 100_000 + "1" + closer * 100_000 + "}"
    response = client.post("/callbacks/sent_fax", **signed_raw(nested, token, details["completedAt"]))
    assert response.status_code == 400
    assert "nested" in response.json()["error"]["message"]
    assert db_rows(relay.data_dir) == []


# --- defect 5: signature pre-check before buffering; a deadline on reading -----------------------
def address(relay: RunningRelay | RelayProcess) -> tuple[str, int]:
    if isinstance(relay, RelayProcess):
        return "127.0.0.1", relay.port
    return relay.server.host, relay.server.port


def raw_exchange(relay: RunningRelay | RelayProcess, head: bytes, body_parts: Iterable[bytes] = (),
                 timeout: float = 10.0, pace: float = 0.0) -> tuple[int, float]:
    """Send ``head``, then the body parts ``pace`` seconds apart until the relay answers;
    returns (status, seconds until the answer arrived)."""
    started = time.monotonic()
    with socket.create_connection(address(relay), timeout=timeout) as sock:
        sock.sendall(head)
        for part in body_parts:
            if select.select([sock], [], [], pace)[0]:  # answered: stop sending
                break
            try:
                sock.sendall(part)
            except OSError:  # the relay closed the connection after answering
                break
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split(b" ", 2)[1]), time.monotonic() - started


def head_for(relay: RunningRelay | RelayProcess, signature: str, length: int) -> bytes:
    return (f"POST /callbacks/received_fax HTTP/1.1\r\nHost: {address(relay)[0]}\r\n"
            f"{wire.SIGNATURE_HEADER}: {signature}\r\n"
            "Content-Type: multipart/form-data; boundary=xyz\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()


@pytest.mark.parametrize("signature", ["x", "not-hex-" * 8, "ab" * 31, "ab" * 33, "ab" * 32 + "=="])
def test_a_misshapen_signature_is_refused_before_the_body_is_read(
    relay: RunningRelay, signature: str
) -> None:
    # 10 MB announced, not one byte sent: the answer cannot depend on the body.
    status, _ = raw_exchange(relay, head_for(relay, signature, 10_000_000), timeout=5)
    assert status == 401


@pytest.fixture
def impatient_relay(tmp_path: Path) -> Iterator[RunningRelay]:
    settings = settings_for(tmp_path / "relay-data", body_timeout_seconds=1.0)
    app = create_app(settings)
    server = BackgroundServer(app, name="relay").start()
    try:
        yield RunningRelay(server, settings)
    finally:
        app.close_streams()
        server.stop()


def test_a_stalled_upload_is_cut_off_at_the_deadline(impatient_relay: RunningRelay) -> None:
    status, elapsed = raw_exchange(impatient_relay, head_for(impatient_relay, "ab" * 32, 1_000_000),
                                   iter([b"--xyz\r\n"]), timeout=10)
    assert status == 408
    assert elapsed < 5


def test_a_trickled_upload_is_cut_off_at_the_total_deadline(impatient_relay: RunningRelay) -> None:
    """One byte every 0.2 s never trips a per-read timeout; the total deadline (1 s) does."""

    valid_start = (b'--xyz\r\nContent-Disposition: form-data; name="recordDetails"\r\n\r\n'
                   + b"a" * 50)
    trickle = (valid_start[i : i + 1] for i in range(len(valid_start)))  # 0.2 s apart: 25 s
    status, elapsed = raw_exchange(impatient_relay, head_for(impatient_relay, "ab" * 32, 1_000),
                                   trickle, timeout=15, pace=0.2)
    assert status == 408
    assert elapsed < 5
    assert db_rows(impatient_relay.data_dir) == []


# --- defect 9: no redirect built from Host; token first ------------------------------------------
@pytest.mark.parametrize("path", ["/files/abc/", "/events/", "/events/stream/", "/nowhere"])
def test_trailing_slash_paths_check_the_token_and_never_redirect(
    client: httpx.Client, path: str
) -> None:
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 401
    assert "location" not in response.headers
    with_token = client.get(path, headers={**auth(), "Host": "evil.example"})
    assert with_token.status_code == 404
    assert "location" not in with_token.headers


def test_the_body_limits_of_a_relay_process_come_from_its_flag_and_environment(
        tmp_path: Path) -> None:
    """``medsender-relay --body-timeout 1`` with ``MEDSENDER_RELAY_MAX_BODY_MB=1``: a 2 MB
    callback is refused before its body is read, a stalled one is cut off after 1 s."""
    process = RelayProcess(tmp_path / "relay-data", args=("--body-timeout", "1"),
                           env={"MEDSENDER_RELAY_MAX_BODY_MB": "1"}).start()
    try:
        status, _ = raw_exchange(process, head_for(process, "ab" * 32, 2 * 1024 * 1024), timeout=5)
        assert status == 413
        status, elapsed = raw_exchange(process, head_for(process, "ab" * 32, 500_000),
                                       iter([b"--xyz\r\n"]), timeout=10)
        assert status == 408 and elapsed < 5
    finally:
        process.stop()
