"""Settings (Ctrl+,), used as a person does: colours, notifications, the profile in use and
its relay token (to the keychain only), all applied on Save without a restart; and the tray
icon's menu (Show window, New fax, Pause/Resume notifications, Quit)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog

from medsender_desktop.services.credentials import CredentialStore
from medsender_desktop.ui.dialogs import settings_dialog
from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog
from medsender_desktop.ui.icons import app_icon, status_icon
from medsender_desktop.ui.notifier import TrayNotifier
from medsender_desktop.ui.theme import DARK, LIGHT, colors
from tests.gui.helpers import (
    Backend,
    Desktop,
    open_desktop,
    press_accept,
    receive_a_fax,
    shown_dialog,
    slot_running,
    until,
)


async def open_settings(desktop: Desktop) -> SettingsDialog:
    window = desktop.window
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    window.activateWindow()
    await until(window.isActiveWindow, "the main window active")
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,
    return await shown_dialog(SettingsDialog, "Settings")


async def save(desktop: Desktop, dialog: SettingsDialog) -> None:
    press_accept(dialog)
    await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), "Settings saved and closed")
    await until(lambda: not slot_running("AppController.on_window_settings_requested"), "the choices applied")


def click_box(box: QCheckBox) -> None:
    """Click a check box on its square (its middle may be empty space beyond its words)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, box.height() // 2))


def dot_color(tone: str) -> str:
    image = status_icon(tone).pixmap(QSize(16, 16)).toImage()
    return image.pixelColor(8, 8).name()


async def test_dark_chosen_in_settings_applies_at_once_and_is_remembered(backend: Backend, tmp_path: Path,
                                                                           qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        assert colors() is LIGHT  # offscreen the computer has no dark scheme: "Same as this computer"
        light_dot = dot_color("ok")
        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(dialog.pages.indexOf(dialog.theme_combo.parentWidget()))
        dialog.theme_combo.setFocus()
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # the last choice: Dark
        assert dialog.theme_combo.currentText() == "Dark"
        await save(desktop, dialog)

        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == DARK.window
        assert palette.color(QPalette.ColorRole.Base).name() == DARK.base
        assert colors() is DARK and DARK.banner_offline in qapp.styleSheet()
        assert dot_color("ok") != light_dot and dot_color("ok") == DARK.ok
        settings = json.loads(desktop.controller.app.settings.path.read_text())
        assert settings["preferences"]["theme"] == "dark"

        dialog = await open_settings(desktop)  # back to the computer's choice
        assert dialog.theme_combo.currentData() == "dark"
        dialog.theme_combo.setFocus()
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_Home)
        await save(desktop, dialog)
        assert colors() is LIGHT and QApplication.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


async def test_notifications_follow_the_settings_and_the_tray_menu(backend: Backend, tmp_path: Path,
                                                                   qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        notifier, window = desktop.notifier, desktop.window
        status: list[str] = []
        window.status.messageChanged.connect(status.append)

        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(2)
        assert dialog.notify_received_check.isChecked() and dialog.notify_failed_check.isChecked()
        click_box(dialog.notify_received_check)  # off
        await save(desktop, dialog)
        assert not desktop.controller.app.settings.preferences().notify_received

        await receive_a_fax(desktop)
        await until(lambda: any(m.startswith("New fax received") for m in status), "the status bar's word")
        assert notifier.messages == [], "turned off: no notification"

        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(2)
        click_box(dialog.notify_received_check)  # on again
        await save(desktop, dialog)
        assert notifier.pause_action.text() == "Pause notifications"
        notifier.pause_action.trigger()  # the tray menu
        assert notifier.paused and notifier.pause_action.text() == "Resume notifications"
        window.status.clearMessage()
        status.clear()
        await receive_a_fax(desktop)
        await until(lambda: any(m.startswith("New fax received") for m in status), "the second fax")
        assert notifier.messages == [], "paused: no notification"

        notifier.pause_action.trigger()  # Resume
        assert not notifier.paused
        status.clear()
        token = await receive_a_fax(desktop)
        await until(lambda: notifier.messages, "the notification")
        assert notifier.messages[-1][0] == "New fax received" and notifier.messages[-1][2] == token


async def test_the_profile_and_relay_token_change_in_settings(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        first = desktop.session
        dialog = await open_settings(desktop)
        assert dialog.pages.currentWidget() is dialog.fields.account
        assert dialog.fields.api_key_edit.text() == backend.api_key  # from the keychain
        dialog.fields.name_edit.selectAll()
        QTest.keyClicks(dialog.fields.name_edit, "Harbor Pediatrics")
        dialog.pages.setCurrentWidget(dialog.fields.relay)
        dialog.fields.relay_token_edit.clear()
        press_accept(dialog)  # a relay address without its token: refused, on the relay's page
        assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.fields.relay
        assert dialog.problem_label.text() == "Enter the relay token, or leave the relay address empty."
        QTest.keyClicks(dialog.fields.relay_token_edit, backend.relay_token)
        await save(desktop, dialog)
        await until(lambda: desktop.controller.session is not None and desktop.session is not first
                    and desktop.session.sync.loaded, "signed in again with the new name")
        assert desktop.session.profile.name == "Harbor Pediatrics"
        assert desktop.window.status.profile_label.text() == "Profile: Harbor Pediatrics"
        text = desktop.controller.app.settings.path.read_text()
        assert "Harbor Pediatrics" in text and backend.relay_token not in text and backend.api_key not in text
        stored = CredentialStore().load(desktop.session.profile.id)
        assert stored is not None and stored.relay_token == backend.relay_token


async def test_the_watched_folder_needs_a_folder_that_exists(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(3)
        assert not dialog.watch_check.isChecked() and not dialog.choose_folder_button.isEnabled()
        click_box(dialog.watch_check)
        assert dialog.choose_folder_button.isEnabled()
        press_accept(dialog)
        assert dialog.isVisible() and "Choose the folder to watch" in dialog.problem_label.text()
        folder = tmp_path / "EHR print"
        folder.mkdir()

        def choose(file_dialog: QDialog) -> int:
            file_dialog.selectFile(str(folder))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(choose)
        QTest.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.watch_folder_edit.text() == str(folder), "the folder chosen")
        await save(desktop, dialog)
        chosen = desktop.controller.app.settings.preferences()
        assert chosen.watch_enabled and Path(chosen.watch_folder) == folder


def type_folder(dialog: SettingsDialog, text: str) -> None:
    dialog.watch_folder_edit.selectAll()
    QTest.keyClick(dialog.watch_folder_edit, Qt.Key.Key_Delete)
    QTest.keyClicks(dialog.watch_folder_edit, text)


async def test_a_typed_watched_folder_must_be_a_full_path_and_is_checked_off_the_ui_thread(
        backend: Backend, tmp_path: Path, qapp, monkeypatch) -> None:
    share_answers = threading.Event()

    def dead_share(folder: str) -> bool:  # a network share that stopped answering
        share_answers.wait(30)
        return False

    async with open_desktop(backend, tmp_path) as desktop:
        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(3)
        click_box(dialog.watch_check)
        type_folder(dialog, "EHR print")
        press_accept(dialog)
        assert dialog.isVisible() and "Choose a full folder path" in dialog.watch_problem_label.text()
        assert not desktop.controller.app.settings.preferences().watch_enabled

        type_folder(dialog, str(tmp_path / "gone"))
        press_accept(dialog)
        await until(lambda: "cannot be found" in dialog.watch_problem_label.text(), "a missing folder refused")
        assert dialog.isVisible() and dialog.buttons.isEnabled()

        monkeypatch.setattr(settings_dialog, "FOLDER_CHECK_SECONDS", 0.3)
        monkeypatch.setattr(settings_dialog, "_is_folder", dead_share)
        type_folder(dialog, str(tmp_path / "share"))
        press_accept(dialog)
        await until(lambda: "does not answer" in dialog.watch_problem_label.text(), "a silent folder refused")
        share_answers.set()
        assert dialog.isVisible() and dialog.buttons.isEnabled()
        monkeypatch.undo()

        folder = tmp_path / "EHR print"
        folder.mkdir()
        type_folder(dialog, str(folder))
        await save(desktop, dialog)
        chosen = desktop.controller.app.settings.preferences()
        assert chosen.watch_enabled and Path(chosen.watch_folder) == folder


async def test_the_tray_menu_shows_the_window_opens_a_new_fax_and_quits(backend: Backend, tmp_path: Path,
                                                                         qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        notifier, window = desktop.notifier, desktop.window
        assert [a.text() for a in notifier.menu.actions() if not a.isSeparator()] == [
            "Show window", "New fax", "Pause notifications", "Quit"]
        assert all(not a.icon().isNull() for a in notifier.menu.actions() if not a.isSeparator())
        window.showMinimized()
        await until(window.isMinimized, "the window minimized")
        notifier.show_action.trigger()
        await until(lambda: not window.isMinimized() and window.isVisible(), "the window shown")

        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        notifier.new_fax_action.trigger()
        compose = await shown_dialog(QDialog, "the New fax dialog")
        assert compose.windowTitle() == "New fax"
        compose.reject()
        await until(window.new_fax_action.isEnabled, "New fax closed")

        closed = desktop.controller.wait_closed()
        notifier.quit_action.trigger()
        await until(lambda: not window.isVisible(), "the window closed by Quit")
        await closed  # the app's main() then shuts down in order


def test_the_tray_icon_appears_only_where_there_is_a_tray(qapp) -> None:
    without = TrayNotifier(tray_available=lambda: False)  # offscreen, some Linux desktops
    assert without.tray is None and not without.available
    shown: list[bool] = []
    without.show_window_requested.connect(lambda: shown.append(True))
    without.show_action.trigger()
    assert shown == [True], "the menu works the same without a tray"
    without.notify("New fax received", "2 pages.", "tok")  # nowhere to show it: no error
    without.close()

    with_tray = TrayNotifier(app_icon(), tray_available=lambda: True)
    try:
        assert with_tray.tray is not None and with_tray.tray.contextMenu() is with_tray.menu
        assert with_tray.tray.toolTip() == "Medsender Desktop" and not with_tray.tray.icon().isNull()
        clicked: list[str] = []
        with_tray.clicked.connect(clicked.append)
        with_tray.notify("New fax received", "2 pages.", "tok-1")
        with_tray.tray.messageClicked.emit()  # the balloon clicked
        assert clicked == ["tok-1"]
    finally:
        with_tray.close()
    assert with_tray.tray is None


async def test_failed_fax_notifications_turned_off_stay_in_the_status_bar(backend: Backend, tmp_path: Path,
                                                                          qapp) -> None:
    from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
    from tests.gui.helpers import drop_files
    from tests.paths import CORPUS

    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        status: list[str] = []
        window.status.messageChanged.connect(status.append)
        dialog = await open_settings(desktop)
        dialog.pages.setCurrentIndex(2)
        click_box(dialog.notify_failed_check)  # off
        await save(desktop, dialog)

        async def send_to_a_busy_line(compose: NewFaxDialog) -> int:
            compose.open()
            await until(lambda: compose.pages.page_count == 1 and not compose.pages.loading
                        and compose.fields.from_combo.count() > 0, "the dropped document")
            QTest.keyClicks(compose.fields.to_edit, "(212) 554-0000")  # the sandbox's busy line
            QTest.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
            await until(lambda: compose.result() != 0, "the dialog accepted")
            return compose.result()

        desktop.dialogs.answers.append(send_to_a_busy_line)
        assert drop_files(window, [CORPUS / "minimal-document.pdf"])
        await until(lambda: any(m.startswith("Fax not delivered") for m in status), "the status bar's word", 30)
        assert not [m for m in desktop.notifier.messages if m[0] == "Fax not delivered"], "turned off"


async def test_cancel_changes_nothing(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        before = desktop.controller.app.settings.preferences()
        session = desktop.session
        dialog = await open_settings(desktop)
        dialog.fields.name_edit.selectAll()
        QTest.keyClicks(dialog.fields.name_edit, "Somewhere Else")
        dialog.pages.setCurrentIndex(dialog.pages.count() - 1)
        dialog.theme_combo.setFocus()
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_End)  # Dark…
        QTest.keyClick(dialog.theme_combo, Qt.Key.Key_Escape)  # …then Esc: Cancel
        await until(lambda: not dialog.isVisible(), "Settings closed")
        await until(lambda: not slot_running("AppController.on_window_settings_requested"), "done")
        assert colors() is LIGHT and desktop.controller.app.settings.preferences() == before
        assert desktop.session is session and session.profile.name == "Main Street Clinic"
