"""The AI tab's history: every document analysed on this computer and what Medsender AI read.

Kept across restarts in ``ai_history.sqlite3`` (owner-only, 0600), sealed like the offline
cache (:mod:`at_rest`, key from the OS keyring): an entry's file name, original path, result
(patient, date of birth, phone, summary) and its document copy are AES-GCM ciphertext bound to
their row. Only the profile id, the entry's random id and when it was added are plain (none is
PHI). Without a persistent keyring the key lives for this session only, and so does the history.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from medsender_desktop.api import AiResult
from medsender_desktop.services.at_rest import RecordSealer, Unreadable
from medsender_desktop.services.record_codec import to_wire
from medsender_desktop.services.sqlite_store import SqliteStore

HISTORY_FILE: Final = "ai_history.sqlite3"


class AiState(StrEnum):
    WAITING = "waiting"  # in the queue, not read yet
    UPLOADING = "uploading"  # going to Medsender (bytes counted)
    ANALYSING = "analysing"  # Medsender has it; the result is awaited
    DONE = "done"
    FAILED = "failed"  # ``error`` says why in plain words


@dataclass(frozen=True)
class AiEntry:
    """One file handed to the AI tab. ``sent``/``total`` are upload bytes (not kept)."""

    id: str
    file_name: str
    added_at: dt.datetime
    state: AiState = AiState.WAITING
    source: str = ""  # the file as chosen (its path), to read it again on Retry
    ai_token: str | None = None
    result: AiResult | None = None
    error: str = ""
    kept: bool = False  # a copy of the document is in the history (Open, Send this, Retry)
    sent: int = field(default=0, compare=False)
    total: int = field(default=0, compare=False)

    @property
    def token(self) -> str:
        return self.id

    @property
    def is_final(self) -> bool:
        return self.state in (AiState.DONE, AiState.FAILED)

    def but(self, **changes: Any) -> AiEntry:
        return replace(self, **changes)


def _encode(entry: AiEntry) -> bytes:
    body = {"file_name": entry.file_name, "state": entry.state.value, "source": entry.source,
            "ai_token": entry.ai_token, "error": entry.error, "kept": entry.kept,
            "result": to_wire(entry.result) if entry.result is not None else None}
    return json.dumps(body, separators=(",", ":")).encode()


def _decode(entry_id: str, added_at: str, blob: bytes) -> AiEntry:
    body = json.loads(blob)
    result = body.get("result")
    return AiEntry(
        id=entry_id, file_name=str(body["file_name"]), added_at=dt.datetime.fromisoformat(added_at),
        state=AiState(body["state"]), source=str(body.get("source") or ""),
        ai_token=body.get("ai_token"), error=str(body.get("error") or ""),
        kept=bool(body.get("kept")),
        result=AiResult.from_api(result) if isinstance(result, dict) else None,
    )


def _context(profile: str, entry_id: str, what: str) -> bytes:
    return f"ai\x00{what}\x00{profile}\x00{entry_id}".encode()


class AiHistory(SqliteStore):
    schema = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE entries (
        profile TEXT NOT NULL,
        id TEXT NOT NULL,
        added_at TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (profile, id)
    );
    CREATE TABLE documents (
        profile TEXT NOT NULL,
        id TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (profile, id)
    );
    """

    def __init__(self, path: Path, *, key: bytes | None = None) -> None:
        self._sealer = RecordSealer(key)
        super().__init__(path)

    @classmethod
    def in_dir(cls, data_dir: Path, *, key: bytes | None = None) -> AiHistory:
        """``key``: from :meth:`CredentialStore.cache_key`; None = this session only."""
        return cls(data_dir / HISTORY_FILE, key=key)

    def _check_key(self, conn: sqlite3.Connection) -> None:
        """Rows sealed with another key (keyring entry lost, a session key) are dropped."""
        check = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
        if check is not None:
            try:
                self._sealer.open(bytes(check[0]), b"ai-key-check")
                return
            except Unreadable:
                conn.execute("DELETE FROM entries")
                conn.execute("DELETE FROM documents")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_check', ?)",
                     (self._sealer.seal(b"medsender-ai-history", b"ai-key-check"),))
        conn.commit()

    def _open(self) -> None:
        super()._open()
        assert self._conn is not None
        self._check_key(self._conn)

    # --- entries -------------------------------------------------------------------------
    async def load(self, profile: str) -> list[AiEntry]:
        """Every entry of ``profile``, newest first (an unreadable row is left out)."""
        rows = await self.run(lambda conn: conn.execute(
            "SELECT id, added_at, body FROM entries WHERE profile = ? ORDER BY added_at DESC",
            (profile,)).fetchall())
        out = []
        for entry_id, added_at, sealed in rows:
            try:
                out.append(_decode(entry_id, added_at,
                                   self._sealer.open(bytes(sealed), _context(profile, entry_id, "entry"))))
            except (Unreadable, ValueError, TypeError, KeyError):
                continue
        return out

    async def save(self, profile: str, entry: AiEntry) -> None:
        sealed = self._sealer.seal(_encode(entry), _context(profile, entry.id, "entry"))
        await self.run(lambda conn: conn.execute(
            "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
            (profile, entry.id, entry.added_at.isoformat(), sealed)))

    async def remove(self, profile: str, entry_id: str) -> None:
        def delete(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM entries WHERE profile = ? AND id = ?", (profile, entry_id))
            conn.execute("DELETE FROM documents WHERE profile = ? AND id = ?", (profile, entry_id))

        await self.run(delete)

    # --- document copies -----------------------------------------------------------------
    async def keep_document(self, profile: str, entry_id: str, data: bytes) -> None:
        sealed = self._sealer.seal(data, _context(profile, entry_id, "document"))
        await self.run(lambda conn: conn.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", (profile, entry_id, sealed)))

    async def document(self, profile: str, entry_id: str) -> bytes | None:
        row = await self.run(lambda conn: conn.execute(
            "SELECT body FROM documents WHERE profile = ? AND id = ?", (profile, entry_id)).fetchone())
        if row is None:
            return None
        try:
            return self._sealer.open(bytes(row[0]), _context(profile, entry_id, "document"))
        except Unreadable:
            return None
