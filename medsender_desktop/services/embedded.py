"""``--sandbox``: the Medsender sandbox (demo data) and a webhook relay, in-process.

Both run off the UI thread (``BackgroundServer``: their own thread and event loop) on free
loopback ports. The sandbox's database lives in the user data folder, so demo records and the
test keys it generated persist between runs; the relay is throwaway (a temporary folder, a
fresh encryption key and token each run). Every fax number's callback URL is pointed at the
relay, so sandbox callbacks reach this desktop as live events.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import shutil
import socket
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from medsender_desktop.api import MedsenderClient, contract
from medsender_desktop.serving import BackgroundServer

log = logging.getLogger(__name__)

SANDBOX_DB: Final = "sandbox.sqlite3"


@dataclass(frozen=True)
class EmbeddedEndpoints:
    api_base_url: str
    relay_url: str
    api_key: str = field(repr=False)
    client_secret: str = field(repr=False)
    relay_token: str = field(repr=False)

    @property
    def callback_url(self) -> str:
        return self.relay_url + "/callbacks"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EmbeddedSandbox:
    def __init__(self, data_dir: Path, *, speed: str = "fast", demo: bool = True,
                 db: str | None = None) -> None:
        self._db = db if db is not None else str(data_dir / SANDBOX_DB)
        self._speed = speed
        self._demo = demo
        self._relay_dir = Path(tempfile.mkdtemp(prefix="medsender-relay-"))
        self.sandbox_server: BackgroundServer | None = None
        self.relay_server: BackgroundServer | None = None
        self.endpoints: EmbeddedEndpoints | None = None

    @property
    def cursor_path(self) -> Path:
        return self._relay_dir / "cursor.json"

    async def start(self) -> EmbeddedEndpoints:
        return await asyncio.to_thread(self._start_blocking)

    def _start_blocking(self) -> EmbeddedEndpoints:
        from medsender_desktop.relay import RelaySettings
        from medsender_desktop.relay import create_app as create_relay
        from medsender_desktop.sandbox import SandboxSettings
        from medsender_desktop.sandbox import create_app as create_sandbox

        relay_port = _free_port()
        relay_url = f"http://127.0.0.1:{relay_port}"
        sandbox_app = create_sandbox(SandboxSettings(
            db=self._db, demo=self._demo, dialect="camel", speed=self._speed,
            default_callback_url=relay_url + "/callbacks",
        ))
        self.sandbox_server = BackgroundServer(sandbox_app, name="sandbox").start()
        state = sandbox_app.state.sandbox
        relay_token = secrets.token_urlsafe(24)
        relay_app = create_relay(RelaySettings(
            data_dir=self._relay_dir / "data", api_key=state.api_key, relay_token=relay_token,
            encryption_key=secrets.token_bytes(32), retention_days=1,
        ))
        self.relay_server = BackgroundServer(relay_app, port=relay_port, name="relay").start()
        self.endpoints = EmbeddedEndpoints(
            api_base_url=self.sandbox_server.url + contract.API_PREFIX,
            relay_url=relay_url,
            api_key=state.api_key,
            client_secret=state.client_secret,
            relay_token=relay_token,
        )
        log.info("embedded sandbox and relay started on loopback")
        return self.endpoints

    async def route_callbacks_to_relay(self, client: MedsenderClient) -> int:
        """Point every fax number's callback URL at this run's relay; returns how many changed."""
        assert self.endpoints is not None
        target = self.endpoints.callback_url
        changed = 0
        for number in await client.list_fax_numbers():
            if number.callback_url != target:
                await client.update_fax_number(number.id, callback_url=target)
                changed += 1
        return changed

    async def stop(self) -> None:
        await asyncio.to_thread(self._stop_blocking)

    def _stop_blocking(self) -> None:
        for server in (self.relay_server, self.sandbox_server):
            if server is not None:
                server.stop()
        self.relay_server = self.sandbox_server = None
        shutil.rmtree(self._relay_dir, ignore_errors=True)
