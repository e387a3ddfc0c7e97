"""The running app against its sandbox and relay: event-loop stalls, status latency, memory.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_app [--records 10000] [--burst 1000]

The app is the real one (composition root, AppController, main window, session, sync, relay
subscription) signed in to a sandbox and a relay on loopback, as the GUI tests run it. A precise
5 ms timer on the qasync loop measures the longest gap between its ticks (= how long the UI
could not react); the baseline is the same timer on the idle app in the same run.

- ``stall_sync``: 10,000 more sent faxes appear on the server; F5; until the Sent tab lists them;
- ``stall_relay_burst``: 1,000 signed callbacks reach the relay at once (for faxes the app
  lists); the window from the burst until the app has taken them in;
- ``status_latency_relay`` / ``status_latency_polling``: a fax sent through the app; from the
  sandbox's completion time (``completedAt``) until its row shows the final status and has been
  repainted, with the relay and, in a second desktop, without one (default sync settings);
- ``peak_memory``: the process's peak resident memory after the 10,000-row table and a 199-page
  preview in the viewer; baseline: the resident memory of the same process right after its
  QApplication was created (the floor of an empty Qt process).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import resource
import secrets
import sqlite3
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import keyring
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.figures import Figure, Goal, emit, figure, percentile
from medsender_desktop import wire
from medsender_desktop.api import CoverSheet, FaxRequest
from medsender_desktop.app import AppOptions
from medsender_desktop.documents import DocumentWorker, generate_document, pad_pdf
from medsender_desktop.sandbox import store_faxes
from medsender_desktop.services.sync import SyncConfig
from medsender_desktop.ui.event_loop import new_event_loop
from tests.conftest import MemoryKeyring
from tests.gui.helpers import open_desktop, start_backend

TICK_MS = 5


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StallMonitor:
    """A precise 5 ms timer; the longest gap between two ticks beyond 5 ms is a stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest * 1e3


class Painted(QObject):
    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.last = 0.0  # time.time() of the newest paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last = time.time()
        return False


async def until(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"benchmark: {what} did not happen within {timeout} s")
        await asyncio.sleep(0.002)


async def idle_stall(seconds: float) -> float:
    monitor = StallMonitor()
    monitor.start()
    await asyncio.sleep(seconds)
    return monitor.stop()


def insert_sent(db: Path, count: int, from_number: str) -> list[str]:
    stamp = (dt.datetime.now(dt.UTC) - dt.timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    rows, tokens = [], []
    for n in range(count):
        token = f"bench{n:08d}{secrets.token_hex(2)}"
        tokens.append(token)
        rows.append({
            "token": token, "is_test": 1, "record_status": "activated",
            "sent_status": "success", "from_number": from_number,
            "to_number": f"+1646555{n % 10000:04d}", "patient_name": f"Patient {n}",
            "document_type": "document_only", "document_sha": "bench", "num_pages": 1,
            "access_code": f"B{n:09d}", "view_count": 0, "sent_at": stamp,
            "completed_at": stamp, "expiry": "2099-01-01T00:00:00.000Z", "attempts": [],
        })
    conn = sqlite3.connect(db, timeout=30)
    try:
        store_faxes.bulk_insert_sent(conn, rows)
    finally:
        conn.close()
    return tokens


async def post_burst(relay_url: str, api_key: str, tokens: list[str]) -> None:
    async with httpx.AsyncClient(trust_env=False, timeout=60) as http:
        semaphore = asyncio.Semaphore(50)

        async def one(token: str) -> None:
            completed = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            details = {"sendToken": token, "completedAt": completed, "sentStatus": "success",
                       "toNumber": "+16465550100"}
            async with semaphore:
                response = await http.post(
                    relay_url + wire.RELAY_CALLBACKS,
                    data={wire.RECORD_DETAILS_FIELD: json.dumps(details)},
                    headers={wire.SIGNATURE_HEADER: wire.sign(api_key, token, completed)})
                response.raise_for_status()

        await asyncio.gather(*(one(t) for t in tokens))


async def status_latency(desktop: Any, samples: int, timeout: float) -> list[float]:
    tab = desktop.window.sent_tab
    painted = Painted(tab.table.viewport())
    numbers = await desktop.session.fax_numbers()
    out = []
    for i in range(samples):
        request = FaxRequest(to_numbers=(f"+1646555{1100 + i:04d}",),
                             from_number=numbers[0].number, files=(SMALL_PDF,),
                             cover=CoverSheet(patient_name="Benchmark Patient"))
        token = (await desktop.session.send_fax(request))[0].token

        def final(token: str = token) -> Any:
            record = tab.model.find(token)
            return record if record is not None and record.is_final else None

        changed = [0.0]

        def on_change(*_: object, token: str = token, changed: list[float] = changed) -> None:
            if not changed[0] and final(token) is not None:
                changed[0] = time.time()  # the model now holds the final status

        tab.model.dataChanged.connect(on_change)
        tab.model.rowsInserted.connect(on_change)
        tab.model.modelReset.connect(on_change)
        try:
            await until(lambda: final() is not None, timeout, "the final status in the Sent tab")
            on_change()
            await until(lambda c=changed: painted.last >= c[0], 5, "a repaint")
        finally:
            for signal in (tab.model.dataChanged, tab.model.rowsInserted, tab.model.modelReset):
                signal.disconnect(on_change)
        seen = painted.last
        completed = tab.model.find(token).completed_at
        out.append((seen - completed.timestamp()) * 1e3)
    return out


SMALL_PDF = Path(tempfile.gettempdir()) / f"bench-app-{os.getpid()}.pdf"


async def run(backend: Any, root: Path, base_rss: float, records: int, burst: int,
              samples: int) -> list[Figure]:
    figures: list[Figure] = []
    options = AppOptions(sync=SyncConfig(), api_max_attempts=1)
    async with open_desktop(backend, root / "relay-desktop", options=options) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.show()
        idle = [await idle_stall(1.0) for _ in range(3)]
        number = (await desktop.session.fax_numbers())[0].number
        tokens = await asyncio.to_thread(insert_sent, backend.db, records, number)
        tab = window.sent_tab
        monitor = StallMonitor()
        monitor.start()
        window.refresh_action.trigger()
        await until(lambda: tab.model.rowCount() >= records, 120, "the 10,000-row reload")
        await asyncio.sleep(0.5)  # the idle work a reload leaves behind (indexing)
        sync_stall = monitor.stop()
        figures.append(figure("stall_sync", [sync_stall], idle, "ms", Goal(value_max=50),
                              f"F5 with {records:,} more sent faxes on the server"))
        monitor.start()
        await post_burst(backend.relay_url, backend.api_key, tokens[:burst])
        await asyncio.sleep(5.0)  # the app takes the events in while we watch the loop
        figures.append(figure("stall_relay_burst", [monitor.stop()], idle, "ms",
                              Goal(value_max=50), f"{burst:,} relay events at once"))
        relay_lat = await status_latency(desktop, samples, 30)
        figures.append(figure("status_latency_relay", [percentile(relay_lat, 95)],
                              None, "ms", Goal(value_max=300),
                              f"p95 of {samples}: sandbox completes -> row repainted"))
        big = pad_pdf(generate_document(pages=199, title="Benchmark"), 18 * 2**20)
        viewer = window.received_tab.viewer
        await viewer.load(big)
        await asyncio.sleep(2.0)  # thumbnails render meanwhile
        figures.append(figure("peak_memory", [peak_mb()], [base_rss], "MB",
                              Goal(value_max=400),
                              "peak RSS after the 10,000-row table and a 199-page "
                              "preview (this process also runs the sandbox and relay)"))
    async with open_desktop(backend, root / "polling-desktop", options=options,
                            relay=False) as desktop:
        desktop.window.show()
        poll_lat = await status_latency(desktop, max(3, samples // 2), 120)
        figures.append(figure("status_latency_polling", [percentile(poll_lat, 95)],
                              None, "ms", None,
                              "p95: sandbox completes -> row repainted, no relay "
                              "(default polling)"))
    return figures


async def guarded(work: Any) -> list[Figure]:
    """The benchmark's own failure, printed whole (the app's crash handler would hide it)."""
    try:
        return await work
    except BaseException:
        traceback.print_exc()
        raise


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--burst", type=int, default=1_000)
    parser.add_argument("--samples", type=int, default=10)
    args = parser.parse_args(argv)
    # the tests' keychain stand-in (a secure store, in memory): a live profile's outbox is sealed
    # with a key kept there, and sign-in refuses a store that is not secure (the app's own
    # MemoryKeyring is not: with it the profile never signed in and no figure was measured)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # as the app itself: shutdown is explicit
    base_rss = rss_mb()
    SMALL_PDF.write_bytes(generate_document(pages=1, title="Benchmark"))
    try:
        with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp, DocumentWorker() as worker:
            root = Path(tmp)
            with start_backend(root / "servers", worker, speed="fast") as backend:
                figures = asyncio.run(
                    guarded(run(backend, root, base_rss, args.records, args.burst,
                                args.samples)),
                    loop_factory=lambda: new_event_loop(app))
    finally:
        SMALL_PDF.unlink(missing_ok=True)
    emit(figures)


if __name__ == "__main__":
    main()
