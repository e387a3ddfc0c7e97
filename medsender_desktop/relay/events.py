"""The relay's event log: durable, idempotent, encrypted at rest, read by cursor.

Only ``kind``, ``token``, ``status``, the receive time and the random file id are stored in
plaintext (for indexing and idempotency; none of them is PHI). The callback's details, with
names and phone numbers, are sealed with AES-GCM.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from medsender_desktop import strict_json, wire
from medsender_desktop.errors import RelayError
from medsender_desktop.migrations import migrate
from medsender_desktop.relay.database import Reader, Writer, connect
from medsender_desktop.relay.files import FileStore, new_file_id
from medsender_desktop.relay.sealing import Sealer, event_context

log = logging.getLogger(__name__)

DB_NAME: Final = "relay.sqlite3"
FILES_DIR: Final = "files"
#: MIGRATIONS[i] brings the relay's database from schema version i to i + 1
SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    token TEXT NOT NULL,
    status TEXT NOT NULL,
    received_at_ms INTEGER NOT NULL,
    file_id TEXT UNIQUE,
    payload BLOB NOT NULL,
    UNIQUE (kind, token, status)
);
CREATE INDEX IF NOT EXISTS events_by_received_at ON events (received_at_ms);
"""
MIGRATIONS: Final = (SCHEMA,)
COLUMNS: Final = "id, kind, token, status, received_at_ms, file_id, payload"


def iso_utc(ms: int) -> str:
    return wire.timestamp_at(ms / 1000)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    kind: str
    token: str
    status: str
    received_at_ms: int
    file_id: str | None
    payload: Mapping[str, Any]
    #: The stored payload could not be decrypted: the event still says which record changed.
    payload_unreadable: bool = False

    def to_json(self) -> dict[str, Any]:
        body = {
            "id": self.id,
            "kind": self.kind,
            "token": self.token,
            "status": self.status,
            "received_at": iso_utc(self.received_at_ms),
            "payload": dict(self.payload),
            "file_id": self.file_id,
        }
        if self.payload_unreadable:
            body["payload_unreadable"] = True
        return body


@dataclass(frozen=True, slots=True)
class IncomingEvent:
    kind: str
    token: str
    status: str
    details: Mapping[str, Any]
    document: bytes | None


@dataclass(frozen=True, slots=True)
class StoreResult:
    event_id: int
    duplicate: bool


def _initialise(path: Path) -> str:
    if not path.exists():  # owner-only; SQLite gives the -wal and -shm files the same mode
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = connect(path)
    try:
        migrate(conn, MIGRATIONS, name="relay database")
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('relay_id', ?)", (secrets.token_hex(8),)
        )
        (relay_id,) = conn.execute("SELECT value FROM meta WHERE key = 'relay_id'").fetchone()
        return str(relay_id)
    finally:
        conn.close()


class EventStore:
    """Owns the database and the document folder under one data directory."""

    def __init__(self, data_dir: Path, sealer: Sealer, on_commit: Callable[[], None]) -> None:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        db_path = data_dir / DB_NAME
        #: Random per database: tells desktops their saved cursor belongs to another relay.
        self.relay_id = _initialise(db_path)
        self._sealer = sealer
        self.files = FileStore(data_dir / FILES_DIR, sealer)
        self._writer = Writer(db_path, on_commit)
        self._reader = Reader(db_path)

    def close(self) -> None:
        self._writer.close()
        self._reader.close()

    # --- writing ---------------------------------------------------------------------------
    async def add(self, incoming: IncomingEvent) -> StoreResult:
        """Store durably; the same (kind, token, status) again returns the first event's id."""
        key = (incoming.kind, incoming.token, incoming.status)
        file_id: str | None = None
        if incoming.document is not None:
            # a repeated fax callback must not write its document again
            existing = await self._reader.run(lambda c: _find(c, *key))
            if existing is not None:
                return StoreResult(existing, duplicate=True)
            file_id = new_file_id()
            await asyncio.to_thread(self.files.write, file_id, incoming.document)
        sealed = self._sealer.seal_json(dict(incoming.details), event_context(*key))
        received_ms = int(time.time() * 1000)

        def insert(conn: sqlite3.Connection) -> StoreResult:
            found = _find(conn, *key)
            if found is not None:
                return StoreResult(found, duplicate=True)
            cursor = conn.execute(
                "INSERT INTO events (kind, token, status, received_at_ms, file_id, payload) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (*key, received_ms, file_id, sealed),
            )
            return StoreResult(int(cursor.lastrowid or 0), duplicate=False)

        try:
            result = await self._writer.run(insert)
        except Exception:  # not committed: the document must not linger
            if file_id is not None:
                await asyncio.to_thread(self.files.delete, file_id)
            raise
        # (if cancelled, the insert may still commit: the document stays; the sweep removes
        # it only if no event refers to it)
        if result.duplicate and file_id is not None:  # lost a race with an identical callback
            await asyncio.to_thread(self.files.delete, file_id)
        return result

    async def purge_older_than(self, cutoff_ms: int) -> int:
        """Delete events received before ``cutoff_ms`` and their documents; returns the count."""

        def delete(conn: sqlite3.Connection) -> list[str | None]:
            rows = conn.execute(
                "DELETE FROM events WHERE received_at_ms < ? RETURNING file_id", (cutoff_ms,)
            ).fetchall()
            return [row[0] for row in rows]

        file_ids = await self._writer.run(delete)
        for file_id in file_ids:
            if file_id is not None:
                await asyncio.to_thread(self.files.delete, file_id)
        return len(file_ids)

    async def sweep_orphan_files(self, *, min_age_seconds: float) -> int:
        referenced = await self._reader.run(
            lambda c: {r[0] for r in c.execute("SELECT file_id FROM events WHERE file_id IS NOT NULL")}
        )
        return await asyncio.to_thread(
            self.files.sweep, referenced, min_age_seconds=min_age_seconds
        )

    # --- reading ---------------------------------------------------------------------------
    async def after(self, cursor: int, limit: int) -> list[StoredEvent]:
        def query(conn: sqlite3.Connection) -> list[StoredEvent]:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM events WHERE id > ? ORDER BY id LIMIT ?", (cursor, limit)
            ).fetchall()
            return [self._decode(row) for row in rows]

        return await self._reader.run(query)

    async def last_id(self) -> int:
        def query(conn: sqlite3.Connection) -> int:
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
            return int(row[0]) if row else 0

        return await self._reader.run(query)

    async def has_file(self, file_id: str) -> bool:
        return await self._reader.run(
            lambda c: c.execute("SELECT 1 FROM events WHERE file_id = ?", (file_id,)).fetchone()
            is not None
        )

    async def read_file(self, file_id: str) -> bytes | None:
        if not await self.has_file(file_id):
            return None
        return await asyncio.to_thread(self.files.read, file_id)

    def _decode(self, row: tuple[Any, ...]) -> StoredEvent:
        """One row as an event. Never raises on a stored payload: one poisoned row (stored
        before strict parsing, or damaged on disk) must not stop every desktop's reads."""
        event_id, kind, token, status, received_ms, file_id, sealed = row
        try:
            payload = self._sealer.open_json(sealed, event_context(kind, token, status))
        except (RelayError, ValueError) as exc:
            log.warning("event %d: stored payload unreadable (%s); sent without it", event_id,
                        type(exc).__name__)
            return StoredEvent(event_id, kind, token, status, received_ms, file_id,
                               MappingProxyType({}), payload_unreadable=True)
        return StoredEvent(event_id, kind, token, status, received_ms, file_id,
                           MappingProxyType(strict_json.sanitize(payload)))


def _find(conn: sqlite3.Connection, kind: str, token: str, status: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM events WHERE kind = ? AND token = ? AND status = ?", (kind, token, status)
    ).fetchone()
    return int(row[0]) if row else None
