"""Queries for secure emails, AI jobs and the callback outbox.

Callbacks are an outbox: a record's final state and its callback are written in the same
transaction, so a crash can neither lose a callback nor send one for a state never stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from medsender_desktop.sandbox import serialize
from medsender_desktop.sandbox.db import transaction
from medsender_desktop.sandbox.records import AiJob, Callback, Email
from medsender_desktop.sandbox.timeutil import iso

EMAIL_COLUMNS = (
    "id", "is_test", "record_status", "email_status", "recipient_email", "recipient_name",
    "sender_name", "reply_to_email", "patient_name", "patient_dob", "subject", "note",
    "callback_url", "document_sha", "access_code", "view_count", "sent_at", "completed_at",
    "expiry", "last_viewed_at", "error", "next_step_at",
)


@dataclass(frozen=True)
class CallbackSpec:
    """A callback to deliver: what kind, signed over which token/completedAt, with what body."""

    kind: str  # sent_fax | received_fax | email | ai
    token: str
    completed_at: str | None
    url: str | None  # None = the sandbox's default callback URL, resolved at delivery time
    payload: str  # the JSON string put in the form field
    file_sha: str | None
    created_at: str
    first_try_at: float


def record_callback(kind: str, token: str, completed_at: str | None, url: str | None,
                    record: dict, now: float, file_sha: str | None = None) -> CallbackSpec:
    """A callback whose ``recordDetails`` is ``record`` (snake_case) as a camelCase JSON string."""
    payload = json.dumps(serialize.camelize(record), separators=(",", ":"))
    return CallbackSpec(kind=kind, token=token, completed_at=completed_at, url=url,
                        payload=payload, file_sha=file_sha, created_at=iso(now), first_try_at=now)


def enqueue_callback(conn: sqlite3.Connection, spec: CallbackSpec) -> None:
    """Add a pending callback (call inside the transaction that stores the final state)."""
    conn.execute(
        "INSERT INTO callbacks (kind, token, completed_at, url, payload, file_sha, status, "
        "attempts, next_try_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
        (spec.kind, spec.token, spec.completed_at, spec.url, spec.payload, spec.file_sha,
         spec.first_try_at, spec.created_at),
    )


def due_callbacks(conn: sqlite3.Connection, now: float, limit: int = 20) -> list[Callback]:
    rows = conn.execute(
        "SELECT * FROM callbacks WHERE status = 'pending' AND next_try_at <= ? "
        "ORDER BY next_try_at LIMIT ?",
        (now, limit),
    ).fetchall()
    return [Callback.from_row(r) for r in rows]


def callback_attempted(conn: sqlite3.Connection, callback_id: int, *, status: str,
                       next_try_at: float | None, error: str | None,
                       received_status: tuple[str, str] | None) -> None:
    """Record one delivery attempt; ``received_status`` = (token, callbackStatus) to mirror."""
    with transaction(conn):
        conn.execute(
            "UPDATE callbacks SET status = ?, attempts = attempts + 1, next_try_at = ?, "
            "last_error = ? WHERE id = ?",
            (status, next_try_at, error, callback_id),
        )
        if received_status is not None:
            conn.execute(
                "UPDATE received_faxes SET callback_status = ? WHERE token = ?",
                (received_status[1], received_status[0]),
            )


def next_due(conn: sqlite3.Connection) -> float | None:
    """The earliest time any worker has something to do (carrier steps, callbacks)."""
    row = conn.execute(
        "SELECT MIN(t) FROM ("
        " SELECT MIN(next_step_at) AS t FROM sent_faxes WHERE next_step_at IS NOT NULL"
        " UNION ALL SELECT MIN(next_step_at) FROM emails WHERE next_step_at IS NOT NULL"
        " UNION ALL SELECT MIN(next_step_at) FROM ai_jobs WHERE next_step_at IS NOT NULL)"
    ).fetchone()
    return row[0]


def next_callback_due(conn: sqlite3.Connection) -> float | None:
    row = conn.execute(
        "SELECT MIN(next_try_at) FROM callbacks WHERE status = 'pending'"
    ).fetchone()
    return row[0]


# --- emails ----------------------------------------------------------------------------------
def insert_email(conn: sqlite3.Connection, values: Mapping[str, Any]) -> None:
    names = [c for c in EMAIL_COLUMNS if c in values]
    encoded = [
        json.dumps(values[c]) if c == "error" and values[c] is not None else values[c]
        for c in names
    ]
    with transaction(conn):
        conn.execute(
            f"INSERT INTO emails ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            encoded,
        )


def get_email(conn: sqlite3.Connection, email_id: str) -> Email | None:
    row = conn.execute("SELECT * FROM emails WHERE id = ?", (email_id,)).fetchone()
    return None if row is None else Email.from_row(row)


def find_email_by_access_code(conn: sqlite3.Connection, code: str) -> Email | None:
    row = conn.execute("SELECT * FROM emails WHERE access_code = ?", (code,)).fetchone()
    return None if row is None else Email.from_row(row)


def due_emails(conn: sqlite3.Connection, now: float, limit: int = 100) -> list[Email]:
    rows = conn.execute(
        "SELECT * FROM emails WHERE next_step_at IS NOT NULL AND next_step_at <= ? "
        "ORDER BY next_step_at LIMIT ?",
        (now, limit),
    ).fetchall()
    return [Email.from_row(r) for r in rows]


def advance_email(conn: sqlite3.Connection, email_id: str, expected_step_at: float,
                  changes: Mapping[str, Any], callback: CallbackSpec | None) -> bool:
    names = list(changes)
    values = [
        json.dumps(changes[n]) if n == "error" and changes[n] is not None else changes[n]
        for n in names
    ]
    with transaction(conn):
        cursor = conn.execute(
            f"UPDATE emails SET {', '.join(f'{n} = ?' for n in names)} "
            "WHERE id = ? AND next_step_at = ?",
            [*values, email_id, expected_step_at],
        )
        if cursor.rowcount != 1:
            return False
        if callback is not None:
            enqueue_callback(conn, callback)
    return True


def set_email_record_status(conn: sqlite3.Connection, email_id: str, status: str) -> Email | None:
    with transaction(conn):
        conn.execute("UPDATE emails SET record_status = ? WHERE id = ?", (status, email_id))
    return get_email(conn, email_id)


def count_email_view(conn: sqlite3.Connection, email_id: str, viewed_at: str) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE emails SET view_count = view_count + 1, last_viewed_at = ? WHERE id = ?",
            (viewed_at, email_id),
        )


# --- AI jobs ---------------------------------------------------------------------------------
def insert_ai_job(conn: sqlite3.Connection, token: str, document_sha: str,
                  callback_url: str | None, created_at: str, next_step_at: float) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO ai_jobs (token, status, document_sha, callback_url, created_at, "
            "next_step_at) VALUES (?, 'processing', ?, ?, ?, ?)",
            (token, document_sha, callback_url, created_at, next_step_at),
        )


def get_ai_job(conn: sqlite3.Connection, token: str) -> AiJob | None:
    row = conn.execute("SELECT * FROM ai_jobs WHERE token = ?", (token,)).fetchone()
    return None if row is None else AiJob.from_row(row)


def due_ai_jobs(conn: sqlite3.Connection, now: float, limit: int = 20) -> list[AiJob]:
    rows = conn.execute(
        "SELECT * FROM ai_jobs WHERE next_step_at IS NOT NULL AND next_step_at <= ? "
        "ORDER BY next_step_at LIMIT ?",
        (now, limit),
    ).fetchall()
    return [AiJob.from_row(r) for r in rows]


def finish_ai_job(conn: sqlite3.Connection, token: str, status: str, result: dict,
                  completed_at: str, callback: CallbackSpec | None) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE ai_jobs SET status = ?, result = ?, completed_at = ?, next_step_at = NULL "
            "WHERE token = ?",
            (status, json.dumps(result), completed_at, token),
        )
        if callback is not None:
            enqueue_callback(conn, callback)
