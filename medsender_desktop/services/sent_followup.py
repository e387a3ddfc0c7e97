"""After sending: what the Sent tab offers for a fax this computer sent through the outbox.

The document that went out, the fax's delivery timeline (queued, uploaded, each attempt, the
result), **Retry** of a fax that failed (same document and fields, a new outbox entry), and
the document for a secure e-mail link (:meth:`Session.sent_document`). Plain asyncio; the
outbox keeps the documents, so all of this works for faxes sent from this computer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from medsender_desktop.api import MedsenderClient, SentFax
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.outbox import Outbox
from medsender_desktop.services.outbox_store import OutboxEntry, TimelineEvent
from medsender_desktop.wire import SentStatus

NOT_FROM_HERE = ("This fax was not sent from this computer, so its document is not kept here. "
                 "Open it with Open secure link.")


@dataclass(frozen=True, slots=True, repr=False)
class SentHistory:
    """A sent fax's outbox entry (None when it was sent elsewhere) and its timeline."""

    entry: OutboxEntry | None
    timeline: list[TimelineEvent] = field(default_factory=list)
    #: the Sent list already shows the fax as failed (the outbox may learn it a moment later)
    failed: bool = False

    def __repr__(self) -> str:
        return f"SentHistory(entry={self.entry!r}, events={len(self.timeline)})"

    @property
    def can_retry(self) -> bool:
        return self.entry is not None and (self.entry.delivery_failed or self.failed)


def _failed(fax: SentFax | None) -> bool:
    return fax is not None and fax.sent_status == SentStatus.FAILURE


def timeline_lines(history: SentHistory) -> list[str]:
    """The timeline in words, one line per event, local time first."""
    lines = []
    for event in history.timeline:
        when = dt.datetime.fromtimestamp(event.at).strftime("%m/%d/%Y %I:%M:%S %p")
        words = event.kind.replace("_", " ").capitalize()
        lines.append(f"{when}  {words}" + (f": {event.detail}" if event.detail else ""))
    return lines


class SentFollowUp:
    def __init__(self, outbox: Outbox, client: MedsenderClient, documents: object) -> None:
        self._outbox = outbox
        self._client = client
        self._documents = documents

    async def _entry(self, token: str) -> OutboxEntry | None:
        for entry in await self._outbox.entries():
            if entry.token == token:
                return entry
        return None

    async def history(self, token: str, latest: SentFax | None = None) -> SentHistory:
        """The fax's entry and timeline; ``latest`` is the record on screen (it may know of
        the failure before the outbox does)."""
        entry = await self._entry(token)
        if entry is None:
            return SentHistory(None)
        failed = _failed(latest)
        return SentHistory(entry, await self._outbox.timeline(entry.id), failed=failed)

    async def retry(self, token: str, latest: SentFax | None = None) -> OutboxEntry:
        """Send the failed fax again (same document and fields)."""
        entry = await self._entry(token)
        if entry is None:
            raise MedsenderError("This fax was not sent from this computer, so it cannot be "
                                 "sent again from here. Start a new fax with the document.")
        if not entry.delivery_failed and latest is not None and _failed(latest):
            await self._outbox.apply_sent_fax(latest)  # the outbox learns of the failure now
        return await self._outbox.retry(entry.id)

    async def document(self, token: str) -> bytes:
        """The document as it was handed to the outbox (several files as one PDF)."""
        entry = await self._entry(token)
        if entry is None:
            raise MedsenderError(NOT_FROM_HERE)
        parts = await self._outbox.documents_of(entry)  # DocumentError says why if it cannot
        return parts[0] if len(parts) == 1 else await self._documents.merge(parts)  # type: ignore[attr-defined]
