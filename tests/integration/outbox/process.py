"""Running the outbox worker as a separate process that the tests can SIGKILL and restart."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from medsender_desktop.api import FaxRequest, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.services.outbox import Outbox, OutboxConfig

from .conftest import KEY, Backend

ROOT = Path(__file__).resolve().parents[3]


class WorkerProcess:
    """``python -m tests.integration.outbox.worker``, its output read line by line."""

    def __init__(self, backend: Backend, data_dir: Path, config: OutboxConfig) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MEDSENDER_API_KEY": backend.state.api_key,
               "MEDSENDER_CLIENT_SECRET": backend.state.client_secret,
               "OUTBOX_CONFIG": json.dumps(asdict(config)), "OUTBOX_KEY": KEY.hex()}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.outbox.worker", str(data_dir),
             backend.api_url], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, wanted: Callable[[str], bool], timeout: float = 60.0) -> str | None:
        """The first new line that satisfies ``wanted``; None if the process ended first."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"the worker did not report it within {timeout} s")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                return None
            self.seen.append(line)
            if wanted(line):
                return line

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._close()

    def finish(self, timeout: float = 60.0) -> int:
        """Wait for the worker to settle and exit; its exit code."""
        self.wait_for(lambda line: line == "settled", timeout)
        code = self.proc.wait(timeout=timeout)
        self._close()
        return code

    def _close(self) -> None:
        self._reader.join(timeout=30)  # the pipe ends with the process
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def enqueue_all(backend: Backend, data_dir: Path, requests: list[FaxRequest],
                documents: DocumentWorker) -> list[str]:
    """Write faxes to the outbox (without sending): what the app does when Send is pressed."""
    async def run() -> list[str]:
        client = MedsenderClient(backend.credentials(), documents=documents)
        outbox = Outbox.in_dir(data_dir, client, key=KEY, documents=documents)
        try:
            ids = []
            for request in requests:
                ids += [e.id for e in await outbox.enqueue(request)]
            return ids
        finally:
            outbox.close()
            await client.aclose()

    return asyncio.run(run())


def outbox_entries(data_dir: Path) -> list:
    async def run() -> list:
        from medsender_desktop.services.outbox_store import OutboxStore

        store = OutboxStore.in_dir(data_dir, key=KEY)
        try:
            return await store.entries()
        finally:
            store.close()

    return asyncio.run(run())
