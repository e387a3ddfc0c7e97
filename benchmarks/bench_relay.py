"""Relay benchmark: callbacks accepted per second, and callback-to-subscriber latency.

    python -m benchmarks.bench_relay [--callbacks 2000] [--concurrency 50] [--samples 200]

Both servers run as separate processes on loopback, measured in the same run:
- baseline: a bare Starlette endpoint that parses the same form and answers 200 (no
  signature check, no encryption, no fsync), i.e. the floor for "receive one callback";
- the relay (``python -m medsender_desktop.relay``): verify, encrypt, durable group commit.
Latency: time from sending a callback until a RelaySubscriber's ``on_event`` runs, against
the baseline's plain POST round trip. Figures are printed as ratios to the baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from benchmarks.figures import Goal, emit, figure
from medsender_desktop import wire
from medsender_desktop.relay.subscriber import RelayEvent, RelayState, RelaySubscriber

API_KEY = "sk_test_benchmark_key"
RELAY_TOKEN = "benchmark-relay-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_baseline(port: int) -> None:
    """The baseline server (run in its own process by this module)."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def accept(request: Request) -> JSONResponse:
        form = await request.form()
        json.loads(str(form[wire.RECORD_DETAILS_FIELD]))
        return JSONResponse({"message": "ok"})

    app = Starlette(routes=[Route("/callbacks", accept, methods=["POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def start_process(args: list[str], env: dict[str, str], url: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise TimeoutError(f"{args} did not start")


def callback(seq: int) -> dict:
    token = secrets.token_hex(6)
    now = datetime.now(tz=UTC)
    completed = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
    details = {"sendToken": token, "completedAt": completed, "sentStatus": "success",
               "patientName": "Benchmark Patient", "toNumber": "+12125550100", "seq": seq}
    return {
        "data": {wire.RECORD_DETAILS_FIELD: json.dumps(details)},
        "headers": {wire.SIGNATURE_HEADER: wire.sign(API_KEY, token, completed)},
    }


def wire_bytes(port: int, request: dict) -> bytes:
    """The callback as raw HTTP/1.1 bytes, encoded before the clock starts."""
    built = httpx.Request("POST", f"http://127.0.0.1:{port}/callbacks", **request)
    body = built.read()
    head = "".join(f"{k}: {v}\r\n" for k, v in built.headers.items())
    return f"POST /callbacks HTTP/1.1\r\n{head}\r\n".encode() + body


async def send_all(port: int, payloads: list[bytes], concurrency: int) -> None:
    """A lean keep-alive load generator (raw asyncio streams): httpx itself would be the
    bottleneck on a small machine, hiding the server's cost."""
    pending = iter(payloads)

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for payload in pending:  # shared iterator: each callback is sent once
                writer.write(payload)
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                await reader.readexactly(length)
                if status != 200:
                    raise RuntimeError(f"callback answered {status}")
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(concurrency)))


async def throughput(port: int, count: int, concurrency: int) -> float:
    await send_all(port, [wire_bytes(port, callback(i)) for i in range(200)], concurrency)  # warm-up
    payloads = [wire_bytes(port, callback(i)) for i in range(count)]
    started = time.perf_counter()
    await send_all(port, payloads, concurrency)
    return count / (time.perf_counter() - started)


async def round_trips(url: str, samples: int) -> list[float]:
    latencies = []
    async with httpx.AsyncClient(timeout=30) as http:
        for i in range(samples):
            request = callback(i)
            started = time.perf_counter()
            (await http.post(f"{url}/callbacks", **request)).raise_for_status()
            latencies.append(time.perf_counter() - started)
    return latencies


async def delivery_latency(url: str, samples: int, *, stream: bool) -> list[float]:
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    arrived = asyncio.Event()

    def on_event(event: RelayEvent) -> None:
        if event.token in sent_at:
            latencies.append(time.perf_counter() - sent_at.pop(event.token))
            arrived.set()

    connected = asyncio.Event()

    def on_state(state: RelayState) -> None:
        if state is RelayState.CONNECTED:
            connected.set()

    subscriber = RelaySubscriber(url, RELAY_TOKEN, cursor_path=None, on_event=on_event,
                                 on_state=on_state, poll_wait=25.0, prefer_stream=stream)
    await subscriber.start()
    try:
        await asyncio.wait_for(connected.wait(), 30)
        await asyncio.sleep(0.3)  # let the backlog of the throughput run drain
        async with httpx.AsyncClient(timeout=30) as http:
            for i in range(samples):
                request = callback(i)
                token = json.loads(request["data"][wire.RECORD_DETAILS_FIELD])["sendToken"]
                arrived.clear()
                sent_at[token] = time.perf_counter()
                (await http.post(f"{url}/callbacks", **request)).raise_for_status()
                await asyncio.wait_for(arrived.wait(), 10)
    finally:
        await subscriber.stop()
    return latencies


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def ms(value: float) -> str:
    return f"{value * 1000:7.2f} ms"


def run(count: int, concurrency: int, samples: int) -> None:
    env = {**os.environ, "MEDSENDER_API_KEY": API_KEY, "MEDSENDER_RELAY_TOKEN": RELAY_TOKEN,
           "MEDSENDER_RELAY_KEY": base64.b64encode(os.urandom(32)).decode(),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    base_port, relay_port = free_port(), free_port()
    base_url, relay_url = f"http://127.0.0.1:{base_port}", f"http://127.0.0.1:{relay_port}"
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as data_dir:
        procs = [
            start_process(["-m", "benchmarks.bench_relay", "--serve-baseline", str(base_port)],
                          env, base_url + "/"),
            start_process(["-m", "medsender_desktop.relay", "--port", str(relay_port),
                           "--data-dir", str(Path(data_dir)), "--log-level", "warning"],
                          env, relay_url + "/healthz"),
        ]
        try:
            base_rate = asyncio.run(throughput(base_port, count, concurrency))
            relay_rate = asyncio.run(throughput(relay_port, count, concurrency))
            base_rtt = asyncio.run(round_trips(base_url, samples))
            relay_rtt = asyncio.run(round_trips(relay_url, samples))
            sse = asyncio.run(delivery_latency(relay_url, samples, stream=True))
            poll = asyncio.run(delivery_latency(relay_url, samples, stream=False))
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(15)
    base_p50 = statistics.median(base_rtt)
    print(f"relay benchmark: {count} callbacks at concurrency {concurrency}, "
          f"{samples} latency samples, loopback, separate processes")
    print(f"  accepted/s   baseline (bare Starlette form endpoint) {base_rate:8.0f}/s")
    print(f"  accepted/s   relay (verify + encrypt + fsync'd commit) {relay_rate:8.0f}/s"
          f"   ratio {relay_rate / base_rate:.2f}x baseline")
    rows = [("POST round trip, baseline", base_rtt), ("POST round trip, relay (2xx = durable)", relay_rtt),
            ("callback -> subscriber, SSE", sse), ("callback -> subscriber, long poll", poll)]
    for label, values in rows:
        p50, p95 = statistics.median(values), percentile(values, 95)
        print(f"  {label:40s} p50 {ms(p50)}  p95 {ms(p95)}   p50 ratio {p50 / base_p50:5.1f}x")
    emit([
        figure("relay_callbacks_per_s", [relay_rate], [base_rate], "/s", None,
               "verified, encrypted, durably committed callbacks/s vs a bare Starlette form "
               "endpoint (ratio = relay / bare; higher is better)"),
        figure("relay_delivery_p95", [percentile(sse, 95) * 1e3], [percentile(base_rtt, 95) * 1e3],
               "ms", Goal(value_max=300.0), "callback -> desktop subscriber over SSE, p95, vs a "
               "bare POST round trip"),
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_relay")
    parser.add_argument("--callbacks", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--serve-baseline", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_baseline is not None:
        serve_baseline(args.serve_baseline)
        return
    run(args.callbacks, args.concurrency, args.samples)


if __name__ == "__main__":
    main()
