"""The Sent tab: the activity chart, every fax and secure e-mail sent (all, or one kind),
live statuses, details and attempt history, Copy link, and a fax's document as a secure
e-mail link."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from medsender_desktop.api import Email, SentFax, SentFaxFilters
from medsender_desktop.services.activity import DAYS, daily_activity
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.services.session import Session
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.i18n import translate
from medsender_desktop.ui.models.sent_model import SentColumn, SentTableModel, status_look
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.secure_email_flow import EmailSource
from medsender_desktop.ui.tabs.record_details import attempt_lines, sent_details
from medsender_desktop.ui.tabs.record_tab import RecordTab
from medsender_desktop.ui.widgets.action_bar import ActionBar, tab_action
from medsender_desktop.ui.widgets.activity_chart import ActivityChart
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.filter_bar import FilterField
from medsender_desktop.ui.widgets.sent_followup import SentFollowUpPanel


def sent_filters() -> tuple[FilterField, ...]:
    """The API's filters of the sent list, in the app's language."""
    date_hint, name = translate("SentTab", "YYYY-MM-DD"), translate("SentTab", "Name")
    return (
        FilterField("from_number", translate("SentTab", "From number"), "(212) 555-0100"),
        FilterField("to_number", translate("SentTab", "To number"), "(212) 555-0199"),
        FilterField("patient_name", translate("SentTab", "Patient"), name),
        FilterField("patient_dob", translate("SentTab", "Patient DOB"), date_hint),
        FilterField("sender_name", translate("SentTab", "Sender"), name),
        FilterField("recipient_name", translate("SentTab", "Recipient"), name),
        FilterField("date_start", translate("SentTab", "Sent from"), date_hint),
        FilterField("date_end", translate("SentTab", "Sent until"), date_hint),
    )


DAY_CHECK_MS = 5 * 60 * 1000


class SentTab(RecordTab[SentRecord, SentFaxFilters]):
    record_selected = Signal(object)  #: SentFax | Email now in the detail pane, or None
    open_count_changed = Signal(int)  #: records still queued or sending
    email_requested = Signal(object)  #: EmailSource: send a fax's document as a secure e-mail
    status_message = Signal(str)  #: a short note for the status bar (e.g. "Link copied")

    #: what the Show list offers, in its order: every record, faxes, secure e-mails
    KINDS: tuple[type | None, ...] = (None, SentFax, Email)

    model: SentTableModel

    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, SentTableModel(), translate("SentTab", "sent"), SentFaxFilters,
                         Session.filter_sent, parent)
        self._chart_timer = QTimer(self)  # one recount per burst of updates
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(150)
        self._day_timer = QTimer(self)  # past midnight the chart moves on a day by itself
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._build()
        self.table.use_model(self.model, self.proxy, SentColumn.SENT_AT)
        self._connect_signals()

    def _build(self) -> None:
        self._build_list(self.tr("Search sent faxes and e-mails (name, number, address, status…)  Ctrl+F"),
                         sent_filters(), "sentTable")
        self.chart = ActivityChart(self)
        self.kind_combo = QComboBox(self)
        for words in (self.tr("All"), self.tr("Faxes"), self.tr("Secure e-mails")):
            self.kind_combo.addItem(words)  # in the order of KINDS
        self.kind_combo.setAccessibleName(self.tr("Show"))
        self.kind_combo.setToolTip(self.tr("Show every record, only faxes, or only secure e-mails"))
        self.detail = DetailPane(self.tr("Select a sent fax or e-mail to see its details."), self)
        self.attempts_title = QLabel(self.tr("Attempts"), self.detail)
        self.attempts = QListWidget(self.detail)
        self.attempts.setMinimumHeight(60)
        self.attempts.setWordWrap(True)
        self.attempts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_link_action = tab_action(
            self, self.tr("Open secure link"),
            self.tr("Open the record online (a fresh link, valid for 5 minutes)"))
        self.copy_link_action = tab_action(
            self, self.tr("Copy link"),
            self.tr("Copy a fresh secure link to the record (valid for 5 minutes)"))
        self.email_action = tab_action(
            self, self.tr("Secure e-mail…"),
            self.tr("Send this fax's document as a secure e-mail link"))
        self.action_bar = ActionBar(self)
        self.open_link_button = self.action_bar.add(self.open_link_action)
        self.copy_link_button = self.action_bar.add(self.copy_link_action)
        self.email_button = self.action_bar.add(self.email_action)
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
        self.top_row.insertWidget(1, QLabel(self.tr("Show:"), self))
        self.top_row.insertWidget(2, self.kind_combo)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.chart)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.open_link_action.triggered.connect(self.on_open_link_button_clicked)
        self.copy_link_action.triggered.connect(self.on_copy_link_button_clicked)
        self.email_action.triggered.connect(self.on_email_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_current_index_changed)
        self._chart_timer.timeout.connect(self.update_chart)
        self._day_timer.timeout.connect(self.on_day_timer_timeout)
        self._day_timer.start()

    # --- session -------------------------------------------------------------------------------
    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.sent_reset.disconnect(self.on_bridge_sent_reset)
            self._bridge.sent_changed.disconnect(self.on_bridge_sent_changed)
            self._bridge.received_reset.disconnect(self._chart_timer.start)
            self._bridge.received_changed.disconnect(self._chart_timer.start)
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        self.followup.set_session(self._session)
        self.model.set_records(self._session.sent_records if self._session is not None else [])
        self.update_chart()
        if bridge is not None:
            bridge.sent_reset.connect(self.on_bridge_sent_reset)
            bridge.sent_changed.connect(self.on_bridge_sent_changed)
            bridge.received_reset.connect(self._chart_timer.start)
            bridge.received_changed.connect(self._chart_timer.start)

    def update_chart(self) -> None:
        """Recount the chart from the records held now (local days, ending today)."""
        session = self._session
        sent = session.sent_records if session is not None else []
        received = session.received_records if session is not None else []
        filtered = session is not None and session.lists_filtered
        self.chart.set_days(daily_activity(sent, received, today=dt.date.today(), days=DAYS),
                            filtered=filtered)

    def on_day_timer_timeout(self) -> None:
        days = self.chart.canvas.days
        if days and days[-1].day != dt.date.today():
            self.update_chart()

    def on_kind_combo_current_index_changed(self, index: int) -> None:
        kind = self.KINDS[index] if 0 <= index < len(self.KINDS) else None
        self.proxy.set_accept(None if kind is None else (lambda record: isinstance(record, kind)))

    def on_bridge_sent_reset(self, records: list[SentRecord]) -> None:
        selected = self.selected_record()
        self.model.set_records(records)
        if selected is not None:
            self.select_token(selected.token)
        self._chart_timer.start()

    def on_bridge_sent_changed(self, record: SentRecord) -> None:
        self.model.upsert(record)
        selected = self.selected_record()
        if selected is not None and selected.token == record.token:
            self._show_detail(record)
        self._chart_timer.start()

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
        self.copy_link_action.setEnabled(has)
        self.email_action.setEnabled(isinstance(record, SentFax))
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
    async def _fresh_link(self, action: QAction) -> str | None:
        """A fresh secure link to the selected record (valid 5 minutes); None when there is
        none (said so). ``action`` is disabled meanwhile."""
        record = self.selected_record()
        if record is None or self._session is None:
            return None
        action.setEnabled(False)
        try:
            fresh = await self._session.follow_sent(record.token, email=isinstance(record, Email))
        finally:
            action.setEnabled(self.selected_record() is not None)
        if not fresh.secure_link:
            self.show_error(self.tr("Medsender did not provide a secure link for this record."))
            return None
        return fresh.secure_link

    @guarded_slot()
    async def on_copy_link_button_clicked(self) -> None:
        link = await self._fresh_link(self.copy_link_action)
        if link:
            QGuiApplication.clipboard().setText(link)
            self.status_message.emit(self.tr("Link copied: paste it where it is needed within "
                                             "5 minutes, then it stops working."))

    @guarded_slot()
    async def on_email_button_clicked(self) -> None:
        record = self.selected_record()
        if not isinstance(record, SentFax) or self._session is None:
            return
        self.email_action.setEnabled(False)
        try:
            document = await self._session.sent_document(record.token)
        finally:
            self.email_action.setEnabled(isinstance(self.selected_record(), SentFax))
        failed = str(record.sent_status or "").lower() == "failure"
        self.email_requested.emit(EmailSource(
            document=document, name=self.tr("The fax's document"), sender_name=record.sender_name or "",
            recipient_name=record.recipient_name, patient_name=record.patient_name,
            patient_dob=record.patient_dob, reason=(record.error_text or "") if failed else ""))

    @guarded_slot()
    async def on_open_link_button_clicked(self) -> None:
        link = await self._fresh_link(self.open_link_action)
        if link and not self._dialogs.open_url(link):
            self._dialogs.link_not_opened(self, link)
