"""Bridging Qt signals and asyncio on the qasync loop.

- :func:`signal_future` / :func:`wait_signal`: await a Qt signal (never ``exec()`` a dialog or
  spin a nested event loop inside a coroutine).
- :func:`guarded_slot`: the thin ``@asyncSlot`` pattern. The decorated coroutine runs on the
  loop; a :class:`MedsenderError` is shown as one clear message and the window stays usable;
  anything else goes to the crash handler.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any, Protocol, TypeVar

os.environ["QT_API"] = "pyside6"  # before qasync is imported: bind to PySide6, never guess

from PySide6.QtCore import SignalInstance
from qasync import asyncSlot

from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui.i18n import translate_message

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def signal_future(signal: SignalInstance) -> asyncio.Future[tuple[Any, ...]]:
    """A future resolved with the arguments of the next emission of ``signal``."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[tuple[Any, ...]] = loop.create_future()

    def on_emit(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(on_emit)

    def disconnect(_: asyncio.Future[tuple[Any, ...]]) -> None:
        with suppress(RuntimeError, TypeError):  # the sender was already deleted
            signal.disconnect(on_emit)

    future.add_done_callback(disconnect)
    return future


async def wait_signal(signal: SignalInstance, timeout: float | None = None) -> tuple[Any, ...]:
    return await asyncio.wait_for(signal_future(signal), timeout)


class ShowsErrors(Protocol):
    """A widget that can show a user-facing error (its ``dialogs`` factory does)."""

    def show_error(self, message: str, *, title: str = ...) -> None: ...


def guarded_slot(*slot_args: Any) -> Callable[[F], F]:
    """``@guarded_slot()`` on ``async def on_x(self, ...)`` of a :class:`ShowsErrors` widget."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        async def wrapper(self: ShowsErrors, *args: Any, **kwargs: Any) -> Any:
            try:
                return await fn(self, *args, **kwargs)
            except MedsenderError as exc:
                log.info("%s failed: %s", fn.__name__, type(exc).__name__)
                self.show_error(translate_message(exc.message))  # said where it is shown
                return None

        return asyncSlot(*slot_args)(wrapper)  # type: ignore[return-value]

    return decorate
