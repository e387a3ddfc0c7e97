"""Relay configuration: where data lives and the three secrets, from the keyring or environment.

Secrets never come from command-line arguments or files: a command line is visible to every
user of the machine (``ps``), and a file would be one more copy of the key to protect.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import keyring
import keyring.errors

from medsender_desktop.errors import RelayError

log = logging.getLogger(__name__)

KEYRING_SERVICE: Final = "Medsender Relay"
KEY_BYTES: Final = 32
DEFAULT_RETENTION_DAYS: Final = 30
DEFAULT_MAX_BODY_BYTES: Final = 25 * 1024 * 1024
#: Total time to receive one callback body (25 MB at ~1 Mbit/s fits; a stalled upload does not).
DEFAULT_BODY_TIMEOUT_SECONDS: Final = 300.0


@dataclass(frozen=True)
class SecretSource:
    """Where one secret is looked up: a keyring entry first, then an environment variable."""

    keyring_user: str
    env_var: str
    description: str


API_KEY: Final = SecretSource("api_key", "MEDSENDER_API_KEY", "the Medsender API key")
RELAY_TOKEN: Final = SecretSource("relay_token", "MEDSENDER_RELAY_TOKEN", "the relay token")
ENCRYPTION_KEY: Final = SecretSource(
    "encryption_key", "MEDSENDER_RELAY_KEY", "the relay encryption key (32 bytes, base64 or hex)"
)
ALL_SECRETS: Final = (API_KEY, RELAY_TOKEN, ENCRYPTION_KEY)


@dataclass(frozen=True)
class RelaySettings:
    """Everything the relay app needs. ``repr`` never shows the secrets."""

    data_dir: Path
    api_key: str
    relay_token: str
    encryption_key: bytes
    retention_days: int = DEFAULT_RETENTION_DAYS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    body_timeout_seconds: float = DEFAULT_BODY_TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        if not self.api_key:
            raise RelayError("The relay needs the Medsender API key to verify callbacks.")
        if not self.relay_token:
            raise RelayError("The relay needs a relay token for the desktops to sign in with.")
        if len(self.encryption_key) != KEY_BYTES:
            raise RelayError("The relay encryption key must be exactly 32 bytes.")
        if self.retention_days < 1:
            raise RelayError("The retention period must be at least one day.")
        if self.max_body_bytes < 1:
            raise RelayError("The maximum callback size must be positive.")
        if not self.body_timeout_seconds > 0:
            raise RelayError("The callback body time limit must be positive.")

    def __repr__(self) -> str:
        return (
            f"RelaySettings(data_dir={str(self.data_dir)!r}, retention_days={self.retention_days}, "
            f"max_body_bytes={self.max_body_bytes}, "
            f"body_timeout_seconds={self.body_timeout_seconds:g})"
        )


def parse_encryption_key(text: str) -> bytes:
    """A 32-byte key written as 64 hex digits or as (url-safe) base64."""
    value = text.strip()
    if len(value) == 2 * KEY_BYTES:
        try:
            return bytes.fromhex(value)
        except ValueError:
            pass
    try:
        padded = value + "=" * (-len(value) % 4)
        key = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise RelayError(
            "The relay encryption key is not valid: it must be 32 bytes, written as 64 hex "
            "digits or as base64 (for example the output of `openssl rand -base64 32`)."
        )
    return key


def _from_keyring(source: SecretSource) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, source.keyring_user)
    except keyring.errors.KeyringError as exc:  # no usable backend (e.g. a headless server)
        log.debug("keyring unavailable for %s: %s", source.keyring_user, type(exc).__name__)
        return None


def read_secret(source: SecretSource, environ: Mapping[str, str]) -> str:
    """The secret from the keyring, else from the environment; RelayError naming both places."""
    value = _from_keyring(source) or environ.get(source.env_var, "").strip()
    if not value:
        raise RelayError(
            f"The relay cannot start: {source.description} is not set. Store it in the "
            f'system keyring (service "{KEYRING_SERVICE}", user "{source.keyring_user}") or '
            f"set the environment variable {source.env_var}."
        )
    return value


def settings_from_environment(
    data_dir: Path | str,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    *,
    environ: Mapping[str, str] | None = None,
) -> RelaySettings:
    """Settings with secrets from the OS keyring (service "Medsender Relay") or the environment."""
    env = os.environ if environ is None else environ
    return RelaySettings(
        data_dir=Path(data_dir),
        api_key=read_secret(API_KEY, env),
        relay_token=read_secret(RELAY_TOKEN, env),
        encryption_key=parse_encryption_key(read_secret(ENCRYPTION_KEY, env)),
        retention_days=retention_days,
    )
