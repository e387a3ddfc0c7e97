"""Both auth modes, both key styles, unknown keys kept, reprs without PHI."""

from __future__ import annotations

import base64

from medsender_desktop.api import AuthMode, Email, ReceivedFax, SentFax

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
