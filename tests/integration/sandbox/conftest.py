"""Real sandboxes on loopback, raw httpx clients, and a callback receiver that records POSTs."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from medsender_desktop.documents import DocumentWorker, generate_document
from medsender_desktop.sandbox import SandboxSettings, create_app
from medsender_desktop.serving import BackgroundServer
from tests.waiting import wait_until

API = "/api/v2"


@dataclass
class Sandbox:
    server: BackgroundServer
    api_key: str
    client_secret: str
    client: httpx.Client  # Basic auth, base URL = .../api/v2

    @property
    def url(self) -> str:
        return self.server.url

    async def fetch(self, url: str, **params: str) -> httpx.Response:
        """GET an absolute URL (a secure link) without blocking the test's event loop."""
        async with httpx.AsyncClient(trust_env=False) as http:
            return await http.get(url, params=params or None)  # {} would drop the query string

    @property
    def state(self) -> Any:
        return self.server.app.state.sandbox

    def bearer(self) -> httpx.Client:
        return httpx.Client(base_url=self.url + API, timeout=30, trust_env=False,
                            headers={"Authorization": f"Bearer {self.api_key}"})

    def number(self, area_code: str = "212", callback_url: str | None = None) -> dict:
        data = {"area_code": area_code}
        if callback_url:
            data["callback_url"] = callback_url
        response = self.client.post("/fax_numbers", data=data)
        assert response.status_code == 200, response.text
        found = response.json()
        return found.get("faxNumber") or found["fax_number"]

    def send(self, pdf: bytes, to: str, from_number: str, **fields: str) -> str:
        response = self.client.post(
            "/sent_faxes", data={"to_number": to, "from_number": from_number, **fields},
            files={"file": ("doc.pdf", pdf, "application/pdf")},
        )
        assert response.status_code == 200, response.text
        body = response.json()
        return body.get("faxId") or body["fax_id"]

    def wait_sent(self, token: str, done: Callable[[dict], bool] | None = None) -> dict:
        """Poll the sent fax until it is final (or ``done`` says so)."""
        def final(fax: dict) -> bool:
            return (fax.get("sentStatus") or fax.get("sent_status")) in ("success", "failure")

        return wait_until(lambda: self.client.get(f"/sent_faxes/{token}").json(), ready=done or final)


@pytest.fixture(scope="session")
def documents() -> Iterator[DocumentWorker]:
    worker = DocumentWorker()
    yield worker
    worker.close()


@pytest.fixture
def make_sandbox(documents: DocumentWorker) -> Iterator[Callable[..., Sandbox]]:
    started: list[Sandbox] = []

    def start(**settings: Any) -> Sandbox:
        settings.setdefault("speed", "instant")
        app = create_app(SandboxSettings(**settings), documents=documents)
        server = BackgroundServer(app, name="sandbox").start()
        state = app.state.sandbox
        client = httpx.Client(base_url=server.url + API, auth=(state.api_key, state.client_secret),
                              timeout=30, trust_env=False)
        sandbox = Sandbox(server, state.api_key, state.client_secret, client)
        started.append(sandbox)
        return sandbox

    yield start
    for sandbox in started:
        sandbox.client.close()
        sandbox.server.stop()


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


@pytest.fixture(params=["camel", "snake"])
def any_sandbox(request: pytest.FixtureRequest, make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    """The real sandbox on loopback, once in each dialect (camelCase and snake_case)."""
    return make_sandbox(dialect=request.param)


@pytest.fixture(scope="session")
def pdf() -> bytes:
    return generate_document(pages=2, title="Referral for Specialist Consultation",
                             lines=["Patient: Maria Lopez", "DOB: 03/14/1962",
                                    "Reason for referral: chest pain"])


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    form: dict[str, str]
    files: dict[str, bytes]
    status: int


@dataclass
class Receiver:
    """A webhook receiver: ``fail[path] = n`` answers 500 to the first n POSTs on that path."""

    server: BackgroundServer
    hits: list[Hit] = field(default_factory=list)
    fail: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"{self.server.url}/{path}"

    def on(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def wait(self, path: str, count: int = 1, status: int | None = 200) -> list[Hit]:
        return wait_until(lambda: [h for h in self.on(path) if status is None or h.status == status],
                        ready=lambda hits: len(hits) >= count)

    @staticmethod
    def details(hit: Hit) -> dict:
        return json.loads(hit.form.get("recordDetails") or hit.form["AiDocumentDetails"])


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    holder: dict[str, Receiver] = {}

    async def hook(request: Request) -> JSONResponse:
        rec = holder["r"]
        path = request.path_params["name"]
        async with request.form() as form:  # closes the uploads' temporary files
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            files = {k: await v.read() for k, v in form.items() if not isinstance(v, str)}
        with rec.lock:
            failing = rec.fail.get(path, 0)
            status = 500 if failing else 200
            if failing:
                rec.fail[path] = failing - 1
            rec.hits.append(Hit(path, dict(request.headers), fields, files, status))
        return JSONResponse({"ok": status == 200}, status)

    app = Starlette(routes=[Route("/{name}", hook, methods=["POST"])])
    with BackgroundServer(app, name="receiver") as server:
        holder["r"] = Receiver(server)
        yield holder["r"]
