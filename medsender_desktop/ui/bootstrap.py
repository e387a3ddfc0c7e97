"""What must happen before Qt, qasync and httpx are used (import order matters here).

- ``QT_API=pyside6`` before qasync is imported, so qasync binds to PySide6 and never guesses.
- httpx's command-line client (``httpx._main``: click, rich, pygments; ~45 ms) is never
  imported: ``import httpx`` loads it whenever those happen to be installed, and the app has no
  use for it. A ``None`` entry in ``sys.modules`` makes that import fail, and httpx then
  defines its own ``main`` saying the command line is not installed.
- httpx and anyio's asyncio backend are loaded up front: their first use otherwise imports
  modules lazily inside a request, a visible stall on the UI thread. anyio loads a backend on
  first use only; running a no-op on a throwaway loop (public API, before Qt's loop exists)
  loads the asyncio one now.
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
    import anyio
    import anyio.lowlevel
    import httpx  # noqa: F401  (imported for its side effect: loaded before the first request)

    anyio.run(anyio.lowlevel.checkpoint, backend="asyncio")
