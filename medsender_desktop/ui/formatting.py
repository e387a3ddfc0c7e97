"""How values read on screen: dates and times in the user's locale (QLocale: 02/28/1980 in
the US, 28.02.1980 in Germany), phone numbers, and the API's codes in plain words."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Final

import phonenumbers
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from medsender_desktop.api import CallbackStatus, DocumentType, FaxStatus, RecordStatus, SentStatus
from medsender_desktop.ui.i18n import translate_message, translated


@dataclass(frozen=True)
class StatusLook:
    words: str
    tone: str  # a key of theme.STATUS_COLORS
    order: int  # for sorting: open items first


SENT_LOOKS: Final = {
    SentStatus.QUEUED: StatusLook(QT_TRANSLATE_NOOP("formatting", "Queued"), "pending", 0),
    SentStatus.INPROGRESS: StatusLook(QT_TRANSLATE_NOOP("formatting", "Sending"), "active", 1),
    SentStatus.SUCCESS: StatusLook(QT_TRANSLATE_NOOP("formatting", "Delivered"), "ok", 3),
    SentStatus.FAILURE: StatusLook(QT_TRANSLATE_NOOP("formatting", "Failed"), "failed", 2),
}
#: a delivered secure e-mail whose link the recipient has opened
EMAIL_VIEWED: Final = StatusLook("Viewed", "ok", 3)
RECEIVED_LOOKS: Final = {
    FaxStatus.SUCCESS: StatusLook(QT_TRANSLATE_NOOP("formatting", "Received"), "ok", 1),
    FaxStatus.FAILURE: StatusLook(QT_TRANSLATE_NOOP("formatting", "Failed"), "failed", 0),
}
#: Whether Medsender's live update about a fax reached this app's relay ("callback" in the API).
CALLBACK_WORDS: Final = {
    CallbackStatus.PENDING: QT_TRANSLATE_NOOP("formatting", "Waiting"),
    CallbackStatus.SUCCESS: QT_TRANSLATE_NOOP("formatting", "Delivered"),
    CallbackStatus.FAILED: QT_TRANSLATE_NOOP("formatting", "Not delivered"),
}
LIVE_UPDATE: Final = QT_TRANSLATE_NOOP("formatting", "Live update")
#: What goes down the line (the API's documentType).
DOCUMENT_TYPE_WORDS: Final = {
    DocumentType.BOTH: QT_TRANSLATE_NOOP("formatting", "Access-code cover sheet, then the document"),
    DocumentType.DOCUMENT_ONLY: QT_TRANSLATE_NOOP("formatting", "The document only"),
    DocumentType.ACCESS_CODE_SHEET_ONLY: QT_TRANSLATE_NOOP("formatting", "The access-code cover sheet only"),
}
ACCESS_CODE_HELP: Final = QT_TRANSLATE_NOOP(
    "formatting",
    "The access-code cover sheet is a first page with a web address and a code: the recipient "
    "can use them to view the record online, securely, for 30 days.")
#: Whether the record can still be viewed online with the cover sheet's code (recordStatus).
RECORD_STATUS_WORDS: Final = {
    RecordStatus.ACTIVATED: QT_TRANSLATE_NOOP("formatting", "Can be viewed online"),
    RecordStatus.ARCHIVED: QT_TRANSLATE_NOOP("formatting", "Can be viewed online (archived: hidden from the list)"),
    RecordStatus.REVOKED: QT_TRANSLATE_NOOP("formatting", "Can no longer be viewed online"),
}
ONLINE_ACCESS: Final = QT_TRANSLATE_NOOP("formatting", "Online access")
TEST_RECORD: Final = (QT_TRANSLATE_NOOP("formatting", "Kind"),
                      QT_TRANSLATE_NOOP("formatting", "Test: practice data, nothing was really faxed"))
UNKNOWN: Final = StatusLook(QT_TRANSLATE_NOOP("formatting", "Unknown"), "neutral", 4)


def words(text: str) -> str:
    """One of the phrases above in the app's language."""
    return translated("formatting", text)


def _said(look: StatusLook) -> StatusLook:
    return StatusLook(words(look.words), look.tone, look.order)


def sent_look(status: object) -> StatusLook:
    if isinstance(status, SentStatus):
        return _said(SENT_LOOKS[status])
    return StatusLook(str(status).capitalize(), "neutral", 4) if status else _said(UNKNOWN)


def email_look(status: object) -> StatusLook:
    """E-mails use the sent-fax words (API-CONTRACT.md, "Points settled"); any other word is
    shown as it came."""
    if not status:
        return _said(SENT_LOOKS[SentStatus.QUEUED])
    try:
        return _said(SENT_LOOKS[SentStatus(str(status).lower())])
    except ValueError:
        return StatusLook(str(status).capitalize(), "neutral", 4)


def received_look(status: object) -> StatusLook:
    if isinstance(status, FaxStatus):
        return _said(RECEIVED_LOOKS[status])
    return StatusLook(str(status).capitalize(), "neutral", 4) if status else _said(UNKNOWN)


def callback_words(status: object) -> str:
    if isinstance(status, CallbackStatus):
        return words(CALLBACK_WORDS[status])
    return str(status or "").capitalize()


def callback_choices() -> list[tuple[str, str]]:
    """(words, API value) of every live-update state, for a filter's drop-down."""
    return [(words(CALLBACK_WORDS[s]), s.value) for s in CallbackStatus]


def document_type_words(value: object) -> str:
    if not value:
        return ""
    try:
        return words(DOCUMENT_TYPE_WORDS[DocumentType(str(value))])
    except ValueError:
        return str(value).replace("_", " ").capitalize()


def record_status_words(value: object) -> str:
    if not value:
        return ""
    try:
        return words(RECORD_STATUS_WORDS[RecordStatus(str(value))])
    except ValueError:
        return str(value).capitalize()


def practice_data_row() -> tuple[str, str]:
    """The detail row saying a record is practice data (sandbox or test keys)."""
    return words(TEST_RECORD[0]), words(TEST_RECORD[1])


#: The outbox timeline's events (services/sent_followup.py writes "<when>  <Kind>: <detail>").
TIMELINE_KINDS: Final = (
    QT_TRANSLATE_NOOP("timeline", "Queued"), QT_TRANSLATE_NOOP("timeline", "Held"),
    QT_TRANSLATE_NOOP("timeline", "Attempt"), QT_TRANSLATE_NOOP("timeline", "Uploaded"),
    QT_TRANSLATE_NOOP("timeline", "Upload failed"), QT_TRANSLATE_NOOP("timeline", "Upload refused"),
    QT_TRANSLATE_NOOP("timeline", "Unknown"), QT_TRANSLATE_NOOP("timeline", "Reconciled"),
    QT_TRANSLATE_NOOP("timeline", "Cancelled"), QT_TRANSLATE_NOOP("timeline", "Retried"),
    QT_TRANSLATE_NOOP("timeline", "Delivery attempt"), QT_TRANSLATE_NOOP("timeline", "Unreadable"),
    QT_TRANSLATE_NOOP("timeline", "Sent now"),
)


def timeline_in_words(lines: list[str]) -> list[str]:
    """The outbox timeline's lines in the app's language (the event and its detail)."""
    said = []
    for line in lines:
        when, gap, rest = line.partition("  ")
        kind, colon, detail = rest.partition(": ")
        words = translated("timeline", kind) + (colon + translate_message(detail) if colon else "")
        said.append(when + gap + words if gap else translate_message(line))
    return said


# --- dates and times, as the user's locale writes them -------------------------------------------
# Qt's format of the locale is read once and compiled into a small Python formatter: tables
# format thousands of dates, and QLocale.toString per value is four times slower.
_TOKEN: Final = re.compile(r"yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|AP|Ap|ap|aP|A|a|'[^']*'|t")
type _Part = str | int  # a literal, or the index of a field in _fields()
_FIELDS: Final = ("yyyy", "yy", "MM", "M", "dd", "d", "HH", "H", "hh", "h", "mm", "m", "ss", "s", "AP")


@dataclass(frozen=True)
class _Format:
    parts: tuple[_Part, ...]
    am: str
    pm: str

    def __call__(self, value: dt.datetime | dt.date) -> str:
        if isinstance(value, dt.datetime):
            hour, minute, second = value.hour, value.minute, value.second
        else:
            hour = minute = second = 0
        twelve = hour % 12 or 12
        fields = (f"{value.year:04d}", f"{value.year % 100:02d}", f"{value.month:02d}", str(value.month),
                  f"{value.day:02d}", str(value.day), f"{hour:02d}", str(hour), f"{twelve:02d}",
                  str(twelve), f"{minute:02d}", str(minute), f"{second:02d}", str(second),
                  self.am if hour < 12 else self.pm)
        return "".join(part if isinstance(part, str) else fields[part] for part in self.parts)


def _compile(qt_format: str, locale: QLocale) -> _Format:
    parts: list[_Part] = []
    position = 0
    for match in _TOKEN.finditer(qt_format):
        if match.start() > position:
            parts.append(qt_format[position:match.start()])
        token = match.group()
        if token.startswith("'"):
            parts.append(token[1:-1] or "'")
        elif token != "t":  # no time zone
            parts.append(_FIELDS.index("AP" if token.lower() in ("ap", "a") else token))
        position = match.end()
    parts.append(qt_format[position:])
    return _Format(tuple(p for p in parts if p != ""), locale.amText(), locale.pmText())


@functools.lru_cache(maxsize=8)
def _formats(locale_name: str) -> tuple[_Format, _Format, _Format, _Format]:
    """(date, date+time, date+time with seconds, time with seconds) of the locale: four-digit
    years and two-digit days and months (02/28/1980, not 2/28/80); ISO when no locale is set."""
    locale = QLocale(locale_name)
    date, time, seconds = _qt_formats(locale)
    return (_compile(date, locale), _compile(f"{date} {time}", locale),
            _compile(f"{date} {seconds}", locale), _compile(seconds, locale))


def when_edit_format() -> str:
    """The Qt display format of :func:`when` (a date-time field shows times as lists do)."""
    date, time, _ = _qt_formats(QLocale())
    return f"{date} {time}"


def _qt_formats(locale: QLocale) -> tuple[str, str, str]:
    """The locale's (date, time, time with seconds) as Qt format strings."""
    if locale.language() == QLocale.Language.C:
        date, time, seconds = "yyyy-MM-dd", "HH:mm", "HH:mm:ss"
    else:
        date = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date:
            date = date.replace("yy", "yyyy")
        date = re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", date)
        if re.search(r"MMM|ddd", date):  # month or day names: use the numeric ISO order
            date = "yyyy-MM-dd"
        time = locale.timeFormat(QLocale.FormatType.ShortFormat)
        seconds = re.sub(r"\s*t+\s*", " ", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return date, time, seconds


def _locale_formats() -> tuple[_Format, _Format, _Format, _Format]:
    return _formats(QLocale().name())


def widest_when() -> str:
    """A date and time as wide as any in this locale (column widths)."""
    return _locale_formats()[1](dt.datetime(2028, 12, 28, 22, 58, 58))


def when(value: dt.datetime | None) -> str:
    """Local date and time in the user's locale, e.g. ``05/01/2024 2:03 PM``."""
    return _locale_formats()[1](value.astimezone()) if value is not None else ""


def when_long(value: dt.datetime | None) -> str:
    """Local date and time with seconds, e.g. ``05/01/2024 2:03:09 PM``."""
    return _locale_formats()[2](value.astimezone()) if value is not None else "—"


def clock(value: dt.datetime) -> str:
    """Local time of day with seconds, e.g. ``2:03:09 PM``."""
    return _locale_formats()[3](value.astimezone())


def day(value: dt.date | str | None) -> str:
    """A date (a DOB) in the user's locale; text that is not an ISO date is shown as it is."""
    if value is None or value == "":
        return ""
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            return str(value)
    return _locale_formats()[0](value)


def iso_day(value: str) -> str:
    """``value`` as YYYY-MM-DD when it is a date in a usual form (ISO or US MM/DD/YYYY)."""
    text = value.strip()
    for parse in (dt.date.fromisoformat, lambda t: dt.datetime.strptime(t, "%m/%d/%Y").date()):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    return text


def file_day(value: dt.datetime | None) -> str:
    """A date for a file name: sortable and the same everywhere (2024-05-01)."""
    return value.astimezone().strftime("%Y-%m-%d") if value else ""


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
