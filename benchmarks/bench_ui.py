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
start-up). Synthetic records only (no real PHI).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from benchmarks.figures import Figure, Goal, emit, figure
from medsender_desktop.api import ReceivedFax, SentFax
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.models.received_model import ReceivedColumn
from medsender_desktop.ui.models.record_model import RecordTableModel
from medsender_desktop.ui.models.sent_model import SentColumn
from medsender_desktop.ui.tabs.received_tab import ReceivedTab
from medsender_desktop.ui.tabs.record_tab import RecordTab
from medsender_desktop.ui.tabs.sent_tab import SentTab
from medsender_desktop.wire import Classification

WINDOW = (1280, 800)  # the tab's size on screen; the table gets its splitter share
UPDATES = 100
KEY = "m"  # one keystroke into an empty search box: the broadest filter (every row checked)
TIMEOUT = 20.0

FIRST = ["Maria", "James", "Linda", "Robert", "Aisha", "Wei", "Carlos", "Emily", "Mohammed",
         "Sofia", "David", "Priya", "John", "Olga", "Kenji", "Fatima", "Michael", "Grace", "Luis"]
LAST = ["Smith", "Johnson", "Garcia", "Nguyen", "Martinez", "Brown", "Kim", "Patel", "Lopez",
        "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Hernandez", "Clark",
        "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Green",
        "Adams", "Baker", "Nelson", "Mitchell", "Perez", "Roberts", "Turner", "Campbell", "Evans"]
PRACTICES = ["Northside Cardiology", "Bay Imaging Center", "St. Mary's Lab", "Lakeview Pharmacy",
             "Hudson Orthopedics", "Quest Diagnostics", "Riverside Family Medicine",
             "BlueCross Prior Auth", "Mercy Hospital HIM", "Downtown Dermatology",
             "Valley Physical Therapy", "Sunrise Oncology"]
AREA = ["212", "646", "718", "415", "617", "312", "713", "305", "206", "303"]
NOTES = ["Please see attached referral.", "Urgent: results for review.", "Refill request.",
         "Records request as discussed.", "Prior authorization form, signed.", "",
         "Follow-up visit summary."]
SUMMARIES = ["Referral for cardiology consult, chest pain on exertion.",
             "CBC and metabolic panel, all normal.", "Prior authorization request for MRI.",
             "Prescription renewal for lisinopril 10 mg.", "Insurance coverage active.",
             "Discharge summary after knee arthroscopy."]


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def phone_pool(rng: random.Random, size: int) -> list[str]:
    return [f"+1{rng.choice(AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"
            for _ in range(size)]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1935, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def sent_raw(rng: random.Random, i: int, now: dt.datetime, to_pool: list[str],
             from_pool: list[str], senders: list[str]) -> dict[str, Any]:
    sent_at = now - dt.timedelta(minutes=i * 50 + rng.randint(0, 40))  # ~1 year of history
    status = rng.choices(["success", "failure", "inprogress", "queued"], [85, 9, 4, 2])[0]
    tries = {"success": rng.choice([1, 1, 1, 2, 3]), "failure": 5, "inprogress": rng.randint(1, 3),
             "queued": 0}[status]
    attempts = [{"attempt": n + 1, "started_at": iso(sent_at + dt.timedelta(minutes=2 * n)),
                 "ended_at": iso(sent_at + dt.timedelta(minutes=2 * n + 1)),
                 "result": "success" if (status == "success" and n == tries - 1) else "busy"}
                for n in range(tries)]
    done = status in ("success", "failure")
    return {
        "send_token": f"{rng.getrandbits(128):032x}", "from_number": rng.choice(from_pool),
        "to_number": rng.choice(to_pool), "sent_status": status, "record_status": "activated",
        "document_type": rng.choice(["document_only", "both"]), "patient_name": person(rng),
        "patient_dob": birth_date(rng),
        "sender_name": rng.choice(senders), "recipient_name": rng.choice(PRACTICES),
        "note": rng.choice(NOTES), "sent_at": iso(sent_at),
        "completed_at": iso(sent_at + dt.timedelta(minutes=2 * tries)) if done else None,
        "expiry": iso(sent_at + dt.timedelta(days=30)), "view_count": rng.randint(0, 4),
        "error_details": {"code": rng.choice(["busy", "no_answer"]), "attempts": 5}
        if status == "failure" else None,
        "is_test": False, "attempts": attempts,
    }


def received_raw(rng: random.Random, i: int, now: dt.datetime, from_pool: list[str],
                 to_pool: list[str], clients: list[str]) -> dict[str, Any]:
    at = now - dt.timedelta(minutes=i * 50 + rng.randint(0, 40))
    ok = rng.random() < 0.96
    classified = rng.random() < 0.8
    return {
        "send_token": f"{rng.getrandbits(128):032x}", "from_number": rng.choice(from_pool),
        "to_number": rng.choice(to_pool), "caller_name": rng.choice([*PRACTICES, ""]),
        "sent_at": iso(at - dt.timedelta(minutes=1)), "completed_at": iso(at),
        "num_pages": rng.choice([1, 1, 2, 2, 3, 4, 6, 12, 28]),
        "fax_status": "success" if ok else "failure",
        "callback_status": rng.choices(["success", "pending", "failed"], [90, 7, 3])[0],
        "error_details": None if ok else {"message": "Transmission interrupted at page 2"},
        "is_test": False, "client": rng.choice(clients),
        "document_classification": rng.choice(list(Classification)).value if classified else None,
        "patient_name": person(rng) if classified else None,
        "patient_dob": birth_date(rng) if classified else None,
        "patient_gender": rng.choice(["female", "male"]) if classified else None,
        "summary": rng.choice(SUMMARIES) if classified else None,
    }


@dataclass
class Dataset:
    records: list[Any]
    updates: list[list[Any]]  # two alternating versions of the same 100 records
    client_names: dict[str, str] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)


def make_sent(rows: int, rng: random.Random, now: dt.datetime) -> Dataset:
    to_pool, from_pool = phone_pool(rng, 1500), phone_pool(rng, 3)
    senders = [person(rng) for _ in range(12)]
    raws = [sent_raw(rng, i, now, to_pool, from_pool, senders) for i in range(rows)]
    recent = raws[:UPDATES]  # live updates concern the newest faxes, on screen
    delivered = [SentFax.from_api({
        **r, "sent_status": "success", "view_count": r["view_count"] + 1,
        "completed_at": iso(dt.datetime.fromisoformat(r["sent_at"]) + dt.timedelta(minutes=7)),
    }) for r in recent]
    sending = [SentFax.from_api({**r, "sent_status": "inprogress", "completed_at": None})
               for r in recent]
    # every update changes what the row shows (completed +7 min is never in the originals)
    return Dataset([SentFax.from_api(r) for r in raws], [delivered, sending])


def make_received(rows: int, rng: random.Random, now: dt.datetime) -> Dataset:
    clients = [f"{rng.getrandbits(64):016x}" for _ in range(6)]
    names = dict(zip(clients, ["Main office", "Cardiology", "Billing", "Front desk", "Lab",
                               "Dr. Patel"], strict=True))
    from_pool, to_pool = phone_pool(rng, 2000), phone_pool(rng, 4)
    raws = [received_raw(rng, i, now, from_pool, to_pool, clients) for i in range(rows)]
    recent = raws[:UPDATES]  # the AI classification / callback result arriving for new faxes
    for r in recent:  # so that every update changes what the row shows
        r.update(callback_status="success", document_classification="Prior Authorization")
    pending = [ReceivedFax.from_api({**r, "callback_status": "pending",
                                     "document_classification": None}) for r in recent]
    classified = [ReceivedFax.from_api({**r, "callback_status": "success",
                                        "document_classification": "Referral"}) for r in recent]
    records = [ReceivedFax.from_api(r) for r in raws]
    unread = {r.send_token for r in records[:300] if rng.random() < 0.5}
    return Dataset(records, [classified, pending], names, unread)


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
