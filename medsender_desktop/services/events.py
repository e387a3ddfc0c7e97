"""A minimal observer for the Qt-free services: ``event.connect(cb)``, ``event.emit(value)``.

The UI bridges these to Qt signals (``medsender_desktop.ui.bridge``). A failing subscriber is
logged and never stops the others or the service that emitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

class Event[T]:
    def __init__(self, name: str) -> None:
        self.name = name
        self._subscribers: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        if callback not in self._subscribers:
            self._subscribers.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def disconnect_all(self) -> None:
        self._subscribers.clear()

    def emit(self, value: T) -> None:
        for callback in list(self._subscribers):
            try:
                callback(value)
            except Exception:
                log.exception("a subscriber of %s failed", self.name)
