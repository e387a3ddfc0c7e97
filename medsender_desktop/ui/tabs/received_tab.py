"""The Received tab: inbound faxes, unread kept locally, a viewer, Print, Save as PDF, Forward."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QWidget

from medsender_desktop.api import CallbackStatus, FaxStatus, ReceivedFax, ReceivedFaxFilters
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.sync import SyncService
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.received_model import ReceivedColumn, ReceivedTableModel
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.tabs.record_tab import RecordTab
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer
from medsender_desktop.ui.widgets.filter_bar import FilterField

PRINT_SCALE = 2.0  # 144 dpi: sharp on paper, quick to render

RECEIVED_FILTERS = (
    FilterField("from_number", "From number", "(212) 555-0100"),
    FilterField("to_number", "To number", "(212) 555-0199"),
    FilterField("caller_name", "Caller", "Caller ID"),
    FilterField("fax_status", "Status", choices=[("Received", FaxStatus.SUCCESS.value),
                                                 ("Failed", FaxStatus.FAILURE.value)]),
    FilterField("date_start", "Received from", "YYYY-MM-DD"),
    FilterField("date_end", "Received until", "YYYY-MM-DD"),
    FilterField("client", "Client", combo=True),
    FilterField("callback_status", "Callback", choices=[(fmt.CALLBACK_WORDS[s], s.value)
                                                        for s in CallbackStatus]),
)


def received_details(record: ReceivedFax, client_name: str) -> tuple[str, list[tuple[str, str]], str | None]:
    look = fmt.received_look(record.fax_status)
    title = f"Fax from {record.caller_name or fmt.phone(record.from_number) or 'unknown'} — {look.words}"
    rows = [
        ("Status", look.words), ("Send token", record.send_token),
        ("From", fmt.phone(record.from_number)), ("Caller", record.caller_name or ""),
        ("To", fmt.phone(record.to_number)), ("Pages", str(record.num_pages or "")),
        ("Received", fmt.when_long(record.completed_at or record.sent_at)),
        ("Client", client_name), ("Callback", fmt.callback_words(record.callback_status)),
        ("Document", record.document_classification or ""),
        ("Patient", record.patient_name or ""), ("Patient DOB", record.patient_dob or ""),
        ("Patient gender", record.patient_gender or ""), ("Patient phone", record.patient_phone or ""),
        ("Summary", record.summary or ""), ("Test", "Yes" if record.is_test else "No"),
    ]
    return title, rows, record.error_text


class ReceivedTab(RecordTab[ReceivedFax, ReceivedFaxFilters]):
    fax_opened = Signal(str)  #: send token of the fax now shown in the viewer
    unread_count_changed = Signal(int)  #: received faxes not opened yet

    CLEAR_SEARCH_TO_SELECT = True
    model: ReceivedTableModel

    def __init__(self, dialogs: DialogFactory, documents: Any, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, ReceivedTableModel(), "received", ReceivedFaxFilters,
                         SyncService.set_received_filters, parent)
        self._client_names: dict[str, str] = {}
        self._shown_token: str | None = None
        self.viewer = DocumentViewer(documents, dialogs, self)
        self._build()
        self.table.use_model(self.model, self.proxy, ReceivedColumn.RECEIVED_AT)
        self._connect_signals()

    def _build(self) -> None:
        self._build_list("Search received faxes (caller, number, patient…)  Ctrl+F", RECEIVED_FILTERS,
                         "receivedTable")
        self.detail = DetailPane("Select a received fax to see it here.", self)
        actions = QWidget(self.detail)
        row = QHBoxLayout(actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.forward_button = QPushButton("Forward…", actions)
        self.forward_button.setToolTip("Fax this document on to another number")
        self.unread_button = QPushButton("Mark as unread", actions)
        self.print_button = QPushButton("Print…", actions)
        self.print_button.setShortcut("Ctrl+P")
        self.save_button = QPushButton("Save as PDF…", actions)
        self.save_button.setShortcut("Ctrl+S")
        for button in (self.forward_button, self.print_button, self.save_button, self.unread_button):
            row.addWidget(button)
        row.addStretch(1)
        self.detail.add_widget(actions)
        self.detail.add_widget(QWidget(self.detail), 1)
        self._actions = actions
        details = QScrollArea(self)
        details.setWidget(self.detail)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.viewer)
        right.addWidget(details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([480, 300])
        self._lay_out(right, [760, 470])
        self._show_detail(None)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.forward_button.clicked.connect(self.on_forward_button_clicked)
        self.unread_button.clicked.connect(self.on_unread_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.viewer.document_changed.connect(self.print_button.setEnabled)
        self.viewer.document_changed.connect(self.save_button.setEnabled)

    # --- session -------------------------------------------------------------------------------
    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.received_reset.disconnect(self.on_bridge_received_reset)
            self._bridge.received_changed.disconnect(self.on_bridge_received_changed)
            self._bridge.read_changed.disconnect(self.on_bridge_read_changed)
        self._bridge = bridge
        self._shown_token = None
        self.viewer.clear()
        if bridge is None:
            self.model.set_read_state(lambda token: True)
            self.model.set_records([])
            return
        self.model.set_read_state(bridge.session.is_read)
        self.model.set_records(bridge.session.sync.received_records)
        bridge.received_reset.connect(self.on_bridge_received_reset)
        bridge.received_changed.connect(self.on_bridge_received_changed)
        bridge.read_changed.connect(self.on_bridge_read_changed)

    def set_clients(self, names: dict[str, str]) -> None:
        """Client id -> name, for the Client column and filter."""
        self._client_names = dict(names)
        self.model.set_client_names(names)
        self.filter_bar.set_choices("client", sorted(((n, i) for i, n in names.items()), key=lambda p: p[0]))

    def on_bridge_received_reset(self, records: list[ReceivedFax]) -> None:
        self.model.set_records(records)
        if self._shown_token:
            self.select_token(self._shown_token)

    def on_bridge_received_changed(self, record: ReceivedFax, is_new: bool) -> None:
        self.model.upsert(record)
        if record.send_token == self._shown_token:
            self._show_detail(record)

    def on_bridge_read_changed(self, token: str, read: bool) -> None:
        self.model.refresh_key(token)
        self._update_counts()

    # --- selection -------------------------------------------------------------------------------
    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        record = self.selected_record()
        if record is None:
            self._shown_token = None
            self._show_detail(None)
            self.viewer.clear()
            return
        if record.send_token == self._shown_token:
            return
        self._shown_token = record.send_token
        self._show_detail(record)
        self.open_fax(record.send_token)

    def _show_detail(self, record: ReceivedFax | None) -> None:
        self._actions.setVisible(record is not None)
        if record is None:
            self.detail.show_empty()
            return
        client = self._client_names.get(record.client or "", record.client or "")
        self.detail.show_fields(*received_details(record, client))

    def _update_counts(self, *args: Any) -> None:
        super()._update_counts()
        self.unread_count_changed.emit(self.model.unread_count())

    # --- the document ----------------------------------------------------------------------------
    @guarded_slot(str)
    async def open_fax(self, token: str) -> None:
        """Show the fax in the viewer and mark it read."""
        if self._bridge is None:
            return
        session = self._bridge.session
        self.viewer.clear("Opening…")
        try:
            data = await session.received_document(token)
            if token != self._shown_token:
                return  # the user moved on while it downloaded
            await self.viewer.load(data)
        except MedsenderError:
            if token == self._shown_token:
                self.viewer.clear("This fax could not be shown.")
            raise
        await session.set_read(token, True)
        self.fax_opened.emit(token)

    @guarded_slot()
    async def on_unread_button_clicked(self) -> None:
        record = self.selected_record()
        if record is not None and self._bridge is not None:
            await self._bridge.session.set_read(record.send_token, False)

    @guarded_slot()
    async def on_print_button_clicked(self) -> None:
        if self.viewer.data is None:
            return
        self.print_button.setEnabled(False)
        try:
            await self._dialogs.print_document(self, "Fax", self.viewer.page_count,
                                               self.viewer.page_renderer(PRINT_SCALE))
        finally:
            self.print_button.setEnabled(self.viewer.data is not None)

    @guarded_slot()
    async def on_save_button_clicked(self) -> None:
        data = self.viewer.data
        record = self.selected_record()
        if data is None or record is None:
            return
        suggested = f"fax-{record.send_token}.pdf"
        path = await self._dialogs.save_path(self, "Save fax as PDF", suggested)
        if path is None:
            return
        await asyncio.to_thread(_write_file, path, data)
        self._dialogs.info(self, f"Saved as {path.name}.")

    @guarded_slot()
    async def on_forward_button_clicked(self) -> None:
        record = self.selected_record()
        if record is None or self._bridge is None:
            return
        session = self._bridge.session
        self.forward_button.setEnabled(False)
        try:
            numbers = await session.fax_numbers()
            dialog = self._dialogs.forward_dialog(self, numbers=numbers, record=record)
            accepted = await self._dialogs.run(dialog)
            request = dialog.request()
            dialog.deleteLater()
            if not accepted:
                return
            result = await session.forward(request)
            self._dialogs.info(self, f"The fax is on its way ({result.message or 'queued'}). "
                                     "Follow it in the Sent tab.")
        finally:
            self.forward_button.setEnabled(True)


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
