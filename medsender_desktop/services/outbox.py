"""The outbox: owns every fax this app sends, so none is lost and none goes out twice.

A fax is written to the outbox (its request in SQLite, a copy of its documents in the data
folder, both on disk and sealed with the outbox key) before anything is uploaded: one entry
per recipient, several sharing a ``group_id``. The runner uploads what is due (``queued`` →
``uploading`` → ``sent`` with its send token), follows each sent fax to success or failure,
and keeps a timeline of each step.

Exactly once, whatever happens:

* refused (400/401/403/404, a document problem) → ``failed`` with the reason in plain words;
  503 (offline for maintenance) or a connection that never opened → stays ``queued`` and is
  tried again after a delay;
* a lost answer (``SendOutcomeUnknown``), a 429 (the API docs do not promise that nothing was
  queued), a 5xx other than 503, an unreadable 200, or the app
  stopping mid-upload (found ``uploading`` at the next start) → ``unknown``: the outbox looks
  for the fax among Medsender's sent faxes (:mod:`.outbox_reconcile`) and adopts it, or only
  when it is not there queues it again. Uploads and searches to one number never overlap.

Only entries whose upload has not started can be cancelled. Plain asyncio, no Qt. This module
keeps the entries and runs the rounds; one entry's upload or search is in
:mod:`.outbox_upload`, the settings and progress/summary types in :mod:`.outbox_types`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from medsender_desktop.api import FaxRequest, MedsenderClient, SentFax, validation
from medsender_desktop.errors import MedsenderError, ValidationError
from medsender_desktop.services.events import Event
from medsender_desktop.services.outbox_follow import StatusFollower
from medsender_desktop.services.outbox_request import cover_fields, keep_document
from medsender_desktop.services.outbox_sealing import UNREADABLE_ENTRY
from medsender_desktop.services.outbox_store import (
    PENDING,
    OutboxEntry,
    OutboxState,
    OutboxStore,
    SendFailure,
    TimelineEvent,
)
from medsender_desktop.services.outbox_types import OutboxConfig, OutboxSummary, UploadProgress
from medsender_desktop.services.outbox_upload import EntrySteps

__all__ = ["Outbox", "OutboxConfig", "OutboxSummary", "UploadProgress"]

log = logging.getLogger(__name__)
S = OutboxState


class Outbox:
    def __init__(self, store: OutboxStore, client: MedsenderClient, *,
                 config: OutboxConfig | None = None, documents: object | None = None) -> None:
        self.store = store
        self.client = client
        self.config = config or OutboxConfig()
        self._documents = documents  # the DocumentWorker: documents are checked at enqueue
        self.changed: Event[OutboxEntry] = Event("outbox_changed")
        self.progress: Event[UploadProgress] = Event("outbox_progress")
        self.count_changed: Event[int] = Event("outbox_count_changed")
        self.summary_changed: Event[OutboxSummary] = Event("outbox_summary_changed")
        self.failed: Event[SendFailure] = Event("outbox_failed")
        #: an entry Medsender accepted (its send token is known): follow it, count its use
        self.sent: Event[OutboxEntry] = Event("outbox_sent")
        self._wake = asyncio.Event()
        self._busy: set[str] = set()
        self._numbers: dict[str, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._runner: asyncio.Task[None] | None = None
        self._count = -1
        self._summary = OutboxSummary()
        self._waiters: set[asyncio.Event] = set()
        self._stopped = False
        self._follower = StatusFollower(self)
        self._steps = EntrySteps(self)

    @classmethod
    def in_dir(cls, folder: Path, client: MedsenderClient, *, key: bytes,
               **kwargs: object) -> Outbox:
        """``key`` seals what the outbox keeps (see :meth:`CredentialStore.data_key`)."""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return cls(OutboxStore.in_dir(folder, key=key), client, **kwargs)  # type: ignore[arg-type]

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> None:
        """Resume: interrupted uploads are reconciled, queued faxes go out, old ones expire."""
        self.store.files.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        interrupted = await self.store.recover_interrupted()
        if interrupted:
            log.info("outbox: %d uploads were interrupted; checking them before any resend",
                     len(interrupted))
        used = await self.store.purge(time.time() - self.config.retention_days * 86400)
        await asyncio.to_thread(self.store.files.remove_unused, used)
        await self._publish_count()
        self._stopped = False
        self._runner = asyncio.create_task(self._run(), name="outbox")

    async def stop(self) -> None:
        """Stop uploading; an upload cut off here is reconciled at the next start."""
        tasks = [t for t in (self._runner, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._runner = None
        self._stopped = True
        self._wake_waiters()

    def close(self) -> None:
        self.store.close()

    # --- what the UI asks ----------------------------------------------------------------
    async def enqueue(self, request: FaxRequest, *, send_at: float | None = None) -> list[OutboxEntry]:
        """Keep the fax (one entry per recipient) on disk; refused before anything is stored
        if a number, a field or a document is not valid."""
        numbers = list(dict.fromkeys(validation.normalize_phone(n, "to_number")
                                     for n in request.to_numbers))
        if not numbers:
            raise ValidationError("Enter the fax number to send to.", field="to_number")
        if len(numbers) > self.config.max_recipients:
            raise ValidationError(f"A fax can go to {self.config.max_recipients} recipients at "
                                  "most. Send it again for the others.", field="to_number")
        from_number = validation.normalize_phone(request.from_number, "from_number")
        fields = cover_fields(request)
        if not request.files:
            raise ValidationError("Choose the document to send.", field="file")
        kept = [await keep_document(self.store.files, doc, self._documents) for doc in request.files]
        documents = tuple(name for name, _ in kept)
        counts = [count for _, count in kept]
        pages = None if None in counts else sum(c for c in counts if c is not None)
        now, group = time.time(), uuid.uuid4().hex
        entries = [OutboxEntry(id=uuid.uuid4().hex, group_id=group, state=S.QUEUED,
                               to_number=number, from_number=from_number, fields=fields,
                               documents=documents, created_at=now, send_at=send_at,
                               pages=pages)
                   for number in numbers]
        held = (f"Held until {dt.datetime.fromtimestamp(send_at).strftime('%Y-%m-%d %H:%M')}."
                if send_at and send_at > now else "")
        await self.store.insert(entries, "queued", held)
        await self._announce(*(e.id for e in entries))
        self._wake.set()
        return entries

    async def cancel(self, entry_id: str) -> OutboxEntry:
        if not await self.store.change(entry_id, expect=(S.QUEUED,), state=S.CANCELLED,
                                       event="cancelled", detail="Cancelled before upload."):
            raise MedsenderError("This fax can no longer be cancelled: it is already being "
                                 "sent or has been sent.")
        return await self._announce(entry_id)

    async def send_now(self, entry_id: str) -> OutboxEntry:
        """Upload a fax held for a later time (or waiting to try again) right away."""
        if not await self.store.change(entry_id, expect=(S.QUEUED,), send_at=None,
                                       next_try_at=0.0, event="sent_now",
                                       detail="No longer held: it goes out at once."):
            raise MedsenderError("This fax is no longer waiting: it is already being sent, has "
                                 "been sent or was cancelled.")
        self._wake.set()
        return await self._announce(entry_id)

    async def retry(self, entry_id: str) -> OutboxEntry:
        """Send a failed fax again (same document and fields): a new entry linked to it."""
        old = await self.store.get(entry_id)
        if old is None or not old.delivery_failed:
            raise MedsenderError("Only a fax that failed can be sent again with Retry.")
        if not old.to_number:
            raise MedsenderError(UNREADABLE_ENTRY)
        new = replace(old, id=uuid.uuid4().hex, state=S.QUEUED, created_at=time.time(),
                      send_at=None, retry_of=old.id, token=None, delivery=None, error=None,
                      tries=0, next_try_at=0.0, first_attempt_at=None, unknown_since=None)
        await self.store.insert([new], "queued", "Retry of a fax that failed.")
        await self.store.add_event(old.id, "retried", "Sent again with Retry.")
        self._wake.set()
        return await self._announce(new.id)

    async def entries(self, *states: OutboxState) -> list[OutboxEntry]:
        return await self.store.entries(*states)

    async def get(self, entry_id: str) -> OutboxEntry | None:
        return await self.store.get(entry_id)

    async def timeline(self, entry_id: str) -> list[TimelineEvent]:
        return await self.store.timeline(entry_id)

    async def pending_count(self) -> int:
        """Faxes Medsender does not have yet (queued, held, uploading, being checked)."""
        return await self.store.count(*PENDING)

    async def documents_of(self, entry: OutboxEntry) -> list[bytes]:
        """The entry's documents, opened into memory (DocumentError if one cannot be)."""
        return await asyncio.to_thread(lambda: [self.store.files.read(name)
                                                for name in entry.documents])

    async def apply_sent_fax(self, fax: SentFax) -> None:
        """A sent fax's latest status (from the relay or a refresh): recorded if it is ours."""
        await self._follower.apply(fax)

    @property
    def count(self) -> int:
        """The last pending count published on ``count_changed``."""
        return max(0, self._count)

    @property
    def summary(self) -> OutboxSummary:
        """The last summary published on ``summary_changed``."""
        return self._summary

    async def wait_settled(self) -> None:
        """Return once nothing is left to do (every entry final); for scripts and tests."""
        async def done() -> bool | None:
            settled = not await self.store.count(*PENDING) and not await self.store.following()
            return True if settled else None

        await self._wait(done)

    async def wait_handed_over(self, entry_id: str) -> OutboxEntry | None:
        """The entry once Medsender has it (``sent``) or never will (``failed``/``cancelled``);
        None if the outbox stops first."""
        async def done() -> OutboxEntry | None:
            entry = await self.store.get(entry_id)
            return entry if entry is None or entry.state not in PENDING else None

        return await self._wait(done)

    async def _wait[T](self, check: Callable[[], Awaitable[T | None]]) -> T | None:
        while not self._stopped:
            changed = asyncio.Event()
            self._waiters.add(changed)  # before the check: no change can slip in between
            try:
                result = await check()
                if result is not None:
                    return result
                await changed.wait()
            finally:
                self._waiters.discard(changed)
        return None

    def _wake_waiters(self) -> None:
        for waiter in list(self._waiters):
            waiter.set()

    # --- the runner ----------------------------------------------------------------------
    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                delay = await self._tick()
            except Exception:  # a broken round must not stop the outbox; try again soon
                log.exception("outbox round failed")
                delay = self.config.backoff_initial
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, delay))

    async def _tick(self) -> float:
        now, delay = time.time(), 3600.0
        for entry in await self.store.entries(S.QUEUED, S.UNKNOWN):
            if entry.id in self._busy:
                continue
            due = max(entry.next_try_at, entry.send_at or 0.0)
            if entry.state is S.UNKNOWN:
                due = max(due, (entry.unknown_since or 0.0) + self.config.settle_seconds)
            if due > now:
                delay = min(delay, due - now)
            elif len(self._busy) < self.config.parallel and not self._number_busy(entry):
                work = self._steps.upload if entry.state is S.QUEUED else self._steps.reconcile
                self._spawn(entry, work)
        return min(delay, await self._follower.tick(now))

    def _number_busy(self, entry: OutboxEntry) -> bool:
        lock = self._numbers.get(entry.to_number)
        return lock is not None and lock.locked()

    def _spawn(self, entry: OutboxEntry, work: Callable[[OutboxEntry], object]) -> None:
        self._busy.add(entry.id)

        async def guarded() -> None:
            lock = self._numbers.setdefault(entry.to_number, asyncio.Lock())
            try:
                async with lock:
                    await work(entry)  # type: ignore[misc]
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox step failed")
            finally:
                self._busy.discard(entry.id)
                self._wake.set()

        task = asyncio.create_task(guarded(), name="outbox-step")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _after(self, entry_id: str) -> None:
        entry = await self._announce(entry_id)
        if entry.state is S.SENT:
            self.sent.emit(entry)
        if entry.state is S.FAILED:
            self.failed.emit(SendFailure(entry, entry.error or "The fax could not be sent."))

    async def _announce(self, *entry_ids: str) -> OutboxEntry:
        entry: OutboxEntry | None = None
        for entry_id in entry_ids:
            entry = await self.store.get(entry_id)
            assert entry is not None
            self.changed.emit(entry)
        await self._publish_count()
        self._wake_waiters()
        assert entry is not None
        return entry

    async def _publish_count(self) -> None:
        count = await self.store.count(*PENDING)
        if count != self._count:
            self._count = count
            self.count_changed.emit(count)
        now = time.time()
        held = sorted(e.send_at for e in await self.store.entries(S.QUEUED)
                      if e.send_at is not None and e.send_at > now)
        summary = OutboxSummary(count, tuple(held))
        if summary != self._summary:
            self._summary = summary
            self.summary_changed.emit(summary)
