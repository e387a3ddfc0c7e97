"""Helpers for the "Points settled" tests: a sandbox in either dialect, read in one spelling."""

from __future__ import annotations

from typing import Any

from medsender_desktop.wire import snake_key

from .conftest import Sandbox


def plain(value: Any) -> Any:
    """An answer's keys in snake_case, whichever dialect it came in (AI results already are)."""
    if isinstance(value, dict):
        return {snake_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def get(sandbox: Sandbox, path: str, **params: Any) -> dict:
    response = sandbox.client.get(path, params=params)
    assert response.status_code == 200, response.text
    return plain(response.json())


def receive(sandbox: Sandbox, to_number: str, pdf: bytes, **fields: str) -> str:
    """Simulate an inbound fax; returns its send token."""
    response = sandbox.client.post("/sandbox/received_faxes", data={"to_number": to_number,
                                                                     **fields},
                                   files={"file": ("in.pdf", pdf, "application/pdf")})
    assert response.status_code == 200, response.text
    return plain(response.json())["fax_id"]


def tokens(sandbox: Sandbox, path: str, **params: Any) -> list[str]:
    body = get(sandbox, path, is_test="true", **params)
    key = "sent_faxes" if path == "/sent_faxes" else "received_faxes"
    return [item["send_token"] for item in body[key]]


def refused_field(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> tuple[str, str]:
    """(field, message) of a 400 that names exactly one field."""
    response = sandbox.client.request(method, path, **kwargs)
    assert response.status_code == 400, response.text
    fields = response.json()["error"]["fields"]
    assert len(fields) == 1, fields
    return next(iter(fields.items()))
