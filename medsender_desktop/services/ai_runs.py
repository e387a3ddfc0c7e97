"""The AI tab's queue: many files, each read, checked, uploaded and followed to its result.

Every file becomes an :class:`AiEntry` at once (waiting), then, one upload at a time: read
(its size checked before reading) and checked on the documents worker (type, damage, pages),
so a refused file fails with the reason and nothing is uploaded; uploaded with its bytes
counted; analysed. The result comes through the relay's ``ai`` event when a relay is
connected (the event is a hint: the result shown is the one the API returns for that token),
and by polling otherwise; with a relay a slow safety poll still runs, in case an event is
lost. Entries and a sealed copy of each document are kept in :class:`AiHistory`, so the
history, Open and Send this survive a restart; an analysis cut off by quitting resumes.

Plain asyncio, no Qt: the UI listens to :attr:`AiRuns.changed` and :attr:`AiRuns.removed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import shutil
import tempfile
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import AiResult, MedsenderClient
from medsender_desktop.documents import AI_KINDS, FAX_KINDS, DocumentWorker, sniff
from medsender_desktop.documents.worker import read_source
from medsender_desktop.errors import DocumentError, MedsenderError, NotFound
from medsender_desktop.services.ai import POLL_SECONDS
from medsender_desktop.services.ai_history import AiEntry, AiHistory, AiState
from medsender_desktop.services.events import Event

log = logging.getLogger(__name__)

#: with a connected relay the result comes as an event; this poll only catches a lost one
SAFETY_POLL_SECONDS = 30.0
#: stop following an analysis that has not finished after this long
GIVE_UP_AFTER = 600.0
EARLY_EVENTS_KEPT = 256
AI_FAILED = "Medsender AI could not read this document. Check that it is a readable scan or PDF."
GAVE_UP = ("Medsender AI has not answered for 10 minutes. Click Retry to send the document "
           "again.")
CUT_OFF = "The app was closed before this document was uploaded. Click Retry to send it."
NOT_KEPT = "The document is no longer on this computer; choose the file again."


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(4096)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


class AiRuns:
    """Runs the AI on files for one profile and keeps its history."""

    def __init__(self, client: MedsenderClient, documents: DocumentWorker, history: AiHistory | None,
                 *, profile_id: str, callback_url: str | None = None,
                 relay_connected: Callable[[], bool] = lambda: False,
                 poll_seconds: Sequence[float] = POLL_SECONDS,
                 safety_poll: float = SAFETY_POLL_SECONDS, give_up_after: float = GIVE_UP_AFTER,
                 ) -> None:
        self._client = client
        self._documents = documents
        self._history = history
        self._profile = profile_id
        self.callback_url = callback_url  # set when a relay is configured
        self._relay_connected = relay_connected
        self._poll = tuple(poll_seconds)
        self._safety_poll = safety_poll
        self._give_up_after = give_up_after
        self.changed: Event[AiEntry] = Event("ai_entry_changed")  #: new or changed entry
        self.removed: Event[str] = Event("ai_entry_removed")  #: id of an entry removed
        self._entries: dict[str, AiEntry] = {}
        self._hints: dict[str, asyncio.Event] = {}  # ai_token -> set by a relay event
        #: tokens of events that came before their analysis was being followed (a fast result
        #: can beat the upload's answer); bounded, oldest dropped
        self._early: OrderedDict[str, None] = OrderedDict()
        self._upload_turn = asyncio.Lock()  # one upload at a time; the others wait
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._saves: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._handoff: Path | None = None  # documents handed to the send dialog

    # --- state -----------------------------------------------------------------------------
    @property
    def entries(self) -> list[AiEntry]:
        return list(self._entries.values())

    def entry(self, entry_id: str) -> AiEntry | None:
        return self._entries.get(entry_id)

    @property
    def uses_relay(self) -> bool:
        """Whether results are asked to come as relay events (a relay is configured)."""
        return self.callback_url is not None

    # --- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        """Load the history; an analysis cut off by quitting is followed again."""
        if self._history is None:
            return
        for entry in reversed(await self._history.load(self._profile)):
            if entry.state is AiState.ANALYSING and entry.ai_token:
                self._set(entry, persist=False)
                self._spawn(entry.id, self._follow(entry))
            elif entry.state in (AiState.WAITING, AiState.UPLOADING):
                self._set(entry.but(state=AiState.FAILED, error=CUT_OFF))
            else:
                self._set(entry, persist=False)

    async def stop(self) -> None:
        self._closing = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.settled()
        if self._handoff is not None:
            await asyncio.to_thread(shutil.rmtree, self._handoff, True)
            self._handoff = None
        self.changed.disconnect_all()
        self.removed.disconnect_all()

    # --- what the tab asks -----------------------------------------------------------------
    def add(self, paths: Sequence[Path]) -> list[AiEntry]:
        """Queue ``paths`` (returns at once; each entry then changes as it goes)."""
        added = []
        for path in paths:
            entry = AiEntry(id=uuid.uuid4().hex, file_name=path.name,
                            added_at=dt.datetime.now(dt.UTC), source=str(path))
            self._set(entry, persist=False)  # kept once it was read: a refusal stays in memory
            self._spawn(entry.id, self._run(entry))
            added.append(entry)
        return added

    def retry(self, entry_id: str) -> None:
        """Run a failed entry again: from its kept copy, else from its file."""
        entry = self._entries.get(entry_id)
        if entry is None or entry.state is not AiState.FAILED or entry_id in self._tasks:
            return
        fresh = entry.but(state=AiState.WAITING, error="", ai_token=None, result=None, sent=0, total=0)
        self._set(fresh, persist=False)
        self._spawn(entry_id, self._run(fresh))

    async def remove(self, entry_id: str) -> None:
        """Forget an entry (and its kept document); a running one is stopped first."""
        task = self._tasks.pop(entry_id, None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._entries.pop(entry_id, None) is None:
            return
        if self._history is not None:
            await self.settled()
            await self._history.remove(self._profile, entry_id)
        self.removed.emit(entry_id)

    async def document(self, entry_id: str) -> bytes:
        """The entry's document as PDF (TIFF and images converted on the documents worker)."""
        entry = self._entries.get(entry_id)
        data = None
        if entry is not None and entry.kept and self._history is not None:
            data = await self._history.document(self._profile, entry_id)
        if data is None and entry is not None and entry.source:
            with contextlib.suppress(DocumentError):
                data = await asyncio.to_thread(read_source, Path(entry.source), wire.MAX_FILE_BYTES)
        if data is None:
            raise MedsenderError(NOT_KEPT)
        return await self._documents.to_pdf(data)

    async def fax_file(self, entry_id: str) -> Path:
        """A file the send dialog can take for this entry: the original when it is still
        there as a PDF or TIFF and still holds the document that was analysed, else a PDF copy
        of the analysed document in a private folder (0700, removed at stop, named by the
        entry's random id, never by the patient's file name). A file saved over since (an
        EHR's next export under the same name) may be another patient's: never handed on."""
        entry = self._entries.get(entry_id)
        if entry is not None and entry.source:
            original = Path(entry.source)
            with contextlib.suppress(OSError):
                head = await asyncio.to_thread(_head, original)
                if sniff(head) in FAX_KINDS and await self._unchanged(entry, original):
                    return original
        pdf = await self.document(entry_id)
        if self._handoff is None:
            self._handoff = Path(tempfile.mkdtemp(prefix="medsender-ai-"))
        target = self._handoff / f"{entry_id}.pdf"
        await asyncio.to_thread(_write_private, target, pdf)
        return target

    async def _unchanged(self, entry: AiEntry, original: Path) -> bool:
        """Whether ``original`` still holds the kept copy's bytes (True when none was kept)."""
        kept = (await self._history.document(self._profile, entry.id)
                if entry.kept and self._history is not None else None)
        if kept is None:
            return True
        if (await asyncio.to_thread(original.stat)).st_size != len(kept):
            return False
        try:
            current = await asyncio.to_thread(read_source, original, wire.MAX_FILE_BYTES)
        except DocumentError:
            return False
        return current == kept

    def on_relay_event(self, ai_token: str) -> None:
        """A relay ``ai`` event for ``ai_token``: check that analysis now."""
        hint = self._hints.get(ai_token)
        if hint is not None:
            hint.set()
            return
        self._early[ai_token] = None
        while len(self._early) > EARLY_EVENTS_KEPT:
            self._early.popitem(last=False)

    # --- the work --------------------------------------------------------------------------
    async def _run(self, entry: AiEntry) -> None:
        try:
            async with self._upload_turn:
                data = await self._read(entry)
                entry = self._set(self._entries[entry.id].but(state=AiState.UPLOADING,
                                                              total=len(data), sent=0))

                def progress(sent: int, total: int) -> None:
                    current = self._entries.get(entry.id)
                    if current is not None and current.state is AiState.UPLOADING:
                        self._set(current.but(sent=sent, total=total), persist=False)

                started = await self._client.run_ai(data, callback_url=self.callback_url,
                                                    progress=progress)
            entry = self._set(self._entries[entry.id].but(state=AiState.ANALYSING,
                                                          ai_token=started.token))
            await self._follow(entry)
        except DocumentError as exc:
            log.info("a document for the AI was refused (%s)", exc.reason)
            self._fail(entry.id, exc.message)
        except MedsenderError as exc:
            log.info("an AI run failed: %s", type(exc).__name__)
            self._fail(entry.id, exc.message)

    async def _read(self, entry: AiEntry) -> bytes:
        """The document's bytes, checked (a refusal raises DocumentError); kept sealed."""
        data = None
        if entry.kept and self._history is not None:
            data = await self._history.document(self._profile, entry.id)
        if data is None:
            if not entry.source:
                raise MedsenderError(NOT_KEPT)
            data = await asyncio.to_thread(read_source, Path(entry.source), wire.MAX_FILE_BYTES)
        await self._documents.inspect(data, allowed=AI_KINDS)
        if not entry.kept and self._history is not None:
            await self._history.keep_document(self._profile, entry.id, data)
            self._set(self._entries[entry.id].but(kept=True))
        return data

    async def _follow(self, entry: AiEntry) -> None:
        assert entry.ai_token is not None
        token = entry.ai_token
        hint = self._hints.setdefault(token, asyncio.Event())
        if self._early.pop(token, "absent") is None:  # its event is already here
            hint.set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._give_up_after
        attempt = 0
        try:
            while loop.time() < deadline:
                relay = self.uses_relay and self._relay_connected()
                pause = self._safety_poll if relay else self._poll[min(attempt, len(self._poll) - 1)]
                attempt += 1
                with contextlib.suppress(TimeoutError):  # a relay event cuts the pause short
                    await asyncio.wait_for(hint.wait(), timeout=pause)
                hint.clear()
                try:
                    result = await self._client.get_ai_result(token)
                except NotFound:
                    self._fail(entry.id, AI_FAILED)
                    return
                except MedsenderError as exc:  # offline for now: keep following
                    log.info("AI result not fetched yet (%s)", type(exc).__name__)
                    continue
                if result.is_final:
                    self._finish(entry.id, result)
                    return
            self._fail(entry.id, GAVE_UP)
        finally:
            self._hints.pop(token, None)

    def _finish(self, entry_id: str, result: AiResult) -> None:
        current = self._entries.get(entry_id)
        if current is None:
            return
        if result.succeeded:
            self._set(current.but(state=AiState.DONE, result=result, error=""))
        else:
            self._set(current.but(state=AiState.FAILED, result=result, error=AI_FAILED))

    def _fail(self, entry_id: str, message: str) -> None:
        current = self._entries.get(entry_id)
        if current is not None:
            self._set(current.but(state=AiState.FAILED, error=message))

    def _set(self, entry: AiEntry, *, persist: bool = True) -> AiEntry:
        """Make ``entry`` current and announce it; kept in the history once its document is
        (a refused file, never read or checked, stays in memory only)."""
        self._entries[entry.id] = entry
        self.changed.emit(entry)
        if persist and entry.kept and self._history is not None and not self._closing:
            self._spawn_side(self._history.save(self._profile, entry))
        return entry

    # --- tasks -----------------------------------------------------------------------------
    def _spawn(self, entry_id: str, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self._tasks[entry_id] = task
        task.add_done_callback(lambda t: self._tasks.pop(entry_id, None) if
                               self._tasks.get(entry_id) is t else None)

    def _spawn_side(self, work: Any) -> None:
        """Saving runs in order on the store's one thread; awaited by :meth:`settled`."""
        task = asyncio.ensure_future(work)
        self._saves.add(task)
        task.add_done_callback(self._saves.discard)

    async def settled(self) -> None:
        """Return once every save handed to the history so far is written."""
        while self._saves:
            await asyncio.wait(set(self._saves))
