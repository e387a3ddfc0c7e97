"""The Outbox view: every fax the outbox holds, live.

Each fax (one per recipient) with where it is (scheduled, waiting for the network, uploading
with its progress, checking whether it arrived, handed over), its recipient and pages, and the
selected one's delivery timeline. **Cancel fax** for one whose upload has not started (asked
first; refused in plain words once the upload has begun) and **Send now** for one held for a
later time. Opened from the status bar's outbox count and from the toolbar; it stays open
beside the window (not modal) and follows the outbox as it works.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.outbox import UploadProgress
from medsender_desktop.services.outbox_store import PENDING, OutboxEntry, OutboxState
from medsender_desktop.services.sent_followup import SentHistory, timeline_lines
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.models.outbox_model import (
    PROGRESS_ROLE,
    OutboxColumn,
    OutboxModel,
    recipient_words,
    state_words,
)
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.qt_async import guarded_slot

S = OutboxState
REFRESH_MS = 15_000  #: redraw "scheduled"/"next try" words as times pass


class ProgressDelegate(QStyledItemDelegate):
    """The Status cell of an uploading fax drawn as a progress bar (with its words)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        bar = QStyleOptionProgressBar()
        if widget is not None:
            bar.initFrom(widget)  # palette, font, direction
        bar.rect = option.rect.adjusted(3, 4, -3, -4)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, 1000, int(value)
        bar.text = str(index.data())
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class OutboxDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, bridge: SessionBridge,
                 dialogs: Any) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._outbox = bridge.session.outbox
        self._documents = bridge.session.documents
        self._dialogs = dialogs
        self._closed = False  # work finishing after the view closed must not touch it
        self.setWindowTitle(self.tr("Outbox"))
        intro = QLabel(self.tr("The faxes this computer sends: a fax waits here until Medsender "
                               "has it, then its delivery is followed. One that has not started "
                               "uploading can still be cancelled."), self)
        intro.setWordWrap(True)
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Faxes in the outbox"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(OutboxColumn.STATE, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OutboxColumn.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OutboxColumn.STATE, 320), (OutboxColumn.PAGES, 60),
                              (OutboxColumn.ADDED, 170)):
            self.table.setColumnWidth(column, width)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.timeline_title = QLabel(self.tr("Delivery timeline"), self)
        self.timeline = QListWidget(self)
        self.timeline.setAccessibleName(self.tr("Delivery timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setMaximumHeight(150)
        self.send_now_button = QPushButton(self.tr("Send now"), self)
        self.send_now_button.setToolTip(self.tr("Upload this fax now instead of at its time"))
        self.cancel_fax_button = QPushButton(self.tr("Cancel fax"), self)
        self.cancel_fax_button.setToolTip(self.tr("Do not send this fax (only before its upload "
                                                  "starts)"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusText")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        actions = QHBoxLayout()
        actions.addWidget(self.send_now_button)
        actions.addWidget(self.cancel_fax_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.details)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self.resize(820, 560)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self._bridge.outbox_changed.connect(self.on_bridge_outbox_changed)
        self._bridge.outbox_progress.connect(self.on_bridge_outbox_progress)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.send_now_button.clicked.connect(self.on_send_now_button_clicked)
        self.cancel_fax_button.clicked.connect(self.on_cancel_fax_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start()

    def show_error(self, message: str, *, title: str = "") -> None:
        if self._closed:  # Send now/Cancel answered after the view was closed: nobody to tell
            return
        self.status_label.clear()
        self.error_label.setText(message)

    def _say(self, message: str) -> None:
        if self._closed:
            return
        self.error_label.clear()
        self.status_label.setText(message)

    # --- contents --------------------------------------------------------------------------
    async def reload(self) -> None:
        """Every entry of the outbox, newest first; the newest selected."""
        entries = await self._outbox.entries()
        if self._closed:
            return
        self.model.set_entries(entries)
        if self.model.rowCount():
            self.table.selectRow(0)
        for entry in list(self.model.entries):
            await self._count_pages(entry)

    def selected(self) -> OutboxEntry | None:
        index = self.table.currentIndex()
        entry = index.data(RECORD_ROLE) if index.isValid() else None
        return entry if isinstance(entry, OutboxEntry) else None

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    async def _count_pages(self, entry: OutboxEntry) -> None:
        if self.model.pages_known(entry.documents):
            return
        if entry.pages is not None:  # counted when it was queued: no unsealing, no worker
            self.model.set_pages(entry.documents, entry.pages)
            return
        pages = 0
        try:  # the copies are sealed at rest: opened into memory, counted on the worker
            for document in await self._outbox.documents_of(entry):
                pages += (await self._documents.inspect(document)).pages
        except MedsenderError:
            return  # the copy is gone or unreadable: the timeline says why the fax failed
        if not self._closed:
            self.model.set_pages(entry.documents, pages)

    def _update_buttons(self) -> None:
        entry = self.selected()
        now = time.time()
        waiting = (entry is not None and entry.state is S.QUEUED
                   and max(entry.send_at or 0.0, entry.next_try_at) > now)
        self.send_now_button.setEnabled(waiting)
        self.cancel_fax_button.setEnabled(entry is not None and entry.state in PENDING)

    async def _show_selected(self) -> None:
        entry = self.selected()
        self._update_buttons()
        if entry is None:
            self.details.clear()
            self.timeline.clear()
            return
        self.details.setText(f"{recipient_words(entry)}: {state_words(entry)}")
        events = await self._outbox.timeline(entry.id)
        if self._closed:
            return
        current = self.selected()
        if current is None or current.id != entry.id:
            return  # another fax selected meanwhile
        self.timeline.clear()
        self.timeline.addItems(fmt.timeline_in_words(timeline_lines(SentHistory(entry, events)))
                               or [self.tr("Nothing recorded yet.")])

    # --- live ------------------------------------------------------------------------------
    @guarded_slot(object)
    async def on_bridge_outbox_changed(self, entry: OutboxEntry) -> None:
        if self._closed:
            return
        self.model.update(entry)
        current = self.selected()
        if self.model.rowCount() and current is None:
            self.table.selectRow(0)
        elif current is not None and current.id == entry.id:
            await self._show_selected()
        await self._count_pages(entry)

    def on_bridge_outbox_progress(self, update: UploadProgress) -> None:
        self.model.set_progress(update.entry_id, update.sent, update.total)

    def on_timer_timeout(self) -> None:
        self.model.refresh_words()
        self._update_buttons()

    def on_table_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()  # at once: the buttons act on this fax from now on
        self.on_selection_shown()

    @guarded_slot()
    async def on_selection_shown(self) -> None:
        if not self._closed:
            await self._show_selected()

    # --- actions ---------------------------------------------------------------------------
    @guarded_slot()
    async def on_send_now_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        await self._outbox.send_now(entry.id)
        self._say(self.tr("Sending the fax to {who} now.").format(who=recipient_words(entry)))

    @guarded_slot()
    async def on_cancel_fax_button_clicked(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        who = recipient_words(entry)
        if entry.state is not S.QUEUED:
            self.show_error(self.tr(
                "The fax to {who} can no longer be cancelled: its upload has already started, "
                "so Medsender may have it. Follow it in the Sent tab once it is handed over."
            ).format(who=who))
            return
        question = self.tr("Cancel the fax to {who}? It will not be sent.").format(who=who)
        if not await self._dialogs.confirm(self, question, title=self.tr("Cancel fax")):
            return
        await self._outbox.cancel(entry.id)
        self._say(self.tr("Cancelled: the fax to {who} will not be sent.").format(who=who))

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        for signal, slot in ((self._bridge.outbox_changed, self.on_bridge_outbox_changed),
                             (self._bridge.outbox_progress, self.on_bridge_outbox_progress)):
            with contextlib.suppress(RuntimeError, TypeError):  # closed twice: already done
                signal.disconnect(slot)
        super().done(result)
