"""The Clients tab: the practice's clients (sites) with their fax numbers; create one (with a
new number, or one of the account's numbers), rename it, see the faxes it received."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from medsender_desktop.api import Client
from medsender_desktop.services.session import Session
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.directory_models import ClientColumn, ClientTableModel
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.tabs.directory_base import DirectoryTab
from medsender_desktop.ui.widgets.action_bar import tab_action


class ClientsTab(DirectoryTab[Client]):
    received_requested = Signal(str)  #: client id: show the faxes that arrived for it

    model: ClientTableModel

    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, ClientTableModel(), ClientColumn.NAME,
                         self.tr("Select a client to see its numbers, rename it or see the faxes "
                                 "it received."), parent)
        self.table.setObjectName("clientsTable")
        self.table.setAccessibleName(self.tr("Clients"))
        self.search_edit.setPlaceholderText(self.tr("Search clients (name, number…)  Ctrl+F"))
        self.search_edit.setAccessibleName(self.tr("Search clients"))
        self.create_action = tab_action(self, self.tr("New client…"),
                                        self.tr("Add a client (a site of the practice), with a fax "
                                                "number if you like"), "Ctrl+Shift+N")
        self.create_button = self.top_bar.add(self.create_action)
        self.rename_action = tab_action(self, self.tr("Rename…"), self.tr("Give this client another name"),
                                        "F2")
        self.received_action = tab_action(self, self.tr("Show received faxes"),
                                          self.tr("The Received tab, showing only the faxes that "
                                                  "arrived for this client"), "Ctrl+R")
        self.numbers_list = QLabel(self.detail)  # one number a line, under the fields
        self.numbers_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers_list.setAccessibleName(self.tr("This client's fax numbers"))
        self.detail.add_widget(self.numbers_list)
        self.rename_button = self.action_bar.add(self.rename_action)
        self.received_button = self.action_bar.add(self.received_action)
        self.action_bar.add_stretch()
        self._lay_out()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.create_action.triggered.connect(self.on_create_action_triggered)
        self.rename_action.triggered.connect(self.on_rename_action_triggered)
        self.received_action.triggered.connect(self.on_received_action_triggered)
        self.table.activated.connect(self.received_action.trigger)  # Enter or a double-click

    def set_session(self, bridge: SessionBridge | None) -> None:
        super().set_session(bridge)
        self.create_action.setEnabled(bridge is not None)

    async def _fetch(self, session: Session) -> list[Client]:
        return await session.clients()

    def count_text(self, count: int) -> str:
        return self.tr("1 client") if count == 1 else self.tr("{count} clients").format(count=count)

    def show_record(self, record: Client | None) -> None:
        for action in (self.rename_action, self.received_action):
            action.setEnabled(record is not None)
        self.numbers_list.setVisible(record is not None and bool(record.fax_numbers))
        if record is None:
            self.detail.show_empty()
            return
        count = len(record.fax_numbers)
        name = record.name or self.tr("Unnamed client")
        self.detail.show_fields(name, [
            (self.tr("Name"), name),
            (self.tr("Fax numbers"), self.tr("None yet: give it one in the Numbers tab (Change…)")
             if not count else self.tr("1 number:") if count == 1
             else self.tr("{count} numbers:").format(count=count)),
        ])
        self.numbers_list.setText("\n".join(fmt.phone(n.number) for n in record.fax_numbers))

    # --- actions ------------------------------------------------------------------------------------------
    @guarded_slot()
    async def on_create_action_triggered(self) -> None:
        session = self._session
        if session is None:
            return
        self.create_action.setEnabled(False)
        try:
            numbers = await session.fax_numbers(refresh=True)
            dialog = self._dialogs.client_dialog(self, actions=session, numbers=numbers)
            await self._dialogs.run(dialog)
            client, number = dialog.saved, dialog.number
        finally:
            self.create_action.setEnabled(self._session is not None)
        if client is None:
            return
        note = (self.tr("{name} was created.") if number is None else
                self.tr("{name} was created, with the new number {number}."))
        await self._after_change(note.format(name=client.name or "",
                                             number=fmt.phone(number.number if number else "")),
                                 client.client_id)

    @guarded_slot()
    async def on_rename_action_triggered(self) -> None:
        record, session = self.selected_record(), self._session
        if record is None or session is None:
            return
        dialog = self._dialogs.client_dialog(self, actions=session, client=record)
        accepted = await self._dialogs.run(dialog)
        renamed = dialog.saved
        if accepted and renamed is not None:
            await self._after_change(self.tr("Renamed to {name}.").format(name=renamed.name or ""),
                                     renamed.client_id)

    def on_received_action_triggered(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.received_requested.emit(record.client_id)
