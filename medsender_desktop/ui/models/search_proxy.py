"""Instant local search and sorting over a :class:`RecordTableModel` (no network)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from medsender_desktop.ui.models.record_model import SEARCH_ROLE, RecordTableModel


class RecordSearchProxy(QSortFilterProxyModel):
    """Rows whose search text contains every word typed (case-insensitive, any column,
    phone numbers also by bare digits). Sorting is passed on to the source model, which sorts
    its own list once instead of comparing row by row through Qt."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._accept: Callable[[Any], bool] | None = None
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_search(self, text: str) -> None:
        words = [w for w in text.casefold().split() if w]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_accept(self, accept: Callable[[Any], bool] | None) -> None:
        """Show only the records ``accept`` says yes to (e.g. one kind), None: all."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def search(self) -> str:
        return " ".join(self._words)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if (self._accept is not None and isinstance(model, RecordTableModel)
                and not self._accept(model.record_at(source_row))):
            return False
        if not self._words:
            return True
        if isinstance(model, RecordTableModel):
            text = model.search_text_at(source_row)
        else:
            text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
