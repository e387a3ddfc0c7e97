"""Request building for :class:`MedsenderClient`: list filters and field/answer helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar
from urllib.parse import quote

from medsender_desktop.api import validation
from medsender_desktop.api.models import Page, SendResult, normalize_keys
from medsender_desktop.errors import MedsenderError, ValidationError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SentFaxFilters:
    from_number: str | None = None
    to_number: str | None = None
    patient_name: str | None = None
    patient_dob: str | dt.date | None = None
    sender_name: str | None = None
    recipient_name: str | None = None
    date_start: str | dt.date | None = None
    date_end: str | dt.date | None = None
    order_by_date: str | None = None
    is_test: bool | None = None


@dataclass(frozen=True, slots=True)
class ReceivedFaxFilters:
    from_number: str | None = None
    to_number: str | None = None
    caller_name: str | None = None
    fax_status: str | None = None
    date_start: str | dt.date | None = None
    date_end: str | dt.date | None = None
    order_by_date: str | None = None
    is_test: bool | None = None
    client: str | None = None
    callback_status: str | None = None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date_text(value: str | dt.date | None, field: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return validation.parse_date(str(value), field).isoformat()


def _token(value: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("The record id is missing.", field="id")
    return quote(text, safe="")


def _phone_filter(value: str | None, field: str) -> str | None:
    return validation.normalize_phone(value, field) if _text(value) else None


def _enum_filter(kind: type[StrEnum], value: str | None, field: str) -> str | None:
    if not _text(value):
        return None
    try:
        return str(kind(str(value).strip()))
    except ValueError as exc:
        allowed = ", ".join(str(m) for m in kind)
        raise ValidationError(f"The {field.replace('_', ' ')} must be one of: {allowed}.", field=field) from exc


def _client_name(name: str) -> str:
    text = _text(name)
    if not text:
        raise ValidationError("Enter a name for the client.", field="name")
    if len(text) > 200:
        raise ValidationError("The client name is too long (200 characters at most).", field="name")
    return text


def _send_result(body: Any, *token_keys: str) -> SendResult:
    if not isinstance(body, Mapping):
        raise MedsenderError("Medsender's answer did not include a record id. Check the Sent tab.")
    data = normalize_keys(body)
    found = data.get("ai_result")
    inner: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    for key in token_keys:
        token = data.get(key) or normalize_keys(inner).get(key)
        if token:
            return SendResult(message=str(data.get("message") or ""), token=str(token))
    raise MedsenderError("Medsender's answer did not include a record id. Check the Sent tab.")


async def _walk[T](fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    page = 1
    while True:
        result = await fetch(page)
        for item in result.items:
            yield item
        if not result.items or page >= result.meta.total_pages:
            return
        page += 1
