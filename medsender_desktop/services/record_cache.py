"""The offline cache: the last known Sent and Received lists per profile, in SQLite.

It lets the app open instantly and keep working offline ("cached lists"). Records carry PHI
(patient names, dates of birth, numbers, notes, links), so each one is sealed with AES-GCM
(:mod:`at_rest`) under a key kept in the OS keyring; only the profile, kind, token and sort
time are plain (none is PHI). The file is owner-only (0600). A cache written by an older
version in plaintext is dropped and the file scrubbed when it is first opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from medsender_desktop.services import record_codec
from medsender_desktop.services.at_rest import RecordSealer, Unreadable
from medsender_desktop.services.record_codec import CachedRecord
from medsender_desktop.services.sqlite_store import SqliteStore

CACHE_FILE: Final = "cache.sqlite3"


def _sort_key(record: CachedRecord) -> str:
    when = record.sent_at or getattr(record, "completed_at", None)
    return when.isoformat() if when else ""


def _context(profile: str, kind: str, token: str) -> bytes:
    return f"record\x00{profile}\x00{kind}\x00{token}".encode()


class RecordCache(SqliteStore):
    schema = """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS sealed_records (
        profile TEXT NOT NULL,
        kind TEXT NOT NULL,
        token TEXT NOT NULL,
        sort_at TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (profile, kind, token)
    );
    CREATE INDEX IF NOT EXISTS sealed_by_time ON sealed_records (profile, kind, sort_at);
    """

    def __init__(self, path: Path, *, key: bytes | None = None) -> None:
        self._sealer = RecordSealer(key)
        super().__init__(path)

    @classmethod
    def in_dir(cls, data_dir: Path, *, key: bytes | None = None) -> RecordCache:
        """``key``: from :meth:`CredentialStore.cache_key`; None = this session only."""
        return cls(data_dir / CACHE_FILE, key=key)

    def _prepare(self, conn: sqlite3.Connection) -> None:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "records" in tables:  # an older version's plaintext rows: drop them, scrub the file
            conn.execute("DROP TABLE records")
            conn.commit()
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.executescript(self.schema)
        check = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
        try:
            if check is not None:
                self._sealer.open(bytes(check[0]), b"key-check")
                return
        except Unreadable:  # another key (keyring entry lost, or a session key): start over
            conn.execute("DELETE FROM sealed_records")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_check', ?)",
                     (self._sealer.seal(b"medsender-cache", b"key-check"),))
        conn.commit()

    def _rows(self, profile: str, records: Iterable[CachedRecord]) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for record in records:
            kind = record_codec.kind_of(record)
            body = record_codec.encode(record).encode()
            sealed = self._sealer.seal(body, _context(profile, kind, record.token))
            rows.append((profile, kind, record.token, _sort_key(record), sealed))
        return rows

    async def load(self, profile: str, kinds: Iterable[str]) -> list[CachedRecord]:
        wanted = tuple(kinds)

        def query(conn: sqlite3.Connection) -> list[tuple[str, str, bytes]]:
            marks = ",".join("?" * len(wanted))
            return conn.execute(
                f"SELECT kind, token, body FROM sealed_records WHERE profile = ? "
                f"AND kind IN ({marks}) ORDER BY sort_at DESC",
                (profile, *wanted),
            ).fetchall()

        rows = await self.run(query)
        out: list[CachedRecord] = []
        for kind, token, sealed in rows:
            try:
                body = self._sealer.open(bytes(sealed), _context(profile, kind, token))
                out.append(record_codec.decode(kind, body.decode()))
            except (Unreadable, ValueError, TypeError, KeyError):
                continue  # an unreadable row is skipped; the next refresh rewrites it
        return out

    async def replace(self, profile: str, kinds: Iterable[str], records: Iterable[CachedRecord]) -> None:
        """Make the cached rows of ``kinds`` exactly ``records``."""
        wanted = tuple(kinds)
        rows = self._rows(profile, records)

        def write(conn: sqlite3.Connection) -> None:
            marks = ",".join("?" * len(wanted))
            conn.execute(f"DELETE FROM sealed_records WHERE profile = ? AND kind IN ({marks})",
                         (profile, *wanted))
            conn.executemany("INSERT OR REPLACE INTO sealed_records VALUES (?, ?, ?, ?, ?)", rows)

        await self.run(write)

    async def upsert(self, profile: str, records: Iterable[CachedRecord]) -> None:
        rows = self._rows(profile, records)

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany("INSERT OR REPLACE INTO sealed_records VALUES (?, ?, ?, ?, ?)", rows)

        await self.run(write)

    async def forget_profile(self, profile: str) -> None:
        await self.run(
            lambda conn: conn.execute("DELETE FROM sealed_records WHERE profile = ?", (profile,))
        )
