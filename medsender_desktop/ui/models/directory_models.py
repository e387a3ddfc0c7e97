"""Tables of the account's fax numbers and clients, in words (no ids, no raw addresses)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from medsender_desktop.api import Client, FaxNumber
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


class NumberColumn(IntEnum):
    NUMBER = 0
    CLIENT = 1
    UPDATES = 2


def goes_to_relay(callback_url: str | None, relay_url: str) -> bool:
    """Whether ``callback_url`` is this profile's relay (``relay_url``: its callbacks address):
    the same server (scheme, host, port) and a path at or below the relay's."""
    if not relay_url.strip() or not callback_url:
        return False
    try:
        ours, theirs = urlsplit(relay_url.strip()), urlsplit(callback_url.strip())
        same_server = (ours.scheme.lower(), ours.hostname, ours.port) == (
            theirs.scheme.lower(), theirs.hostname, theirs.port)
    except ValueError:  # a malformed port
        return False
    path = ours.path.rstrip("/")
    return same_server and (theirs.path.rstrip("/") == path or theirs.path.startswith(path + "/"))


def updates_place(callback_url: str | None, relay_url: str) -> str:
    """Where Medsender sends news about this number's faxes, in words."""
    if not callback_url:
        return QCoreApplication.translate("DirectoryModels",
                                          "Not set: the app checks for updates itself")
    if goes_to_relay(callback_url, relay_url):
        return QCoreApplication.translate("DirectoryModels", "Our relay")
    host = urlsplit(callback_url).hostname
    if not host:
        return QCoreApplication.translate("DirectoryModels", "Another server")
    return QCoreApplication.translate("DirectoryModels", "Another server: {host}").format(host=host)


def client_name(number: FaxNumber) -> str:
    if number.client is None or not number.client.client_id:
        return QCoreApplication.translate("DirectoryModels", "No client")
    return number.client.name or QCoreApplication.translate("DirectoryModels", "Unnamed client")


class FaxNumberTableModel(RecordTableModel[FaxNumber]):
    Columns = NumberColumn

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._relay_url = ""
        self.COLUMNS = {  # type: ignore[misc]  # per instance: uses the profile's relay
            NumberColumn.NUMBER: Column(self.tr("Fax number"), lambda n: fmt.phone(n.number), width=150),
            NumberColumn.CLIENT: Column(self.tr("Client"), client_name, width=200),
            NumberColumn.UPDATES: Column(
                self.tr("Live updates go to"),
                lambda n: updates_place(n.callback_url, self._relay_url), width=320),
        }

    def set_relay_url(self, relay_url: str) -> None:
        self._relay_url = relay_url
        self.refresh_all()

    def key(self, record: FaxNumber) -> str:
        return record.id


class ClientColumn(IntEnum):
    NAME = 0
    NUMBERS = 1


def client_numbers(client: Client) -> str:
    if not client.fax_numbers:
        return QCoreApplication.translate("DirectoryModels", "No numbers yet")
    return ", ".join(fmt.phone(n.number) for n in client.fax_numbers)


class ClientTableModel(RecordTableModel[Client]):
    Columns = ClientColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = {  # type: ignore[misc]  # per instance: translated titles
            ClientColumn.NAME: Column(self.tr("Client"), lambda c: c.name or self.tr("Unnamed client"),
                                      width=220),
            ClientColumn.NUMBERS: Column(self.tr("Fax numbers"), client_numbers, width=300),
        }

    def key(self, record: Client) -> str:
        return record.client_id
