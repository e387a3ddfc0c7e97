"""The watched folder: a PDF or TIFF saved into a folder (an EHR's "Print to PDF", a scanner)
is handed on, once, as soon as it is completely written: the practical stand-in for a fax
printer driver.

Plain asyncio, no Qt: the folder is listed every ``interval`` seconds on a worker thread (a
network drive that hangs never freezes the window), which works the same on every OS and on
network shares, where change notifications are unreliable.

A file is handed on when
- its name says PDF or TIFF and is not a temporary or partial one (``~$…``, ``.…``, ``….tmp``,
  ``….part``, ``….crdownload``, …): a browser or an EHR writing ``x.pdf.part`` and renaming it
  to ``x.pdf`` hands on ``x.pdf`` only;
- its size and modification time were the same at two checks in a row, it is not empty, and it
  can be opened for reading (Windows refuses that while the writer holds it);
- a PDF also ends with its ``%%EOF`` marker, unless it stayed unchanged for ``patience``
  checks (a damaged PDF is then handed on, and the send dialog says what is wrong with it).
It is never handed on twice: the same name with the same size and time is remembered (a new
print saved over it is a new document). Files already there when watching starts, or when a
vanished folder comes back, are left alone. Nothing is ever moved or deleted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

WANTED_SUFFIXES: Final = (".pdf", ".tif", ".tiff")
#: Names that are still being written, or belong to another program's bookkeeping.
PARTIAL_PREFIXES: Final = ("~$", "~", ".")
PARTIAL_SUFFIXES: Final = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", "~")
PDF_END: Final = b"%%EOF"
PDF_TAIL_BYTES: Final = 2048


class FolderProblem(StrEnum):
    MISSING = "missing"  # moved, deleted, or its drive disconnected
    UNREADABLE = "unreadable"  # there, but this user may not list it


def is_candidate(name: str) -> bool:
    """Whether a file of this name may be a finished PDF or TIFF (not a temporary one)."""
    lower = name.lower()
    if lower.startswith(PARTIAL_PREFIXES) or lower.endswith(PARTIAL_SUFFIXES):
        return False
    return lower.endswith(WANTED_SUFFIXES)


@dataclass(frozen=True)
class Seen:
    size: int
    mtime_ns: int


@dataclass
class _Pending:
    seen: Seen
    steady: int = 0  # checks in a row at which it had not changed


class FolderScanner:
    """The watching logic, one :meth:`scan` at a time (synchronous: runs on a worker thread)."""

    def __init__(self, folder: Path, *, patience: int = 10) -> None:
        self.folder = folder
        self.patience = patience
        self.problem: FolderProblem | None = None
        self.scans = 0  # checks done so far
        self._baseline = True  # the next listing is what was there before: left alone
        self._pending: dict[str, _Pending] = {}
        self._handed: dict[str, Seen] = {}

    def scan(self) -> list[Path]:
        """One check: the files that are now complete (each returned once)."""
        self.scans += 1
        try:
            listing = self._list()
        except (FileNotFoundError, NotADirectoryError):
            return self._lost(FolderProblem.MISSING)
        except PermissionError:
            return self._lost(FolderProblem.UNREADABLE)
        except OSError:  # a network share that went away answers with other errors
            return self._lost(FolderProblem.MISSING)
        self.problem = None
        if self._baseline:
            self._baseline = False
            self._handed = dict(listing)
            self._pending.clear()
            return []
        ready: list[Path] = []
        for name, seen in sorted(listing.items()):
            if self._handed.get(name) == seen:
                continue
            pending = self._pending.get(name)
            if pending is None or pending.seen != seen:
                self._pending[name] = _Pending(seen)
                continue
            pending.steady += 1
            if seen.size > 0 and self._complete(self.folder / name, pending.steady):
                del self._pending[name]
                self._handed[name] = seen
                ready.append(self.folder / name)
        for gone in set(self._pending) - set(listing):
            del self._pending[gone]
        for gone in set(self._handed) - set(listing):
            del self._handed[gone]
        return ready

    def _list(self) -> dict[str, Seen]:
        found: dict[str, Seen] = {}
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if not is_candidate(entry.name):
                    continue
                with contextlib.suppress(OSError):  # removed meanwhile, or a broken link
                    if entry.is_file():
                        stat = entry.stat()
                        found[entry.name] = Seen(stat.st_size, stat.st_mtime_ns)
        return found

    def _lost(self, problem: FolderProblem) -> list[Path]:
        if self.problem is None:
            log.info("watched folder not available (%s)", problem.value)
        self.problem = problem
        self._baseline = True  # when it is back, what it holds then is left alone
        return []

    def _complete(self, path: Path, steady: int) -> bool:
        try:
            with path.open("rb") as fh:  # fails on Windows while the writer still holds it
                if not path.name.lower().endswith(".pdf"):
                    return True
                fh.seek(max(0, path.stat().st_size - PDF_TAIL_BYTES))
                tail = fh.read(PDF_TAIL_BYTES)
        except OSError:
            return False
        return PDF_END in tail or steady >= self.patience


class WatchedFolder:
    """Checks ``folder`` every ``interval`` seconds on the running loop; ``on_ready(path)`` for
    each complete new file, ``on_problem(problem or None)`` when the folder goes or comes back."""

    def __init__(self, folder: Path, *, on_ready: Callable[[Path], None],
                 on_problem: Callable[[FolderProblem | None], None], interval: float = 1.0,
                 patience: int = 10) -> None:
        self.scanner = FolderScanner(folder, patience=patience)
        self._on_ready = on_ready
        self._on_problem = on_problem
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    @property
    def folder(self) -> Path:
        return self.scanner.folder

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="watched-folder")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        reported: FolderProblem | None = None
        while True:
            ready = await asyncio.to_thread(self.scanner.scan)
            problem = self.scanner.problem
            if problem != reported:
                reported = problem
                self._on_problem(problem)
            for path in ready:
                self._on_ready(path)
            await asyncio.sleep(self._interval)  # the polling period, not a wait for a condition
