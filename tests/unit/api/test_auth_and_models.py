"""Both auth modes, both key styles, unknown keys kept, reprs without PHI."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt

import pytest

from medsender_desktop.api import (
    AuthMode,
    CallbackStatus,
    Client,
    Email,
    FaxNumber,
    FaxStatus,
    PageMeta,
    ReceivedFax,
    SentFax,
)

from .conftest import API_KEY, SECRET, sent_fax_json


async def test_basic_auth_uses_key_and_secret(make_client, fake):
    fake.on("GET", "/fax_numbers", {"faxNumbers": []})
    client = make_client(AuthMode.BASIC)
    await client.list_fax_numbers()
    await client.aclose()
    expected = base64.b64encode(f"{API_KEY}:{SECRET}".encode()).decode()
    assert fake.seen[-1].headers["authorization"] == f"Basic {expected}"


async def test_bearer_auth_uses_key_alone(make_client, fake):
    fake.on("GET", "/fax_numbers", {"faxNumbers": []})
    client = make_client(AuthMode.BEARER)
    await client.list_fax_numbers()
    await client.aclose()
    assert fake.seen[-1].headers["authorization"] == f"Bearer {API_KEY}"


def test_camel_and_snake_keys_parse_the_same():
    camel = sent_fax_json(token="abc", status="failure", errorDetails={"code": "busy", "attempts": 5})
    snake = {
        "from_number": camel["fromNumber"], "to_number": camel["toNumber"],
        "recipient_name": camel["recipientName"], "record_status": "activated",
        "patient_name": camel["patientName"], "patient_dob": "1974-08-14", "send_token": "abc",
        "sender_name": camel["senderName"], "expiry": camel["expiry"], "view_count": 0,
        "note": camel["note"], "sent_at": camel["sentAt"], "completed_at": camel["completedAt"],
        "sent_status": "failure", "document_type": "both",
        "error_details": {"code": "busy", "attempts": 5}, "is_test": True,
        "secure_link": camel["secureLink"],
    }
    assert SentFax.from_api(camel) == SentFax.from_api(snake)
    fax = SentFax.from_api(snake)
    assert "busy" in fax.error_text and "5 times" in fax.error_text


def test_unknown_keys_are_kept_not_fatal():
    fax = ReceivedFax.from_api({"sendToken": "t", "brandNewField": {"x": 1}, "fax_status": "weird"})
    assert fax.extra == {"brandNewField": {"x": 1}}
    assert fax.fax_status == "weird"
    email = Email.from_api({"emailId": "e", "patientDob": {}})
    assert email.patient_dob is None and email.email_id == "e"


def test_repr_never_shows_phi():
    fax = SentFax.from_api(sent_fax_json())
    text = repr(fax) + repr(ReceivedFax.from_api({"sendToken": "t", "patientName": "Philip J. Fry",
                                                  "fromNumber": "+19135758385"}))
    for phi in ("Philip J. Fry", "1974", "+1917", "+1913", "referral", "Zoidberg"):
        assert phi not in text
    assert "3e842d315d8f" in text


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


def _camelize(obj):
    if isinstance(obj, dict):
        return {_camel(k): _camelize(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_camelize(v) for v in obj]
    return obj


NUMBER = {"id": "n1", "number": "+12076077796", "client": {"client_id": "c1", "name": "Clinic"},
          "callback_url": "https://cb.example/x", "uri": "https://api.example/n1"}
SNAKE_OBJECTS = {
    "received_fax": (ReceivedFax, {
        "send_token": "887183cc2a5f", "from_number": "+19135758385", "to_number": "+12076077796",
        "caller_name": "TEST HOSPITAL", "sent_at": "2020-02-18T00:00:00.000Z",
        "completed_at": "2020-02-18T23:59:59.000Z", "num_pages": 3, "is_test": True,
        "fax_status": "failure", "callback_status": "pending",
        "error_details": {"code": "incomplete"}, "client": "42486f1b", "secure_link": "https://l",
        "document_classification": "Lab Result", "patient_name": "Jane Roe",
        "patient_dob": "1971-09-08", "gender": "female", "phone_number": "+12065550131",
        "summary": "Lipid panel"}),
    "email": (Email, {
        "email_id": "em1", "recipient_email": "a@example.com", "recipient_name": "Front desk",
        "sender_name": "Dr. F", "reply_to_email": "r@example.com", "patient_name": "Jane Roe",
        "patient_dob": "1971-09-08", "subject": "Records", "note": "See attached",
        "email_status": "success", "record_status": "revoked",
        "sent_at": "2021-09-30T07:24:53.891Z", "completed_at": "2021-09-30T07:25:00.000Z",
        "expiry": "2021-10-07T07:24:53.891Z", "last_viewed_at": "2021-09-30T08:00:00.000Z",
        "error": {"error_code": "bounced"}, "is_test": True, "secure_link": "https://l"}),
    "fax_number": (FaxNumber, NUMBER),
    "client": (Client, {"client_id": "c1", "name": "Clinic",
                        "fax_numbers": [{k: v for k, v in NUMBER.items() if k != "client"}]}),
    "page_meta": (PageMeta, {"total_count": 7, "total_pages": 3, "per_page": 3, "page": 2}),
}


@pytest.mark.parametrize("name", sorted(SNAKE_OBJECTS))
def test_every_model_reads_camel_and_snake_keys_alike(name):
    model, snake = SNAKE_OBJECTS[name]
    camel = _camelize(snake)
    assert camel != snake  # the two spellings really differ
    from_snake, from_camel = model.from_api(snake), model.from_api(camel)
    assert from_snake == from_camel
    assert getattr(from_snake, "extra", {}) == {}  # every documented key was understood
    for field in dataclasses.fields(model):
        if field.name != "extra":
            assert getattr(from_snake, field.name) not in (None, "", 0, ()), field.name


def test_received_fax_ai_fields_and_enums():
    fax = ReceivedFax.from_api(_camelize(SNAKE_OBJECTS["received_fax"][1]))
    assert fax.fax_status is FaxStatus.FAILURE and fax.callback_status is CallbackStatus.PENDING
    assert (fax.patient_gender, fax.patient_phone) == ("female", "+12065550131")
    assert fax.completed_at == dt.datetime(2020, 2, 18, 23, 59, 59, tzinfo=dt.UTC)


def test_error_objects_get_the_documented_snake_case_keys():
    camel = Email.from_api({"emailId": "e", "error": {"errorCode": "bounced",
                                                      "errorMessage": "Mailbox full"}})
    assert camel.error == {"error_code": "bounced", "error_message": "Mailbox full"}
    fax = SentFax.from_api({"sendToken": "t", "errorDetails": {"errorMessage": "Line busy"}})
    assert fax.error_details == {"error_message": "Line busy"}
    assert fax.error_text.startswith("Line busy")
