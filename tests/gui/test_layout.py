"""Layout at a common front-desk screen size (1366x768): Received's actions are in sight
without scrolling, and column names are never clipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QWidget

from medsender_desktop.ui.widgets.table_view import RecordTableView
from tests.gui.helpers import Backend, open_desktop, open_received_fax, receive_a_fax, until


def fully_shown(widget: QWidget, window: QWidget) -> bool:
    """On screen, whole, inside the window, and not inside a scrolled area."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    if not window.rect().contains(where):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return False  # it would be reached by scrolling, not seen at once
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("size", [(1366, 768), (1229, 691)])  # full screen; the first-run window
async def test_received_actions_are_in_sight_at_1366x768(
        backend: Backend, tmp_path: Path, qapp, size: tuple[int, int]) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window, received = desktop.window, desktop.window.received_tab
        window.resize(*size)
        window.tabs.setCurrentWidget(received)
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        await until(lambda: received.viewer.current_image is not None, "the fax shown")
        assert window.size().width() == size[0] and window.size().height() == size[1]
        for button in (received.open_button, received.forward_button, received.print_button,
                       received.save_button, received.unread_button, received.details_button):
            assert fully_shown(button, window), f"{button.text()} is out of sight"
        assert received.print_button.isEnabled() and received.forward_button.isEnabled()
        pages = received.viewer.scroll.viewport()
        assert pages.height() >= 250 and pages.width() >= 400, "room to read the page"
        assert received.detail.value_of("Document type") is not None
        # the details fold away to give the pages more room, and come back
        received.details_button.click()
        assert not received.details.isVisible()
        received.details_button.click()
        assert received.details.isVisible()


async def test_column_names_are_never_clipped(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            table = window.tabs.widget(index).findChild(RecordTableView)
            header: QHeaderView = table.horizontalHeader()
            metrics = header.fontMetrics()
            model = table.model()
            for column in range(model.columnCount()):
                name = model.headerData(column, header.orientation())
                assert header.sectionSize(column) >= metrics.horizontalAdvance(name) + 8, (
                    f"{window.tabs.tabText(index)}: '{name}' is clipped")


def test_date_columns_fit_their_dates_in_a_us_locale(qapp) -> None:
    """'11/25/2026 10:58 PM' is wider than the ISO form: the column grows with it."""
    from medsender_desktop.ui import formatting as fmt
    from medsender_desktop.ui.models.received_model import ReceivedColumn, ReceivedTableModel
    from medsender_desktop.ui.models.search_proxy import RecordSearchProxy

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        view = RecordTableView()
        view.use_model(ReceivedTableModel(view), RecordSearchProxy(view), ReceivedColumn.RECEIVED_AT)
        bold = view.font()
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(fmt.widest_when())
        assert view.columnWidth(ReceivedColumn.RECEIVED_AT) >= needed + 8
        view.deleteLater()
    finally:
        QLocale.setDefault(before)
