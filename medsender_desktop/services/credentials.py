"""Secrets (API key, client secret, relay token) per profile, in the OS keyring only.

Service name "Medsender Desktop"; one keyring entry per profile and secret
(user ``<profile id>/<secret>``). When the machine has no secure store (headless Linux
without Secret Service: ``keyring.backends.fail.Keyring``) live profiles cannot be saved and
the user is told why. The sandbox's throwaway test keys are kept in :class:`MemoryKeyring`,
which never writes anywhere; a plaintext file backend is never used.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null
from keyring.compat import properties

from medsender_desktop.errors import MedsenderError

log = logging.getLogger(__name__)

SERVICE: Final = "Medsender Desktop"
KEYRING_ENV: Final = "MEDSENDER_KEYRING"
"""``MEDSENDER_KEYRING=memory`` selects :class:`MemoryKeyring` (self-test of a build, CI)."""
_PLATFORM_BACKENDS: Final = {  # module, class: the one OS store used on each platform
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}
_DEFAULT_BACKEND: Final = ("keyring.backends.SecretService", "Keyring")  # Linux and the rest
CACHE_KEY_USER: Final = "offline-cache/key"
OUTBOX_KEY_USER: Final = "outbox/key"
DATA_KEY_BYTES: Final = 32
_FIELDS: Final = ("api_key", "client_secret", "relay_token")


class CredentialStoreUnavailable(MedsenderError):
    """No secure credential store (OS keychain) is available on this computer."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "No secure password store is available on this computer, so Medsender Desktop "
            "cannot keep your API key. On Windows and macOS the system keychain is used; on "
            "Linux, install and unlock GNOME Keyring or KWallet, then sign in again."
        )


@dataclass(frozen=True)
class ProfileSecrets:
    """The secrets of one profile. ``repr`` never shows them."""

    api_key: str = field(repr=False)
    client_secret: str = field(default="", repr=False)
    relay_token: str = field(default="", repr=False)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-process keyring: secrets live in this process's memory and vanish on exit.

    Used for the sandbox's throwaway test keys and, clearly labelled, by ``--self-test`` on
    machines without a keychain. Never used for live keys.
    """

    @properties.classproperty
    def priority(cls) -> float:
        # keyring auto-selects every viable backend class it knows; raising here keeps this
        # one out of that choice, so it is only ever used where it is passed in explicitly.
        raise RuntimeError("the in-memory keyring is never chosen automatically")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base is untyped
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._store[(service, username)]
        except KeyError as exc:
            raise keyring.errors.PasswordDeleteError("no such entry") from exc


def select_backend(
    env: Mapping[str, str] | None = None, platform: str | None = None,
) -> keyring.backend.KeyringBackend:
    """Choose the keyring backend explicitly and install it as keyring's default.

    keyring's own choice scans installed entry points (fragile in a frozen bundle, and it may
    pick up a plaintext backend someone installed). Here: the OS store of this platform when it
    can be used, else the 'fail' placeholder (the app then says no secure store is available);
    ``MEDSENDER_KEYRING=memory`` selects the in-memory keyring (self-tests; nothing is saved).
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    choice = env.get(KEYRING_ENV, "").strip().lower()
    backend: keyring.backend.KeyringBackend
    if choice == "memory":
        backend = MemoryKeyring()
    else:
        module, name = _PLATFORM_BACKENDS.get(platform, _DEFAULT_BACKEND)
        try:
            cls = getattr(importlib.import_module(module), name)
            cls.priority  # noqa: B018  (raises when this store cannot be used here)
            backend = cls()
        except Exception as exc:  # any reason means: no usable OS store
            log.info("the system keyring is not usable here (%s)", type(exc).__name__)
            backend = fail.Keyring()  # type: ignore[no-untyped-call]
    keyring.set_keyring(backend)
    return backend


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    if isinstance(backend, MemoryKeyring):
        return "in-memory keyring (not saved; this session only)"
    name = getattr(backend, "name", None) or type(backend).__name__
    return str(name)


#: keyring's own rule: priority >= 1 is a "recommended", secure store; the null (-1) and fail (0)
#: placeholders and keyrings.alt's file backends (0.5-ish) are below it.
MIN_PRIORITY: Final = 1.0
_INSECURE_WORDS: Final = ("plaintext", "null", "fail", "uncrypted", "unencrypted")


def _priority(backend: keyring.backend.KeyringBackend) -> float:
    try:
        return float(type(backend).priority)
    except Exception:  # keyring raises anything from a backend that is not viable here
        return float("-inf")


def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """True only for a real OS store: priority >= 1, not a null/fail placeholder, not a file
    backend from keyrings.alt, not a plaintext one whatever it claims; a chainer is as secure
    as its best member."""
    backends = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if backends is not None:
        return any(is_secure_backend(b) for b in backends)
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    kind = type(backend)
    described = f"{kind.__module__}.{kind.__qualname__}".lower()
    if kind.__module__.startswith("keyrings.alt") or any(w in described for w in _INSECURE_WORDS):
        return False
    return _priority(backend) >= MIN_PRIORITY


class CredentialStore:
    """Reads and writes one profile's secrets in a keyring backend (the OS one by default)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.backend = backend if backend is not None else keyring.get_keyring()

    @property
    def is_secure(self) -> bool:
        return isinstance(self.backend, MemoryKeyring) or is_secure_backend(self.backend)

    @property
    def is_persistent(self) -> bool:
        return not isinstance(self.backend, MemoryKeyring) and is_secure_backend(self.backend)

    @property
    def description(self) -> str:
        return backend_name(self.backend)

    def _require(self) -> None:
        if not self.is_secure:
            raise CredentialStoreUnavailable()

    def save(self, profile_id: str, secrets: ProfileSecrets) -> None:
        self._require()
        try:
            for name in _FIELDS:
                value = getattr(secrets, name)
                user = f"{profile_id}/{name}"
                if value:
                    self.backend.set_password(SERVICE, user, value)
                else:
                    self._delete_quietly(user)
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreUnavailable(
                "The system password store refused to save the keys. Unlock it (or allow "
                "Medsender Desktop to use it) and try again."
            ) from exc
        log.info("credentials saved for a profile in %s", self.description)

    def load(self, profile_id: str) -> ProfileSecrets | None:
        """The profile's secrets, or None when none are stored."""
        self._require()
        try:
            values = {n: self.backend.get_password(SERVICE, f"{profile_id}/{n}") for n in _FIELDS}
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreUnavailable(
                "The system password store could not be read. Unlock it and try again."
            ) from exc
        if not values["api_key"]:
            return None
        return ProfileSecrets(
            api_key=values["api_key"] or "",
            client_secret=values["client_secret"] or "",
            relay_token=values["relay_token"] or "",
        )

    def cache_key(self) -> bytes | None:
        """The key of the encrypted offline cache, created on first use; None when there is no
        persistent secure store (the cache then lives for this session only)."""
        return self.data_key(CACHE_KEY_USER)

    def outbox_key(self) -> bytes | None:
        """The key that seals the outbox (faxes waiting to be sent, their documents), created
        on first use; None when there is no persistent secure store."""
        return self.data_key(OUTBOX_KEY_USER)

    def data_key(self, user: str) -> bytes | None:
        """A 256-bit key for data kept on disk, kept in the keyring under ``user`` and created
        on first use; None without a persistent secure store or when it refuses to keep it."""
        if not self.is_persistent:
            return None
        try:
            stored = self.backend.get_password(SERVICE, user)
            if stored:
                try:
                    key = base64.b64decode(stored, validate=True)
                except ValueError:
                    key = b""
                if len(key) == DATA_KEY_BYTES:
                    return key
            key = os.urandom(DATA_KEY_BYTES)
            self.backend.set_password(SERVICE, user, base64.b64encode(key).decode())
            return key
        except keyring.errors.KeyringError:
            log.warning("a data key could not be kept in the keyring (%s)", user)
            return None

    def delete(self, profile_id: str) -> None:
        if not self.is_secure:
            return
        for name in _FIELDS:
            self._delete_quietly(f"{profile_id}/{name}")

    def _delete_quietly(self, user: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, user)
