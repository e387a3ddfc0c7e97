"""The simulated carrier (outcome classes, 5 attempts, ordered timestamps) and its callbacks."""

from __future__ import annotations

import json
import logging

import pytest

from medsender_desktop import wire
from medsender_desktop.sandbox import store_accounts, store_faxes
from medsender_desktop.sandbox.timeutil import parse_iso
from tests.waiting import wait_until

from .conftest import Receiver, Sandbox


def _ordered(fax: dict) -> None:
    times = [parse_iso(fax["sentAt"])]
    for attempt in fax["attempts"]:
        times += [parse_iso(attempt["startedAt"]), parse_iso(attempt["endedAt"])]
    times.append(parse_iso(fax["completedAt"]))
    assert times == sorted(times), fax


@pytest.mark.parametrize(("to_number", "status", "attempts", "results"), [
    ("(646) 555-0123", "success", 1, ["success"]),
    ("(646) 555-0002", "success", 3, ["no_answer", "no_answer", "success"]),
    ("(646) 554-0002", "success", 3, ["busy", "busy", "success"]),
    ("(646) 555-0000", "failure", 5, ["no_answer"] * 5),
    ("(646) 554-0000", "failure", 5, ["busy"] * 5),
])
def test_outcome_classes(sandbox: Sandbox, pdf: bytes, receiver: Receiver, to_number: str,
                         status: str, attempts: int, results: list[str]) -> None:
    number = sandbox.number(callback_url=receiver.url("numbers"))
    token = sandbox.send(pdf, to_number, number["number"], document_type="document_only")
    fax = sandbox.wait_sent(token)
    assert fax["sentStatus"] == status
    assert [a["attempt"] for a in fax["attempts"]] == list(range(1, attempts + 1))
    assert [a["result"] for a in fax["attempts"]] == results
    _ordered(fax)
    if status == "failure":
        details = fax["errorDetails"]
        assert details["code"] == results[0] and details["attempts"] == 5
        assert "5 attempts" in details["message"]
    else:
        assert fax["errorDetails"] is None
    hit = receiver.wait("numbers")[0]
    details = Receiver.details(hit)
    assert details["sendToken"] == token and details["sentStatus"] == status
    assert details["completedAt"] == fax["completedAt"]


def test_fax_passes_through_queued_and_inprogress(make_sandbox, pdf: bytes) -> None:
    sandbox = make_sandbox(speed="fast")
    number = sandbox.number()
    token = sandbox.send(pdf, "6465550002", number["number"], document_type="document_only")
    assert sandbox.client.get(f"/sent_faxes/{token}").json()["sentStatus"] == "queued"
    fax = sandbox.wait_sent(token, lambda f: f["sentStatus"] == "inprogress")
    assert fax["completedAt"] is None and fax["attempts"][0]["endedAt"] is None


def test_sent_callback_is_form_encoded_signed_and_verifiable(sandbox: Sandbox, pdf: bytes,
                                                            receiver: Receiver) -> None:
    number = sandbox.number(callback_url=receiver.url("number"))
    token = sandbox.send(pdf, "2125550177", number["number"], callback_url=receiver.url("fax"),
                         patient_name="Maria Lopez")
    hit = receiver.wait("fax")[0]
    assert receiver.on("number") == []  # the request's own callback URL wins
    assert hit.headers["content-type"] == "application/x-www-form-urlencoded"
    details = Receiver.details(hit)
    assert details["patientName"] == "Maria Lopez" and details["isTest"] is True
    assert details["secureLink"].startswith(sandbox.url)  # recordDetails is what GET returns
    signature = hit.headers[wire.SIGNATURE_HEADER.lower()]
    assert signature == signature.lower() and len(signature) == 64
    token_, completed = wire.callback_token("sent_fax", details)
    assert token_ == token
    assert wire.verify_signature(sandbox.api_key, token_, completed, signature)
    assert not wire.verify_signature("sk_test_other", token_, completed, signature)
    assert not wire.verify_signature(sandbox.api_key, token_, completed + "x", signature)


def test_failed_callbacks_are_retried_with_the_same_event(sandbox: Sandbox, pdf: bytes,
                                                         receiver: Receiver) -> None:
    receiver.fail["flaky"] = 2
    number = sandbox.number(callback_url=receiver.url("flaky"))
    token = sandbox.send(pdf, "2125550177", number["number"])
    delivered = receiver.wait("flaky")
    hits = receiver.on("flaky")
    assert [h.status for h in hits] == [500, 500, 200] and len(delivered) == 1
    # every retry carries the same event and signature: the receiver can deduplicate (only
    # the secure link is fresh, valid 5 minutes from each delivery)
    bodies = [Receiver.details(h) for h in hits]
    assert all(b.pop("secureLink").startswith(sandbox.url) for b in bodies)
    assert bodies[0] == bodies[1] == bodies[2]
    assert len({h.headers[wire.SIGNATURE_HEADER.lower()] for h in hits}) == 1
    assert Receiver.details(hits[0])["sendToken"] == token


def test_callbacks_give_up_after_bounded_attempts(sandbox: Sandbox, pdf: bytes,
                                                 receiver: Receiver) -> None:
    receiver.fail["down"] = 1000
    number = sandbox.number(callback_url=receiver.url("down"))
    sandbox.send(pdf, "2125550177", number["number"])
    limit = sandbox.state.timing.callback_attempts
    receiver.wait("down", count=limit, status=500)
    wait_until(lambda: sandbox.state.db.call_sync(
        lambda conn: conn.execute("SELECT status FROM callbacks").fetchone()[0]),
        ready=lambda status: status == "failed")
    assert len(receiver.on("down")) == limit


def test_unreachable_callback_url_does_not_stop_others(sandbox: Sandbox, pdf: bytes,
                                                      receiver: Receiver) -> None:
    dead = sandbox.number(callback_url="http://127.0.0.1:9/nothing-listens-here")
    alive = sandbox.number(callback_url=receiver.url("alive"))
    sandbox.send(pdf, "2125550177", dead["number"])
    token = sandbox.send(pdf, "2125550178", alive["number"])
    assert Receiver.details(receiver.wait("alive")[0])["sendToken"] == token


def test_received_fax_callback_is_multipart_with_pdf_and_sets_callback_status(
        sandbox: Sandbox, pdf: bytes, receiver: Receiver) -> None:
    receiver.fail["inbox"] = 1
    number = sandbox.number(callback_url=receiver.url("inbox"))
    response = sandbox.client.post("/sandbox/received_faxes", data={
        "to_number": number["number"], "from_number": "9175550100", "caller_name": "Clinic"},
        files={"file": ("in.pdf", pdf, "application/pdf")})
    token = response.json()["faxId"]
    first = sandbox.client.get(f"/received_faxes/{token}").json()
    assert first["callbackStatus"] in ("pending", "success")
    hit = receiver.wait("inbox")[0]
    assert hit.headers["content-type"].startswith("multipart/form-data")
    assert hit.files["file"] == pdf
    details = json.loads(hit.form["recordDetails"])
    assert details["sendToken"] == token and details["numPages"] == 2
    signature = hit.headers[wire.SIGNATURE_HEADER.lower()]
    assert wire.verify_signature(sandbox.api_key, *wire.callback_token(
        "received_fax", details), signature)
    fax = wait_until(lambda: sandbox.client.get(f"/received_faxes/{token}").json(),
                   ready=lambda f: f["callbackStatus"] == "success")
    assert fax["fromNumber"] == "+19175550100" and fax["callerName"] == "Clinic"
    listed = sandbox.client.get("/received_faxes", params={
        "is_test": "true", "callback_status": "success"}).json()["receivedFaxes"]
    assert [f["sendToken"] for f in listed] == [token]


def test_received_fax_without_any_callback_url_is_marked_failed(sandbox: Sandbox,
                                                                pdf: bytes) -> None:
    number = sandbox.number()
    token = sandbox.client.post("/sandbox/received_faxes", data={"to_number": number["number"]},
                                files={"file": ("in.pdf", pdf)}).json()["faxId"]
    wait_until(lambda: sandbox.client.get(f"/received_faxes/{token}").json(),
             ready=lambda f: f["callbackStatus"] == "failed")


def test_default_callback_url_serves_numbers_without_one(make_sandbox, pdf: bytes,
                                                        receiver: Receiver) -> None:
    sandbox = make_sandbox(default_callback_url=receiver.url("relay"))
    number = sandbox.number()
    token = sandbox.send(pdf, "2125550177", number["number"])
    assert Receiver.details(receiver.wait("relay")[0])["sendToken"] == token


def test_a_broken_job_fails_alone_and_logs_no_phi(sandbox: Sandbox, pdf: bytes,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    number = sandbox.number()
    db = sandbox.state.db
    db.call_sync(store_accounts.save_document, "broken", "pdf", 1, b"%PDF-1.7 damaged")
    row = {
        "token": "b0000000000b", "is_test": 1, "record_status": "activated",
        "sent_status": "queued", "from_number": number["number"], "to_number": "+16465550123",
        "patient_name": "Zelda Quixote", "document_type": "both", "document_sha": "broken",
        "num_pages": 2, "access_code": "ZZZZ2222", "sent_at": "2024-01-01T00:00:00.000Z",
        "expiry": "2024-01-31T00:00:00.000Z", "attempts": [], "next_step_at": 0.0,
    }
    with caplog.at_level(logging.INFO):
        db.call_sync(store_faxes.insert_sent, row)
        sandbox.state.wake_carrier()
        good = sandbox.send(pdf, "2125550177", number["number"])
        broken = sandbox.wait_sent("b0000000000b")
        assert sandbox.wait_sent(good)["sentStatus"] == "success"
    assert broken["sentStatus"] == "failure"
    assert broken["errorDetails"]["code"] == "sandbox_error"
    assert "carrier step failed" in caplog.text
    assert "Zelda" not in caplog.text and "+1646" not in caplog.text
