"""Sign in, see the demo data in Sent and Received, search and filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from medsender_desktop.api import SentFax
from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog
from medsender_desktop.ui.models.received_model import ReceivedColumn
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.models.sent_model import SentColumn
from tests.gui.helpers import Backend, click, open_desktop
from tests.waiting import until


def column_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


async def test_demo_data_in_both_tabs(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        sent, received = window.sent_tab, window.received_tab
        await until(lambda: sent.model.rowCount() > 20 and received.model.rowCount() > 20, "demo data")
        statuses = set(column_texts(sent.table, SentColumn.STATUS))
        assert {"Delivered", "Failed"} <= statuses
        assert all(column_texts(sent.table, SentColumn.SENT_AT))
        # newest first
        moments = [sent.proxy.index(r, 0).data(RECORD_ROLE).sent_at for r in range(sent.proxy.rowCount())]
        assert moments == sorted(moments, reverse=True)
        assert all(column_texts(received.table, ReceivedColumn.FROM))
        assert any(column_texts(received.table, ReceivedColumn.CLASSIFICATION)), "AI columns are filled"
        assert window.status.profile_label.text() == "Profile: Main Street Clinic"
        assert window.status.connection_label.text() == "Online"
        await until(lambda: window.status.relay_label.text() == "Live updates: on", "relay connected")
        # numbers and clients tabs list the account's real numbers and clients
        await until(lambda: window.numbers_tab.model.rowCount() == 3, "fax numbers")
        assert window.clients_tab.model.rowCount() >= 1
        assert not desktop.dialogs.errors


async def test_selecting_a_failed_fax_explains_it(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        sent = desktop.window.sent_tab
        await until(lambda: sent.model.rowCount() > 0, "sent list")
        failed_row = next(r for r in range(sent.proxy.rowCount())
                          if sent.proxy.index(r, SentColumn.STATUS).data() == "Failed")
        index = sent.proxy.index(failed_row, SentColumn.STATUS)
        sent.table.scrollTo(index)
        QTest.mouseClick(sent.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=sent.table.visualRect(index).center())  # the user clicks the row
        record = sent.selected_record()
        assert isinstance(record, SentFax) and record.error_text
        assert sent.detail.error_label.text() == record.error_text
        assert sent.detail.value_of("Reference") == record.send_token
        assert sent.attempts.count() == len(record.attempts) == 5
        await click(sent.open_link_button, "SentTab.on_open_link_button_clicked")
        assert desktop.dialogs.opened_urls and desktop.dialogs.opened_urls[-1].startswith(desktop.backend.sandbox.url)


async def test_local_search_and_server_filters(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        sent = desktop.window.sent_tab
        await until(lambda: sent.model.rowCount() > 20, "sent list")
        total = sent.model.rowCount()
        first: SentFax = next(r for r in _shown(sent) if r.patient_name and r.to_number)
        # instant local search: by patient name, and by the bare digits of a number
        sent.search_edit.setText(first.patient_name or "")
        assert 0 < sent.proxy.rowCount() < total
        assert all(first.patient_name in (r.patient_name or "") for r in _shown(sent))
        digits = "".join(ch for ch in first.to_number or "" if ch.isdigit())[-10:]
        sent.search_edit.setText(digits)
        assert all(r.to_number == first.to_number for r in _shown(sent))
        sent.search_edit.clear()
        assert sent.proxy.rowCount() == total
        # the docs' filters ask the server (here: by recipient number)
        sent.filter_bar.set_value("to_number", first.to_number or "")
        await click(sent.filter_bar.apply_button, "RecordTab.on_filter_bar_apply_requested")
        assert 0 < sent.model.rowCount() < total
        assert {r.to_number for r in sent.model.records} == {first.to_number}
        # a bad date is refused with a clear message, the list stays as it was
        sent.filter_bar.set_value("date_start", "yesterday")
        await click(sent.filter_bar.apply_button, "RecordTab.on_filter_bar_apply_requested")
        assert desktop.dialogs.errors[-1].startswith("The date must be written as YYYY-MM-DD")
        assert sent.filter_bar.isEnabled()
        QTest.mouseClick(sent.filter_bar.clear_button, Qt.MouseButton.LeftButton)
        await until(lambda: sent.model.rowCount() >= total, "all records again")


def _shown(tab) -> list:
    return [tab.proxy.index(r, 0).data(RECORD_ROLE) for r in range(tab.proxy.rowCount())]


async def test_first_run_sign_in_through_the_dialog(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path, sign_in=False) as desktop:
        tested: list[str] = []

        async def fill_and_test(dialog: ProfileDialog) -> int:
            dialog.name_edit.setText("Riverside")
            dialog.api_key_edit.setText("sk_test_wrong")
            dialog.secret_edit.setText("nope")
            dialog.base_url_edit.setText(backend.api_url)
            await click(dialog.test_button, "ProfileFields.on_test_button_clicked")
            tested.append(dialog.result_label.text())
            dialog.api_key_edit.setText(backend.api_key)
            dialog.secret_edit.setText(backend.client_secret)
            dialog.relay_url_edit.setText(backend.relay_url)
            dialog.relay_token_edit.setText(backend.relay_token)
            await click(dialog.test_button, "ProfileFields.on_test_button_clicked")
            tested.append(dialog.result_label.text())
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(fill_and_test)
        await desktop.controller.start()
        assert "did not accept the API key" in tested[0]
        assert tested[1].startswith("✔ Connected to Medsender with test keys")
        assert "relay is reachable" in tested[1]
        session = desktop.session
        assert session.profile.name == "Riverside"
        # the keys went to the keyring, never to the settings file
        settings_text = desktop.controller.app.settings.path.read_text()
        assert backend.api_key not in settings_text and backend.client_secret not in settings_text
        assert desktop.controller.app.profiles.secrets(session.profile).api_key == backend.api_key
        await until(lambda: desktop.window.sent_tab.model.rowCount() > 0, "sent list")


async def test_window_layout_is_remembered(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.resize(777, 555)  # within the offscreen screen (800x600)
        window.sent_tab.table.setColumnWidth(SentColumn.PATIENT, 321)
        window.show_tab("received")
    async with open_desktop(backend, tmp_path) as again:
        window = again.window
        assert window.tabs.currentWidget() is window.received_tab
        assert window.sent_tab.table.columnWidth(SentColumn.PATIENT) == 321
        assert window.size().width() == 777


def test_tab_order_and_shortcuts(qapp, tmp_path: Path) -> None:
    from medsender_desktop.documents import DocumentWorker
    from medsender_desktop.services.settings import SettingsStore
    from medsender_desktop.ui.main_window import MainWindow
    from tests.gui.helpers import RecordingDialogs, RecordingNotifier

    with DocumentWorker() as worker:
        window = MainWindow(settings=SettingsStore(tmp_path), dialogs=RecordingDialogs(),
                            notifier=RecordingNotifier(), documents=worker)
        assert [window.tabs.tabText(i) for i in range(5)] == ["Sent", "Received", "Numbers", "Clients", "AI"]
        assert window.new_fax_action.shortcut().toString() == "Ctrl+N"
        assert window.refresh_action.shortcut().toString() == "F5"
        assert window.search_action.shortcut().toString() == "Ctrl+F"
        assert not window.new_fax_action.isEnabled()  # signed out
        window.show_tab("received")
        window.search_action.trigger()
        assert window.received_tab.search_edit.hasFocus() or not window.isActiveWindow()
        window.close()
        window.deleteLater()
