"""One way to evolve every SQLite file of the package: ``PRAGMA user_version`` migrations.

A store lists its schema as migrations: ``migrations[i]`` brings the file from version ``i``
to ``i + 1``; a migration is SQL, or a function given the connection for the changes SQL
cannot make (re-encoding rows, e.g. sealing plaintext ones). :func:`migrate` runs the missing
ones in order, each in its own transaction together with the new version number, so a crash
leaves the file at a version it really has. A file written by a newer program is refused,
never changed. Used by the sandbox, the relay and the desktop's stores; it imports nothing of
the package.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence

Migration = str | Callable[[sqlite3.Connection], None]
"""SQL run as one script, or a function that changes the file through the connection."""

log = logging.getLogger(__name__)


class SchemaTooNew(RuntimeError):
    """The file was written by a newer version of this program."""


def _too_new(found: int, known: int) -> Exception:
    return SchemaTooNew(
        f"This database has schema version {found}; this program understands up to {known}. "
        "Use the newer version of the program that wrote it."
    )


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration], *, name: str = "database",
            too_new: Callable[[int, int], Exception] = _too_new) -> int:
    """Bring ``conn``'s file to ``len(migrations)``; returns the version it had before.

    ``too_new(found, known)`` makes the error raised for a file newer than ``migrations``.
    """
    known = len(migrations)
    found = schema_version(conn)
    if found > known:
        raise too_new(found, known)
    if conn.in_transaction:
        conn.commit()
    for version in range(found, known):
        step = migrations[version]
        try:
            if isinstance(step, str):
                conn.executescript(
                    "BEGIN IMMEDIATE;" + step + f";PRAGMA user_version = {version + 1}; COMMIT;"
                )
            else:
                conn.execute("BEGIN IMMEDIATE")
                step(conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("%s migrated to schema version %d", name, version + 1)
    return found
