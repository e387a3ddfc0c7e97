"""The keyboard alone: Tab leaves every table and reaches the tab bar and every control, in
the main window and in every dialog; moving through Received marks nothing read until a fax
is opened with Enter or a double-click; Ctrl+Tab keeps what is selected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from medsender_desktop.ui.dialogs.about_dialog import AboutDialog
from medsender_desktop.ui.dialogs.address_book_dialog import AddressBookDialog
from medsender_desktop.ui.dialogs.client_dialog import ClientDialog
from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
from medsender_desktop.ui.dialogs.number_dialog import NumberDialog
from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog
from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
from medsender_desktop.ui.widgets.table_view import RecordTableView
from tests.gui.helpers import Backend, Desktop, activated, open_desktop, shown_dialog, until
from tests.gui.keyboard import describe, reachable_controls, tab_stops


def assert_tab_reaches_everything(window: QWidget, start: QWidget) -> list[QWidget]:
    stops = tab_stops(start)
    missing = [describe(w) for w in reachable_controls(window) if w not in stops]
    assert not missing, f"Tab never reaches {missing}; it visits {[describe(w) for w in stops]}"
    backwards = tab_stops(start, backwards=True)
    assert set(backwards) == set(stops), "Shift+Tab visits the same controls"
    return stops


async def select_first_row_by_keyboard(table: RecordTableView) -> None:
    table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(table, Qt.Key.Key_Down)
    await until(lambda: table.selectionModel().hasSelection(), "a row selected by keyboard")


async def active(desktop: Desktop) -> None:
    window = desktop.window
    window.resize(1366, 768)
    window.activateWindow()
    await until(window.isActiveWindow, "the main window active")


async def test_tab_reaches_everything_in_every_tab(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        await active(desktop)
        window = desktop.window
        bar = window.tabs.tabBar()
        await until(lambda: window.numbers_tab.model.rowCount() > 0, "numbers listed")
        window.tabs.setCurrentIndex(0)
        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            assert window.tabs.currentIndex() == index
            table = tab.findChild(RecordTableView)
            if table.model().rowCount():
                await select_first_row_by_keyboard(table)
            stops = assert_tab_reaches_everything(window, bar)
            assert table in stops and bar in stops
            if index == 1:  # Received: opened, so the viewer's controls are enabled too
                QTest.keyClick(table, Qt.Key.Key_Return)
                await until(lambda: window.received_tab.viewer.current_image is not None,
                            "the fax opened with Enter")
                assert_tab_reaches_everything(window, bar)
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next tab
            assert window.tabs.currentIndex() == (index + 1) % window.tabs.count()


async def test_moving_through_received_marks_nothing_read(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        await active(desktop)
        window, received = desktop.window, desktop.window.received_tab
        window.tabs.setCurrentWidget(received)
        table, viewer = received.table, received.viewer
        unread = received.model.unread_count()
        assert unread > 3, "the demo data has new faxes"
        await select_first_row_by_keyboard(table)
        for _ in range(4):
            QTest.keyClick(table, Qt.Key.Key_Down)
            assert received.detail.value_of("From"), "the details follow the selection"
        for _ in range(3):
            QTest.keyClick(table, Qt.Key.Key_Tab)  # through the actions and back
        assert received.model.unread_count() == unread and viewer.data is None
        assert not received.print_button.isEnabled() and received.forward_button.isEnabled()
        token = received.selected_record().send_token
        was_read = desktop.session.is_read(token)
        QTest.keyClick(table, Qt.Key.Key_Return)  # opened: now it is read
        await until(lambda: viewer.current_image is not None, "the fax opened")
        await until(lambda: desktop.session.is_read(token), "marked read")
        assert received.model.unread_count() == unread - (0 if was_read else 1)
        assert received.print_button.isEnabled() and received.save_button.isEnabled()
        # Ctrl+Tab away and back: the same fax still selected and shown
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is window.numbers_tab
        QTest.keyClick(window.tabs.tabBar(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.tabs.currentWidget() is received
        assert received.selected_record().send_token == token and viewer.data is not None
        # a double-click opens another one
        QTest.keyClick(table, Qt.Key.Key_Down)
        other = received.selected_record().send_token
        assert viewer.data is None and not received.print_button.isEnabled()
        row = received.proxy.mapFromSource(received.model.index(received.model.row_of(other), 0))
        where = table.visualRect(row).center()
        for click in (QTest.mouseClick, QTest.mouseDClick):  # what a double-click delivers
            click(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        await until(lambda: viewer.data is not None, "the fax opened by a double-click")
        await until(lambda: desktop.session.is_read(other), "marked read")


async def check_dialog(desktop: Desktop, kind: type[QDialog], open_it: Callable[[], object]) -> None:
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    open_it()
    dialog = await shown_dialog(kind, f"the {kind.__name__}")
    dialog.activateWindow()  # a dialog shown after a network answer may not be active yet
    await until(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None
                and dialog.focusWidget().isVisible(), "the dialog active with focus on a field")
    assert_tab_reaches_everything(dialog, dialog.focusWidget())
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)  # Esc closes every dialog
    await until(lambda: not dialog.isVisible(), f"the {kind.__name__} closed")
    await active(desktop)


async def test_tab_reaches_everything_in_every_dialog(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        await active(desktop)
        window, received = desktop.window, desktop.window.received_tab
        await check_dialog(desktop, ProfileDialog, window.sign_in_action.trigger)
        await check_dialog(desktop, QDialog, window.new_fax_action.trigger)  # Ctrl+N
        await check_dialog(desktop, AddressBookDialog, window.address_book_action.trigger)
        await check_dialog(desktop, AboutDialog, window.about_action.trigger)
        await check_dialog(desktop, SecureEmailDialog, window.secure_email_action.trigger)
        window.tabs.setCurrentWidget(received)
        await select_first_row_by_keyboard(received.table)
        await check_dialog(desktop, ForwardDialog, lambda: QTest.keyClick(
            received.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))  # Forward: Ctrl+L
        numbers, clients = window.numbers_tab, window.clients_tab
        window.tabs.setCurrentWidget(numbers)
        await check_dialog(desktop, NumberDialog, lambda: QTest.keyClick(  # New number…: Ctrl+Shift+N
            numbers.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        await select_first_row_by_keyboard(numbers.table)
        await check_dialog(desktop, NumberDialog, lambda: QTest.keyClick(  # Change…: Enter on a number
            numbers.table, Qt.Key.Key_Return))
        window.tabs.setCurrentWidget(clients)
        await check_dialog(desktop, ClientDialog, lambda: QTest.keyClick(  # New client…: Ctrl+Shift+N
            clients.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        await select_first_row_by_keyboard(clients.table)
        await check_dialog(desktop, ClientDialog, lambda: QTest.keyClick(clients.table, Qt.Key.Key_F2))  # Rename…


async def test_tab_reaches_every_control_on_every_page_of_settings(backend: Backend, tmp_path: Path,
                                                                    qapp) -> None:
    from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog

    async with open_desktop(backend, tmp_path) as desktop:
        await active(desktop)
        window = desktop.window
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,
        dialog = await activated(await shown_dialog(SettingsDialog, "Settings"), "Settings active")
        await until(lambda: dialog.focusWidget() is not None, "focus in the dialog")
        bar = dialog.pages.tabBar()
        visited = []
        for index in range(dialog.pages.count()):
            assert dialog.pages.currentIndex() == index
            page = dialog.pages.currentWidget()
            stops = assert_tab_reaches_everything(dialog, bar)
            assert bar in stops and dialog.buttons.buttons()[0] in stops
            if page is dialog.watch_check.parentWidget():  # turned on: the folder's controls too
                dialog.watch_check.setFocus(Qt.FocusReason.TabFocusReason)
                QTest.keyClick(dialog.watch_check, Qt.Key.Key_Space)
                assert dialog.watch_check.isChecked() and dialog.choose_folder_button.isEnabled()
                stops = assert_tab_reaches_everything(dialog, bar)
                assert dialog.watch_folder_edit in stops and dialog.choose_folder_button in stops
            visited.append(dialog.pages.tabText(index))
            for widget in stops:  # a screen reader names each: its own words, or its label's
                named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
                assert widget is bar or named, f"{describe(widget)} has no accessible name"
            QTest.keyClick(bar.focusWidget() or bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert visited == ["Account", "Relay", "Notifications", "Watched folder", "Appearance"]
        assert dialog.pages.currentIndex() == 0, "Ctrl+Tab went round every page"
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        await until(lambda: not dialog.isVisible(), "Settings closed by Esc")
