"""How values read on screen: local times, phone numbers, statuses in words."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Final

import phonenumbers

from medsender_desktop.api import CallbackStatus, FaxStatus, SentStatus


@dataclass(frozen=True)
class StatusLook:
    words: str
    tone: str  # a key of theme.STATUS_COLORS
    order: int  # for sorting: open items first


SENT_LOOKS: Final = {
    SentStatus.QUEUED: StatusLook("Queued", "pending", 0),
    SentStatus.INPROGRESS: StatusLook("Sending", "active", 1),
    SentStatus.SUCCESS: StatusLook("Delivered", "ok", 3),
    SentStatus.FAILURE: StatusLook("Failed", "failed", 2),
}
RECEIVED_LOOKS: Final = {
    FaxStatus.SUCCESS: StatusLook("Received", "ok", 1),
    FaxStatus.FAILURE: StatusLook("Failed", "failed", 0),
}
CALLBACK_WORDS: Final = {
    CallbackStatus.PENDING: "Pending",
    CallbackStatus.SUCCESS: "Delivered",
    CallbackStatus.FAILED: "Failed",
}
UNKNOWN: Final = StatusLook("Unknown", "neutral", 4)


def sent_look(status: object) -> StatusLook:
    if isinstance(status, SentStatus):
        return SENT_LOOKS[status]
    return StatusLook(str(status).capitalize(), "neutral", 4) if status else UNKNOWN


def email_look(status: object) -> StatusLook:
    """E-mails use the sent-fax words (API-CONTRACT.md, "Points settled"); any other word is
    shown as it came."""
    if not status:
        return SENT_LOOKS[SentStatus.QUEUED]
    try:
        return SENT_LOOKS[SentStatus(str(status).lower())]
    except ValueError:
        return StatusLook(str(status).capitalize(), "neutral", 4)


def received_look(status: object) -> StatusLook:
    if isinstance(status, FaxStatus):
        return RECEIVED_LOOKS[status]
    return StatusLook(str(status).capitalize(), "neutral", 4) if status else UNKNOWN


def callback_words(status: object) -> str:
    if isinstance(status, CallbackStatus):
        return CALLBACK_WORDS[status]
    return str(status or "")


def when(value: dt.datetime | None) -> str:
    """Local date and time, e.g. ``2024-05-01 14:03``."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def when_long(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def day(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@functools.lru_cache(maxsize=8192)  # parsing is slow and the same numbers come back all day
def phone(value: str | None) -> str:
    """``+12223334444`` -> ``(222) 333-4444`` (national form at home, international abroad)."""
    if not value:
        return ""
    try:
        parsed = phonenumbers.parse(value, "US")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(parsed):
        return value
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 1
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, style)


def digits(value: str | None) -> str:
    return "".join(ch for ch in value or "" if ch.isdigit())
