"""Field validation shared by the client (before upload) and the sandbox (server side).

Each failure is a :class:`ValidationError` naming the field, with a sentence a user can act on.
Messages never echo the rejected value (it may be PHI).
"""

from __future__ import annotations

import datetime as dt
import re
from ipaddress import ip_address
from urllib.parse import urlsplit

import phonenumbers

from medsender_desktop import wire
from medsender_desktop.errors import ValidationError

DEFAULT_REGION = "US"
NANP_COUNTRY_CODE = 1  # "+1 is the country code": the North American Numbering Plan only
NANP_ONLY_MESSAGE = ("Medsender faxes only to US and Canadian numbers. {label} has another "
                     "country code; enter a number with a US or Canadian area code.")
LOOPBACK_HOSTS = frozenset({"localhost", "::1"})

_FIELD_LABELS = {
    "to_number": "The recipient's fax number",
    "from_number": "The sender's fax number",
    "number": "The fax number",
}


def normalize_phone(value: str | None, field: str = "to_number", region: str = DEFAULT_REGION) -> str:
    """Any phone format in, E.164 out (``+12223334444``); invalid numbers are refused, and so
    is any country code but +1 (API-CONTRACT.md, "Points settled": NANP numbers only)."""
    label = _FIELD_LABELS.get(field, "The phone number")
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is missing. Enter a number such as (212) 555-0100.", field=field)
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            f"{label} is not a phone number. Enter it with its area code, e.g. (212) 555-0100.",
            field=field,
        ) from exc
    if parsed.country_code != NANP_COUNTRY_CODE:
        raise ValidationError(NANP_ONLY_MESSAGE.format(label=label), field=field)
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            f"{label} is not a valid number. Check the area code and the number of digits.",
            field=field,
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: str, field: str = "date", *, today: dt.date | None = None,
               allow_future: bool = True) -> dt.date:
    """A ``YYYY-MM-DD`` date; with ``allow_future=False`` dates after today are refused."""
    text = (value or "").strip()
    label = "The date of birth" if field == "patient_dob" else "The date"
    if not _DATE_RE.match(text):
        raise ValidationError(f"{label} must be written as YYYY-MM-DD, e.g. 1974-08-14.", field=field)
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"{label} is not a real calendar date.", field=field) from exc
    if not allow_future and day > (today or dt.date.today()):
        raise ValidationError(f"{label} cannot be in the future.", field=field)
    if field == "patient_dob" and day.year < 1900:
        raise ValidationError(f"{label} is before 1900; please check it.", field=field)
    return day


def validate_dob(value: str, *, today: dt.date | None = None) -> str:
    return parse_date(value, "patient_dob", today=today, allow_future=False).isoformat()


_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


def validate_email(value: str | None, field: str = "recipient_email") -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("The email address is missing.", field=field)
    local, _, domain = text.rpartition("@")
    if (
        len(text) > 254
        or not _EMAIL_RE.match(text)
        or len(local) > 64
        or ".." in local
        or local.startswith(".")
        or local.endswith(".")
        or "." not in domain
    ):
        raise ValidationError(
            "The email address is not valid. Check it looks like name@example.com.", field=field
        )
    return text


def validate_document_type(value: str | None) -> wire.DocumentType:
    if value in (None, ""):
        return wire.DocumentType.BOTH
    try:
        return wire.DocumentType(value)
    except ValueError as exc:
        raise ValidationError(
            "The document type must be document_only, access_code_sheet_only or both.",
            field="document_type",
        ) from exc


def _int_in(value: object, field: str, lo: int, hi: int, message: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise ValidationError(message, field=field) from exc
    if not lo <= number <= hi:
        raise ValidationError(message, field=field)
    return number


def validate_page_size(value: object) -> int:
    return _int_in(
        value, "page_size", wire.PAGE_SIZE_MIN, wire.PAGE_SIZE_MAX,
        f"The page size must be a whole number from {wire.PAGE_SIZE_MIN} to "
        f"{wire.PAGE_SIZE_MAX}.",
    )


def validate_page(value: object) -> int:
    return _int_in(value, "page", 1, 10**9, "The page must be a whole number of 1 or more.")


def validate_expire_after(value: object) -> int:
    return _int_in(
        value, "expire_after", wire.EXPIRE_AFTER_MIN, wire.EXPIRE_AFTER_MAX,
        f"The link must expire after {wire.EXPIRE_AFTER_MIN} to "
        f"{wire.EXPIRE_AFTER_MAX} days.",
    )


def validate_order(value: str | None) -> wire.OrderByDate:
    if value in (None, ""):
        return wire.OrderByDate.DSC
    try:
        return wire.OrderByDate(value)
    except ValueError as exc:
        raise ValidationError("The order must be asc or dsc.", field="order_by_date") from exc


def url_problem(url: str, what: str) -> str | None:
    """Why ``url`` cannot be used as a server address, or None.

    https:// anywhere; plain http:// only to this computer (a sandbox or relay on loopback),
    because keys, relay tokens and PHI would cross the network unencrypted.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return (f"The {what} cannot be read (check the port number after the colon and any "
                "brackets). Enter it like https://example.org/path.")
    usage = (f"The {what} must start with https:// (http:// is only allowed for a test server "
             "on this computer).")
    if not host or parts.scheme.lower() not in ("https", "http"):
        return usage
    if parts.username is not None or parts.password is not None:
        return (f"The {what} must not contain a user name or password (the part before @). "
                "Remove it and enter only the address.")
    if parts.scheme.lower() == "https" or host in LOOPBACK_HOSTS:
        return None
    try:
        return None if ip_address(host).is_loopback else usage
    except ValueError:
        return usage


def validate_callback_url(url: str, field: str = "callback_url") -> str:
    """A callback address Medsender may post PHI to: https://, or http:// on this computer."""
    text = url.strip()
    problem = url_problem(text, "address for live updates") if text else (
        "Enter the address for live updates, e.g. https://updates.example-clinic.org/medsender.")
    if problem is not None or len(text) > 2000 or any(c.isspace() for c in text):
        raise ValidationError(problem or "That address for live updates is not valid.", field=field)
    return text


def validate_area_code(value: str | None) -> str:
    code = (value or "").strip()
    if not (len(code) == 3 and code.isascii() and code.isdigit() and code[0] not in "01"):
        raise ValidationError("The area code is 3 digits and does not start with 0 or 1, e.g. 415.",
                              field="area_code")
    return code


def check_base_url(url: str) -> None:
    problem = url_problem(url, "server address")
    if problem is not None:
        raise ValidationError(problem, field="base_url")
