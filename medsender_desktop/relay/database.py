"""SQLite plumbing for the relay: one writer thread with group commit, one reader thread.

WAL mode with ``synchronous=FULL``: a commit returns only after the WAL is fsync'd. Writes
from concurrent callbacks are queued to a single writer thread, which commits whatever has
queued up in one transaction (group commit), so one fsync acknowledges many callbacks. Each
job runs inside its own savepoint: one failing job does not sink the others in its batch.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Final, TypeVar, cast

from medsender_desktop.errors import RelayError

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_BATCH: Final = 256
_STOP: Final = object()


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class _Job:
    __slots__ = ("fn", "future")

    def __init__(self, fn: Callable[[sqlite3.Connection], object]) -> None:
        self.fn = fn
        self.future: concurrent.futures.Future[object] = concurrent.futures.Future()


class Writer:
    """Runs write jobs on one thread, many jobs per durable commit."""

    def __init__(self, path: Path, on_commit: Callable[[], None]) -> None:
        self._conn = connect(path)
        self._on_commit = on_commit
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="relay-db-writer", daemon=True)
        self._thread.start()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in a transaction; returns once that transaction is durable."""
        if not self._thread.is_alive():
            raise RelayError("The relay database is closed.")
        job = _Job(fn)
        self._queue.put(job)
        return cast(T, await asyncio.wrap_future(job.future))

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join()
        self._conn.close()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                break
            batch: list[_Job] = [first]  # type: ignore[list-item]
            while len(batch) < MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stopping = True
                    break
                batch.append(item)  # type: ignore[arg-type]
            self._commit_batch(batch)

    def _commit_batch(self, batch: list[_Job]) -> None:
        """Run a batch in one transaction; a job whose waiter was cancelled is skipped."""
        outcomes: list[tuple[bool, object]] = []
        conn = self._conn
        try:
            batch = [job for job in batch if job.future.set_running_or_notify_cancel()]
            conn.execute("BEGIN IMMEDIATE")
            for job in batch:
                conn.execute("SAVEPOINT job")
                try:
                    outcomes.append((True, job.fn(conn)))
                    conn.execute("RELEASE job")
                except Exception as exc:  # handed to the awaiting request, not swallowed
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    outcomes.append((False, exc))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            log.error("relay database commit failed: %s", type(exc).__name__)
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            error = RelayError("The relay could not save the callback. It will be retried.")
            error.__cause__ = exc
            for job in batch:
                job.future.set_exception(error)
            return
        for job, (ok, value) in zip(batch, outcomes, strict=True):
            if ok:
                job.future.set_result(value)
            else:
                job.future.set_exception(value)  # type: ignore[arg-type]
        try:
            self._on_commit()
        except Exception:  # the loop may be closing; waiters time out and re-check anyway
            log.debug("commit notification not delivered", exc_info=True)


class Reader:
    """Read queries on one thread with its own connection (WAL: never blocked by the writer)."""

    def __init__(self, path: Path) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="relay-db-reader")
        self._conn = self._executor.submit(connect, path).result()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._conn)

    def close(self) -> None:
        self._executor.submit(self._conn.close).result()
        self._executor.shutdown(wait=True)
