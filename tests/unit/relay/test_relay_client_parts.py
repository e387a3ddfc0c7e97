from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from medsender_desktop.api import AiResult, Email, ReceivedFax, SentFax
from medsender_desktop.errors import RelayError
from medsender_desktop.relay.subscriber import CursorFile, RelayEvent, RelayState, RelaySubscriber
from medsender_desktop.wire import CallbackKind


def test_event_from_json() -> None:
    event = RelayEvent.from_json({"id": 3, "kind": "received_fax", "token": "t", "status": "success",
                                  "received_at": "2026-03-01T12:00:00.123Z",
                                  "payload": {"numPages": 2}, "file_id": "ab" * 16})
    assert event.received_at == datetime(2026, 3, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert event.payload["numPages"] == 2 and event.file_id == "ab" * 16
    with pytest.raises(TypeError):
        event.payload["numPages"] = 3  # type: ignore[index]


@pytest.mark.parametrize("broken", [{}, {"id": "x", "kind": "k", "token": "t", "status": "s",
                                         "received_at": "now"}])
def test_unreadable_event_is_a_relay_error(broken: dict) -> None:
    with pytest.raises(RelayError):
        RelayEvent.from_json(broken)


def test_cursor_file_round_trip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cursor.json"
    cursor = CursorFile(path)
    assert cursor.load() == (None, 0)
    cursor.save("relay-1", 41)
    assert cursor.load() == ("relay-1", 41)
    assert json.loads(path.read_text()) == {"relay_id": "relay-1", "cursor": 41}
    path.write_text("{half")
    assert cursor.load() == (None, 0)
    assert CursorFile(None).load() == (None, 0)


def test_states_are_strings_the_ui_can_show() -> None:
    assert [s.value for s in RelayState] == ["connecting", "connected", "reconnecting", "unreachable"]


def test_events_arrive_parsed_into_the_api_models() -> None:
    base = {"id": 1, "status": "success", "received_at": "2024-05-01T12:00:00+00:00"}
    sent = RelayEvent.from_json({**base, "kind": "sent_fax", "token": "s1",
                                 "payload": {"sendToken": "s1", "sentStatus": "failure",
                                             "errorDetails": {"code": "busy"}}})
    assert isinstance(sent.record, SentFax) and sent.kind is CallbackKind.SENT_FAX
    assert sent.record.is_final and sent.record.error_text.startswith("The recipient's fax line was busy")
    email = RelayEvent.from_json({**base, "kind": "email", "token": "e1",
                                  "payload": {"emailId": "e1", "emailStatus": "success"}})
    assert isinstance(email.record, Email) and email.record.token == "e1" and email.record.is_final
    inbound = RelayEvent.from_json({**base, "kind": "received_fax", "token": "r1",
                                    "payload": {"sendToken": "r1", "numPages": 2}})
    assert isinstance(inbound.record, ReceivedFax) and inbound.record.num_pages == 2
    ai = RelayEvent.from_json({**base, "kind": "ai", "token": "a1",
                               "payload": {"aiResult": {"ai_token": "a1", "status": "completed",
                                                        "patient_name": "Fry"}}})
    assert isinstance(ai.record, AiResult) and ai.record.succeeded and ai.record.patient_name == "Fry"
    future = RelayEvent.from_json({**base, "kind": "voice_mail", "token": "v1", "payload": {"x": 1}})
    assert future.record is None and future.kind == "voice_mail"  # a kind this version does not know


@pytest.mark.parametrize("url", ["http://relay.example.org", "http://192.168.1.20:8765",
                                 "http://10.0.0.5/", "ftp://relay.example.org", "relay.example.org"])
async def test_a_relay_off_this_computer_without_https_is_refused_before_any_request(url) -> None:
    """Like the API client: the relay token and PHI never go over plain HTTP on a network."""
    requests: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: requests.append(r) or
                                                           httpx.Response(200)))
    try:
        with pytest.raises(RelayError) as refused:
            RelaySubscriber(url, "relay-token", cursor_path=None, on_event=lambda e: None,
                            http=http)
    finally:
        await http.aclose()
    assert refused.value.message == ("The relay address must start with https:// (http:// is "
                                     "only allowed for a test server on this computer).")
    assert requests == []


@pytest.mark.parametrize("url", ["https://relay.example.org", "http://127.0.0.1:8765",
                                 "http://localhost:8765", "http://[::1]:8765"])
async def test_https_anywhere_and_http_on_this_computer_are_accepted(url) -> None:
    subscriber = RelaySubscriber(url, "relay-token", cursor_path=None, on_event=lambda e: None)
    await subscriber.stop()
