"""Desktop notifications for new received faxes (system tray), injectable for tests."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

log = logging.getLogger(__name__)


class Notifier(QObject):
    """Shows a notification; ``clicked`` carries the token it was about."""

    clicked = Signal(str)  #: token of the record the clicked notification was about

    def notify(self, title: str, message: str, token: str) -> None:
        """Abstract: TrayNotifier (the app) and the tests' recording notifier implement it."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the notifier holds (a tray icon); nothing by default."""


class TrayNotifier(Notifier):
    """A system-tray balloon. Where the platform has no tray (offscreen, some Linux
    desktops) nothing is shown here: the main window's status bar message and the unread
    count in the Received tab's title are the cue there."""

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__()
        self._tray: QSystemTrayIcon | None = None
        self._last_token = ""
        if QSystemTrayIcon.isSystemTrayAvailable():
            app_icon = icon or QApplication.windowIcon()
            self._tray = QSystemTrayIcon(app_icon)
            self._tray.setToolTip("Medsender Desktop")
            self._tray.messageClicked.connect(self.on_tray_message_clicked)
            self._tray.show()

    @property
    def available(self) -> bool:
        return self._tray is not None and self._tray.supportsMessages()

    def notify(self, title: str, message: str, token: str) -> None:
        self._last_token = token
        if self._tray is not None:
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def on_tray_message_clicked(self) -> None:
        if self._last_token:
            self.clicked.emit(self._last_token)

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
