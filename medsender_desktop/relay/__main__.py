"""``medsender-relay``: run the webhook relay.

Secrets come from the OS keyring (service "Medsender Relay": users ``api_key``,
``relay_token``, ``encryption_key``) or the environment (``MEDSENDER_API_KEY``,
``MEDSENDER_RELAY_TOKEN``, ``MEDSENDER_RELAY_KEY``), never from arguments or files.
``medsender-relay --store-secrets`` asks for them and saves them in the keyring. The limits
on a callback's body come from ``--max-body-mb`` and ``--body-timeout``, else
``MEDSENDER_RELAY_MAX_BODY_MB`` and ``MEDSENDER_RELAY_BODY_TIMEOUT`` (defaults 25 MB, 300 s).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import ipaddress
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

import keyring
import keyring.errors
import platformdirs
import uvicorn

from medsender_desktop._version import version_banner
from medsender_desktop.errors import RelayError
from medsender_desktop.relay.app import RelayApp, create_app
from medsender_desktop.relay.settings import (
    API_KEY,
    BODY_TIMEOUT_ENV,
    DEFAULT_BODY_TIMEOUT_SECONDS,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_RETENTION_DAYS,
    ENCRYPTION_KEY,
    KEY_BYTES,
    KEYRING_SERVICE,
    MAX_BODY_ENV,
    MEGABYTE,
    RELAY_TOKEN,
    settings_from_environment,
)

log = logging.getLogger("medsender_desktop.relay")


class RelayServer(uvicorn.Server):
    """uvicorn, ending the desktops' event streams first so a stop is quick and clean."""

    def __init__(self, config: uvicorn.Config, app: RelayApp) -> None:
        super().__init__(config)
        self._relay_app = app

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._relay_app.close_streams()
        await super().shutdown(sockets)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Medsender Relay", "Medsender"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medsender-relay",
        description="Receive Medsender callbacks and pass them on to the practice's desktops.",
        epilog="Secrets are read from the system keyring or from the environment variables "
        "MEDSENDER_API_KEY, MEDSENDER_RELAY_TOKEN and MEDSENDER_RELAY_KEY.",
    )
    parser.add_argument("--version", action="version", version=version_banner("medsender-relay"))
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; put a TLS proxy in front)")
    parser.add_argument("--port", type=int, default=8787, help="port to listen on (default 8787)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"where events and documents are kept (default {default_data_dir()})")
    parser.add_argument("--retention-days", type=int, default=DEFAULT_RETENTION_DAYS,
                        help="delete events and documents after this many days (default 30)")
    parser.add_argument("--max-body-mb", type=_number, default=None, metavar="MB",
                        help="refuse a callback body larger than this (default "
                        f"${MAX_BODY_ENV}, else {DEFAULT_MAX_BODY_BYTES // MEGABYTE}; a received "
                        "fax may be 20 MB)")
    parser.add_argument("--body-timeout", type=_number, default=None, metavar="SECONDS",
                        help="cut off a callback whose body takes longer than this to arrive "
                        f"(default ${BODY_TIMEOUT_ENV}, else {DEFAULT_BODY_TIMEOUT_SECONDS:g})")
    parser.add_argument("--log-level", default="info",
                        choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--store-secrets", action="store_true",
                        help="ask for the API key and relay token, create an encryption key, "
                        "save all three in the system keyring, and exit")
    return parser


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def store_secrets() -> int:
    """Interactive: prompts without echo, so nothing lands in shell history or ``ps``."""
    api_key = getpass.getpass("Medsender API key: ").strip()
    relay_token = getpass.getpass("Relay token for the desktops (leave empty to generate): ").strip()
    if not api_key:
        print("No API key entered; nothing was saved.", file=sys.stderr)
        return 2
    generated = not relay_token
    relay_token = relay_token or base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    try:
        keyring.set_password(KEYRING_SERVICE, API_KEY.keyring_user, api_key)
        keyring.set_password(KEYRING_SERVICE, RELAY_TOKEN.keyring_user, relay_token)
        if keyring.get_password(KEYRING_SERVICE, ENCRYPTION_KEY.keyring_user) is None:
            key = base64.b64encode(os.urandom(KEY_BYTES)).decode()
            keyring.set_password(KEYRING_SERVICE, ENCRYPTION_KEY.keyring_user, key)
    except keyring.errors.KeyringError as exc:
        print(f"The system keyring could not be used ({type(exc).__name__}). Set the "
              "environment variables instead (see the README).", file=sys.stderr)
        return 2
    print(f'Saved in the system keyring under "{KEYRING_SERVICE}".')
    if generated:
        print("A relay token was generated. Enter it in each desktop (Edit profile…, Relay token); "
              "read it with: keyring get \"Medsender Relay\" relay_token")
    return 0


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.store_secrets:
        return store_secrets()
    data_dir = args.data_dir or default_data_dir()
    try:
        settings = settings_from_environment(data_dir, args.retention_days,
                                             max_body_mb=args.max_body_mb,
                                             body_timeout_seconds=args.body_timeout)
    except RelayError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    log.info("callback bodies: at most %.4g MB, received within %g s",
             settings.max_body_bytes / MEGABYTE, settings.body_timeout_seconds)
    if settings.max_body_bytes < 21 * MEGABYTE:
        log.warning("callbacks over %.4g MB are refused: received faxes can be up to 20 MB",
                    settings.max_body_bytes / MEGABYTE)
    if not _is_loopback(args.host):
        log.warning("listening on %s: make sure only a TLS reverse proxy can reach this port",
                    args.host)
    app = create_app(settings)
    config = uvicorn.Config(
        app, host=args.host, port=args.port, log_level=args.log_level, access_log=False,
        timeout_graceful_shutdown=5, lifespan="on",
    )
    RelayServer(config, app).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
