"""Tables of the account's fax numbers and clients, in words (no ids, no raw addresses)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar
from urllib.parse import urlsplit

from medsender_desktop.api import Client, FaxNumber
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


class NumberColumn(IntEnum):
    NUMBER = 0
    CLIENT = 1
    UPDATES = 2


def updates_place(callback_url: str | None, relay_url: str) -> str:
    """Where Medsender sends news about this number's faxes, in words."""
    if not callback_url:
        return "Nowhere: this app checks Medsender regularly"
    if relay_url and callback_url.rstrip("/").startswith(relay_url.rstrip("/")):
        return "This app's relay (live updates)"
    host = urlsplit(callback_url).hostname
    return f"Another server ({host})" if host else "Another server"


class FaxNumberTableModel(RecordTableModel[FaxNumber]):
    Columns = NumberColumn

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._relay_url = ""
        self.COLUMNS = {  # type: ignore[misc]  # per instance: uses the profile's relay
            NumberColumn.NUMBER: Column("Fax number", lambda n: fmt.phone(n.number), width=150),
            NumberColumn.CLIENT: Column(
                "Client", lambda n: (n.client.name or "Unnamed client") if n.client else "", width=180),
            NumberColumn.UPDATES: Column(
                "Live updates go to", lambda n: updates_place(n.callback_url, self._relay_url), width=320),
        }

    def set_relay_url(self, relay_url: str) -> None:
        self._relay_url = relay_url
        self.refresh_all()

    def key(self, record: FaxNumber) -> str:
        return record.id


class ClientColumn(IntEnum):
    NAME = 0
    NUMBERS = 1


class ClientTableModel(RecordTableModel[Client]):
    Columns = ClientColumn
    COLUMNS: ClassVar[dict[Any, Column[Any]]] = {
        ClientColumn.NAME: Column("Client", lambda c: c.name or "Unnamed client", width=220),
        ClientColumn.NUMBERS: Column(
            "Fax numbers", lambda c: ", ".join(fmt.phone(n.number) for n in c.fax_numbers), width=300),
    }

    def key(self, record: Client) -> str:
        return record.client_id
