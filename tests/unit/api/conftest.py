"""A scripted stand-in for the production Medsender service (httpx MockTransport)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import httpx
import pytest

from medsender_desktop.api import AuthMode, Credentials, MedsenderClient
from medsender_desktop.documents import DocumentWorker

API_KEY = "sk_test_UNITKEY_7f3a9c"
SECRET = "cs_UNITSECRET_91b2d4"
BASE = "https://api.example.test/api/v2"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Seen:
    method: str
    path: str
    params: dict[str, str]
    headers: httpx.Headers
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode(), keep_blank_values=True).items()}

    def multipart_field(self, name: str) -> str:
        marker = f'name="{name}"'.encode()
        start = self.body.index(marker) + len(marker)
        start = self.body.index(b"\r\n\r\n", start) + 4
        return self.body[start : self.body.index(b"\r\n--", start)].decode()


@dataclass
class FakeMedsender:
    """Routes (method, path) -> list of responses (the last one repeats)."""

    routes: dict[tuple[str, str], list[Handler | httpx.Response]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def on(self, method: str, path: str, *responses: Handler | httpx.Response | dict) -> None:
        items = [httpx.Response(200, json=r) if isinstance(r, dict) else r for r in responses]
        self.routes[(method, "/api/v2" + path)] = items

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.seen.append(
            Seen(request.method, request.url.path, dict(request.url.params), request.headers, body)
        )
        queue = self.routes.get((request.method, request.url.path))
        if not queue:
            return httpx.Response(404, json={"error": {"status": 404, "message": "No such route"}})
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        return item(request) if callable(item) else item


@pytest.fixture
def fake() -> FakeMedsender:
    return FakeMedsender()


@pytest.fixture
def make_client(fake: FakeMedsender, documents: DocumentWorker):
    clients: list[MedsenderClient] = []

    def build(auth_mode: AuthMode = AuthMode.BASIC, api_key: str = API_KEY, **kw) -> MedsenderClient:
        kw.setdefault("wait_initial", 0.001)
        kw.setdefault("wait_max", 0.005)
        kw.setdefault("documents", documents)
        client = MedsenderClient(
            Credentials(api_key=api_key, client_secret=SECRET, auth_mode=auth_mode, base_url=BASE),
            transport=httpx.MockTransport(fake),
            **kw,
        )
        clients.append(client)
        return client

    return build
    # clients are closed by the tests' own event loop in `client` below when used


@pytest.fixture
async def client(make_client):
    c = make_client()
    yield c
    await c.aclose()


def sent_fax_json(token: str = "3e842d315d8f", status: str = "success", **over) -> dict:
    data = {
        "fromNumber": "+19177572947", "toNumber": "+19174732192", "recipientName": "Dr. John Zoidberg",
        "recordStatus": "activated", "patientName": "Philip J. Fry", "patientDob": "1974-08-14",
        "sendToken": token, "senderName": "Dr. Hubert Farnsworth", "expiry": "2020-03-21T23:37:01.000Z",
        "viewCount": 0, "note": "This document is a patient referral", "sentAt": "2020-02-20T23:37:01.000Z",
        "completedAt": "2020-02-20T23:37:04.000Z", "sentStatus": status, "documentType": "both",
        "errorDetails": None, "isTest": True, "secureLink": "https://link.to.record",
    }
    data.update(over)
    return data


def dump(obj) -> str:
    return json.dumps(obj)
