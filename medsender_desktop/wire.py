"""Every path and wire detail of the Medsender API, in one place (see docs/API-CONTRACT.md).

The bottom of the package: the client (``api``), the sandbox, the relay and ``documents`` all
import from here, and it imports nothing of the package, so a difference from production is
a one-line change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

DEFAULT_BASE_URL: Final = "https://api.medsender.com/api/v2"
#: Where a cover sheet's access code is entered (Medsender's site; the sandbox has its own).
ACCESS_URL: Final = "https://www.medsender.com"
API_PREFIX: Final = "/api/v2"
TEST_KEY_PREFIX: Final = "sk_test_"

# --- operations (relative to the base URL) -------------------------------------------------
SENT_FAXES: Final = "/sent_faxes"
SENT_FAX: Final = "/sent_faxes/{send_token}"
EMAILS: Final = "/emails"
EMAIL: Final = "/emails/{email_id}"
RECEIVED_FAXES: Final = "/received_faxes"
RECEIVED_FAX: Final = "/received_faxes/{send_token}"
FORWARD_RECEIVED_FAX: Final = "/received_faxes/{send_token}/forward"
FAX_NUMBERS: Final = "/fax_numbers"
FAX_NUMBER: Final = "/fax_numbers/{number_id}"
CLIENTS: Final = "/clients"
CLIENT: Final = "/clients/{client_id}"
AI_DOCUMENTS: Final = "/ai_documents"
AI_DOCUMENT: Final = "/ai_documents/{ai_token}"
# sandbox-only helpers (never called in live mode)
SANDBOX_RECEIVED_FAXES: Final = "/sandbox/received_faxes"
SANDBOX_SENT_FAX: Final = "/sandbox/sent_faxes/{send_token}"
SANDBOX_EMAIL: Final = "/sandbox/emails/{email_id}"
SANDBOX_LINK: Final = "/sandbox/links/{kind}/{token}"
SANDBOX_ACCESS: Final = "/sandbox/access"
SANDBOX_FAULTS: Final = "/sandbox/faults"
OPENAPI: Final = "/openapi.json"

# --- the webhook relay (relative to the relay's URL) ------------------------------------------
RELAY_CALLBACKS: Final = "/callbacks"
RELAY_CALLBACKS_OF_KIND: Final = "/callbacks/{kind}"
RELAY_EVENTS: Final = "/events"
RELAY_EVENT_STREAM: Final = "/events/stream"
RELAY_FILE: Final = "/files/{file_id}"
RELAY_HEALTH: Final = "/healthz"

# --- timestamps and key case -----------------------------------------------------------------
def format_timestamp(moment: dt.datetime) -> str:
    """The wire form of a moment: ISO-8601 UTC with milliseconds and ``Z``
    (``2020-02-20T23:37:01.000Z``); a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def timestamp_at(epoch_seconds: float) -> str:
    """:func:`format_timestamp` of a POSIX time."""
    return format_timestamp(dt.datetime.fromtimestamp(epoch_seconds, dt.UTC))


_CAMEL_BOUNDARY: Final = re.compile(r"(?<=[a-z0-9])([A-Z])")
_SNAKE_BOUNDARY: Final = re.compile(r"_([a-z0-9])")


def snake_key(key: str) -> str:
    """``sendToken`` -> ``send_token``; snake_case keys pass through unchanged."""
    return _CAMEL_BOUNDARY.sub(r"_\1", key).lower()


def camel_key(key: str) -> str:
    """``send_token`` -> ``sendToken``; camelCase keys pass through unchanged."""
    return _SNAKE_BOUNDARY.sub(lambda m: m.group(1).upper(), key)


# --- list parameters -------------------------------------------------------------------------
PAGE_SIZE_DEFAULT: Final = 10
PAGE_SIZE_MIN: Final = 1
PAGE_SIZE_MAX: Final = 100
SENT_FILTERS: Final = (
    "from_number", "to_number", "patient_name", "patient_dob", "sender_name",
    "recipient_name", "date_start", "date_end", "order_by_date", "is_test", "page", "page_size",
)
RECEIVED_FILTERS: Final = (
    "from_number", "to_number", "caller_name", "fax_status", "date_start", "date_end",
    "order_by_date", "is_test", "client", "callback_status", "page", "page_size",
)

# --- limits ----------------------------------------------------------------------------------
MAX_PAGES: Final = 199  # "fewer than 200 pages (199 without the cover sheet)"
MAX_FILE_BYTES: Final = 20 * 1024 * 1024  # "under 20 MB"
EXPIRE_AFTER_MIN: Final = 1
EXPIRE_AFTER_MAX: Final = 180
EXPIRE_AFTER_DEFAULT: Final = 30
EXPIRY_DAYS: Final = 30
SECURE_LINK_SECONDS: Final = 5 * 60
MAX_ATTEMPTS: Final = 5


class DocumentType(StrEnum):
    DOCUMENT_ONLY = "document_only"
    ACCESS_CODE_SHEET_ONLY = "access_code_sheet_only"
    BOTH = "both"


class RecordStatus(StrEnum):
    ACTIVATED = "activated"
    ARCHIVED = "archived"
    REVOKED = "revoked"


class SentStatus(StrEnum):
    QUEUED = "queued"
    INPROGRESS = "inprogress"
    SUCCESS = "success"
    FAILURE = "failure"

    @property
    def is_final(self) -> bool:
        return self in (SentStatus.SUCCESS, SentStatus.FAILURE)


class FaxStatus(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"


class CallbackStatus(StrEnum):
    PENDING = "pending"
    SUCCESS = "success"
    FAILED = "failed"


class AiStatus(StrEnum):
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

    @property
    def is_final(self) -> bool:
        return self is not AiStatus.PROCESSING


class OrderByDate(StrEnum):
    ASC = "asc"
    DSC = "dsc"


class Classification(StrEnum):
    REFERRAL = "Referral"
    LAB_RESULT = "Lab Result"
    PRIOR_AUTHORIZATION = "Prior Authorization"
    PRESCRIPTION = "Prescription"
    INSURANCE = "Insurance"
    MEDICAL_RECORDS = "Medical Records"
    OTHER = "Other"


# --- test mode: the destination number decides the outcome ----------------------------------
FAIL_SUFFIX: Final = "0000"  # fails all 5 attempts (busy / no answer)
THIRD_TRY_SUFFIX: Final = "0002"  # succeeds on the 3rd attempt


def attempts_to_succeed(to_number_e164: str) -> int | None:
    """How many attempts a test fax to this number needs; None = it never succeeds."""
    if to_number_e164.endswith(FAIL_SUFFIX):
        return None
    if to_number_e164.endswith(THIRD_TRY_SUFFIX):
        return 3
    return 1


# --- callbacks -------------------------------------------------------------------------------
class CallbackKind(StrEnum):
    """What a callback (and so a relay event) is about; also the relay's ``/callbacks/{kind}``."""

    SENT_FAX = "sent_fax"
    RECEIVED_FAX = "received_fax"
    EMAIL = "email"
    AI = "ai"


SIGNATURE_HEADER: Final = "X-Medsender-Signature"
RECORD_DETAILS_FIELD: Final = "recordDetails"
AI_DETAILS_FIELD: Final = "AiDocumentDetails"
FILE_FIELD: Final = "file"


def sign(api_key: str, token: str, completed_at: str | None) -> str:
    """Lowercase hex HMAC-SHA256 of ``<token><completedAt>`` keyed with the API key (UTF-8).

    ``token`` is the sendToken (email: its id; AI: the ai_token, with an empty completedAt).
    """
    message = f"{token}{completed_at or ''}".encode()
    return hmac.new(api_key.encode(), message, hashlib.sha256).hexdigest()


def verify_signature(api_key: str, token: str, completed_at: str | None, signature: str) -> bool:
    """Constant-time check of an ``X-Medsender-Signature`` header value."""
    expected = sign(api_key, token, completed_at)
    return hmac.compare_digest(expected.encode(), (signature or "").strip().lower().encode())


def callback_token(kind: str, details: Mapping[str, Any]) -> tuple[str, str]:
    """(token, completedAt) a callback of this kind is signed over, from its decoded details.

    ``kind`` is one of sent_fax, received_fax, email, ai. Accepts camelCase and snake_case.
    """

    def pick(*names: str) -> str:
        for n in names:
            v = details.get(n)
            if v not in (None, ""):
                return str(v)
        return ""

    if kind == CallbackKind.AI:
        inner = details.get("aiResult") or details.get("ai_result") or details
        token = ""
        for n in ("ai_token", "aiToken"):
            if isinstance(inner, dict) and inner.get(n):
                token = str(inner[n])
        return token or pick("ai_token", "aiToken"), ""
    if kind == CallbackKind.EMAIL:
        return pick("emailId", "email_id", "sendToken", "send_token"), pick(
            "completedAt", "completed_at"
        )
    return pick("sendToken", "send_token"), pick("completedAt", "completed_at")


# --- errors ---------------------------------------------------------------------------------
def error_body(status: int, message: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """The error body the API answers with."""
    err: dict[str, Any] = {"status": status, "message": message}
    if fields and status == 400:
        err["fields"] = dict(fields)
    return {"error": err}
