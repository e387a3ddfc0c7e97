"""Queries for the account: its keys, clients, fax numbers and stored documents.

Every function takes the connection first and runs on the database thread (see db.py).
"""

from __future__ import annotations

import sqlite3
import uuid

from medsender_desktop.sandbox.db import transaction
from medsender_desktop.sandbox.records import Client, FaxNumber, StoredDocument


# --- meta (the sandbox's own keys) -----------------------------------------------------------
def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row["value"]


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def meta_or_default(conn: sqlite3.Connection, key: str, default: str) -> str:
    """The stored value, or ``default`` stored now (so a restart finds the same one)."""
    found = get_meta(conn, key)
    if found is not None:
        return found
    set_meta(conn, key, default)
    return default


# --- documents (content-addressed blobs) -------------------------------------------------------
def put_document(conn: sqlite3.Connection, sha256: str, kind: str, pages: int, data: bytes) -> None:
    conn.execute(
        "INSERT INTO documents (sha256, kind, pages, size, data) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        (sha256, kind, pages, len(data), data),
    )


def save_document(conn: sqlite3.Connection, sha256: str, kind: str, pages: int,
                  data: bytes) -> None:
    with transaction(conn):
        put_document(conn, sha256, kind, pages, data)


def get_document(conn: sqlite3.Connection, sha256: str) -> StoredDocument | None:
    row = conn.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else StoredDocument.from_row(row)


# --- clients -------------------------------------------------------------------------------------
def get_client(conn: sqlite3.Connection, client_id: str) -> Client | None:
    row = conn.execute("SELECT * FROM clients WHERE id = ?", (client_id,)).fetchone()
    return None if row is None else Client.from_row(row)


def list_clients(conn: sqlite3.Connection) -> list[Client]:
    rows = conn.execute("SELECT * FROM clients ORDER BY created_at, id").fetchall()
    return [Client.from_row(r) for r in rows]


def create_client(
    conn: sqlite3.Connection, name: str, created_at: str, fax_number_id: str | None = None,
    client_id: str | None = None,
) -> Client:
    new_id = client_id or str(uuid.uuid4())
    with transaction(conn):
        conn.execute(
            "INSERT INTO clients (id, name, created_at) VALUES (?, ?, ?)",
            (new_id, name, created_at),
        )
        if fax_number_id:
            conn.execute(
                "UPDATE fax_numbers SET client_id = ? WHERE id = ?", (new_id, fax_number_id)
            )
    return Client(id=new_id, name=name, created_at=created_at)


def rename_client(conn: sqlite3.Connection, client_id: str, name: str) -> Client | None:
    with transaction(conn):
        conn.execute("UPDATE clients SET name = ? WHERE id = ?", (name, client_id))
    return get_client(conn, client_id)


# --- fax numbers ------------------------------------------------------------------------------
_NUMBER_SELECT = (
    "SELECT n.*, c.name AS client_name FROM fax_numbers n LEFT JOIN clients c ON c.id = n.client_id"
)


def get_number(conn: sqlite3.Connection, number_id: str) -> FaxNumber | None:
    row = conn.execute(f"{_NUMBER_SELECT} WHERE n.id = ?", (number_id,)).fetchone()
    return None if row is None else FaxNumber.from_row(row)


def find_number(conn: sqlite3.Connection, e164: str) -> FaxNumber | None:
    row = conn.execute(f"{_NUMBER_SELECT} WHERE n.number = ?", (e164,)).fetchone()
    return None if row is None else FaxNumber.from_row(row)


def list_numbers(conn: sqlite3.Connection, client_id: str | None = None) -> list[FaxNumber]:
    if client_id is None:
        rows = conn.execute(f"{_NUMBER_SELECT} ORDER BY n.created_at, n.id").fetchall()
    else:
        rows = conn.execute(
            f"{_NUMBER_SELECT} WHERE n.client_id = ? ORDER BY n.created_at, n.id", (client_id,)
        ).fetchall()
    return [FaxNumber.from_row(r) for r in rows]


def numbers_by_client(conn: sqlite3.Connection) -> dict[str, list[FaxNumber]]:
    grouped: dict[str, list[FaxNumber]] = {}
    for number in list_numbers(conn):
        if number.client_id:
            grouped.setdefault(number.client_id, []).append(number)
    return grouped


def number_taken(conn: sqlite3.Connection, e164: str) -> bool:
    found = conn.execute("SELECT 1 FROM fax_numbers WHERE number = ?", (e164,)).fetchone()
    return found is not None


def create_number(
    conn: sqlite3.Connection, e164: str, created_at: str, client_id: str | None,
    callback_url: str | None, number_id: str | None = None,
) -> FaxNumber:
    new_id = number_id or str(uuid.uuid4())
    with transaction(conn):
        conn.execute(
            "INSERT INTO fax_numbers (id, number, client_id, callback_url, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (new_id, e164, client_id, callback_url, created_at),
        )
    found = get_number(conn, new_id)
    assert found is not None
    return found


_UNSET = object()


def update_number(
    conn: sqlite3.Connection, number_id: str, *, callback_url: object = _UNSET,
    client_id: object = _UNSET,
) -> FaxNumber | None:
    """Change what was given (``None`` clears it; a missing argument leaves it)."""
    with transaction(conn):
        if callback_url is not _UNSET:
            conn.execute(
                "UPDATE fax_numbers SET callback_url = ? WHERE id = ?", (callback_url, number_id)
            )
        if client_id is not _UNSET:
            conn.execute(
                "UPDATE fax_numbers SET client_id = ? WHERE id = ?", (client_id, number_id)
            )
    return get_number(conn, number_id)

