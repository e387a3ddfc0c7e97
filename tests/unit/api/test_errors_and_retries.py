"""The error tree for every documented status, retries, and the no-retry rule for POSTs."""

from __future__ import annotations

import io
import logging

import httpx
import pytest
import stamina.instrumentation
from PIL import Image

from medsender_desktop import errors
from medsender_desktop.api import (
    CoverSheet,
    FaxRequest,
    ForwardRequest,
    ReceivedFaxFilters,
    SecureEmailRequest,
)
from medsender_desktop.documents import generate_document, pad_pdf
from tests.paths import CORPUS

from .conftest import API_KEY, SECRET

PDF = CORPUS / "minimal-document.pdf"


def err(status: int, message: str = "", fields: dict | None = None, headers: dict | None = None):
    body = {"error": {"status": status, "message": message}}
    if fields:
        body["error"]["fields"] = fields
    return httpx.Response(status, json=body, headers=headers or {})


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, errors.BadRequest), (401, errors.Unauthorized), (403, errors.Forbidden),
     (404, errors.NotFound), (405, errors.MethodNotAllowed), (406, errors.NotAcceptable),
     (410, errors.Gone), (429, errors.RateLimited), (500, errors.ServerError),
     (503, errors.ServiceUnavailable), (418, errors.ApiError), (502, errors.ServerError)],
)
async def test_every_status_maps_to_its_error(make_client, fake, status, kind):
    fake.on("GET", "/clients/c1", err(status, "Server says no", headers={"Retry-After": "0"}))
    client = make_client(max_attempts=1)
    with pytest.raises(kind) as info:
        await client.get_client("c1")
    await client.aclose()
    assert type(info.value) is kind
    assert info.value.status == status
    assert str(info.value) == "Server says no."


async def test_default_messages_when_body_is_empty(make_client, fake):
    fake.on("GET", "/clients/c1", httpx.Response(401, text="nope"))
    client = make_client()
    with pytest.raises(errors.Unauthorized) as info:
        await client.get_client("c1")
    await client.aclose()
    assert "API key" in str(info.value) and "Edit profile" in str(info.value)


async def test_bad_request_carries_field_errors(client, fake):
    fake.on("POST", "/clients", err(400, "Check the form", {"name": "Name is too long"}))
    with pytest.raises(errors.BadRequest) as info:
        await client.create_client("x")
    assert info.value.fields == {"name": "Name is too long"}


async def test_get_retries_503_then_succeeds(client, fake):
    fake.on("GET", "/fax_numbers", err(503, "maintenance"), err(503, "maintenance"),
            httpx.Response(200, json={"faxNumbers": []}))
    assert await client.list_fax_numbers() == []
    assert len(fake.seen) == 3


async def test_get_retries_on_connect_error(client, fake):
    calls = {"n": 0}

    def flaky(request):
        calls["n"] += 1
        if calls["n"] < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"clients": []})

    fake.on("GET", "/clients", flaky)
    assert await client.list_clients() == []
    assert calls["n"] == 3


async def test_retry_after_is_honoured(client, fake):
    waits: list[float] = []
    stamina.instrumentation.set_on_retry_hooks([lambda details: waits.append(details.wait_for)])
    try:
        fake.on("GET", "/clients", err(429, "slow down", headers={"Retry-After": "1"}),
                httpx.Response(200, json={"clients": []}))
        assert await client.list_clients() == []
    finally:
        stamina.instrumentation.set_on_retry_hooks(None)
    assert waits == [1.0]


async def test_retries_are_bounded(make_client, fake):
    fake.on("GET", "/clients", err(503, "down"))
    client = make_client(max_attempts=3)
    with pytest.raises(errors.ServiceUnavailable):
        await client.list_clients()
    await client.aclose()
    assert len(fake.seen) == 3


async def test_long_retry_after_is_not_waited_for(make_client, fake):
    fake.on("GET", "/clients", err(429, "slow down", headers={"Retry-After": "3600"}))
    client = make_client()
    with pytest.raises(errors.RateLimited) as info:
        await client.list_clients()
    await client.aclose()
    assert info.value.retry_after == 3600 and len(fake.seen) == 1


async def test_post_is_never_retried_once_the_body_may_have_arrived(client, fake):
    def lost(request):
        raise httpx.ReadError("connection reset", request=request)

    fake.on("POST", "/sent_faxes", lost)
    with pytest.raises(errors.SendOutcomeUnknown) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
        ))
    assert len(fake.seen) == 1
    assert "Sent tab" in str(info.value)


async def test_post_503_is_not_retried(client, fake):
    fake.on("POST", "/received_faxes/t/forward", err(503, "maintenance"))
    with pytest.raises(errors.ServiceUnavailable):
        await client.forward_received_fax(ForwardRequest(send_token="t", to_number="9174732192"))
    assert len(fake.seen) == 1


async def test_post_retried_when_connection_never_opened(client, fake):
    calls = {"n": 0}

    def refuse_once(request):
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"message": "ok", "faxId": "f1"})

    fake.on("POST", "/sent_faxes", refuse_once)
    result = await client.send_fax(FaxRequest(
        to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
    ))
    assert result.token == "f1" and calls["n"] == 2


async def test_network_failure_becomes_network_error(make_client, fake):
    def down(request):
        raise httpx.ConnectError("no route", request=request)

    fake.on("GET", "/clients", down)
    client = make_client(max_attempts=2)
    with pytest.raises(errors.NetworkError) as info:
        await client.list_clients()
    await client.aclose()
    assert "Could not reach api.example.test" in str(info.value)


async def test_validation_errors_before_any_request(client, fake):
    with pytest.raises(errors.ValidationError) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("123",), from_number="9177572947", files=(PDF,),
        ))
    assert info.value.field == "to_number"
    with pytest.raises(errors.ValidationError):
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
            cover=CoverSheet(patient_dob="2999-01-01"),
        ))
    with pytest.raises(errors.ValidationError):
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
            cover=CoverSheet(document_type="cover_only"),
        ))
    with pytest.raises(errors.ValidationError):
        await client.list_sent_faxes(page_size=101)
    with pytest.raises(errors.ValidationError):
        await client.list_received_faxes(ReceivedFaxFilters(fax_status="lost"))
    with pytest.raises(errors.ValidationError):
        await client.send_email(SecureEmailRequest(
            file=PDF, recipient_email="not-an-email", sender_name="Dr. F",
        ))
    with pytest.raises(errors.ValidationError):
        await client.send_email(SecureEmailRequest(
            file=PDF, recipient_email="a@b.co", sender_name="Dr. F", expire_after=181,
        ))
    with pytest.raises(errors.DocumentError) as doc:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947",
            files=(CORPUS / "libreoffice-writer-password.pdf",),
        ))
    assert doc.value.reason == "encrypted"
    assert fake.seen == []


async def test_no_secret_in_any_error_text_repr_or_log(make_client, fake, caplog):
    caplog.set_level(logging.DEBUG)
    echo = f"Key {API_KEY} with secret {SECRET} is not valid"
    fake.on("GET", "/clients", err(401, echo, headers={}))
    fake.on("GET", "/clients/c1", err(400, echo, {"api_key": echo}))

    def lost(request):
        raise httpx.ReadError(f"boom {API_KEY}", request=request)

    fake.on("POST", "/clients", lost)
    client = make_client(max_attempts=1)
    texts = [repr(client), repr(client.credentials)]
    for call in (client.list_clients(), client.get_client("c1"), client.create_client("n")):
        with pytest.raises(errors.MedsenderError) as info:
            await call
        texts += [str(info.value), repr(info.value), repr(getattr(info.value, "fields", ""))]
    await client.aclose()
    texts += [r.getMessage() for r in caplog.records]
    blob = "\n".join(texts)
    assert API_KEY not in blob and SECRET not in blob
    assert "***" in blob  # the echoed secret was scrubbed, not the whole message dropped


async def test_get_500_is_not_retried(client, fake):
    fake.on("GET", "/clients", err(500, "boom"), httpx.Response(200, json={"clients": []}))
    with pytest.raises(errors.ServerError):
        await client.list_clients()
    assert len(fake.seen) == 1


async def test_get_retries_when_the_answer_was_lost(client, fake):
    calls = {"n": 0}

    def reset_once(request):
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(200, json={"clients": []})

    fake.on("GET", "/clients", reset_once)
    assert await client.list_clients() == []
    assert calls["n"] == 2


async def test_retry_after_as_http_date_is_understood(make_client, fake):
    fake.on("GET", "/clients", err(429, "slow down",
                                   headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    client = make_client(max_attempts=1)
    with pytest.raises(errors.RateLimited) as info:
        await client.list_clients()
    await client.aclose()
    assert info.value.retry_after == 0.0  # a date in the past: retry now


async def test_post_answered_429_is_not_resent(client, fake):
    """The API docs say only that 429 means the rate limit was hit, not that nothing was
    queued; the body reached the server, so the POST is never resent automatically (README,
    "Retries"). The caller gets RateLimited with Retry-After and reconciles before resending."""
    fake.on("POST", "/sent_faxes", err(429, "slow down", headers={"Retry-After": "0"}),
            httpx.Response(200, json={"message": "ok", "faxId": "f1"}))
    with pytest.raises(errors.RateLimited) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
        ))
    assert info.value.retry_after == 0.0
    assert len(fake.seen) == 1


async def test_get_answered_429_is_retried(client, fake):
    fake.on("GET", "/clients", err(429, "slow down", headers={"Retry-After": "0"}),
            httpx.Response(200, json={"clients": []}))
    await client.list_clients()
    assert len(fake.seen) == 2


@pytest.mark.parametrize("problem", ["folder", "missing", "empty"])
async def test_unusable_paths_are_refused_before_upload_without_naming_the_file(
        client, fake, tmp_path, problem):
    target = {"folder": tmp_path, "missing": tmp_path / "Jane Roe referral.pdf"}.get(problem)
    if problem == "empty":
        target = tmp_path / "Jane Roe referral.pdf"
        target.write_bytes(b"")
    with pytest.raises(errors.DocumentError) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(target,),
        ))
    assert info.value.reason == ("empty" if problem == "empty" else "missing")
    assert "Jane" not in str(info.value) and str(tmp_path) not in str(info.value)
    assert fake.seen == []


async def test_too_large_and_disguised_files_are_refused_before_upload(client, fake, tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(pad_pdf(generate_document(pages=1, title="Big"), int(20.1 * 1024 * 1024)))
    with pytest.raises(errors.DocumentError) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(big,),
        ))
    assert info.value.reason == "too_large"
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buffer, "PNG")
    disguised = tmp_path / "scan.pdf"
    disguised.write_bytes(buffer.getvalue())  # a PNG named .pdf
    with pytest.raises(errors.DocumentError) as info:
        await client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(disguised,),
        ))
    assert info.value.reason == "wrong_type"
    assert fake.seen == []
    # the upload's name and type come from the content, not from a name
    fake.on("POST", "/sent_faxes", {"message": "ok", "faxId": "f1"})
    tiff = (CORPUS / "smile.tiff").read_bytes()
    assert (await client.send_fax(FaxRequest(
        to_numbers=("9174732192",), from_number="9177572947", files=(tiff,),
    ))).token
    assert b'filename="document.tiff"' in fake.seen[-1].body
    assert b"Content-Type: image/tiff" in fake.seen[-1].body


async def test_retries_are_bounded_in_total_time(make_client, fake):
    fake.on("GET", "/clients", err(503, "down", headers={"Retry-After": "0.2"}))
    client = make_client(max_attempts=1000, retry_timeout=0.5)
    with pytest.raises(errors.ServiceUnavailable):
        await client.list_clients()
    await client.aclose()
    assert 2 <= len(fake.seen) <= 4  # ~0.5 s of 0.2 s waits, not 1000 attempts


@pytest.mark.parametrize("body", [
    {"sentFaxes": "oops", "meta": {}}, [1, 2], {"sentFaxes": [], "meta": ["x"]}])
async def test_a_malformed_answer_is_a_medsender_error_with_advice(client, fake, body):
    fake.on("GET", "/sent_faxes", httpx.Response(200, json=body))
    fake.on("GET", "/sent_faxes/t", httpx.Response(200, json=[body]))
    for call in (client.list_sent_faxes(), client.get_sent_fax("t")):
        with pytest.raises(errors.MedsenderError) as info:
            await call
        assert "could not read" in str(info.value)
    fake.on("GET", "/clients", httpx.Response(200, text="<html>proxy login</html>"))
    with pytest.raises(errors.MedsenderError, match="could not read"):
        await client.list_clients()
