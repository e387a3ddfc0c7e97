"""Finding a fax whose upload outcome is unknown among Medsender's sent faxes.

When a POST's answer is lost (``SendOutcomeUnknown``, a 5xx after the body went out, or the
app stopping mid-upload), Medsender may or may not hold the fax. Before the outbox ever sends
it again it searches the sent list: same destination and sender numbers, sent no earlier than
the first upload attempt (less a clock-skew allowance), same cover-sheet fields, and a send
token no other outbox entry has claimed. The oldest such fax is the one.

The outbox never runs an upload and a reconciliation to the same destination at once, so a
fax being uploaded right now cannot be mistaken for the lost one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from medsender_desktop.api import MedsenderClient, SentFax, SentFaxFilters, validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.outbox_store import OutboxEntry
from medsender_desktop.wire import OrderByDate

#: cover-sheet fields compared between the outbox entry and a candidate sent fax
COMPARED = ("patient_name", "sender_name", "recipient_name", "note")


def _words(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def _number(value: str | None) -> str:
    try:
        return validation.normalize_phone(value or "", "to_number")
    except ValidationError:
        return (value or "").strip()


def same_fax(fax: SentFax, entry: OutboxEntry) -> bool:
    """Whether ``fax`` carries exactly the entry's numbers and cover-sheet fields."""
    if _number(fax.to_number) != entry.to_number or _number(fax.from_number) != entry.from_number:
        return False
    if any(_words(getattr(fax, name)) != _words(entry.fields.get(name)) for name in COMPARED):
        return False
    dob = entry.fields.get("patient_dob")
    theirs = fax.patient_dob.isoformat() if fax.patient_dob else None
    return (dob or None) == theirs


async def find_sent(client: MedsenderClient, entry: OutboxEntry, *, claimed: set[str],
                    skew_seconds: float) -> SentFax | None:
    """The sent fax that the entry's lost upload created, or None if there is none."""
    since = (entry.first_attempt_at or entry.created_at) - skew_seconds
    first_day = dt.datetime.fromtimestamp(since, dt.UTC).date() - dt.timedelta(days=1)
    filters = SentFaxFilters(
        to_number=entry.to_number, from_number=entry.from_number,
        patient_name=entry.fields.get("patient_name") or None,
        date_start=first_day, order_by_date=OrderByDate.DSC.value,
    )
    found: list[SentFax] = []
    async for fax in client.iter_sent_faxes(filters, page_size=100):
        sent_at = fax.sent_at.timestamp() if fax.sent_at else None
        if sent_at is not None and sent_at < since:
            break  # newest first: everything after this is older than the first attempt
        if fax.send_token and fax.send_token not in claimed and same_fax(fax, entry):
            found.append(fax)
    if not found:
        return None
    return min(found, key=lambda f: f.sent_at.timestamp() if f.sent_at else 0.0)
