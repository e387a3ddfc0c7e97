"""What the UI table benchmark (``bench_ui``) drives: the event loop run by hand (``Pump``),
and the two tables measured side by side, the app's tab (``AppSubject``) and a bare Qt table
with the same rows (``BareSubject``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from benchmarks.ui_records import Dataset
from medsender_desktop.ui.models.record_model import RecordTableModel
from medsender_desktop.ui.tabs.record_tab import RecordTab

WINDOW = (1280, 800)  # the tab's size on screen; the table gets its splitter share
TIMEOUT = 20.0

class PaintCounter(QObject):
    """Counts paint events reaching a view's viewport."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Pump:
    """Runs the event loop by hand; every step's duration is recorded as a stall."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.stalls: list[float] = []  # processEvents calls
        self.slots: list[float] = []  # triggers (one event dispatch each in the app)

    def reset(self) -> None:
        self.stalls, self.slots = [], []

    def trigger(self, fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        spent = time.perf_counter() - start
        self.slots.append(spent)
        return spent

    def until(self, done: Callable[[], bool]) -> float:
        """Process events until ``done()``; returns the busy time (idle waits excluded)."""
        busy = 0.0
        deadline = time.monotonic() + TIMEOUT
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError("the UI did not settle")
            start = time.perf_counter()
            self.app.processEvents()
            spent = time.perf_counter() - start
            self.stalls.append(spent)
            busy += spent
            if spent < 2e-4 and not done():
                time.sleep(0.001)  # a timer is pending: wait for it without spinning
        return busy


class Subject:
    """One table as the user sees it: a search box above a sorted table."""

    name: str
    view: QTableView
    search_edit: QLineEdit

    def __init__(self, pump: Pump) -> None:
        self.pump = pump
        self.paints: PaintCounter

    def load(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def update(self, record: Any) -> None:
        raise NotImplementedError

    def settled(self) -> bool:
        """Nothing deferred left to run (a bare table defers nothing)."""
        return True

    def until_painted(self) -> float:
        before = self.paints.count
        return self.pump.until(lambda: self.paints.count > before)

    def settle(self) -> float:
        return self.pump.until(self.settled)


class AppSubject(Subject):
    def __init__(self, pump: Pump, tab: RecordTab[Any, Any], data: Dataset,
                 reset: Callable[[list[Any]], None], change: Callable[[Any], None]) -> None:
        super().__init__(pump)
        self.name, self.tab, self.data = "app", tab, data
        self._reset, self._change = reset, change
        self.model: RecordTableModel[Any] = tab.model
        self.view, self.search_edit = tab.table, tab.search_edit
        tab.resize(*WINDOW)
        tab.show()
        self.paints = PaintCounter(self.view.viewport())

    def load(self) -> None:
        self._reset(self.data.records)

    def clear(self) -> None:
        self._reset([])

    def update(self, record: Any) -> None:
        self._change(record)

    def settled(self) -> bool:
        # the model's idle-sliced search indexing and the tab's deferred counts
        return not (self.model._warm_timer.isActive() or self.tab._counts_timer.isActive())


class BareSubject(Subject):
    def __init__(self, pump: Pump, model: RecordTableModel[Any], data: Dataset,
                 like: QTableView) -> None:
        super().__init__(pump)
        self.name = "bare"
        columns = list(model.COLUMNS.values())
        self.titles = [c.title for c in columns]
        self.rows = [[c.text(r) for c in columns] for r in data.records]
        self.keys = [model.key(r) for r in data.records]
        self.update_texts = {id(r): (model.key(r), [c.text(r) for c in columns])
                             for version in data.updates for r in version}
        self.widget = QWidget()
        self.search_edit = QLineEdit(self.widget)
        self.view = QTableView(self.widget)
        self.view.setFixedSize(like.size())
        # same row height as the app's table, so both paint the same number of rows
        self.view.verticalHeader().setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
        layout = QVBoxLayout(self.widget)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view)
        self.proxy = QSortFilterProxyModel(self.widget)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.source = self._empty()
        self.proxy.setSourceModel(self.source)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        for i, c in enumerate(columns):
            self.view.setColumnWidth(i, c.width)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.row_of: dict[str, int] = {}
        self.widget.show()
        self.paints = PaintCounter(self.view.viewport())

    def _empty(self) -> QStandardItemModel:
        model = QStandardItemModel(0, len(self.titles))
        model.setHorizontalHeaderLabels(self.titles)
        return model

    def load(self) -> None:
        model = self._empty()
        for row in self.rows:
            model.appendRow([QStandardItem(text) for text in row])
        self.row_of = dict(zip(self.keys, range(len(self.keys)), strict=True))
        self.proxy.setSourceModel(model)
        self.source = model

    def clear(self) -> None:
        self.source = self._empty()
        self.proxy.setSourceModel(self.source)
        self.row_of = {}

    def update(self, record: Any) -> None:
        key, texts = self.update_texts[id(record)]
        row = self.row_of[key]
        for column, text in enumerate(texts):
            item = self.source.item(row, column)
            if item.text() != text:
                item.setText(text)
