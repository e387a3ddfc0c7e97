from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from medsender_desktop.errors import RelayError
from medsender_desktop.relay.database import Writer, connect


async def test_concurrent_jobs_share_commits_and_a_failing_job_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    setup = connect(path)
    setup.execute("CREATE TABLE t (v INTEGER UNIQUE)")
    setup.close()
    commits = []
    writer = Writer(path, lambda: commits.append(threading.current_thread().name))

    def insert(value: int):  # type: ignore[no-untyped-def]
        return lambda conn: conn.execute("INSERT INTO t (v) VALUES (?)", (value,)).lastrowid

    try:
        values = [*range(200), 5]  # the duplicate 5 violates UNIQUE
        results = await asyncio.gather(*(writer.run(insert(v)) for v in values), return_exceptions=True)
    finally:
        writer.close()
    assert isinstance(results[-1], sqlite3.IntegrityError)
    assert all(isinstance(r, int) for r in results[:-1])
    assert 1 <= len(commits) < len(values)  # group commit: fewer commits than jobs
    assert set(commits) == {"relay-db-writer"}
    check = sqlite3.connect(path)
    assert check.execute("SELECT COUNT(*) FROM t").fetchone() == (200,)
    assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    check.close()


async def test_a_closed_writer_refuses_work(tmp_path: Path) -> None:
    writer = Writer(tmp_path / "db.sqlite3", lambda: None)
    writer.close()
    with pytest.raises(RelayError):
        await writer.run(lambda conn: None)


def test_connections_are_durable(tmp_path: Path) -> None:
    conn = connect(tmp_path / "db.sqlite3")
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


async def test_a_job_cancelled_before_it_runs_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    writer = Writer(path, lambda: None)
    release, inside = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow(conn: sqlite3.Connection) -> None:
        inside.set()
        release.wait(5)
        ran.append("slow")

    try:
        blocker = asyncio.create_task(writer.run(slow))
        assert await asyncio.to_thread(inside.wait, 10)  # the writer thread is inside `slow`
        doomed = asyncio.create_task(writer.run(lambda conn: ran.append("cancelled")))
        await asyncio.sleep(0)  # one turn of the loop: the task puts its job on the queue
        doomed.cancel()
        await asyncio.wait([doomed], timeout=10)  # cancelling it has cancelled the queued job
        assert doomed.cancelled()
        release.set()
        await blocker
        assert await writer.run(lambda conn: ran.append("after") or 7) == 7
    finally:
        writer.close()
    assert ran == ["slow", "after"]
