"""Typed, frozen records for the sandbox's rows (what the stores hand to routes and workers)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Any, Self


def _decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class _FromRow:
    """``Record.from_row(row)`` picks the dataclass's fields from a :class:`sqlite3.Row`."""

    _json_fields: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Self:
        keys = set(row.keys())
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in keys:
                raw = row[f.name]
                values[f.name] = _decode(raw) if f.name in cls._json_fields else raw
        return cls(**values)


@dataclass(frozen=True)
class Client(_FromRow):
    id: str
    name: str
    created_at: str


@dataclass(frozen=True)
class FaxNumber(_FromRow):
    id: str
    number: str
    client_id: str | None
    callback_url: str | None
    created_at: str
    client_name: str | None = None


@dataclass(frozen=True)
class StoredDocument(_FromRow):
    sha256: str
    kind: str
    pages: int
    size: int
    data: bytes


@dataclass(frozen=True)
class SentFax(_FromRow):
    token: str
    is_test: int
    record_status: str
    sent_status: str
    from_number: str
    to_number: str
    patient_name: str | None
    patient_dob: str | None
    note: str | None
    sender_name: str | None
    recipient_name: str | None
    document_type: str
    callback_url: str | None
    document_sha: str
    transmitted_sha: str | None
    num_pages: int
    access_code: str
    view_count: int
    sent_at: str
    completed_at: str | None
    expiry: str
    error_details: dict | None
    attempts: list
    next_step_at: float | None
    forwarded_from: str | None

    _json_fields = ("error_details", "attempts")


@dataclass(frozen=True)
class ReceivedFax(_FromRow):
    token: str
    is_test: int
    fax_status: str
    from_number: str | None
    to_number: str
    caller_name: str | None
    number_id: str
    client_id: str | None
    document_sha: str
    num_pages: int
    sent_at: str
    completed_at: str | None
    error_details: dict | None
    callback_status: str
    document_classification: str | None
    patient_name: str | None
    patient_dob: str | None
    gender: str | None
    phone_number: str | None
    summary: str | None

    _json_fields = ("error_details",)


@dataclass(frozen=True)
class Email(_FromRow):
    id: str
    is_test: int
    record_status: str
    email_status: str
    recipient_email: str
    recipient_name: str | None
    sender_name: str
    reply_to_email: str | None
    patient_name: str | None
    patient_dob: str | None
    subject: str | None
    note: str | None
    callback_url: str | None
    document_sha: str
    access_code: str
    view_count: int
    sent_at: str
    completed_at: str | None
    expiry: str
    last_viewed_at: str | None
    error: dict | None
    next_step_at: float | None

    _json_fields = ("error",)


@dataclass(frozen=True)
class AiJob(_FromRow):
    token: str
    status: str
    document_sha: str
    callback_url: str | None
    created_at: str
    completed_at: str | None
    result: dict | None
    next_step_at: float | None

    _json_fields = ("result",)


@dataclass(frozen=True)
class Callback(_FromRow):
    id: int
    kind: str
    token: str
    completed_at: str | None
    url: str | None
    payload: str
    file_sha: str | None
    status: str
    attempts: int
    next_try_at: float | None
    last_error: str | None
    created_at: str


@dataclass(frozen=True)
class Page:
    """One page of a list endpoint: the records and the numbers behind ``meta``."""

    items: list
    total: int
    page: int
    per_page: int

    @property
    def total_pages(self) -> int:
        return -(-self.total // self.per_page) if self.total else 0
