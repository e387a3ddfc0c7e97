"""Relay configuration: where data lives and the three secrets, from the keyring or environment.

Secrets never come from command-line arguments or files: a command line is visible to every
user of the machine (``ps``), and a file would be one more copy of the key to protect. The
limits on a callback's body (size, total time to receive it) come from a command-line flag,
else an environment variable, else the defaults (25 MB, 300 s).
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
MEGABYTE: Final = 1024 * 1024
MAX_BODY_ENV: Final = "MEDSENDER_RELAY_MAX_BODY_MB"
BODY_TIMEOUT_ENV: Final = "MEDSENDER_RELAY_BODY_TIMEOUT"
#: accepted ranges: a received fax is at most 20 MB, so under 21 MB refuses real faxes (allowed,
#: with a warning, for a relay that only takes status callbacks)
BODY_MB_RANGE: Final = (1.0, 1024.0)
BODY_TIMEOUT_RANGE: Final = (1.0, 3600.0)


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


def _limit(given: float | None, env_var: str, environ: Mapping[str, str], default: float,
           bounds: tuple[float, float], what: str, flag: str, unit: str) -> float:
    """A limit from its flag (``given``), else its environment variable, else ``default``."""
    text = environ.get(env_var, "").strip()
    value: float = default
    if given is not None:
        value = given
    elif text:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
    low, high = bounds
    if not low <= value <= high:  # NaN and infinities fail too
        shown = f"{given:g}" if given is not None else repr(text)
        raise RelayError(f"The {what} ({flag} or {env_var}) must be a number of {unit} from "
                         f"{low:g} to {high:g}; it is {shown}.")
    return value


def body_limits(max_body_mb: float | None = None, body_timeout_seconds: float | None = None,
                environ: Mapping[str, str] | None = None) -> tuple[int, float]:
    """(maximum callback size in bytes, total seconds to receive one): the flags' values when
    given, else ``MEDSENDER_RELAY_MAX_BODY_MB`` / ``MEDSENDER_RELAY_BODY_TIMEOUT``, else 25 MB
    and 300 s. RelayError in plain words for a value that is not a number or out of range."""
    env = os.environ if environ is None else environ
    megabytes = _limit(max_body_mb, MAX_BODY_ENV, env, DEFAULT_MAX_BODY_BYTES / MEGABYTE,
                       BODY_MB_RANGE, "maximum callback size", "--max-body-mb", "megabytes")
    seconds = _limit(body_timeout_seconds, BODY_TIMEOUT_ENV, env, DEFAULT_BODY_TIMEOUT_SECONDS,
                     BODY_TIMEOUT_RANGE, "time limit for receiving a callback",
                     "--body-timeout", "seconds")
    return int(megabytes * MEGABYTE), seconds


def settings_from_environment(
    data_dir: Path | str,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    *,
    max_body_mb: float | None = None,
    body_timeout_seconds: float | None = None,
    environ: Mapping[str, str] | None = None,
) -> RelaySettings:
    """Settings with secrets from the OS keyring (service "Medsender Relay") or the environment,
    and the body limits from the arguments (the command line) or the environment."""
    env = os.environ if environ is None else environ
    max_body_bytes, body_timeout = body_limits(max_body_mb, body_timeout_seconds, env)
    return RelaySettings(
        data_dir=Path(data_dir),
        api_key=read_secret(API_KEY, env),
        relay_token=read_secret(RELAY_TOKEN, env),
        encryption_key=parse_encryption_key(read_secret(ENCRYPTION_KEY, env)),
        retention_days=retention_days,
        max_body_bytes=max_body_bytes,
        body_timeout_seconds=body_timeout,
    )
