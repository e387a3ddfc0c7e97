"""The Sent tab: every fax and secure e-mail sent, live statuses, details and attempt history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from medsender_desktop.api import Email, SentFax, SentFaxFilters
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.services.session import Session
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.sent_model import SentColumn, SentTableModel, status_look
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.tabs.record_details import attempt_lines, sent_details
from medsender_desktop.ui.tabs.record_tab import RecordTab
from medsender_desktop.ui.widgets.action_bar import ActionBar, tab_action
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.filter_bar import FilterField
from medsender_desktop.ui.widgets.sent_followup import SentFollowUpPanel

SENT_FILTERS = (
    FilterField("from_number", "From number", "(212) 555-0100"),
    FilterField("to_number", "To number", "(212) 555-0199"),
    FilterField("patient_name", "Patient", "Name"),
    FilterField("patient_dob", "Patient DOB", "YYYY-MM-DD"),
    FilterField("sender_name", "Sender", "Name"),
    FilterField("recipient_name", "Recipient", "Name"),
    FilterField("date_start", "Sent from", "YYYY-MM-DD"),
    FilterField("date_end", "Sent until", "YYYY-MM-DD"),
)


class SentTab(RecordTab[SentRecord, SentFaxFilters]):
    record_selected = Signal(object)  #: SentFax | Email now in the detail pane, or None
    open_count_changed = Signal(int)  #: records still queued or sending

    model: SentTableModel

    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, SentTableModel(), "sent", SentFaxFilters,
                         Session.filter_sent, parent)
        self._build()
        self.table.use_model(self.model, self.proxy, SentColumn.SENT_AT)
        self._connect_signals()

    def _build(self) -> None:
        self._build_list("Search sent faxes (name, number, status…)  Ctrl+F", SENT_FILTERS, "sentTable")
        self.detail = DetailPane("Select a sent fax to see its details.", self)
        self.attempts_title = QLabel("Attempts", self.detail)
        self.attempts = QListWidget(self.detail)
        self.attempts.setMinimumHeight(60)
        self.attempts.setWordWrap(True)
        self.attempts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_link_action = tab_action(
            self, "Open secure link", "Open the record online (a fresh link, valid for 5 minutes)")
        self.action_bar = ActionBar(self)
        self.open_link_button = self.action_bar.add(self.open_link_action)
        self.action_bar.add_stretch()
        self.followup = SentFollowUpPanel(self._dialogs, self.detail)
        self.detail.add_widget(self.followup)
        self.detail.add_widget(self.attempts_title)
        self.detail.add_widget(self.attempts)
        self.detail.add_widget(QWidget(self.detail), 1)
        details = QScrollArea(self)  # with the filters open, nothing is cut off: it scrolls
        details.setWidget(self.detail)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.action_bar)
        column.addWidget(details, 1)
        self._show_detail(None)
        self._lay_out(side, [880, 380])

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.open_link_action.triggered.connect(self.on_open_link_button_clicked)

    # --- session -------------------------------------------------------------------------------
    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.sent_reset.disconnect(self.on_bridge_sent_reset)
            self._bridge.sent_changed.disconnect(self.on_bridge_sent_changed)
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        self.followup.set_session(self._session)
        self.model.set_records(self._session.sent_records if self._session is not None else [])
        if bridge is not None:
            bridge.sent_reset.connect(self.on_bridge_sent_reset)
            bridge.sent_changed.connect(self.on_bridge_sent_changed)

    def on_bridge_sent_reset(self, records: list[SentRecord]) -> None:
        selected = self.selected_record()
        self.model.set_records(records)
        if selected is not None:
            self.select_token(selected.token)

    def on_bridge_sent_changed(self, record: SentRecord) -> None:
        self.model.upsert(record)
        selected = self.selected_record()
        if selected is not None and selected.token == record.token:
            self._show_detail(record)

    # --- selection and details -------------------------------------------------------------------
    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        record = self.selected_record()
        self._show_detail(record)
        self.record_selected.emit(record)

    def _show_detail(self, record: SentRecord | None) -> None:
        has = record is not None
        for w in (self.attempts_title, self.attempts):
            w.setVisible(has)
        self.open_link_action.setEnabled(has)
        if record is None:
            self.followup.show_record(None)
            self.detail.show_empty()
            return
        title, rows, error = sent_details(record)
        if not isinstance(record, SentFax):
            self.followup.show_record(None)
        elif record.token != self.followup.token:
            self.followup.show_record(record, reason=error or "")
        else:  # the same fax, news about it (e.g. it failed: Retry becomes possible)
            self.followup.refresh(record)
        self.detail.show_fields(title, rows, error)
        lines = attempt_lines(record)
        self.attempts.clear()
        self.attempts.addItems(lines or ["No transmission attempts yet."])
        self.attempts_title.setVisible(isinstance(record, SentFax))
        self.attempts.setVisible(isinstance(record, SentFax))

    def _update_counts(self, *args: Any) -> None:
        super()._update_counts()
        open_count = sum(1 for r in self.model.records if status_look(r).order < 2)
        self.open_count_changed.emit(open_count)

    # --- actions ---------------------------------------------------------------------------------
    @guarded_slot()
    async def on_open_link_button_clicked(self) -> None:
        record = self.selected_record()
        if record is None or self._session is None:
            return
        self.open_link_action.setEnabled(False)
        try:
            fresh = await self._session.follow_sent(record.token, email=isinstance(record, Email))
            if not fresh.secure_link:
                self.show_error("Medsender did not provide a secure link for this record.")
                return
            if not self._dialogs.open_url(fresh.secure_link):
                self._dialogs.link_not_opened(self, fresh.secure_link)
        finally:
            self.open_link_action.setEnabled(self.selected_record() is not None)
