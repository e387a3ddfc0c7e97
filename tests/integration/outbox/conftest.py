"""The outbox against the real sandbox on loopback: servers, a client, faults, counting."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.api import Credentials, FaxRequest, MedsenderClient
from medsender_desktop.documents import DocumentWorker, generate_document
from medsender_desktop.sandbox import SandboxSettings, create_app
from medsender_desktop.services.outbox import Outbox, OutboxConfig
from medsender_desktop.serving import BackgroundServer

#: quick enough that the tests wait fractions of a second; still the outbox's real paths
FAST = OutboxConfig(parallel=2, settle_seconds=0.05, backoff_initial=0.05, backoff_max=0.5,
                    follow_interval=0.05, follow_max=0.2)
WAIT = 30.0
#: the outbox key of the tests (in the app it comes from the keychain: CredentialStore.outbox_key)
KEY = bytes(range(32))


@dataclass
class Backend:
    server: BackgroundServer
    db_path: Path

    @property
    def state(self) -> Any:
        return self.server.app.state.sandbox

    @property
    def api_url(self) -> str:
        return self.server.url + wire.API_PREFIX

    def credentials(self) -> Credentials:
        return Credentials(api_key=self.state.api_key, client_secret=self.state.client_secret,
                           base_url=self.api_url)

    def faults(self, **settings: Any) -> dict:
        """Configure fault injection through the sandbox's admin endpoint."""
        response = httpx.put(self.api_url + "/sandbox/faults", json=settings, trust_env=False,
                             auth=(self.state.api_key, self.state.client_secret), timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    def number(self) -> str:
        """A fax number of the account to send from (provisioned over HTTP)."""
        response = httpx.post(self.api_url + "/fax_numbers", data={"area_code": "415"},
                              trust_env=False, timeout=10,
                              auth=(self.state.api_key, self.state.client_secret))
        assert response.status_code == 200, response.text
        body = response.json()
        return (body.get("faxNumber") or body["fax_number"])["number"]

    def injected(self) -> dict:
        response = httpx.get(self.api_url + "/sandbox/faults", trust_env=False, timeout=10,
                             auth=(self.state.api_key, self.state.client_secret))
        return response.json()

    def sent_notes(self) -> list[str]:
        """The note of every fax the sandbox holds (tests give each fax a unique note)."""
        with sqlite3.connect(self.db_path) as conn:
            return [row[0] for row in conn.execute("SELECT note FROM sent_faxes")]


def start_backend(path: Path, documents: DocumentWorker, port: int = 0) -> Backend:
    settings = SandboxSettings(db=str(path), speed="instant", rate_limit_per_minute=0)
    server = BackgroundServer(create_app(settings, documents=documents), port=port,
                              name="outbox-sandbox").start()
    return Backend(server, path)


@pytest.fixture
def backend(tmp_path: Path, documents: DocumentWorker) -> Iterator[Backend]:
    started = start_backend(tmp_path / "sandbox.sqlite3", documents)
    yield started
    started.server.stop()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "Jane Roe referral.pdf"
    path.write_bytes(generate_document(pages=2, title="Referral"))
    return path


@pytest.fixture
def from_number(backend: Backend) -> str:
    return backend.number()


@pytest.fixture
async def make_outbox(backend: Backend, documents: DocumentWorker, tmp_path: Path
                      ) -> AsyncIterator[Callable[..., Any]]:
    opened: list[tuple[Outbox, MedsenderClient]] = []

    async def open_outbox(config: OutboxConfig = FAST, start: bool = True, **client: Any) -> Outbox:
        api = MedsenderClient(backend.credentials(), documents=documents, wait_initial=0.01,
                              wait_max=0.05, **client)
        outbox = Outbox.in_dir(tmp_path / "outbox", api, key=KEY, config=config,
                               documents=documents)
        opened.append((outbox, api))
        if start:
            await outbox.start()
        return outbox

    yield open_outbox
    for outbox, api in opened:
        await outbox.stop()
        outbox.close()
        await api.aclose()


def request(pdf: Path, from_number: str, note: str, *to: str, **cover: Any) -> FaxRequest:
    from medsender_desktop.api import CoverSheet

    return FaxRequest(to_numbers=to or ("2125550101",), from_number=from_number, files=(pdf,),
                      cover=CoverSheet(note=note, patient_name="Jane Roe", **cover))


async def settled(outbox: Outbox) -> None:
    await asyncio.wait_for(outbox.wait_settled(), WAIT)
