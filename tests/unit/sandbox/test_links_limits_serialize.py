"""Secure-link signing, access codes, the rate limiter, dialects and the carrier's table."""

from __future__ import annotations

import string

import pytest

from medsender_desktop import wire
from medsender_desktop.sandbox import carrier, jobs
from medsender_desktop.sandbox.links import (
    ACCESS_CODE_LENGTH,
    LinkCheck,
    LinkSigner,
    new_access_code,
)
from medsender_desktop.sandbox.logsafe import describe
from medsender_desktop.sandbox.serialize import camelize, in_dialect
from medsender_desktop.sandbox.state import RateLimiter, retry_after_header

BASE = "http://127.0.0.1:8765"


def _parts(url: str) -> tuple[str, str, str, str]:
    path, _, query = url.partition("?")
    params = dict(p.split("=") for p in query.split("&"))
    kind, token = path.split("/")[-2:]
    return kind, token, params["expires"], params["signature"]


def test_links_are_valid_for_five_minutes_then_expire() -> None:
    signer = LinkSigner("secret")
    url = signer.url(BASE, "sent_faxes", "abc123", now=1000.0)
    assert url.startswith(BASE + "/api/v2/sandbox/links/sent_faxes/abc123?")
    kind, token, expires, signature = _parts(url)
    assert int(expires) == 1000 + wire.SECURE_LINK_SECONDS
    assert signer.check(kind, token, expires, signature, now=1000 + 299) is LinkCheck.VALID
    assert signer.check(kind, token, expires, signature, now=1000 + 301) is LinkCheck.EXPIRED


@pytest.mark.parametrize("tamper", ["kind", "token", "expires", "signature", "secret"])
def test_tampered_links_are_forged(tamper: str) -> None:
    signer = LinkSigner("secret")
    kind, token, expires, signature = _parts(signer.url(BASE, "emails", "e1", now=1000.0))
    if tamper == "kind":
        kind = "sent_faxes"
    elif tamper == "token":
        token = "e2"
    elif tamper == "expires":
        expires = str(int(expires) + 3600)
    elif tamper == "signature":
        signature = signature[::-1]
    else:
        signer = LinkSigner("other")
    assert signer.check(kind, token, expires, signature, now=1000.0) is LinkCheck.FORGED
    assert signer.check(kind, token, "soon", signature, now=1000.0) is LinkCheck.FORGED


def test_access_codes_are_typeable_and_random() -> None:
    codes = {new_access_code() for _ in range(500)}
    assert len(codes) == 500
    allowed = set(string.ascii_uppercase + string.digits) - set("O0I1")
    assert all(len(c) == ACCESS_CODE_LENGTH and set(c) <= allowed for c in codes)


def test_rate_limiter_is_a_token_bucket_per_key() -> None:
    limiter = RateLimiter(per_minute=3)
    assert [limiter.check("k", now=0.0) for _ in range(3)] == [None, None, None]
    wait = limiter.check("k", now=0.0)
    assert wait == pytest.approx(20.0)
    assert limiter.check("other", now=0.0) is None
    assert limiter.check("k", now=19.0) is not None
    assert limiter.check("k", now=21.0) is None  # one request refilled after 20 s
    assert retry_after_header(0.2) == "1" and retry_after_header(19.01) == "20"
    assert all(RateLimiter(0).check("k") is None for _ in range(1000))


def test_dialect_conversion() -> None:
    assert wire.camel_key("patient_dob") == "patientDob" and wire.snake_key("patientDob") == "patient_dob"
    assert wire.snake_key("callbackUrl") == "callback_url" and wire.snake_key("area_code") == "area_code"
    record = {"send_token": "t", "attempts": [{"started_at": "x"}], "error_details": None}
    assert camelize(record) == {"sendToken": "t", "attempts": [{"startedAt": "x"}],
                                "errorDetails": None}
    assert in_dialect(record, "snake") is record


@pytest.mark.parametrize(("number", "expected"), [
    ("+12125550000", "no_answer"), ("+12125540000", "busy"), ("+12125550002", "no_answer"),
    ("+12125560002", "busy"),
])
def test_failed_attempts_are_busy_or_no_answer_by_number(number: str, expected: str) -> None:
    assert carrier.failed_attempt_result(number) == expected
    details = carrier.error_details(number, wire.MAX_ATTEMPTS)
    assert details["code"] == expected and details["attempts"] == 5
    assert details["message"].endswith(".") and number not in details["message"]


def test_bouncing_addresses() -> None:
    assert jobs.email_bounces("bounce@example.com")
    assert jobs.email_bounces("front.BOUNCE.desk@example.com")
    assert not jobs.email_bounces("frontdesk@bounce.example.com")


def test_logged_exceptions_carry_no_message() -> None:
    try:
        raise ValueError("Maria Lopez, DOB 1962-03-14")
    except ValueError as exc:
        text = describe(exc)
    assert text.startswith("ValueError at test_links_limits_serialize.py:")
    assert "Maria" not in text and "1962" not in text
