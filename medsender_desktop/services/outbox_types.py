"""The outbox's settings and what it announces besides entries (kept apart so that the
outbox and its upload steps both use them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutboxConfig:
    parallel: int = 2  #: uploads at once (never two to the same number)
    #: wait after an unknown outcome before searching for the fax: a body already handed to
    #: the OS may still reach Medsender after the connection failed or the app stopped
    settle_seconds: float = 30.0
    skew_seconds: float = 600.0  #: clock difference allowed when matching sent faxes
    backoff_initial: float = 2.0
    backoff_max: float = 300.0
    follow_interval: float | None = 10.0  #: poll sent faxes' status (None: only apply_sent_fax)
    follow_max: float = 120.0
    retention_days: float = 30.0
    max_recipients: int = 10


@dataclass(frozen=True)
class UploadProgress:
    entry_id: str
    sent: int
    total: int


@dataclass(frozen=True)
class OutboxSummary:
    """What the status bar says: faxes Medsender does not have yet, and of those the ones
    held for a "send at" time (their times, earliest first)."""

    pending: int = 0
    scheduled: tuple[float, ...] = ()
