"""Inbound callbacks over real loopback HTTP: accepted, refused, idempotent."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from medsender_desktop import wire
from tests.integration.relay.conftest import RunningRelay
from tests.integration.relay.support import (
    Callback,
    auth,
    db_rows,
    email_details,
    new_token,
    now_iso,
    phi_pdf,
    received_fax_details,
    sample_callbacks,
    sent_fax_details,
    snapshot,
)


def all_events(client: httpx.Client) -> list[dict]:
    response = client.get("/events", headers=auth())
    assert response.status_code == 200
    return response.json()["events"]


@pytest.mark.parametrize("path_style", ["per-kind", "one-url"])
def test_each_kind_becomes_an_event_with_its_payload_and_file(
    relay: RunningRelay, client: httpx.Client, path_style: str
) -> None:
    pdf = phi_pdf()
    callbacks = sample_callbacks(pdf)
    for callback in callbacks:
        path = f"/callbacks/{callback.kind}" if path_style == "per-kind" else "/callbacks"
        response = client.post(path, **callback.request_kwargs())
        assert response.status_code == 200, response.text
        assert response.json()["duplicate"] is False

    events = all_events(client)
    assert [(e["kind"], e["token"]) for e in events] == [(c.kind, c.token) for c in callbacks]
    for event, callback in zip(events, callbacks, strict=True):
        assert event["payload"] == callback.details
    assert [e["status"] for e in events] == ["success", "success", "success", "completed"]
    fax = events[1]
    assert fax["file_id"] and all(e["file_id"] is None for i, e in enumerate(events) if i != 1)
    document = client.get(f"/files/{fax['file_id']}", headers=auth())
    assert document.status_code == 200
    assert document.headers["content-type"] == "application/pdf"
    assert document.content == pdf


def test_snake_case_details_are_accepted(client: httpx.Client) -> None:
    token = new_token()
    details = {"send_token": token, "completed_at": now_iso(), "sent_status": "failure"}
    response = client.post("/callbacks/sent_fax", **Callback("sent_fax", details).request_kwargs())
    assert response.status_code == 200
    [event] = all_events(client)
    assert (event["token"], event["status"]) == (token, "failure")


def test_a_received_fax_failure_without_a_file_is_inferred_from_its_status(
    client: httpx.Client,
) -> None:
    details = received_fax_details(new_token()) | {"faxStatus": "failure"}
    response = client.post("/callbacks", **Callback("received_fax", details).request_kwargs())
    assert response.status_code == 200
    [event] = all_events(client)
    assert (event["kind"], event["status"], event["file_id"]) == ("received_fax", "failure", None)


def assert_no_trace(relay: RunningRelay, before: dict[str, bytes], token: str) -> None:
    assert db_rows(relay.data_dir) == []
    after = snapshot(relay.data_dir)
    assert after == before
    assert not any(token.encode() in data for data in after.values())


@pytest.mark.parametrize("forgery", ["forged", "missing", "stale-content", "wrong-key", "expired"])
def test_bad_signatures_get_401_and_leave_no_trace(
    relay: RunningRelay, client: httpx.Client, forgery: str
) -> None:
    before = snapshot(relay.data_dir)
    token = new_token()
    details = received_fax_details(token)
    callback = Callback("received_fax", details, file=phi_pdf())
    if forgery == "forged":
        callback = Callback("received_fax", details, file=phi_pdf(), signature="ab" * 32)
    elif forgery == "missing":
        callback = Callback("received_fax", details, file=phi_pdf(), signature="")
    elif forgery == "stale-content":  # a genuine signature, but for an earlier completedAt
        earlier = wire.sign(callback_key(), token, now_iso(timedelta(minutes=-5)))
        callback = Callback("received_fax", details, file=phi_pdf(), signature=earlier)
    elif forgery == "wrong-key":
        wrong = wire.sign("sk_test_someone_else", token, details["completedAt"])
        callback = Callback("received_fax", details, file=phi_pdf(), signature=wrong)
    elif forgery == "expired":  # correctly signed, but older than the 30-day retention window
        old = received_fax_details(token, completed_at=now_iso(timedelta(days=-31)))
        callback = Callback("received_fax", old, file=phi_pdf())
    for path in ("/callbacks/received_fax", "/callbacks"):
        response = client.post(path, **callback.request_kwargs())
        assert response.status_code == 401
        assert token not in response.text
    assert_no_trace(relay, before, token)
    assert all_events(client) == []


def callback_key() -> str:
    from tests.integration.relay.support import API_KEY

    return API_KEY


def test_a_replayed_callback_yields_one_event(relay: RunningRelay, client: httpx.Client) -> None:
    callback = Callback("received_fax", received_fax_details(new_token()), file=phi_pdf())
    answers = [client.post("/callbacks", **callback.request_kwargs()) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a.json()["duplicate"] for a in answers] == [False, True, True]
    assert len({a.json()["event_id"] for a in answers}) == 1
    assert len(db_rows(relay.data_dir)) == 1
    assert len(list((relay.data_dir / "files").iterdir())) == 1  # no document left behind


def test_a_new_status_for_the_same_token_is_a_new_event(client: httpx.Client) -> None:
    token = new_token()
    for status in ("failure", "success", "success"):
        callback = Callback("sent_fax", sent_fax_details(token, status=status))
        assert client.post("/callbacks/sent_fax", **callback.request_kwargs()).status_code == 200
    assert [e["status"] for e in all_events(client)] == ["failure", "success"]


def malformed_requests() -> Iterator[tuple[str, dict]]:
    token = new_token()
    good = sent_fax_details(token)
    signature = {wire.SIGNATURE_HEADER: wire.sign(callback_key(), token, good["completedAt"])}
    yield "not json", {"data": {"recordDetails": "{not json"}, "headers": signature}
    yield "json list", {"data": {"recordDetails": "[1, 2]"}, "headers": signature}
    yield "no details", {"data": {"somethingElse": "x"}, "headers": signature}
    yield "json body", {"json": {"recordDetails": good}, "headers": signature}
    yield "no token", {"data": {"recordDetails": json.dumps({"completedAt": good["completedAt"]})},
                       "headers": signature}
    yield "bad multipart", {"content": b"--x\r\nnonsense", "headers": {
        **signature, "content-type": "multipart/form-data; boundary=x"}}
    yield "no boundary", {"content": b"abc", "headers": {
        **signature, "content-type": "multipart/form-data"}}


@pytest.mark.parametrize(("name", "kwargs"), list(malformed_requests()),
                         ids=[n for n, _ in malformed_requests()])
def test_malformed_bodies_are_refused_with_400(
    relay: RunningRelay, client: httpx.Client, name: str, kwargs: dict
) -> None:
    response = client.post("/callbacks/sent_fax", **kwargs)
    assert response.status_code == 400, name
    assert response.json()["error"]["status"] == 400
    assert db_rows(relay.data_dir) == []


def test_a_file_on_a_sent_fax_callback_is_refused(client: httpx.Client) -> None:
    callback = Callback("sent_fax", sent_fax_details(new_token()), file=b"%PDF-1.4 x")
    assert client.post("/callbacks/sent_fax", **callback.request_kwargs()).status_code == 400


def test_unknown_kind_is_404(client: httpx.Client) -> None:
    callback = Callback("sent_fax", sent_fax_details(new_token()))
    assert client.post("/callbacks/fax", **callback.request_kwargs()).status_code == 404


def signed_multipart_head(relay: RunningRelay, length_header: str) -> tuple[bytes, bytes]:
    token = new_token()
    details = received_fax_details(token)
    signature = wire.sign(callback_key(), token, details["completedAt"])
    boundary = "relayboundary"
    preamble = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"recordDetails\"\r\n\r\n"
        f"{json.dumps(details)}\r\n--{boundary}\r\nContent-Disposition: form-data; "
        f"name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
    ).encode()
    head = (
        f"POST /callbacks/received_fax HTTP/1.1\r\nHost: {relay.server.host}\r\n"
        f"{wire.SIGNATURE_HEADER}: {signature}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\n{length_header}\r\n\r\n"
    ).encode()
    return head, preamble


def read_status(sock: socket.socket) -> int:
    answer = b""
    while b"\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    return int(answer.split(b" ", 2)[1])


def test_a_declared_oversized_body_is_refused_before_it_is_sent(relay: RunningRelay) -> None:
    limit = relay.settings.max_body_bytes
    head, _ = signed_multipart_head(relay, f"Content-Length: {limit + 1}")
    with socket.create_connection((relay.server.host, relay.server.port), timeout=10) as sock:
        sock.sendall(head)  # not one byte of the body
        assert read_status(sock) == 413
    assert db_rows(relay.data_dir) == []


def test_an_oversized_stream_is_cut_off_while_streaming(relay: RunningRelay) -> None:
    """Chunked body with no length: the relay answers 413 once 25 MB have passed, without
    waiting for the end (this client would send 60 MB), and closes the connection."""
    limit = relay.settings.max_body_bytes
    head, preamble = signed_multipart_head(relay, "Transfer-Encoding: chunked")
    chunk = b"%PDF" + b"\0" * (256 * 1024 - 4)
    sent = 0
    sent_when_answered: list[int] = []
    statuses: list[int] = []
    with socket.create_connection((relay.server.host, relay.server.port), timeout=10) as sock:

        def read_answer() -> None:
            statuses.append(read_status(sock))
            sent_when_answered.append(sent)

        reader = threading.Thread(target=read_answer)
        sock.sendall(head + f"{len(preamble):x}\r\n".encode() + preamble + b"\r\n")
        reader.start()
        try:
            while sent < 60 * 1024 * 1024 and not statuses:
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                sent += len(chunk)
        except OSError:  # the relay closed the connection after its 413
            pass
        reader.join(10)
    assert statuses == [413]
    # Not before the limit: by the answer, the body (preamble + chunks, counting the chunk whose
    # sendall may not have been added to `sent` yet) had passed 25 MB; and long before 60 MB.
    assert len(preamble) + sent_when_answered[0] + len(chunk) > limit
    assert sent_when_answered[0] < limit + 16 * 1024 * 1024
    assert db_rows(relay.data_dir) == []
    assert list((relay.data_dir / "files").iterdir()) == []


def test_a_body_just_under_the_limit_is_accepted(relay: RunningRelay, client: httpx.Client) -> None:
    pdf = phi_pdf()
    filler = b"\n%" + b"f" * (relay.settings.max_body_bytes - len(pdf) - 4096)
    callback = Callback("received_fax", received_fax_details(new_token()), file=pdf + filler)
    response = client.post("/callbacks/received_fax", **callback.request_kwargs())
    assert response.status_code == 200
    [event] = all_events(client)
    assert client.get(f"/files/{event['file_id']}", headers=auth()).content == pdf + filler


def test_email_callback_at_the_one_url_is_classified_as_email(client: httpx.Client) -> None:
    callback = Callback("email", email_details(new_token()))
    assert client.post("/callbacks", **callback.request_kwargs()).status_code == 200
    assert [e["kind"] for e in all_events(client)] == ["email"]
