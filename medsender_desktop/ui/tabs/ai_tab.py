"""The AI tab: read a document with Medsender's document AI (patient, type, summary).

Results of this session are listed; batch runs, history and export come with the next release.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from medsender_desktop.api import AiResult
from medsender_desktop.services.ai import AiService
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.ai_model import AiColumn, AiResultTableModel
from medsender_desktop.ui.models.search_proxy import RecordSearchProxy
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.widgets.table_view import RecordTableView


class AiTab(QWidget):
    def __init__(self, dialogs: DialogFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._bridge: SessionBridge | None = None
        self._ai: AiService | None = None
        self.model = AiResultTableModel(self)
        self.proxy = RecordSearchProxy(self)
        self.analyze_button = QPushButton("Analyze a document…", self)
        self.analyze_button.setToolTip("Find the patient, document type and a summary (PDF, TIFF, PNG, JPG)")
        hint = QLabel("Results of documents analyzed in this session. Received faxes show their "
                      "AI fields in the Received tab.", self)
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.analyze_button)
        top.addWidget(hint, 1)
        self.table = RecordTableView(self)
        self.table.use_model(self.model, self.proxy, AiColumn.STATUS, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.analyze_button.clicked.connect(self.on_analyze_button_clicked)

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    def focus_search(self) -> None:
        self.table.setFocus()

    def set_session(self, bridge: SessionBridge | None) -> None:
        self._bridge = bridge
        self._ai = bridge.session.ai if bridge is not None else None
        self.analyze_button.setEnabled(bridge is not None)
        self.model.set_records([])

    @guarded_slot()
    async def on_analyze_button_clicked(self) -> None:
        paths = await self._dialogs.open_paths(self, "Choose a document to analyze",
                                               "Documents (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)")
        for path in paths:
            await self.analyze(path)

    async def analyze(self, path: Path) -> AiResult:
        """Upload one document and follow its AI job to the end (raises MedsenderError)."""
        assert self._ai is not None
        self.analyze_button.setEnabled(False)
        try:
            result = job = await self._ai.run(path)
        finally:
            self.analyze_button.setEnabled(True)
        self.model.name_file(job.ai_token, path.name)
        self.model.upsert(job)
        async for update in self._ai.follow(job):
            self.model.upsert(update)
            result = update
        return result
