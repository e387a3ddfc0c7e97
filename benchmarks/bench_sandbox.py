"""Sandbox speed: list latency with 100,000 stored faxes against 100, and send throughput.

    python -m benchmarks.bench_sandbox [--requests 300] [--sends 30]

Lists must stay flat (indexes + trigger-maintained counts): the target is p95 with 100,000
faxes under 3x the p95 with 100, both measured here over real loopback HTTP. Rows are
bulk-inserted straight into the sandbox's database for setup speed. Sends upload 1 MB PDFs
(inspected, cover sheet drawn and merged, stored) and report faxes and megabytes per second;
the baseline is the bare upload of the same bytes to an endpoint that only reads them.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from benchmarks.figures import Goal, emit, figure
from medsender_desktop.documents import DocumentWorker, generate_document, pad_pdf
from medsender_desktop.sandbox import SandboxSettings, create_app, store_accounts, store_faxes
from medsender_desktop.serving import BackgroundServer

TARGET_RATIO = 3.0
SMALL = 100
LARGE = 100_000
MB = 1024 * 1024


def _rows(start: int, count: int, number: str, document_sha: str) -> list[dict]:
    rows = []
    for n in range(start, start + count):
        stamp = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00.000Z"
        rows.append({
            "token": f"b{n:011x}", "is_test": 1, "record_status": "activated",
            "sent_status": "success", "from_number": number,
            "to_number": f"+1646555{n % 10000:04d}", "patient_name": f"Patient {n}",
            "document_type": "both", "document_sha": document_sha, "num_pages": 3,
            "access_code": f"B{n:09d}", "view_count": 0, "sent_at": stamp,
            "completed_at": stamp, "expiry": "2025-01-01T00:00:00.000Z", "attempts": [],
        })
    return rows


def _latencies(request: Callable[[], httpx.Response], count: int) -> list[float]:
    for _ in range(20):  # warm up connections and caches
        request()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        response = request()
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, response.text
    return times


def _p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100)[int(q) - 1] * 1000


def _report(label: str, times: list[float]) -> tuple[float, float]:
    p50, p95 = _p(times, 50), _p(times, 95)
    print(f"  {label:<44} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms")
    return p50, p95


def bench_lists(client: httpx.Client, state, requests: int) -> None:
    db = state.db
    pdf = generate_document(pages=2, title="Benchmark")
    db.call_sync(store_accounts.save_document, "bench", "pdf", 2, pdf)
    number = client.post("/fax_numbers", data={"area_code": "212"}).json()["faxNumber"]["number"]
    db.call_sync(store_faxes.bulk_insert_sent, _rows(0, SMALL, number, "bench"))

    def page_one() -> httpx.Response:
        return client.get("/sent_faxes", params={"is_test": "true", "page_size": 50})

    def filtered() -> httpx.Response:
        return client.get("/sent_faxes", params={"is_test": "true", "to_number": "6465550042"})

    print(f"List latency (GET /sent_faxes, {requests} requests each)")
    _, small_p95 = _report(f"{SMALL:,} faxes, page 1 of 50", _latencies(page_one, requests))
    _, small_filtered = _report(f"{SMALL:,} faxes, filtered by to_number",
                                _latencies(filtered, requests))
    start = time.perf_counter()
    for chunk in range(SMALL, LARGE, 20_000):
        db.call_sync(store_faxes.bulk_insert_sent,
                     _rows(chunk, min(20_000, LARGE - chunk), number, "bench"))
    db.call_sync(lambda conn: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
    print(f"  (bulk-inserted up to {LARGE:,} faxes in {time.perf_counter() - start:.1f} s)")
    _, large_p95 = _report(f"{LARGE:,} faxes, page 1 of 50", _latencies(page_one, requests))
    _, large_filtered = _report(f"{LARGE:,} faxes, filtered by to_number",
                                _latencies(filtered, requests))
    ratio = large_p95 / small_p95
    verdict = "OK" if ratio < TARGET_RATIO else "OVER TARGET"
    print(f"  p95 ratio {LARGE:,} / {SMALL:,}: {ratio:.2f}x (target < {TARGET_RATIO:.0f}x) "
          f"{verdict}")
    print(f"  filtered p95 ratio: {large_filtered / small_filtered:.2f}x")
    emit([figure("sandbox_list_p95_100k", [large_p95], [small_p95], "ms",
                 Goal(ratio_max=TARGET_RATIO),
                 f"GET /sent_faxes page 1 p95 with {LARGE:,} faxes vs {SMALL:,}")])


def bench_sends(client: httpx.Client, sends: int) -> None:
    number = client.post("/fax_numbers", data={"area_code": "415"}).json()["faxNumber"]["number"]
    document = pad_pdf(generate_document(pages=3, title="Benchmark upload"), MB)
    fields = {"from_number": number, "to_number": "6465550123"}
    print(f"Send throughput (POST /sent_faxes with a 1 MB PDF, {sends} sends each)")

    def run(label: str, send: Callable[[], httpx.Response]) -> float:
        send()  # warm up
        start = time.perf_counter()
        for _ in range(sends):
            response = send()
            assert response.status_code in (200, 400), response.text
        elapsed = time.perf_counter() - start
        rate = sends / elapsed
        print(f"  {label:<44} {rate:6.1f} /s   {rate * len(document) / MB:6.1f} MB/s   "
              f"{elapsed / sends * 1000:6.1f} ms each")
        return rate

    # baseline: the same upload, refused by field validation after the body is read
    bare = run("upload only (refused after reading)", lambda: client.post(
        "/clients", files={"file": ("f.pdf", document)}, data={"name": ""}))
    only = run("document_only (inspect + store)", lambda: client.post(
        "/sent_faxes", data={**fields, "document_type": "document_only"},
        files={"file": ("f.pdf", document, "application/pdf")}))
    both = run("both (inspect + cover sheet + merge + store)", lambda: client.post(
        "/sent_faxes", data=fields, files={"file": ("f.pdf", document, "application/pdf")}))
    print(f"  cost vs bare upload: document_only {bare / only:.1f}x, both {bare / both:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--sends", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, DocumentWorker() as worker:
        settings = SandboxSettings(db=str(Path(folder) / "bench.db"), speed="realistic",
                                   rate_limit_per_minute=0)
        app = create_app(settings, documents=worker)
        with BackgroundServer(app, name="bench-sandbox") as server:
            state = app.state.sandbox
            with httpx.Client(base_url=server.url + "/api/v2", trust_env=False, timeout=60,
                              auth=(state.api_key, state.client_secret)) as client:
                bench_lists(client, state, args.requests)
                if args.sends:
                    bench_sends(client, args.sends)


if __name__ == "__main__":
    main()
