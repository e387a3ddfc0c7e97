"""The address book as a table: who the clinic faxes, most recent first."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medsender_desktop.services.address_book import Contact
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translated
from medsender_desktop.ui.models.record_model import Column, RecordTableModel

NEVER = QT_TRANSLATE_NOOP("ContactTableModel", "never")


def _last_used(contact: Contact) -> str:
    if not contact.last_used:
        return translated("ContactTableModel", NEVER)
    return dt.datetime.fromtimestamp(contact.last_used).strftime("%m/%d/%Y")


class ContactColumn(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    FAX_NUMBER = 2
    LAST_USED = 3
    NOTES = 4


class ContactTableModel(RecordTableModel[Contact]):
    Columns = ContactColumn
    COLUMNS: ClassVar[dict[Any, Column[Any]]] = {
        ContactColumn.NAME: Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda c: c.name, width=180),
        ContactColumn.ORGANIZATION: Column(QT_TRANSLATE_NOOP("columns", "Organization"), lambda c: c.organization,
                                           width=200),
        ContactColumn.FAX_NUMBER: Column(QT_TRANSLATE_NOOP("columns", "Fax number"), lambda c: fmt.phone(c.fax_number),
                                         width=140),
        ContactColumn.LAST_USED: Column(QT_TRANSLATE_NOOP("columns", "Last faxed"), _last_used, width=100),
        ContactColumn.NOTES: Column(QT_TRANSLATE_NOOP("columns", "Notes"), lambda c: c.notes, width=240),
    }

    def key(self, record: Contact) -> str:
        return str(record.id)
