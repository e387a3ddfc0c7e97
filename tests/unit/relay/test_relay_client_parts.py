from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from medsender_desktop.errors import RelayError
from medsender_desktop.relay.subscriber import CursorFile, RelayEvent, RelayState


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
