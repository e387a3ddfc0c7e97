"""Typed requests: several files become one fax, several destinations one fax each."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from medsender_desktop.api import CoverSheet, FaxRequest, ForwardRequest, SecureEmailRequest
from medsender_desktop.errors import DocumentError, ValidationError
from tests.paths import CORPUS

FOUR = CORPUS / "pdflatex-4-pages.pdf"
ONE = CORPUS / "minimal-document.pdf"
TIFF = CORPUS / "smile.tiff"


def uploaded_file(body: bytes) -> bytes:
    marker = b'name="file"'
    start = body.index(b"\r\n\r\n", body.index(marker)) + 4
    return body[start : body.rindex(b"\r\n--")]


def pages(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


async def test_several_files_are_combined_in_order_into_one_upload(client, fake):
    fake.on("POST", "/sent_faxes", {"message": "ok", "faxId": "f1"})
    result = await client.send_fax(FaxRequest(
        to_numbers=("9174732192",), from_number="9177572947", files=(FOUR, ONE, TIFF),
    ))
    assert result.token == "f1"
    seen = fake.seen[-1]
    upload = uploaded_file(seen.body)
    assert upload.startswith(b"%PDF")
    assert pages(upload) == 4 + 1 + 1
    assert b'filename="pdflatex-4-pages.pdf"' in seen.body  # named after the first file
    assert b"application/pdf" in seen.body


async def test_combined_files_must_keep_to_the_page_limit(client, fake, tmp_path: Path):
    from medsender_desktop.documents import generate_document

    big = tmp_path / "big.pdf"
    big.write_bytes(generate_document(pages=120, title="Chart"))
    with pytest.raises(DocumentError) as caught:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(big, big),
        ))
    assert caught.value.reason == "too_many_pages"
    assert "big.pdf" not in str(caught.value)
    assert not fake.seen  # nothing uploaded


async def test_a_request_with_no_file_or_several_destinations_is_refused_before_upload(client, fake):
    with pytest.raises(ValidationError) as no_file:
        await client.send_fax(FaxRequest(to_numbers=("9174732192",), from_number="9177572947",
                                         files=()))
    assert no_file.value.field == "file"
    two = FaxRequest(to_numbers=("9174732192", "2125550199"), from_number="9177572947",
                     files=(ONE,))
    with pytest.raises(ValidationError) as several:
        await client.send_fax(two)
    assert several.value.field == "to_number"
    assert not fake.seen


def test_per_recipient_splits_destinations_and_shares_the_rest():
    cover = CoverSheet(patient_name="Philip J. Fry", note="Referral")
    request = FaxRequest(to_numbers=("9174732192", "2125550199"), from_number="9177572947",
                         files=(ONE, FOUR), cover=cover, callback_url="https://cb")
    singles = request.per_recipient()
    assert [r.to_number for r in singles] == ["9174732192", "2125550199"]
    assert all(r.files == (ONE, FOUR) and r.cover is cover and r.callback_url == "https://cb"
               for r in singles)
    with pytest.raises(ValueError, match="several destinations"):
        _ = request.to_number


def test_single_values_and_text_paths_are_accepted_and_requests_are_frozen():
    request = FaxRequest(to_numbers="9174732192", from_number="9177572947",  # type: ignore[arg-type]
                         files=str(ONE))  # type: ignore[arg-type]
    assert request.to_numbers == ("9174732192",) and request.files == (ONE,)
    with pytest.raises(AttributeError):
        request.from_number = "x"  # type: ignore[misc]
    email = SecureEmailRequest(file=str(ONE), recipient_email="a@b.co", sender_name="S")  # type: ignore[arg-type]
    assert email.file == ONE


def test_requests_keep_phi_out_of_their_repr():
    cover = CoverSheet(patient_name="Philip J. Fry", patient_dob="1974-08-14", note="HIV+")
    texts = [
        repr(FaxRequest(to_numbers=("9174732192",), from_number="9177572947", files=(ONE,),
                        cover=cover)),
        repr(ForwardRequest(send_token="t1", to_number="9174732192", cover=cover)),
        repr(SecureEmailRequest(file=ONE, recipient_email="fry@example.com", sender_name="S",
                                patient_name="Philip J. Fry")),
    ]
    for text in texts:
        for secret in ("Fry", "1974", "HIV", "9174732192", "minimal-document", "example.com"):
            assert secret not in text, text


def test_models_explain_failures_in_plain_words():
    from medsender_desktop.api import Email, ReceivedFax, SentFax

    fax = SentFax.from_api({"sendToken": "s1", "sentStatus": "failure",
                            "errorDetails": {"code": "busy", "attempts": 5}})
    assert fax.token == "s1" and fax.is_final
    assert fax.error_text.startswith("The recipient's fax line was busy. Medsender tried 5 times.")
    email = Email.from_api({"emailId": "e1", "emailStatus": "failure",
                            "error": {"errorCode": "bounced", "errorMessage": "Mailbox is full."}})
    assert email.token == "e1" and email.is_final and email.email_status == "failure"
    assert email.error_text == "Mailbox is full."
    assert Email.from_api({"emailId": "e2", "error": {"errorCode": "x"}}).error_text == (
        "The e-mail could not be delivered.")
    assert Email.from_api({"emailId": "e3", "emailStatus": "queued"}).error_text is None
    inbound = ReceivedFax.from_api({"sendToken": "r1", "faxStatus": "failure",
                                    "errorDetails": {"message": "The caller hung up"}})
    assert inbound.token == "r1"
    assert inbound.error_text == "The caller hung up. Ask the sender to fax it again."
    assert ReceivedFax.from_api({"sendToken": "r2", "faxStatus": "success"}).error_text is None
