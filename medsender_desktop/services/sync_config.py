"""Settings and event payloads of the live sync (see sync.py)."""

from __future__ import annotations

from dataclasses import dataclass

from medsender_desktop.api import ReceivedFax


@dataclass(frozen=True)
class SyncConfig:
    page_size: int = 100
    poll_initial: float = 2.0  # first re-check of a record that can still change
    poll_max: float = 60.0
    #: the slowest re-check of a delivered secure e-mail not yet opened (services.secure_email)
    view_poll_max: float = 300.0
    head_interval_relay: float = 60.0  # newest-page check (and reachability) with the relay up
    head_interval_polling: float = 15.0  # ... and while it is not
    head_page_size: int = 25
    probe_initial: float = 2.0  # offline: first retry
    probe_max: float = 30.0


@dataclass(frozen=True)
class Connectivity:
    online: bool
    message: str = ""


@dataclass(frozen=True)
class ReceivedChange:
    record: ReceivedFax
    is_new: bool  # arrived while the app was running (worth a notification)
