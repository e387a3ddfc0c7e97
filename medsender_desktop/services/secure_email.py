"""Secure e-mail links: what the person types, the request it becomes, and which e-mails the
app still follows after delivery.

Medsender has no endpoint that lists sent e-mails (only ``POST /emails`` and
``GET /emails/{id}``), so the app keeps every e-mail it sent in its encrypted record cache
and follows each by polling (and by the relay's ``email`` events when a relay is set up).
Delivery is final for the API, but "has the recipient opened it?" is what a front desk asks
next: an e-mail delivered and not yet viewed is re-checked, slowly, while its link works and
for at most :data:`WATCH_VIEWS_DAYS` after it was sent (``SyncConfig.view_poll_max``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from medsender_desktop.api import Email, SecureEmailRequest
from medsender_desktop.wire import SentStatus

#: how long after sending the app keeps asking whether the recipient opened the link
WATCH_VIEWS_DAYS: Final = 7


@dataclass(frozen=True, slots=True, repr=False)
class SecureEmail:
    """What the person types to send a document as a secure e-mail link."""

    recipient_email: str
    sender_name: str
    subject: str = ""
    note: str = ""
    expire_after_days: int = 30
    reply_to_email: str = ""

    def __repr__(self) -> str:  # addresses and notes are PHI-adjacent: never in logs
        return f"SecureEmail(expire_after_days={self.expire_after_days})"


def email_request(document: bytes, email: SecureEmail, *, filename: str = "document.pdf",
                  recipient_name: str | None = None, patient_name: str | None = None,
                  patient_dob: str | dt.date | None = None) -> SecureEmailRequest:
    """The API request that sends ``document`` (PDF bytes) as ``email`` says."""
    return SecureEmailRequest(
        file=document, recipient_email=email.recipient_email, sender_name=email.sender_name,
        reply_to_email=email.reply_to_email or None, recipient_name=recipient_name or None,
        patient_name=patient_name or None, patient_dob=patient_dob or None,
        subject=email.subject or None, note=email.note or None,
        expire_after=email.expire_after_days, filename=filename)


def awaiting_view(record: Email, now: dt.datetime | None = None) -> bool:
    """Delivered, not opened yet, its link still works, and sent recently enough to watch."""
    if str(record.email_status or "").lower() != SentStatus.SUCCESS or record.last_viewed_at:
        return False
    now = now or dt.datetime.now(dt.UTC)
    if record.expiry is not None and record.expiry <= now:
        return False
    sent = record.sent_at or record.completed_at
    return sent is None or now - sent <= dt.timedelta(days=WATCH_VIEWS_DAYS)


def still_changing(record: Email, now: dt.datetime | None = None) -> bool:
    """Whether the app should keep checking this e-mail: on its way, or awaiting a view."""
    return not record.is_final or awaiting_view(record, now)
