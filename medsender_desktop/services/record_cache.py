"""The offline cache: the last known Sent and Received lists per profile, in SQLite.

It lets the app open instantly and keep working offline ("cached lists"). It lives in the
user data folder (like the clinic's other records on that computer) and never holds secrets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from medsender_desktop.services import record_codec
from medsender_desktop.services.record_codec import CachedRecord
from medsender_desktop.services.sqlite_store import SqliteStore

CACHE_FILE: Final = "cache.sqlite3"


def _sort_key(record: CachedRecord) -> str:
    when = record.sent_at or getattr(record, "completed_at", None)
    return when.isoformat() if when else ""


class RecordCache(SqliteStore):
    schema = """
    CREATE TABLE IF NOT EXISTS records (
        profile TEXT NOT NULL,
        kind TEXT NOT NULL,
        token TEXT NOT NULL,
        sort_at TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (profile, kind, token)
    );
    CREATE INDEX IF NOT EXISTS records_by_time ON records (profile, kind, sort_at);
    """

    @classmethod
    def in_dir(cls, data_dir: Path) -> RecordCache:
        return cls(data_dir / CACHE_FILE)

    async def load(self, profile: str, kinds: Iterable[str]) -> list[CachedRecord]:
        wanted = tuple(kinds)

        def query(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            marks = ",".join("?" * len(wanted))
            return conn.execute(
                f"SELECT kind, body FROM records WHERE profile = ? AND kind IN ({marks}) "
                "ORDER BY sort_at DESC",
                (profile, *wanted),
            ).fetchall()

        rows = await self.run(query)
        out: list[CachedRecord] = []
        for kind, body in rows:
            try:
                out.append(record_codec.decode(kind, body))
            except (ValueError, TypeError, KeyError):
                continue  # an unreadable row is skipped; the next refresh rewrites it
        return out

    async def replace(self, profile: str, kinds: Iterable[str], records: Iterable[CachedRecord]) -> None:
        """Make the cached rows of ``kinds`` exactly ``records``."""
        wanted = tuple(kinds)
        rows = [(profile, record_codec.kind_of(r), r.token, _sort_key(r),
                 record_codec.encode(r)) for r in records]

        def write(conn: sqlite3.Connection) -> None:
            marks = ",".join("?" * len(wanted))
            conn.execute(f"DELETE FROM records WHERE profile = ? AND kind IN ({marks})", (profile, *wanted))
            conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)", rows)

        await self.run(write)

    async def upsert(self, profile: str, records: Iterable[CachedRecord]) -> None:
        rows = [(profile, record_codec.kind_of(r), r.token, _sort_key(r),
                 record_codec.encode(r)) for r in records]

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)", rows)

        await self.run(write)

    async def forget_profile(self, profile: str) -> None:
        await self.run(lambda conn: conn.execute("DELETE FROM records WHERE profile = ?", (profile,)))
