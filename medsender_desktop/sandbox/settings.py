"""How a sandbox is configured, and how fast its simulated carrier runs."""

from __future__ import annotations

import os
import random
import secrets
from dataclasses import dataclass
from typing import Final

from medsender_desktop import wire
from medsender_desktop.sandbox.faults import FaultSettings

API_KEY_ENV: Final = "MEDSENDER_SANDBOX_API_KEY"
CLIENT_SECRET_ENV: Final = "MEDSENDER_SANDBOX_CLIENT_SECRET"
DIALECTS: Final = ("camel", "snake")
SPEEDS: Final = ("instant", "fast", "realistic")


@dataclass(frozen=True)
class SandboxSettings:
    """Everything a sandbox needs to start. Defaults suit tests (in-memory, generated keys)."""

    db: str = ":memory:"
    api_key: str | None = None
    client_secret: str | None = None
    demo: bool = False
    dialect: str = "camel"
    speed: str = "fast"
    rate_limit_per_minute: int = 600
    default_callback_url: str | None = None
    public_base_url: str | None = None
    #: fault injection at start (also set through ``PUT /api/v2/sandbox/faults``)
    faults: FaultSettings | None = None

    def __post_init__(self) -> None:
        if self.dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {', '.join(DIALECTS)}")
        if self.speed not in SPEEDS:
            raise ValueError(f"speed must be one of {', '.join(SPEEDS)}")
        if self.rate_limit_per_minute < 0:
            raise ValueError("rate_limit_per_minute must be 0 (off) or more")


def new_api_key() -> str:
    return wire.TEST_KEY_PREFIX + secrets.token_hex(16)


def new_client_secret() -> str:
    return secrets.token_urlsafe(24)


def key_from_environment() -> tuple[str | None, str | None]:
    """``MEDSENDER_SANDBOX_API_KEY`` / ``MEDSENDER_SANDBOX_CLIENT_SECRET`` (empty = unset)."""
    return os.environ.get(API_KEY_ENV) or None, os.environ.get(CLIENT_SECRET_ENV) or None


@dataclass(frozen=True)
class Timing:
    """Seconds between the simulated carrier's steps (ranges are picked at random per step)."""

    queue_delay: tuple[float, float]  # queued -> first attempt
    attempt_duration: tuple[float, float]  # one dialling/transmission attempt
    retry_gap: tuple[float, float]  # between two attempts
    email_delay: tuple[float, float]  # queued -> delivered
    ai_delay: tuple[float, float]  # upload -> AI result
    callback_backoff: float  # first retry delay of a failed callback (doubles each time)
    callback_attempts: int  # deliveries tried before a callback counts as failed
    #: delivered -> the recipient opens the secure link (test mode simulates the reader)
    email_view_delay: tuple[float, float] = (0.0, 0.0)

    def pick(self, span: tuple[float, float], rng: random.Random) -> float:
        low, high = span
        return low if high <= low else rng.uniform(low, high)


TIMINGS: Final = {
    "instant": Timing(
        queue_delay=(0.0, 0.002), attempt_duration=(0.001, 0.004), retry_gap=(0.001, 0.004),
        email_delay=(0.0, 0.004), ai_delay=(0.0, 0.002), callback_backoff=0.02,
        callback_attempts=5, email_view_delay=(0.0, 0.004),
    ),
    "fast": Timing(
        queue_delay=(0.3, 0.6), attempt_duration=(0.4, 1.0), retry_gap=(0.3, 0.8),
        email_delay=(0.4, 1.0), ai_delay=(0.3, 0.8), callback_backoff=0.5,
        callback_attempts=6, email_view_delay=(1.0, 2.0),
    ),
    "realistic": Timing(
        queue_delay=(2.0, 8.0), attempt_duration=(20.0, 75.0), retry_gap=(60.0, 180.0),
        email_delay=(3.0, 10.0), ai_delay=(4.0, 15.0), callback_backoff=5.0,
        callback_attempts=8, email_view_delay=(20.0, 90.0),
    ),
}
