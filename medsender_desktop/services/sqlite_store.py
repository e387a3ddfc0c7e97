"""A SQLite file used from asyncio without blocking the loop: every query runs on one thread."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from medsender_desktop.migrations import Migration, migrate

T = TypeVar("T")


def private_file(path: Path) -> Path:
    """``path``, created empty with mode 0600 if missing (SQLite gives its -wal and -shm files
    the database's mode), else narrowed to 0600: only this user reads the app's data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)
    return path


class SqliteStore:
    """Owns one connection, used only on its own worker thread (queries run in order).

    The file's schema comes from :attr:`migrations` (``migrations[i]`` takes it from
    version ``i`` to ``i + 1``, see :mod:`medsender_desktop.migrations`); a store whose schema
    never changed may give it as :attr:`schema` alone, which is migration 1.
    """

    migrations: tuple[Migration, ...] = ()
    schema: str = ""
    #: NORMAL survives a crashed process; FULL also a power cut (stores whose loss would
    #: repeat an action, such as the outbox, use FULL)
    synchronous: str = "NORMAL"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"sqlite-{path.stem}")
        self._conn: sqlite3.Connection | None = None
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        private_file(self.path)  # every store: the cache and read state as well
        conn = sqlite3.connect(self.path, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={self.synchronous}")
        conn.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left behind
        self._prepare(conn)
        found = migrate(conn, self._migrations(), name=type(self).__name__)
        self._migrated(conn, found)
        for suffix in ("-wal", "-shm"):  # SQLite gives them the database's mode; make sure
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                companion.chmod(0o600)
        self._conn = conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Before the schema is applied: subclasses migrate older layouts here."""

    def _migrations(self) -> Sequence[Migration]:
        """The file's migrations (a store whose steps need its own state builds them here)."""
        return self.migrations or ((self.schema,) if self.schema else ())

    def _migrated(self, conn: sqlite3.Connection, found: int) -> None:
        """After the migrations, given the version the file had before them."""

    def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        assert self._conn is not None, "store is closed"
        with self._conn:  # one transaction per call
            return fn(self._conn)

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` on the store's thread, in a transaction; await its result."""
        return await asyncio.wrap_future(self._executor.submit(self._call, fn))

    def run_sync(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Blocking variant, for start-up and tests (never from a running event loop)."""
        return self._executor.submit(self._call, fn).result()

    def close(self) -> None:
        def shut() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        with suppress(RuntimeError):  # already shut down
            self._executor.submit(shut).result()
        self._executor.shutdown(wait=True)
