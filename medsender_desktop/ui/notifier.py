"""Desktop notifications (a new received fax, a fax that failed) and the tray icon's menu.

The kinds the user turned off in Settings → Notifications, and every kind while paused from
the tray menu, are not shown. The menu (Show window, New fax, Pause/Resume notifications,
Quit) exists even where there is no system tray (offscreen, some Linux desktops), so what it
does is the same everywhere; the tray icon itself appears only where the platform has one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from medsender_desktop.ui.icons import glyph_icon

log = logging.getLogger(__name__)

RECEIVED: Final = "received"  # a new fax arrived
FAILED: Final = "failed"  # a sent fax could not be delivered


class Notifier(QObject):
    """Shows a notification; ``clicked`` carries the token it was about."""

    clicked = Signal(str)  #: token of the record the clicked notification was about
    show_window_requested = Signal()  #: no payload: the tray menu's Show window (or a tray click)
    new_fax_requested = Signal()  #: no payload: the tray menu's New fax
    quit_requested = Signal()  #: no payload: the tray menu's Quit
    paused_changed = Signal(bool)  #: True while notifications are paused

    def __init__(self) -> None:
        super().__init__()
        self._enabled = {RECEIVED: True, FAILED: True}
        self._paused = False
        self.menu = QMenu()  # no parent: the tray shows it; close() deletes it
        self.menu.setAccessibleName(self.tr("Medsender Desktop"))
        self.show_action = self._add(self.tr("Show window"), "window", self.show_window_requested)
        self.new_fax_action = self._add(self.tr("New fax"), "new-fax", self.new_fax_requested)
        self.pause_action = self._add("", "pause", None)
        self.pause_action.triggered.connect(self.on_pause_action_triggered)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), "quit", self.quit_requested)
        self._show_paused()

    def _add(self, text: str, glyph: str, signal: object) -> QAction:
        action = QAction(glyph_icon(glyph), text, self.menu)
        if signal is not None:
            action.triggered.connect(signal)
        self.menu.addAction(action)
        return action

    # --- what is shown --------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self._show_paused()
            self.paused_changed.emit(paused)

    def set_enabled(self, *, received: bool, failed: bool) -> None:
        """The kinds chosen in Settings → Notifications."""
        self._enabled = {RECEIVED: received, FAILED: failed}

    def wants(self, kind: str) -> bool:
        return not self._paused and self._enabled.get(kind, True)

    def announce(self, kind: str, title: str, message: str, token: str) -> bool:
        """Notify unless ``kind`` is turned off or notifications are paused; True when shown."""
        if not self.wants(kind):
            return False
        self.notify(title, message, token)
        return True

    def notify(self, title: str, message: str, token: str) -> None:
        """Abstract: TrayNotifier (the app) and the tests' recording notifier implement it."""
        raise NotImplementedError

    def _show_paused(self) -> None:
        self.pause_action.setText(self.tr("Resume notifications") if self._paused
                                  else self.tr("Pause notifications"))
        self.pause_action.setIcon(glyph_icon("resume" if self._paused else "pause"))

    def on_pause_action_triggered(self) -> None:
        self.set_paused(not self._paused)

    def close(self) -> None:
        """Release what the notifier holds (the menu, a tray icon)."""
        self.menu.deleteLater()


class TrayNotifier(Notifier):
    """A system-tray icon with the menu, and its balloons. Where the platform has no tray
    (offscreen, some Linux desktops) nothing is shown here: the main window's status bar message
    and the unread count in the Received tab's title are the cue there."""

    def __init__(self, icon: QIcon | None = None,
                 tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable) -> None:
        super().__init__()
        self._tray: QSystemTrayIcon | None = None
        self._last_token = ""
        if tray_available():
            self._tray = QSystemTrayIcon(icon or QApplication.windowIcon(), self)
            self._tray.setToolTip(self.tr("Medsender Desktop"))
            self._tray.setContextMenu(self.menu)
            self._tray.messageClicked.connect(self.on_tray_message_clicked)
            self._tray.activated.connect(self.on_tray_activated)
            self._tray.show()

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

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

    def on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a click on the icon itself
            self.show_window_requested.emit()

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
            self._tray.setContextMenu(None)
            self._tray.deleteLater()
            self._tray = None
        super().close()
