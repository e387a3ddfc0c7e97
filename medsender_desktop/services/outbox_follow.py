"""Following the outbox's sent faxes to their final status (success or failure).

Two sources feed it: :meth:`StatusFollower.apply` takes a sent fax's latest record from
anywhere (the live sync's relay events and refreshes, a reconciliation), and, when the
outbox is configured with a ``follow_interval``, the follower polls each unfinished fax
itself with a growing interval. Each delivery attempt and the result go to the timeline; a
failure is announced on ``Outbox.failed`` with Medsender's reason in plain words.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from medsender_desktop.api import SentFax
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.outbox_store import (
    FINAL_DELIVERY,
    OutboxEntry,
    OutboxState,
    SendFailure,
)

if TYPE_CHECKING:
    from medsender_desktop.services.outbox import Outbox

log = logging.getLogger(__name__)
POLLS_AT_ONCE = 4
FAILED_WORDS = "The fax could not be delivered. Check the number, then send it again."


def _status(fax: SentFax) -> str:
    value = fax.sent_status
    return str(getattr(value, "value", value) or "")


class StatusFollower:
    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox
        self._due: dict[str, tuple[float, float]] = {}  # entry id -> (next poll, interval)
        self._polling: set[str] = set()
        #: one apply at a time per fax: two updates arriving together (a relay event and a
        #: poll) would otherwise both see the old status and both announce the result
        self._applying: dict[str, asyncio.Lock] = {}

    async def tick(self, now: float) -> float:
        """Start the polls that are due; seconds until the next one."""
        interval = self._outbox.config.follow_interval
        if interval is None:
            return 3600.0
        delay = 3600.0
        for entry in await self._outbox.store.following():
            due, wait = self._due.setdefault(entry.id, (now + interval * 0.2, interval))
            if entry.id in self._polling:
                continue
            if due > now:
                delay = min(delay, due - now)
            elif len(self._polling) < POLLS_AT_ONCE:
                self._polling.add(entry.id)
                task = asyncio.create_task(self._poll(entry, wait), name="outbox-follow")
                self._outbox._tasks.add(task)
                task.add_done_callback(self._outbox._tasks.discard)
        return delay

    async def _poll(self, entry: OutboxEntry, wait: float) -> None:
        try:
            assert entry.token is not None
            fax = await self._outbox.client.get_sent_fax(entry.token)
            await self.apply(fax)
        except MedsenderError as exc:
            log.info("outbox: status check failed (%s); trying later", type(exc).__name__)
        finally:
            self._polling.discard(entry.id)
            grown = min(self._outbox.config.follow_max, wait * 1.5)
            if entry.id in self._due:
                self._due[entry.id] = (time.time() + wait, grown)
            self._outbox._wake.set()

    async def apply(self, fax: SentFax) -> None:
        if not fax.send_token:
            return
        async with self._applying.setdefault(fax.send_token, asyncio.Lock()):
            await self._apply(fax)

    async def _apply(self, fax: SentFax) -> None:
        store = self._outbox.store
        entry = await store.by_token(fax.send_token) if fax.send_token else None
        if entry is None or entry.state is not OutboxState.SENT:
            return
        known = sum(1 for e in await store.timeline(entry.id) if e.kind == "delivery_attempt")
        for attempt in fax.attempts[known:]:
            when = attempt.started_at.timestamp() if attempt.started_at else None
            words = attempt.result.replace("_", " ") or "in progress"
            await store.add_event(entry.id, "delivery_attempt",
                                  f"Delivery attempt {attempt.number}: {words}.", at=when)
        status = _status(fax)
        if not status or status == entry.delivery or entry.delivery in FINAL_DELIVERY:
            return
        error = (fax.error_text or FAILED_WORDS) if status == "failure" else None
        detail = {"success": "Delivered.", "failure": error or FAILED_WORDS}.get(
            status, f"Medsender reports: {status}.")
        final = status in FINAL_DELIVERY
        if not await store.change(entry.id, expect=(OutboxState.SENT,), delivery=status,
                                  error=error, event="result" if final else "status",
                                  detail=detail):
            return
        if final:
            self._due.pop(entry.id, None)
            self._applying.pop(fax.send_token, None)  # a later update finds it final
        updated = await self._outbox._announce(entry.id)
        if status == "failure":
            self._outbox.failed.emit(SendFailure(updated, error or FAILED_WORDS))
