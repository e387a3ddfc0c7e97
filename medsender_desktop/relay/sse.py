"""Server-Sent Events wire format, shared by the relay (writing) and its client (reading).

See the WHATWG HTML standard, "Server-sent events": ``id:``, ``event:``, ``data:`` and
``retry:`` lines, a blank line ends an event, lines starting with ``:`` are comments
(the relay's heartbeats).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

MEDIA_TYPE: Final = "text/event-stream"
HELLO_EVENT: Final = "hello"
DEFAULT_EVENT: Final = "message"
HEARTBEAT: Final = b": keepalive\n\n"


def encode_event(data: str, *, event_id: int | None = None, event: str | None = None,
                 retry_ms: int | None = None) -> bytes:
    lines: list[str] = []
    if retry_ms is not None:
        lines.append(f"retry: {retry_ms}")
    if event_id is not None:
        lines.append(f"id: {event_id}")
    if event is not None:
        lines.append(f"event: {event}")
    lines.extend(f"data: {line}" for line in data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode()


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    event: str
    data: str
    id: str | None


class SSEDecoder:
    """Feed it lines (without their line break); it yields complete events."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None
        #: Comment lines seen (heartbeats); lets a reader tell a live stream from a stall.
        self.comments = 0

    def feed(self, line: str) -> Iterator[ServerSentEvent]:
        if not line:
            if self._data or self._event or self._id is not None:
                event = ServerSentEvent(self._event or DEFAULT_EVENT, "\n".join(self._data), self._id)
                if self._id is not None:
                    self.last_event_id = self._id
                self._event, self._data, self._id = "", [], None
                if event.data or event.event != DEFAULT_EVENT:
                    yield event
            return
        if line.startswith(":"):
            self.comments += 1
            return
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\x00" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
