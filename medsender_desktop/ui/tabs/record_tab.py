"""What the Sent and Received tabs share: a searchable, filterable record table with a side pane.

A subclass builds its side pane between :meth:`RecordTab._build_list` and
:meth:`RecordTab._lay_out`, extends :meth:`RecordTab._connect_signals`, and names the filters
dataclass and the :class:`SyncService` setter that applies it on the server.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.services.session import Session
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.record_model import RECORD_ROLE, RecordTableModel
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.filter_bar import FilterBar, FilterField
from medsender_desktop.ui.widgets.search_edit import SearchEdit
from medsender_desktop.ui.widgets.table_view import RecordTableView

type FiltersSetter[F] = Callable[[Session, F | None], Awaitable[None]]


class RecordTab[R, F](QWidget):
    """A table of ``R`` records with instant search and server-side filters of type ``F``."""

    #: the search hid the record asked for: clear the search rather than fail to select it
    CLEAR_SEARCH_TO_SELECT: ClassVar[bool] = False

    def __init__(self, dialogs: DialogFactory, model: RecordTableModel[R], noun: str,  # translated
                 filters_type: Callable[..., F], set_filters: FiltersSetter[F],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._session: Session | None = None  # set with the bridge by set_session()
        self._noun = noun
        self._filters_type = filters_type
        self._set_filters = set_filters
        self.model = model
        model.setParent(self)
        self.proxy = RecordSearchProxy(self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(50)

    def _build_list(self, search_hint: str, fields: Sequence[FilterField], table_name: str) -> None:
        self.search_edit = SearchEdit(self)
        self.search_edit.setPlaceholderText(search_hint)
        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.count_label = QLabel(self)
        self.filter_bar = FilterBar(fields, self)
        self.filter_bar.hide()
        self.table = RecordTableView(self)
        self.table.setObjectName(table_name)

    def _lay_out(self, side: QWidget, sizes: list[int]) -> None:
        """Search row on top, the filter bar under it, then the table beside ``side``."""
        self.top_row = top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes(sizes)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self.on_search_edit_text_changed)
        self.filters_button.toggled.connect(self.filter_bar.setVisible)
        self.filter_bar.apply_requested.connect(self.on_filter_bar_apply_requested)
        self.filter_bar.clear_requested.connect(self.on_filter_bar_clear_requested)
        self._counts_timer.timeout.connect(self._update_counts)
        for signal in (self.model.rowsInserted, self.model.modelReset, self.proxy.layoutChanged,
                       self.proxy.rowsRemoved, self.proxy.rowsInserted, self.model.dataChanged):
            signal.connect(self._counts_timer.start)  # counted once per burst of updates

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    # --- selection -------------------------------------------------------------------------------
    def selected_record(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_token(self, token: str) -> bool:
        row = self.model.row_of(token)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and self.CLEAR_SEARCH_TO_SELECT:
            self.search_edit.clear()  # the search hid it: show everything
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_counts(self, *args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
        else:
            self.count_label.setText(self.tr("{total} {noun}").format(total=total, noun=self._noun))

    # --- search and filters ----------------------------------------------------------------------
    def on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def current_filters(self) -> F | None:
        if self.filter_bar.is_empty():
            return None
        return self._filters_type(**self.filter_bar.values())

    @guarded_slot()
    async def on_filter_bar_apply_requested(self) -> None:
        if self._session is not None:
            await self._apply_filters(self._session, self.current_filters())

    @guarded_slot()
    async def on_filter_bar_clear_requested(self) -> None:
        if self._session is not None:
            await self._apply_filters(self._session, None)

    async def _apply_filters(self, session: Session, filters: F | None) -> None:
        """The filter bar is disabled while the server reloads the list with ``filters``."""
        self.filter_bar.setEnabled(False)
        try:
            await self._set_filters(session, filters)
        finally:
            self.filter_bar.setEnabled(True)
