"""Anything not handled on purpose: logged (redacted), and one crash dialog without PHI.

Three ways an error escapes: a slot (Qt hands it to ``sys.excepthook``; qasync does the same
for ``@asyncSlot`` tasks), a task or callback on the event loop (its exception handler), and
a worker thread (``threading.excepthook``). All three end in :func:`crash_report` and the
factory's crash dialog. The report names the error's type and where it happened (file, line,
function): never the error's text, which can quote patient data.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import qVersion

from medsender_desktop import __version__
from medsender_desktop.ui.dialogs.factory import DialogFactory

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding medsender_desktop/
MAX_FRAMES = 30


def _where(filename: str) -> str:
    """A frame's file without the user's folders: ``medsender_desktop/ui/x.py`` or ``x.py``."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        return path.name


def crash_report(exc: BaseException) -> str:
    """A report for support: versions, the error's type and its frames. No messages, no
    values, no user paths (so no PHI and no secrets)."""
    lines = [
        f"Medsender Desktop {__version__} problem report",
        (f"System: {platform.system()} {platform.release()} ({platform.machine()}); "
         f"Python {platform.python_version()}; Qt {qVersion()}; PySide6 {PySide6.__version__}"),
    ]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)[-MAX_FRAMES:]
        lines.append(f"Error: {type(current).__module__}.{type(current).__qualname__}")
        lines.extend(f"  at {_where(f.filename)}:{f.lineno} in {f.name}" for f in frames)
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("Caused by:")
    return "\n".join(lines)


def install_crash_handlers(dialogs: DialogFactory, *,
                           loop: asyncio.AbstractEventLoop | None = None) -> Callable[[], None]:
    """Route unexpected errors to the log and the crash dialog; returns an undo function."""

    def report(exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, asyncio.CancelledError, SystemExit)):
            return
        if exc is None:
            exc = exc_type()
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        text = crash_report(exc)
        log.critical("unexpected error (the error's own text is left out: it may hold PHI)\n%s", text)
        dialogs.crash(text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        text = crash_report(args.exc_value)
        log.critical("unexpected error in a worker thread\n%s", text)
        if loop is not None and not loop.is_closed():  # the dialog is shown on the UI thread
            loop.call_soon_threadsafe(dialogs.crash, text)

    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    sys.excepthook = report
    threading.excepthook = thread_hook
    previous_loop_handler = loop.get_exception_handler() if loop is not None else None

    if loop is not None:
        def loop_handler(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            if isinstance(exc, BaseException):
                report(type(exc), exc, exc.__traceback__)
            else:
                log.error("event loop error: %s", context.get("message", "unknown"))

        loop.set_exception_handler(loop_handler)

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        if loop is not None and not loop.is_closed():
            loop.set_exception_handler(previous_loop_handler)

    return uninstall
