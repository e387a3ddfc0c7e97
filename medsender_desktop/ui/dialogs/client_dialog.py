"""Create a client (a site of the practice), optionally with a fax number: a new one in an
area code, or one of the account's numbers moved to it; or rename a client."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from medsender_desktop.api import Client, ClientRequest, FaxNumber, NumberRequest, validation
from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.submit_dialog import DirectoryActions, SubmitDialog, check
from medsender_desktop.ui.models.directory_models import client_name

NEW_NUMBER = "new"
NAME_LIMIT = 200


class ClientDialog(SubmitDialog):
    def __init__(self, parent: QWidget | None = None, *, actions: DirectoryActions,
                 client: Client | None = None, numbers: list[FaxNumber] | None = None) -> None:
        super().__init__(parent, self.tr("Create") if client is None else self.tr("Rename"))
        self._actions = actions
        self._client = client
        self.saved: Client | None = client if client is not None else None
        self._created = False  # this dialog created the client (a new number may still be due)
        self.number: FaxNumber | None = None
        self.setWindowTitle(self.tr("New client") if client is None
                            else self.tr("Rename {name}").format(name=client.name or ""))
        self.name_edit = QLineEdit(client.name or "" if client else "", self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Riverside Family Medicine"))
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.add_field(self.tr("Name:"), self.name_edit, "name")
        self.number_combo = QComboBox(self)
        self.area_edit = QLineEdit(self)
        self.area_edit.setPlaceholderText(self.tr("3 digits, e.g. 415"))
        self.area_edit.setMaxLength(3)
        self.area_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self))
        if client is None:
            self.number_combo.addItem(self.tr("None for now"), "")
            self.number_combo.addItem(self.tr("A new number…"), NEW_NUMBER)
            for number in numbers or []:
                self.number_combo.addItem(
                    self.tr("Move {number} here (now: {client})").format(
                        number=fmt.phone(number.number), client=client_name(number)), number.id)
            self.add_field(self.tr("Fax number:"), self.number_combo, "fax_number_id")
            self.add_field(self.tr("Area code:"), self.area_edit, "area_code",
                           accessible_name=self.tr("Area code of the new number"))
            self.area_help = QLabel(self.tr("Its live updates go to our relay.")
                                    if actions.relay_callback_url else
                                    self.tr("Live updates not set: the app checks for updates itself."), self)
            self.area_help.setObjectName("hint")
            self.area_help.setWordWrap(True)
            self.form.addRow("", self.area_help)
            self.number_combo.currentIndexChanged.connect(self.on_number_combo_changed)
            self.area_edit.textChanged.connect(self.edited)
            self.on_number_combo_changed()
        else:  # renaming: the name only
            for unused in (self.number_combo, self.area_edit):
                unused.hide()
        self.name_edit.textChanged.connect(self.edited)
        self.setMinimumWidth(480)
        self.name_edit.setFocus()
        self.order_tabs()

    def on_number_combo_changed(self, *args: object) -> None:
        new = self.number_combo.currentData() == NEW_NUMBER
        self.form.setRowVisible(self.area_edit, new)  # an area code only for a new number
        self.form.setRowVisible(self.area_help, new)
        self.area_edit.setEnabled(new)
        self.edited()

    def problems(self) -> dict[str, str]:
        found = {}
        if not self.name_edit.text().strip():
            found["name"] = self.tr("Enter a name for the client, e.g. the site's name.")
        if self._client is None and self.number_combo.currentData() == NEW_NUMBER:
            problem = check(lambda: validation.validate_area_code(self.area_edit.text()))
            if problem:
                found["area_code"] = problem
        return found

    def refusal_text(self, exc: MedsenderError) -> str:
        text = super().refusal_text(exc)
        if self._created:
            return self.tr("The client {name} was created, but not its new number: {reason} "
                           "Press Create to try the number again, or Cancel to keep the client "
                           "without it.").format(name=self.name_edit.text().strip(), reason=text)
        return text

    async def submit(self) -> None:
        name = self.name_edit.text().strip()
        if self._client is not None:
            self.show_progress(self.tr("Renaming…"))
            self.saved = await self._actions.rename_client(self._client.client_id, name)
            return
        choice = str(self.number_combo.currentData() or "")
        if not self._created:
            self.show_progress(self.tr("Creating the client…"))
            moved = choice if choice and choice != NEW_NUMBER else None
            self.saved = await self._actions.create_client(ClientRequest(name, moved))
            self._created = True
            for done in (self.name_edit, self.number_combo):  # it exists now: only the number is due
                done.setEnabled(False)
        if choice == NEW_NUMBER and self.saved is not None:
            self.show_progress(self.tr("Getting the new number…"))
            relay = self._actions.relay_callback_url
            self.number = await self._actions.provision_number(NumberRequest(
                self.area_edit.text().strip(), relay or None, self.saved.client_id))
