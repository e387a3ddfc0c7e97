"""'Test connection' explains failures in plain words (wrong key, no network, certificate
problem, wrong address, relay); the embedded sandbox of --sandbox."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from medsender_desktop import wire
from medsender_desktop.app import EmbeddedSandbox
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.sandbox import SandboxSettings, create_app
from medsender_desktop.services.connection_check import check_connection
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile
from medsender_desktop.serving import BackgroundServer


@pytest.fixture(scope="module")
def sandbox(documents: DocumentWorker) -> Iterator[tuple[str, str, str]]:
    app = create_app(SandboxSettings(demo=True, speed="instant"), documents=documents)
    with BackgroundServer(app, name="sandbox") as server:
        state = app.state.sandbox
        yield server.url + wire.API_PREFIX, state.api_key, state.client_secret


async def test_a_working_profile(sandbox: tuple[str, str, str]) -> None:
    url, key, secret = sandbox
    report = await check_connection(Profile(id="p", name="P", base_url=url), ProfileSecrets(key, secret))
    assert report.ok and report.text.startswith("Connected to Medsender with test keys: 3 fax numbers")


async def test_wrong_keys_are_explained(sandbox: tuple[str, str, str]) -> None:
    url, key, _ = sandbox
    report = await check_connection(Profile(id="p", name="P", base_url=url), ProfileSecrets(key, "wrong"))
    assert not report.ok and "did not accept the API key or client secret" in report.text
    assert key not in report.text


async def test_no_server_is_explained() -> None:
    report = await check_connection(Profile(id="p", name="P", base_url="http://127.0.0.1:9/api/v2"),
                                    ProfileSecrets("sk_test_x", "y"))
    assert not report.ok and "Could not reach 127.0.0.1:9" in report.text


async def test_wrong_server_address_is_explained(sandbox: tuple[str, str, str]) -> None:
    url, key, secret = sandbox
    root = url.removesuffix(wire.API_PREFIX)
    report = await check_connection(Profile(id="p", name="P", base_url=root + "/nothing-here"),
                                    ProfileSecrets(key, secret))
    assert not report.ok and "not as the Medsender API" in report.text
    bad = await check_connection(Profile(id="p", name="P", base_url="medsender.com"), ProfileSecrets(key))
    assert not bad.ok and "https://" in bad.text


async def test_an_unreachable_relay_is_explained(sandbox: tuple[str, str, str]) -> None:
    url, key, secret = sandbox
    report = await check_connection(
        Profile(id="p", name="P", base_url=url, relay_url="http://127.0.0.1:9"),
        ProfileSecrets(key, secret, "token"))
    assert not report.ok
    assert report.lines[0].startswith("Connected") and "relay could not be reached" in report.lines[1]


async def test_embedded_sandbox_and_relay(tmp_path: Path, documents: DocumentWorker) -> None:
    from medsender_desktop.api import Credentials, MedsenderClient

    embedded = EmbeddedSandbox(tmp_path, documents, speed="instant")
    endpoints = await embedded.start()
    try:
        assert endpoints.api_base_url.startswith("http://127.0.0.1:") and endpoints.api_key.startswith("sk_test_")
        assert "relay_token" not in repr(endpoints) and endpoints.relay_token not in repr(endpoints)
        creds = Credentials(api_key=endpoints.api_key, client_secret=endpoints.client_secret,
                            base_url=endpoints.api_base_url)
        async with MedsenderClient(creds, max_attempts=1, documents=documents) as client:
            await embedded.route_callbacks_to_relay(client)
            numbers = await client.list_fax_numbers()
            assert numbers and {n.callback_url for n in numbers} == {endpoints.callback_url}
            assert await embedded.route_callbacks_to_relay(client) == 0  # already routed
        assert (tmp_path / "sandbox.sqlite3").exists(), "demo data persists in the data folder"
        relay_dir = embedded.cursor_path.parent
        assert relay_dir.exists()
    finally:
        await embedded.stop()
    assert not relay_dir.exists(), "the throwaway relay leaves nothing behind"


@pytest.fixture
def untrusted_tls_server(tmp_path: Path) -> Iterator[str]:
    """A loopback HTTPS server whose certificate no trust store knows (self-signed), as a
    TLS-inspecting web filter or a misconfigured server presents it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stopping = threading.Event()
    handshakes: list[str] = []

    def serve() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                try:
                    with context.wrap_socket(conn, server_side=True):
                        handshakes.append("completed")
                except (ssl.SSLError, OSError):
                    handshakes.append("refused by the client")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{port}/api/v2"
    finally:
        stopping.set()
        thread.join(5)
        listener.close()
    assert handshakes and "completed" not in handshakes, handshakes


async def test_a_certificate_problem_is_explained(untrusted_tls_server: str) -> None:
    report = await check_connection(Profile(id="p", name="P", base_url=untrusted_tls_server),
                                    ProfileSecrets("sk_test_cert_check", "secret"))
    assert not report.ok
    assert "certificate problem" in report.text and "date and time" in report.text
    assert "Could not reach" not in report.text  # not mistaken for "no network"
    assert "sk_test_cert_check" not in report.text
