"""Plain words for failures, from the error objects Medsender attaches to records.

The UI shows these as they are; it never reads the error mappings itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["explain_email_error", "explain_error", "explain_received_error"]

_ERROR_WORDS = {
    "busy": "The recipient's fax line was busy",
    "no_answer": "The recipient's fax machine did not answer",
    "no-answer": "The recipient's fax machine did not answer",
    "not_a_fax": "The number answered, but it is not a fax machine",
    "invalid_number": "The fax number does not exist",
}


def _message(details: Mapping[str, Any]) -> str:
    value = details.get("message") or details.get("error_message") or details.get("errorMessage")
    return str(value or "").strip()


def explain_error(details: Mapping[str, Any] | None) -> str | None:
    """Plain words for a sent fax's ``errorDetails``, and what to do next."""
    if not details:
        return None
    message = _message(details)
    code = str(details.get("code") or details.get("error_code") or details.get("errorCode") or "")
    attempts = details.get("attempts")
    if message:
        text = message
    elif code in _ERROR_WORDS:
        text = _ERROR_WORDS[code] + "."
    else:
        text = "The fax could not be delivered."
    if attempts and "attempt" not in text:
        text += f" Medsender tried {attempts} times."
    return text + " Check the number with the recipient, then send again or use a secure email link."


def explain_email_error(error: Mapping[str, Any] | None) -> str | None:
    """Plain words for a secure e-mail's ``error`` (a bounce, usually)."""
    if not error:
        return None
    return _message(error) or "The e-mail could not be delivered."


def explain_received_error(details: Mapping[str, Any] | None) -> str | None:
    """Why an inbound fax failed, and what to do (ask the sender to send it again)."""
    if not details:
        return None
    reason = _message(details) or "The fax did not arrive completely."
    if not reason.endswith("."):
        reason += "."
    return f"{reason} Ask the sender to fax it again."
