"""The one way tests wait: for a condition, with a timeout, never for a fixed time.

``until`` is for coroutines (it keeps the event loop running while it polls), ``wait_until``
for plain code (a test thread waiting on a server that runs elsewhere). Both return the first
value of ``condition()`` that ``ready`` accepts (by default: the first truthy one), so a
condition can also fetch what the test asserts on next. A condition may be a coroutine
function for ``until``. When the time is up the test fails with ``what`` and the last value in
the message, saying what did not happen.

Inside an ``async def`` test never use ``qtbot.waitUntil``/``qWait``: they stall the loop.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable

DEFAULT_TIMEOUT = 15.0
INTERVAL = 0.01


def _expired(what: str, timeout: float, last: object) -> AssertionError:
    shown = repr(last)
    if len(shown) > 300:
        shown = shown[:300] + "…"
    return AssertionError(f"waited {timeout:g} s for {what}; it did not happen (last: {shown})")


async def until[T](condition: Callable[[], T | Awaitable[T]], what: str = "the condition",
                   timeout: float = DEFAULT_TIMEOUT, *, ready: Callable[[T], object] = bool) -> T:
    """Poll ``condition`` on the running loop until ``ready`` accepts its value; return it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if ready(value):  # type: ignore[arg-type]
            return value  # type: ignore[return-value]
        if loop.time() > deadline:
            raise _expired(what, timeout, value)
        await asyncio.sleep(INTERVAL)


def wait_until[T](condition: Callable[[], T], what: str = "the condition",
                  timeout: float = DEFAULT_TIMEOUT, *, ready: Callable[[T], object] = bool) -> T:
    """Poll ``condition`` from plain (non-async) code until ``ready`` accepts its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if ready(value):
            return value
        if time.monotonic() > deadline:
            raise _expired(what, timeout, value)
        time.sleep(INTERVAL)
