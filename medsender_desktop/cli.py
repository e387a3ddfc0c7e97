"""A small command line for power users and support staff (an entry point, like the app: it
wires the API client, a documents worker and the desktop's profiles together).

    medsender-api send FILE --to NUMBER --from NUMBER [cover fields...]
    medsender-api status TOKEN
    medsender-api list sent|received [--page N] [--page-size N]

(also ``python -m medsender_desktop.cli``, and ``python -m medsender_desktop.api`` as before)

Credentials come from ``MEDSENDER_API_KEY``, ``MEDSENDER_CLIENT_SECRET`` and
``MEDSENDER_BASE_URL`` (``MEDSENDER_AUTH_MODE=bearer`` optional), else from the keyring
profile the desktop app uses (``--profile ID``, default: the active one).
Exit codes: 0 success, 2 validation error (checked locally or a 400 from Medsender; message
on stderr), 1 any other failure.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import enum
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from medsender_desktop import wire
from medsender_desktop._version import version_banner
from medsender_desktop.api import AuthMode, CoverSheet, Credentials, FaxRequest, MedsenderClient
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import BadRequest, DocumentError, MedsenderError
from medsender_desktop.services.credentials import CredentialStore
from medsender_desktop.services.profiles import ProfileManager
from medsender_desktop.services.settings import SettingsStore, default_paths

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2
#: A 20 MB upload at 1 Mbit/s takes under three minutes.
DEFAULT_DEADLINE_SECONDS = 300.0


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("the deadline must be a positive number of seconds")
    return value


def _deadline_message(command: str, seconds: float) -> str:
    """What to say when the overall deadline passed (the server stalled or trickled)."""
    told = f"the command did not finish within {seconds:g} seconds (Medsender answered too slowly)."
    if command == "send":
        return (f"{told} The fax may or may not have been queued: check it with "
                "'list sent' before sending it again.")
    return f"{told} Try again later, or give it longer with --deadline."


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="medsender-api", description="Medsender API command line")
    parser.add_argument("--version", action="version", version=version_banner("medsender-api"))
    parser.add_argument("--profile", help="desktop profile id to read keys from (default: active)")
    parser.add_argument(
        "--deadline", type=_positive_seconds, default=DEFAULT_DEADLINE_SECONDS, metavar="SECONDS",
        help=f"give up after this long in all (default {DEFAULT_DEADLINE_SECONDS:g} s)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    send = sub.add_parser("send", help="send a PDF or TIFF by fax; prints the fax id")
    send.add_argument("file", type=Path)
    send.add_argument("--to", required=True, dest="to_number")
    send.add_argument("--from", required=True, dest="from_number")
    for flag in ("patient-name", "patient-dob", "note", "sender-name", "recipient-name",
                 "document-type", "callback-url"):
        send.add_argument(f"--{flag}", dest=flag.replace("-", "_"))
    status = sub.add_parser("status", help="print a sent fax as JSON")
    status.add_argument("token")
    listing = sub.add_parser("list", help="list sent or received faxes as JSON")
    listing.add_argument("which", choices=("sent", "received"))
    listing.add_argument("--page", type=int, default=1)
    listing.add_argument("--page-size", type=int, default=wire.PAGE_SIZE_DEFAULT)
    listing.add_argument("--all", action="store_true", help="walk every page")
    return parser


def credentials_from_environment(
    env: Mapping[str, str], profile_id: str | None = None
) -> Credentials:
    key = env.get("MEDSENDER_API_KEY", "").strip()
    if key:
        mode = AuthMode.BEARER if env.get("MEDSENDER_AUTH_MODE", "").lower() == "bearer" else AuthMode.BASIC
        return Credentials(
            api_key=key,
            client_secret=env.get("MEDSENDER_CLIENT_SECRET", "").strip(),
            auth_mode=mode,
            base_url=env.get("MEDSENDER_BASE_URL", "").strip() or wire.DEFAULT_BASE_URL,
        )
    return _credentials_from_keyring(profile_id)


def _credentials_from_keyring(profile_id: str | None) -> Credentials:
    settings = SettingsStore(default_paths().config_dir)
    manager = ProfileManager(settings, CredentialStore())
    profile = manager.get(profile_id) if profile_id else manager.active()
    secrets = manager.secrets(profile) if profile is not None else None
    if profile is None or secrets is None:
        raise MedsenderError(
            "No Medsender keys found. Set MEDSENDER_API_KEY and MEDSENDER_CLIENT_SECRET, or sign "
            "in once with the desktop app."
        )
    return Credentials(
        api_key=secrets.api_key, client_secret=secrets.client_secret,
        auth_mode=AuthMode(str(profile.auth_mode)), base_url=profile.base_url,
    )


def to_json(value: Any) -> Any:
    """Models -> plain JSON (snake_case), unknown keys included."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "extra"}
        extra = getattr(value, "extra", None)
        if extra:
            out.update({k: to_json(v) for k, v in extra.items()})
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


async def run(args: argparse.Namespace, client: MedsenderClient) -> None:
    if args.command == "send":
        result = await client.send_fax(FaxRequest(
            to_numbers=(args.to_number,), from_number=args.from_number, files=(Path(args.file),),
            cover=CoverSheet(
                patient_name=args.patient_name, patient_dob=args.patient_dob, note=args.note,
                sender_name=args.sender_name, recipient_name=args.recipient_name,
                document_type=args.document_type,
            ),
            callback_url=args.callback_url,
        ))
        print(result.token)
    elif args.command == "status":
        print(json.dumps(to_json(await client.get_sent_fax(args.token)), indent=2))
    else:
        if args.all:
            walk = client.iter_sent_faxes if args.which == "sent" else client.iter_received_faxes
            items = [to_json(item) async for item in walk(page_size=100)]
            print(json.dumps({"items": items, "count": len(items)}, indent=2))
        else:
            fetch = client.list_sent_faxes if args.which == "sent" else client.list_received_faxes
            page = await fetch(page=args.page, page_size=args.page_size)
            print(json.dumps({"items": to_json(list(page.items)), "meta": to_json(page.meta)}, indent=2))


def main(
    argv: Sequence[str] | None = None, *, env: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> int:
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID

    async def go() -> None:
        # One limit for the whole command: per-read timeouts never fire on a server that
        # sends a byte now and then.
        async with asyncio.timeout(args.deadline):
            creds = credentials_from_environment(os.environ if env is None else env, args.profile)
            with DocumentWorker() as documents:  # this process's one worker
                async with MedsenderClient(creds, transport=transport,
                                           documents=documents) as client:
                    await run(args, client)

    try:
        asyncio.run(go())
    except TimeoutError:
        print(f"error: {_deadline_message(args.command, args.deadline)}", file=sys.stderr)
        return EXIT_FAILURE
    except (BadRequest, DocumentError) as exc:
        # refused input: checked here before upload (ValidationError, DocumentError) or by
        # Medsender itself (400 with per-field messages)
        print(f"error: {exc}", file=sys.stderr)
        for field, message in getattr(exc, "fields", {}).items():
            if message != exc.message:
                print(f"  {field}: {message}", file=sys.stderr)
        return EXIT_INVALID
    except MedsenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def console_main() -> int:
    """``medsender-api``: the OS keyring chosen explicitly (as the desktop app does), then main."""
    from medsender_desktop.services.credentials import select_backend

    select_backend()
    return main()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(console_main())
