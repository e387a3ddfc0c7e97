"""Our client follows API-CONTRACT.md "Points settled" against the real sandbox over loopback,
in both response dialects: strict in what it sends, lenient in what it reads."""

from __future__ import annotations

import pytest

from medsender_desktop.api import (
    CoverSheet,
    FaxRequest,
    FaxStatus,
    ForwardRequest,
    ReceivedFaxFilters,
    RecordStatus,
    SecureEmailRequest,
    SentStatus,
)
from medsender_desktop.documents import generate_document
from medsender_desktop.errors import DocumentError, ValidationError
from tests.paths import CORPUS
from tests.waiting import until

PDF = CORPUS / "pdflatex-4-pages.pdf"


@pytest.mark.parametrize("foreign", ["+44 20 7946 0958", "+49 30 901820"])
async def test_client_refuses_non_north_american_numbers_before_upload(api, our_number,
                                                                      foreign: str) -> None:
    missing = CORPUS / "no-such-file.pdf"  # never opened: the number is refused first
    with pytest.raises(ValidationError) as refused:
        await api.send_fax(FaxRequest(foreign, our_number.number, missing))
    assert refused.value.field == "to_number"
    assert "Medsender faxes only to US and Canadian numbers" in str(refused.value)
    assert foreign not in str(refused.value)
    with pytest.raises(ValidationError):
        await api.forward_received_fax(ForwardRequest("whatever", foreign))
    assert (await api.list_sent_faxes()).meta.total_count == 0  # nothing reached the sandbox


async def test_client_reads_failed_inbound_faxes_and_pages_past_the_end(api, our_number) -> None:
    arrived = await api.simulate_received_fax(PDF, to_number=our_number.number, pages_arrived=3)
    nothing = await api.simulate_received_fax(PDF, to_number=our_number.number, pages_arrived=0)
    partial = await api.get_received_fax(arrived.token)
    assert (partial.fax_status, partial.num_pages) == (FaxStatus.FAILURE, 3)
    assert partial.secure_link and (await api.download(partial.secure_link)).startswith(b"%PDF")
    empty = await api.get_received_fax(nothing.token)
    assert (empty.fax_status, empty.num_pages, empty.secure_link) == (FaxStatus.FAILURE, 0, None)
    failed = ReceivedFaxFilters(fax_status=FaxStatus.FAILURE)
    first = await api.list_received_faxes(failed, page_size=1)
    past = await api.list_received_faxes(failed, page=5, page_size=1)
    assert past.items == () and past.meta.total_count == first.meta.total_count >= 2
    assert past.meta.page == 5 and not past.has_next


async def test_client_reads_email_statuses_in_the_fax_vocabulary(api) -> None:
    sent = {}
    for name, address in (("kept", "records@example.org"), ("bounced", "bounce@example.org")):
        sent[name] = await api.send_email(SecureEmailRequest(PDF, address, "Front Desk"))

    kept, bounced = [await until(lambda t=sent[n].token: api.get_email(t), f"e-mail {n} to end",
                                 ready=lambda mail: mail.completed_at is not None) for n in sent]
    assert kept.record_status is RecordStatus.ACTIVATED and kept.email_status is SentStatus.SUCCESS
    assert bounced.email_status is SentStatus.FAILURE and bounced.error


async def test_client_gets_ai_fields_in_one_form(api) -> None:
    from medsender_desktop.documents import generate_document

    document = generate_document(pages=1, title="Prescription", lines=[
        "Patient: Linda Nguyen", "DOB: 09/08/1971", "Patient Phone: (206) 555-0131",
        "Medication: Lisinopril 10 mg tablet", "Sig: Take 1 tablet by mouth once daily"])
    token = (await api.run_ai(document)).token

    result = await until(lambda: api.get_ai_result(token), "the AI job to complete",
                         ready=lambda r: r.status == "completed")
    assert (result.patient_dob, result.phone_number) == ("1971-09-08", "+12065550131")


async def test_client_checks_the_page_limit_before_upload(api, our_number) -> None:
    """199 pages go (the cover sheet is not counted: 200 are transmitted), 200 do not."""
    with pytest.raises(DocumentError) as refused:
        await api.send_fax(FaxRequest("2125550177", our_number.number,
                                      generate_document(pages=200, title="Too long")))
    assert "at most 199 pages" in str(refused.value)
    sent = await api.send_fax(FaxRequest(
        "2125550177", our_number.number, generate_document(pages=199, title="Long record"),
        cover=CoverSheet(document_type="both")))
    fax = await until(lambda: api.get_sent_fax(sent.token), "the long fax to be sent",
                      ready=lambda f: f.is_final)
    pages = fax.extra.get("numPages", fax.extra.get("num_pages"))  # the sandbox's extra field
    assert (fax.sent_status, pages) == (SentStatus.SUCCESS, 200)
