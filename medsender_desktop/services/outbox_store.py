"""The outbox's SQLite file: entries, their delivery timelines, and the claimed send tokens.

Every state change is one transaction, and the changes that decide whether a fax may be
uploaded are compare-and-set (``... WHERE state = 'queued'``), so a cancel and an upload, or
two workers, can never both win. Plain data in, frozen records out.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from medsender_desktop.services.sqlite_store import SqliteStore, private_file

OUTBOX_FILE: Final = "outbox.sqlite3"


class OutboxState(StrEnum):
    QUEUED = "queued"  #: waiting for its turn (or its "send at" time, or a retry delay)
    UPLOADING = "uploading"  #: the upload is running; after a crash this becomes UNKNOWN
    UNKNOWN = "unknown"  #: the upload may have reached Medsender: being reconciled
    SENT = "sent"  #: Medsender accepted it; ``token`` is known, delivery is followed
    FAILED = "failed"  #: refused (the reason says why) - Retry makes a new entry
    CANCELLED = "cancelled"  #: cancelled by the user before any upload


#: states in which the outbox still has something to do before Medsender has the fax
PENDING: Final = (OutboxState.QUEUED, OutboxState.UPLOADING, OutboxState.UNKNOWN)
FINAL_DELIVERY: Final = ("success", "failure")


@dataclass(frozen=True, slots=True, repr=False)
class OutboxEntry:
    """One fax to one recipient. ``fields`` holds the cover-sheet fields as given."""

    id: str
    group_id: str
    state: OutboxState
    to_number: str
    from_number: str
    fields: dict[str, Any]
    documents: tuple[str, ...]
    created_at: float
    send_at: float | None = None
    retry_of: str | None = None
    token: str | None = None
    delivery: str | None = None
    error: str | None = None
    tries: int = 0
    next_try_at: float = 0.0
    first_attempt_at: float | None = None
    unknown_since: float | None = None

    def __repr__(self) -> str:  # numbers and cover fields are PHI: never in logs
        return f"OutboxEntry(id={self.id!r}, state={self.state.value!r}, token={self.token!r})"

    @property
    def is_final(self) -> bool:
        """Nothing left to do: refused, cancelled, or handed over and delivered or failed."""
        if self.state in (OutboxState.FAILED, OutboxState.CANCELLED):
            return True
        return self.state is OutboxState.SENT and self.delivery in FINAL_DELIVERY

    @property
    def delivery_failed(self) -> bool:
        return self.state is OutboxState.FAILED or self.delivery == "failure"


@dataclass(frozen=True, repr=False)
class SendFailure:
    """A fax that will not arrive: the entry and why, in words for the notification."""

    entry: OutboxEntry
    reason: str

    def __repr__(self) -> str:
        return f"SendFailure(entry={self.entry.id!r})"


@dataclass(frozen=True, slots=True, repr=False)
class TimelineEvent:
    at: float
    kind: str  #: queued, held, attempt, uploaded, upload_failed, unknown, reconciled, ...
    detail: str = ""

    def __repr__(self) -> str:
        return f"TimelineEvent({self.kind!r})"


_COLUMNS = ("id, group_id, state, to_number, from_number, fields, documents, created_at, send_at, "
            "retry_of, token, delivery, error, tries, next_try_at, first_attempt_at, unknown_since")


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(
        id=row[0], group_id=row[1], state=OutboxState(row[2]), to_number=row[3],
        from_number=row[4], fields=json.loads(row[5]), documents=tuple(json.loads(row[6])),
        created_at=row[7], send_at=row[8], retry_of=row[9], token=row[10], delivery=row[11],
        error=row[12], tries=row[13], next_try_at=row[14], first_attempt_at=row[15],
        unknown_since=row[16],
    )


class OutboxStore(SqliteStore):
    synchronous = "FULL"  # a lost "uploading" mark after a power cut could send a fax twice
    schema = """
    CREATE TABLE IF NOT EXISTS entries (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL,
        state TEXT NOT NULL,
        to_number TEXT NOT NULL,
        from_number TEXT NOT NULL,
        fields TEXT NOT NULL,
        documents TEXT NOT NULL,
        created_at REAL NOT NULL,
        send_at REAL,
        retry_of TEXT,
        token TEXT UNIQUE,
        delivery TEXT,
        error TEXT,
        tries INTEGER NOT NULL DEFAULT 0,
        next_try_at REAL NOT NULL DEFAULT 0,
        first_attempt_at REAL,
        unknown_since REAL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS entries_state ON entries (state);
    CREATE INDEX IF NOT EXISTS entries_group ON entries (group_id);
    CREATE TABLE IF NOT EXISTS timeline (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL,
        at REAL NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS timeline_entry ON timeline (entry_id, seq);
    """

    @classmethod
    def in_dir(cls, data_dir: Path) -> OutboxStore:
        return cls(private_file(data_dir / OUTBOX_FILE))

    # --- writes --------------------------------------------------------------------------
    async def insert(self, entries: list[OutboxEntry], event: str, detail: str = "") -> None:
        now = time.time()

        def write(conn: sqlite3.Connection) -> None:
            for e in entries:
                conn.execute(
                    f"INSERT INTO entries ({_COLUMNS}, updated_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (e.id, e.group_id, e.state.value, e.to_number, e.from_number,
                     json.dumps(e.fields), json.dumps(list(e.documents)), e.created_at,
                     e.send_at, e.retry_of, e.token, e.delivery, e.error, e.tries, e.next_try_at,
                     e.first_attempt_at, e.unknown_since, now))
                conn.execute("INSERT INTO timeline (entry_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                             (e.id, now, event, detail))

        await self.run(write)

    async def change(self, entry_id: str, *, expect: tuple[OutboxState, ...] | None = None,
                     event: str | None = None, detail: str = "", **values: Any) -> bool:
        """Set columns of one entry (only if its state is one of ``expect``) and add a timeline
        event, in one transaction. Returns whether the entry changed."""
        now = time.time()
        values = {k: (v.value if isinstance(v, OutboxState) else v) for k, v in values.items()}
        sets = ", ".join(f"{name} = ?" for name in values)
        sql = f"UPDATE entries SET {sets}{', ' if sets else ''}updated_at = ? WHERE id = ?"
        params: list[Any] = [*values.values(), now, entry_id]
        if expect:
            sql += f" AND state IN ({', '.join('?' * len(expect))})"
            params += [s.value for s in expect]

        def write(conn: sqlite3.Connection) -> bool:
            if conn.execute(sql, params).rowcount != 1:
                return False
            if event:
                conn.execute("INSERT INTO timeline (entry_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                             (entry_id, now, event, detail))
            return True

        return await self.run(write)

    async def add_event(self, entry_id: str, kind: str, detail: str = "",
                        at: float | None = None) -> None:
        when = time.time() if at is None else at
        await self.run(lambda c: c.execute(
            "INSERT INTO timeline (entry_id, at, kind, detail) VALUES (?, ?, ?, ?)",
            (entry_id, when, kind, detail)))

    async def recover_interrupted(self) -> list[str]:
        """Uploads cut off by a crash or a quit: their outcome is unknown (reconcile first)."""
        now = time.time()

        def write(conn: sqlite3.Connection) -> list[str]:
            ids = [r[0] for r in conn.execute("SELECT id FROM entries WHERE state = ?",
                                              (OutboxState.UPLOADING.value,))]
            for entry_id in ids:
                conn.execute("UPDATE entries SET state = ?, unknown_since = ?, next_try_at = 0, "
                             "updated_at = ? WHERE id = ?",
                             (OutboxState.UNKNOWN.value, now, now, entry_id))
                conn.execute("INSERT INTO timeline (entry_id, at, kind, detail) VALUES "
                             "(?, ?, 'unknown', ?)", (entry_id, now,
                                                     "The app stopped during the upload."))
            return ids

        return await self.run(write)

    async def purge(self, before: float) -> set[str]:
        """Forget final entries last changed before ``before``; the documents still in use."""
        final = ("failed", "cancelled")

        def write(conn: sqlite3.Connection) -> set[str]:
            old = [r[0] for r in conn.execute(
                "SELECT id FROM entries WHERE updated_at < ? AND (state IN (?, ?) OR "
                "(state = 'sent' AND delivery IN ('success', 'failure')))", (before, *final))]
            for entry_id in old:
                conn.execute("DELETE FROM timeline WHERE entry_id = ?", (entry_id,))
                conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            used: set[str] = set()
            for (docs,) in conn.execute("SELECT documents FROM entries"):
                used.update(json.loads(docs))
            return used

        return await self.run(write)

    # --- reads ---------------------------------------------------------------------------
    async def get(self, entry_id: str) -> OutboxEntry | None:
        def query(conn: sqlite3.Connection) -> OutboxEntry | None:
            row = conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
            return _entry(row) if row else None

        return await self.run(query)

    async def entries(self, *states: OutboxState) -> list[OutboxEntry]:
        where = f"WHERE state IN ({', '.join('?' * len(states))})" if states else ""

        def query(conn: sqlite3.Connection) -> list[OutboxEntry]:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM entries {where} ORDER BY created_at, id",
                                [s.value for s in states])
            return [_entry(r) for r in rows]

        return await self.run(query)

    async def following(self) -> list[OutboxEntry]:
        """Handed over to Medsender and not yet delivered or failed."""
        def query(conn: sqlite3.Connection) -> list[OutboxEntry]:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE state = 'sent' AND "
                "(delivery IS NULL OR delivery NOT IN ('success', 'failure')) ORDER BY created_at")
            return [_entry(r) for r in rows]

        return await self.run(query)

    async def by_token(self, token: str) -> OutboxEntry | None:
        def query(conn: sqlite3.Connection) -> OutboxEntry | None:
            row = conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE token = ?", (token,)).fetchone()
            return _entry(row) if row else None

        return await self.run(query)

    async def claimed_tokens(self) -> set[str]:
        return await self.run(lambda c: {r[0] for r in c.execute(
            "SELECT token FROM entries WHERE token IS NOT NULL")})

    async def count(self, *states: OutboxState) -> int:
        return await self.run(lambda c: int(c.execute(
            f"SELECT count(*) FROM entries WHERE state IN ({', '.join('?' * len(states))})",
            [s.value for s in states]).fetchone()[0]))

    async def timeline(self, entry_id: str) -> list[TimelineEvent]:
        return await self.run(lambda c: [TimelineEvent(at, kind, detail) for at, kind, detail in
                                         c.execute("SELECT at, kind, detail FROM timeline WHERE "
                                                   "entry_id = ? ORDER BY seq", (entry_id,))])
