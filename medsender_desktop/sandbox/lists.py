"""Query strings of the list endpoints, validated and turned into :class:`ListQuery`.

The documented filters (``wire.SENT_FILTERS`` / ``RECEIVED_FILTERS``) plus one extension
for sent faxes: ``record_status`` (default ``activated``; archived and revoked records are
"no longer listed by default", so this is how a client asks for them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import validation
from medsender_desktop.sandbox import fields
from medsender_desktop.sandbox.db import CASEFOLD
from medsender_desktop.sandbox.fields import FieldErrors
from medsender_desktop.sandbox.store_faxes import ListQuery
from medsender_desktop.sandbox.timeutil import day_start, next_day_start

RECORD_STATUSES = tuple(s.value for s in wire.RecordStatus)
FAX_STATUSES = tuple(s.value for s in wire.FaxStatus)
CALLBACK_STATUSES = tuple(s.value for s in wire.CallbackStatus)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: str, value: str) -> tuple[str, tuple[Any, ...]]:
    """A case-insensitive substring match: SQLite's LIKE for ASCII (fast, it folds ASCII
    case itself), a casefold of both sides for any other letters (e.g. "peña" finds "PEÑA")."""
    if value.isascii():
        return f"{column} LIKE ? ESCAPE '\\'", (_like(value),)
    return f"instr({CASEFOLD}({column}), ?) > 0", (value.casefold(),)


def _common(params: Mapping[str, str], errors: FieldErrors,
            conditions: list[tuple[str, tuple[Any, ...]]]) -> dict[str, Any]:
    """is_test, dates, order and paging: shared by both lists."""
    is_test = errors.check(fields.boolean, params.get("is_test"), "is_test", False)
    conditions.insert(0, ("is_test = ?", (1 if is_test else 0,)))
    start = errors.check(fields.date, params.get("date_start"), "date_start")
    end = errors.check(fields.date, params.get("date_end"), "date_end")
    if start is not None:
        conditions.append(("sent_at >= ?", (day_start(start),)))
    if end is not None:
        conditions.append(("sent_at < ?", (next_day_start(end),)))
    if start is not None and end is not None and end < start:
        errors.add("date_end", "The end date must not be before the start date.")
    order = errors.check(validation.validate_order, params.get("order_by_date") or None)
    page = errors.check(validation.validate_page, params.get("page") or 1)
    size = errors.check(
        validation.validate_page_size, params.get("page_size") or wire.PAGE_SIZE_DEFAULT
    )
    return {
        "ascending": order == wire.OrderByDate.ASC,
        "page": page or 1,
        "page_size": size or wire.PAGE_SIZE_DEFAULT,
        "is_test": bool(is_test),
    }


def _phone_filter(params: Mapping[str, str], name: str, errors: FieldErrors,
                  conditions: list[tuple[str, tuple[Any, ...]]]) -> None:
    value = errors.check(fields.phone, params.get(name), name, required=False)
    if value:
        conditions.append((f"{name} = ?", (value,)))


def _text_filter(params: Mapping[str, str], name: str, errors: FieldErrors,
                 conditions: list[tuple[str, tuple[Any, ...]]]) -> None:
    value = errors.check(fields.text, params.get(name), name, max_len=fields.NAME_MAX)
    if value:
        conditions.append(_contains(name, value))


def sent_query(params: Mapping[str, str]) -> ListQuery:
    errors = FieldErrors()
    conditions: list[tuple[str, tuple[Any, ...]]] = []
    status = errors.check(fields.choice, params.get("record_status"), "record_status",
                          RECORD_STATUSES) or wire.RecordStatus.ACTIVATED.value
    conditions.append(("record_status = ?", (status,)))
    defaults = len(conditions)
    _phone_filter(params, "from_number", errors, conditions)
    _phone_filter(params, "to_number", errors, conditions)
    for name in ("patient_name", "sender_name", "recipient_name"):
        _text_filter(params, name, errors, conditions)
    dob = errors.check(fields.date, params.get("patient_dob"), "patient_dob")
    if dob is not None:
        conditions.append(("patient_dob = ?", (dob.isoformat(),)))
    filtered = len(conditions) > defaults
    common = _common(params, errors, conditions)
    errors.raise_if_any()
    counter = None if filtered or len(conditions) > defaults + 1 else (
        "sent", int(common["is_test"]), status)
    return ListQuery(
        conditions=tuple(conditions), ascending=common["ascending"], page=common["page"],
        page_size=common["page_size"], counter=counter,
    )


def received_query(params: Mapping[str, str]) -> ListQuery:
    errors = FieldErrors()
    conditions: list[tuple[str, tuple[Any, ...]]] = []
    _phone_filter(params, "from_number", errors, conditions)
    _phone_filter(params, "to_number", errors, conditions)
    _text_filter(params, "caller_name", errors, conditions)
    status = errors.check(fields.choice, params.get("fax_status"), "fax_status", FAX_STATUSES)
    if status:
        conditions.append(("fax_status = ?", (status,)))
    client = errors.check(fields.text, params.get("client"), "client")
    if client:
        conditions.append(("client_id = ?", (client,)))
    callback = errors.check(fields.choice, params.get("callback_status"), "callback_status",
                            CALLBACK_STATUSES)
    if callback:
        conditions.append(("callback_status = ?", (callback,)))
    filtered = bool(conditions)
    common = _common(params, errors, conditions)
    errors.raise_if_any()
    counter = None if filtered or len(conditions) > 1 else ("received", int(common["is_test"]), "")
    return ListQuery(
        conditions=tuple(conditions), ascending=common["ascending"], page=common["page"],
        page_size=common["page_size"], counter=counter,
    )
