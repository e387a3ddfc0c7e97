"""How the outbox's SQLite file keeps PHI sealed, and the migration that sealed older files.

Plain in the file: ids, states, times, tries, the send token (none is PHI) and the names of
the sealed document copies (keyed fingerprints, see :mod:`outbox_files`). Sealed with
AES-256-GCM under the outbox key: the numbers, the cover-sheet fields (patient name, date of
birth, note, names, file name, callback URL) and the error of each entry, bound to the
entry's id; and the detail of each timeline event, bound to its entry, kind and time. So a
sealed value moved to another row does not open.

Schema version 1 kept all of it in plain form; migration 2 seals
every row and every document copy in one transaction, and the store then scrubs the file
(VACUUM) and removes the plain copies.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Final

from medsender_desktop.services.at_rest import RecordSealer, Unreadable
from medsender_desktop.services.outbox_files import SealedFolder

UNREADABLE_ENTRY: Final = (
    "This fax was kept encrypted with a key this computer no longer has (the system keychain "
    "lost it, or it was a key for one session only because no secure keychain was available), "
    "so it cannot be read or sent. Send it again from the original document.")
KEY_CHECK: Final = b"medsender-outbox"

V1_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY, group_id TEXT NOT NULL, state TEXT NOT NULL,
    to_number TEXT NOT NULL, from_number TEXT NOT NULL, fields TEXT NOT NULL,
    documents TEXT NOT NULL, created_at REAL NOT NULL, send_at REAL, retry_of TEXT,
    token TEXT UNIQUE, delivery TEXT, error TEXT, tries INTEGER NOT NULL DEFAULT 0,
    next_try_at REAL NOT NULL DEFAULT 0, first_attempt_at REAL, unknown_since REAL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_state ON entries (state);
CREATE INDEX IF NOT EXISTS entries_group ON entries (group_id);
CREATE TABLE IF NOT EXISTS timeline (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL, at REAL NOT NULL,
    kind TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS timeline_entry ON timeline (entry_id, seq);
"""

_V2_TABLES: Final = """
CREATE TABLE sealed_entries (
    id TEXT PRIMARY KEY, group_id TEXT NOT NULL, state TEXT NOT NULL,
    created_at REAL NOT NULL, send_at REAL, retry_of TEXT, token TEXT UNIQUE, delivery TEXT,
    tries INTEGER NOT NULL DEFAULT 0, next_try_at REAL NOT NULL DEFAULT 0,
    first_attempt_at REAL, unknown_since REAL, updated_at REAL NOT NULL,
    documents TEXT NOT NULL, sealed BLOB NOT NULL
);
CREATE TABLE sealed_timeline (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL, at REAL NOT NULL,
    kind TEXT NOT NULL, detail BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
"""
_V2_RENAME: Final = """
DROP TABLE entries;
DROP TABLE timeline;
ALTER TABLE sealed_entries RENAME TO entries;
ALTER TABLE sealed_timeline RENAME TO timeline;
CREATE INDEX entries_state ON entries (state);
CREATE INDEX entries_group ON entries (group_id);
CREATE INDEX timeline_entry ON timeline (entry_id, seq);
"""
#: plain columns of an entry, in the order the store reads them (``sealed`` last)
COLUMNS: Final = ("id, group_id, state, created_at, send_at, retry_of, token, delivery, tries, "
                  "next_try_at, first_attempt_at, unknown_since, documents, sealed")


@dataclass(frozen=True, slots=True, repr=False)
class Private:
    """What an entry keeps sealed."""

    to_number: str
    from_number: str
    fields: dict[str, Any]
    error: str | None
    pages: int | None = None  # counted when the fax was queued; None in entries kept before

    def __repr__(self) -> str:
        return "Private(<sealed>)"


class OutboxSealer:
    """Seals and opens the outbox's private values with one key; ``repr`` never shows it."""

    def __init__(self, key: bytes) -> None:
        self.records = RecordSealer(key)

    def __repr__(self) -> str:
        return "OutboxSealer(<key hidden>)"

    def seal_entry(self, entry_id: str, private: Private) -> bytes:
        body = json.dumps({"to": private.to_number, "from": private.from_number,
                           "fields": private.fields, "error": private.error,
                           "pages": private.pages})
        return self.records.seal(body.encode(), b"outbox-entry\x00" + entry_id.encode())

    def open_entry(self, entry_id: str, sealed: bytes) -> Private:
        """The entry's private values; a placeholder saying so when they cannot be opened."""
        try:
            body = json.loads(self.records.open(bytes(sealed),
                                                b"outbox-entry\x00" + entry_id.encode()))
            pages = body.get("pages")
            return Private(str(body["to"]), str(body["from"]), dict(body["fields"]),
                           body["error"], pages if type(pages) is int and pages >= 0 else None)
        except (Unreadable, ValueError, TypeError, KeyError):
            return Private("", "", {}, UNREADABLE_ENTRY)

    def seal_detail(self, entry_id: str, kind: str, at: float, detail: str) -> bytes:
        return self.records.seal(detail.encode(), _event_context(entry_id, kind, at))

    def open_detail(self, entry_id: str, kind: str, at: float, sealed: bytes) -> str:
        try:
            return self.records.open(bytes(sealed), _event_context(entry_id, kind, at)).decode()
        except (Unreadable, UnicodeDecodeError):
            return ""

    def key_check(self) -> bytes:
        return self.records.seal(KEY_CHECK, b"outbox-key-check")

    def is_own_key_check(self, sealed: bytes) -> bool:
        try:
            return self.records.open(bytes(sealed), b"outbox-key-check") == KEY_CHECK
        except Unreadable:
            return False


def _event_context(entry_id: str, kind: str, at: float) -> bytes:
    return f"outbox-event\x00{entry_id}\x00{kind}\x00{at!r}".encode()


def seal_version_1(conn: sqlite3.Connection, sealer: OutboxSealer, files: SealedFolder) -> None:
    """Migration 2: every plain row and document copy of a version-1 file, sealed (inside the
    migration's transaction; the plain copies are removed after it commits)."""
    _execute_each(conn, _V2_TABLES)  # statement by statement: executescript would commit
    renamed: dict[str, str | None] = {}
    rows = conn.execute(
        "SELECT id, group_id, state, created_at, send_at, retry_of, token, delivery, tries, "
        "next_try_at, first_attempt_at, unknown_since, updated_at, documents, to_number, "
        "from_number, fields, error FROM entries").fetchall()
    for row in rows:
        names = []
        for old in json.loads(row[13]):
            if old not in renamed:
                renamed[old] = files.seal_plain(old)
            names.append(renamed[old] or old)  # a copy already gone stays missing
        private = Private(row[14], row[15], json.loads(row[16]), row[17])
        conn.execute("INSERT INTO sealed_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?)", (*row[:13], json.dumps(names), sealer.seal_entry(row[0], private)))
    for seq, entry_id, at, kind, detail in conn.execute(
            "SELECT seq, entry_id, at, kind, detail FROM timeline").fetchall():
        conn.execute("INSERT INTO sealed_timeline VALUES (?, ?, ?, ?, ?)",
                     (seq, entry_id, at, kind, sealer.seal_detail(entry_id, kind, at, detail)))
    _execute_each(conn, _V2_RENAME)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_check', ?)", (sealer.key_check(),))


def _execute_each(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
