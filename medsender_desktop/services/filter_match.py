"""Does a record match the server-side filters in force? (for records that arrive by relay
event or by polling one token, which the server did not filter for us)."""

from __future__ import annotations

import datetime as dt

from medsender_desktop.api import (
    ReceivedFax,
    ReceivedFaxFilters,
    SentFax,
    SentFaxFilters,
    validation,
)
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.record_codec import SentRecord


def _same_number(wanted: str | None, actual: str | None, field: str) -> bool:
    if not wanted:
        return True
    try:
        return validation.normalize_phone(wanted, field) == (actual or "")
    except ValidationError:
        return False


def _contains(wanted: str | None, actual: str | None) -> bool:
    if not wanted:
        return True
    return wanted.strip().casefold() in (actual or "").casefold()


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _in_range(when: dt.datetime | None, start: str | dt.date | None, end: str | dt.date | None) -> bool:
    lo, hi = _as_date(start), _as_date(end)
    if lo is None and hi is None:
        return True
    if when is None:
        return False
    day = when.astimezone(dt.UTC).date()
    return (lo is None or day >= lo) and (hi is None or day <= hi)


def matches_sent(filters: SentFaxFilters | None, record: SentRecord) -> bool:
    if filters is None:
        return True
    if not _in_range(record.sent_at, filters.date_start, filters.date_end):
        return False
    if not _contains(filters.patient_name, record.patient_name):
        return False
    if filters.patient_dob and _as_date(filters.patient_dob) != record.patient_dob:
        return False
    if not (_contains(filters.sender_name, record.sender_name)
            and _contains(filters.recipient_name, record.recipient_name)):
        return False
    if isinstance(record, SentFax):
        return (_same_number(filters.from_number, record.from_number, "from_number")
                and _same_number(filters.to_number, record.to_number, "to_number"))
    # e-mails have no fax numbers: a number filter excludes them
    return not (filters.from_number or filters.to_number)


def matches_received(filters: ReceivedFaxFilters | None, record: ReceivedFax) -> bool:
    if filters is None:
        return True
    return (  # dates on the arrival time, in UTC, as the server filters (Points settled)
        _in_range(record.received_at, filters.date_start, filters.date_end)
        and _same_number(filters.from_number, record.from_number, "from_number")
        and _same_number(filters.to_number, record.to_number, "to_number")
        and _contains(filters.caller_name, record.caller_name)
        and (not filters.fax_status or str(record.fax_status or "") == filters.fax_status)
        and (not filters.client or record.client == filters.client)
        and (not filters.callback_status or str(record.callback_status or "") == filters.callback_status)
    )
