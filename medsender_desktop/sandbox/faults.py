"""Fault injection: the sandbox misbehaves on purpose, reproducibly, so clients can be tested.

Off unless configured (``medsender-sandbox --faults SPEC`` or ``PUT /api/v2/sandbox/faults``).
Each request that matches ``methods`` and ``paths`` (never the ``/api/v2/sandbox/`` helpers
themselves) draws from a random generator seeded with ``seed``, the same number of draws per
request, so the same sequence of requests meets the same sequence of faults. ``script`` lists
faults for the next matching requests, in order, before any random ones.

Faults (each a probability per matching request, the exclusive ones summing to at most 1):

* ``latency``: wait ``latency_min``..``latency_max`` seconds before answering (combinable);
* ``rate_limit``: ``429`` with ``Retry-After: retry_after``; nothing is stored;
* ``error_500`` / ``error_503``: a burst of ``burst`` consecutive ``500`` / ``503`` answers
  (503 with ``Retry-After``); nothing is stored;
* ``reset_before``: the connection is reset before the request is handled (nothing stored);
* ``reset_during``: the connection is reset while the body is being uploaded (half read);
* ``reset_after``: the request is handled completely (a fax IS stored) and the connection is
  reset instead of answering: the response is lost;
* ``slow_upload``: the body is read at ``slow_upload_bps`` bytes per second (combinable);
* ``callback_failure``: a callback delivery fails as if the receiver were unreachable (it is
  retried with backoff like any failed delivery).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import socket
import struct
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Final

from medsender_desktop import wire

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

EXCLUSIVE: Final = ("rate_limit", "error_500", "error_503", "reset_before", "reset_during",
                    "reset_after")
KINDS: Final = (*EXCLUSIVE, "latency", "slow_upload", "callback_failure")
HELPERS_PREFIX: Final = wire.API_PREFIX + "/sandbox/"


class FaultSpecError(ValueError):
    """A fault setting that is not valid; the message names the setting."""


@dataclass(frozen=True)
class FaultSettings:
    seed: int = 0
    latency: float = 0.0
    latency_min: float = 0.05
    latency_max: float = 0.5
    rate_limit: float = 0.0
    retry_after: int = 1
    error_500: float = 0.0
    error_503: float = 0.0
    burst: int = 3
    reset_before: float = 0.0
    reset_during: float = 0.0
    reset_after: float = 0.0
    slow_upload: float = 0.0
    slow_upload_bps: int = 256 * 1024
    callback_failure: float = 0.0
    #: comma-separated: the methods and API paths (below /api/v2, prefix match) faults hit
    methods: str = "GET,POST,PATCH"
    paths: str = ""
    #: comma-separated fault kinds for the next matching requests (``none`` = no fault)
    script: str = ""

    def __post_init__(self) -> None:
        for name in (*KINDS,):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise FaultSpecError(f"{name} must be a probability between 0 and 1.")
        if sum(getattr(self, n) for n in EXCLUSIVE) > 1.0 + 1e-9:
            raise FaultSpecError(f"The probabilities of {', '.join(EXCLUSIVE)} add up to more "
                                 "than 1.")
        if not 0.0 <= self.latency_min <= self.latency_max <= 30.0:
            raise FaultSpecError("latency_min..latency_max must be within 0..30 seconds.")
        if not 0 <= self.retry_after <= 3600 or not 1 <= self.burst <= 1000:
            raise FaultSpecError("retry_after must be 0..3600 and burst 1..1000.")
        if self.slow_upload_bps < 1024:
            raise FaultSpecError("slow_upload_bps must be at least 1024.")
        unknown = [k for k in _split(self.script) if k not in (*EXCLUSIVE, "none")]
        if unknown:
            raise FaultSpecError("script may only name: " + ", ".join((*EXCLUSIVE, "none")) + ".")
        if len(_split(self.script)) > 10_000:
            raise FaultSpecError("script may list at most 10,000 faults.")

    @property
    def active(self) -> bool:
        return bool(self.script) or any(getattr(self, k) for k in KINDS)

    @classmethod
    def parse(cls, values: dict[str, str]) -> FaultSettings:
        """From text fields (a form, flattened JSON or ``--faults a=1,b=2``)."""
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for name, text in values.items():
            if name not in known:
                raise FaultSpecError(f"Unknown fault setting {name[:40]!r}. Known: "
                                     + ", ".join(known) + ".")
            kind = known[name].type
            try:
                if kind == "int":
                    kwargs[name] = int(text)
                elif kind == "float":
                    kwargs[name] = float(text)
                    if kwargs[name] != kwargs[name] or kwargs[name] in (float("inf"), float("-inf")):
                        raise ValueError(name)
                else:
                    kwargs[name] = ",".join(_split(text)) if name != "methods" else ",".join(
                        m.upper() for m in _split(text))
            except ValueError as exc:
                raise FaultSpecError(f"{name} must be a number.") from exc
        return cls(**kwargs)

    @classmethod
    def from_spec(cls, spec: str) -> FaultSettings:
        """``--faults``: JSON (an object) or ``name=value`` pairs separated by ``;`` or
        spaces (a comma-separated value such as ``script=reset_after,none`` stays whole)."""
        text = spec.strip()
        if text.startswith("{"):
            data = json.loads(text)
            return cls.parse({str(k): str(v) for k, v in data.items()})
        pairs = [p for p in text.replace(";", " ").split() if p]
        values = {}
        for pair in pairs:
            name, sep, value = pair.partition("=")
            if not sep:
                raise FaultSpecError(f"Write each fault setting as name=value ({pair[:40]!r}).")
            values[name.strip()] = value.strip()
        return cls.parse(values)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _split(text: str) -> list[str]:
    return [p.strip().lower() for p in str(text).split(",") if p.strip()]


@dataclass
class Decision:
    kind: str | None = None  #: one of EXCLUSIVE, or None
    delay: float = 0.0
    slow: bool = False


@dataclass
class FaultPlan:
    """The current settings, the seeded generator and the counts of what was injected."""

    settings: FaultSettings = field(default_factory=FaultSettings)
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.configure(self.settings)

    def configure(self, settings: FaultSettings) -> None:
        self.settings = settings
        self.counts = Counter()
        self._rng = random.Random(settings.seed)
        self._callback_rng = random.Random(settings.seed + 1)
        self._script = _split(settings.script)
        self._burst: tuple[str, int] | None = None
        self._methods = {m.upper() for m in _split(settings.methods)}
        self._paths = [wire.API_PREFIX + "/" + p.lstrip("/") for p in _split(settings.paths)]

    def matches(self, method: str, path: str) -> bool:
        if not self.settings.active or path.startswith(HELPERS_PREFIX):
            return False
        if method.upper() not in self._methods:
            return False
        return not self._paths or any(path.startswith(p) for p in self._paths)

    def decide(self) -> Decision:
        s, rng = self.settings, self._rng
        draws = [rng.random() for _ in range(4)]  # always 4 draws: reproducible sequences
        decision = Decision()
        if draws[0] < s.latency:
            decision.delay = s.latency_min + (s.latency_max - s.latency_min) * draws[1]
        decision.slow = draws[2] < s.slow_upload
        if self._script:
            kind = self._script.pop(0)
            decision.kind = None if kind == "none" else kind
        elif self._burst is not None:
            kind, left = self._burst
            decision.kind = kind
            self._burst = (kind, left - 1) if left > 1 else None
        else:
            edge = 0.0
            for kind in EXCLUSIVE:
                edge += getattr(s, kind)
                if draws[3] < edge:
                    decision.kind = kind
                    if kind in ("error_500", "error_503") and s.burst > 1:
                        self._burst = (kind, s.burst - 1)
                    break
        for kind, on in ((decision.kind, decision.kind is not None),
                         ("latency", decision.delay > 0), ("slow_upload", decision.slow)):
            if on and kind:
                self.counts[kind] += 1
        return decision

    def callback_fails(self) -> bool:
        if not self.settings.callback_failure:
            return False
        failed = self._callback_rng.random() < self.settings.callback_failure
        if failed:
            self.counts["callback_failure"] += 1
        return failed

    def report(self) -> dict[str, Any]:
        return {"faults": self.settings.as_dict(), "injected": dict(self.counts),
                "total": sum(self.counts.values())}


# --- the ASGI side ----------------------------------------------------------------------------
def _error(status: int, message: str, retry_after: int | None) -> tuple[dict, bytes]:
    headers = [(b"content-type", b"application/json")]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    body = json.dumps(wire.error_body(status, message)).encode()
    headers.append((b"content-length", str(len(body)).encode()))
    return {"type": "http.response.start", "status": status, "headers": headers}, body


INJECTED_MESSAGES: Final = {
    "rate_limit": (429, "Too many requests (injected fault). Wait a moment, then try again."),
    "error_500": (500, "The sandbox had a problem handling this request (injected fault)."),
    "error_503": (503, "The sandbox is temporarily unavailable (injected fault)."),
}


async def _reset(send: Send) -> None:
    """Reset the client's connection (RST, no answer). Needs the server's transport: uvicorn
    passes its bound ``RequestResponseCycle.send``; elsewhere the answer is cut off instead."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:  # not uvicorn: start an answer and stop mid-way (also no response)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", b"1000")]})
        raise ConnectionResetError("injected connection reset")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    for _ in range(1000):  # let the server notice, so it does not answer on a dead connection
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)


class FaultInjector:
    """Wraps the sandbox's ASGI app; every matching request meets what the plan decides."""

    def __init__(self, plan: FaultPlan) -> None:
        self.plan = plan

    async def __call__(self, scope: Scope, receive: Receive, send: Send, app: ASGIApp) -> None:
        if scope.get("type") != "http" or not self.plan.matches(scope["method"], scope["path"]):
            await app(scope, receive, send)
            return
        decision = self.plan.decide()
        if decision.delay:
            await asyncio.sleep(decision.delay)
        if decision.slow:
            receive = self._throttled(receive)
        kind = decision.kind
        if kind in INJECTED_MESSAGES:
            status, message = INJECTED_MESSAGES[kind]
            retry = self.plan.settings.retry_after if status in (429, 503) else None
            start, body = _error(status, message, retry)
            await send(start)
            await send({"type": "http.response.body", "body": body})
        elif kind == "reset_before":
            await _reset(send)
        elif kind == "reset_during":
            await self._read_half(scope, receive)
            await _reset(send)
        elif kind == "reset_after":
            async def swallow(message: Message) -> None:
                return None

            await app(scope, receive, swallow)
            await _reset(send)
        else:
            await app(scope, receive, send)

    def _throttled(self, receive: Receive) -> Receive:
        rate = self.plan.settings.slow_upload_bps

        async def slow() -> Message:
            message = await receive()
            size = len(message.get("body", b""))
            if size:
                await asyncio.sleep(size / rate)
            return message

        return slow

    @staticmethod
    async def _read_half(scope: Scope, receive: Receive) -> None:
        length = 0
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit():
                length = int(value)
        seen = 0
        while seen * 2 < length:
            message = await receive()
            if message.get("type") != "http.request":
                return
            seen += len(message.get("body", b""))
            if not message.get("more_body"):
                return
