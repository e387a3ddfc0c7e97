"""Keeps the Sent and Received lists current without anyone pressing refresh.

- Start: the cached lists first (instant, and all there is when offline), then a full reload.
- Relay events (webhooks relayed to this desktop) update single records within a second.
- Without a connected relay, only records that can still change (queued / in progress) are
  polled, each with its own backoff; a light check of the newest page finds new arrivals.
- Network loss: ``connectivity_changed`` reports offline, the cached lists stay usable, a probe
  with backoff notices the return and reloads.

Plain asyncio, no Qt: the UI subscribes to the :class:`~medsender_desktop.services.events.Event`
attributes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from medsender_desktop.api import (
    Email,
    MedsenderClient,
    ReceivedFax,
    ReceivedFaxFilters,
    SentFax,
    SentFaxFilters,
)
from medsender_desktop.errors import ApiError, MedsenderError, NetworkError, NotFound, ServerError
from medsender_desktop.services.events import Event
from medsender_desktop.services.filter_match import matches_received, matches_sent
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.record_codec import (
    KIND_EMAIL,
    KIND_RECEIVED_FAX,
    KIND_SENT_FAX,
    SentRecord,
)
from medsender_desktop.services.secure_email import still_changing
from medsender_desktop.services.sync_config import Connectivity, ReceivedChange, SyncConfig
from medsender_desktop.services.tracker import PollTracker

log = logging.getLogger(__name__)
T = TypeVar("T")

OFFLINE_ERRORS = (NetworkError, ServerError)  # ServiceUnavailable is a ServerError
MAX_CONFIRMATIONS_PER_TICK = 20


class SyncService:
    def __init__(
        self,
        client: MedsenderClient,
        *,
        profile_id: str,
        cache: RecordCache | None = None,
        config: SyncConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._profile = profile_id
        self._cache = cache
        self.config = config or SyncConfig()
        self._clock = clock
        self.sent_reset: Event[list[SentRecord]] = Event("sent_reset")
        self.sent_changed: Event[SentRecord] = Event("sent_changed")
        self.received_reset: Event[list[ReceivedFax]] = Event("received_reset")
        self.received_changed: Event[ReceivedChange] = Event("received_changed")
        self.connectivity_changed: Event[Connectivity] = Event("connectivity_changed")
        self._sent: dict[str, SentRecord] = {}
        #: every e-mail this app sent (Medsender cannot list them), whatever the filters show
        self._emails: dict[str, Email] = {}
        self._received: dict[str, ReceivedFax] = {}
        self.sent_filters: SentFaxFilters | None = None
        self.received_filters: ReceivedFaxFilters | None = None
        self._tracker = PollTracker(self.config.poll_initial, self.config.poll_max, clock)
        self._connectivity = Connectivity(True)
        self._relay_connected = False
        self._loaded = False
        self._head_due = 0.0
        self._probe_delay = self.config.probe_initial
        self._probe_due = 0.0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._side_tasks: set[asyncio.Task[Any]] = set()
        self._reload_lock = asyncio.Lock()
        #: Relay events the API could not confirm yet: token -> kind.
        self._unconfirmed: dict[str, str] = {}

    # --- state ---------------------------------------------------------------------------
    @property
    def sent_records(self) -> list[SentRecord]:
        return list(self._sent.values())

    @property
    def received_records(self) -> list[ReceivedFax]:
        return list(self._received.values())

    @property
    def connectivity(self) -> Connectivity:
        return self._connectivity

    @property
    def loaded(self) -> bool:
        """True once a full reload from the server succeeded."""
        return self._loaded

    @property
    def tracked_tokens(self) -> set[str]:
        return self._tracker.tokens

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> None:
        """Show the cached lists, then reload and keep everything current in the background."""
        if self._cache is not None:
            cached = await self._cache.load(self._profile, (KIND_SENT_FAX, KIND_EMAIL, KIND_RECEIVED_FAX))
            self._sent = {r.token: r for r in cached if isinstance(r, (SentFax, Email))}
            self._emails = {r.email_id: r for r in cached if isinstance(r, Email)}
            self._received = {r.send_token: r for r in cached if isinstance(r, ReceivedFax)}
            self.sent_reset.emit(self.sent_records)
            self.received_reset.emit(self.received_records)
        self._task = asyncio.ensure_future(self._run())

    async def settled(self) -> None:
        """Return once every relay update handed in so far has been applied (or given up)."""
        while self._side_tasks:
            await asyncio.wait(set(self._side_tasks))

    async def stop(self) -> None:
        tasks = [t for t in (self._task, *self._side_tasks) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._task = None
        for event in (self.sent_reset, self.sent_changed, self.received_reset,
                      self.received_changed, self.connectivity_changed):
            event.disconnect_all()

    # --- user-initiated ------------------------------------------------------------------
    async def refresh(self) -> None:
        """Reload both lists now (F5). Raises MedsenderError; going offline is also reported."""
        await self.refresh_sent()
        await self.refresh_received()
        self._loaded = True
        self._head_due = self._clock() + self._head_interval()

    async def refresh_sent(self) -> None:
        async with self._reload_lock:
            faxes = await self._guard(self._all_sent())
            emails = [r for r in self._emails.values() if matches_sent(self.sent_filters, r)]
            self._sent = {r.send_token: r for r in faxes}
            self._sent.update({r.email_id: r for r in emails})
            for record in [*self._sent.values(), *self._emails.values()]:
                self._track_if_open(record)
            self.sent_reset.emit(self.sent_records)
            if self._cache is not None and self.sent_filters is None:
                await self._cache.replace(self._profile, (KIND_SENT_FAX,), faxes)

    async def refresh_received(self) -> None:
        async with self._reload_lock:
            records = await self._guard(self._all_received())
            self._received = {r.send_token: r for r in records}
            self.received_reset.emit(self.received_records)
            if self._cache is not None and self.received_filters is None:
                await self._cache.replace(self._profile, (KIND_RECEIVED_FAX,), records)

    async def set_sent_filters(self, filters: SentFaxFilters | None) -> None:
        self.sent_filters = filters
        await self.refresh_sent()

    async def set_received_filters(self, filters: ReceivedFaxFilters | None) -> None:
        self.received_filters = filters
        await self.refresh_received()

    async def track_sent(self, token: str, *, email: bool = False) -> SentRecord:
        """A fax (or e-mail) this app just sent: show it now and follow it to its final status."""
        record = await self._guard(self._fetch_sent(token, email=email))
        await self._apply_sent(record)
        return record

    def _fetch_sent(self, token: str, *, email: bool) -> Awaitable[SentRecord]:
        return self._client.get_email(token) if email else self._client.get_sent_fax(token)

    async def fetch_received(self, token: str) -> ReceivedFax:
        """The full record (with a fresh secure link) and keep the list row current."""
        record = await self._guard(self._client.get_received_fax(token))
        await self._apply_received(record)
        return record

    # --- relay ---------------------------------------------------------------------------
    def set_relay_connected(self, connected: bool) -> None:
        if connected != self._relay_connected:
            self._relay_connected = connected
            self._head_due = min(self._head_due, self._clock() + self._head_interval())
            self._wake.set()

    def apply_relay_event(self, kind: str, token: str, record: SentRecord | ReceivedFax | None,
                          file_id: str | None = None, status: str = "") -> None:
        """Called for every relay event (``record``: the callback's details, parsed); the
        update runs as a background task.

        A callback is a hint, never a fact: its signature covers only the token and
        completedAt, so its content (status, names, document) may have been changed by
        whoever replays a captured signature. The record shown is the one the API returns for
        that token; a token the API does not know is dropped; while the API cannot be
        reached the hint waits (and is confirmed on a later tick). ``record`` and
        ``file_id`` are therefore not used for what is shown.

        An event about a record already known with that final status (a relay replaying its
        backlog to a desktop that just connected) costs no request."""
        if self._already_known(kind, token, status):
            return
        self._spawn(self._confirm(kind, token))

    def _spawn(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    async def _confirm(self, kind: str, token: str) -> None:
        fetchers: dict[str, Callable[[str], Awaitable[SentRecord | ReceivedFax]]] = {
            KIND_SENT_FAX: self._client.get_sent_fax,
            KIND_EMAIL: self._client.get_email,
            KIND_RECEIVED_FAX: self._client.get_received_fax,
        }
        if kind not in fetchers or not token:
            return
        record: SentRecord | ReceivedFax
        try:
            record = await self._guard(fetchers[kind](token))
        except NotFound:
            self._unconfirmed.pop(token, None)
            log.warning("relay event %s for a record Medsender does not know: ignored", kind)
            return
        except MedsenderError as exc:
            self._unconfirmed[token] = kind  # confirmed on a later tick, once the API answers
            log.info("relay event %s: not confirmed yet (%s)", kind, type(exc).__name__)
            return
        self._unconfirmed.pop(token, None)
        if isinstance(record, ReceivedFax):
            await self._apply_received(record)
        else:
            await self._apply_sent(record)

    def _already_known(self, kind: str, token: str, status: str) -> bool:
        if not status:
            return False
        if kind == KIND_RECEIVED_FAX:
            known = self._received.get(token)
            return known is not None and str(known.fax_status or "") == status
        record = self._sent.get(token)
        if record is None or not record.is_final:
            return False
        current = record.email_status if isinstance(record, Email) else record.sent_status
        return str(current or "") == status

    # --- applying single records -----------------------------------------------------------
    async def remember_email(self, record: Email) -> None:
        """An e-mail this app sent: listed, kept (encrypted) and followed from now on."""
        await self._apply_sent(record)

    async def _apply_sent(self, record: SentRecord) -> None:
        token = record.token
        self._track_if_open(record)
        if isinstance(record, Email) and self._emails.get(token) != record:
            self._emails[token] = record  # kept whatever the filters show
            if self._cache is not None:
                await self._cache.upsert(self._profile, [record])
        if token not in self._sent and not matches_sent(self.sent_filters, record):
            return
        if self._sent.get(token) == record:
            return
        self._sent[token] = record
        self.sent_changed.emit(record)
        if self._cache is not None and isinstance(record, SentFax):
            await self._cache.upsert(self._profile, [record])

    async def _apply_received(self, record: ReceivedFax, *, announce: bool = True) -> None:
        token = record.send_token
        known = token in self._received
        if not known and not matches_received(self.received_filters, record):
            return
        if known and self._received[token] == record:
            return
        self._received[token] = record
        self.received_changed.emit(ReceivedChange(record, is_new=announce and not known))
        if self._cache is not None:
            await self._cache.upsert(self._profile, [record])

    def _track_if_open(self, record: SentRecord) -> None:
        token = record.token
        if isinstance(record, Email):
            if not still_changing(record):
                self._tracker.forget(token)
            elif record.is_final:  # delivered: asks, slowly, whether the recipient opened it
                self._tracker.add(token, email=True, maximum=self.config.view_poll_max,
                                  keep=True)
                self._wake.set()
            elif token not in self._tracker.tokens:
                self._tracker.add(token, email=True)
                self._wake.set()
            return
        if record.is_final:
            self._tracker.forget(token)
        elif token not in self._tracker.tokens:
            self._tracker.add(token)
            self._wake.set()

    # --- background loop -----------------------------------------------------------------
    def _head_interval(self) -> float:
        c = self.config
        return c.head_interval_relay if self._relay_connected else c.head_interval_polling

    async def _run(self) -> None:
        try:
            await self.refresh()
        except MedsenderError as exc:
            log.info("first reload failed: %s", type(exc).__name__)
        while True:
            try:
                await self._tick()
            except MedsenderError as exc:  # reported through connectivity; keep going
                log.info("background sync step failed: %s", type(exc).__name__)
            await self._sleep_until_due()

    async def _tick(self) -> None:
        now = self._clock()
        if not self._connectivity.online:
            if now >= self._probe_due:
                await self._probe()
            return
        if not self._loaded:
            self._head_due = now + self._head_interval()
            await self.refresh()
            return
        if now >= self._head_due:
            self._head_due = now + self._head_interval()
            await self._head_poll()
        for token, kind in list(self._unconfirmed.items())[:MAX_CONFIRMATIONS_PER_TICK]:
            await self._confirm(kind, token)
        for token, email in self._tracker.due():
            try:
                record = await self._guard(self._fetch_sent(token, email=email))
            except NotFound:
                self._tracker.forget(token)
                continue
            self._tracker.polled(token)
            await self._apply_sent(record)

    async def _head_poll(self) -> None:
        size = self.config.head_page_size
        sent = await self._guard(self._client.list_sent_faxes(self.sent_filters, page=1, page_size=size))
        for record in sent.items:
            await self._apply_sent(record)
        received = await self._guard(
            self._client.list_received_faxes(self.received_filters, page=1, page_size=size)
        )
        for fax in received.items:
            await self._apply_received(fax)

    async def _probe(self) -> None:
        try:
            await self.refresh()
        except OFFLINE_ERRORS:
            self._probe_delay = min(self._probe_delay * 2, self.config.probe_max)
            self._probe_due = self._clock() + self._probe_delay

    async def _sleep_until_due(self) -> None:
        now = self._clock()
        if not self._connectivity.online:
            wake_at = self._probe_due
        else:
            wake_at = min(self._head_due, self._tracker.next_due(default=self._head_due))
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=max(0.01, wake_at - now))

    # --- connectivity --------------------------------------------------------------------
    async def _guard(self, call: Awaitable[T]) -> T:
        """Await an API call; network trouble flips to offline, success flips back online."""
        try:
            result = await call
        except OFFLINE_ERRORS as exc:
            if self._connectivity.online:
                self._probe_delay = self.config.probe_initial
                self._probe_due = self._clock() + self._probe_delay
                self._set_connectivity(Connectivity(False, exc.message))
            raise
        except ApiError:
            self._mark_online()
            raise
        self._mark_online()
        return result

    def _mark_online(self) -> None:
        if not self._connectivity.online:
            self._set_connectivity(Connectivity(True))

    def _set_connectivity(self, value: Connectivity) -> None:
        self._connectivity = value
        log.info("connectivity: %s", "online" if value.online else "offline")
        self.connectivity_changed.emit(value)
        self._wake.set()

    async def _all_sent(self) -> list[SentFax]:
        return [r async for r in self._client.iter_sent_faxes(self.sent_filters, page_size=self.config.page_size)]

    async def _all_received(self) -> list[ReceivedFax]:
        return [r async for r in self._client.iter_received_faxes(
            self.received_filters, page_size=self.config.page_size)]
