"""API-CONTRACT.md "Points settled", on the wire: the page limit, NANP numbers only, callback
bodies equal to GET, the e-mail signature and statuses, the AI field formats. Each test runs
against the real sandbox over loopback in both dialects."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.documents import generate_document
from tests.waiting import wait_until

from .conftest import Receiver, Sandbox
from .settled import get, plain, receive, refused_field

NANP_WORDS = "Medsender faxes only to US and Canadian numbers"


@pytest.fixture(scope="module")
def long_documents() -> dict[int, bytes]:
    return {pages: generate_document(pages=pages, title="Long record") for pages in (199, 200)}


def test_page_limit_is_199_pages_and_the_cover_sheet_is_not_counted(
        any_sandbox: Sandbox, long_documents: dict[int, bytes]) -> None:
    sandbox = any_sandbox
    number = sandbox.number()
    token = sandbox.send(long_documents[199], "2125550177", number["number"],
                         document_type="both", patient_name="Maria Lopez")
    assert plain(sandbox.wait_sent(token))["num_pages"] == 200  # 199 + the cover sheet
    field, message = refused_field(sandbox, "POST", "/sent_faxes", data={
        "to_number": "2125550177", "from_number": number["number"]},
        files={"file": ("long.pdf", long_documents[200], "application/pdf")})
    assert field == "file" and "199" in message


@pytest.mark.parametrize("foreign", ["+44 20 7946 0958", "+33 1 42 68 53 00", "011 44 20 7946 0958"])
def test_only_north_american_numbers_are_accepted(any_sandbox: Sandbox, pdf: bytes,
                                                  foreign: str) -> None:
    sandbox = any_sandbox
    number = sandbox.number()
    field, message = refused_field(sandbox, "POST", "/sent_faxes", data={
        "to_number": foreign, "from_number": number["number"]},
        files={"file": ("a.pdf", pdf, "application/pdf")})
    assert field == "to_number" and NANP_WORDS in message and foreign not in message
    assert get(sandbox, "/sent_faxes", is_test="true")["meta"]["total_count"] == 0
    inbound = receive(sandbox, number["number"], pdf)
    assert refused_field(sandbox, "POST", f"/received_faxes/{inbound}/forward",
                         data={"to_number": foreign})[0] == "to_number"
    assert refused_field(sandbox, "GET", "/sent_faxes", params={"to_number": foreign})[0] == (
        "to_number")
    canada = sandbox.send(pdf, "+1 416 555 0134", number["number"])  # +1 is not only the US
    assert plain(sandbox.wait_sent(canada))["to_number"] == "+14165550134"


def _expires_in(link: str) -> float:
    return int(parse_qs(urlsplit(link).query)["expires"][0]) - time.time()


def _same_as_get(sandbox: Sandbox, hit_details: dict, path: str) -> None:
    """The callback's object is GET's, spelled the same; only the link is minted per answer
    (and a received fax's callbackStatus is the callback's own outcome, pending while sent)."""
    now = sandbox.client.get(path).json()
    callback_link, get_link = (d.pop("secureLink", None) or d.pop("secure_link")
                               for d in (hit_details, now))
    for link in (callback_link, get_link):
        assert 290 < _expires_in(link) <= 300
        assert httpx.get(link, trust_env=False).content.startswith(b"%PDF")
    for key in ("callbackStatus", "callback_status"):
        if key in now:
            assert hit_details.pop(key) == "pending"
            now.pop(key)
    assert hit_details == now


def test_callback_bodies_equal_get_secure_link_included(any_sandbox: Sandbox, pdf: bytes,
                                                        receiver: Receiver) -> None:
    sandbox = any_sandbox
    number = sandbox.number(callback_url=receiver.url("inbox"))
    sent = sandbox.send(pdf, "2125550177", number["number"], callback_url=receiver.url("sent"),
                        patient_name="Maria Lopez", patient_dob="1962-03-14")
    inbound = receive(sandbox, number["number"], pdf, caller_name="Harbor Lab")
    forwarded = plain(sandbox.client.post(f"/received_faxes/{inbound}/forward", data={
        "to_number": "6465550002", "callback_url": receiver.url("forward")}).json())["fax_id"]
    email = plain(sandbox.client.post("/emails", data={
        "recipient_email": "unopened-records@example.org",  # the simulated reader stays away
        "sender_name": "Dr. Helen Marsh",
        "callback_url": receiver.url("email")},
        files={"file": ("a.pdf", pdf, "application/pdf")}).json())["email_id"]
    for path, name in ((f"/sent_faxes/{sent}", "sent"), (f"/received_faxes/{inbound}", "inbox"),
                       (f"/sent_faxes/{forwarded}", "forward"), (f"/emails/{email}", "email")):
        hit = receiver.wait(name)[0]
        _same_as_get(sandbox, json.loads(hit.form[wire.RECORD_DETAILS_FIELD]), path)


def test_sent_fax_callback_carries_a_working_secure_link(any_sandbox: Sandbox, pdf: bytes,
                                                         receiver: Receiver) -> None:
    """Drift 1 of issue 16: sent-fax callbacks omitted secureLink."""
    sandbox = any_sandbox
    number = sandbox.number(callback_url=receiver.url("fax"))
    token = sandbox.send(pdf, "2125550177", number["number"])
    details = plain(Receiver.details(receiver.wait("fax")[0]))
    assert details["send_token"] == token and details["sent_status"] == "success"
    document = httpx.get(details["secure_link"], trust_env=False)
    assert document.status_code == 200 and document.content.startswith(b"%PDF")


def test_email_callback_is_signed_over_email_id_and_completed_at(
        any_sandbox: Sandbox, pdf: bytes, receiver: Receiver) -> None:
    sandbox = any_sandbox
    email = plain(sandbox.client.post("/emails", data={
        "recipient_email": "unopened-records@example.org",  # the simulated reader stays away
        "sender_name": "Dr. Helen Marsh",
        "callback_url": receiver.url("email")},
        files={"file": ("a.pdf", pdf, "application/pdf")}).json())["email_id"]
    hit = receiver.wait("email")[0]
    details = plain(Receiver.details(hit))
    assert details["email_id"] == email and details["completed_at"]
    signature = hit.headers[wire.SIGNATURE_HEADER.lower()]
    assert signature == wire.sign(sandbox.api_key, email, details["completed_at"])
    assert signature != wire.sign(sandbox.api_key, email, None)


def test_email_statuses_use_the_fax_vocabulary(any_sandbox: Sandbox, pdf: bytes) -> None:
    sandbox = any_sandbox
    ids = {}
    for name, address in (("kept", "records@example.org"), ("bounced", "bounce@example.org")):
        ids[name] = plain(sandbox.client.post("/emails", data={
            "recipient_email": address, "sender_name": "Dr. Helen Marsh"},
            files={"file": ("a.pdf", pdf, "application/pdf")}).json())["email_id"]
    seen = {}
    for name, email_id in ids.items():
        seen[name] = wait_until(lambda e=email_id: get(sandbox, f"/emails/{e}"),
                                f"e-mail {name} to complete",
                                ready=lambda mail: mail["completed_at"] is not None)
    assert {m["record_status"] for m in seen.values()} == {"activated"}
    assert seen["kept"]["email_status"] == "success" and seen["kept"]["error"] is None
    assert seen["bounced"]["email_status"] == "failure"  # a bounce is a failure
    assert seen["bounced"]["error"]["error_code"] == "bounced"


def test_ai_fields_are_sent_as_iso_dates_and_e164_phones(any_sandbox: Sandbox) -> None:
    sandbox = any_sandbox
    document = generate_document(pages=1, title="Laboratory Report", lines=[
        "Harbor Clinical Laboratory", "Patient: Linda Nguyen", "DOB: 09/08/1971",
        "Patient Phone: 206-555-0131", "Specimen: blood, collected 08:15",
        "LDL cholesterol   162   mg/dL   0-99   H"])
    token = sandbox.client.post("/ai_documents", files={
        "file": ("lab.pdf", document, "application/pdf")}).json()["ai_token"]
    result = wait_until(lambda: sandbox.client.get(f"/ai_documents/{token}").json()["ai_result"],
                        "the AI job to complete", ready=lambda r: r["status"] == "completed")
    assert (result["patient_dob"], result["phone_number"]) == ("1971-09-08", "+12065550131")


def test_openapi_document_describes_the_settled_points(any_sandbox: Sandbox) -> None:
    document = any_sandbox.client.get("/openapi.json").json()
    text = json.dumps(document)
    paths, schemas = document["paths"], document["components"]["schemas"]
    camel = "faxNumbers" in json.dumps(paths["/api/v2/fax_numbers"]["get"])
    key = (lambda name: name) if not camel else (
        lambda name: name.split("_")[0] + "".join(w.title() for w in name.split("_")[1:]))
    callbacks = {(path, method): op["callbacks"] for path, item in paths.items()
                 for method, op in item.items() if "callbacks" in op}
    assert {(p.removeprefix("/api/v2"), m) for p, m in callbacks} == {
        ("/sent_faxes", "post"), ("/received_faxes/{send_token}/forward", "post"),
        ("/emails", "post"), ("/ai_documents", "post"), ("/fax_numbers", "post"),
        ("/fax_numbers/{number_id}", "patch")}
    email = json.dumps(callbacks["/api/v2/emails", "post"])
    assert "<emailId><completedAt>" in email and "secureLink included" in email
    assert "GET returns" in json.dumps(callbacks["/api/v2/sent_faxes", "post"])
    received = schemas["ReceivedFax"]
    assert key("secure_link") not in received["required"]  # only when a page arrived
    assert {key("received_at"), key("num_pages")} <= set(received["required"])
    assert received["properties"][key("num_pages")]["minimum"] == 0
    assert schemas["Email"]["properties"][key("email_status")]["enum"] == [
        "queued", "inprogress", "success", "failure"]
    simulate = paths["/api/v2/sandbox/received_faxes"]["post"]["requestBody"]["content"]
    assert "pages_arrived" in simulate["multipart/form-data"]["schema"]["properties"]
    for words in ("North American Numbering Plan (+1) numbers only",
                  "case-insensitively on a substring", "receivedAt (received faxes)",
                  "A page past the end answers 200 with an empty list and the true meta"):
        assert words in text, words
