"""The outbox's SQLite file: entries, their delivery timelines, and the claimed send tokens.

Every state change is one transaction, and the changes that decide whether a fax may be
uploaded are compare-and-set (``... WHERE state = 'queued'``), so a cancel and an upload, or
two workers, can never both win. Plain data in, frozen records out. PHI (numbers, cover-sheet
fields, errors, timeline details) and the document copies are sealed at rest
(:mod:`.outbox_sealing`, :mod:`.outbox_files`); the file and the copies are owner-only.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from medsender_desktop.migrations import Migration
from medsender_desktop.services.outbox_files import SealedFolder
from medsender_desktop.services.outbox_sealing import (
    COLUMNS,
    UNREADABLE_ENTRY,
    V1_SCHEMA,
    OutboxSealer,
    Private,
    seal_version_1,
)
from medsender_desktop.services.sqlite_store import SqliteStore, private_file

log = logging.getLogger(__name__)
OUTBOX_FILE: Final = "outbox.sqlite3"
DOCUMENTS_DIR: Final = "documents"
_KEEP: Final = object()  # change(): leave the sealed error as it is


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
    pages: int | None = None  # None: queued before page counts were kept (counted when shown)

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


class OutboxStore(SqliteStore):
    """The outbox's file and its sealed document copies (``documents/`` beside it)."""

    synchronous = "FULL"  # a lost "uploading" mark after a power cut could send a fax twice

    def __init__(self, path: Path, *, key: bytes) -> None:
        self._sealer = OutboxSealer(key)
        self.files = SealedFolder(path.parent / DOCUMENTS_DIR, self._sealer.records)
        #: entries found sealed with another key when the file was opened (waiting ones failed)
        self.unreadable_at_open = 0
        super().__init__(path)

    @classmethod
    def in_dir(cls, data_dir: Path, *, key: bytes) -> OutboxStore:
        """``key``: from :meth:`CredentialStore.data_key` (see :mod:`.outbox_sealing`)."""
        return cls(private_file(data_dir / OUTBOX_FILE), key=key)

    def _migrations(self) -> tuple[Migration, ...]:
        return (V1_SCHEMA, lambda conn: seal_version_1(conn, self._sealer, self.files))

    def _migrated(self, conn: sqlite3.Connection, found: int) -> None:
        if found == 1:  # plain rows were sealed: scrub what is left of them in the file
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.files.remove_plain()
        check = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
        if check is None:  # cannot tell (never written): rows that do not open say so alone
            with conn:
                conn.execute("INSERT INTO meta VALUES ('key_check', ?)", (self._sealer.key_check(),))
            return
        if self._sealer.is_own_key_check(check[0]):
            return
        with conn:  # sealed with another key: nothing in it can be read or sent any more
            now = time.time()
            waiting = [r[0] for r in conn.execute(
                f"SELECT id FROM entries WHERE state IN ({', '.join('?' * len(PENDING))})",
                [s.value for s in PENDING])]
            for entry_id in waiting:
                conn.execute("UPDATE entries SET state = ?, updated_at = ? WHERE id = ?",
                             (OutboxState.FAILED.value, now, entry_id))
                self._event(conn, entry_id, now, "unreadable", UNREADABLE_ENTRY)
            self.unreadable_at_open = int(conn.execute("SELECT count(*) FROM entries")
                                          .fetchone()[0])
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_check', ?)",
                         (self._sealer.key_check(),))
        if self.unreadable_at_open:
            log.warning("outbox: %d faxes were kept with a key this computer no longer has; "
                        "they cannot be read or sent", self.unreadable_at_open)

    def _entry(self, row: tuple[Any, ...]) -> OutboxEntry:
        private = self._sealer.open_entry(row[0], row[13])
        return OutboxEntry(
            id=row[0], group_id=row[1], state=OutboxState(row[2]), created_at=row[3],
            send_at=row[4], retry_of=row[5], token=row[6], delivery=row[7], tries=row[8],
            next_try_at=row[9], first_attempt_at=row[10], unknown_since=row[11],
            documents=tuple(json.loads(row[12])), to_number=private.to_number,
            from_number=private.from_number, fields=private.fields, error=private.error,
            pages=private.pages)

    def _event(self, conn: sqlite3.Connection, entry_id: str, at: float, kind: str,
               detail: str) -> None:
        conn.execute("INSERT INTO timeline (entry_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                     (entry_id, at, kind, self._sealer.seal_detail(entry_id, kind, at, detail)))

    # --- writes --------------------------------------------------------------------------
    async def insert(self, entries: list[OutboxEntry], event: str, detail: str = "") -> None:
        now = time.time()
        rows = [(e.id, e.group_id, e.state.value, e.created_at, e.send_at, e.retry_of, e.token,
                 e.delivery, e.tries, e.next_try_at, e.first_attempt_at, e.unknown_since,
                 json.dumps(list(e.documents)),
                 self._sealer.seal_entry(e.id, Private(e.to_number, e.from_number, e.fields,
                                                       e.error, e.pages)), now)
                for e in entries]

        def write(conn: sqlite3.Connection) -> None:
            for row in rows:
                conn.execute(f"INSERT INTO entries ({COLUMNS}, updated_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                self._event(conn, str(row[0]), now, event, detail)

        await self.run(write)

    async def change(self, entry_id: str, *, expect: tuple[OutboxState, ...] | None = None,
                     event: str | None = None, detail: str = "", **values: Any) -> bool:
        """Set columns of one entry (only if its state is one of ``expect``) and add a timeline
        event, in one transaction. Returns whether the entry changed. ``error`` is sealed."""
        now = time.time()
        values = {k: (v.value if isinstance(v, OutboxState) else v) for k, v in values.items()}
        new_error = values.pop("error", _KEEP)

        def write(conn: sqlite3.Connection) -> bool:
            sets = dict(values)
            if new_error is not _KEEP:
                row = conn.execute("SELECT sealed FROM entries WHERE id = ?", (entry_id,)).fetchone()
                if row is None:
                    return False
                private = self._sealer.open_entry(entry_id, row[0])
                sets["sealed"] = self._sealer.seal_entry(entry_id, replace(private, error=new_error))
            assignments = "".join(f"{name} = ?, " for name in sets)
            sql = f"UPDATE entries SET {assignments}updated_at = ? WHERE id = ?"
            params: list[Any] = [*sets.values(), now, entry_id]
            if expect:
                sql += f" AND state IN ({', '.join('?' * len(expect))})"
                params += [s.value for s in expect]
            if conn.execute(sql, params).rowcount != 1:
                return False
            if event:
                self._event(conn, entry_id, now, event, detail)
            return True

        return await self.run(write)

    async def add_event(self, entry_id: str, kind: str, detail: str = "",
                        at: float | None = None) -> None:
        when = time.time() if at is None else at
        await self.run(lambda c: self._event(c, entry_id, when, kind, detail))

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
                self._event(conn, entry_id, now, "unknown", "The app stopped during the upload.")
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
            row = conn.execute(f"SELECT {COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
            return self._entry(row) if row else None

        return await self.run(query)

    async def entries(self, *states: OutboxState) -> list[OutboxEntry]:
        where = f"WHERE state IN ({', '.join('?' * len(states))})" if states else ""

        def query(conn: sqlite3.Connection) -> list[OutboxEntry]:
            rows = conn.execute(f"SELECT {COLUMNS} FROM entries {where} ORDER BY created_at, id",
                                [s.value for s in states])
            return [self._entry(r) for r in rows]

        return await self.run(query)

    async def following(self) -> list[OutboxEntry]:
        """Handed over to Medsender and not yet delivered or failed."""
        def query(conn: sqlite3.Connection) -> list[OutboxEntry]:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM entries WHERE state = 'sent' AND "
                "(delivery IS NULL OR delivery NOT IN ('success', 'failure')) ORDER BY created_at")
            return [self._entry(r) for r in rows]

        return await self.run(query)

    async def by_token(self, token: str) -> OutboxEntry | None:
        def query(conn: sqlite3.Connection) -> OutboxEntry | None:
            row = conn.execute(f"SELECT {COLUMNS} FROM entries WHERE token = ?", (token,)).fetchone()
            return self._entry(row) if row else None

        return await self.run(query)

    async def claimed_tokens(self) -> set[str]:
        return await self.run(lambda c: {r[0] for r in c.execute(
            "SELECT token FROM entries WHERE token IS NOT NULL")})

    async def count(self, *states: OutboxState) -> int:
        return await self.run(lambda c: int(c.execute(
            f"SELECT count(*) FROM entries WHERE state IN ({', '.join('?' * len(states))})",
            [s.value for s in states]).fetchone()[0]))

    async def timeline(self, entry_id: str) -> list[TimelineEvent]:
        rows = await self.run(lambda c: c.execute(
            "SELECT at, kind, detail FROM timeline WHERE entry_id = ? ORDER BY seq",
            (entry_id,)).fetchall())
        return [TimelineEvent(at, kind, self._sealer.open_detail(entry_id, kind, at, sealed))
                for at, kind, sealed in rows]
