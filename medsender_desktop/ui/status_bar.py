"""The status bar: profile, online/offline/sandbox, relay state and outbox count."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from medsender_desktop.services.outbox import OutboxSummary
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.icons import status_icon

#: The relay brings Medsender's news the moment it happens ("live updates"); without it the
#: app asks Medsender regularly.
RELAY_WORDS = {
    "connecting": (QT_TRANSLATE_NOOP("AppStatusBar", "Live updates: connecting…"), "pending"),
    "connected": (QT_TRANSLATE_NOOP("AppStatusBar", "Live updates: on"), "ok"),
    "reconnecting": (QT_TRANSLATE_NOOP("AppStatusBar", "Live updates: reconnecting…"), "pending"),
    "unreachable": (QT_TRANSLATE_NOOP("AppStatusBar", "Live updates: off (checking Medsender regularly)"), "failed"),
    "": (QT_TRANSLATE_NOOP("AppStatusBar", "Checking Medsender regularly (no live updates)"), "neutral"),
}
CHECKING = QT_TRANSLATE_NOOP("AppStatusBar", "Live updates: checking…")


class AppStatusBar(QStatusBar):
    outbox_requested = Signal()  #: no payload: the outbox count was clicked (show the outbox)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_label = QLabel(self.tr("Not signed in"), self)
        self.connection_icon = QLabel(self)
        self.connection_label = QLabel(self)
        self.relay_icon = QLabel(self)
        self.relay_label = QLabel(self)
        self.outbox_label = QToolButton(self)  # clicked (or Space on it): the Outbox view
        self.outbox_label.setObjectName("outboxCount")
        self.outbox_label.setAutoRaise(True)
        self.outbox_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.outbox_label.setAccessibleName(self.tr("Outbox"))
        self.outbox_label.setToolTip(self.tr("Show the outbox: each fax not yet handed to "
                                             "Medsender, with Cancel and Send now"))
        self.outbox_label.clicked.connect(self.outbox_requested)
        self._tones = {self.connection_icon: "", self.relay_icon: ""}
        for w in (self.profile_label, self.connection_icon, self.connection_label,
                  self.relay_icon, self.relay_label, self.outbox_label):
            self.addPermanentWidget(w)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Upload progress"))
        self.progress.setFormat(self.tr("Uploading… %p%"))
        self.progress.hide()
        self.addWidget(self.progress)
        self.set_connection(None, sandbox=False)
        self.set_relay(None)
        self.set_outbox(0)

    def show_progress(self, message: str) -> None:
        self.showMessage(message)  # in the app's language
        self.progress.setRange(0, 0)  # busy until the first bytes are counted
        self.progress.show()

    def set_progress(self, sent: int, total: int) -> None:
        """Upload progress in bytes (the API client's progress callback)."""
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, sent * 1000 // total))

    def hide_progress(self) -> None:
        self.progress.hide()
        self.clearMessage()

    def set_profile(self, name: str | None) -> None:
        self.profile_label.setText(self.tr("Profile: {name}").format(name=name) if name else self.tr("Not signed in"))

    def set_connection(self, online: bool | None, *, sandbox: bool) -> None:
        if online is None:
            text, tone = self.tr("Signed out"), "neutral"
        elif not online:
            text, tone = self.tr("Offline"), "failed"
        elif sandbox:
            text, tone = self.tr("Sandbox (test data)"), "active"
        else:
            text, tone = self.tr("Online"), "ok"
        self._set_dot(self.connection_icon, tone)
        self.connection_label.setText(text)

    def set_relay(self, state: str | None) -> None:
        if state is None:
            self._set_dot(self.relay_icon, "")
            self.relay_label.clear()
            return
        text, tone = RELAY_WORDS.get(state, (CHECKING, "neutral"))
        self._set_dot(self.relay_icon, tone)
        self.relay_label.setText(self.tr(text))

    def set_outbox(self, count: int, scheduled: tuple[float, ...] = ()) -> None:
        """``count`` faxes Medsender does not have yet; of them, those held until the times
        in ``scheduled`` (earliest first)."""
        if not count:
            self.outbox_label.setText(self.tr("Outbox: empty"))
            return
        parts = []
        sending = count - len(scheduled)
        if sending > 0:
            parts.append(self.tr("{count} sending").format(count=sending))
        if scheduled:
            first = fmt.when(dt.datetime.fromtimestamp(scheduled[0], dt.UTC))
            parts.append(self.tr("Scheduled for {time}").format(time=first) if len(scheduled) == 1
                         else self.tr("{count} scheduled, the next for {time}").format(
                             count=len(scheduled), time=first))
        self.outbox_label.setText(self.tr("Outbox: {what}").format(what=" · ".join(parts)))

    def set_outbox_summary(self, summary: OutboxSummary) -> None:
        self.set_outbox(summary.pending, summary.scheduled)

    def _set_dot(self, label: QLabel, tone: str) -> None:
        """A status dot drawn for this screen's pixel ratio, in the theme's colours."""
        self._tones[label] = tone
        if not tone:
            label.clear()
            return
        label.setPixmap(status_icon(tone).pixmap(QSize(12, 12), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: redraw the dots
            for label, tone in self._tones.items():
                self._set_dot(label, tone)
