"""Sent/Received tables with 10,000 records, as ratios against a bare Qt table in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_ui [--rows 10000] [--repeat 5]

The app side is the real ``SentTab`` / ``ReceivedTab`` (RecordTableModel + RecordSearchProxy +
RecordTableView), fed the way the session bridge feeds it (``on_bridge_*_reset`` for a reload,
``on_bridge_*_changed`` for a live update). The baseline is a bare ``QStandardItemModel`` holding
the same rows x columns as plain strings (the app's own column texts), in a plain ``QTableView``
behind a ``QSortFilterProxyModel`` searched with ``setFilterFixedString`` (any column, case
insensitive), the same size on screen.

The event loop is run by hand, so every step is one ``processEvents`` call whose duration is a
UI stall; the call that delivers the records / the keystroke runs inside one event dispatch in
the app, so it counts as a stall too. Figures:

- latency: from the trigger until the table's viewport has painted;
- work: busy time of the trigger plus every ``processEvents`` until nothing is pending (the
  model's idle-sliced search indexing, the tab's deferred row counts), idle waits excluded.

A keystroke "cold" is typed right after the first paint of a fresh load, before the idle
indexing has run, so it pays for computing the search texts itself; "warm" is typed once the
table is idle. Loads start with the phone-number formatting cache empty (the first load after
start-up). Synthetic records only (no real PHI): see ``ui_records``; the two tables and the
hand-run event loop are in ``ui_subjects``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.figures import Figure, Goal, emit, figure
from benchmarks.ui_records import UPDATES, Dataset, make_received, make_sent
from benchmarks.ui_subjects import WINDOW, AppSubject, BareSubject, Pump, Subject
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.received_model import ReceivedColumn
from medsender_desktop.ui.models.sent_model import SentColumn
from medsender_desktop.ui.tabs.received_tab import ReceivedTab
from medsender_desktop.ui.tabs.sent_tab import SentTab

KEY = "m"  # one keystroke into an empty search box: the broadest filter (every row checked)


@dataclass
class Figures:
    """Best-of-N seconds per measurement, and per load+keystroke rep its longest stall."""

    best: dict[str, float] = field(default_factory=dict)
    samples: dict[str, list[float]] = field(default_factory=dict)  # every rep, for medians
    stall_events: list[float] = field(default_factory=list)  # per rep: longest processEvents
    stall_any: list[float] = field(default_factory=list)  # per rep: incl. the trigger slot
    update_paints = 0  # viewport paints during one round of live updates

    def keep(self, name: str, seconds: float) -> None:
        self.best[name] = min(self.best.get(name, float("inf")), seconds)
        self.samples.setdefault(name, []).append(seconds)

    def keep_stalls(self, pump: Pump) -> None:
        self.stall_events.append(max(pump.stalls, default=0.0))
        self.stall_any.append(max(pump.stalls + pump.slots, default=0.0))
        pump.reset()


def clear_search(s: Subject) -> None:
    if s.search_edit.text():
        s.search_edit.clear()
        s.until_painted()
    s.settle()


def keystroke(s: Subject, figures: Figures, label: str) -> None:
    start = time.perf_counter()
    slot = s.pump.trigger(lambda: QTest.keyClick(s.search_edit, KEY))
    busy = s.until_painted()
    figures.keep(f"{label} latency", time.perf_counter() - start)
    figures.keep(f"{label} work", slot + busy + s.settle())


def measure(s: Subject, data: Dataset, sort_column: int, date_column: int, repeat: int) -> Figures:
    figures, pump = Figures(), s.pump
    for _ in range(repeat):  # (1) load + first paint, from an empty table, cold caches
        clear_search(s)
        s.clear()
        s.until_painted()
        s.settle()
        fmt.phone.cache_clear()
        pump.reset()
        start = time.perf_counter()
        slot = pump.trigger(s.load)
        busy = s.until_painted()
        figures.keep("load latency", time.perf_counter() - start)
        figures.keep("load work", slot + busy + s.settle())
    for _ in range(repeat):  # (3a) a keystroke right after the first paint of a fresh load;
        # this rep's stalls (load, first paint, keystroke, idle indexing, counts) are kept
        clear_search(s)
        s.clear()
        s.until_painted()
        s.settle()
        pump.reset()
        pump.trigger(s.load)
        s.until_painted()
        keystroke(s, figures, "search cold")
        figures.keep_stalls(pump)
    for _ in range(repeat):  # (3b) a keystroke once the table is idle (indexed)
        clear_search(s)
        keystroke(s, figures, "search warm")
    clear_search(s)
    for _ in range(repeat):  # (2) re-sort: newest first -> by patient name
        s.view.sortByColumn(date_column, Qt.SortOrder.DescendingOrder)
        s.until_painted()
        s.settle()
        start = time.perf_counter()
        slot = pump.trigger(lambda: s.view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder))
        s.until_painted()
        figures.keep("sort latency", time.perf_counter() - start)
        s.settle()
    s.view.sortByColumn(date_column, Qt.SortOrder.DescendingOrder)
    s.until_painted()
    s.settle()
    # (4) 100 live updates, one per event-loop turn, then idle. The versions alternate (an
    # untimed first round), so every update changes a visible cell (the status / document).
    for rep in range(-1, repeat):
        work, painted = 0.0, s.paints.count
        for record in data.updates[rep % 2]:
            work += pump.trigger(lambda r=record: s.update(r))
            work += _one_turn(pump)  # delivers its repaint
        if rep >= 0:
            figures.keep("updates work", work + s.settle())
            figures.update_paints = s.paints.count - painted
    pump.reset()
    return figures


def _one_turn(pump: Pump) -> float:
    start = time.perf_counter()
    pump.app.processEvents()
    spent = time.perf_counter() - start
    pump.stalls.append(spent)
    return spent


ROWS_OUT = [
    ("load + first paint", "load latency"),
    ("load, all work until idle", "load work"),
    ("re-sort by Patient + paint", "sort latency"),
    (f"keystroke '{KEY}' -> repaint, cold", "search cold latency"),
    ("  all work it triggers, cold", "search cold work"),
    (f"keystroke '{KEY}' -> repaint, idle", "search warm latency"),
    ("  all work it triggers, idle", "search warm work"),
    (f"{UPDATES} live updates, all work", "updates work"),
]


def report(title: str, app: Figures, bare: Figures) -> None:
    print(f"\n{title}  (ms, best of N; ratio = app / bare)")
    print(f"  {'':36} {'app':>9} {'bare':>9} {'ratio':>7}")
    for label, key in ROWS_OUT:
        a, b = app.best[key] * 1e3, bare.best[key] * 1e3
        print(f"  {label:36} {a:9.1f} {b:9.1f} {a / b:7.2f}")
    print(f"  {'  viewport paints per update round':36} {app.update_paints:9d} "
          f"{bare.update_paints:9d}")
    for label, attr in (("longest processEvents, load+keystroke", "stall_events"),
                        ("  incl. the trigger slot itself", "stall_any")):
        a, b = min(getattr(app, attr)) * 1e3, min(getattr(bare, attr)) * 1e3
        worst_a, worst_b = max(getattr(app, attr)) * 1e3, max(getattr(bare, attr)) * 1e3
        print(f"  {label:36} {a:9.1f} {b:9.1f} {a / b:7.2f}"
              f"   (worst rep: {worst_a:.1f} / {worst_b:.1f})")


def run_table(pump: Pump, title: str, app_subject: AppSubject, data: Dataset,
              sort_column: int, date_column: int, repeat: int) -> tuple[Figures, Figures]:
    bare = BareSubject(pump, app_subject.model, data, app_subject.view)
    bare_figures = measure(bare, data, sort_column, date_column, repeat)
    bare.widget.hide()
    app_figures = measure(app_subject, data, sort_column, date_column, repeat)
    app_subject.tab.hide()
    report(title, app_figures, bare_figures)
    return app_figures, bare_figures


def suite_figures(app: Figures, bare: Figures, rows: int) -> list[Figure]:
    """The Sent tab's figures for ``python -m benchmarks`` (ms; medians over the reps)."""

    def ms(f: Figures, key: str) -> list[float]:
        return [v * 1e3 for v in f.samples[key]]

    return [
        figure("table_load_10k", ms(app, "load latency"), ms(bare, "load latency"), "ms",
               Goal(ratio_max=2.0), f"Sent tab, {rows:,} records: load to painted"),
        figure("search_keystroke_10k", ms(app, "search warm latency"),
               ms(bare, "search warm latency"), "ms", Goal(value_max=30.0),
               "keystroke to repainted, table idle"),
        figure("search_keystroke_cold", ms(app, "search cold latency"),
               ms(bare, "search cold latency"), "ms", Goal(value_max=50.0),
               "keystroke right after a reload"),
    ]


def quiet_offscreen_warnings(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen plugin's, once per shown window
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sent-only", action="store_true", help="skip the Received table")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts
    os.environ.setdefault("QT_API", "pyside6")
    qInstallMessageHandler(quiet_offscreen_warnings)
    app = QApplication.instance() or QApplication([])
    rng = random.Random(5)
    now = dt.datetime(2025, 6, 2, 15, 30, tzinfo=dt.UTC)
    sent, received = make_sent(args.rows, rng, now), make_received(args.rows, rng, now)
    pump = Pump(app)
    print(f"UI tables: {args.rows:,} records, {WINDOW[0]}x{WINDOW[1]} tab, Qt platform "
          f"{app.platformName()}, best of {args.repeat}")
    dialogs = DialogFactory()
    sent_tab = SentTab(dialogs)
    sent_app, sent_bare = run_table(
        pump, "Sent", AppSubject(pump, sent_tab, sent, sent_tab.on_bridge_sent_reset,
                                 sent_tab.on_bridge_sent_changed),
        sent, SentColumn.PATIENT, SentColumn.SENT_AT, args.repeat)
    emit(suite_figures(sent_app, sent_bare, args.rows))
    if args.sent_only:
        return
    with DocumentWorker() as documents:
        received_tab = ReceivedTab(dialogs, documents)
        received_tab.set_clients(received.client_names)
        received_tab.model.set_read_state(lambda token: token not in received.unread)
        run_table(pump, "Received",
                  AppSubject(pump, received_tab, received, received_tab.on_bridge_received_reset,
                             lambda r: received_tab.on_bridge_received_changed(r, False)),
                  received, ReceivedColumn.PATIENT, ReceivedColumn.RECEIVED_AT, args.repeat)


if __name__ == "__main__":
    main()
