"""The Numbers and Clients tabs: the account's fax numbers and clients (read-only lists).

Provisioning numbers and creating/renaming clients come with the next release; these lists
already show what the account has, with instant search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from medsender_desktop.api import Client, FaxNumber
from medsender_desktop.services.session import Session
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.directory_models import (
    ClientColumn,
    ClientTableModel,
    FaxNumberTableModel,
    NumberColumn,
)
from medsender_desktop.ui.models.record_model import RecordTableModel
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.table_view import RecordTableView


class _DirectoryTab(QWidget):
    loaded = Signal(list)  #: the records just loaded (list[FaxNumber] or list[Client])

    def __init__(self, dialogs: DialogFactory, model: RecordTableModel[Any], sort_column: int,
                 noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._session: Session | None = None
        self._noun = noun
        self.model = model
        model.setParent(self)
        self.proxy = RecordSearchProxy(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(f"Search {noun}  Ctrl+F")
        self.search_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton("Refresh", self)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.count_label)
        self.table = RecordTableView(self)
        self.table.use_model(model, self.proxy, sort_column, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.refresh_button.clicked.connect(self.on_refresh_button_clicked)

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def set_session(self, bridge: SessionBridge | None) -> None:
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        self.model.set_records([])
        self.count_label.clear()

    async def _fetch(self) -> list[Any]:
        """Abstract: each directory tab (Numbers, Clients) fetches its own list."""
        raise NotImplementedError

    async def reload(self) -> list[Any]:
        """Load the list from Medsender (raises MedsenderError)."""
        if self._bridge is None:
            return []
        self.refresh_button.setEnabled(False)
        try:
            records = await self._fetch()
        finally:
            self.refresh_button.setEnabled(True)
        self.model.set_records(records)
        self.count_label.setText(f"{len(records)} {self._noun}")
        self.loaded.emit(records)
        return records

    @guarded_slot()
    async def on_refresh_button_clicked(self) -> None:
        await self.reload()


class NumbersTab(_DirectoryTab):
    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, FaxNumberTableModel(), NumberColumn.NUMBER, "fax numbers", parent)

    def set_session(self, bridge: SessionBridge | None) -> None:
        super().set_session(bridge)
        assert isinstance(self.model, FaxNumberTableModel)
        self.model.set_relay_url(bridge.session.profile.relay_url if bridge else "")

    async def _fetch(self) -> list[FaxNumber]:
        assert self._session is not None
        return await self._session.fax_numbers(refresh=True)


class ClientsTab(_DirectoryTab):
    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, ClientTableModel(), ClientColumn.NAME, "clients", parent)

    async def _fetch(self) -> list[Client]:
        assert self._session is not None
        return await self._session.clients()
