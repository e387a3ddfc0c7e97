"""Read-only tables of the account's fax numbers and clients."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from medsender_desktop.api import Client, FaxNumber
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


class NumberColumn(IntEnum):
    NUMBER = 0
    CLIENT = 1
    CALLBACK_URL = 2
    ID = 3


class FaxNumberTableModel(RecordTableModel[FaxNumber]):
    Columns = NumberColumn
    COLUMNS: ClassVar[dict[Any, Column[Any]]] = {
        NumberColumn.NUMBER: Column("Fax number", lambda n: fmt.phone(n.number), width=150),
        NumberColumn.CLIENT: Column(
            "Client", lambda n: (n.client.name or n.client.client_id) if n.client else "", width=180),
        NumberColumn.CALLBACK_URL: Column("Callback URL", lambda n: n.callback_url or "", width=320),
        NumberColumn.ID: Column("Id", lambda n: n.id, width=280),
    }

    def key(self, record: FaxNumber) -> str:
        return record.id


class ClientColumn(IntEnum):
    NAME = 0
    NUMBERS = 1
    ID = 2


class ClientTableModel(RecordTableModel[Client]):
    Columns = ClientColumn
    COLUMNS: ClassVar[dict[Any, Column[Any]]] = {
        ClientColumn.NAME: Column("Client", lambda c: c.name or "", width=220),
        ClientColumn.NUMBERS: Column(
            "Fax numbers", lambda c: ", ".join(fmt.phone(n.number) for n in c.fax_numbers), width=300),
        ClientColumn.ID: Column("Id", lambda c: c.client_id, width=280),
    }

    def key(self, record: Client) -> str:
        return record.client_id
