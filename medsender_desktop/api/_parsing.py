"""Parsing helpers for the API's JSON: camelCase/snake_case keys, timestamps, tolerant scalars.

Private to ``medsender_desktop.api``; the records built with them live in ``models``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

import phonenumbers

from medsender_desktop.errors import MedsenderError
from medsender_desktop.wire import RecordStatus
from medsender_desktop.wire import snake_key as snake

__all__ = ["UnreadableAnswer", "normalize_keys", "parse_date", "parse_list", "parse_timestamp", "snake",
           "unwrap"]

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def normalize_keys(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Top-level keys to snake_case (nested objects are parsed by their own model)."""
    return {snake(k): v for k, v in raw.items()}


def parse_timestamp(value: Any) -> dt.datetime | None:
    """ISO-8601 (``2020-02-20T23:37:01.000Z``) -> aware UTC datetime; empty -> None."""
    if value in (None, "") or isinstance(value, dict):
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    text = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def parse_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` -> date; anything else (incl. the docs' ``{}`` placeholder) -> None."""
    if value in (None, "") or isinstance(value, dict):
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _enum[E: StrEnum](kind: type[E], value: Any) -> E | str | None:
    if value in (None, ""):
        return None
    try:
        return kind(str(value))
    except ValueError:
        return str(value)


#: words other spellings of the API use for a record status (the contract's "Points settled")
_RECORD_STATUS_ALIASES = {"active": RecordStatus.ACTIVATED}


def _record_status(value: Any) -> RecordStatus | str | None:
    """``activated``/``archived``/``revoked``; ``active`` reads as activated; others as sent."""
    alias = _RECORD_STATUS_ALIASES.get(str(value).strip().lower()) if value is not None else None
    return alias or _enum(RecordStatus, value)


_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _ai_date(value: Any) -> str | None:
    """An AI date as ``YYYY-MM-DD``: from that form or the docs' ``01/01/2000`` (US order);
    anything else is kept as it came (shown as text, never lost)."""
    text = _str(value)
    if text is None:
        return None
    text = text.strip()
    found = _US_DATE.match(text)
    try:
        if found:
            month, day, year = (int(g) for g in found.groups())
            return dt.date(year, month, day).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return text


def _ai_phone(value: Any) -> str | None:
    """An AI phone number in E.164 (``+12223334444``): from that form or the docs'
    ``111-222-3333``; anything that is not a possible number is kept as it came."""
    text = _str(value)
    if text is None:
        return None
    try:
        parsed = phonenumbers.parse(text.strip(), "US")
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(parsed):
        return text
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text if text != "" else None


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _mapping(value: Any) -> Mapping[str, Any] | None:
    """An error object (``errorDetails``, ``error``) with snake_case keys, as the docs name
    them (``error_code``, ``error_message``), whichever dialect the server answered in."""
    if isinstance(value, Mapping):
        return MappingProxyType(normalize_keys(value))
    if value in (None, ""):
        return None
    return MappingProxyType({"message": str(value)})


class UnreadableAnswer(MedsenderError, TypeError):
    """A 2xx answer whose JSON is not shaped as documented (still a TypeError for callers
    that parse cached records and catch that)."""

    def __init__(self) -> None:
        super().__init__(
            "Medsender sent an answer this app could not read. Please try again; if it keeps "
            "happening, contact support."
        )


class _Reader:
    """Pulls known fields out of one raw object; what is left over becomes ``extra``."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        if not isinstance(raw, Mapping):
            raise UnreadableAnswer()
        self._data = normalize_keys(raw)
        self._original = {snake(k): k for k in raw}
        self._used: set[str] = set()

    def get(self, *names: str) -> Any:
        for name in names:
            key = snake(name)
            if key in self._data:
                self._used.add(key)
                value = self._data[key]
                if value is not None:
                    return value
        return None

    def extra(self) -> Mapping[str, Any]:
        left = {self._original[k]: v for k, v in self._data.items() if k not in self._used}
        return MappingProxyType(left) if left else _EMPTY


class _RedactedRepr:
    """repr() shows identifiers and statuses only: records carry PHI, and reprs end up in logs."""

    __slots__ = ()
    _repr_fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._repr_fields)
        return f"{type(self).__name__}({shown}, ...)"




def unwrap(body: Any, *keys: str) -> Any:
    """The object under the first of ``keys`` present (camel or snake), else the body itself."""
    if isinstance(body, Mapping):
        normalized = normalize_keys(body)
        for key in keys:
            if snake(key) in normalized and isinstance(normalized[snake(key)], (Mapping, list)):
                return normalized[snake(key)]
    return body


def parse_list[T](body: Any, key: str, parse: Callable[[Mapping[str, Any]], T]) -> list[T]:
    """The records under ``key`` (or a bare JSON array); anything else is unreadable."""
    items = unwrap(body, key)
    if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
        raise UnreadableAnswer()
    return [parse(item) for item in items]
