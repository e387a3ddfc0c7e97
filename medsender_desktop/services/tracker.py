"""When each sent record that can still change is due for its next check (backoff).

Whether a record is final, the record itself says (``SentFax.is_final``, ``Email.is_final``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Entry:
    email: bool
    due: float
    delay: float
    maximum: float


class PollTracker:
    """Per-token exponential backoff: checked after ``initial`` s, then 2x, up to ``maximum``."""

    def __init__(self, initial: float, maximum: float, clock: Callable[[], float]) -> None:
        self._initial = initial
        self._maximum = maximum
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    @property
    def tokens(self) -> set[str]:
        return set(self._entries)

    def add(self, token: str, *, email: bool = False, maximum: float | None = None,
            keep: bool = False) -> None:
        """Follow ``token`` from now on (``maximum``: its own slowest re-check). With ``keep``,
        a token already followed keeps its backoff and only takes the new ``maximum``."""
        top = self._maximum if maximum is None else maximum
        entry = self._entries.get(token)
        if keep and entry is not None:
            entry.maximum = top
            return
        self._entries[token] = _Entry(email, self._clock() + self._initial, self._initial, top)

    def forget(self, token: str) -> None:
        self._entries.pop(token, None)

    def due(self) -> list[tuple[str, bool]]:
        now = self._clock()
        return [(t, e.email) for t, e in self._entries.items() if e.due <= now]

    def polled(self, token: str) -> None:
        """Checked and still open: wait twice as long next time."""
        entry = self._entries.get(token)
        if entry is not None:
            entry.delay = min(entry.delay * 2, entry.maximum)
            entry.due = self._clock() + entry.delay

    def next_due(self, default: float) -> float:
        return min((e.due for e in self._entries.values()), default=default)
