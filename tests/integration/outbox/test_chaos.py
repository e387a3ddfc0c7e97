"""Chaos: 200 faxes through the app's outbox while the sandbox injects faults and the process
running the outbox is SIGKILLed and restarted at random (seeded) points.

The sandbox must end with exactly 200 faxes, each once, and every outbox entry must have
reached a final status (sent and delivered). Bounded in time; prints a one-line summary.
"""

from __future__ import annotations

import collections
import random
import time
from dataclasses import replace

import pytest

from medsender_desktop.services.outbox_store import OutboxState

from .conftest import FAST, request
from .process import WorkerProcess, enqueue_all, outbox_entries

FAXES = 200
KILLS = 5
SEED = 20261126
#: a hang guard, not a benchmark: about 30 s on an idle 2-core machine, 90 s with the machine
#: shared by several test runs
DEADLINE = 150.0
CHAOS_FAULTS = {
    "seed": SEED, "methods": "GET,POST", "latency": 0.05, "latency_min": 0.0,
    "latency_max": 0.05, "rate_limit": 0.03, "retry_after": 0, "error_500": 0.02,
    "error_503": 0.02, "burst": 2, "reset_before": 0.03, "reset_during": 0.03,
    "reset_after": 0.05, "slow_upload": 0.05, "slow_upload_bps": 512 * 1024,
}


@pytest.mark.chaos
@pytest.mark.timeout(DEADLINE + 30)
def test_200_faxes_through_faults_and_kills_arrive_exactly_once(
        backend, documents, pdf, tmp_path, run_summary):
    started = time.monotonic()
    rng = random.Random(SEED)
    number = backend.number()
    data = tmp_path / "outbox"
    destinations = [f"212555{n:04d}" for n in range(1001, 1021)]  # 20 numbers, none failing
    notes = [f"chaos-{i:03d}" for i in range(FAXES)]
    ids = enqueue_all(backend, data, [request(pdf, number, note, destinations[i % 20])
                                      for i, note in enumerate(notes)], documents)
    backend.faults(**CHAOS_FAULTS)
    # settle 1 s: a killed process's last body may still be in the OS's buffers on its way
    config = replace(FAST, parallel=4, settle_seconds=1.0, follow_interval=0.1, follow_max=0.5)

    kills = 0
    while kills < KILLS:
        worker = WorkerProcess(backend, data, config)
        # a random point: after a seeded number of state changes of this run
        events = rng.randint(3, 40)
        for _ in range(events):
            if worker.wait_for(lambda line: line.startswith("state"),
                               DEADLINE) is None:
                break
        finished = worker.proc.poll() is not None  # it ended before its kill point
        worker.kill()
        if finished:
            break
        kills += 1
        assert time.monotonic() - started < DEADLINE
    final = WorkerProcess(backend, data, config)
    assert final.finish(timeout=DEADLINE) == 0

    stored = collections.Counter(backend.sent_notes())
    duplicated = sum(n - 1 for n in stored.values() if n > 1)
    lost = sum(1 for note in notes if note not in stored)
    entries = outbox_entries(data)
    final_states = [e for e in entries if e.state is OutboxState.SENT and e.is_final]
    injected = backend.injected()["total"]
    run_summary(f"chaos: {FAXES} faxes, {injected} faults injected, {kills} SIGKILLs, "
                  f"{sum(stored.values())} stored, lost {lost}, duplicated {duplicated}, "
                  f"{len(final_states)} final in the app, {time.monotonic() - started:.1f} s")
    assert {e.id for e in entries} == set(ids)
    assert lost == 0 and duplicated == 0 and sum(stored.values()) == FAXES
    assert set(stored) == set(notes)
    assert len(final_states) == FAXES
    assert injected > 0 and kills > 0
