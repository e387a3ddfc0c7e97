from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from medsender_desktop import wire
from medsender_desktop.relay.callbacks import (
    CallbackKind,
    CallbackRefused,
    check_callback,
    infer_kind,
    status_of,
)
from medsender_desktop.relay.forms import CallbackForm

KEY = "sk_test_unit"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def record(details: dict, file: bytes | None = None) -> CallbackForm:
    return CallbackForm({"recordDetails": json.dumps(details)}, file)


@pytest.mark.parametrize(("form", "kind"), [
    (record({"sendToken": "t"}, file=b"%PDF"), CallbackKind.RECEIVED_FAX),
    (CallbackForm({"AiDocumentDetails": "{}"}, None), CallbackKind.AI),
    (record({"emailId": "e1"}), CallbackKind.EMAIL),
    (record({"email_id": "e1"}), CallbackKind.EMAIL),
    (record({"sendToken": "t", "sentStatus": "success"}), CallbackKind.SENT_FAX),
    (record({"sendToken": "t", "faxStatus": "failure"}), CallbackKind.RECEIVED_FAX),
    (record({"sendToken": "t"}), CallbackKind.SENT_FAX),
])
def test_kind_is_inferred_from_the_body(form: CallbackForm, kind: CallbackKind) -> None:
    assert infer_kind(form) is kind


@pytest.mark.parametrize(("kind", "details", "status"), [
    (CallbackKind.SENT_FAX, {"sentStatus": "failure"}, "failure"),
    (CallbackKind.SENT_FAX, {"sent_status": "success"}, "success"),
    (CallbackKind.RECEIVED_FAX, {"faxStatus": "success"}, "success"),
    (CallbackKind.EMAIL, {"emailStatus": "opened"}, "opened"),
    (CallbackKind.AI, {"aiResult": {"ai_token": "a"}}, "completed"),
    (CallbackKind.AI, {"aiResult": {"ai_token": "a", "status": "failed"}}, "failed"),
    (CallbackKind.SENT_FAX, {}, "unspecified"),
])
def test_status_used_for_idempotency(kind: CallbackKind, details: dict, status: str) -> None:
    assert status_of(kind, details) == status


def signed(details: dict, kind: str = "sent_fax") -> str:
    token, completed_at = wire.callback_token(kind, details)
    return wire.sign(KEY, token, completed_at)


def test_a_valid_callback_passes() -> None:
    details = {"sendToken": "abc", "completedAt": "2026-03-01T11:59:00.000Z", "sentStatus": "success"}
    incoming = check_callback(CallbackKind.SENT_FAX, record(details), signed(details), KEY, 30, NOW)
    assert (incoming.kind, incoming.token, incoming.status) == ("sent_fax", "abc", "success")
    assert incoming.details == details and incoming.document is None


def test_signature_is_over_token_and_completed_at_not_other_fields() -> None:
    details = {"sendToken": "abc", "completedAt": "2026-03-01T11:59:00.000Z"}
    signature = signed(details)
    moved = details | {"completedAt": "2026-03-01T11:59:01.000Z"}
    with pytest.raises(CallbackRefused) as caught:
        check_callback(CallbackKind.SENT_FAX, record(moved), signature, KEY, 30, NOW)
    assert caught.value.status == 401


def test_expired_callbacks_are_refused_even_when_signed() -> None:
    details = {"sendToken": "abc", "completedAt": (NOW - timedelta(days=31)).isoformat()}
    with pytest.raises(CallbackRefused, match="expired") as caught:
        check_callback(CallbackKind.SENT_FAX, record(details), signed(details), KEY, 30, NOW)
    assert caught.value.status == 401
    recent = {"sendToken": "abc", "completedAt": (NOW - timedelta(days=29)).isoformat()}
    check_callback(CallbackKind.SENT_FAX, record(recent), signed(recent), KEY, 30, NOW)


def test_ai_callbacks_are_signed_over_the_ai_token_alone() -> None:
    details = {"aiResult": {"ai_token": "ai-1", "patient_name": "X"}}
    form = CallbackForm({"AiDocumentDetails": json.dumps(details)}, None)
    signature = wire.sign(KEY, "ai-1", "")
    assert check_callback(CallbackKind.AI, form, signature, KEY, 30, NOW).token == "ai-1"


@pytest.mark.parametrize(("details", "message"), [
    ({"completedAt": "2026-03-01T11:59:00.000Z"}, "no token"),
    ({"sendToken": "abc", "completedAt": "yesterday"}, "ISO-8601"),
])
def test_malformed_details_are_400(details: dict, message: str) -> None:
    with pytest.raises(CallbackRefused, match=message) as caught:
        check_callback(CallbackKind.SENT_FAX, record(details), signed(details), KEY, 30, NOW)
    assert caught.value.status == 400
