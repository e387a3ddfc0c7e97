"""What must happen before Qt, qasync and httpx are used (import order matters here).

- ``QT_API=pyside6`` before qasync is imported, so qasync binds to PySide6 and never guesses.
- httpx's command-line client (``httpx._main``: click, rich, pygments; ~45 ms) is never
  imported: ``import httpx`` loads it whenever those happen to be installed, and the app has no
  use for it. A ``None`` entry in ``sys.modules`` makes that import fail, and httpx then
  defines its own ``main`` saying the command line is not installed.
- httpx and anyio's asyncio backend are imported up front: their first use otherwise imports
  modules lazily inside a request, a visible stall on the UI thread.
"""

from __future__ import annotations

import os
import sys
from typing import Final

HTTPX_CLI: Final = "httpx._main"


def skip_httpx_cli() -> None:
    """Before httpx is first imported: make ``import httpx._main`` fail, so it is skipped."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault(HTTPX_CLI, None)  # type: ignore[arg-type]


def prepare_environment(*, offscreen: bool = False) -> None:
    os.environ["QT_API"] = "pyside6"
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    skip_httpx_cli()
    import anyio._backends._asyncio  # noqa: F401  (lazy-loaded by httpcore otherwise)
    import httpx
    import httpx._transports.default

    del httpx
