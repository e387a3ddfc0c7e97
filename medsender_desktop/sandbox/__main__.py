"""``medsender-sandbox``: serve the sandbox, or simulate an inbound fax on a running one.

    medsender-sandbox [--host 127.0.0.1] [--port 8765] [--db PATH] [--demo]
                      [--dialect camel|snake] [--speed instant|fast|realistic]
    medsender-sandbox receive FILE --to NUMBER [--from NUMBER] [--caller NAME] [--url BASE]

Serving prints the base URL, the test API key and the client secret (sandbox test keys, the
one place they are printed). ``MEDSENDER_SANDBOX_API_KEY`` / ``MEDSENDER_SANDBOX_CLIENT_SECRET``
fix the keys for scripted use.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx
import uvicorn

from medsender_desktop import wire
from medsender_desktop._version import version_banner
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.sandbox.app import create_app
from medsender_desktop.sandbox.faults import FaultSettings, FaultSpecError
from medsender_desktop.sandbox.settings import (
    DIALECTS,
    SPEEDS,
    SandboxSettings,
    key_from_environment,
)

DEFAULT_PORT = 8765
DEFAULT_URL = f"http://127.0.0.1:{DEFAULT_PORT}"


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medsender-sandbox",
        description="The Medsender API in test mode, served locally. "
        "Use 'medsender-sandbox receive --help' to simulate an inbound fax.",
    )
    parser.add_argument("--version", action="version", version=version_banner("medsender-sandbox"))
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (0 = any free)")
    parser.add_argument("--db", default=":memory:",
                        help="SQLite file to keep the account in (default: in memory)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with a realistic demo account")
    parser.add_argument("--dialect", choices=DIALECTS, default="camel",
                        help="response keys: camelCase or snake_case")
    parser.add_argument("--speed", choices=SPEEDS, default="fast",
                        help="how fast the simulated carrier moves faxes")
    parser.add_argument("--rate-limit", type=int, default=600, metavar="PER_MINUTE",
                        help="requests per minute per API key (0 = unlimited)")
    parser.add_argument("--callback-url", default=None,
                        help="callback URL for numbers and requests that have none")
    parser.add_argument("--faults", default=None, metavar="SPEC",
                        help="inject faults, e.g. 'seed=7 reset_after=0.1 rate_limit=0.05' "
                        "(see the README; also PUT /api/v2/sandbox/faults)")
    return parser


def _receive_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medsender-sandbox receive",
        description="Simulate a fax arriving on one of the sandbox's numbers.",
    )
    parser.add_argument("file", type=Path, help="the PDF or TIFF that arrives")
    parser.add_argument("--to", required=True, dest="to_number", help="one of your fax numbers")
    parser.add_argument("--from", dest="from_number", default=None, help="the sender's number")
    parser.add_argument("--caller", dest="caller_name", default=None, help="the caller ID name")
    parser.add_argument("--url", default=DEFAULT_URL, help=f"the sandbox (default {DEFAULT_URL})")
    return parser


def _banner(url: str, settings: SandboxSettings, api_key: str, secret: str) -> str:
    where = settings.db if settings.db != ":memory:" else "in memory (use --db FILE to keep it)"
    return "\n".join([
        "Medsender sandbox (test mode: nothing leaves this machine)",
        f"  Base URL:      {url}{wire.API_PREFIX}",
        f"  API key:       {api_key}",
        f"  Client secret: {secret}",
        f"  Database:      {where}",
        f"  Dialect:       {settings.dialect}    Speed: {settings.speed}",
        f"  OpenAPI:       {url}{wire.API_PREFIX}{wire.OPENAPI}",
        "Press Ctrl+C to stop.",
    ])


def serve(argv: Sequence[str]) -> int:
    args = _serve_parser().parse_args(argv)
    try:
        faults = FaultSettings.from_spec(args.faults) if args.faults else None
    except (FaultSpecError, ValueError) as exc:
        print(f"--faults: {exc}", file=sys.stderr)
        return 2
    settings = SandboxSettings(
        db=args.db, demo=args.demo, dialect=args.dialect, speed=args.speed,
        rate_limit_per_minute=args.rate_limit, default_callback_url=args.callback_url,
        faults=faults,
    )
    # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections (no 40 ms stalls)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET,
                         socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}. "
              "Pick another --port.", file=sys.stderr)
        return 2
    with DocumentWorker() as documents:  # this process's one documents worker
        app = create_app(settings, documents=documents)
        port = sock.getsockname()[1]
        host = f"[{args.host}]" if ":" in args.host else args.host
        state = app.state.sandbox
        print(_banner(f"http://{host}:{port}", settings, state.api_key, state.client_secret),
              flush=True)
        # no access log: query strings carry PHI (patient names in list filters)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on",
                                               access_log=False))
        asyncio.run(server.serve(sockets=[sock]))
    return 0


def _auth_headers() -> dict[str, str]:
    key, secret = key_from_environment()
    if key and secret:
        token = base64.b64encode(f"{key}:{secret}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    if key:
        return {"Authorization": f"Bearer {key}"}
    return {}


def receive(argv: Sequence[str]) -> int:
    args = _receive_parser().parse_args(argv)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"Cannot read the file: {exc.strerror}.", file=sys.stderr)
        return 2
    base = args.url.rstrip("/").removesuffix(wire.API_PREFIX)
    fields = {"to_number": args.to_number}
    if args.from_number:
        fields["from_number"] = args.from_number
    if args.caller_name:
        fields["caller_name"] = args.caller_name
    try:
        response = httpx.post(
            base + wire.API_PREFIX + wire.SANDBOX_RECEIVED_FAXES, data=fields,
            files={wire.FILE_FIELD: (args.file.name, data)}, headers=_auth_headers(),
            timeout=60, trust_env=False,
        )
    except httpx.HTTPError as exc:
        print(f"Cannot reach the sandbox at {base} ({type(exc).__name__}). Is it running?",
              file=sys.stderr)
        return 1
    body = response.json() if response.headers.get("content-type", "").startswith(
        "application/json") else {}
    if response.status_code != 200:
        error = body.get("error", {})
        print(f"The sandbox refused the fax ({response.status_code}): "
              f"{error.get('message', response.text)}", file=sys.stderr)
        for field, message in (error.get("fields") or {}).items():
            print(f"  {field}: {message}", file=sys.stderr)
        return 1
    print(body.get("faxId") or body.get("fax_id"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "receive":
        return receive(args[1:])
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
