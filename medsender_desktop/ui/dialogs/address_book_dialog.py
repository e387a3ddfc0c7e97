"""The address book: the people and offices the clinic faxes (list, add, edit, delete, CSV
import and export in the column layout of common EHR contact exports)."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.errors import ValidationError
from medsender_desktop.services.address_book import AddressBook, Contact, normalize_contact
from medsender_desktop.services.address_book_csv import export_csv, import_csv
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.models.contacts_model import ContactTableModel
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.qt_async import guarded_slot


class ContactDialog(QDialog):
    """Add or edit one contact; refused values are named under the fields, nothing is lost."""

    def __init__(self, parent: QWidget | None = None, *, contact: Contact | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact and contact.id else self.tr("Add contact"))
        self._id = contact.id if contact else 0
        self.name_edit = QLineEdit(contact.name if contact else "", self)
        self.organization_edit = QLineEdit(contact.organization if contact else "", self)
        self.fax_edit = QLineEdit(fmt.phone(contact.fax_number) if contact else "", self)
        self.fax_edit.setPlaceholderText(self.tr("e.g. (212) 555-0199"))
        self.notes_edit = QPlainTextEdit(contact.notes if contact else "", self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Organization:"), self.organization_edit)
        form.addRow(self.tr("Fax number:"), self.fax_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def contact(self) -> Contact:
        return Contact(name=self.name_edit.text(), organization=self.organization_edit.text(),
                       fax_number=self.fax_edit.text(), notes=self.notes_edit.toPlainText(),
                       id=self._id)

    def on_buttons_accepted(self) -> None:
        try:
            normalize_contact(self.contact())
        except ValidationError as exc:
            self.error_label.setText(translate_message(exc.message))
            return
        self.accept()


class AddressBookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, book: AddressBook, dialogs: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Address book"))
        self._book = book
        self._dialogs = dialogs
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, offices, notes or numbers"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        for column, spec in self.model.COLUMNS.items():
            self.table.setColumnWidth(int(column), spec.width)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.search_edit.textChanged.connect(self.on_search_edit_text_changed)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.table.doubleClicked.connect(self.on_edit_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.status_label.setText(translate_message(message))

    def selected(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _update_buttons(self, *_: object) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    async def reload(self) -> None:
        text = self.search_edit.text().strip()
        contacts = await (self._book.search(text, limit=5000) if text else self._book.all())
        self.model.set_records(contacts)
        self._update_buttons()

    @guarded_slot(str)
    async def on_search_edit_text_changed(self, text: str) -> None:
        await self.reload()

    async def _edit(self, contact: Contact | None) -> None:
        dialog = ContactDialog(self, contact=contact)
        if await self._dialogs.run(dialog) != QDialog.DialogCode.Accepted:
            return
        saved = await self._book.save(dialog.contact())
        await self.reload()
        self.status_label.setText(self.tr("Saved {contact}.").format(contact=saved.name or saved.organization))

    @guarded_slot()
    async def on_add_button_clicked(self) -> None:
        await self._edit(None)

    @guarded_slot()
    async def on_edit_button_clicked(self, *_: object) -> None:
        contact = self.selected()
        if contact is not None:
            await self._edit(contact)

    @guarded_slot()
    async def on_delete_button_clicked(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        who = contact.name or contact.organization or fmt.phone(contact.fax_number)
        question = self.tr("Delete {contact} from the address book?").format(contact=who)
        if not await self._dialogs.confirm(self, question):
            return
        await self._book.remove(contact.id)
        await self.reload()
        self.status_label.setText(self.tr("Deleted {contact}.").format(contact=who))

    @guarded_slot()
    async def on_import_button_clicked(self) -> None:
        paths = await self._dialogs.open_paths(self, self.tr("Import contacts from a CSV file"),
                                               self.tr("Contacts (*.csv *.txt)"))
        if not paths:
            return
        result = await import_csv(self._book, paths[0])
        await self.reload()
        self.status_label.setText(translate_message(result.summary))

    @guarded_slot()
    async def on_export_button_clicked(self) -> None:
        path = await self._dialogs.save_path(self, self.tr("Export the address book"), "address-book.csv",
                                             self.tr("CSV files (*.csv)"))
        if path is None:
            return
        data = await export_csv(self._book)
        await asyncio.to_thread(path.write_bytes, data)
        self.status_label.setText(self.tr("Exported %n contact(s) to {file}.", "", self.model.rowCount())
                                  .format(file=path.name))
