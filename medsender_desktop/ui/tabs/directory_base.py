"""What the Numbers and Clients tabs share: a searchable list of the account's numbers or
clients beside a details pane with the selected one's actions.

A subclass names its model, how to fetch the list, how to show one record's details and its
own actions; the list is fetched fresh from Medsender on sign-in, Refresh, and after every
change made here (and after one made in the other tab: a number's client is the other side
of a client's numbers).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.services.session import Session
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.record_model import RECORD_ROLE, RecordTableModel
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.action_bar import ActionBar
from medsender_desktop.ui.widgets.detail_pane import DetailPane
from medsender_desktop.ui.widgets.search_edit import SearchEdit
from medsender_desktop.ui.widgets.table_view import RecordTableView


class DirectoryTab[R](QWidget):
    loaded = Signal(list)  #: the records just loaded (list[FaxNumber] or list[Client])
    changed = Signal()  #: no payload: a number or client was added or changed here

    def __init__(self, dialogs: DialogFactory, model: RecordTableModel[R], sort_column: int,
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._session: Session | None = None
        self.model = model
        model.setParent(self)
        self.proxy = RecordSearchProxy(self)
        self.search_edit = SearchEdit(self)
        self.top_bar = ActionBar(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Fetch the list from Medsender again"))
        self.count_label = QLabel(self)
        self.table = RecordTableView(self)
        self.table.use_model(model, self.proxy, sort_column, Qt.SortOrder.AscendingOrder)
        self.action_bar = ActionBar(self)
        self.detail = DetailPane(empty_text, self)
        self.note = QLabel(self.detail)  # what was just done, in words
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.top_bar)
        top.addWidget(self.refresh_button)
        top.addWidget(self.count_label)
        self.detail.add_widget(self.note)
        self.detail.add_widget(QWidget(self.detail), 1)
        details = QScrollArea(self)
        details.setWidget(self.detail)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.action_bar)
        column.addWidget(details, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([800, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.refresh_button.clicked.connect(self.on_refresh_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

    # --- what subclasses say ------------------------------------------------------------------------
    async def _fetch(self, session: Session) -> list[R]:
        """The list, fresh from Medsender (raises MedsenderError)."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def show_record(self, record: R | None) -> None:
        """The details and the actions' state for ``record`` (None: nothing selected)."""
        raise NotImplementedError

    # --- shared behaviour ----------------------------------------------------------------------------
    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_session(self, bridge: SessionBridge | None) -> None:
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        self.model.set_records([])
        self.count_label.clear()
        self.note.clear()
        self.show_record(None)

    def selected_record(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search_edit.clear()  # the search hid it: show everything
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def on_table_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.note.clear()
        self.show_record(self.selected_record())

    async def reload(self, select: str | None = None) -> list[R]:
        """Load the list from Medsender (raises MedsenderError); keeps the selection, or
        selects the record with key ``select``."""
        if self._session is None:
            return []
        selected = self.selected_record()
        keep = select or (self.model.key(selected) if selected is not None else None)
        self.refresh_button.setEnabled(False)
        try:
            records = await self._fetch(self._session)
        finally:
            self.refresh_button.setEnabled(True)
        self.model.set_records(records)
        self.count_label.setText(self.count_text(len(records)))
        if keep is None or not self.select_key(keep):
            self.show_record(None)
        self.loaded.emit(records)
        return records

    @guarded_slot()
    async def on_refresh_button_clicked(self) -> None:
        await self.reload()

    @guarded_slot()
    async def on_directory_changed(self) -> None:
        """The other tab changed numbers or clients: what this one shows changed too."""
        await self.reload()

    async def _after_change(self, note: str, key: str | None = None) -> None:
        """After a change made here: the list again (selecting ``key``), what was done in
        words, and the window told (the other tab reloads)."""
        self.changed.emit()
        await self.reload(select=key)
        self.note.setText(note)
