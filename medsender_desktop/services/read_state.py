"""Which received faxes this user has opened ("unread" is local to this computer)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Final

from medsender_desktop.services.sqlite_store import SqliteStore

READ_STATE_FILE: Final = "read_state.sqlite3"


class ReadState(SqliteStore):
    schema = """
    CREATE TABLE IF NOT EXISTS read_faxes (
        profile TEXT NOT NULL,
        token TEXT NOT NULL,
        read_at REAL NOT NULL,
        PRIMARY KEY (profile, token)
    );
    """

    @classmethod
    def in_dir(cls, data_dir: Path) -> ReadState:
        return cls(data_dir / READ_STATE_FILE)

    async def read_tokens(self, profile: str) -> set[str]:
        def query(conn: sqlite3.Connection) -> set[str]:
            rows = conn.execute("SELECT token FROM read_faxes WHERE profile = ?", (profile,))
            return {token for (token,) in rows}

        return await self.run(query)

    async def mark(self, profile: str, token: str, read: bool = True) -> None:
        def write(conn: sqlite3.Connection) -> None:
            if read:
                conn.execute("INSERT OR REPLACE INTO read_faxes VALUES (?, ?, ?)",
                             (profile, token, time.time()))
            else:
                conn.execute("DELETE FROM read_faxes WHERE profile = ? AND token = ?", (profile, token))

        await self.run(write)

    async def mark_many(self, profile: str, tokens: list[str]) -> None:
        now = time.time()

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany("INSERT OR IGNORE INTO read_faxes VALUES (?, ?, ?)",
                             [(profile, t, now) for t in tokens])

        await self.run(write)
