"""The sandbox database: migrations, the counters behind ``meta.totalCount``, the DB thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from medsender_desktop.sandbox import store_faxes
from medsender_desktop.sandbox.db import Database, SchemaTooNew, connect, migrate
from medsender_desktop.sandbox.schema import SCHEMA_VERSION
from medsender_desktop.sandbox.store_accounts import put_document
from medsender_desktop.sandbox.store_faxes import ListQuery


def _row(n: int, is_test: int = 1, status: str = "activated") -> dict:
    return {
        "token": f"t{n:05d}", "is_test": is_test, "record_status": status, "sent_status": "success",
        "from_number": "+12125550101", "to_number": "+16465550123", "document_type": "both",
        "document_sha": "d", "num_pages": 1, "access_code": f"C{n:07d}",
        "sent_at": f"2024-01-{1 + n % 28:02d}T00:00:{n % 60:02d}.000Z",
        "expiry": "2024-03-01T00:00:00.000Z", "attempts": [],
    }


def test_fresh_database_is_migrated_and_reopening_keeps_data(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute("INSERT INTO meta VALUES ('k', 'v')")
    conn.close()
    again = connect(path)
    assert migrate(again) == SCHEMA_VERSION  # nothing left to do
    assert again.execute("SELECT value FROM meta").fetchone()[0] == "v"
    again.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "new.db")
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew, match="schema version"):
        connect(path)


def test_list_counts_follow_inserts_updates_and_deletes() -> None:
    conn = connect(":memory:")
    put_document(conn, "d", "pdf", 1, b"%PDF")
    store_faxes.bulk_insert_sent(conn, [_row(n, is_test=n % 2) for n in range(40)])
    store_faxes.set_sent_record_status(conn, "t00001", "archived")
    conn.execute("DELETE FROM sent_faxes WHERE token = 't00003'")

    def counted(is_test: int, status: str) -> tuple[int, int]:
        fast = store_faxes.list_sent(conn, ListQuery(
            conditions=(("is_test = ?", (is_test,)), ("record_status = ?", (status,))),
            counter=("sent", is_test, status)))
        slow = store_faxes.list_sent(conn, ListQuery(
            conditions=(("is_test = ?", (is_test,)), ("record_status = ?", (status,)))))
        return fast.total, slow.total

    assert counted(1, "activated") == (18, 18)
    assert counted(1, "archived") == (1, 1)
    assert counted(0, "activated") == (20, 20)
    conn.close()


@pytest.mark.parametrize(("table", "extra", "index"), [
    ("sent_faxes", "AND record_status = 'activated'", "sent_list"),
    ("sent_faxes", "AND record_status = 'activated' AND to_number = '+1'", "sent_to"),
    ("sent_faxes", "AND record_status = 'activated' AND from_number = '+1'", "sent_from"),
    ("sent_faxes", "AND record_status = 'activated' AND patient_dob = '2000-01-01'", "sent_dob"),
    ("received_faxes", "", "received_list"),
    ("received_faxes", "AND to_number = '+1'", "received_to"),
    ("received_faxes", "AND client_id = 'c'", "received_client"),
    ("received_faxes", "AND callback_status = 'failed'", "received_callback"),
])
def test_lists_filter_and_order_through_an_index(table: str, extra: str, index: str) -> None:
    conn = connect(":memory:")
    plan = " ".join(r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE is_test = 1 {extra} "
        "ORDER BY sent_at DESC, seq DESC LIMIT 10").fetchall())
    assert index in plan and "TEMP B-TREE" not in plan, plan
    conn.close()


async def test_queries_run_on_the_database_thread_only() -> None:
    db = Database()
    threads = {await db.call(lambda conn: threading.get_ident()) for _ in range(5)}
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert db.call_sync(lambda conn, a, *, b: a + b, 2, b=3) == 5
    db.close()
    db.close()  # idempotent
    with pytest.raises(RuntimeError):
        db.call_sync(lambda conn: 1)
