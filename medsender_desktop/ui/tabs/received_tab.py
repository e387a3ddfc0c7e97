"""The Received tab: inbound faxes, unread kept locally, a viewer, Print, Save as PDF, Forward."""

from __future__ import annotations

import asyncio
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QToolButton, QVBoxLayout, QWidget

from medsender_desktop.api import FaxStatus, ReceivedFax, ReceivedFaxFilters
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.session import Session
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.i18n import translate
from medsender_desktop.ui.models.received_model import ReceivedColumn, ReceivedTableModel
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.secure_email_flow import EmailSource
from medsender_desktop.ui.tabs.record_details import received_details, suggested_file_name
from medsender_desktop.ui.tabs.record_tab import RecordTab
from medsender_desktop.ui.widgets.action_bar import ActionBar, tab_action
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer
from medsender_desktop.ui.widgets.filter_bar import FilterField

PRINT_SCALE = 2.0  # 144 dpi: sharp on paper, quick to render
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "ReceivedTab", "Select a fax in the list, then press Enter or double-click to open it.")
OPEN_HINT = QT_TRANSLATE_NOOP(
    "ReceivedTab", "Press Enter, double-click or click Open to see this fax (it is then marked as read).")


def received_filters() -> tuple[FilterField, ...]:
    """The API's filters of the received list, in the app's language."""
    date_hint = translate("ReceivedTab", "YYYY-MM-DD")
    return (
        FilterField("from_number", translate("ReceivedTab", "From number"), "(212) 555-0100"),
        FilterField("to_number", translate("ReceivedTab", "To number"), "(212) 555-0199"),
        FilterField("caller_name", translate("ReceivedTab", "Caller"), translate("ReceivedTab", "Caller ID")),
        FilterField("fax_status", translate("ReceivedTab", "Status"),
                    choices=[(fmt.received_look(FaxStatus.SUCCESS).words, FaxStatus.SUCCESS.value),
                             (fmt.received_look(FaxStatus.FAILURE).words, FaxStatus.FAILURE.value)]),
        FilterField("date_start", translate("ReceivedTab", "Received from"), date_hint),
        FilterField("date_end", translate("ReceivedTab", "Received until"), date_hint),
        FilterField("client", translate("ReceivedTab", "Client"), combo=True),
        FilterField("callback_status", fmt.words(fmt.LIVE_UPDATE), choices=fmt.callback_choices()),
    )


class ReceivedTab(RecordTab[ReceivedFax, ReceivedFaxFilters]):
    fax_opened = Signal(str)  #: send token of the fax now shown in the viewer
    unread_count_changed = Signal(int)  #: received faxes not opened yet
    email_requested = Signal(object)  #: EmailSource: send this fax as a secure e-mail link

    CLEAR_SEARCH_TO_SELECT = True
    model: ReceivedTableModel

    def __init__(self, dialogs: DialogFactory, documents: Any, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, ReceivedTableModel(), translate("ReceivedTab", "received"), ReceivedFaxFilters,
                         Session.filter_received, parent)
        self._client_names: dict[str, str] = {}
        self._shown_token: str | None = None  # selected: its details are shown
        self._opened_token: str | None = None  # opened: its pages are in the viewer (read)
        self.viewer = DocumentViewer(documents, dialogs, self)
        self._build()
        self.table.use_model(self.model, self.proxy, ReceivedColumn.RECEIVED_AT)
        self._connect_signals()

    def _build(self) -> None:
        self._build_list(self.tr("Search received faxes (caller, number, patient…)  Ctrl+F"), received_filters(),
                         "receivedTable")
        self.open_action = tab_action(self, self.tr("Open"), self.tr("Show this fax and mark it as read (Enter)"))
        self.forward_action = tab_action(self, self.tr("Forward…"), self.tr("Fax this document on to another number"),
                                         "Ctrl+L")
        self.email_action = tab_action(self, self.tr("Secure e-mail…"),
                                       self.tr("Send this fax as a secure e-mail link"))
        self.print_action = tab_action(self, self.tr("Print…"), self.tr("Print this fax"), "Ctrl+P")
        self.save_action = tab_action(self, self.tr("Save as PDF…"), self.tr("Save this fax as a PDF file"), "Ctrl+S")
        self.unread_action = tab_action(self, self.tr("Mark as unread"), self.tr("Show this fax as new again"),
                                        "Ctrl+U")
        self.action_bar = ActionBar(self)
        self.open_button = self.action_bar.add(self.open_action)
        self.forward_button = self.action_bar.add(self.forward_action)
        self.email_button = self.action_bar.add(self.email_action)
        self.print_button = self.action_bar.add(self.print_action)
        self.save_button = self.action_bar.add(self.save_action)
        self.unread_button = self.action_bar.add(self.unread_action)
        self.action_bar.add_stretch()
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setChecked(True)
        self.details_button.setToolTip(self.tr("Show or hide every detail of this fax under the pages"))
        self.action_bar.add_widget(self.details_button)
        self.heading = QLabel(self)
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.detail = DetailPane("", self, with_title=False)
        self.details = QScrollArea(self)
        self.details.setWidget(self.detail)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QScrollArea.Shape.NoFrame)
        pages_and_details = QSplitter(Qt.Orientation.Vertical, self)
        pages_and_details.addWidget(self.viewer)
        pages_and_details.addWidget(self.details)
        pages_and_details.setStretchFactor(0, 3)
        pages_and_details.setStretchFactor(1, 1)
        pages_and_details.setSizes([520, 200])
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.action_bar)  # above the pages: in sight on a 1366x768 screen
        column.addWidget(pages_and_details, 1)
        self._lay_out(right, [600, 740])
        chain = [self.table, self.open_button, self.forward_button, self.email_button,
                 self.print_button, self.save_button,
                 self.unread_button, self.details_button, *self.viewer.focus_chain(), self.details]
        for before, after in pairwise(chain):  # Tab: the list, its actions, then the pages
            QWidget.setTabOrder(before, after)
        self._show_detail(None)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.table.activated.connect(self.on_table_activated)  # Enter or double-click
        self.table.clicked.connect(self.on_table_activated)  # a click with the mouse
        self.open_action.triggered.connect(self.on_open_action_triggered)
        self.forward_action.triggered.connect(self.on_forward_button_clicked)
        self.email_action.triggered.connect(self.on_email_button_clicked)
        self.unread_action.triggered.connect(self.on_unread_button_clicked)
        self.print_action.triggered.connect(self.on_print_button_clicked)
        self.save_action.triggered.connect(self.on_save_button_clicked)
        self.details_button.toggled.connect(self.details.setVisible)
        self.viewer.document_changed.connect(self._update_actions)

    # --- session -------------------------------------------------------------------------------
    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.received_reset.disconnect(self.on_bridge_received_reset)
            self._bridge.received_changed.disconnect(self.on_bridge_received_changed)
            self._bridge.read_changed.disconnect(self.on_bridge_read_changed)
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        self._shown_token = self._opened_token = None
        self.viewer.clear(self.tr(NOTHING_SELECTED))
        self._update_actions()
        if bridge is None:
            self.model.set_read_state(lambda token: True)
            self.model.set_records([])
            return
        session = bridge.session
        self.model.set_read_state(session.is_read)
        self.model.set_records(session.received_records)
        bridge.received_reset.connect(self.on_bridge_received_reset)
        bridge.received_changed.connect(self.on_bridge_received_changed)
        bridge.read_changed.connect(self.on_bridge_read_changed)

    def set_clients(self, names: dict[str, str]) -> None:
        """Client id -> name, for the Client column and filter."""
        self._client_names = dict(names)
        self.model.set_client_names(names)
        self.filter_bar.set_choices("client", sorted(((n, i) for i, n in names.items()), key=lambda p: p[0]))

    @guarded_slot(str)
    async def show_client(self, client_id: str) -> None:
        """Only the faxes that arrived for ``client_id`` (the Clients tab's "Show received
        faxes"), with the filter bar open so the filter is seen and can be cleared."""
        self.filter_bar.set_values({"client": client_id})
        self.filters_button.setChecked(True)
        if self._session is not None:
            await self._apply_filters(self._session, self.current_filters())

    def on_bridge_received_reset(self, records: list[ReceivedFax]) -> None:
        self.model.set_records(records)  # a reset clears the selection without a signal
        if self._shown_token and not self.select_token(self._shown_token):
            self._follow_selection()  # the fax shown is no longer listed

    def on_bridge_received_changed(self, record: ReceivedFax, is_new: bool) -> None:
        self.model.upsert(record)
        if record.send_token == self._shown_token:
            self._show_detail(record)

    def on_bridge_read_changed(self, token: str, read: bool) -> None:
        self.model.refresh_key(token)
        self._update_counts()
        if token == self._shown_token:
            self._update_actions()

    # --- selection and opening -------------------------------------------------------------
    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._follow_selection()

    def _follow_selection(self) -> None:
        """Selecting (arrow keys, a search) shows the details; only opening shows the pages
        and marks the fax read, so moving through the list marks nothing read."""
        record = self.selected_record()
        token = record.send_token if record else None
        if token == self._shown_token:
            return
        self._shown_token = token
        self._show_detail(record)
        if token != self._opened_token:
            self._opened_token = None
            self.viewer.clear(self.tr(OPEN_HINT if record else NOTHING_SELECTED))
        self._update_actions()

    def on_table_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.open_fax(record.send_token)

    def on_open_action_triggered(self) -> None:
        if self._shown_token is not None:
            self.open_fax(self._shown_token)

    def open_token(self, token: str) -> bool:
        """Select the fax with ``token`` and open it (a click on its notification)."""
        if not self.select_token(token):
            return False
        self.open_fax(token)
        return True

    def _show_detail(self, record: ReceivedFax | None) -> None:
        if record is None:
            self.heading.clear()
            self.detail.show_empty()
            return
        client = self._client_names.get(record.client or "", record.client or "")
        title, rows, error = received_details(record, client)
        self.heading.setText(title)
        self.detail.show_fields(title, rows, error)

    def _update_actions(self, *args: Any) -> None:
        selected = self._shown_token is not None
        opened = selected and self._opened_token == self._shown_token and self.viewer.data is not None
        self.open_action.setEnabled(selected and self._opened_token != self._shown_token)
        self.forward_action.setEnabled(selected)
        self.email_action.setEnabled(selected)
        self.unread_action.setEnabled(selected)
        new = selected and self._session is not None and not self._session.is_read(self._shown_token or "")
        text = self.tr("Mark as read") if new else self.tr("Mark as unread")
        tip = self.tr("Show this fax as read") if new else self.tr("Show this fax as new again")
        self.unread_action.setText(text)
        self.unread_action.setIconText(text)
        self.unread_action.setToolTip(tip + " (" + self.unread_action.shortcut().toString() + ")")
        self.print_action.setEnabled(opened)
        self.save_action.setEnabled(opened)

    def _update_counts(self, *args: Any) -> None:
        super()._update_counts()
        self.unread_count_changed.emit(self.model.unread_count())

    # --- the document ----------------------------------------------------------------------------
    @guarded_slot(str)
    async def open_fax(self, token: str) -> None:
        """Show the fax in the viewer and mark it read."""
        session = self._session
        if session is None or token == self._opened_token:
            return
        self._opened_token = token
        self.viewer.clear(self.tr("Opening…"))
        self._update_actions()
        try:
            data = await session.received_document(token)
            if token != self._opened_token:
                return  # the user moved on while it downloaded
            await self.viewer.load(data)
        except MedsenderError:
            if token == self._opened_token:
                self._opened_token = None
                self.viewer.clear(self.tr("This fax could not be shown."))
                self._update_actions()
            raise
        await session.set_read(token, True)
        self.fax_opened.emit(token)

    @guarded_slot()
    async def on_unread_button_clicked(self) -> None:
        record = self.selected_record()
        if record is not None and self._session is not None:  # a toggle: new again, or read
            await self._session.set_read(record.send_token, not self._session.is_read(record.send_token))

    @guarded_slot()
    async def on_print_button_clicked(self) -> None:
        if self.viewer.data is None:
            return
        self.print_action.setEnabled(False)
        try:
            await self._dialogs.print_document(self, self.tr("Fax"), self.viewer.page_count,
                                               self.viewer.page_renderer(PRINT_SCALE))
        finally:
            self._update_actions()

    @guarded_slot()
    async def on_save_button_clicked(self) -> None:
        data = self.viewer.data
        record = self.selected_record()
        if data is None or record is None:
            return
        path = await self._dialogs.save_path(self, self.tr("Save fax as PDF"), suggested_file_name(record))
        if path is None:
            return
        await asyncio.to_thread(_write_file, path, data)
        self._dialogs.info(self, self.tr("Saved as {name}.").format(name=path.name))

    @guarded_slot()
    async def on_email_button_clicked(self) -> None:
        record = self.selected_record()
        session = self._session
        if record is None or session is None:
            return
        self.email_action.setEnabled(False)
        try:
            document = await session.received_document(record.send_token)
        finally:
            self._update_actions()
        source = record.caller_name or fmt.phone(record.from_number) or self.tr("unknown sender")
        self.email_requested.emit(EmailSource(
            document=document, name=self.tr("Fax from {source}").format(source=source)))

    @guarded_slot()
    async def on_forward_button_clicked(self) -> None:
        record = self.selected_record()
        session = self._session
        if record is None or session is None:
            return
        self.forward_action.setEnabled(False)
        try:
            numbers = await session.fax_numbers()
            dialog = self._dialogs.forward_dialog(self, numbers=numbers, record=record)
            accepted = await self._dialogs.run(dialog)
            request = dialog.request()
            dialog.deleteLater()
            if not accepted:
                return
            await session.forward(request)
            self._dialogs.info(self, self.tr("The fax is on its way. Follow it in the Sent tab."))
        finally:
            self._update_actions()


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
