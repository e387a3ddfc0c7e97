"""Qt's own messages (warnings from Qt itself, e.g. a browser that could not be started) go
to the app's log through the same redaction as every other line, never straight to stderr:
Qt would print a secure link in full."""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from medsender_desktop.services.logs import redact

log = logging.getLogger("medsender_desktop.qt")

LEVELS: Final = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    log.log(LEVELS.get(kind, logging.WARNING), "%s: %s", category, redact(message))


def install_qt_message_handler() -> object:
    """Route Qt's messages to the log; returns the handler that was installed before."""
    return qInstallMessageHandler(on_qt_message)
