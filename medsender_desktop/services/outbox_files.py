"""The outbox's copies of documents, sealed at rest.

Each document the outbox keeps is sealed with AES-256-GCM (:mod:`at_rest`) under the
outbox's key and bound to its file name, so a copy cannot be swapped for another unnoticed.
The name is a keyed fingerprint of the content (a retry or a second recipient shares one
copy; unlike a plain SHA-256 it tells nothing about the document to whoever has the file
but not the key). Copies are written atomically and durably with mode 0600 and are opened
only into memory, for the upload or for the app to show them. All methods block: call them
off the event loop.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Final

from medsender_desktop.errors import DocumentError
from medsender_desktop.services.at_rest import RecordSealer, Unreadable

SEALED_NAME: Final = re.compile(r"^[0-9a-f]{64}\.sealed$")
MISSING: Final = ("The document of this fax is no longer in the outbox folder. Send it again "
                  "from the original file.")
UNREADABLE: Final = ("The copy of this fax's document kept on this computer cannot be read: it "
                     "is damaged, or was kept with a key this computer no longer has. Send it "
                     "again from the original file.")


def _context(name: str) -> bytes:
    return b"outbox-document\x00" + name.encode()


class SealedFolder:
    def __init__(self, folder: Path, sealer: RecordSealer) -> None:
        self.folder = folder
        self._sealer = sealer

    def __repr__(self) -> str:
        return "SealedFolder(<outbox documents>)"

    def keep(self, data: bytes) -> str:
        """Seal ``data`` into the folder (once per content); its name."""
        name = f"{self._sealer.fingerprint(data)}.sealed"
        path = self.folder / name
        if not (path.exists() and path.stat().st_size == len(data) + SEAL_OVERHEAD):
            write_private(path, self._sealer.seal(data, _context(name)))
        return name

    def read(self, name: str) -> bytes:
        """The document, opened into memory (DocumentError if it is gone or cannot be read)."""
        if not SEALED_NAME.match(name):  # an older version's plain copy that was gone when
            raise DocumentError(MISSING, reason="missing")  # the outbox was sealed
        try:
            sealed = (self.folder / name).read_bytes()
        except FileNotFoundError as exc:
            raise DocumentError(MISSING, reason="missing") from exc
        except OSError as exc:
            raise DocumentError(UNREADABLE, reason="unreadable") from exc
        try:
            return self._sealer.open(sealed, _context(name))
        except Unreadable as exc:
            raise DocumentError(UNREADABLE, reason="unreadable") from exc

    def seal_plain(self, old_name: str) -> str | None:
        """A copy an older version kept in plain form, sealed; its new name (None if gone).
        The plain file is removed by :meth:`remove_plain` once the new name is committed."""
        try:
            data = (self.folder / old_name).read_bytes()
        except OSError:
            return None
        return self.keep(data)

    def remove_plain(self) -> None:
        """Remove every file that is not a sealed copy: plain copies of an older version, and
        writes cut off by a crash."""
        self._remove(lambda name: SEALED_NAME.match(name) is None)

    def remove_unused(self, used: set[str]) -> None:
        self._remove(lambda name: name not in used)

    def _remove(self, unwanted: Callable[[str], bool]) -> None:
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.is_file() and unwanted(path.name):
                with contextlib.suppress(OSError):
                    path.unlink()


SEAL_OVERHEAD: Final = len(RecordSealer(bytes(32)).seal(b"", b""))


def write_private(path: Path, data: bytes) -> None:
    """Write atomically and durably, readable by this user only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + f".{uuid.uuid4().hex}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
