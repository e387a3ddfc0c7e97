"""Which secure e-mails the app keeps checking, the request a typed e-mail becomes, and the
tracker's own slow pace for e-mails awaiting a view."""

from __future__ import annotations

import datetime as dt

from medsender_desktop.api import Email
from medsender_desktop.services.secure_email import (
    WATCH_VIEWS_DAYS,
    SecureEmail,
    awaiting_view,
    email_request,
    still_changing,
)
from medsender_desktop.services.tracker import PollTracker
from medsender_desktop.wire import SentStatus

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def mail(status: SentStatus, *, sent_days_ago: float = 0.0, viewed: bool = False,
         expires_in_days: float = 30.0) -> Email:
    sent = NOW - dt.timedelta(days=sent_days_ago)
    return Email(email_id="e1", email_status=status, sent_at=sent,
                 completed_at=sent if status in (SentStatus.SUCCESS, SentStatus.FAILURE) else None,
                 last_viewed_at=NOW if viewed else None, expiry=NOW + dt.timedelta(days=expires_in_days))


def test_an_email_is_followed_while_on_its_way_and_while_delivered_but_unopened() -> None:
    assert still_changing(mail(SentStatus.QUEUED), NOW)
    assert still_changing(mail(SentStatus.INPROGRESS), NOW)
    assert awaiting_view(mail(SentStatus.SUCCESS), NOW) and still_changing(mail(SentStatus.SUCCESS), NOW)


def test_it_is_left_alone_once_opened_failed_expired_or_old() -> None:
    assert not still_changing(mail(SentStatus.SUCCESS, viewed=True), NOW)
    assert not still_changing(mail(SentStatus.FAILURE), NOW)
    assert not still_changing(mail(SentStatus.SUCCESS, expires_in_days=-1), NOW)
    assert not still_changing(mail(SentStatus.SUCCESS, sent_days_ago=WATCH_VIEWS_DAYS + 1), NOW)
    assert still_changing(mail(SentStatus.SUCCESS, sent_days_ago=WATCH_VIEWS_DAYS - 1), NOW)


def test_the_request_carries_what_was_typed_and_a_neutral_file_name() -> None:
    typed = SecureEmail("records@example.com", "Front Desk", subject="Referral", note="",
                        expire_after_days=7, reply_to_email="")
    request = email_request(b"%PDF-1.4", typed, patient_name="Maria Lopez")
    assert (request.recipient_email, request.sender_name, request.subject) == (
        "records@example.com", "Front Desk", "Referral")
    assert request.expire_after == 7 and request.filename == "document.pdf"
    assert request.note is None and request.reply_to_email is None  # empty: not sent at all
    assert request.patient_name == "Maria Lopez"
    assert "records@example.com" not in repr(typed) and "Maria" not in repr(request)


def test_a_followed_token_can_slow_down_without_losing_its_backoff() -> None:
    now = [0.0]
    tracker = PollTracker(1.0, 4.0, lambda: now[0])
    tracker.add("e", email=True)
    for _ in range(3):
        now[0] = tracker.next_due(default=0.0)
        tracker.polled("e")
    assert tracker.next_due(default=0.0) - now[0] == 4.0  # capped at the tracker's maximum
    tracker.add("e", email=True, maximum=32.0, keep=True)  # delivered: may now wait longer
    assert tracker.next_due(default=0.0) - now[0] == 4.0  # the wait already set is kept
    delays = []
    for _ in range(4):
        now[0] = tracker.next_due(default=0.0)
        tracker.polled("e")
        delays.append(tracker.next_due(default=0.0) - now[0])
    assert delays == [8.0, 16.0, 32.0, 32.0]
