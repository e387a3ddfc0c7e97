"""The Numbers tab: every fax number of the account, its client, and where its live updates
(Medsender's callbacks) go, in words; get a new number, change one, send its updates to the
profile's relay in one click, copy it."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from medsender_desktop.api import FaxNumber, NumberUpdate
from medsender_desktop.services.session import Session
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.directory_models import (
    FaxNumberTableModel,
    NumberColumn,
    client_name,
    goes_to_relay,
    updates_place,
)
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.tabs.directory_base import DirectoryTab
from medsender_desktop.ui.widgets.action_bar import tab_action


class NumbersTab(DirectoryTab[FaxNumber]):
    model: FaxNumberTableModel

    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, FaxNumberTableModel(), NumberColumn.NUMBER,
                         self.tr("Select a number to see where its live updates go and to change it."),
                         parent)
        self._relay = ""  # the profile's relay address for callbacks ("" = none)
        self.table.setObjectName("numbersTable")
        self.table.setAccessibleName(self.tr("Fax numbers"))
        self.search_edit.setPlaceholderText(self.tr("Search numbers (number, client…)  Ctrl+F"))
        self.search_edit.setAccessibleName(self.tr("Search numbers"))
        self.provision_action = tab_action(self, self.tr("New number…"),
                                           self.tr("Get a new fax number in the area code you choose"),
                                           "Ctrl+Shift+N")
        self.provision_button = self.top_bar.add(self.provision_action)
        self.edit_action = tab_action(self, self.tr("Change…"),
                                      self.tr("Change where this number's live updates go, or its client"),
                                      "Ctrl+E")
        self.copy_action = tab_action(self, self.tr("Copy number"),
                                      self.tr("Copy this number, to paste it elsewhere"), "Ctrl+Shift+C")
        self.edit_button = self.action_bar.add(self.edit_action)
        self.copy_button = self.action_bar.add(self.copy_action)
        self.action_bar.add_stretch()
        self.meaning = QLabel(self.detail)  # what the place means for this app, in a sentence
        self.meaning.setObjectName("hint")
        self.meaning.setWordWrap(True)
        self.detail.add_widget(self.meaning)
        self.relay_button = QPushButton(self.tr("Send this number's live updates to our relay"), self.detail)
        self.relay_button.setToolTip(self.tr("New faxes on this number and their news then reach "
                                             "this app within seconds"))
        self.relay_button.setAccessibleName(self.tr("Send this number's live updates to our relay"))
        self.detail.add_widget(self.relay_button)
        self._lay_out()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.provision_action.triggered.connect(self.on_provision_action_triggered)
        self.edit_action.triggered.connect(self.on_edit_action_triggered)
        self.copy_action.triggered.connect(self.on_copy_action_triggered)
        self.relay_button.clicked.connect(self.on_relay_button_clicked)
        self.table.activated.connect(self.edit_action.trigger)  # Enter or a double-click

    def set_session(self, bridge: SessionBridge | None) -> None:
        self._relay = bridge.session.relay_callback_url if bridge is not None else ""
        self.model.set_relay_url(self._relay)
        super().set_session(bridge)
        self.provision_action.setEnabled(bridge is not None)

    async def _fetch(self, session: Session) -> list[FaxNumber]:
        return await session.fax_numbers(refresh=True)

    def count_text(self, count: int) -> str:
        return self.tr("1 fax number") if count == 1 else self.tr("{count} fax numbers").format(count=count)

    # --- details --------------------------------------------------------------------------------------
    def show_record(self, record: FaxNumber | None) -> None:
        for action in (self.edit_action, self.copy_action):
            action.setEnabled(record is not None)
        self.relay_button.setVisible(bool(self._relay) and record is not None)
        self.meaning.setVisible(record is not None)
        if record is None:
            self.detail.show_empty()
            return
        at_relay = goes_to_relay(record.callback_url, self._relay)
        self.relay_button.setEnabled(not at_relay)
        self.relay_button.setText(self.tr("✓ Its live updates already go to our relay") if at_relay
                                  else self.tr("Send this number's live updates to our relay"))
        place = updates_place(record.callback_url, self._relay)
        self.detail.show_fields(fmt.phone(record.number), [
            (self.tr("Fax number"), fmt.phone(record.number)),
            (self.tr("Client"), client_name(record)),
            (self.tr("Live updates go to"), place),
        ])
        self.meaning.setText(self._meaning(record))

    def _meaning(self, record: FaxNumber) -> str:
        if goes_to_relay(record.callback_url, self._relay):
            return self.tr("New faxes and their news reach this app within seconds.")
        if not record.callback_url:
            return self.tr("This app asks Medsender for news every few seconds.")
        return self.tr("Another server gets the news; this app asks Medsender itself.")

    # --- actions ------------------------------------------------------------------------------------------
    @guarded_slot()
    async def on_provision_action_triggered(self) -> None:
        number = await self._number_dialog(self.provision_action, None)
        if number is not None:
            await self._after_change(self.tr("Your new number {number} is ready: it can send and "
                                             "receive faxes now.").format(number=fmt.phone(number.number)),
                                     number.id)

    @guarded_slot()
    async def on_edit_action_triggered(self) -> None:
        record = self.selected_record()
        number = await self._number_dialog(self.edit_action, record) if record is not None else None
        if number is not None:
            await self._after_change(self.tr("Saved the changes to {number}.").format(
                number=fmt.phone(number.number)), number.id)

    async def _number_dialog(self, action: QAction, number: FaxNumber | None) -> FaxNumber | None:
        """The number dialog (a new number, or ``number`` changed); what Medsender saved."""
        session = self._session
        if session is None:
            return None
        action.setEnabled(False)  # once at a time
        try:
            dialog = self._dialogs.number_dialog(self, actions=session, clients=await session.clients(),
                                                 number=number)
            await self._dialogs.run(dialog)
            saved: FaxNumber | None = dialog.saved
            return saved
        finally:
            self.show_record(self.selected_record())  # the actions as they were
            self.provision_action.setEnabled(self._session is not None)

    @guarded_slot()
    async def on_relay_button_clicked(self) -> None:
        record, session = self.selected_record(), self._session
        if record is None or session is None or not self._relay:
            return
        self.relay_button.setEnabled(False)
        try:
            await session.update_number(NumberUpdate(record.id, callback_url=self._relay))
        except BaseException:
            self.show_record(self.selected_record())
            raise
        await self._after_change(self.tr("Live updates for {number} now go to our relay.").format(
            number=fmt.phone(record.number)), record.id)

    def on_copy_action_triggered(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        QGuiApplication.clipboard().setText(fmt.phone(record.number))
        self.note.setText(self.tr("Copied {number}.").format(number=fmt.phone(record.number)))
