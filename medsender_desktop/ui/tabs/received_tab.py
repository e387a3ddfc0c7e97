"""The Received tab: inbound faxes, unread kept locally, a viewer, Print, Save as PDF, Forward."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import CallbackStatus, FaxStatus, ReceivedFax, ReceivedFaxFilters
from medsender_desktop.errors import MedsenderError
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.received_model import ReceivedColumn, ReceivedTableModel
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer
from medsender_desktop.ui.widgets.filter_bar import FilterBar, FilterField
from medsender_desktop.ui.widgets.table_view import RecordTableView

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
    return title, rows, received_error_text(record)


def received_error_text(record: ReceivedFax) -> str | None:
    """Why an inbound fax failed, and what to do (ask the sender to send it again)."""
    details = record.error_details
    if not details:
        return None
    reason = str(details.get("message") or details.get("error_message") or "").strip()
    if not reason:
        reason = "The fax did not arrive completely."
    if not reason.endswith("."):
        reason += "."
    return f"{reason} Ask the sender to fax it again."



class ReceivedTab(QWidget):
    fax_opened = Signal(str)  #: send token of the fax now shown in the viewer
    unread_count_changed = Signal(int)  #: received faxes not opened yet

    def __init__(self, dialogs: DialogFactory, documents: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._client_names: dict[str, str] = {}
        self._shown_token: str | None = None
        self.model = ReceivedTableModel(self)
        self.proxy = RecordSearchProxy(self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(50)
        self.viewer = DocumentViewer(documents, dialogs, self)
        self._build()
        self.table.use_model(self.model, self.proxy, ReceivedColumn.RECEIVED_AT)
        self._connect_signals()

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Search received faxes (caller, number, patient…)  Ctrl+F")
        self.search_edit.setClearButtonEnabled(True)
        self.filters_button = QToolButton(self)
        self.filters_button.setText("Filters")
        self.filters_button.setCheckable(True)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.count_label)
        self.filter_bar = FilterBar(RECEIVED_FILTERS, self)
        self.filter_bar.hide()
        self.table = RecordTableView(self)
        self.table.setObjectName("receivedTable")
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([760, 470])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self._show_detail(None)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self.on_search_edit_text_changed)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.filter_bar.apply_requested.connect(self.on_filter_bar_apply_requested)
        self.filter_bar.clear_requested.connect(self.on_filter_bar_clear_requested)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.forward_button.clicked.connect(self.on_forward_button_clicked)
        self.unread_button.clicked.connect(self.on_unread_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.viewer.document_changed.connect(self.print_button.setEnabled)
        self.viewer.document_changed.connect(self.save_button.setEnabled)
        self._counts_timer.timeout.connect(self._update_counts)
        for signal in (self.model.rowsInserted, self.model.modelReset, self.proxy.layoutChanged,
                       self.proxy.rowsRemoved, self.proxy.rowsInserted, self.model.dataChanged):
            signal.connect(self._counts_timer.start)  # counted once per burst of updates

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

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
    def selected_record(self) -> ReceivedFax | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_token(self, token: str) -> bool:
        row = self.model.row_of(token)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search_edit.clear()  # the search hid it: show everything
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

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
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} of {total}" if shown != total else f"{total} received")
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
        self.print_button.setEnabled(False)
        try:
            images = await self.viewer.render_all(PRINT_SCALE)
            if images:
                await self._dialogs.print_document(self, images)
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
            arguments = dialog.arguments()
            dialog.deleteLater()
            if not accepted:
                return
            result = await session.forward(record.send_token, **arguments)
            self._dialogs.info(self, f"The fax is on its way ({result.message or 'queued'}). "
                                     "Follow it in the Sent tab.")
        finally:
            self.forward_button.setEnabled(True)

    # --- search and filters -------------------------------------------------------------------------
    def on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def current_filters(self) -> ReceivedFaxFilters | None:
        if self.filter_bar.is_empty():
            return None
        return ReceivedFaxFilters(**self.filter_bar.values())

    @guarded_slot()
    async def on_filter_bar_apply_requested(self) -> None:
        if self._bridge is None:
            return
        filters = self.current_filters()
        self.filter_bar.setEnabled(False)
        try:
            await self._bridge.session.sync.set_received_filters(filters)
        finally:
            self.filter_bar.setEnabled(True)

    @guarded_slot()
    async def on_filter_bar_clear_requested(self) -> None:
        if self._bridge is None:
            return
        self.filter_bar.setEnabled(False)
        try:
            await self._bridge.session.sync.set_received_filters(None)
        finally:
            self.filter_bar.setEnabled(True)


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
