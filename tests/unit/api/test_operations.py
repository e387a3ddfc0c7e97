"""Every operation of the client: method, path, parameters sent, and the typed result."""

from __future__ import annotations

import datetime as dt
import io

import httpx
import pytest
from PIL import Image

from medsender_desktop.api import (
    Client,
    ClientRequest,
    CoverSheet,
    FaxNumber,
    FaxRequest,
    ForwardRequest,
    NumberRequest,
    NumberUpdate,
    ReceivedFaxFilters,
    SecureEmailRequest,
    SentFaxFilters,
    SentStatus,
)
from medsender_desktop.errors import ValidationError
from tests.paths import CORPUS

from .conftest import sent_fax_json

PDF = CORPUS / "pdflatex-4-pages.pdf"


async def test_send_fax_posts_multipart_with_normalized_fields(client, fake):
    fake.on("POST", "/sent_faxes", {"message": "Record has been sent.", "faxId": "f5cfd99304f9"})
    result = await client.send_fax(FaxRequest(
        to_numbers=("(917) 473-2192",), from_number="917.757.2947", files=(PDF,),
        cover=CoverSheet(patient_name="Philip J. Fry", patient_dob="1974-08-14", note="Referral",
                         sender_name="Dr. Farnsworth", recipient_name="Dr. Zoidberg",
                         document_type="both"),
        callback_url="https://cb.example/x",
    ))
    assert result.token == "f5cfd99304f9"
    seen = fake.seen[-1]
    assert (seen.method, seen.path) == ("POST", "/api/v2/sent_faxes")
    assert seen.headers["content-type"].startswith("multipart/form-data")
    assert seen.multipart_field("to_number") == "+19174732192"
    assert seen.multipart_field("from_number") == "+19177572947"
    assert seen.multipart_field("patient_dob") == "1974-08-14"
    assert seen.multipart_field("document_type") == "both"
    assert b'filename="pdflatex-4-pages.pdf"' in seen.body
    assert PDF.read_bytes() in seen.body


async def test_get_sent_fax_parses_every_field(client, fake):
    fake.on("GET", "/sent_faxes/3e842d315d8f", sent_fax_json())
    fax = await client.get_sent_fax("3e842d315d8f")
    assert fax.send_token == "3e842d315d8f"
    assert fax.sent_status is SentStatus.SUCCESS and fax.is_final
    assert fax.patient_dob == dt.date(1974, 8, 14)
    assert fax.sent_at == dt.datetime(2020, 2, 20, 23, 37, 1, tzinfo=dt.UTC)
    assert fax.expiry - fax.sent_at == dt.timedelta(days=30)
    assert fax.secure_link == "https://link.to.record" and fax.is_test


async def test_list_sent_sends_every_filter_and_is_test_for_test_keys(client, fake):
    fake.on("GET", "/sent_faxes", {"sentFaxes": [sent_fax_json()], "meta": {
        "totalCount": 1, "totalPages": 1, "perPage": 50, "page": 1}})
    page = await client.list_sent_faxes(
        SentFaxFilters(
            from_number="9178473555", to_number="+1 917 847 3556", patient_name="John Doe",
            patient_dob=dt.date(1980, 1, 2), sender_name="Dr. F", recipient_name="Dr. R",
            date_start="1994-02-22", date_end=dt.date(2020, 1, 20), order_by_date="asc",
        ),
        page=1, page_size=50,
    )
    assert page.meta.total_count == 1 and len(page.items) == 1
    assert fake.seen[-1].params == {
        "from_number": "+19178473555", "to_number": "+19178473556", "patient_name": "John Doe",
        "patient_dob": "1980-01-02", "sender_name": "Dr. F", "recipient_name": "Dr. R",
        "date_start": "1994-02-22", "date_end": "2020-01-20", "order_by_date": "asc",
        "is_test": "true", "page": "1", "page_size": "50",
    }


async def test_live_keys_do_not_send_is_test(make_client, fake):
    fake.on("GET", "/sent_faxes", {"sentFaxes": [], "meta": {}})
    client = make_client(api_key="sk_live_abcdef")
    try:
        await client.list_sent_faxes()
    finally:
        await client.aclose()
    assert "is_test" not in fake.seen[-1].params


async def test_list_received_sends_every_filter(client, fake):
    fake.on("GET", "/received_faxes", {"receivedFaxes": [{
        "fromNumber": "+19135758385", "toNumber": "+12076077796", "sendToken": "887183cc2a5f",
        "callerName": "TEST HOSPITAL", "numPages": 3, "faxStatus": "success",
        "callbackStatus": "success", "client": "42486f1b", "documentClassification": "Referral",
        "patientName": "Jane Roe"}], "meta": {"totalCount": 1, "totalPages": 1, "perPage": 10, "page": 1}})
    page = await client.list_received_faxes(ReceivedFaxFilters(
        from_number="9135758385", to_number="2076077796", caller_name="TEST", fax_status="success",
        date_start="2020-01-01", date_end="2020-12-31", order_by_date="dsc", client="42486f1b",
        callback_status="failed"))
    fax = page.items[0]
    assert (fax.num_pages, fax.client, fax.document_classification) == (3, "42486f1b", "Referral")
    assert fake.seen[-1].params == {
        "from_number": "+19135758385", "to_number": "+12076077796", "caller_name": "TEST",
        "fax_status": "success", "date_start": "2020-01-01", "date_end": "2020-12-31",
        "order_by_date": "dsc", "client": "42486f1b", "callback_status": "failed",
        "is_test": "true", "page": "1", "page_size": "10",
    }


async def test_explicit_is_test_false_overrides_the_test_key_default(client, fake):
    fake.on("GET", "/received_faxes", {"receivedFaxes": [], "meta": {}})
    await client.list_received_faxes(ReceivedFaxFilters(is_test=False))
    assert "is_test" not in fake.seen[-1].params
    await client.list_received_faxes()
    assert fake.seen[-1].params["is_test"] == "true"


async def test_received_get_and_forward(client, fake):
    fake.on("GET", "/received_faxes/887183cc2a5f", {"sendToken": "887183cc2a5f", "numPages": 2,
                                                     "secureLink": "https://l"})
    fake.on("POST", "/received_faxes/887183cc2a5f/forward", {"message": "ok", "faxId": "fw1"})
    fax = await client.get_received_fax("887183cc2a5f")
    assert fax.secure_link == "https://l"
    result = await client.forward_received_fax(ForwardRequest(
        send_token="887183cc2a5f", to_number="9174732192", from_number="9177572947",
        cover=CoverSheet(note="fyi", document_type="document_only"),
    ))
    assert result.token == "fw1"
    form = fake.seen[-1].form
    assert form == {"to_number": "+19174732192", "from_number": "+19177572947", "note": "fyi",
                    "document_type": "document_only"}
    assert fake.seen[-1].headers["content-type"] == "application/x-www-form-urlencoded"


async def test_email_send_and_get(client, fake):
    fake.on("POST", "/emails", {"message": "sent", "emailId": "em1"})
    fake.on("GET", "/emails/em1", {"recipientEmail": "john.doe@example.com", "sendToken": "em1",
                                    "emailStatus": "delivered", "patientDob": {}, "expiry": None})
    result = await client.send_email(SecureEmailRequest(
        file=PDF, recipient_email="john.doe@example.com", sender_name="Dr. F", expire_after=7,
        subject="Records",
    ))
    assert result.token == "em1"
    assert fake.seen[-1].multipart_field("expire_after") == "7"
    email = await client.get_email("em1")
    assert email.email_id == "em1" and email.patient_dob is None and email.email_status == "delivered"


async def test_fax_numbers(client, fake):
    number = {"id": "n1", "number": "+12076077796", "client": {"clientId": "c1", "name": "Clinic"},
              "callbackUrl": "https://cb", "uri": "https://api/n1"}
    fake.on("GET", "/fax_numbers/n1", {"faxNumber": number})
    fake.on("GET", "/fax_numbers", {"faxNumbers": [number, {**number, "id": "n2"}]})
    fake.on("POST", "/fax_numbers", {"faxNumber": {**number, "id": "n3"}})
    fake.on("PATCH", "/fax_numbers/n1", {"faxNumber": {**number, "callbackUrl": "https://new"}})
    got = await client.get_fax_number("n1")
    assert isinstance(got, FaxNumber) and got.client.name == "Clinic"
    assert [n.id for n in await client.list_fax_numbers()] == ["n1", "n2"]
    assert (await client.provision_fax_number(area_code="415", client_id="c1")).id == "n3"
    assert fake.seen[-1].form == {"area_code": "415", "client_id": "c1"}
    updated = await client.update_fax_number("n1", callback_url="https://new")
    assert updated.callback_url == "https://new" and fake.seen[-1].method == "PATCH"


async def test_number_and_client_requests_are_typed_and_checked_before_sending(client, fake):
    number = {"id": "n1", "number": "+12076077796", "callbackUrl": None}
    fake.on("POST", "/fax_numbers", {"faxNumber": number})
    fake.on("PATCH", "/fax_numbers/n1", {"faxNumber": number})
    fake.on("POST", "/clients", {"client": {"clientId": "c9", "name": "West"}})
    await client.provision_fax_number(NumberRequest(" 415 ", "https://hooks.example/fax", "c1"))
    assert fake.seen[-1].form == {"area_code": "415", "callback_url": "https://hooks.example/fax",
                                  "client_id": "c1"}
    await client.update_fax_number(NumberUpdate("n1", callback_url="", client_id=""))
    assert fake.seen[-1].form == {"callback_url": "", "client_id": ""}, "'' clears: no callbacks, no client"
    await client.update_fax_number(NumberUpdate("n1", client_id="c2"))
    assert fake.seen[-1].form == {"client_id": "c2"}, "None leaves the callback as it is"
    assert (await client.create_client(ClientRequest("West"))).client_id == "c9"
    sent = len(fake.seen)
    refusals = [
        (client.provision_fax_number(NumberRequest("41")), "area_code"),
        (client.provision_fax_number(NumberRequest("015")), "area_code"),
        (client.provision_fax_number(NumberRequest("415", "http://hooks.example/fax")), "callback_url"),
        (client.update_fax_number(NumberUpdate("n1", callback_url="ftp://x")), "callback_url"),
        (client.update_fax_number(NumberUpdate("n1")), "callback_url"),
        (client.create_client(ClientRequest("  ")), "name"),
    ]
    for call, field in refusals:
        with pytest.raises(ValidationError) as refused:
            await call
        assert refused.value.field == field
    assert len(fake.seen) == sent, "nothing refused reached the server"
    await client.provision_fax_number(NumberRequest("415", "http://127.0.0.1:8080/callbacks"))
    assert fake.seen[-1].form["callback_url"] == "http://127.0.0.1:8080/callbacks", "loopback http"


async def test_clients(client, fake):
    body = {"clientId": "c1", "name": "North", "faxNumbers": [{"id": "n1", "number": "+12076077796"}]}
    fake.on("GET", "/clients/c1", {"client": body})
    fake.on("GET", "/clients", {"clients": [body]})
    fake.on("POST", "/clients", {"client": body})
    fake.on("PATCH", "/clients/c1", {"client": {**body, "name": "South"}})
    got = await client.get_client("c1")
    assert isinstance(got, Client) and got.fax_numbers[0].number == "+12076077796"
    assert len(await client.list_clients()) == 1
    await client.create_client("North", fax_number_id="n1")
    assert fake.seen[-1].form == {"name": "North", "fax_number_id": "n1"}
    assert (await client.rename_client("c1", "South")).name == "South"
    assert fake.seen[-1].form == {"name": "South"}


async def test_ai_run_and_result_snake_case(client, fake):
    fake.on("POST", "/ai_documents", {"message": "queued", "ai_token": "ai1"})
    fake.on("GET", "/ai_documents/ai1", {"ai_result": {
        "ai_token": "ai1", "patient_name": "Jane Roe", "patient_dob": "01/01/2000",
        "document_classification": "Lab Result", "gender": "female", "phone_number": "111-222-3333",
        "summary": "Positive covid test result"}})
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (255, 255, 255)).save(buffer, "PNG")
    result = await client.run_ai(buffer.getvalue(), callback_url="https://cb")
    assert result.token == "ai1"
    assert b"Content-Type: image/png" in fake.seen[-1].body  # PNG is accepted for AI only
    assert fake.seen[-1].multipart_field("callback_url") == "https://cb"
    ai = await client.get_ai_result("ai1")
    assert (ai.document_classification, ai.gender, ai.summary) == (
        "Lab Result", "female", "Positive covid test result")


async def test_pagination_walks_all_pages(client, fake):
    def page(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params["page"])
        items = [sent_fax_json(token=f"t{n}-{i}") for i in range(3 if n < 3 else 1)]
        return httpx.Response(200, json={"sentFaxes": items, "meta": {
            "totalCount": 7, "totalPages": 3, "perPage": 3, "page": n}})

    fake.on("GET", "/sent_faxes", page)
    tokens = [f.send_token async for f in client.iter_sent_faxes(page_size=3)]
    assert tokens == ["t1-0", "t1-1", "t1-2", "t2-0", "t2-1", "t2-2", "t3-0"]
    assert [s.params["page"] for s in fake.seen] == ["1", "2", "3"]


async def test_download_sends_credentials_only_to_the_api_host(client, fake):
    fake.on("GET", "/sandbox/records/x", httpx.Response(200, content=b"%PDF-1.4 doc"))
    assert await client.download("https://api.example.test/api/v2/sandbox/records/x") == b"%PDF-1.4 doc"
    assert "authorization" in fake.seen[-1].headers
    await client.download("https://elsewhere.example/api/v2/sandbox/records/x")
    assert fake.seen[-1].headers["host"] == "elsewhere.example"
    assert "authorization" not in fake.seen[-1].headers
