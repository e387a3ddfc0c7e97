"""Anything not handled on purpose: logged (redacted), and one crash dialog without PHI."""

from __future__ import annotations

import asyncio
import logging
import sys
from types import TracebackType
from typing import Any

from medsender_desktop.ui.dialogs.factory import DialogFactory

log = logging.getLogger(__name__)

CRASH_MESSAGE = (
    "Something unexpected went wrong in Medsender Desktop. Your faxes are safe. The details "
    "were written to the log file; if this keeps happening, restart the app and send the log "
    "to support."
)


def install_crash_handlers(dialogs: DialogFactory, *,
                           loop: asyncio.AbstractEventLoop | None = None) -> None:
    def report(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, asyncio.CancelledError)):
            return
        log.critical("unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        dialogs.crash(CRASH_MESSAGE)

    sys.excepthook = report

    if loop is not None:
        def loop_handler(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            if isinstance(exc, BaseException):
                report(type(exc), exc, exc.__traceback__)
            else:
                log.error("event loop error: %s", context.get("message", "unknown"))

        loop.set_exception_handler(loop_handler)
