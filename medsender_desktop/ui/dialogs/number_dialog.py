"""Get a new fax number (area code, where its live updates go, client), or change where an
existing number's live updates go and which client it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from medsender_desktop.api import Client, FaxNumber, NumberRequest, NumberUpdate, validation
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.submit_dialog import DirectoryActions, SubmitDialog, check
from medsender_desktop.ui.models.directory_models import goes_to_relay

RELAY, NOWHERE, OTHER = "relay", "none", "other"


def client_choices(combo: QComboBox, clients: list[Client], none_text: str) -> None:
    combo.addItem(none_text, "")
    for client in sorted(clients, key=lambda c: (c.name or "").lower()):
        combo.addItem(client.name or client.client_id, client.client_id)


class NumberDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None = None, *, actions: DirectoryActions,
                 clients: list[Client], number: FaxNumber | None = None) -> None:
        super().__init__(parent, self.tr("Get number") if number is None else self.tr("Save"))
        self._actions = actions
        self._number = number
        self._relay = actions.relay_callback_url
        self.saved: FaxNumber | None = None
        self.setWindowTitle(self.tr("Get a new fax number") if number is None
                            else self.tr("Change {number}").format(number=fmt.phone(number.number)))
        self.area_edit = QLineEdit(self)
        self.area_edit.setPlaceholderText(self.tr("3 digits, e.g. 415"))
        self.area_edit.setMaxLength(3)
        self.area_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self))
        self.updates_combo = QComboBox(self)
        if self._relay:
            self.updates_combo.addItem(self.tr("Our relay (this app hears at once)"), RELAY)
        self.updates_combo.addItem(self.tr("Not set: the app checks for updates itself"), NOWHERE)
        self.updates_combo.addItem(self.tr("Another server…"), OTHER)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(self.tr("e.g. https://updates.example-clinic.org/medsender"))
        self.updates_help = QLabel(self)
        self.updates_help.setObjectName("hint")
        self.updates_help.setWordWrap(True)
        self.client_combo = QComboBox(self)
        client_choices(self.client_combo, clients, self.tr("No client"))
        if number is None:
            self.add_field(self.tr("Area code:"), self.area_edit, "area_code")
        else:  # the number is what it is: no area code to choose
            self.area_edit.hide()
            shown = QLabel(fmt.phone(number.number), self)
            self.form.addRow(self.tr("Fax number:"), shown)
        self.add_field(self.tr("Live updates go to:"), self.updates_combo)
        self.form.addRow("", self.updates_help)
        self.add_field(self.tr("Server address:"), self.url_edit, "callback_url")
        self.add_field(self.tr("Client:"), self.client_combo, "client_id")
        self._show_current(number)
        self.setMinimumWidth(500)
        for edit in (self.area_edit, self.url_edit):
            edit.textChanged.connect(self.edited)
        self.updates_combo.currentIndexChanged.connect(self.on_updates_combo_changed)
        self.client_combo.currentIndexChanged.connect(self.edited)
        self.on_updates_combo_changed()
        (self.area_edit if number is None else self.updates_combo).setFocus()
        self.order_tabs()

    def _show_current(self, number: FaxNumber | None) -> None:
        if number is None:
            where = RELAY if self._relay else NOWHERE
        elif goes_to_relay(number.callback_url, self._relay):
            where = RELAY
        elif not number.callback_url:
            where = NOWHERE
        else:
            where = OTHER
            self.url_edit.setText(number.callback_url)
        self.updates_combo.setCurrentIndex(max(0, self.updates_combo.findData(where)))
        if number is not None and number.client is not None:
            self.client_combo.setCurrentIndex(max(0, self.client_combo.findData(number.client.client_id)))

    def on_updates_combo_changed(self, *args: object) -> None:
        where = self.updates_combo.currentData()
        self.form.setRowVisible(self.url_edit, where == OTHER)  # an address only for another server
        self.url_edit.setEnabled(where == OTHER)
        self.updates_help.setText({
            RELAY: self.tr("New faxes and delivery news reach this app within seconds."),
            NOWHERE: self.tr("This app asks Medsender for news every few seconds; no other "
                             "server receives it."),
            OTHER: self.tr("Medsender sends the news, patient details included, to that "
                           "server. Use only a server your practice runs."),
        }[where])
        self.edited()

    # --- what is asked ----------------------------------------------------------------------------
    def callback_url(self) -> str:
        """The address chosen ("" = none)."""
        where = self.updates_combo.currentData()
        if where == RELAY:
            return self._relay
        return self.url_edit.text().strip() if where == OTHER else ""

    def client_id(self) -> str:
        return str(self.client_combo.currentData() or "")

    def problems(self) -> dict[str, str]:
        found = {}
        if self._number is None:
            problem = check(lambda: validation.validate_area_code(self.area_edit.text()))
            if problem:
                found["area_code"] = problem
        if self.updates_combo.currentData() == OTHER:
            problem = check(lambda: validation.validate_callback_url(self.url_edit.text()))
            if problem:
                found["callback_url"] = problem
        return found

    def request(self) -> NumberRequest | NumberUpdate | None:
        """What Medsender is asked (None: an existing number left as it was)."""
        if self._number is None:
            return NumberRequest(self.area_edit.text().strip(), self.callback_url() or None,
                                 self.client_id() or None)
        old_client = self._number.client.client_id if self._number.client else ""
        url = self.callback_url()
        update = NumberUpdate(self._number.id,
                              url if url != (self._number.callback_url or "") else None,
                              self.client_id() if self.client_id() != old_client else None)
        return None if update.callback_url is None and update.client_id is None else update

    async def submit(self) -> None:
        request = self.request()
        if isinstance(request, NumberRequest):
            self.show_progress(self.tr("Getting your new number…"))
            self.saved = await self._actions.provision_number(request)
        elif isinstance(request, NumberUpdate):
            self.show_progress(self.tr("Saving…"))
            self.saved = await self._actions.update_number(request)
        self.show_progress("")
