"""The activity chart at the top of the Sent tab: faxes per day over the last 30 days.

Painted with QPainter (QtCharts is not shipped): for each day, the faxes that went out (sent,
with the failed ones stacked on top in red) beside the faxes that came in. Text and axes take
the palette's colours, so it reads in light and dark mode; each day has a tooltip; the whole
chart has an accessible description in words; it folds away to one line, and the window
remembers that choice. The counting is :func:`medsender_desktop.services.activity.daily_activity`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QToolTip, QVBoxLayout, QWidget

from medsender_desktop.services.activity import DayActivity, busiest
from medsender_desktop.ui.theme import colors

CHART_HEIGHT = 118
LEFT = 30  # room for the scale
BOTTOM = 18  # room for the dates
TOP = 20  # room for the legend


def _series_colors() -> tuple[QColor, QColor, QColor]:
    """Sent, failed, received: the status colours of the scheme in use (light or dark)."""
    scheme = colors()
    return scheme.status("active"), scheme.status("failed"), scheme.status("ok")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ActivityCanvas(QWidget):
    """The painted bars (no controls: the chart around it holds the toggle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DayActivity] = []
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Fax activity, last 30 days"))

    def set_days(self, days: list[DayActivity]) -> None:
        self.days = list(days)
        self.update()

    # --- geometry ----------------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, max(1, self.width() - LEFT - 6), max(1, self.height() - TOP - BOTTOM))

    def day_at(self, x: float) -> int | None:
        """The index of the day under ``x`` (widget coordinates), or None."""
        plot = self._plot()
        if not self.days or not plot.left() <= x < plot.right():
            return None
        return min(len(self.days) - 1, int((x - plot.left()) / (plot.width() / len(self.days))))

    def day_words(self, index: int) -> str:
        d = self.days[index]
        when = QLocale().toString(_qdate(d.day), "dddd, MMMM d")
        return self.tr("{day}: {sent} sent, {failed} failed, {received} received").format(
            day=when, sent=d.sent, failed=d.failed, received=d.received)

    # --- events ------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.day_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_words(index), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.Mid)
        sent_color, failed_color, received_color = _series_colors()
        plot = self._plot()
        top = busiest(self.days)
        metrics = painter.fontMetrics()
        # the scale: a base line, and a faint line at the busiest count
        painter.setPen(faint)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        painter.setPen(text)
        painter.drawText(QRectF(0, plot.top() - 8, LEFT - 4, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(top))
        painter.drawText(QRectF(0, plot.bottom() - 8, LEFT - 4, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        self._paint_legend(painter, text, (sent_color, failed_color, received_color))
        if not self.days:
            return
        slot = plot.width() / len(self.days)
        bar = max(1.0, min(12.0, (slot - 3) / 2))
        scale = plot.height() / top
        for i, d in enumerate(self.days):
            x = plot.left() + i * slot + (slot - 2 * bar - 1) / 2
            sent_h, failed_h = d.sent * scale, d.failed * scale
            painter.fillRect(QRectF(x, plot.bottom() - sent_h, bar, sent_h), sent_color)
            painter.fillRect(QRectF(x, plot.bottom() - sent_h - failed_h, bar, failed_h), failed_color)
            received_h = d.received * scale
            painter.fillRect(QRectF(x + bar + 1, plot.bottom() - received_h, bar, received_h),
                             received_color)
            if (len(self.days) - 1 - i) % 7 == 0:  # a date every week, ending today
                label = QLocale().toString(_qdate(d.day), "MMM d")
                width = metrics.horizontalAdvance(label) + 4
                centre = plot.left() + (i + 0.5) * slot
                left = min(max(centre - width / 2, plot.left()), plot.right() - width)
                painter.setPen(text)
                painter.drawText(QRectF(left, plot.bottom() + 2, width, BOTTOM - 2),
                                 Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor, colors: tuple[QColor, QColor, QColor]) -> None:
        metrics = painter.fontMetrics()
        x = float(self.width() - 6)
        names = (self.tr("Sent"), self.tr("Failed"), self.tr("Received"))
        for name, color in reversed(list(zip(names, colors, strict=True))):
            width = metrics.horizontalAdvance(name)
            x -= width
            painter.setPen(text)
            painter.drawText(QRectF(x, 0, width + 2, TOP - 4), Qt.AlignmentFlag.AlignVCenter, name)
            x -= 14
            painter.fillRect(QRectF(x, (TOP - 4) / 2 - 5, 10, 10), color)
            x -= 14


class ActivityChart(QWidget):
    """The toggle line (with the month's totals) over the painted bars."""

    expanded_changed = Signal(bool)  #: the chart was shown (True) or folded away (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setObjectName("activityToggle")
        self.toggle_button.setText(self.tr("Activity"))
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle_button.setAccessibleName(self.tr("Show the activity chart"))
        self.summary = QLabel(self)
        self.canvas = ActivityCanvas(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.canvas)
        self.toggle_button.toggled.connect(self.on_toggle_button_toggled)
        self.on_toggle_button_toggled(True)
        self.set_days([])

    @property
    def expanded(self) -> bool:
        return self.toggle_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle_button.setChecked(expanded)

    def on_toggle_button_toggled(self, expanded: bool) -> None:
        self.canvas.setVisible(expanded)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle_button.setToolTip(self.tr("Hide the chart") if expanded else self.tr("Show the chart"))
        self.expanded_changed.emit(expanded)

    def set_days(self, days: list[DayActivity], *, filtered: bool = False) -> None:
        """The days to draw; ``filtered``: the lists show only what their filters let through,
        and so does the chart (said in its summary)."""
        self.canvas.set_days(days)
        sent = sum(d.sent for d in days)
        failed = sum(d.failed for d in days)
        received = sum(d.received for d in days)
        totals = self.tr("Last {count} days: {sent} faxes sent, {failed} failed, {received} "
                         "received").format(count=len(days), sent=sent, failed=failed,
                                             received=received)
        if filtered:
            totals += " " + self.tr("(only the faxes the filters show)")
        self.summary.setText(totals)
        busiest_day = max(days, key=lambda d: d.total, default=None)
        description = totals + "."
        if busiest_day is not None and busiest_day.total:
            description += " " + self.tr("Busiest day: {day}.").format(
                day=self.canvas.day_words(days.index(busiest_day)))
        if days:
            description += " " + self.tr("Today: {counts}.").format(
                counts=self.canvas.day_words(len(days) - 1))
        self.canvas.setAccessibleDescription(description)
        self.canvas.setToolTip("")
