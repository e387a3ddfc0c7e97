"""Inbound documents on disk: sealed with AES-GCM, written atomically and durably.

A file is complete on disk before its event is committed (temp file, fsync, rename, fsync of
the directory), so an acknowledged callback always has its document. A crash in between
leaves at most an orphan, which the sweep removes.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import time
from collections.abc import Collection
from pathlib import Path
from typing import Final

from medsender_desktop.errors import RelayError
from medsender_desktop.relay.sealing import Sealer, file_context

log = logging.getLogger(__name__)

FILE_ID_PATTERN: Final = re.compile(r"[0-9a-f]{32}")
SUFFIX: Final = ".sealed"
TEMP_PREFIX: Final = ".tmp-"


def new_file_id() -> str:
    """Random: says nothing about the fax, its sender or its token."""
    return secrets.token_hex(16)


def fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows: directories cannot be opened; NTFS journals the rename
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileStore:
    """Sealed documents under ``root``, named by their random file id."""

    def __init__(self, root: Path, sealer: Sealer) -> None:
        self.root = root
        self._sealer = sealer
        root.mkdir(parents=True, exist_ok=True, mode=0o700)

    def path_for(self, file_id: str) -> Path:
        if not FILE_ID_PATTERN.fullmatch(file_id):
            raise RelayError("That document id is not valid.")
        return self.root / f"{file_id}{SUFFIX}"

    def write(self, file_id: str, data: bytes) -> None:
        final = self.path_for(file_id)
        temp = self.root / f"{TEMP_PREFIX}{file_id}"
        sealed = self._sealer.seal(data, file_context(file_id))
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(sealed)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, final)
        fsync_directory(self.root)

    def read(self, file_id: str) -> bytes | None:
        try:
            sealed = self.path_for(file_id).read_bytes()
        except FileNotFoundError:
            return None
        return self._sealer.open(sealed, file_context(file_id))

    def delete(self, file_id: str) -> None:
        self.path_for(file_id).unlink(missing_ok=True)

    def sweep(self, referenced: Collection[str], *, min_age_seconds: float = 0.0) -> int:
        """Remove temp files and documents no event refers to; returns how many were removed.

        ``min_age_seconds`` spares files younger than that (a callback may be mid-commit).
        """
        now = time.time()
        removed = 0
        for path in self.root.iterdir():
            name = path.name
            file_id = name.removesuffix(SUFFIX)
            is_orphan = name.startswith(TEMP_PREFIX) or (
                name.endswith(SUFFIX) and file_id not in referenced
            )
            if not is_orphan:
                continue
            try:
                if now - path.stat().st_mtime < min_age_seconds:
                    continue
                path.unlink()
                removed += 1
            except FileNotFoundError:
                continue
        if removed:
            log.info("removed %d orphaned relay file(s)", removed)
        return removed
