"""What every route and worker of one sandbox shares (``app.state.sandbox``)."""

from __future__ import annotations

import asyncio
import math
import random
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from medsender_desktop.sandbox.db import Database
from medsender_desktop.sandbox.faults import FaultPlan
from medsender_desktop.sandbox.links import LinkSigner
from medsender_desktop.sandbox.settings import TIMINGS, SandboxSettings, Timing

if TYPE_CHECKING:
    from medsender_desktop.documents import DocumentWorker


class RateLimiter:
    """A token bucket per API key: ``per_minute`` requests a minute, bursts up to that many."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)

    def check(self, key: str, now: float | None = None) -> float | None:
        """None if the request may go ahead, else the seconds to wait (for Retry-After)."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        tokens, last = self._buckets.get(key, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / rate


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


@dataclass
class SandboxState:
    """One running sandbox: settings, effective keys, database, documents worker, workers."""

    settings: SandboxSettings
    api_key: str
    client_secret: str
    db: Database
    links: LinkSigner
    limiter: RateLimiter
    documents: DocumentWorker | None = None
    rng: random.Random = field(default_factory=random.Random)
    faults: FaultPlan = field(default_factory=FaultPlan)
    carrier_wake: asyncio.Event | None = None
    callbacks_wake: asyncio.Event | None = None
    #: the base URL requests last arrived on (for links made outside a request)
    base_url: str = "http://127.0.0.1"

    @property
    def timing(self) -> Timing:
        return TIMINGS[self.settings.speed]

    @property
    def dialect(self) -> str:
        return self.settings.dialect

    @property
    def worker(self) -> DocumentWorker:
        if self.documents is None:
            raise RuntimeError("the sandbox's documents worker is not running")
        return self.documents

    def wake_carrier(self) -> None:
        if self.carrier_wake is not None:
            self.carrier_wake.set()

    def wake_callbacks(self) -> None:
        if self.callbacks_wake is not None:
            self.callbacks_wake.set()
