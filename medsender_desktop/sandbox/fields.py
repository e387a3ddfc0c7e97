"""Server-side validation of request fields, collecting every field's problem into one 400.

Built on :mod:`medsender_desktop.api.validation` (the rules the client checks before upload),
plus what only a server can check (lengths, printable text, URLs, references to records).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from medsender_desktop.api import validation
from medsender_desktop.errors import BadRequest, ValidationError

T = TypeVar("T")

NAME_MAX = 120
NOTE_MAX = 1000
SUBJECT_MAX = 200
URL_MAX = 2000
TRUE_WORDS = ("true", "1", "yes")
FALSE_WORDS = ("false", "0", "no")


def absent(value: str | None) -> bool:
    """Not sent, or sent empty (SDKs send ``''`` for unused options). Whitespace is a value."""
    return value is None or value == ""


class FieldErrors:
    """Collects per-field messages; :meth:`raise_if_any` answers them all in one 400."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.fields.setdefault(field, message)

    def check(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T | None:
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.add(exc.field or "request", exc.message)
            return None

    def raise_if_any(self) -> None:
        if not self.fields:
            return
        if len(self.fields) == 1:
            message = next(iter(self.fields.values()))
        else:
            message = "Some fields need attention: " + ", ".join(self.fields) + "."
        raise BadRequest(message, status=400, fields=self.fields)


def _label(field: str) -> str:
    return field.replace("_", " ")


def text(value: str | None, field: str, *, max_len: int = NAME_MAX, required: bool = False,
         multiline: bool = False) -> str | None:
    """Optional free text: trimmed, printable, valid UTF-8, at most ``max_len`` characters."""
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(f"The {_label(field)} is required.", field=field)
        return None
    if len(cleaned) > max_len:
        raise ValidationError(
            f"The {_label(field)} is too long (at most {max_len} characters).", field=field
        )
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(f"The {_label(field)} contains invalid characters.",
                              field=field) from exc
    allowed = {"\n", "\t", "\r"} if multiline else set()
    for char in cleaned:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            raise ValidationError(
                f"The {_label(field)} contains characters that cannot be printed.", field=field
            )
    return cleaned


def callback_url(value: str | None, field: str = "callback_url") -> str | None:
    if absent(value):
        return None
    cleaned = (value or "").strip()
    message = "The callback URL must be a full http:// or https:// address."
    if not cleaned or len(cleaned) > URL_MAX or any(c.isspace() or ord(c) < 32 for c in cleaned):
        raise ValidationError(message, field=field)
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise ValidationError(message, field=field) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(message, field=field)
    return cleaned


def phone(value: str | None, field: str, *, required: bool) -> str | None:
    if not (value or "").strip():
        if required:
            return validation.normalize_phone("", field)
        return None
    return validation.normalize_phone(value or "", field)


def dob(value: str | None) -> str | None:
    if absent(value):
        return None
    return validation.validate_dob(value or "")


def date(value: str | None, field: str) -> dt.date | None:
    if absent(value):
        return None
    return validation.parse_date(value or "", field)


def boolean(value: str | None, field: str, default: bool) -> bool:
    if absent(value):
        return default
    cleaned = (value or "").strip().lower()
    if cleaned in TRUE_WORDS:
        return True
    if cleaned in FALSE_WORDS:
        return False
    raise ValidationError(f"The {_label(field)} must be true or false.", field=field)


def choice(value: str | None, field: str, allowed: tuple[str, ...]) -> str | None:
    if absent(value):
        return None
    cleaned = (value or "").strip()
    if cleaned not in allowed:
        raise ValidationError(
            f"The {_label(field)} must be one of: {', '.join(allowed)}.", field=field
        )
    return cleaned
