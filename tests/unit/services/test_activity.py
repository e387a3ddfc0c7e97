"""The activity chart's counting: faxes sent, failed and received per local calendar day."""

from __future__ import annotations

import datetime as dt

from medsender_desktop.api import Email, ReceivedFax, SentFax
from medsender_desktop.services.activity import DayActivity, busiest, daily_activity
from medsender_desktop.wire import FaxStatus, SentStatus

NEW_YORK = dt.timezone(dt.timedelta(hours=-5), "EST")
TOKYO = dt.timezone(dt.timedelta(hours=9), "JST")
TODAY = dt.date(2026, 11, 26)


def utc(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


def sent(token: str, at: dt.datetime | None, status: SentStatus = SentStatus.SUCCESS) -> SentFax:
    return SentFax(send_token=token, sent_at=at, sent_status=status)


def received(token: str, at: dt.datetime | None, status: FaxStatus = FaxStatus.SUCCESS) -> ReceivedFax:
    return ReceivedFax(send_token=token, received_at=at, fax_status=status)


def by_day(days: list[DayActivity]) -> dict[dt.date, tuple[int, int, int]]:
    return {d.day: (d.sent, d.failed, d.received) for d in days if d.total}


def test_every_day_of_the_span_is_there_even_with_no_faxes() -> None:
    days = daily_activity([], [], today=TODAY, tz=dt.UTC)
    assert len(days) == 30
    assert days[0].day == dt.date(2026, 10, 28) and days[-1].day == TODAY
    assert [d.day for d in days] == [days[0].day + dt.timedelta(days=i) for i in range(30)]
    assert all(d.total == 0 for d in days)
    assert busiest(days) == 1  # an empty chart still has a scale


def test_sent_failed_and_received_are_counted_on_their_day() -> None:
    records = [sent("a", utc(26, 9)), sent("b", utc(26, 10), SentStatus.FAILURE),
               sent("c", utc(25, 12), SentStatus.QUEUED), sent("d", utc(25, 13), SentStatus.INPROGRESS),
               sent("e", utc(3, 8))]
    inbound = [received("r1", utc(26, 7)), received("r2", utc(24, 7), FaxStatus.FAILURE),
               received("r3", utc(24, 8))]
    days = daily_activity(records, inbound, today=TODAY, tz=dt.UTC)
    assert by_day(days) == {
        dt.date(2026, 11, 26): (1, 1, 1),
        dt.date(2026, 11, 25): (2, 0, 0),  # still on its way counts as sent, not failed
        dt.date(2026, 11, 24): (0, 0, 2),  # a failed inbound fax was still a fax received
        dt.date(2026, 11, 3): (1, 0, 0),
    }
    assert busiest(days) == 2


def test_days_are_the_persons_own_calendar_days() -> None:
    late_evening_in_new_york = utc(26, 3, 30)  # 22:30 on the 25th in New York
    records = [sent("a", late_evening_in_new_york)]
    inbound = [received("r", utc(25, 16))]  # 01:00 on the 26th in Tokyo
    assert by_day(daily_activity(records, inbound, today=TODAY, tz=dt.UTC)) == {
        dt.date(2026, 11, 26): (1, 0, 0), dt.date(2026, 11, 25): (0, 0, 1)}
    assert by_day(daily_activity(records, inbound, today=TODAY, tz=NEW_YORK)) == {
        dt.date(2026, 11, 25): (1, 0, 1)}
    assert by_day(daily_activity(records, inbound, today=TODAY, tz=TOKYO)) == {
        dt.date(2026, 11, 26): (1, 0, 1)}


def test_the_computers_own_zone_when_none_is_given() -> None:
    at = utc(20, 12)
    local_day = at.astimezone().date()
    days = daily_activity([sent("a", at)], [], today=dt.date(2026, 11, 26))
    assert by_day(days) == {local_day: (1, 0, 0)}


def test_older_newer_undated_records_and_emails_are_left_out() -> None:
    records = [sent("old", utc(27, 23, month=10)), sent("future", utc(27, 1)), sent("undated", None),
               Email(email_id="m", sent_at=utc(26, 9), email_status=SentStatus.SUCCESS)]
    days = daily_activity(records, [received("undated", None)], today=TODAY, tz=dt.UTC)
    assert by_day(days) == {}
    first_day = [sent("first", utc(28, 0, month=10))]  # the span's first day is in it
    assert by_day(daily_activity(first_day, [], today=TODAY, tz=dt.UTC)) == {
        dt.date(2026, 10, 28): (1, 0, 0)}


def test_a_naive_time_is_read_as_utc_and_the_span_can_be_shorter() -> None:
    naive = dt.datetime(2026, 11, 26, 2, 0)  # 2:00 UTC = the 25th in New York
    days = daily_activity([sent("a", naive)], [], today=TODAY, days=7, tz=NEW_YORK)
    assert len(days) == 7 and by_day(days) == {dt.date(2026, 11, 25): (1, 0, 0)}


def test_the_scale_is_the_busiest_stack_out_or_the_busiest_day_in() -> None:
    day = dt.date(2026, 11, 1)
    assert busiest([DayActivity(day, sent=3, failed=2, received=4)]) == 5
    assert busiest([DayActivity(day, sent=1, failed=0, received=6)]) == 6
