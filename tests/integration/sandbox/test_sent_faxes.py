"""Sending faxes: the stored record, the cover sheet, secure links, access codes, validation."""

from __future__ import annotations

import re

import pytest

from medsender_desktop.documents import DocumentWorker, generate_document, generate_tiff, pad_pdf
from medsender_desktop.sandbox.timeutil import parse_iso
from tests.paths import CORPUS

from .conftest import Sandbox


def _access_code(text: str) -> str:
    match = re.search(r"access code\s+([A-Z0-9]{8})", text)
    assert match, text
    return match.group(1)


async def _pdf_text(worker: DocumentWorker, data: bytes) -> tuple[int, str]:
    return await worker.page_count(data), await worker.extract_text(data)


async def test_sent_fax_record_cover_sheet_and_link(sandbox: Sandbox, pdf: bytes,
                                                    documents: DocumentWorker) -> None:
    number = sandbox.number("415")
    response = sandbox.client.post("/sent_faxes", data={
        "from_number": number["number"].replace("+1", ""), "to_number": "(917) 555-0147",
        "patient_name": "Maria Lopez", "patient_dob": "1962-03-14", "note": "Referral, urgent",
        "sender_name": "Dr. Helen Marsh", "recipient_name": "Dr. Omar Siddiqui",
    }, files={"file": ("referral.pdf", pdf, "application/pdf")})
    assert response.status_code == 200
    body = response.json()
    assert body["message"] and re.fullmatch(r"[0-9a-f]{12}", body["faxId"])
    fax = sandbox.wait_sent(body["faxId"])
    assert fax["sendToken"] == body["faxId"]
    assert fax["fromNumber"] == number["number"] and fax["toNumber"] == "+19175550147"
    assert (fax["patientName"], fax["patientDob"], fax["note"]) == (
        "Maria Lopez", "1962-03-14", "Referral, urgent")
    assert (fax["senderName"], fax["recipientName"]) == ("Dr. Helen Marsh", "Dr. Omar Siddiqui")
    assert fax["isTest"] is True and fax["recordStatus"] == "activated"
    assert fax["documentType"] == "both" and fax["numPages"] == 3
    assert fax["sentStatus"] == "success" and fax["errorDetails"] is None
    assert parse_iso(fax["expiry"]) - parse_iso(fax["sentAt"]) == 30 * 86400
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", fax["sentAt"])
    link = await sandbox.fetch(fax["secureLink"])
    assert link.status_code == 200 and link.headers["content-type"] == "application/pdf"
    pages, text = await _pdf_text(documents, link.content)
    assert pages == 3
    cover = text.split("\f")[0]
    for expected in ("Maria Lopez", "1962-03-14", "Dr. Helen Marsh", "Dr. Omar Siddiqui",
                     "+19175550147", "Referral, urgent", "2 pages plus this cover sheet"):
        assert expected in cover
    assert "Reason for referral: chest pain" in text.split("\f")[1]
    # the recipient opens the record with the access code printed on the cover sheet
    code = _access_code(cover)
    access = f"{sandbox.url}/api/v2/sandbox/access"
    assert f"Go to {access} and enter access code" in cover
    for views, typed in ((1, code.lower()), (2, f"{code[:4]}-{code[4:]}")):
        opened = await sandbox.fetch(access, access_code=typed)
        assert opened.status_code == 200 and opened.content.startswith(b"%PDF")
        assert await documents.page_count(opened.content) == 2  # the record, not the cover
        assert sandbox.client.get(f"/sent_faxes/{fax['sendToken']}").json()["viewCount"] == views
    wrong = await sandbox.fetch(access, access_code="ZZZZZZZZ")
    assert wrong.status_code == 404
    missing = await sandbox.fetch(access)
    assert missing.status_code == 400 and "access_code" in missing.json()["error"]["fields"]
    sandbox.client.patch(f"/sandbox/sent_faxes/{fax['sendToken']}",
                         json={"record_status": "revoked"})
    assert (await sandbox.fetch(access, access_code=code)).status_code == 410
    assert sandbox.client.get(f"/sent_faxes/{fax['sendToken']}").json()["viewCount"] == 2


@pytest.mark.parametrize(("document_type", "pages", "has_cover", "has_document"), [
    ("document_only", 2, False, True),
    ("access_code_sheet_only", 1, True, False),
    ("both", 3, True, True),
])
async def test_document_types(sandbox: Sandbox, pdf: bytes, documents: DocumentWorker,
                              document_type: str, pages: int, has_cover: bool,
                              has_document: bool) -> None:
    number = sandbox.number()
    fax = sandbox.wait_sent(sandbox.send(pdf, "2125550188", number["number"],
                                         document_type=document_type))
    assert fax["numPages"] == pages and fax["documentType"] == document_type
    count, text = await _pdf_text(documents, (await sandbox.fetch(fax["secureLink"])).content)
    assert count == pages
    assert ("Access this record digitally" in text) is has_cover
    assert ("Reason for referral" in text) is has_document


async def test_tiff_is_accepted_and_transmitted_as_pdf(sandbox: Sandbox,
                                                       documents: DocumentWorker) -> None:
    number = sandbox.number()
    tiff = generate_tiff(3, text="Scanned referral")
    response = sandbox.client.post("/sent_faxes", data={
        "from_number": number["number"], "to_number": "2125550111"},
        files={"file": ("scan.tiff", tiff, "image/tiff")})
    fax = sandbox.wait_sent(response.json()["faxId"])
    assert fax["numPages"] == 4
    count, _ = await _pdf_text(documents, (await sandbox.fetch(fax["secureLink"])).content)
    assert count == 4


def _refusal(sandbox: Sandbox, data: dict, files: dict | None) -> dict[str, str]:
    response = sandbox.client.post("/sent_faxes", data=data, files=files)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["status"] == 400 and error["message"]
    return error["fields"]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.mark.parametrize(("change", "field"), [
    ({"file": None}, "file"),
    ({"file": b""}, "file"),
    ({"file": PNG}, "file"),
    ({"file": b"%PDF-1.7\nthis is not really a pdf"}, "file"),
    ({"file": "encrypted"}, "file"),
    ({"file": "200 pages"}, "file"),
    ({"file": "20.1 MB"}, "file"),
    ({"from_number": None}, "from_number"),
    ({"from_number": "(999) 555-0100"}, "from_number"),
    ({"from_number": "+1 303 555 0100"}, "from_number"),  # valid, but not one of ours
    ({"to_number": None}, "to_number"),
    ({"to_number": "12345"}, "to_number"),
    ({"to_number": "call me"}, "to_number"),
    ({"patient_dob": "14/03/1962"}, "patient_dob"),
    ({"patient_dob": "1962-02-30"}, "patient_dob"),
    ({"patient_dob": "2999-01-01"}, "patient_dob"),
    ({"document_type": "cover_only"}, "document_type"),
    ({"callback_url": "ftp://example.com/hook"}, "callback_url"),
    ({"callback_url": "not a url"}, "callback_url"),
    ({"patient_name": "x" * 121}, "patient_name"),
    ({"sender_name": "Dr.\x00Evil"}, "sender_name"),
    ({"note": "n" * 1001}, "note"),
])
def test_every_send_validation_rule(sandbox: Sandbox, pdf: bytes, change: dict,
                                    field: str) -> None:
    number = sandbox.number()
    data = {"from_number": number["number"], "to_number": "2125550100"}
    file: bytes | str | None = pdf
    for key, value in change.items():
        if key == "file":
            file = value
        elif value is None:
            data.pop(key)
        else:
            data[key] = value
    if file == "encrypted":
        file = (CORPUS / "libreoffice-writer-password.pdf").read_bytes()
    elif file == "200 pages":
        file = generate_document(pages=200, title="Too long")
    elif file == "20.1 MB":
        file = pad_pdf(pdf, int(20.1 * 1024 * 1024))
    files = None if file is None else {"file": ("f.pdf", file, "application/pdf")}
    fields = _refusal(sandbox, data, files)
    assert field in fields
    assert len(fields) == 1, fields


def test_all_problems_reported_at_once(sandbox: Sandbox) -> None:
    fields = _refusal(sandbox, {"to_number": "nope", "patient_dob": "1962-13-01"}, None)
    assert set(fields) == {"file", "from_number", "to_number", "patient_dob"}


def test_limits_are_inclusive_of_199_pages_and_under_20_mb(sandbox: Sandbox, pdf: bytes) -> None:
    number = sandbox.number()
    for document in (generate_document(pages=199, title="Long record"),
                     pad_pdf(pdf, int(19.9 * 1024 * 1024))):
        response = sandbox.client.post(
            "/sent_faxes", data={"from_number": number["number"], "to_number": "2125550100",
                                 "document_type": "document_only"},
            files={"file": ("big.pdf", document, "application/pdf")})
        assert response.status_code == 200, response.text
