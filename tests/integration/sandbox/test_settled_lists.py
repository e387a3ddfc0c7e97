"""API-CONTRACT.md "Points settled", in the lists and inbound faxes: client membership at
arrival, name filters, UTC date filters, bad parameters, a page past the end, and a failed
inbound fax. Each test runs against the real sandbox over loopback in both dialects."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker, generate_document
from medsender_desktop.sandbox import store_faxes

from .conftest import Receiver, Sandbox
from .settled import get, plain, receive, refused_field, tokens


def _link_number(sandbox: Sandbox, number_id: str, client_id: str) -> None:
    response = sandbox.client.patch(f"/fax_numbers/{number_id}", data={"client_id": client_id})
    assert response.status_code == 200, response.text


def test_a_received_fax_belongs_to_the_client_of_its_number_at_arrival(
        any_sandbox: Sandbox, pdf: bytes) -> None:
    sandbox = any_sandbox
    first, second = (plain(sandbox.client.post("/clients", data={"name": n}).json())["client"][
        "client_id"] for n in ("Riverside", "Lakeview"))
    number = sandbox.number()
    _link_number(sandbox, number["id"], first)
    before = receive(sandbox, number["number"], pdf)
    _link_number(sandbox, number["id"], second)  # future faxes go to Lakeview, past ones stay
    after = receive(sandbox, number["number"], pdf)
    assert get(sandbox, f"/received_faxes/{before}")["client"] == first
    assert get(sandbox, f"/received_faxes/{after}")["client"] == second
    assert tokens(sandbox, "/received_faxes", client=first) == [before]
    assert tokens(sandbox, "/received_faxes", client=second) == [after]


def test_name_filters_match_case_insensitively_on_a_substring(any_sandbox: Sandbox,
                                                              pdf: bytes) -> None:
    sandbox = any_sandbox
    number = sandbox.number()
    names = [("María PEÑA-López", "Dr. Helen Marsh", "Medical Records"),
             ("James Whitfield", "DR. ÖMER ŞAHIN", "Intake Coordinator")]
    sent = [sandbox.send(pdf, "2125550177", number["number"], patient_name=patient,
                         sender_name=sender, recipient_name=recipient)
            for patient, sender, recipient in names]
    for name, expected in (("peña", [sent[0]]), ("PEÑA-LÓPEZ", [sent[0]]), ("whit", [sent[1]]),
                           ("a", sent[::-1]), ("garcía", [])):
        assert tokens(sandbox, "/sent_faxes", patient_name=name) == expected, name
    assert tokens(sandbox, "/sent_faxes", sender_name="ömer şahin") == [sent[1]]
    assert tokens(sandbox, "/sent_faxes", sender_name="helen") == [sent[0]]
    assert tokens(sandbox, "/sent_faxes", recipient_name="CORDS") == [sent[0]]
    lab = receive(sandbox, number["number"], pdf, caller_name="Harbor Clinical LABORATORY")
    receive(sandbox, number["number"], pdf, caller_name="Northgate Cardiology")
    for name in ("clinical lab", "HARBOR", "laboratory"):
        assert tokens(sandbox, "/received_faxes", caller_name=name) == [lab], name


def _stamp(sandbox: Sandbox, table: str, token: str, when: str) -> None:
    column = "sent_at"  # a received fax's sent_at column is its arrival time (receivedAt)
    sandbox.state.db.call_sync(lambda conn: conn.execute(
        f"UPDATE {table} SET {column} = ? WHERE token = ?", (when, token)))


def test_date_filters_and_ordering_use_sent_at_and_received_at_in_utc(
        any_sandbox: Sandbox, pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two records 1 hour apart across midnight UTC, while the machine's clock is in New York
    (where both fall on the same local day): the filters count UTC days."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        sandbox = any_sandbox
        number = sandbox.number()
        late, early = "2024-03-10T23:30:00.000Z", "2024-03-11T00:30:00.000Z"
        for table, path in (("sent_faxes", "/sent_faxes"), ("received_faxes", "/received_faxes")):
            if table == "sent_faxes":
                made = [sandbox.send(pdf, "2125550177", number["number"]) for _ in range(2)]
                for token in made:
                    sandbox.wait_sent(token)
            else:
                made = [receive(sandbox, number["number"], pdf) for _ in range(2)]
            _stamp(sandbox, table, made[0], late)
            _stamp(sandbox, table, made[1], early)
            key = "sent_at" if table == "sent_faxes" else "received_at"
            assert get(sandbox, f"{path}/{made[0]}")[key] == late
            assert tokens(sandbox, path, date_start="2024-03-10", date_end="2024-03-10") == [
                made[0]]
            assert tokens(sandbox, path, date_start="2024-03-11", date_end="2024-03-11") == [
                made[1]]
            assert tokens(sandbox, path, date_end="2024-03-11", order_by_date="asc") == made
            assert tokens(sandbox, path, date_end="2024-03-11") == made[::-1]
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(("path", "params", "field"), [
    ("/sent_faxes", {"order_by_date": "newest"}, "order_by_date"),
    ("/received_faxes", {"order_by_date": "ASC "}, "order_by_date"),
    ("/received_faxes", {"fax_status": "queued"}, "fax_status"),
    ("/received_faxes", {"callback_status": "delivered"}, "callback_status"),
    ("/sent_faxes", {"page": "two"}, "page"),
    ("/received_faxes", {"page": "0"}, "page"),
    ("/sent_faxes", {"page": "1.5"}, "page"),
])
def test_bad_list_parameters_are_a_400_naming_the_field(any_sandbox: Sandbox, path: str,
                                                        params: dict, field: str) -> None:
    named, message = refused_field(any_sandbox, "GET", path, params=params)
    assert named == field and message.endswith(".")


def test_a_page_past_the_end_is_empty_with_the_true_meta(any_sandbox: Sandbox,
                                                         pdf: bytes) -> None:
    sandbox = any_sandbox
    number = sandbox.number()
    for _ in range(3):
        sandbox.send(pdf, "2125550177", number["number"])
        receive(sandbox, number["number"], pdf)
    for path, key in (("/sent_faxes", "sent_faxes"), ("/received_faxes", "received_faxes")):
        for page in (3, 7, 10**9):
            body = get(sandbox, path, is_test="true", page_size=2, page=page)
            assert body[key] == []
            assert body["meta"] == {"total_count": 3, "total_pages": 2, "per_page": 2,
                                    "page": page}


async def test_a_failed_inbound_fax_reports_the_pages_that_arrived(
        any_sandbox: Sandbox, receiver: Receiver, documents: DocumentWorker) -> None:
    """Drift 4 of issue 16: a hung-up fax reported all its pages and a working link."""
    sandbox = any_sandbox
    number = sandbox.number(callback_url=receiver.url("inbox"))
    four = generate_document(pages=4, title="Referral for Specialist Consultation")
    partial = receive(sandbox, number["number"], four, fax_status="failure")
    nothing = receive(sandbox, number["number"], four, fax_status="failure", pages_arrived="0")
    some = get(sandbox, f"/received_faxes/{partial}")
    assert (some["fax_status"], some["num_pages"]) == ("failure", 2)  # default: half arrived
    assert some["error_details"]["code"] == "incomplete"
    shown = await asyncio.to_thread(httpx.get, some["secure_link"], trust_env=False)
    assert await documents.page_count(shown.content) == 2
    none = get(sandbox, f"/received_faxes/{nothing}")
    assert (none["fax_status"], none["num_pages"]) == ("failure", 0)
    assert "secure_link" not in none and none["patient_name"] is None
    listed = get(sandbox, "/received_faxes", is_test="true", fax_status="failure")
    assert {(f["send_token"], f["num_pages"]) for f in listed["received_faxes"]} == {
        (partial, 2), (nothing, 0)}
    hits = {plain(json.loads(h.form[wire.RECORD_DETAILS_FIELD]))["send_token"]: h
            for h in receiver.wait("inbox", count=2)}
    assert await documents.page_count(hits[partial].files["file"]) == 2
    assert hits[nothing].files == {}  # no page, no file
    assert refused_field(sandbox, "POST", f"/received_faxes/{nothing}/forward",
                         data={"to_number": "2125550177"})[0] == "send_token"
    assert refused_field(sandbox, "POST", "/sandbox/received_faxes", data={
        "to_number": number["number"], "fax_status": "failure", "pages_arrived": "4"},
        files={"file": ("in.pdf", four, "application/pdf")})[0] == "pages_arrived"


async def test_the_demo_account_reports_failed_inbound_faxes_consistently(
        make_sandbox, documents: DocumentWorker) -> None:
    sandbox = make_sandbox(demo=True)
    listed = get(sandbox, "/received_faxes", is_test="true", fax_status="failure",
                 page_size=100)["received_faxes"]
    assert listed
    for item in listed:
        fax = get(sandbox, f"/received_faxes/{item['send_token']}")
        assert fax["error_details"]["code"] == "incomplete"
        stored = sandbox.state.db.call_sync(store_faxes.get_received, item["send_token"])
        if fax["num_pages"] == 0:
            assert "secure_link" not in fax and fax["patient_name"] is None
        else:
            shown = await asyncio.to_thread(httpx.get, fax["secure_link"], trust_env=False)
            assert await documents.page_count(shown.content) == fax["num_pages"] == (
                stored.num_pages)
