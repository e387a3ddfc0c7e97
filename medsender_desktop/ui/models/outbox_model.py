"""The outbox as a table: each fax (one per recipient) with its state in words, recipient,
pages and times, newest first; an upload's progress under ``PROGRESS_ROLE``."""

from __future__ import annotations

import datetime as dt
import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from medsender_desktop.services.outbox_store import OutboxEntry, OutboxState
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translate, translate_message
from medsender_desktop.ui.models.record_model import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
S = OutboxState
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10  #: 0..1000 while uploading, else None



def _when(at: float) -> str:
    return fmt.when(dt.datetime.fromtimestamp(at, dt.UTC))


def state_words(entry: OutboxEntry, now: float | None = None) -> str:
    """Where the fax is, in the words the Outbox view and its tests use."""
    now = time.time() if now is None else now
    if entry.state is S.QUEUED:
        if entry.send_at is not None and entry.send_at > now:
            return translate("Outbox", "Scheduled for {time}").format(time=_when(entry.send_at))
        if entry.tries and entry.next_try_at > now:
            return translate("Outbox", "Waiting for the network (next try {time})").format(
                time=fmt.clock(dt.datetime.fromtimestamp(entry.next_try_at, dt.UTC)))
        return translate("Outbox", "Waiting to upload")
    if entry.state is S.UPLOADING:
        return translate("Outbox", "Uploading")
    if entry.state is S.UNKNOWN:
        return translate("Outbox", "Checking whether it arrived")
    if entry.state is S.CANCELLED:
        return translate("Outbox", "Cancelled")
    if entry.state is S.FAILED:
        return translate("Outbox", "Refused: {reason}").format(reason=translate_message(entry.error or ""))
    if entry.delivery == "success":
        return translate("Outbox", "Handed over; delivered")
    if entry.delivery == "failure":
        return translate("Outbox", "Handed over; not delivered")
    return translate("Outbox", "Handed over to Medsender")


def recipient_words(entry: OutboxEntry) -> str:
    name = str(entry.fields.get("recipient_name") or "")
    number = fmt.phone(entry.to_number)
    return f"{name} — {number}" if name else number


class OutboxColumn(IntEnum):
    STATE = 0
    RECIPIENT = 1
    PAGES = 2
    ADDED = 3


TITLES = {OutboxColumn.STATE: QT_TRANSLATE_NOOP("Outbox", "Status"),
          OutboxColumn.RECIPIENT: QT_TRANSLATE_NOOP("Outbox", "To"),
          OutboxColumn.PAGES: QT_TRANSLATE_NOOP("Outbox", "Pages"),
          OutboxColumn.ADDED: QT_TRANSLATE_NOOP("Outbox", "Added")}


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[OutboxEntry] = []
        self._progress: dict[str, tuple[int, int]] = {}
        self._pages: dict[tuple[str, ...], int] = {}

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OutboxColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(OutboxColumn)):
            return translate("Outbox", TITLES[OutboxColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = OutboxColumn(index.column())
        if role == RECORD_ROLE:
            return entry
        if role == PROGRESS_ROLE:
            return self.progress(entry) if column is OutboxColumn.STATE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is OutboxColumn.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: OutboxEntry, column: OutboxColumn) -> str:
        if column is OutboxColumn.STATE:
            progress = self.progress(entry)
            words = state_words(entry)
            return words if progress is None else f"{words} {progress // 10}%"
        if column is OutboxColumn.RECIPIENT:
            return recipient_words(entry)
        if column is OutboxColumn.PAGES:
            pages = self._pages.get(entry.documents)
            return str(pages) if pages is not None else "…"
        return _when(entry.created_at)

    # --- updates -----------------------------------------------------------------------------
    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: (-e.created_at, e.id))
        self.endResetModel()

    def update(self, entry: OutboxEntry) -> None:
        """A new or changed entry (live): one row changed, or one inserted at the top."""
        for row, known in enumerate(self.entries):
            if known.id == entry.id:
                self.entries[row] = entry
                if entry.state is not S.UPLOADING:
                    self._progress.pop(entry.id, None)
                self._row_changed(row)
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.entries.insert(0, entry)
        self.endInsertRows()

    def set_progress(self, entry_id: str, sent: int, total: int) -> None:
        self._progress[entry_id] = (sent, total)
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                index = self.index(row, OutboxColumn.STATE)
                self.dataChanged.emit(index, index)
                return

    def progress(self, entry: OutboxEntry) -> int | None:
        """Per mille of the upload sent; None when the fax is not uploading."""
        if entry.state is not S.UPLOADING:
            return None
        sent, total = self._progress.get(entry.id, (0, 0))
        return min(1000, sent * 1000 // total) if total > 0 else 0

    def set_pages(self, documents: tuple[str, ...], pages: int) -> None:
        self._pages[documents] = pages
        for row, entry in enumerate(self.entries):
            if entry.documents == documents:
                index = self.index(row, OutboxColumn.PAGES)
                self.dataChanged.emit(index, index)

    def pages_known(self, documents: tuple[str, ...]) -> bool:
        return documents in self._pages

    def row_of(self, entry_id: str) -> int:
        return next((row for row, e in enumerate(self.entries) if e.id == entry_id), -1)

    def refresh_words(self) -> None:
        """Times passed (a schedule became due, a retry delay ran out): redraw the states."""
        if self.entries:
            self.dataChanged.emit(self.index(0, OutboxColumn.STATE),
                                  self.index(len(self.entries) - 1, OutboxColumn.STATE))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(OutboxColumn) - 1))
