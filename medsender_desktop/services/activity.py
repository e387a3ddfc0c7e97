"""The Sent tab's activity chart, counted: faxes sent, failed and received per local day.

A pure function of the records the app holds, so it can be tested without Qt. Days are the
person's own calendar days (the computer's time zone, or ``tz``): a fax sent at 23:30 in New
York is counted on that evening's day, not on the next UTC day. Every day of the span is
there, with zeros when nothing happened.

- **Sent**: faxes handed to Medsender that have not failed (delivered, or still on their way),
  on the day they were sent.
- **Failed**: sent faxes that could not be delivered, on the day they were sent.
- **Received**: inbound faxes, on the day they arrived (a failed inbound fax counts too:
  someone tried to fax the practice).

Secure e-mails are not faxes and are not counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from medsender_desktop.api import ReceivedFax, SentFax
from medsender_desktop.wire import SentStatus

DAYS: Final = 30


@dataclass(frozen=True, slots=True)
class DayActivity:
    day: dt.date
    sent: int = 0
    failed: int = 0
    received: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.failed + self.received


def _local_day(when: dt.datetime | None, tz: dt.tzinfo | None) -> dt.date | None:
    if when is None:
        return None
    if when.tzinfo is None:  # the API's times are UTC
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(tz).date()


def daily_activity(sent: Iterable[object], received: Iterable[ReceivedFax], *,
                   today: dt.date, days: int = DAYS, tz: dt.tzinfo | None = None
                   ) -> list[DayActivity]:
    """``days`` days ending with ``today`` (oldest first), each with its counts.

    ``sent`` may hold e-mails too (the Sent list does): only faxes are counted. ``tz`` is the
    time zone whose calendar days count (None: this computer's).
    """
    first = today - dt.timedelta(days=days - 1)
    counts = {first + dt.timedelta(days=i): [0, 0, 0] for i in range(days)}
    for record in sent:
        if not isinstance(record, SentFax):
            continue
        day = _local_day(record.sent_at or record.completed_at, tz)
        if day in counts:
            failed = str(record.sent_status or "").lower() == SentStatus.FAILURE
            counts[day][1 if failed else 0] += 1
    for fax in received:
        day = _local_day(fax.received_at or fax.completed_at or fax.sent_at, tz)
        if day in counts:
            counts[day][2] += 1
    return [DayActivity(day, *values) for day, values in counts.items()]


def busiest(days: Iterable[DayActivity]) -> int:
    """The chart's scale: the most faxes out (sent + failed, one stacked bar) or in on any
    one day, at least 1."""
    return max((max(d.sent + d.failed, d.received) for d in days), default=0) or 1
