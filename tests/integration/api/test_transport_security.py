"""The client's transport: proxies honoured (defect 11), TLS only off loopback, certificate
checks always on."""

from __future__ import annotations

import http.client
import http.server
import ssl
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.profiles import check_url

from .conftest import credentials


class ForwardProxy(http.server.ThreadingHTTPServer):
    """A real HTTP forward proxy on loopback: takes absolute-form requests, forwards them."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.seen: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: ForwardProxy

    def _forward(self) -> None:
        self.server.seen.append(f"{self.command} {self.path}")
        target = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        path = target.path + (f"?{target.query}" if target.query else "")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection",)}
        upstream.request(self.command, path, body=body, headers=headers)
        answer = upstream.getresponse()
        payload = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        upstream.close()

    do_GET = do_POST = do_PATCH = do_DELETE = _forward

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


async def test_the_client_goes_through_the_proxy_from_the_environment(
    sandbox, documents, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    async with MedsenderClient(credentials(sandbox), documents=documents) as client:
        numbers = await client.list_fax_numbers()
    assert isinstance(numbers, list)
    assert any(line.startswith("GET http://127.0.0.1:") and "/api/v2/fax_numbers" in line
               for line in proxy.seen), proxy.seen


async def test_without_a_proxy_setting_the_client_connects_directly(
    sandbox, documents, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with MedsenderClient(credentials(sandbox), documents=documents) as client:
        await client.list_fax_numbers()
    assert proxy.seen == []


@pytest.mark.parametrize("url", ["http://api.medsender.com/api/v2", "http://10.0.0.5:8080/api/v2",
                                 "http://127.0.0.1.example.com/api/v2", "ftp://api.medsender.com"])
def test_plain_http_is_refused_off_loopback(url: str) -> None:
    with pytest.raises(ValidationError, match="https://"):
        MedsenderClient(Credentials(api_key="sk_live_x", client_secret="s", base_url=url))
    assert "https://" in (check_url(url, "server address") or "")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/api/v2", "http://localhost:9/api/v2",
                                 "http://[::1]:8000/api/v2", "https://api.medsender.com/api/v2"])
async def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    client = MedsenderClient(Credentials(api_key="sk_test_x", client_secret="s", base_url=url))
    await client.aclose()
    assert check_url(url, "server address") is None


async def test_certificate_checks_are_always_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """No option turns verification off, and neither do the usual environment switches."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    client = MedsenderClient(Credentials(api_key="sk_live_x", client_secret="s"))
    try:
        contexts = client._http.ssl_contexts()  # the direct transport and every proxy mount
        assert len(contexts) >= 2
        for context in contexts:
            assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    finally:
        await client.aclose()
