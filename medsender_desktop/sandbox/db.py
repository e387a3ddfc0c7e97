"""The sandbox's SQLite database, used from one dedicated thread (never the event loop).

Every query is a plain function ``fn(conn, *args)`` run by :meth:`Database.call` on the
database thread, so there is one connection, no lock, and the event loop never blocks on
disk. A write function runs inside one :func:`transaction` and either commits
completely or not at all.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from medsender_desktop import migrations
from medsender_desktop.sandbox.schema import MIGRATIONS

log = logging.getLogger(__name__)
T = TypeVar("T")
MEMORY: str = ":memory:"


class SchemaTooNew(migrations.SchemaTooNew):
    """The database was written by a newer sandbox than this one."""


def _too_new(found: int, known: int) -> SchemaTooNew:
    return SchemaTooNew(
        f"This sandbox database has schema version {found}; this sandbox understands up to "
        f"{known}. Use a newer sandbox or another --db file."
    )


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to :data:`SCHEMA_VERSION`; returns the version found before."""
    return migrations.migrate(conn, MIGRATIONS, name="sandbox database", too_new=_too_new)


CASEFOLD = "casefold"


def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def connect(path: str) -> sqlite3.Connection:
    if path != MEMORY:
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        path if path == MEMORY else str(Path(path).expanduser()),
        check_same_thread=False, isolation_level=None,  # autocommit; see transaction()
    )
    conn.row_factory = sqlite3.Row
    # name filters match case-insensitively beyond ASCII (SQLite's LIKE folds ASCII only)
    conn.create_function(CASEFOLD, 1, _casefold, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    if path != MEMORY:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 5000")
    migrate(conn)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: commits when the block ends, rolls back if it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Database:
    """One SQLite connection owned by one thread; ``await db.call(fn, *args)`` from async code."""

    def __init__(self, path: str = MEMORY) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-db")
        self._conn: sqlite3.Connection | None = None
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        self._conn = connect(self.path)

    def _run(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        if self._conn is None:
            raise RuntimeError("the sandbox database is closed")
        return fn(self._conn, *args)

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(conn, *args, **kwargs)`` on the database thread and return its result."""
        loop = asyncio.get_running_loop()
        job = functools.partial(fn, **kwargs) if kwargs else fn
        return await loop.run_in_executor(self._executor, self._run, job, args)

    def call_sync(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """The same, from synchronous code (start-up, CLI, benchmarks). Never on the loop."""
        job = functools.partial(fn, **kwargs) if kwargs else fn
        return self._executor.submit(self._run, job, args).result()

    def close(self) -> None:
        def shut() -> None:
            if self._conn is not None:
                self._conn.execute("PRAGMA optimize")  # keep the planner's statistics fresh
                self._conn.close()
                self._conn = None

        try:
            self._executor.submit(shut).result()
        except RuntimeError:  # executor already shut down: nothing left to close
            return
        self._executor.shutdown(wait=True)
