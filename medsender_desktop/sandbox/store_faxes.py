"""Queries for sent and received faxes: insert, fetch, list (filtered, paged) and carrier steps.

Every function takes the connection first and runs on the database thread (see db.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from medsender_desktop.sandbox.db import transaction
from medsender_desktop.sandbox.records import Page, ReceivedFax, SentFax
from medsender_desktop.sandbox.store_accounts import put_document
from medsender_desktop.sandbox.store_jobs import CallbackSpec, enqueue_callback

SENT_COLUMNS = (
    "token", "is_test", "record_status", "sent_status", "from_number", "to_number",
    "patient_name", "patient_dob", "note", "sender_name", "recipient_name", "document_type",
    "callback_url", "document_sha", "transmitted_sha", "num_pages", "access_code", "view_count",
    "sent_at", "completed_at", "expiry", "error_details", "attempts", "next_step_at",
    "forwarded_from",
)
RECEIVED_COLUMNS = (
    "token", "is_test", "fax_status", "from_number", "to_number", "caller_name", "number_id",
    "client_id", "document_sha", "num_pages", "sent_at", "completed_at", "error_details",
    "callback_status", "document_classification", "patient_name", "patient_dob", "gender",
    "phone_number", "summary",
)


class DocumentLike(Protocol):
    @property
    def sha256(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def pages(self) -> int: ...
    @property
    def data(self) -> bytes: ...


_JSON_COLUMNS = frozenset({"error_details", "attempts"})


def _encode(column: str, value: Any) -> Any:
    if column in _JSON_COLUMNS and value is not None and not isinstance(value, str):
        return json.dumps(value, separators=(",", ":"))
    return value


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...],
            values: Mapping[str, Any]) -> None:
    names = [c for c in columns if c in values]
    conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [_encode(c, values[c]) for c in names],
    )


def insert_sent(conn: sqlite3.Connection, values: Mapping[str, Any],
                documents: Sequence[DocumentLike] = ()) -> None:
    """Store a new sent fax with its documents (IntegrityError if its token is taken)."""
    with transaction(conn):
        for doc in documents:
            put_document(conn, doc.sha256, doc.kind, doc.pages, doc.data)
        _insert(conn, "sent_faxes", SENT_COLUMNS, values)


def insert_received(conn: sqlite3.Connection, values: Mapping[str, Any],
                    documents: Sequence[DocumentLike], callback: CallbackSpec | None) -> None:
    """Store a received fax, its document and, in the same transaction, its callback."""
    with transaction(conn):
        for doc in documents:
            put_document(conn, doc.sha256, doc.kind, doc.pages, doc.data)
        _insert(conn, "received_faxes", RECEIVED_COLUMNS, values)
        if callback is not None:
            enqueue_callback(conn, callback)


def bulk_insert_sent(conn: sqlite3.Connection, rows: list[Mapping[str, Any]]) -> None:
    """Many sent faxes in one transaction (demo data, benchmarks)."""
    with transaction(conn):
        for values in rows:
            _insert(conn, "sent_faxes", SENT_COLUMNS, values)


def bulk_insert_received(conn: sqlite3.Connection, rows: list[Mapping[str, Any]]) -> None:
    with transaction(conn):
        for values in rows:
            _insert(conn, "received_faxes", RECEIVED_COLUMNS, values)


def get_sent(conn: sqlite3.Connection, token: str) -> SentFax | None:
    row = conn.execute("SELECT * FROM sent_faxes WHERE token = ?", (token,)).fetchone()
    return None if row is None else SentFax.from_row(row)


def find_sent_by_access_code(conn: sqlite3.Connection, code: str) -> SentFax | None:
    row = conn.execute("SELECT * FROM sent_faxes WHERE access_code = ?", (code,)).fetchone()
    return None if row is None else SentFax.from_row(row)


def get_received(conn: sqlite3.Connection, token: str) -> ReceivedFax | None:
    row = conn.execute("SELECT * FROM received_faxes WHERE token = ?", (token,)).fetchone()
    return None if row is None else ReceivedFax.from_row(row)


# --- lists ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ListQuery:
    """A list request turned into SQL conditions (built and validated by the routes)."""

    conditions: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    ascending: bool = False
    page: int = 1
    page_size: int = 10
    #: (tbl, is_test, record_status) of ``list_counts`` when only the default filters apply
    counter: tuple[str, int, str] | None = None


def _run_list(conn: sqlite3.Connection, table: str, query: ListQuery, record: type) -> Page:
    where = " AND ".join(sql for sql, _ in query.conditions) or "1"
    params: list[Any] = [p for _, ps in query.conditions for p in ps]
    direction = "ASC" if query.ascending else "DESC"
    offset = (query.page - 1) * query.page_size
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE {where} ORDER BY sent_at {direction}, seq {direction} "
        "LIMIT ? OFFSET ?",
        [*params, query.page_size, offset],
    ).fetchall()
    if query.counter is not None:
        found = conn.execute(
            "SELECT n FROM list_counts WHERE tbl = ? AND is_test = ? AND record_status = ?",
            query.counter,
        ).fetchone()
        total = 0 if found is None else found["n"]
    else:
        total = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).fetchone()[0]
    return Page(items=[record.from_row(r) for r in rows], total=total, page=query.page,
                per_page=query.page_size)


def list_sent(conn: sqlite3.Connection, query: ListQuery) -> Page:
    return _run_list(conn, "sent_faxes", query, SentFax)


def list_received(conn: sqlite3.Connection, query: ListQuery) -> Page:
    return _run_list(conn, "received_faxes", query, ReceivedFax)


# --- changes ---------------------------------------------------------------------------------
def set_sent_record_status(conn: sqlite3.Connection, token: str, status: str) -> SentFax | None:
    with transaction(conn):
        conn.execute("UPDATE sent_faxes SET record_status = ? WHERE token = ?", (status, token))
    return get_sent(conn, token)


def count_sent_view(conn: sqlite3.Connection, token: str) -> None:
    with transaction(conn):
        conn.execute("UPDATE sent_faxes SET view_count = view_count + 1 WHERE token = ?", (token,))


def set_transmitted(conn: sqlite3.Connection, token: str, sha256: str, kind: str, pages: int,
                    data: bytes) -> None:
    """Store the document as transmitted (cover sheet included) and link it to the fax."""
    with transaction(conn):
        put_document(conn, sha256, kind, pages, data)
        conn.execute(
            "UPDATE sent_faxes SET transmitted_sha = ?, num_pages = ? WHERE token = ?",
            (sha256, pages, token),
        )


def due_sent(conn: sqlite3.Connection, now: float, limit: int = 100) -> list[SentFax]:
    rows = conn.execute(
        "SELECT * FROM sent_faxes WHERE next_step_at IS NOT NULL AND next_step_at <= ? "
        "ORDER BY next_step_at LIMIT ?",
        (now, limit),
    ).fetchall()
    return [SentFax.from_row(r) for r in rows]


def advance_sent(conn: sqlite3.Connection, token: str, expected_step_at: float,
                 changes: Mapping[str, Any], callback: CallbackSpec | None) -> bool:
    """Apply one carrier step unless another step got there first; queue its callback."""
    names = list(changes)
    with transaction(conn):
        cursor = conn.execute(
            f"UPDATE sent_faxes SET {', '.join(f'{n} = ?' for n in names)} "
            "WHERE token = ? AND next_step_at = ?",
            [*(_encode(n, changes[n]) for n in names), token, expected_step_at],
        )
        if cursor.rowcount != 1:
            return False
        if callback is not None:
            enqueue_callback(conn, callback)
    return True
