"""1,000 signed callbacks, 50 at a time, while the relay process is SIGKILLed and restarted.

Senders retry like Medsender does (network error or non-2xx: try again), so every callback
is acknowledged in the end. Every acknowledged callback must be there afterwards, once.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.integration.relay.process import RelayProcess
from tests.integration.relay.support import (
    Callback,
    auth,
    new_token,
    received_fax_details,
    sent_fax_details,
)
from tests.waiting import until

TOTAL = 1000
CONCURRENCY = 50
KILL_AT = (250, 650)


def make_callbacks() -> list[Callback]:
    callbacks = []
    for index in range(TOTAL):
        if index % 10 == 0:
            document = f"%PDF-1.7 document number {index}".encode() * 50
            callbacks.append(Callback("received_fax", received_fax_details(new_token()), file=document))
        else:
            callbacks.append(Callback("sent_fax", sent_fax_details(new_token())))
    return callbacks


async def fetch_all_events(http: httpx.AsyncClient, url: str) -> list[dict]:
    events: list[dict] = []
    cursor = 0
    while True:
        page = (await http.get(f"{url}/events", params={"after": cursor, "limit": 1000},
                               headers=auth())).json()
        if not page["events"]:
            return events
        events.extend(page["events"])
        cursor = page["cursor"]


@pytest.mark.slow
async def test_every_acknowledged_callback_survives_sigkill_exactly_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "relay-data"
    relay = await asyncio.to_thread(RelayProcess(data_dir).start)
    callbacks = make_callbacks()
    acknowledged: dict[str, int] = {}
    kills_done = 0
    interrupted = 0  # deliveries cut off by a kill (proves the kills landed mid-stream)
    limiter = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)

    async def kill_and_restart() -> None:
        nonlocal kills_done
        for threshold in KILL_AT:
            await until(lambda t=threshold: len(acknowledged) >= t,
                        f"{threshold} acknowledged callbacks", timeout=90)
            relay.kill()
            kills_done += 1
            await asyncio.to_thread(relay.start)

    async def deliver(http: httpx.AsyncClient, callback: Callback) -> None:
        nonlocal interrupted
        async with limiter:
            for _attempt in range(2000):
                try:
                    response = await http.post(f"{relay.url}/callbacks", **callback.request_kwargs())
                except httpx.TransportError:
                    interrupted += 1
                    await asyncio.sleep(0.02)
                    continue
                if response.status_code == 200:
                    acknowledged[callback.token] = response.json()["event_id"]
                    return
                assert response.status_code >= 500, response.text  # 4xx would be a relay bug
                await asyncio.sleep(0.02)
            raise AssertionError("a callback was never acknowledged")

    try:
        async with httpx.AsyncClient(timeout=10, limits=limits) as http:
            killer = asyncio.create_task(kill_and_restart())
            await asyncio.gather(*(deliver(http, c) for c in callbacks))
            await asyncio.wait_for(killer, 30)
            assert kills_done == len(KILL_AT)
            assert interrupted > 0
            events = await fetch_all_events(http, relay.url)
            by_token = {c.token: c for c in callbacks}
            counts = Counter(e["token"] for e in events)
            assert set(acknowledged) == set(by_token)
            assert set(counts) == set(acknowledged)
            assert max(counts.values()) == 1
            for event in events:  # same event the sender was told, with its payload and file
                callback = by_token[event["token"]]
                assert acknowledged[event["token"]] == event["id"]
                assert event["payload"] == callback.details
                if callback.file is not None:
                    document = await http.get(f"{relay.url}/files/{event['file_id']}", headers=auth())
                    assert document.content == callback.file
    finally:
        relay.stop()
    conn = sqlite3.connect(data_dir / "relay.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT token) FROM events").fetchone() == (TOTAL, TOTAL)
        referenced = {r[0] for r in conn.execute("SELECT file_id FROM events WHERE file_id IS NOT NULL")}
    finally:
        conn.close()
    stored_files = {p.name.removesuffix(".sealed") for p in (data_dir / "files").iterdir()}
    assert referenced == stored_files  # orphans of the kills were swept at restart
    assert len(referenced) == TOTAL // 10
