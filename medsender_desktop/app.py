"""The composition root: builds every part once and passes them in (no Qt here).

``build_application()`` makes the process-wide parts (folders, settings, keyring, profiles,
the ONE documents worker, the offline cache). For ``--sandbox`` it starts the embedded
sandbox and relay (:class:`EmbeddedSandbox`). ``Application.open_session(profile)`` makes one
signed-in session: one API client, the live sync and the relay subscription of that profile.
This module and the entry points (the app, the CLI, the servers' ``__main__``) are the only
places that wire the packages together.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import shutil
import socket
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from medsender_desktop import wire
from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import MedsenderError, RelayError
from medsender_desktop.relay.subscriber import RelaySubscriber
from medsender_desktop.services.address_book import AddressBook
from medsender_desktop.services.ai_history import AiHistory
from medsender_desktop.services.credentials import (
    CredentialStore,
    CredentialStoreUnavailable,
    MemoryKeyring,
    ProfileSecrets,
)
from medsender_desktop.services.outbox import Outbox, OutboxConfig
from medsender_desktop.services.profiles import Profile, ProfileManager
from medsender_desktop.services.read_state import ReadState
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.session import Session
from medsender_desktop.services.settings import AppPaths, SettingsStore, default_paths
from medsender_desktop.services.sync import SyncConfig, SyncService

if TYPE_CHECKING:
    from medsender_desktop.serving import BackgroundServer

log = logging.getLogger(__name__)

SANDBOX_DB: Final = "sandbox.sqlite3"


@dataclass(frozen=True)
class AppOptions:
    sandbox: bool = False
    sandbox_speed: str = "fast"
    sync: SyncConfig = field(default_factory=SyncConfig)
    #: The API client's retry budget (tests lower it so offline shows quickly).
    api_max_attempts: int = 3
    relay_unreachable_after: float = 10.0
    outbox: OutboxConfig = field(default_factory=OutboxConfig)
    #: How often the watched folder (Settings) is checked, in seconds.
    watch_interval: float = 1.0


class NotSignedIn(MedsenderError):
    pass


# --- --sandbox: the sandbox and a relay in this process --------------------------------------
@dataclass(frozen=True)
class EmbeddedEndpoints:
    api_base_url: str
    relay_url: str
    api_key: str = field(repr=False)
    client_secret: str = field(repr=False)
    relay_token: str = field(repr=False)

    @property
    def callback_url(self) -> str:
        return self.relay_url + wire.RELAY_CALLBACKS


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EmbeddedSandbox:
    """``--sandbox``: the Medsender sandbox (demo data) and a webhook relay, in-process.

    Both run off the UI thread (``BackgroundServer``: their own thread and event loop) on
    free loopback ports; the sandbox uses the process's documents worker. The sandbox's
    database lives in the user data folder, so demo records and the test keys it generated
    persist between runs; the relay is throwaway (a temporary folder, a fresh encryption key
    and token each run). Every fax number's callback URL is pointed at the relay, so sandbox
    callbacks reach this desktop as live events.
    """

    def __init__(self, data_dir: Path, documents: DocumentWorker, *, speed: str = "fast",
                 demo: bool = True, db: str | None = None) -> None:
        self._db = db if db is not None else str(data_dir / SANDBOX_DB)
        self._documents = documents
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
        # Imported here, off the UI thread and only for --sandbox: the servers (Starlette,
        # uvicorn, python-multipart, the sandbox's routes) are not on the app's start path.
        from medsender_desktop.relay import RelaySettings
        from medsender_desktop.relay import create_app as create_relay
        from medsender_desktop.sandbox import SandboxSettings
        from medsender_desktop.sandbox import create_app as create_sandbox
        from medsender_desktop.serving import BackgroundServer

        relay_port = _free_port()
        relay_url = f"http://127.0.0.1:{relay_port}"
        sandbox_app = create_sandbox(SandboxSettings(
            db=self._db, demo=self._demo, dialect="camel", speed=self._speed,
            default_callback_url=relay_url + wire.RELAY_CALLBACKS,
        ), documents=self._documents)
        self.sandbox_server = BackgroundServer(sandbox_app, name="sandbox").start()
        state = sandbox_app.state.sandbox
        relay_token = secrets.token_urlsafe(24)
        relay_app = create_relay(RelaySettings(
            data_dir=self._relay_dir / "data", api_key=state.api_key, relay_token=relay_token,
            encryption_key=secrets.token_bytes(32), retention_days=1,
        ))
        self.relay_server = BackgroundServer(relay_app, port=relay_port, name="relay").start()
        self.endpoints = EmbeddedEndpoints(
            api_base_url=self.sandbox_server.url + wire.API_PREFIX,
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


class Application:
    """The process-wide services. One instance per run."""

    def __init__(
        self,
        options: AppOptions,
        *,
        paths: AppPaths,
        settings: SettingsStore,
        profiles: ProfileManager,
        documents: DocumentWorker,
        cache: RecordCache,
        read_state: ReadState,
        address_book: AddressBook,
        ai_history: AiHistory | None = None,
    ) -> None:
        self.options = options
        self.paths = paths
        self.settings = settings
        self.profiles = profiles
        self.documents = documents
        self.cache = cache
        self.read_state = read_state
        self.address_book = address_book
        self.ai_history = ai_history
        self.embedded: EmbeddedSandbox | None = None
        self._run_outbox_key: bytes | None = None  # the sandbox's, without a secure keychain

    async def start_embedded_sandbox(self) -> Profile:
        """``--sandbox``: sandbox + relay in-process, numbers' callbacks to the relay, and the
        profile "Sandbox" with their test keys (in-memory keyring only)."""
        embedded = EmbeddedSandbox(self.paths.data_dir, self.documents,
                                   speed=self.options.sandbox_speed)
        try:
            endpoints = await embedded.start()
        except (OSError, RuntimeError, TimeoutError) as exc:
            await embedded.stop()
            raise MedsenderError(
                "The local sandbox could not start on this computer. Close other copies of "
                "Medsender Desktop and try again; the log file has the details."
            ) from exc
        self.embedded = embedded
        profile = self.profiles.register_sandbox(
            base_url=endpoints.api_base_url,
            relay_url=endpoints.relay_url,
            secrets=ProfileSecrets(endpoints.api_key, endpoints.client_secret, endpoints.relay_token),
        )
        client = self._client(profile, self.profiles.secrets(profile))
        try:
            await embedded.route_callbacks_to_relay(client)
        finally:
            await client.aclose()
        return profile

    def _client(self, profile: Profile, secrets: ProfileSecrets | None) -> MedsenderClient:
        if secrets is None:
            raise NotSignedIn("Sign in: this profile has no API key saved on this computer yet.")
        credentials = Credentials(
            api_key=secrets.api_key,
            client_secret=secrets.client_secret,
            auth_mode=profile.auth_mode,
            base_url=profile.base_url,
        )
        return MedsenderClient(credentials, documents=self.documents,
                               max_attempts=self.options.api_max_attempts)

    async def open_session(self, profile: Profile) -> Session:
        """Sign in with ``profile`` (raises NotSignedIn / CredentialStoreUnavailable)."""
        secrets = self.profiles.secrets(profile)
        client = self._client(profile, secrets)
        assert secrets is not None
        sync = SyncService(client, profile_id=profile.id, cache=self.cache, config=self.options.sync)
        outbox = Outbox.in_dir(self._profile_dir("outbox", profile), client,
                               key=self._outbox_key(profile), config=self.options.outbox,
                               documents=self.documents)
        session = Session(profile, client, sync, read_state=self.read_state,
                          documents=self.documents, outbox=outbox,
                          address_book=self.address_book, ai_history=self.ai_history)
        if profile.relay_url and secrets.relay_token:
            try:
                session.relay = RelaySubscriber(
                    profile.relay_url,
                    secrets.relay_token,
                    cursor_path=self._cursor_path(profile),
                    on_event=session.on_relay_event,
                    on_state=session.on_relay_state,
                    unreachable_after=self.options.relay_unreachable_after,
                )
            except RelayError:  # e.g. an http:// relay off this computer: said in plain words
                await session.close()
                raise
        await session.start()
        self.profiles.set_active(profile)
        log.info("signed in (%s profile)", "sandbox" if profile.sandbox else "live")
        return session

    def _outbox_key(self, profile: Profile) -> bytes:
        """The key sealing the profile's outbox, kept in the keychain. Without a secure
        keychain nothing is ever written in plain form: a live profile cannot keep faxes (said
        in plain words; it cannot keep its API key either), and the sandbox's test faxes are
        sealed with a key for this run only (any left unsent at quit show as unreadable)."""
        key = self.profiles.credentials.outbox_key()
        if key is not None:
            return key
        if not profile.sandbox:
            raise CredentialStoreUnavailable(
                "No secure password store is available on this computer, so Medsender Desktop "
                "cannot keep faxes waiting to be sent in encrypted form. On Windows and macOS "
                "the system keychain is used; on Linux, install and unlock GNOME Keyring or "
                "KWallet, then sign in again.")
        if self._run_outbox_key is None:
            log.warning("no secure keychain: the sandbox's outbox is sealed with a key for "
                        "this run only")
            self._run_outbox_key = secrets.token_bytes(32)
        return self._run_outbox_key

    def _cursor_path(self, profile: Profile) -> Path | None:
        if profile.sandbox and self.embedded is not None:
            return self.embedded.cursor_path
        return self._profile_dir("relay", profile).with_suffix(".cursor.json")

    def _profile_dir(self, kind: str, profile: Profile) -> Path:
        """``<data>/<kind>/<profile id, made safe for a file name>``."""
        return self.paths.data_dir / kind / re.sub(r"[^A-Za-z0-9_-]", "_", profile.id)

    async def close(self) -> None:
        if self.embedded is not None:
            with contextlib.suppress(Exception):
                await self.embedded.stop()
        self.cache.close()
        self.read_state.close()
        self.address_book.close()
        if self.ai_history is not None:
            self.ai_history.close()
        self.documents.close()


def build_application(options: AppOptions | None = None, *, paths: AppPaths | None = None,
                      credentials: CredentialStore | None = None) -> Application:
    options = options or AppOptions()
    paths = paths or default_paths()
    settings = SettingsStore(paths.config_dir)
    credentials = credentials or CredentialStore()
    profiles = ProfileManager(
        settings,
        credentials,
        sandbox_credentials=CredentialStore(MemoryKeyring()),
    )
    key = credentials.cache_key()
    return Application(
        options,
        paths=paths,
        settings=settings,
        profiles=profiles,
        documents=DocumentWorker(),
        cache=RecordCache.in_dir(paths.data_dir, key=key),
        read_state=ReadState.in_dir(paths.data_dir),
        address_book=AddressBook.in_dir(paths.data_dir),
        ai_history=AiHistory.in_dir(paths.data_dir, key=key),
    )
