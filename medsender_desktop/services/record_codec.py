"""API records <-> JSON for the offline cache.

Records are written in the API's snake_case wire form and read back with the models' own
``from_api`` parsers, so the cache never needs a second parser to keep in sync.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from medsender_desktop.api import Email, ReceivedFax, SentFax
from medsender_desktop.api.models import format_timestamp
from medsender_desktop.wire import CallbackKind

SentRecord = SentFax | Email
CachedRecord = SentFax | Email | ReceivedFax

#: a cached record's kind: the callback kinds of the wire vocabulary
KIND_SENT_FAX = CallbackKind.SENT_FAX.value
KIND_EMAIL = CallbackKind.EMAIL.value
KIND_RECEIVED_FAX = CallbackKind.RECEIVED_FAX.value
_PARSERS: dict[str, Callable[[Mapping[str, Any]], CachedRecord]] = {
    KIND_SENT_FAX: SentFax.from_api, KIND_EMAIL: Email.from_api, KIND_RECEIVED_FAX: ReceivedFax.from_api,
}


def kind_of(record: CachedRecord) -> str:
    if isinstance(record, SentFax):
        return KIND_SENT_FAX
    if isinstance(record, Email):
        return KIND_EMAIL
    return KIND_RECEIVED_FAX


def _wire(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return to_wire(value)
    if isinstance(value, Mapping):
        return {str(k): _wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wire(v) for v in value]
    return value


def to_wire(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    extra = getattr(record, "extra", None) or {}
    for key, value in extra.items():
        out[str(key)] = _wire(value)
    for f in fields(record):
        if f.name == "extra" or f.name.startswith("_"):
            continue
        value = getattr(record, f.name)
        if value is not None:
            out[f.name] = _wire(value)
    return out


def encode(record: CachedRecord) -> str:
    return json.dumps(to_wire(record), separators=(",", ":"), sort_keys=True)


def decode(kind: str, text: str) -> CachedRecord:
    return _PARSERS[kind](json.loads(text))
