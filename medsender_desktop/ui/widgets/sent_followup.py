"""The Sent tab's follow-up for a fax sent from this computer: Retry (one click, same document
and fields), the document that was sent, and the delivery timeline (queued, uploaded, each
attempt, the result). Sending the document as a secure e-mail link is the tab's own action."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import SentFax
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.sent_followup import SentHistory, timeline_lines
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.document_viewer import DocumentViewer

log = logging.getLogger(__name__)


class SentFollowUpPanel(QWidget):
    retried = Signal(str)  #: the new outbox entry's id after Retry
    document_loaded = Signal(bytes)  #: the document that was sent (PDF bytes)

    def __init__(self, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._session: Any = None
        self._token: str | None = None
        self._reason = ""
        self.history: SentHistory | None = None
        self._record: SentFax | None = None
        self.viewer: DocumentViewer | None = None
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setToolTip(self.tr("Send this fax again: same document, same fields"))
        self.document_button = QPushButton(self.tr("Show sent document"), self)
        self.timeline_title = QLabel(self.tr("Delivery timeline"), self)
        self.timeline = QListWidget(self)
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(80)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.retry_button, self.document_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline)
        self.retry_button.clicked.connect(self.on_retry_button_clicked)
        self.document_button.clicked.connect(self.on_document_button_clicked)
        self.hide()

    def show_error(self, message: str, *, title: str = "") -> None:
        self.status_label.setText(message)

    @property
    def token(self) -> str | None:
        return self._token

    def set_session(self, session: Any) -> None:
        self._session = session
        self.show_record(None)

    def show_record(self, record: SentFax | None, *, reason: str = "") -> None:
        """Follow-up for the sent fax ``record`` (None hides it); loads its history."""
        self._token = record.token if record is not None else None
        self._reason, self.history = reason, None
        self.status_label.clear()
        if record is None or self._session is None:
            self.hide()
            return
        self.refresh(record)

    def refresh(self, record: SentFax) -> None:
        """News about the fax shown (e.g. it failed: Retry becomes possible)."""
        self._record = record
        self.on_history_requested(record.token)

    @guarded_slot(str)
    async def on_history_requested(self, token: str) -> None:
        session = self._session
        if session is None:
            return
        history = await session.followup.history(token, self._record)
        if token != self._token or session is not self._session:
            return  # another fax selected, or signed out, meanwhile
        self.history = history
        self.setVisible(history.entry is not None)
        self.retry_button.setEnabled(history.can_retry)
        self.timeline.clear()
        self.timeline.addItems(fmt.timeline_in_words(timeline_lines(history)) or [self.tr("Nothing recorded yet.")])

    @guarded_slot()
    async def on_retry_button_clicked(self) -> None:
        if self._token is None or self._session is None:
            return
        self.retry_button.setEnabled(False)
        entry = await self._session.followup.retry(self._token, self._record)
        self.status_label.setText(self.tr("Sent again: the new fax is in the outbox and appears "
                                          "in this list once Medsender has it."))
        self.retried.emit(entry.id)
        await self.on_history_requested(self._token)

    @guarded_slot()
    async def on_document_button_clicked(self) -> None:
        if self._token is None or self._session is None:
            return
        try:
            document = await self._session.followup.document(self._token)
        except MedsenderError as exc:
            self.status_label.setText(translate_message(exc.message))
            return
        self.document_loaded.emit(document)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("The document that was sent"))
        viewer = DocumentViewer(self._session.documents, self._dialogs, dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(viewer)
        dialog.resize(760, 680)
        self.viewer = viewer
        await viewer.load(document)
        await self._dialogs.run(dialog)
        dialog.deleteLater()
