"""JSON that every consumer can read back: finite numbers, valid Unicode, bounded nesting.

Python's ``json`` accepts ``NaN``, ``Infinity``, ``1e999`` (which becomes infinity) and lone
surrogates (``"\\ud800"``), none of which strict JSON encoders (Starlette's responses, other
languages) will write again; and it recurses once per nesting level. Text from outside (a
callback, a request body) goes through :func:`loads` once, at the boundary; values stored
before this check existed go through :func:`sanitize` on the way out.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final

#: Callback details and API bodies are flat objects with a few nested ones; far below this.
MAX_DEPTH: Final = 32
REPLACEMENT: Final = "\ufffd"


class StrictJsonError(ValueError):
    """The text is not strict JSON; the message names the problem in a sentence."""


def _reject_constant(name: str) -> Any:
    raise StrictJsonError(f"contains {name}, which is not a finite number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJsonError("contains a number too large to represent")
    return value


def _valid_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def loads(text: str | bytes) -> Any:
    """Parse ``text``; raises :class:`StrictJsonError` for anything a strict reader would not
    accept back (the message says what, never quoting the content)."""
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except StrictJsonError:
        raise
    except RecursionError as exc:
        raise StrictJsonError("is nested too deeply") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise StrictJsonError("is not valid JSON") from exc
    _check(value)
    return value


def _check(value: Any) -> None:
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            if not _valid_text(item):
                raise StrictJsonError("contains text that is not valid Unicode")
        elif isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise StrictJsonError("is nested too deeply")
            if isinstance(item, dict):
                pending.extend((key, depth + 1) for key in item)
                pending.extend((child, depth + 1) for child in item.values())
            else:
                pending.extend((child, depth + 1) for child in item)


def sanitize(value: Any, depth: int = 0) -> Any:
    """A copy a strict encoder accepts: non-finite floats become None, invalid text is
    replaced (U+FFFD), anything nested deeper than :data:`MAX_DEPTH` becomes None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _replace_invalid(value)
    if isinstance(value, dict | list) and depth >= MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {sanitize(str(k), depth + 1): sanitize(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [sanitize(v, depth + 1) for v in value]
    return value


def _replace_invalid(text: str) -> str:
    if _valid_text(text):
        return text
    return "".join(ch if _valid_text(ch) else REPLACEMENT for ch in text)
