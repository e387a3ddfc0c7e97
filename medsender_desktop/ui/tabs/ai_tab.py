"""The AI tab: drop or choose documents (several at once), follow each in a queue, and keep
what Medsender AI read (classification, patient, DOB, gender, phone, summary) against the file
it came from, across restarts. Open a result's document, send it on pre-filled, export CSV.

The work itself is :class:`~medsender_desktop.services.ai_runs.AiRuns` (no Qt); this tab only
shows its entries and asks it things.
"""

from __future__ import annotations

import asyncio
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.services.ai_export import entries_csv
from medsender_desktop.services.ai_history import AiEntry, AiState
from medsender_desktop.services.ai_runs import AiRuns
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.drops import FileDropTarget
from medsender_desktop.ui.models.ai_model import AiColumn, AiResultTableModel
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.tabs.ai_details import entry_rows
from medsender_desktop.ui.widgets.action_bar import ActionBar, tab_action
from medsender_desktop.ui.widgets.ai_queue import AiQueue
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer
from medsender_desktop.ui.widgets.search_edit import SearchEdit
from medsender_desktop.ui.widgets.table_view import RecordTableView

VIEWER_WIDTH = 520  # the pages' width when a document is opened
DOCUMENT_FILTER = "Documents (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)"


class AiTab(FileDropTarget, QWidget):
    send_requested = Signal(list, str, str)  #: [file for New fax], patient name, DOB (ISO) or ""

    def __init__(self, dialogs: DialogFactory, documents: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._runs: AiRuns | None = None
        self._opened: str | None = None  # entry whose document is in the viewer
        self.model = AiResultTableModel(self)
        self.proxy = RecordSearchProxy(self)
        self.viewer = DocumentViewer(documents, dialogs, self)
        self._build()
        self.table.use_model(self.model, self.proxy, AiColumn.ADDED, Qt.SortOrder.DescendingOrder)
        self._connect_signals()
        self.set_session(None)

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.choose_action = tab_action(self, self.tr("Choose files…"),
                                        self.tr("Analyze PDF, TIFF, PNG or JPG files (several at once)"),
                                        "Ctrl+O")
        self.open_action = tab_action(self, self.tr("Open document"),
                                      self.tr("Show this result's document beside the list (Enter)"))
        self.send_action = tab_action(self, self.tr("Send this…"),
                                      self.tr("Fax this document, with its patient filled in"))
        self.export_action = tab_action(self, self.tr("Export CSV…"),
                                        self.tr("Save every result in the list as a CSV file"))
        self.remove_action = tab_action(self, self.tr("Remove"),
                                        self.tr("Remove this result and its document copy from "
                                                "this computer"))
        self.action_bar = ActionBar(self)
        self.analyze_button = self.action_bar.add(self.choose_action)
        self.open_button = self.action_bar.add(self.open_action)
        self.send_button = self.action_bar.add(self.send_action)
        self.export_button = self.action_bar.add(self.export_action)
        self.remove_button = self.action_bar.add(self.remove_action)
        for button, action in ((self.analyze_button, self.choose_action),
                               (self.open_button, self.open_action), (self.send_button, self.send_action),
                               (self.export_button, self.export_action),
                               (self.remove_button, self.remove_action)):
            button.setAccessibleName(action.text())
        self.hint = QLabel(self.tr("Drop PDF, TIFF, PNG or JPG files here to analyze them."), self)
        self.hint.setObjectName("hint")
        self.hint.setToolTip(self.hint.text())
        # a narrow window clips the hint rather than widening the window for it
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.action_bar.add_widget(self.hint)
        self.search_edit = SearchEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search results (file, patient, type…)  Ctrl+F"))
        self.search_edit.setAccessibleName(self.tr("Search results"))
        self.queue = AiQueue(self)
        self.table = RecordTableView(self)
        self.table.setObjectName("aiTable")
        self.table.setAccessibleName(self.tr("AI results"))
        self.detail = DetailPane(self.tr("Select a result to see what the AI read."), self)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("The AI's summary of the document"))
        self.summary.setTabChangesFocus(True)
        self.detail.add_widget(self.summary, 1)
        list_and_detail = QSplitter(Qt.Orientation.Vertical, self)
        list_and_detail.addWidget(self.table)
        list_and_detail.addWidget(self.detail)
        list_and_detail.setSizes([330, 260])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_edit)
        column.addWidget(self.queue)
        column.addWidget(list_and_detail, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1, 0])  # the pages appear beside the list on Open document
        layout = QVBoxLayout(self)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.splitter, 1)
        self.viewer.clear(self.tr("Select a result and click Open document to see it here."))

    def _focus_chain(self) -> None:
        """Tab: the actions, search, queue rows, the list, the details, then the pages."""
        rows = [w for row in self.queue.rows.values()
                for w in (row.retry_button, row.remove_button)]
        chain = [self.analyze_button, self.open_button, self.send_button, self.export_button,
                 self.remove_button, self.search_edit, *rows, self.table, self.summary,
                 *self.viewer.focus_chain()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.choose_action.triggered.connect(self.on_choose_action_triggered)
        self.open_action.triggered.connect(self.on_open_action_triggered)
        self.send_action.triggered.connect(self.on_send_action_triggered)
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.remove_action.triggered.connect(self.on_remove_action_triggered)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.queue.retry_requested.connect(self.on_queue_retry_requested)
        self.queue.remove_requested.connect(self.on_queue_remove_requested)

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- session -------------------------------------------------------------------------
    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.ai_entry_changed.disconnect(self.on_bridge_ai_entry_changed)
            self._bridge.ai_entry_removed.disconnect(self.on_bridge_ai_entry_removed)
        self._bridge = bridge
        self._runs = bridge.session.ai_runs if bridge is not None else None
        self.choose_action.setEnabled(bridge is not None)
        self.queue.clear_rows()
        self.model.set_records([])
        self._opened = None
        self.viewer.clear(self.tr("Select a result and click Open document to see it here."))
        if bridge is not None and self._runs is not None:
            entries = self._runs.entries
            self.model.set_records([e for e in entries if self._listed(e)])
            for entry in entries:
                if entry.state is not AiState.DONE:
                    self.queue.show_entry(entry)
            bridge.ai_entry_changed.connect(self.on_bridge_ai_entry_changed)
            bridge.ai_entry_removed.connect(self.on_bridge_ai_entry_removed)
        self._focus_chain()
        self._update_actions()

    @staticmethod
    def _listed(entry: AiEntry) -> bool:
        """In the results table: what reached Medsender (a refused file is in the queue only)."""
        return entry.ai_token is not None or entry.state is AiState.DONE

    def on_bridge_ai_entry_changed(self, entry: AiEntry) -> None:
        had_row = entry.id in self.queue.rows
        self.queue.show_entry(entry)
        if (entry.id in self.queue.rows) != had_row:
            self._focus_chain()
        if self._listed(entry) or self.model.row_of(entry.id) is not None:  # a retry too
            self.model.upsert(entry)
        selected = self.selected_entry()
        if selected is not None and selected.id == entry.id:
            self._show_details(entry)
        self._update_actions()

    def on_bridge_ai_entry_removed(self, entry_id: str) -> None:
        self.queue.remove_entry(entry_id)
        self.model.set_records([e for e in self.model.records if e.id != entry_id])
        if self._opened == entry_id:
            self._opened = None
            self.viewer.clear(self.tr("Select a result and click Open document to see it here."))
        self._focus_chain()
        self._update_actions()

    # --- adding files --------------------------------------------------------------------
    def files_dropped(self, paths: list[Path]) -> None:
        self.analyse(paths)

    def analyse(self, paths: list[Path]) -> None:
        """Queue ``paths`` (drops and Choose files end here); returns at once."""
        if self._runs is None:
            self.show_error(self.tr("Sign in first: the AI runs on your Medsender account."))
            return
        self._runs.add(paths)

    @guarded_slot()
    async def on_choose_action_triggered(self) -> None:
        paths = await self._dialogs.open_paths(self, self.tr("Choose documents to analyze"),
                                               DOCUMENT_FILTER)
        if paths:
            self.analyse(paths)

    def on_queue_retry_requested(self, entry_id: str) -> None:
        if self._runs is not None:
            self._runs.retry(entry_id)

    @guarded_slot(str)
    async def on_queue_remove_requested(self, entry_id: str) -> None:
        if self._runs is not None:
            await self._runs.remove(entry_id)

    # --- the selected result -------------------------------------------------------------
    def selected_entry(self) -> AiEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.show_empty()
            self.summary.clear()
        else:
            self._show_details(entry)
        self._update_actions()

    def _show_details(self, entry: AiEntry) -> None:
        title, rows = entry_rows(entry)
        self.detail.show_fields(title, rows, entry.error or None)
        summary = (entry.result.summary or "") if entry.result is not None else ""
        if self.summary.toPlainText() != summary:
            self.summary.setPlainText(summary)

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        has_document = entry is not None and (entry.kept or bool(entry.source))
        self.open_action.setEnabled(has_document)
        self.send_action.setEnabled(has_document and entry is not None and entry.state is AiState.DONE)
        self.remove_action.setEnabled(entry is not None and entry.is_final)
        self.export_action.setEnabled(self.model.rowCount() > 0)

    def on_table_activated(self, index: QModelIndex) -> None:
        self.open_action.trigger()

    @guarded_slot()
    async def on_open_action_triggered(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._runs is None:
            return
        self._opened = entry.id
        self._show_viewer()
        self.viewer.clear(self.tr("Opening…"))
        try:
            pdf = await self._runs.document(entry.id)
        except BaseException:
            self.viewer.clear(self.tr("This document could not be shown."))
            raise
        if self._opened == entry.id:
            await self.viewer.load(pdf)

    def _show_viewer(self) -> None:
        """Open the pages beside the list (collapsed until a document is opened)."""
        left, right = self.splitter.sizes()
        if right < VIEWER_WIDTH // 2:
            total = left + right
            self.splitter.setSizes([max(total - VIEWER_WIDTH, total // 2), min(VIEWER_WIDTH, total // 2)])

    @guarded_slot()
    async def on_send_action_triggered(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._runs is None:
            return
        path = await self._runs.fax_file(entry.id)
        result = entry.result
        self.send_requested.emit([path], (result.patient_name or "") if result else "",
                                 (result.patient_dob or "") if result else "")

    @guarded_slot()
    async def on_export_action_triggered(self) -> None:
        rows = [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]
        if not rows:
            return
        target = await self._dialogs.save_path(self, self.tr("Export AI results"), "ai-results.csv",
                                               self.tr("CSV files (*.csv)"))
        if target is None:
            return
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        await asyncio.to_thread(target.write_bytes, entries_csv(rows))
        self._dialogs.info(self, self.tr("{count} results saved to {name}.").format(
            count=len(rows), name=target.name))

    @guarded_slot()
    async def on_remove_action_triggered(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._runs is None:
            return
        if await self._dialogs.confirm(self, self.tr("Remove this result and its document copy "
                                                     "from this computer?")):
            await self._runs.remove(entry.id)
