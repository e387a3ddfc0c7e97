"""Typed, immutable records of the Medsender API, parsed once from JSON.

Every parser accepts camelCase and snake_case keys alike (the two public doc versions differ);
keys it does not know are kept in ``extra`` rather than dropped or treated as fatal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from medsender_desktop.api._parsing import (
    _EMPTY,
    UnreadableAnswer,
    _ai_date,
    _ai_phone,
    _bool,
    _enum,
    _int,
    _mapping,
    _Reader,
    _record_status,
    _RedactedRepr,
    _str,
    normalize_keys,
    parse_date,
    parse_list,
    parse_timestamp,
    snake,
    unwrap,
)
from medsender_desktop.api.explain import explain_email_error, explain_error, explain_received_error
from medsender_desktop.wire import (
    AiStatus,
    CallbackStatus,
    DocumentType,
    FaxStatus,
    RecordStatus,
    SentStatus,
    format_timestamp,
)

__all__ = [
    "AiResult", "Attempt", "Client", "ClientRef", "Email", "FaxNumber", "Page", "PageMeta",
    "ReceivedFax", "SendResult", "SentFax", "UnreadableAnswer", "explain_email_error",
    "explain_error", "explain_received_error",
    "format_timestamp", "normalize_keys", "parse_date", "parse_list", "parse_timestamp",
    "snake", "unwrap",
]


@dataclass(frozen=True, slots=True)
class PageMeta:
    total_count: int
    total_pages: int
    per_page: int
    page: int

    @classmethod
    def from_api(cls, raw: Mapping[str, Any] | None, *, items: int = 0) -> PageMeta:
        r = _Reader(raw or {})
        return cls(
            total_count=_int(r.get("total_count"), items),
            total_pages=_int(r.get("total_pages"), 1 if items else 0),
            per_page=_int(r.get("per_page"), items),
            page=_int(r.get("page"), 1),
        )


@dataclass(frozen=True, slots=True)
class Page[T]:
    items: tuple[T, ...]
    meta: PageMeta

    @property
    def has_next(self) -> bool:
        return self.meta.page < self.meta.total_pages


@dataclass(frozen=True, slots=True)
class Attempt:
    number: int
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    result: str

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> Attempt:
        r = _Reader(raw)
        return cls(
            number=_int(r.get("attempt", "number")),
            started_at=parse_timestamp(r.get("started_at")),
            ended_at=parse_timestamp(r.get("ended_at")),
            result=_str(r.get("result", "status")) or "",
        )


@dataclass(frozen=True, slots=True, repr=False)
class SentFax(_RedactedRepr):
    _repr_fields = ('send_token', 'sent_status', 'record_status')

    send_token: str
    from_number: str | None = None
    to_number: str | None = None
    sent_status: SentStatus | str | None = None
    record_status: RecordStatus | str | None = None
    document_type: DocumentType | str | None = None
    patient_name: str | None = None
    patient_dob: dt.date | None = None
    sender_name: str | None = None
    recipient_name: str | None = None
    note: str | None = None
    sent_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    expiry: dt.datetime | None = None
    view_count: int = 0
    error_details: Mapping[str, Any] | None = None
    is_test: bool = False
    secure_link: str | None = None
    attempts: tuple[Attempt, ...] = ()
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @property
    def token(self) -> str:
        return self.send_token

    @property
    def is_final(self) -> bool:
        """Delivered or failed for good: nothing about it changes any more."""
        return isinstance(self.sent_status, SentStatus) and self.sent_status.is_final

    @property
    def error_text(self) -> str | None:
        """Why it failed, in plain words with what to do next; ``None`` if it did not."""
        return explain_error(self.error_details)

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> SentFax:
        r = _Reader(raw)
        attempts = r.get("attempts")
        return cls(
            send_token=_str(r.get("send_token", "fax_id", "id")) or "",
            from_number=_str(r.get("from_number")),
            to_number=_str(r.get("to_number")),
            sent_status=_enum(SentStatus, r.get("sent_status", "status")),
            record_status=_record_status(r.get("record_status")),
            document_type=_enum(DocumentType, r.get("document_type")),
            patient_name=_str(r.get("patient_name")),
            patient_dob=parse_date(r.get("patient_dob")),
            sender_name=_str(r.get("sender_name")),
            recipient_name=_str(r.get("recipient_name")),
            note=_str(r.get("note")),
            sent_at=parse_timestamp(r.get("sent_at")),
            completed_at=parse_timestamp(r.get("completed_at")),
            expiry=parse_timestamp(r.get("expiry")),
            view_count=_int(r.get("view_count")),
            error_details=_mapping(r.get("error_details")),
            is_test=_bool(r.get("is_test")),
            secure_link=_str(r.get("secure_link")),
            attempts=tuple(Attempt.from_api(a) for a in attempts if isinstance(a, Mapping))
            if isinstance(attempts, list)
            else (),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True, repr=False)
class Email(_RedactedRepr):
    _repr_fields = ('email_id', 'email_status')

    email_id: str
    recipient_email: str | None = None
    recipient_name: str | None = None
    sender_name: str | None = None
    reply_to_email: str | None = None
    patient_name: str | None = None
    patient_dob: dt.date | None = None
    subject: str | None = None
    note: str | None = None
    #: the sent-fax words (API-CONTRACT.md, "Points settled"); any other word as it came
    email_status: SentStatus | str | None = None
    record_status: RecordStatus | str | None = None
    sent_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    expiry: dt.datetime | None = None
    last_viewed_at: dt.datetime | None = None
    error: Mapping[str, Any] | None = None
    is_test: bool = False
    secure_link: str | None = None
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @property
    def token(self) -> str:
        return self.email_id

    @property
    def is_final(self) -> bool:
        """Delivered or failed for good: a final status word, a completion time or an error
        (a word outside the vocabulary counts once Medsender says it completed)."""
        status = str(self.email_status or "").lower()
        final_word = status in (SentStatus.SUCCESS, SentStatus.FAILURE)
        return final_word or self.completed_at is not None or bool(self.error)

    @property
    def error_text(self) -> str | None:
        return explain_email_error(self.error)

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> Email:
        r = _Reader(raw)
        return cls(
            email_id=_str(r.get("email_id", "send_token", "id")) or "",
            recipient_email=_str(r.get("recipient_email")),
            recipient_name=_str(r.get("recipient_name")),
            sender_name=_str(r.get("sender_name")),
            reply_to_email=_str(r.get("reply_to_email")),
            patient_name=_str(r.get("patient_name")),
            patient_dob=parse_date(r.get("patient_dob")),
            subject=_str(r.get("subject")),
            note=_str(r.get("note")),
            email_status=_enum(SentStatus, r.get("email_status", "status")),
            record_status=_record_status(r.get("record_status")),
            sent_at=parse_timestamp(r.get("sent_at")),
            completed_at=parse_timestamp(r.get("completed_at")),
            expiry=parse_timestamp(r.get("expiry")),
            last_viewed_at=parse_timestamp(r.get("last_viewed_at")),
            error=_mapping(r.get("error")),
            is_test=_bool(r.get("is_test")),
            secure_link=_str(r.get("secure_link")),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True, repr=False)
class ReceivedFax(_RedactedRepr):
    _repr_fields = ('send_token', 'fax_status', 'num_pages')

    send_token: str
    from_number: str | None = None
    to_number: str | None = None
    caller_name: str | None = None
    sent_at: dt.datetime | None = None
    #: when it arrived: what date filters and ordering use (the docs' objects carry only
    #: ``sentAt``, which then stands for it)
    received_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    num_pages: int = 0
    fax_status: FaxStatus | str | None = None
    callback_status: CallbackStatus | str | None = None
    error_details: Mapping[str, Any] | None = None
    is_test: bool = False
    client: str | None = None
    secure_link: str | None = None
    document_classification: str | None = None
    patient_name: str | None = None
    patient_dob: str | None = None
    patient_gender: str | None = None
    patient_phone: str | None = None
    summary: str | None = None
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @property
    def token(self) -> str:
        return self.send_token

    @property
    def error_text(self) -> str | None:
        """Why the inbound fax failed and what to do; ``None`` if it arrived whole."""
        return explain_received_error(self.error_details)

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> ReceivedFax:
        r = _Reader(raw)
        client = r.get("client", "client_id")
        if isinstance(client, Mapping):
            client = client.get("clientId") or client.get("client_id") or client.get("id")
        return cls(
            send_token=_str(r.get("send_token", "fax_id", "id")) or "",
            from_number=_str(r.get("from_number")),
            to_number=_str(r.get("to_number")),
            caller_name=_str(r.get("caller_name")),
            sent_at=parse_timestamp(r.get("sent_at")),
            received_at=parse_timestamp(r.get("received_at") or r.get("sent_at")),
            completed_at=parse_timestamp(r.get("completed_at")),
            num_pages=_int(r.get("num_pages")),
            fax_status=_enum(FaxStatus, r.get("fax_status", "status")),
            callback_status=_enum(CallbackStatus, r.get("callback_status")),
            error_details=_mapping(r.get("error_details")),
            is_test=_bool(r.get("is_test")),
            client=_str(client),
            secure_link=_str(r.get("secure_link")),
            document_classification=_str(r.get("document_classification")),
            patient_name=_str(r.get("patient_name")),
            patient_dob=_ai_date(r.get("patient_dob")),
            patient_gender=_str(r.get("patient_gender", "gender")),
            patient_phone=_ai_phone(r.get("patient_phone", "phone_number")),
            summary=_str(r.get("summary")),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True)
class ClientRef:
    client_id: str
    name: str | None = None

    @classmethod
    def from_api(cls, raw: Any) -> ClientRef | None:
        if isinstance(raw, str) and raw:
            return cls(client_id=raw)
        if not isinstance(raw, Mapping) or not raw:
            return None
        r = _Reader(raw)
        client_id = _str(r.get("client_id", "id"))
        return cls(client_id=client_id, name=_str(r.get("name"))) if client_id else None


@dataclass(frozen=True, slots=True, repr=False)
class FaxNumber(_RedactedRepr):
    _repr_fields = ('id',)

    id: str
    number: str | None = None
    client: ClientRef | None = None
    callback_url: str | None = None
    uri: str | None = None
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> FaxNumber:
        r = _Reader(raw)
        return cls(
            id=_str(r.get("id", "fax_number_id")) or "",
            number=_str(r.get("number", "fax_number")),
            client=ClientRef.from_api(r.get("client")),
            callback_url=_str(r.get("callback_url")),
            uri=_str(r.get("uri")),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True, repr=False)
class Client(_RedactedRepr):
    _repr_fields = ('client_id',)

    client_id: str
    name: str | None = None
    fax_numbers: tuple[FaxNumber, ...] = ()
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> Client:
        r = _Reader(raw)
        numbers = r.get("fax_numbers")
        return cls(
            client_id=_str(r.get("client_id", "id")) or "",
            name=_str(r.get("name")),
            fax_numbers=tuple(FaxNumber.from_api(n) for n in numbers if isinstance(n, Mapping))
            if isinstance(numbers, list)
            else (),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True, repr=False)
class AiResult(_RedactedRepr):
    _repr_fields = ('ai_token', 'status')

    ai_token: str
    status: str | None = None
    patient_name: str | None = None
    patient_dob: str | None = None
    document_classification: str | None = None
    gender: str | None = None
    phone_number: str | None = None
    summary: str | None = None
    extra: Mapping[str, Any] = field(default=_EMPTY, compare=False)

    @property
    def token(self) -> str:
        return self.ai_token

    @property
    def is_final(self) -> bool:
        """Done or failed (the docs' ``success``/``failure`` count too): nothing changes."""
        return self.succeeded or self.failed

    @property
    def succeeded(self) -> bool:
        return str(self.status or "").lower() in (AiStatus.COMPLETED, "success")

    @property
    def failed(self) -> bool:
        return str(self.status or "").lower() in (AiStatus.FAILED, "failure")

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> AiResult:
        r = _Reader(raw)
        return cls(
            ai_token=_str(r.get("ai_token", "token", "id")) or "",
            status=_str(r.get("status")),
            patient_name=_str(r.get("patient_name")),
            patient_dob=_ai_date(r.get("patient_dob")),
            document_classification=_str(r.get("document_classification", "classification")),
            gender=_str(r.get("gender")),
            phone_number=_ai_phone(r.get("phone_number")),
            summary=_str(r.get("summary")),
            extra=r.extra(),
        )


@dataclass(frozen=True, slots=True)
class SendResult:
    """What a POST that queues work answers: the message and the new record's token."""

    message: str
    token: str
