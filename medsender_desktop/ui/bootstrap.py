"""What must happen before Qt, qasync and httpx are used (import order matters here).

- ``QT_API=pyside6`` before qasync is imported, so qasync binds to PySide6 and never guesses.
- httpx and anyio's asyncio backend are imported up front: their first use otherwise imports
  modules lazily inside a request, a visible stall on the UI thread.
"""

from __future__ import annotations

import os


def prepare_environment(*, offscreen: bool = False) -> None:
    os.environ["QT_API"] = "pyside6"
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import anyio._backends._asyncio  # noqa: F401  (lazy-loaded by httpcore otherwise)
    import httpx
    import httpx._transports.default

    del httpx
