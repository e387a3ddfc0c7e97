"""Inbound faxes (helper endpoint), forwarding, secure emails and the AI endpoint."""

from __future__ import annotations

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker, generate_document, generate_tiff
from medsender_desktop.sandbox.timeutil import parse_iso
from tests.waiting import wait_until

from .conftest import Receiver, Sandbox

LAB = generate_document(pages=3, title="Laboratory Report", lines=[
    "Harbor Clinical Laboratory", "Patient Name: NGUYEN, LINDA    DOB: 09/08/1971",
    "Sex: F    Home Phone: (206) 555-0131", "Specimen: blood, collected 08:15",
    "Test: Lipid panel", "LDL cholesterol   162   mg/dL   0-99   H",
    "HDL cholesterol   51    mg/dL   40-60",
])


def _receive(sandbox: Sandbox, to: str, data: bytes = LAB, **fields: str) -> str:
    response = sandbox.client.post("/sandbox/received_faxes", data={"to_number": to, **fields},
                                   files={"file": ("in.pdf", data)})
    assert response.status_code == 200, response.text
    return response.json()["faxId"]


async def test_received_fax_has_pages_client_and_ai_fields(sandbox: Sandbox,
                                                           documents: DocumentWorker) -> None:
    client = sandbox.client.post("/clients", data={"name": "Lakeview"}).json()["client"]
    number = sandbox.number("415")
    sandbox.client.patch(f"/fax_numbers/{number['id']}", data={"client_id": client["clientId"]})
    token = _receive(sandbox, number["number"].replace("+1", ""), from_number="2065550190",
                     caller_name="Harbor Lab")
    fax = sandbox.client.get(f"/received_faxes/{token}").json()
    assert fax["numPages"] == 3 and fax["faxStatus"] == "success" and fax["isTest"] is True
    assert fax["client"] == client["clientId"] and fax["toNumber"] == number["number"]
    assert parse_iso(fax["sentAt"]) <= parse_iso(fax["completedAt"])
    assert fax["documentClassification"] == "Lab Result"
    assert (fax["patientName"], fax["patientDob"], fax["gender"], fax["phoneNumber"]) == (
        "Linda Nguyen", "1971-09-08", "female", "+12065550131")
    assert "LDL cholesterol h" in fax["summary"]
    document = await sandbox.fetch(fax["secureLink"])
    assert await documents.page_count(document.content) == 3
    listed = sandbox.client.get("/received_faxes", params={"is_test": "true"}).json()
    assert listed["meta"]["totalCount"] == 1
    assert "secureLink" not in listed["receivedFaxes"][0]
    by_client = sandbox.client.get("/received_faxes", params={
        "is_test": "true", "client": client["clientId"]}).json()["receivedFaxes"]
    assert [f["sendToken"] for f in by_client] == [token]
    assert sandbox.client.get("/received_faxes", params={
        "is_test": "true", "client": "someone-else"}).json()["receivedFaxes"] == []


def test_received_list_filters(sandbox: Sandbox) -> None:
    a, b = sandbox.number("212"), sandbox.number("415")
    first = _receive(sandbox, a["number"], from_number="9175550101", caller_name="Harbor Lab")
    second = _receive(sandbox, b["number"], caller_name="Northgate Cardiology",
                      fax_status="failure")

    def tokens(**params: str) -> list[str]:
        body = sandbox.client.get("/received_faxes", params={"is_test": "true", **params}).json()
        return [f["sendToken"] for f in body["receivedFaxes"]]

    assert tokens() == [second, first] and tokens(order_by_date="asc") == [first, second]
    assert tokens(to_number=b["number"]) == [second]
    assert tokens(from_number="(917) 555-0101") == [first]
    assert tokens(caller_name="harbor") == [first]
    assert tokens(fax_status="failure") == [second]
    failed = sandbox.client.get(f"/received_faxes/{second}").json()
    assert failed["errorDetails"]["code"] == "incomplete"


def test_tiff_arrives_as_pdf(sandbox: Sandbox, receiver: Receiver) -> None:
    number = sandbox.number(callback_url=receiver.url("in"))
    token = _receive(sandbox, number["number"], data=generate_tiff(2, text="Fax"))
    hit = receiver.wait("in")[0]
    assert hit.files["file"].startswith(b"%PDF")
    fax = sandbox.client.get(f"/received_faxes/{token}").json()
    assert fax["numPages"] == 2 and fax["documentClassification"] == "Other"


@pytest.mark.parametrize(("fields", "file", "bad"), [
    ({"to_number": "2125550999"}, LAB, "to_number"),  # valid but not one of ours
    ({"to_number": ""}, LAB, "to_number"),
    ({}, None, "file"),
    ({}, b"plain text", "file"),
    ({"from_number": "555"}, LAB, "from_number"),
    ({"fax_status": "queued"}, LAB, "fax_status"),
])
def test_inbound_helper_validation(sandbox: Sandbox, fields: dict, file: bytes | None,
                                   bad: str) -> None:
    number = sandbox.number()
    data = {"to_number": number["number"], **fields}
    files = None if file is None else {"file": ("in.pdf", file)}
    response = sandbox.client.post("/sandbox/received_faxes", data=data, files=files)
    assert response.status_code == 400
    assert bad in response.json()["error"]["fields"]


def test_inbound_helper_needs_no_credentials_but_checks_sent_ones(sandbox: Sandbox) -> None:
    number = sandbox.number()
    url = sandbox.url + "/api/v2/sandbox/received_faxes"
    ok = httpx.post(url, data={"to_number": number["number"]}, files={"file": ("a.pdf", LAB)},
                    trust_env=False)
    assert ok.status_code == 200
    wrong = httpx.post(url, data={"to_number": number["number"]}, files={"file": ("a.pdf", LAB)},
                       auth=("sk_test_wrong", "x"), trust_env=False)
    assert wrong.status_code == 401


def test_forward_goes_through_the_carrier(sandbox: Sandbox, receiver: Receiver) -> None:
    number = sandbox.number(callback_url=receiver.url("fwd"))
    received = _receive(sandbox, number["number"])
    response = sandbox.client.post(f"/received_faxes/{received}/forward", data={
        "to_number": "(646) 555-0002", "patient_name": "Linda Nguyen"})
    assert response.status_code == 200
    token = response.json()["faxId"]
    fax = sandbox.wait_sent(token)
    assert fax["forwardedFrom"] == received and fax["fromNumber"] == number["number"]
    assert fax["sentStatus"] == "success" and len(fax["attempts"]) == 3
    assert fax["numPages"] == 4  # the 3 received pages and the cover sheet
    details = [Receiver.details(h) for h in receiver.wait("fwd", count=2)]
    assert token in {d.get("sendToken") for d in details}
    bad = sandbox.client.post(f"/received_faxes/{received}/forward",
                              data={"to_number": "x", "from_number": "2125550999"})
    assert set(bad.json()["error"]["fields"]) == {"to_number", "from_number"}


def test_secure_email_lifecycle(sandbox: Sandbox, pdf: bytes, receiver: Receiver) -> None:
    response = sandbox.client.post("/emails", data={
        "recipient_email": "front.desk@example.com", "sender_name": "Dr. Helen Marsh",
        "recipient_name": "Front desk", "reply_to_email": "marsh@example.org",
        "patient_name": "Maria Lopez", "patient_dob": "1962-03-14", "subject": "Referral",
        "note": "See attached", "expire_after": "7", "callback_url": receiver.url("mail"),
    }, files={"file": ("r.pdf", pdf, "application/pdf")})
    assert response.status_code == 200, response.text
    email_id = response.json()["emailId"]
    hit = receiver.wait("mail")[0]
    details = Receiver.details(hit)
    assert details["emailId"] == email_id and details["emailStatus"] == "success"
    assert wire.verify_signature(sandbox.api_key, *wire.callback_token("email", details),
                                     hit.headers[wire.SIGNATURE_HEADER.lower()])
    mail = sandbox.client.get(f"/emails/{email_id}").json()
    assert mail["recipientEmail"] == "front.desk@example.com" and mail["error"] is None
    assert parse_iso(mail["expiry"]) - parse_iso(mail["sentAt"]) == 7 * 86400
    assert httpx.get(mail["secureLink"], trust_env=False).content.startswith(b"%PDF")
    revoked = sandbox.client.patch(f"/sandbox/emails/{email_id}", data={"record_status": "revoked"})
    assert revoked.json()["recordStatus"] == "revoked"
    assert httpx.get(mail["secureLink"], trust_env=False).status_code == 410


def test_email_is_delivered_then_opened_by_the_simulated_reader(sandbox: Sandbox, pdf: bytes) -> None:
    """Test mode: queued -> inprogress -> success, then the reader opens the link once
    (lastViewedAt set, viewCount 1); an "unopened" address is never opened."""
    def send(address: str) -> str:
        return str(sandbox.client.post("/emails", data={
            "recipient_email": address, "sender_name": "Dr. Marsh"},
            files={"file": ("r.pdf", pdf)}).json()["emailId"])

    opened, ignored = send("reader@example.com"), send("unopened.reader@example.com")
    seen: list[str] = []

    def viewed() -> dict:
        mail = sandbox.client.get(f"/emails/{opened}").json()
        seen.append(mail["emailStatus"])
        return mail

    mail = wait_until(viewed, ready=lambda m: m["lastViewedAt"] is not None)
    assert mail["emailStatus"] == "success" and mail["viewCount"] == 1
    assert parse_iso(mail["lastViewedAt"]) >= parse_iso(mail["completedAt"])
    other = wait_until(lambda: sandbox.client.get(f"/emails/{ignored}").json(),
                       ready=lambda m: m["emailStatus"] == "success")
    # delivered with no visit scheduled (the same carrier tick opened the other one)
    assert other["lastViewedAt"] is None and other["viewCount"] == 0


def test_bouncing_email_fails_with_error(sandbox: Sandbox, pdf: bytes) -> None:
    email_id = sandbox.client.post("/emails", data={
        "recipient_email": "bounce@example.com", "sender_name": "Dr. Marsh"},
        files={"file": ("r.pdf", pdf)}).json()["emailId"]
    mail = wait_until(lambda: sandbox.client.get(f"/emails/{email_id}").json(),
                    ready=lambda m: m["emailStatus"] in ("success", "failure"))
    assert mail["emailStatus"] == "failure" and mail["error"]["errorCode"] == "bounced"


@pytest.mark.parametrize(("change", "field"), [
    ({"recipient_email": None}, "recipient_email"),
    ({"recipient_email": "not-an-email"}, "recipient_email"),
    ({"sender_name": None}, "sender_name"),
    ({"reply_to_email": "a@b"}, "reply_to_email"),
    ({"expire_after": "0"}, "expire_after"),
    ({"expire_after": "181"}, "expire_after"),
    ({"expire_after": "soon"}, "expire_after"),
    ({"patient_dob": "yesterday"}, "patient_dob"),
    ({"subject": "s" * 201}, "subject"),
    ({"file": None}, "file"),
])
def test_email_validation(sandbox: Sandbox, pdf: bytes, change: dict, field: str) -> None:
    data = {"recipient_email": "a@example.com", "sender_name": "Dr. Marsh"}
    files: dict | None = {"file": ("r.pdf", pdf)}
    for key, value in change.items():
        if key == "file":
            files = None
        elif value is None:
            data.pop(key)
        else:
            data[key] = value
    response = sandbox.client.post("/emails", data=data, files=files)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]


def test_ai_job_result_and_callback(sandbox: Sandbox, receiver: Receiver) -> None:
    response = sandbox.client.post("/ai_documents", data={"callback_url": receiver.url("ai")},
                                   files={"file": ("lab.pdf", LAB, "application/pdf")})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"message", "ai_token"}  # snake_case in both dialects
    token = body["ai_token"]
    result = wait_until(lambda: sandbox.client.get(f"/ai_documents/{token}").json()["ai_result"],
                      ready=lambda r: r["status"] == "completed")
    assert result["ai_token"] == token and result["document_classification"] == "Lab Result"
    assert (result["patient_name"], result["patient_dob"]) == ("Linda Nguyen", "1971-09-08")
    hit = receiver.wait("ai")[0]
    details = Receiver.details(hit)
    assert details["aiResult"]["ai_token"] == token
    assert details["aiResult"]["patient_name"] == "Linda Nguyen"
    assert wire.verify_signature(sandbox.api_key, *wire.callback_token("ai", details),
                                     hit.headers[wire.SIGNATURE_HEADER.lower()])


def test_ai_accepts_images_and_refuses_other_files(sandbox: Sandbox) -> None:
    png = generate_tiff(1)  # a TIFF is an accepted image kind; no text layer -> Other
    token = sandbox.client.post("/ai_documents", files={"file": ("s.tiff", png)}).json()[
        "ai_token"]
    result = wait_until(lambda: sandbox.client.get(f"/ai_documents/{token}").json()["ai_result"],
                      ready=lambda r: r["status"] == "completed")
    assert result["document_classification"] == "Other" and result["patient_name"] is None
    refused = sandbox.client.post("/ai_documents", files={"file": ("a.txt", b"hello")})
    assert refused.status_code == 400 and "file" in refused.json()["error"]["fields"]
    missing = sandbox.client.post("/ai_documents", data={"callback_url": "nope"})
    assert set(missing.json()["error"]["fields"]) == {"file", "callback_url"}
