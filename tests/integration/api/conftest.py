"""The real sandbox on loopback, and our client signed in to it."""

from __future__ import annotations

import pytest

from medsender_desktop.api import AuthMode, Credentials, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.sandbox import SandboxSettings, create_app
from medsender_desktop.serving import BackgroundServer


@pytest.fixture(scope="module")
def documents():
    worker = DocumentWorker()
    yield worker
    worker.close()


def _start(dialect: str, documents: DocumentWorker):
    app = create_app(SandboxSettings(speed="instant", dialect=dialect), documents=documents)
    server = BackgroundServer(app, name=f"sandbox-{dialect}").start()
    return app, server


@pytest.fixture(scope="module", params=["camel", "snake"])
def sandbox(request, documents):
    app, server = _start(request.param, documents)
    yield app.state.sandbox, server.url + "/api/v2"
    server.stop()


def credentials(sandbox, mode: AuthMode = AuthMode.BASIC) -> Credentials:
    state, base = sandbox
    return Credentials(api_key=state.api_key, client_secret=state.client_secret, auth_mode=mode,
                       base_url=base)


@pytest.fixture
async def api(sandbox, documents):
    client = MedsenderClient(credentials(sandbox), documents=documents, wait_initial=0.01, wait_max=0.05)
    yield client
    await client.aclose()


@pytest.fixture
async def our_number(api):
    numbers = await api.list_fax_numbers()
    if numbers:
        return numbers[0]
    return await api.provision_fax_number(area_code="415")
