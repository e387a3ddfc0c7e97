"""One migration helper for every SQLite file: the sandbox's, the relay's and the desktop's."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest

from medsender_desktop.migrations import SchemaTooNew, migrate, schema_version
from medsender_desktop.relay.events import MIGRATIONS as RELAY_MIGRATIONS
from medsender_desktop.relay.events import EventStore
from medsender_desktop.relay.sealing import Sealer
from medsender_desktop.sandbox.db import connect as sandbox_connect
from medsender_desktop.sandbox.schema import SCHEMA_VERSION
from medsender_desktop.services.outbox_store import OutboxStore
from medsender_desktop.services.read_state import ReadState
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.sqlite_store import SqliteStore

V1 = "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"
V2 = "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"


def open_file(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_a_new_file_gets_every_migration_and_a_second_run_does_nothing(tmp_path: Path) -> None:
    conn = open_file(tmp_path / "a.sqlite3")
    assert migrate(conn, (V1, V2)) == 0
    assert schema_version(conn) == 2
    conn.execute("INSERT INTO notes (text, pinned) VALUES ('x', 1)")
    assert migrate(conn, (V1, V2)) == 2
    assert conn.execute("SELECT text, pinned FROM notes").fetchall() == [("x", 1)]


def test_an_old_file_is_brought_forward_keeping_its_rows(tmp_path: Path) -> None:
    """A file made before versions were counted (user_version 0, tables already there)."""
    path = tmp_path / "old.sqlite3"
    conn = open_file(path)
    conn.executescript(V1 + "; INSERT INTO notes (text) VALUES ('kept');")
    assert schema_version(conn) == 0
    assert migrate(conn, (V1, V2)) == 0
    assert conn.execute("SELECT text, pinned FROM notes").fetchall() == [("kept", 0)]
    assert schema_version(conn) == 2


def test_a_file_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    conn = open_file(tmp_path / "new.sqlite3")
    migrate(conn, (V1, V2))
    with pytest.raises(SchemaTooNew, match="schema version 2; this program understands up to 1"):
        migrate(conn, (V1,))
    assert schema_version(conn) == 2


def test_a_failing_migration_leaves_the_last_good_version(tmp_path: Path) -> None:
    conn = open_file(tmp_path / "f.sqlite3")
    broken = "CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1)"
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (V1, broken))
    assert schema_version(conn) == 1
    assert not conn.in_transaction
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"notes"}  # the failed step left nothing behind


def test_a_migration_can_be_a_function_and_fails_as_one_transaction(tmp_path: Path) -> None:
    """For changes SQL cannot make (the outbox seals its plain rows in one)."""
    def shout(conn: sqlite3.Connection) -> None:
        for rowid, text in conn.execute("SELECT id, text FROM notes").fetchall():
            conn.execute("UPDATE notes SET text = ? WHERE id = ?", (text.upper(), rowid))

    def half_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE notes SET text = 'half'")
        raise RuntimeError("the migration failed midway")

    conn = open_file(tmp_path / "fn.sqlite3")
    migrate(conn, (V1,))
    conn.execute("INSERT INTO notes (text) VALUES ('quiet')")
    with pytest.raises(RuntimeError):
        migrate(conn, (V1, half_then_fail))
    assert schema_version(conn) == 1 and not conn.in_transaction
    assert conn.execute("SELECT text FROM notes").fetchall() == [("quiet",)]
    assert migrate(conn, (V1, shout)) == 1
    assert schema_version(conn) == 2
    assert conn.execute("SELECT text FROM notes").fetchall() == [("QUIET",)]


class Notes(SqliteStore):
    migrations = (V1, V2)


def test_every_store_of_the_package_uses_it(tmp_path: Path) -> None:
    def version(path: Path) -> int:
        with sqlite3.connect(path) as conn:
            return schema_version(conn)

    notes = Notes(tmp_path / "notes.sqlite3")
    notes.close()
    assert version(tmp_path / "notes.sqlite3") == 2
    for store in (ReadState.in_dir(tmp_path), RecordCache.in_dir(tmp_path)):
        store.close()
        assert version(store.path) == 1
    outbox = OutboxStore.in_dir(tmp_path / "outbox", key=bytes(32))
    outbox.close()
    assert version(outbox.path) == 2  # 1: the plain layout, 2: sealed
    events = EventStore(tmp_path / "relay", Sealer(secrets.token_bytes(32)), lambda: None)
    events.close()
    assert version(tmp_path / "relay" / "relay.sqlite3") == len(RELAY_MIGRATIONS)
    sandbox = sandbox_connect(str(tmp_path / "sandbox.sqlite3"))
    assert schema_version(sandbox) == SCHEMA_VERSION
    sandbox.close()
