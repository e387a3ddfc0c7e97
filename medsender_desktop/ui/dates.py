"""Dates as front-desk staff type them.

US staff type month/day/year (``02/28/1980``, ``2/28/1980``, ``02-28-1980``, ``02.28.1980``,
``02281980``, ``2/28/80``); others paste ISO dates from an EHR (``1980-02-28``,
``1980/02/28``). All of them are read here into one date; the API gets ``YYYY-MM-DD``. A
day/month/year date is never guessed: ``28/02/1980`` is refused with an example to follow.
"""

from __future__ import annotations

import datetime as dt
import re

from medsender_desktop.api import validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.ui.i18n import translate

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_US = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_US_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")

EXAMPLE = "02/28/1980"
HINT = "MM/DD/YYYY"


def _full_year(year: int, today: dt.date) -> int:
    """A two-digit year of birth: the latest year ending so that is not in the future."""
    century = today.year - today.year % 100
    return century + year if century + year <= today.year else century - 100 + year


def parse_typed_date(text: str, *, today: dt.date | None = None) -> dt.date:
    """A date of birth as typed; :class:`ValidationError` (field ``patient_dob``) if it is not
    one, with the format to use."""
    today = today or dt.date.today()
    value = " ".join(text.split())
    iso = _ISO.match(value)
    us = _US.match(value) or _US_DIGITS.match(value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif us:
        month, day, year = (int(g) for g in us.groups())
        if len(us.group(3)) == 2:
            year = _full_year(year, today)
        if month > 12 and day <= 12:
            raise ValidationError(
                translate("dates", "Type the date of birth as month/day/year, e.g. {example} (the month first).")
                .format(example=EXAMPLE), field="patient_dob")
    else:
        raise ValidationError(
            translate("dates", "Type the date of birth as month/day/year, e.g. {example}, or pick it "
                               "from the calendar.").format(example=EXAMPLE), field="patient_dob")
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        raise ValidationError(translate("dates", "The date of birth is not a real calendar date."),
                              field="patient_dob") from exc
    validation.validate_dob(date.isoformat(), today=today)  # not in the future, not before 1900
    return date


def typed(date: dt.date) -> str:
    """How a picked date is written into the field (month/day/year)."""
    return f"{date.month:02d}/{date.day:02d}/{date.year:04d}"
