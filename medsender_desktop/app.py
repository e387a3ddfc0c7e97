"""The composition root: builds every service once and passes them in (no Qt here).

``build_application()`` makes the process-wide parts (folders, settings, keyring, profiles,
the documents worker, the offline cache and, for ``--sandbox``, the embedded sandbox and
relay). ``Application.open_session(profile)`` makes one signed-in session: one API client,
the live sync and the relay subscription of that profile.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.credentials import CredentialStore, MemoryKeyring, ProfileSecrets
from medsender_desktop.services.embedded import EmbeddedSandbox
from medsender_desktop.services.profiles import Profile, ProfileManager
from medsender_desktop.services.read_state import ReadState
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.relay_client import RelaySubscriber
from medsender_desktop.services.session import Session
from medsender_desktop.services.settings import AppPaths, SettingsStore, default_paths
from medsender_desktop.services.sync import SyncConfig, SyncService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppOptions:
    sandbox: bool = False
    sandbox_speed: str = "fast"
    sync: SyncConfig = field(default_factory=SyncConfig)
    #: The API client's retry budget (tests lower it so offline shows quickly).
    api_max_attempts: int = 3
    relay_unreachable_after: float = 10.0


class NotSignedIn(MedsenderError):
    pass


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
    ) -> None:
        self.options = options
        self.paths = paths
        self.settings = settings
        self.profiles = profiles
        self.documents = documents
        self.cache = cache
        self.read_state = read_state
        self.embedded: EmbeddedSandbox | None = None

    async def start_embedded_sandbox(self) -> Profile:
        """``--sandbox``: sandbox + relay in-process, numbers' callbacks to the relay, and the
        profile "Sandbox" with their test keys (in-memory keyring only)."""
        embedded = EmbeddedSandbox(self.paths.data_dir, speed=self.options.sandbox_speed)
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
        session = Session(profile, client, sync, read_state=self.read_state, documents=self.documents)
        if profile.relay_url and secrets.relay_token:
            session.relay = RelaySubscriber(
                profile.relay_url,
                secrets.relay_token,
                cursor_path=self._cursor_path(profile),
                on_event=session.on_relay_event,
                on_state=session.on_relay_state,
                unreachable_after=self.options.relay_unreachable_after,
            )
        await session.start()
        self.profiles.set_active(profile)
        log.info("signed in (%s profile)", "sandbox" if profile.sandbox else "live")
        return session

    def _cursor_path(self, profile: Profile) -> Path | None:
        if profile.sandbox and self.embedded is not None:
            return self.embedded.cursor_path
        safe = re.sub(r"[^A-Za-z0-9_-]", "_", profile.id)
        return self.paths.data_dir / "relay" / f"{safe}.cursor.json"

    async def close(self) -> None:
        if self.embedded is not None:
            with contextlib.suppress(Exception):
                await self.embedded.stop()
        self.cache.close()
        self.read_state.close()
        self.documents.close()


def build_application(options: AppOptions | None = None, *, paths: AppPaths | None = None,
                      credentials: CredentialStore | None = None) -> Application:
    options = options or AppOptions()
    paths = paths or default_paths()
    settings = SettingsStore(paths.config_dir)
    profiles = ProfileManager(
        settings,
        credentials or CredentialStore(),
        sandbox_credentials=CredentialStore(MemoryKeyring()),
    )
    return Application(
        options,
        paths=paths,
        settings=settings,
        profiles=profiles,
        documents=DocumentWorker(),
        cache=RecordCache.in_dir(paths.data_dir),
        read_state=ReadState.in_dir(paths.data_dir),
    )
