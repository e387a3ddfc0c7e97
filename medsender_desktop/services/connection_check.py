"""'Test connection': try a profile's settings and explain any failure in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.errors import (
    ApiError,
    CertificateError,
    Forbidden,
    MedsenderError,
    NetworkError,
    NotFound,
    Unauthorized,
)
from medsender_desktop.relay.subscriber import RelaySubscriber
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile, check_url


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def explain(exc: MedsenderError) -> str:
    if isinstance(exc, Unauthorized):
        return ("Medsender did not accept the API key or client secret. Copy them again from "
                "your Medsender account (test keys start with sk_test_) and check the sign-in method.")
    if isinstance(exc, CertificateError):
        return exc.message
    if isinstance(exc, NetworkError):
        return exc.message + " (No network, or the server address is wrong.)"
    if isinstance(exc, NotFound):
        return ("The server answered, but not as the Medsender API. Check the server address: "
                "it normally ends with /api/v2.")
    if isinstance(exc, Forbidden):
        return "These keys are valid but may not use the API. Contact Medsender support."
    if isinstance(exc, ApiError):
        return exc.message
    return exc.message


async def check_connection(profile: Profile, secrets: ProfileSecrets, *,
                           max_attempts: int = 1) -> ConnectionReport:
    lines: list[str] = []
    problem = check_url(profile.base_url, "server address")
    if problem:
        return ConnectionReport(False, (problem,))
    if not secrets.api_key.strip():
        return ConnectionReport(False, ("Enter the API key.",))
    credentials = Credentials(api_key=secrets.api_key.strip(), client_secret=secrets.client_secret.strip(),
                              auth_mode=profile.auth_mode, base_url=profile.base_url.strip())
    ok = True
    async with MedsenderClient(credentials, max_attempts=max_attempts, retry_timeout=10.0) as client:
        try:
            numbers = await client.list_fax_numbers()
        except MedsenderError as exc:
            ok = False
            lines.append(explain(exc))
        else:
            kind = "test" if credentials.is_test else "live"
            count = len(numbers)
            lines.append(f"Connected to Medsender with {kind} keys: {count} fax number"
                         f"{'s' if count != 1 else ''} on this account.")
    if profile.relay_url.strip():
        problem = check_url(profile.relay_url, "relay address")
        if problem:
            return ConnectionReport(False, (*lines, problem))
        subscriber = RelaySubscriber(profile.relay_url.strip(), secrets.relay_token.strip(),
                                     cursor_path=None, on_event=lambda event: None)
        try:
            healthy = await subscriber.health()
        finally:
            await subscriber.stop()
        if healthy:
            lines.append("The relay is reachable and accepts this desktop's token.")
        else:
            ok = False
            lines.append("The relay could not be reached, or it refused the relay token. Check the "
                         "relay address and token (faxes still update, just less quickly).")
    return ConnectionReport(ok, tuple(lines))
