"""The AI tab's queue: one row per file not done yet, with its state and progress.

Waiting, uploading (bytes sent of the total), analysing, or failed with the reason in plain
words and Retry / Remove. A row leaves the queue when its result is in (the table shows it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.services.ai_history import AiEntry, AiState
from medsender_desktop.ui.models.ai_model import state_words

ROW_LIMIT_SHOWN = 4  # rows on screen before the queue scrolls


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return QCoreApplication.translate("AiQueueRow", "{size} MB").format(
            size=f"{count / (1024 * 1024):.1f}")
    return QCoreApplication.translate("AiQueueRow", "{size} KB").format(
        size=max(1, round(count / 1024)) if count else 0)


class AiQueueRow(QFrame):
    retry_requested = Signal(str)  #: entry id
    remove_requested = Signal(str)  #: entry id

    def __init__(self, entry: AiEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id = entry.id
        self.setObjectName("aiQueueRow")
        self.name_label = QLabel(self)
        self.name_label.setMinimumWidth(120)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.progress, 0, 1)
        grid.addWidget(self.retry_button, 0, 2)
        grid.addWidget(self.remove_button, 0, 3)
        grid.addWidget(self.state_label, 1, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.entry_id))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.entry_id))
        self.show_entry(entry)

    def show_entry(self, entry: AiEntry) -> None:
        name = entry.file_name
        self.name_label.setText(self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, 260))
        self.name_label.setToolTip(name)
        failed = entry.state is AiState.FAILED
        if entry.state is AiState.UPLOADING and entry.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(entry.sent * 1000 // entry.total)
            text = self.tr("Uploading: {sent} of {total}").format(sent=_size(entry.sent),
                                                                  total=_size(entry.total))
        elif entry.state in (AiState.ANALYSING, AiState.UPLOADING):
            self.progress.setRange(0, 0)  # busy: Medsender is reading it
            text = state_words(entry)[0]
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(0)
            text = (self.tr("Not analyzed: {reason}").format(reason=entry.error) if failed
                    else self.tr("Waiting for its turn"))
        self.progress.setVisible(not failed)
        self.state_label.setText(text)
        self.state_label.setObjectName("errorText" if failed else "")
        self.state_label.style().polish(self.state_label)
        self.retry_button.setVisible(failed)
        self.remove_button.setVisible(failed)
        self.progress.setAccessibleName(self.tr("Progress of {file}").format(file=name))
        self.retry_button.setAccessibleName(self.tr("Retry {file}").format(file=name))
        self.remove_button.setAccessibleName(self.tr("Remove {file} from the queue").format(file=name))
        self.state_label.setAccessibleName(text)


class AiQueue(QScrollArea):
    retry_requested = Signal(str)  #: entry id
    remove_requested = Signal(str)  #: entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aiQueue")
        self.setAccessibleName(self.tr("Queue of documents being analyzed"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows' buttons
        host = QWidget(self)
        self._column = QVBoxLayout(host)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addStretch(1)
        self.setWidget(host)
        self.rows: dict[str, AiQueueRow] = {}
        self.hide()

    def show_entry(self, entry: AiEntry) -> None:
        """Add or update the entry's row; a done entry leaves the queue."""
        if entry.state is AiState.DONE:
            self.remove_entry(entry.id)
            return
        row = self.rows.get(entry.id)
        if row is None:
            row = AiQueueRow(entry, self.widget())
            row.retry_requested.connect(self.retry_requested)
            row.remove_requested.connect(self.remove_requested)
            self._column.insertWidget(self._column.count() - 1, row)
            self.rows[entry.id] = row
        else:
            row.show_entry(entry)
        self._fit()

    def remove_entry(self, entry_id: str) -> None:
        row = self.rows.pop(entry_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self._fit()

    def clear_rows(self) -> None:
        for entry_id in list(self.rows):
            self.remove_entry(entry_id)

    def _fit(self) -> None:
        """As tall as its first rows at the current width (the rest scroll)."""
        self.setVisible(bool(self.rows))
        if not self.rows:
            return
        width = self.viewport().width()
        heights = [row.heightForWidth(width) if row.hasHeightForWidth() else -1
                   for row in list(self.rows.values())[:ROW_LIMIT_SHOWN]]
        rows = [h if h > 0 else row.sizeHint().height()
                for h, row in zip(heights, self.rows.values(), strict=False)]
        self.setFixedHeight(sum(rows) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
