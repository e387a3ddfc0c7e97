"""The activity chart at the top of the Sent tab: its bars count the faxes the lists hold (sent,
failed and received per local day), it updates by itself when a fax arrives, each day has a
tooltip, the chart describes itself in words, and folding it away is remembered."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from medsender_desktop.api import ReceivedFax, SentFax
from tests.gui.helpers import Backend, click, open_desktop, receive_a_fax
from tests.waiting import until


def expected_counts(desktop: object) -> dict[dt.date, tuple[int, int, int]]:
    """Counted here from the rows of the two tables, on this computer's calendar days."""
    window = desktop.window  # type: ignore[attr-defined]
    first = dt.date.today() - dt.timedelta(days=29)
    out: Counter[dt.date] = Counter()
    failed: Counter[dt.date] = Counter()
    inbound: Counter[dt.date] = Counter()
    for record in window.sent_tab.model.records:
        if isinstance(record, SentFax) and record.sent_at is not None:
            day = record.sent_at.astimezone().date()
            (failed if str(record.sent_status) == "failure" else out)[day] += 1
    for record in window.received_tab.model.records:
        assert isinstance(record, ReceivedFax)
        when = record.received_at or record.completed_at
        if when is not None:
            inbound[when.astimezone().date()] += 1
    days = {first + dt.timedelta(days=i) for i in range(30)}
    return {d: (out[d], failed[d], inbound[d]) for d in days if out[d] or failed[d] or inbound[d]}


def chart_counts(desktop: object) -> dict[dt.date, tuple[int, int, int]]:
    days = desktop.window.sent_tab.chart.canvas.days  # type: ignore[attr-defined]
    return {d.day: (d.sent, d.failed, d.received) for d in days if d.total}


async def test_the_chart_counts_what_the_lists_hold_and_follows_them(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.show()
        chart = window.sent_tab.chart
        await until(lambda: chart_counts(desktop) == expected_counts(desktop) and chart_counts(desktop),
                    "the chart drawn from the lists")
        days = chart.canvas.days
        assert len(days) == 30 and days[-1].day == dt.date.today()
        totals = [sum(getattr(d, kind) for d in days) for kind in ("sent", "failed", "received")]
        assert chart.summary.text() == (f"Last 30 days: {totals[0]} faxes sent, {totals[1]} failed, "
                                        f"{totals[2]} received")
        description = chart.canvas.accessibleDescription()
        assert description.startswith(chart.summary.text()) and "Today:" in description

        today_before = days[-1].received
        await receive_a_fax(desktop)  # a fax arrives: the chart follows, no click
        await until(lambda: chart.canvas.days[-1].received == today_before + 1, "today's bar grows")
        assert chart_counts(desktop) == expected_counts(desktop)

        canvas = chart.canvas  # hovering the last bar tells that day in words
        point = QPoint(canvas.width() - 8, canvas.height() // 2)
        QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point)))
        today = canvas.days[-1]
        assert QToolTip.text() == canvas.day_words(len(canvas.days) - 1)
        assert QToolTip.text().endswith(
            f": {today.sent} sent, {today.failed} failed, {today.received} received")

        sent = window.sent_tab  # a filter narrows the lists: the chart says so and counts them
        QTest.mouseClick(sent.filters_button, Qt.MouseButton.LeftButton)
        sent.filter_bar.set_value("patient_name", "Elena")
        await click(sent.filter_bar.apply_button, "RecordTab.on_filter_bar_apply_requested")
        await until(lambda: "filters" in chart.summary.text(), "the chart marked as filtered")
        await until(lambda: chart_counts(desktop) == expected_counts(desktop), "the filtered counts")
        QTest.mouseClick(sent.filter_bar.clear_button, Qt.MouseButton.LeftButton)
        await until(lambda: "filters" not in chart.summary.text(), "the whole lists again")

        QTest.mouseClick(chart.toggle_button, Qt.MouseButton.LeftButton)  # fold it away
        assert not canvas.isVisible() and chart.summary.isVisible()
        assert desktop.controller.app.settings.ui("activity_chart") is False

    async with open_desktop(backend, tmp_path) as desktop:  # remembered at the next start
        chart = desktop.window.sent_tab.chart
        assert not chart.expanded and not chart.toggle_button.isChecked()
        QTest.mouseClick(chart.toggle_button, Qt.MouseButton.LeftButton)
        assert chart.expanded and desktop.controller.app.settings.ui("activity_chart") is True
