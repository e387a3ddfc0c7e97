""""Send later" in the send dialog: an optional time at which the outbox hands the fax over.

The API has no scheduling: the outbox holds the fax until then (the app must be running, or
it goes at its next start). A time in the past is refused beside the field, in words.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from medsender_desktop.ui import formatting as fmt

RECHECK_MS = 20_000  #: while ticked, the chosen time is checked again as the clock moves
DEFAULT_DELAY_S = 3600  #: first offered: the next full hour at least this far ahead


class TimeEdit(QDateTimeEdit):
    """A date-time field that Tab leaves, like every other field (QDateTimeEdit's Tab walks
    its day, month, year... parts first; here the arrow keys do that)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class SendLater(QWidget):
    changed = Signal()  #: no payload: ticked, unticked, another time, or the clock moved on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Send later"), self)
        self.check.setToolTip(self.tr("Keep the fax in the outbox and send it at the time chosen"))
        self.when_edit = TimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(fmt.when_edit_format())  # as lists show times
        self.when_edit.setAccessibleName(self.tr("Send at"))
        self.when_edit.setEnabled(False)
        start = QDateTime.fromSecsSinceEpoch(int(time.time()) + DEFAULT_DELAY_S)
        past_the_hour = start.time().minute() * 60 + start.time().second()
        if past_the_hour:
            start = start.addSecs(3600 - past_the_hour)
        self.when_edit.setDateTime(start)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel(self.tr("The fax waits in the outbox until then. Keep Medsender "
                                   "Desktop running: if it is closed, the fax goes when it "
                                   "starts again."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.when_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self.check.toggled.connect(self.on_check_toggled)
        self.when_edit.dateTimeChanged.connect(self.on_when_edit_date_time_changed)
        self._timer.timeout.connect(self.on_when_edit_date_time_changed)

    def send_at(self) -> float | None:
        """The time chosen (seconds since the epoch), or None to send at once."""
        if not self.check.isChecked():
            return None
        return float(self.when_edit.dateTime().toSecsSinceEpoch())

    def problem(self) -> str | None:
        """Why the time cannot be used (None = it can, or sending at once)."""
        at = self.send_at()
        if at is not None and at <= time.time():
            return self.tr("This time has already passed. Choose a later time, or untick "
                           "Send later to send the fax now.")
        return None

    def show_problem(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)

    def on_check_toggled(self, checked: bool) -> None:
        self.when_edit.setEnabled(checked)
        self.hint.setVisible(checked)
        if checked:
            self._timer.start()
        else:
            self._timer.stop()
        self.show_problem()
        self.changed.emit()

    def on_when_edit_date_time_changed(self, *_: object) -> None:
        self.show_problem()
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
