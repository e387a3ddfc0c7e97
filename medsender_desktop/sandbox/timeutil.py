"""Timestamps as the API writes them: ISO-8601 UTC with milliseconds and ``Z``."""

from __future__ import annotations

import datetime as dt
import time

from medsender_desktop import wire


def iso(epoch: float) -> str:
    return wire.timestamp_at(epoch)


def now_iso() -> str:
    return iso(time.time())


def parse_iso(text: str) -> float:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def add_days(text: str, days: int) -> str:
    return iso(parse_iso(text) + days * 86400)


def day_start(day: dt.date) -> str:
    """The first timestamp of a UTC day, for inclusive date filters."""
    return f"{day.isoformat()}T00:00:00.000Z"


def next_day_start(day: dt.date) -> str:
    """The bound just past a UTC day (``sent_at < bound``), also for the last date there is."""
    if day == dt.date.max:  # no next day: an hour 24 sorts after every time of the day
        return f"{day.isoformat()}T24:00:00.000Z"
    return day_start(day + dt.timedelta(days=1))
