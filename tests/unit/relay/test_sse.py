from __future__ import annotations

from medsender_desktop.relay.sse import HEARTBEAT, ServerSentEvent, SSEDecoder, encode_event


def decode(raw: bytes) -> tuple[list[ServerSentEvent], SSEDecoder]:
    decoder = SSEDecoder()
    events = [e for line in raw.decode().split("\n") for e in decoder.feed(line.rstrip("\r"))]
    return events, decoder


def test_round_trip_with_id_event_and_multiline_data() -> None:
    raw = encode_event("line one\nline two", event_id=42, event="hello", retry_ms=1500)
    events, decoder = decode(raw)
    assert events == [ServerSentEvent("hello", "line one\nline two", "42")]
    assert decoder.last_event_id == "42" and decoder.retry_ms == 1500


def test_heartbeats_are_comments_not_events() -> None:
    events, decoder = decode(HEARTBEAT + encode_event('{"a":1}', event_id=7) + HEARTBEAT)
    assert events == [ServerSentEvent("message", '{"a":1}', "7")]
    assert decoder.comments == 2


def test_crlf_lines_and_field_without_space() -> None:
    events, _ = decode(b"id:5\r\ndata:x\r\n\r\n")
    assert events == [ServerSentEvent("message", "x", "5")]


def test_empty_message_without_data_is_not_dispatched() -> None:
    events, decoder = decode(b"id: 9\n\n")
    assert events == [] and decoder.last_event_id == "9"
