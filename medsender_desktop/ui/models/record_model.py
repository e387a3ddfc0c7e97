"""The base of every table: a list of typed records, columns named by an IntEnum.

- The record is returned under ``RECORD_ROLE`` (Qt.UserRole), a sortable value under
  ``SORT_ROLE`` and one lower-case search text per row under ``SEARCH_ROLE``.
- Updates are incremental: a token -> row map finds the row of a changed record, so a live
  update touches one row (``dataChanged``), a new record is one ``beginInsertRows``.
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
)
from PySide6.QtGui import QFont, QIcon

Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column[R]:
    """How one column shows a record."""

    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # defaults to the text
    icon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str] | None = None
    width: int = 120
    align_right: bool = False


class RecordTableModel[R](QAbstractTableModel):
    """Subclasses set ``Columns`` (an IntEnum) and ``COLUMNS`` (one :class:`Column` each) and
    implement :meth:`key`."""

    Columns: ClassVar[type[IntEnum]]
    COLUMNS: ClassVar[dict[Any, Column[Any]]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._rows: dict[str, int] = {}
        self._search: list[str] = []
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # --- to override -------------------------------------------------------------------------
    def key(self, record: R) -> str:
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
            return self._search[index.row()]
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
            return self.COLUMNS[self.Columns(section)].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- records ---------------------------------------------------------------------------------
    def search_text(self, record: R) -> str:
        parts = [col.text(record) for col in self.COLUMNS.values()]
        parts.extend(self.extra_search_terms(record))
        return "\n".join(parts).casefold()

    def extra_search_terms(self, record: R) -> Iterable[str]:
        return ()

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._rows = {self.key(r): i for i, r in enumerate(self._records)}
        self._search = [self.search_text(r) for r in self._records]
        self.endResetModel()

    def upsert(self, record: R) -> bool:
        """Replace the record with the same key, or append it. True when it was new."""
        key = self.key(record)
        row = self._rows.get(key)
        if row is not None:
            self._records[row] = record
            self.refresh_row(row)
            return False
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self._search.append(self.search_text(record))
        self._rows[key] = row
        self.endInsertRows()
        return True

    def refresh_row(self, row: int) -> None:
        self._search[row] = self.search_text(self._records[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Columns) - 1))

    def refresh_key(self, key: str) -> None:
        row = self._rows.get(key)
        if row is not None:
            self.refresh_row(row)

    def refresh_all(self) -> None:
        if self._records:
            self._search = [self.search_text(r) for r in self._records]
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
