"""The callback signature scheme (fixed test vectors, computed with openssl) and the
test-mode outcome table."""

from __future__ import annotations

import pytest

from medsender_desktop import wire

KEY = "sk_test_abc123"
# printf '%s' "<token><completedAt>" | openssl dgst -sha256 -hmac "<key>"
VECTORS = [
    (KEY, "3e842d315d8f", "2020-02-20T23:37:04.000Z",
     "1d98d7b40ce06ac1ec553f4e5917e73c1e056c62aad3aca207ccb1b51e19303b"),
    (KEY, "32b08347-6001-4e16-877b-7228975af105", None,  # AI: empty completedAt
     "578cf1d0d16251b4d211dc3d2b3102081c5ea3fcd697be4ce1dfb480ab932e09"),
    ("clé_live_ü", "f5cfd99304f9", "2021-09-30T07:24:53.891Z",  # the key is UTF-8
     "90f52dc0a3df36a3baf9b40357dc0fceb8c16e70bd2d8b7b2a2910b18e506114"),
    (KEY, "e6f1c2a9b8d7402f9a1b2c3d4e5f6a7b", "2021-09-30T07:24:53.891Z",  # email: <emailId><completedAt>
     "13d9a5be004999457f6efcf29c7b0d061cf92aaa2e9d18527d936d8a042f25c7"),
]


@pytest.mark.parametrize(("key", "token", "completed_at", "expected"), VECTORS)
def test_signature_matches_fixed_vectors(key, token, completed_at, expected):
    assert wire.sign(key, token, completed_at) == expected
    assert wire.verify_signature(key, token, completed_at, expected)
    assert wire.verify_signature(key, token, completed_at, expected.upper() + " ")


@pytest.mark.parametrize(("key", "token", "completed_at", "expected"), VECTORS)
def test_any_change_breaks_the_signature(key, token, completed_at, expected):
    assert not wire.verify_signature(key + "x", token, completed_at, expected)
    assert not wire.verify_signature(key, token + "x", completed_at, expected)
    assert not wire.verify_signature(key, token, (completed_at or "") + "x", expected)
    assert not wire.verify_signature(key, token, completed_at, "")
    flipped = expected[:-1] + ("1" if expected.endswith("0") else "0")
    assert not wire.verify_signature(key, token, completed_at, flipped)


def test_callback_token_reads_every_kind_in_both_spellings():
    sent = {"sendToken": "t1", "completedAt": "2020-02-20T23:37:04.000Z"}
    assert wire.callback_token("sent_fax", sent) == ("t1", "2020-02-20T23:37:04.000Z")
    assert wire.callback_token("received_fax", {"send_token": "t2", "completed_at": "c"}) == (
        "t2", "c")
    assert wire.callback_token("email", {"emailId": "e1", "completedAt": "c"}) == ("e1", "c")
    # the email id wins over a sendToken that differs from it (Points settled: <emailId>)
    assert wire.callback_token("email", {"sendToken": "s1", "email_id": "e1",
                                             "completed_at": "c"}) == ("e1", "c")
    assert wire.callback_token("ai", {"aiResult": {"ai_token": "a1"}}) == ("a1", "")


@pytest.mark.parametrize(("number", "attempts"), [
    ("+12125550000", None), ("+12125550002", 3), ("+12125550001", 1), ("+12125550020", 1),
])
def test_outcome_table(number, attempts):
    assert wire.attempts_to_succeed(number) == attempts


def test_error_body_carries_fields_only_for_400():
    assert wire.error_body(400, "Check it.", {"to_number": "Bad."}) == {
        "error": {"status": 400, "message": "Check it.", "fields": {"to_number": "Bad."}}}
    assert wire.error_body(404, "Gone.", {"x": "y"}) == {
        "error": {"status": 404, "message": "Gone."}}


def test_one_timestamp_form_and_one_key_case_conversion() -> None:
    import datetime as dt

    moment = dt.datetime(2020, 2, 20, 23, 37, 1, 123456, tzinfo=dt.UTC)
    assert wire.format_timestamp(moment) == "2020-02-20T23:37:01.123Z"
    assert wire.format_timestamp(moment.replace(tzinfo=None)) == "2020-02-20T23:37:01.123Z"
    east = moment.astimezone(dt.timezone(dt.timedelta(hours=5)))
    assert wire.format_timestamp(east) == "2020-02-20T23:37:01.123Z"
    assert wire.timestamp_at(moment.timestamp()) == "2020-02-20T23:37:01.123Z"
    for snake, camel in (("send_token", "sendToken"), ("patient_dob", "patientDob"),
                         ("ai_token", "aiToken"), ("num_pages", "numPages")):
        assert wire.camel_key(snake) == camel and wire.snake_key(camel) == snake
        assert wire.camel_key(camel) == camel and wire.snake_key(snake) == snake
    assert wire.snake_key("AiDocumentDetails") == "ai_document_details"
