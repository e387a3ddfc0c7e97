"""The base of every table: a list of typed records, columns named by an IntEnum.

- The record is returned under ``RECORD_ROLE`` (Qt.UserRole), a sortable value under
  ``SORT_ROLE`` and one lower-case search text per row under ``SEARCH_ROLE``.
- Updates are incremental: a token -> row map finds the row of a changed record, so a live
  update touches one row (``dataChanged``, or one ``beginMoveRows`` when its sort key
  changed), a new record is one ``beginInsertRows`` at its sorted place.
- Sorting happens here, as one Python sort (the proxy only filters): a QSortFilterProxyModel
  would call ``data()`` for every comparison, far too slow for 10,000 rows in Python.
- No per-row widgets; text, icons and fonts come from ``data()``, so 10,000+ rows stay smooth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon

from medsender_desktop.ui.i18n import translated

Index = QModelIndex | QPersistentModelIndex

WARM_SLICE = 200  # search texts computed per idle slice (a few ms)
RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column[R]:
    """How one column shows a record."""

    title: str  # marked with QT_TRANSLATE_NOOP("columns", ...): translated in the header
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # defaults to the text
    icon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str] | None = None
    width: int = 120
    align_right: bool = False
    widest: Callable[[], str] | None = None  # a text as wide as the widest value (dates)


class RecordTableModel[R](QAbstractTableModel):
    """Subclasses set ``Columns`` (an IntEnum) and ``COLUMNS`` (one :class:`Column` each) and
    implement :meth:`key`."""

    Columns: ClassVar[type[IntEnum]]
    COLUMNS: ClassVar[dict[Any, Column[Any]]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._rows: dict[str, int] = {}
        self._search: list[str | None] = []  # computed on first search, per row
        self._keys: list[Any] = []  # sort key per row while sorted
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._warm_cursor = 0
        self._warm_timer = QTimer(self)  # fills search texts in idle slices after a reload
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_search_texts)
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # --- to override -------------------------------------------------------------------------
    def key(self, record: R) -> str:
        """Abstract: the record's unique token (send token, email id) in this model."""
        raise NotImplementedError

    def is_emphasised(self, record: R) -> bool:
        """Rows shown in bold (e.g. unread faxes)."""
        return False

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self.COLUMNS[self.Columns(index.column())]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            value = column.sort(record) if column.sort else column.text(record)
            return "" if value is None else value
        if role == SEARCH_ROLE:
            return self.search_text_at(index.row())
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.FontRole and self.is_emphasised(record):
            return self._bold_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.Columns)):
            return translated("columns", self.COLUMNS[self.Columns(section)].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- records ---------------------------------------------------------------------------------
    def search_text_at(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = self.search_text(self._records[row])
        return text

    def search_text(self, record: R) -> str:
        parts = [col.text(record) for col in self.COLUMNS.values()]
        parts.extend(self.extra_search_terms(record))
        return "\n".join(parts).casefold()

    def extra_search_terms(self, record: R) -> Iterable[str]:
        return ()

    def set_records(self, records: Sequence[R]) -> None:
        # Unchanged records keep their search text: a reload (F5, a filter) with a search
        # active then re-filters without recomputing every row on the UI thread.
        known = {self.key(r): (r, t) for r, t in zip(self._records, self._search, strict=True)
                 if t is not None}
        self.beginResetModel()
        self._records = list(records)
        self._search = [_known_text(known.get(self.key(r)), r) for r in self._records]
        if self._sort is not None:
            self._reorder()
        self._rows = {self.key(r): i for i, r in enumerate(self._records)}
        self.endResetModel()
        self._warm_cursor = 0
        self._warm_timer.start()

    def _warm_search_texts(self) -> None:
        end = min(len(self._search), self._warm_cursor + WARM_SLICE)
        for row in range(self._warm_cursor, end):
            if self._search[row] is None:
                self._search[row] = self.search_text(self._records[row])
        self._warm_cursor = end
        if end >= len(self._search):
            self._warm_timer.stop()

    def upsert(self, record: R) -> bool:
        """Replace the record with the same key, or add it (in sorted place). True when new."""
        key = self.key(record)
        row = self._rows.get(key)
        if row is not None:
            self._replace(row, record)
            return False
        row = self._insert_position(self._sort_key(record)) if self._sort else len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self._search.insert(row, None)
        if self._sort is not None:
            self._keys.insert(row, self._sort_key(record))
        self._rows = {self.key(r): i for i, r in enumerate(self._records)}
        self.endInsertRows()
        return True

    def _replace(self, row: int, record: R) -> None:
        self._records[row] = record
        if self._sort is not None:
            new_key = self._sort_key(record)
            if new_key != self._keys[row]:
                del self._keys[row]
                target = self._insert_position(new_key, skip=row)
                self._keys.insert(row, new_key)
                qt_target = target if target <= row else target + 1
                if qt_target not in (row, row + 1) and self.beginMoveRows(
                        QModelIndex(), row, row, QModelIndex(), qt_target):
                    for items in (self._records, self._search, self._keys):
                        items.insert(target, items.pop(row))
                    self._rows = {self.key(r): i for i, r in enumerate(self._records)}
                    self.endMoveRows()
                    row = target
        self.refresh_row(row)

    # --- sorting: one Python sort in the model, not a Qt call per comparison -------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.Columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        anchors = [(self.key(self._records[i.row()]), i.column()) for i in persistent]
        self._sort = (column, order)
        self._reorder()
        self._rows = {self.key(r): i for i, r in enumerate(self._records)}
        self.changePersistentIndexList(
            persistent, [self.index(self._rows[key], col) for key, col in anchors])
        self.layoutChanged.emit()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _sort_key(self, record: R) -> Any:
        assert self._sort is not None
        column = self.COLUMNS[self.Columns(self._sort[0])]
        value = column.sort(record) if column.sort else column.text(record)
        if value is None:
            return ""
        return value.casefold() if isinstance(value, str) else value

    def _reorder(self) -> None:
        assert self._sort is not None
        keys = [self._sort_key(r) for r in self._records]
        descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        self._records = [self._records[i] for i in order]
        self._search = [self._search[i] for i in order]
        self._keys = [keys[i] for i in order]

    def _insert_position(self, key: Any, skip: int | None = None) -> int:
        """Where ``key`` goes in the sorted rows (after equal keys); ``_keys`` already lacks
        the row being moved when ``skip`` is given."""
        assert self._sort is not None
        descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if (self._keys[mid] < key) if descending else (key < self._keys[mid]):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def refresh_row(self, row: int) -> None:
        self._search[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Columns) - 1))

    def refresh_key(self, key: str) -> None:
        row = self._rows.get(key)
        if row is not None:
            self.refresh_row(row)

    def refresh_all(self) -> None:
        if self._records:
            self._search = [None] * len(self._records)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.Columns) - 1))

    def record_at(self, row: int) -> R:
        return self._records[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def find(self, key: str) -> R | None:
        row = self._rows.get(key)
        return None if row is None else self._records[row]

    @property
    def records(self) -> list[R]:
        return list(self._records)


def _known_text(known: tuple[Any, str] | None, record: Any) -> str | None:
    """The cached search text of ``record`` if the cached one is the same record (same fields)."""
    if known is None:
        return None
    old, text = known
    return text if old is record or old == record else None
