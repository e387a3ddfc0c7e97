"""The Numbers and Clients tabs against a real sandbox, driven through their controls: a new
number appears in the list and in New fax's From list; a number's live updates and client
change; one click sends its updates to the relay; clients are created (with a new number) and
renamed; a client's received faxes are one click away; a refused number keeps what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.client_dialog import ClientDialog
from medsender_desktop.ui.dialogs.number_dialog import NumberDialog
from tests.gui.helpers import (
    FOUR_PAGES,
    Backend,
    Desktop,
    activated,
    open_desktop,
    press_accept,
    shown_dialog,
    start_backend,
    until,
)
from tests.gui.keyboard import describe, tab_stops
from tests.gui.test_layout import fully_shown


@pytest.fixture(scope="module")
def own_backend(tmp_path_factory: pytest.TempPathFactory, documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox of this module's own: these tests add numbers and clients to the account."""
    with start_backend(tmp_path_factory.mktemp("numbers-backend"), documents, speed="instant") as servers:
        yield servers


def choose(combo: QComboBox, text: str) -> None:
    """Pick the item whose text starts with ``text`` with the arrow keys, as a keyboard user."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        for _ in range(combo.count()):
            if combo.currentText().startswith(text):
                return
            QTest.keyClick(combo, key)
    assert combo.currentText().startswith(text), [combo.itemText(i) for i in range(combo.count())]


def type_into(edit, text: str) -> None:
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


async def open_dialog[D: QDialog](desktop: Desktop, kind: type[D], action) -> D:
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    action.trigger()
    return await activated(await shown_dialog(kind, f"the {kind.__name__}"), "the dialog active")


async def closed(dialog: QDialog) -> None:
    await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), "the dialog closed")


def row_texts(tab, column: int) -> list[str]:
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


async def test_a_new_number_is_listed_and_offered_in_new_fax(own_backend: Backend, tmp_path: Path,
                                                             qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, numbers = desktop.window, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(numbers)
        before = await until(lambda: numbers.model.rowCount(), "numbers listed")
        clients = await desktop.session.clients()
        dialog = await open_dialog(desktop, NumberDialog, numbers.provision_action)
        type_into(dialog.area_edit, "415")
        assert dialog.updates_combo.currentText().startswith("Our relay"), "the relay by default"
        choose(dialog.client_combo, clients[0].name)
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: numbers.model.rowCount() == before + 1, "the new number listed")
        new = numbers.selected_record()
        assert new is not None and fmt.phone(new.number).startswith("(415)")
        assert numbers.detail.value_of("Client") == clients[0].name
        assert numbers.detail.value_of("Live updates go to") == "Our relay"
        assert fmt.phone(new.number) in numbers.note.text()
        async with own_backend.client() as api:  # Medsender has it as shown
            stored = await api.get_fax_number(new.id)
        assert stored.callback_url == own_backend.relay_url + wire.RELAY_CALLBACKS
        assert stored.client is not None and stored.client.client_id == clients[0].client_id
        # New fax, without a restart: the From list offers it
        compose = await open_dialog(desktop, QDialog, window.new_fax_action)
        offered = await until(lambda: [compose.fields.from_combo.itemData(i)
                                       for i in range(compose.fields.from_combo.count())],
                              "the From list", ready=lambda found: new.number in found)
        assert len(offered) == before + 1
        QTest.keyClick(compose, Qt.Key.Key_Escape)
        await closed(compose)
        # Copy number
        numbers.copy_button.click()
        assert QGuiApplication.clipboard().text() == fmt.phone(new.number)


async def test_a_refused_number_keeps_what_was_typed(own_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, numbers = desktop.window, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(numbers)
        before = await until(lambda: numbers.model.rowCount(), "numbers listed")
        dialog = await open_dialog(desktop, NumberDialog, numbers.provision_action)
        area, url = dialog.area_edit, dialog.url_edit
        type_into(area, "41")
        choose(dialog.updates_combo, "Another server")
        type_into(url, "http://updates.example-clinic.org/fax")  # plain http to another computer
        press_accept(dialog)  # refused here, before anything is sent
        errors = dialog.field_errors
        assert "3 digits" in errors["area_code"].text() and errors["area_code"].isVisible()
        assert area.accessibleDescription() == errors["area_code"].text(), "a screen reader says it too"
        assert "https://" in errors["callback_url"].text() and errors["callback_url"].isVisible()
        type_into(url, "https://updates.example-clinic.org/fax")
        assert errors["callback_url"].isHidden(), "the mark follows the typing"
        type_into(area, "999")  # three digits, but no such area code: Medsender refuses it
        choose(dialog.client_combo, "No client")
        press_accept(dialog)
        await until(lambda: errors["area_code"].isVisible(), "Medsender's refusal next to the field")
        assert "not in use" in errors["area_code"].text()
        assert dialog.isVisible() and "marked" in dialog.message.text()
        assert (area.text(), url.text()) == ("999", "https://updates.example-clinic.org/fax")
        assert dialog.updates_combo.currentText().startswith("Another server")
        assert desktop.dialogs.errors == [] and numbers.model.rowCount() == before
        type_into(area, "212")
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: numbers.model.rowCount() == before + 1, "the number listed")
        assert numbers.detail.value_of("Live updates go to") == "Another server: updates.example-clinic.org"
        assert numbers.detail.value_of("Client") == "No client"


async def test_change_a_numbers_updates_and_client_then_back_to_the_relay(
        own_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, numbers = desktop.window, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(numbers)
        await until(lambda: numbers.model.rowCount(), "numbers listed")
        clients = await desktop.session.clients()
        numbers.table.setFocus()
        QTest.keyClick(numbers.table, Qt.Key.Key_Down)
        record = await until(numbers.selected_record, "a number selected")
        other = next(c for c in clients if record.client is None or c.client_id != record.client.client_id)
        assert numbers.relay_button.isVisible()
        dialog = await open_dialog(desktop, NumberDialog, numbers.edit_action)
        choose(dialog.updates_combo, "Not set")
        choose(dialog.client_combo, other.name)
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: numbers.detail.value_of("Client") == other.name, "the new client shown")
        assert numbers.detail.value_of("Live updates go to") == "Not set: the app checks for updates itself"
        assert numbers.selected_record().id == record.id
        async with own_backend.client() as api:
            stored = await api.get_fax_number(record.id)
        assert stored.callback_url is None and stored.client.client_id == other.client_id
        clients_tab = window.clients_tab  # the other side: the client lists the number now
        await until(lambda: any(c.client_id == other.client_id and record.id in {n.id for n in c.fax_numbers}
                                for c in clients_tab.model.records), "the Clients tab updated")
        # one click: back to the relay
        assert numbers.relay_button.isEnabled()
        QTest.mouseClick(numbers.relay_button, Qt.MouseButton.LeftButton)
        await until(lambda: numbers.detail.value_of("Live updates go to") == "Our relay", "the relay shown")
        assert not numbers.relay_button.isEnabled(), "already there"
        async with own_backend.client() as api:
            stored = await api.get_fax_number(record.id)
        assert stored.callback_url == desktop.session.relay_callback_url


async def test_create_rename_and_see_a_clients_received_faxes(own_backend: Backend, tmp_path: Path,
                                                              qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, clients, numbers = desktop.window, desktop.window.clients_tab, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(clients)
        before = await until(lambda: clients.model.rowCount(), "clients listed")
        numbers_before = numbers.model.rowCount()
        dialog = await open_dialog(desktop, ClientDialog, clients.create_action)
        press_accept(dialog)  # no name yet
        assert dialog.field_errors["name"].isVisible() and dialog.isVisible()
        type_into(dialog.name_edit, "Lakeside Pediatrics")
        choose(dialog.number_combo, "A new number")
        type_into(dialog.area_edit, "617")
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: clients.model.rowCount() == before + 1, "the new client listed")
        created = clients.selected_record()
        assert created.name == "Lakeside Pediatrics" and len(created.fax_numbers) == 1
        number = created.fax_numbers[0].number
        assert clients.detail.value_of("Fax numbers") == "1 number:"
        assert clients.numbers_list.text() == fmt.phone(number)
        await until(lambda: numbers.model.rowCount() == numbers_before + 1, "the Numbers tab updated")
        # rename
        dialog = await open_dialog(desktop, ClientDialog, clients.rename_action)
        type_into(dialog.name_edit, "Lakeside Children's Clinic")
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: clients.detail.value_of("Name") == "Lakeside Children's Clinic", "renamed")
        async with own_backend.client() as api:
            assert (await api.get_client(created.client_id)).name == "Lakeside Children's Clinic"
            arrived = await api.simulate_received_fax(FOUR_PAGES, to_number=number,
                                                      from_number="(305) 555-0121")
        received = window.received_tab
        await until(lambda: received.model.row_of(arrived.token) is not None, "the fax received")
        assert received.model.rowCount() > 1, "faxes of other clients too"
        QTest.mouseClick(clients.received_button, Qt.MouseButton.LeftButton)
        assert window.tabs.currentWidget() is received
        await until(lambda: received.model.rowCount() == 1, "only this client's faxes")
        assert received.model.records[0].send_token == arrived.token
        assert received.filter_bar.isVisible()
        assert received.filter_bar.editor("client").currentText() == "Lakeside Children's Clinic"


async def test_without_a_relay_numbers_are_checked_by_the_app(own_backend: Backend, tmp_path: Path,
                                                              qapp) -> None:
    async with open_desktop(own_backend, tmp_path, relay=False) as desktop:
        window, numbers = desktop.window, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(numbers)
        before = await until(lambda: numbers.model.rowCount(), "numbers listed")
        numbers.table.setFocus()
        QTest.keyClick(numbers.table, Qt.Key.Key_Down)
        await until(numbers.selected_record, "a number selected")
        assert numbers.relay_button.isHidden(), "no relay in the profile: no relay button"
        dialog = await open_dialog(desktop, NumberDialog, numbers.provision_action)
        choices = [dialog.updates_combo.itemText(i) for i in range(dialog.updates_combo.count())]
        assert choices == ["Not set: the app checks for updates itself", "Another server…"]
        type_into(dialog.area_edit, "303")
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: numbers.model.rowCount() == before + 1, "the new number listed")
        assert numbers.detail.value_of("Live updates go to") == "Not set: the app checks for updates itself"
        async with own_backend.client() as api:
            assert (await api.get_fax_number(numbers.selected_record().id)).callback_url is None


async def test_actions_are_in_sight_at_1366x768(own_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, numbers, clients = desktop.window, desktop.window.numbers_tab, desktop.window.clients_tab
        window.resize(1229, 691)  # the first-run window on a 1366x768 screen
        for tab, buttons in ((numbers, (numbers.provision_button, numbers.edit_button, numbers.copy_button)),
                             (clients, (clients.create_button, clients.rename_button, clients.received_button))):
            window.tabs.setCurrentWidget(tab)
            await until(lambda tab=tab: tab.model.rowCount(), "the list")
            tab.table.setFocus()
            QTest.keyClick(tab.table, Qt.Key.Key_Down)
            await until(tab.selected_record, "a row selected")
            for button in buttons:
                assert fully_shown(button, window) and button.isEnabled(), f"{button.text()} is out of sight"
        window.tabs.setCurrentWidget(numbers)
        assert numbers.relay_button.isVisible() and numbers.detail.value_of("Live updates go to")


async def test_a_new_clients_refused_number_can_be_tried_again(own_backend: Backend, tmp_path: Path,
                                                                qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, clients = desktop.window, desktop.window.clients_tab
        window.tabs.setCurrentWidget(clients)
        before = await until(lambda: clients.model.rowCount(), "clients listed")
        dialog = await open_dialog(desktop, ClientDialog, clients.create_action)
        type_into(dialog.name_edit, "Harbor View Dialysis")
        choose(dialog.number_combo, "A new number")
        type_into(dialog.area_edit, "999")  # no such area code: the client is made, its number not
        press_accept(dialog)
        await until(lambda: dialog.field_errors["area_code"].isVisible(), "the refusal beside the area code")
        assert "was created, but not its new number" in dialog.message.text()
        assert not dialog.name_edit.isEnabled() and dialog.name_edit.text() == "Harbor View Dialysis"
        type_into(dialog.area_edit, "718")
        press_accept(dialog)
        await closed(dialog)
        await until(lambda: clients.model.rowCount() == before + 1, "one new client, not two")
        created = clients.selected_record()
        assert created.name == "Harbor View Dialysis" and len(created.fax_numbers) == 1
        assert fmt.phone(created.fax_numbers[0].number).startswith("(718)")


async def test_tab_goes_down_the_fields_then_to_the_buttons(own_backend: Backend, tmp_path: Path,
                                                            qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        window, numbers = desktop.window, desktop.window.numbers_tab
        window.tabs.setCurrentWidget(numbers)
        await until(lambda: numbers.model.rowCount(), "numbers listed")
        dialog = await open_dialog(desktop, NumberDialog, numbers.provision_action)
        choose(dialog.updates_combo, "Another server")  # the address field shows
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        stops = tab_stops(dialog.area_edit)
        assert stops == [dialog.area_edit, dialog.updates_combo, dialog.url_edit, dialog.client_combo,
                         dialog.accept_button, cancel], [describe(w) for w in stops]
        QTest.keyClick(dialog.area_edit, Qt.Key.Key_Escape)
        await closed(dialog)
