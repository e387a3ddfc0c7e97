"""A relay served over real loopback HTTP, with its data directory in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from medsender_desktop.relay import RelaySettings, create_app
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.support import settings_for


@dataclass
class RunningRelay:
    server: BackgroundServer
    settings: RelaySettings

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RunningRelay]:
    settings = settings_for(tmp_path / "relay-data")
    app = create_app(settings)
    server = BackgroundServer(app, name="relay").start()
    try:
        yield RunningRelay(server, settings)
    finally:
        app.close_streams()
        server.stop()


@pytest.fixture
def client(relay: RunningRelay) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=relay.url, timeout=10.0) as http:
        yield http
