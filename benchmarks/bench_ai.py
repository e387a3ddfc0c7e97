"""The AI tab with a stack of paperwork: does the UI keep reacting while it works?

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_ai [--repeat 3]

The real app (composition root, main window, session, relay subscription) signed in to a
sandbox and a relay on loopback, as the GUI tests run it. Each run drops ten files on the AI
tab at once, real QDropEvents: an 18 MB 199-page PDF, the corpus's PDFs and TIFFs, generated
referrals, and one damaged file, and waits until every one is final (done or refused). A
precise 5 ms timer on the qasync loop measures the longest gap between its ticks (how long the
window could not react); the baseline is the same timer on the idle app in the same run.

- ``stall_ai_batch``: the longest stall from the drop until the last result is listed;
- ``ai_batch_seconds``: from the drop until the last result (reported, no goal: the sandbox's
  "fast" AI takes 0.3 to 0.8 s per document by design).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtWidgets import QApplication

from benchmarks.bench_app import StallMonitor, idle_stall, until
from benchmarks.figures import Figure, Goal, emit, figure
from medsender_desktop.app import AppOptions
from medsender_desktop.documents import DocumentWorker, generate_document, pad_pdf
from medsender_desktop.services.sync import SyncConfig
from medsender_desktop.ui.event_loop import new_event_loop
from tests.conftest import MemoryKeyring
from tests.gui.helpers import drop_files, open_desktop, start_backend
from tests.paths import CORPUS

CORPUS_FILES = ("pdflatex-4-pages.pdf", "minimal-document.pdf", "google-doc-document.pdf",
                "smile.tiff", "smile-lzw.tiff")


def paperwork(folder: Path) -> list[Path]:
    """Ten files: one large, five real-world, three referrals, one damaged."""
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / "chart-199-pages.pdf"
    big.write_bytes(pad_pdf(generate_document(pages=199, title="Medical records"), 18 * 2**20))
    files = [big, *(CORPUS / name for name in CORPUS_FILES)]
    for n, patient in enumerate(("Grace Kowalski", "Harold Finch", "Ada Lovelace")):
        path = folder / f"referral-{n}.pdf"
        path.write_bytes(generate_document(pages=2, title="Referral", kind_of_doc="Referral", lines=[
            f"Patient: {patient}", "DOB: 12/05/1966", "Reason for referral: knee pain."]))
        files.append(path)
    damaged = folder / "damaged.pdf"
    damaged.write_bytes((CORPUS / "pdflatex-4-pages.pdf").read_bytes()[:1500])
    return [*files, damaged]


async def run(backend: Any, root: Path, repeat: int) -> list[Figure]:
    files = paperwork(root / "files")
    options = AppOptions(sync=SyncConfig(), api_max_attempts=1)
    stalls, seconds = [], []
    async with open_desktop(backend, root / "desktop", options=options) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.show()
        tab = window.ai_tab
        window.tabs.setCurrentWidget(tab)
        idle = [await idle_stall(1.0) for _ in range(3)]
        runs = desktop.session.ai_runs
        for _ in range(repeat):
            before = len(runs.entries)
            monitor = StallMonitor()
            monitor.start()
            started = time.perf_counter()
            assert drop_files(tab, files)
            await until(lambda b=before: sum(e.is_final for e in runs.entries) == b + len(files),
                        120, "every file final")
            seconds.append(time.perf_counter() - started)
            stalls.append(monitor.stop())
    return [
        figure("stall_ai_batch", stalls, idle, "ms", Goal(value_max=50),
               f"{len(files)} files dropped on the AI tab at once (one 18 MB, 199 pages)"),
        figure("ai_batch_seconds", seconds, None, "s", None,
               f"drop -> the last of {len(files)} results listed (sandbox AI 0.3-0.8 s each)"),
    ]


async def guarded(work: Any) -> list[Figure]:
    """The benchmark's own failure, printed whole (the app's crash handler would hide it)."""
    try:
        return await work
    except BaseException:
        traceback.print_exc()
        raise


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    keyring.set_keyring(MemoryKeyring())  # the tests' keychain stand-in: a live profile needs one
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix="bench-ai-") as tmp, DocumentWorker() as worker:
        root = Path(tmp)
        with start_backend(root / "servers", worker, speed="fast") as backend:
            figures = asyncio.run(guarded(run(backend, root, args.repeat)),
                                  loop_factory=lambda: new_event_loop(app))
    emit(figures)


if __name__ == "__main__":
    main()
