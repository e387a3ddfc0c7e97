"""Properties of the parsers everything else relies on: phone numbers, dates, API responses."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medsender_desktop.api import Email, ReceivedFax, SentFax, validation
from medsender_desktop.api._parsing import parse_timestamp, snake
from medsender_desktop.errors import ValidationError
from tests.fuzz.strategies import JSON_VALUES, Tally, bounded

pytestmark = pytest.mark.fuzz
E164 = re.compile(r"\+[1-9][0-9]{1,14}")
PHONE_TEXT = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\(?[2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-]?[0-9]{4}", fullmatch=True),
    st.from_regex(r"\+?1?[0-9 ()+.-]{7,20}", fullmatch=True),
)


def test_phone_numbers_normalise_to_e164_or_are_refused(
    run_summary: Callable[[str], None],
) -> None:
    tally = Tally("phone normalisation")

    @bounded(200)
    @given(PHONE_TEXT)
    def check(text: str) -> None:
        tally.tried += 1
        try:
            number = validation.normalize_phone(text)
        except ValidationError as exc:
            refused = exc.message
            if len(text.strip()) > 6 and any(ch.isdigit() for ch in text):
                assert text.strip() not in refused  # never echoed (it may be PHI)
            return
        assert E164.fullmatch(number), number
        assert validation.normalize_phone(number) == number  # idempotent

    check()
    run_summary(tally.line())


def test_dates_parse_to_real_days_or_are_refused(run_summary: Callable[[str], None]) -> None:
    tally = Tally("dates")
    today = dt.date(2026, 1, 15)

    @bounded(150)
    @given(st.one_of(st.text(max_size=12), st.dates().map(dt.date.isoformat),
                     st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)))
    def check(text: str) -> None:
        tally.tried += 1
        try:
            dob = validation.validate_dob(text, today=today)
        except ValidationError:
            return
        day = dt.date.fromisoformat(dob)
        assert dt.date(1900, 1, 1) <= day <= today and dob == text.strip()

    check()

    @bounded(150)
    @given(st.one_of(st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat()),
                     st.text(max_size=30), JSON_VALUES))
    def timestamps(value: object) -> None:
        tally.tried += 1
        parsed = parse_timestamp(value)
        assert parsed is None or parsed.tzinfo is not None

    timestamps()
    run_summary(tally.line())


FIELDS = ["sendToken", "fromNumber", "toNumber", "sentStatus", "faxStatus", "patientName",
          "patientDob", "sentAt", "completedAt", "numPages", "errorDetails", "attempts",
          "emailId", "emailStatus", "recipientEmail", "callerName", "isTest", "client"]


def response_bodies() -> st.SearchStrategy[dict[str, object]]:
    """Records in either dialect, with fields missing, extra, null or of the wrong type."""
    keys = st.sampled_from(FIELDS).flatmap(lambda k: st.sampled_from([k, snake(k)]))
    return st.dictionaries(st.one_of(keys, st.text(max_size=10)), JSON_VALUES, max_size=12)


@pytest.mark.parametrize("model", [SentFax, Email, ReceivedFax])
def test_response_parsing_never_crashes(
    model: type, run_summary: Callable[[str], None]
) -> None:
    tally = Tally(f"response parsing ({model.__name__})")

    @bounded(150)
    @given(response_bodies())
    def check(body: dict[str, object]) -> None:
        tally.tried += 1
        record = model.from_api(body)
        assert isinstance(record.token, str)
        camel, snaked = model.from_api(body), model.from_api({snake(k): v for k, v in body.items()})
        if len({snake(k) for k in body}) == len(body):  # no key given in both dialects
            assert camel == snaked

    check()
    run_summary(tally.line())
