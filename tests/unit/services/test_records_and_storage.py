"""The record codec, the offline cache, read state, filters and the polling tracker."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from medsender_desktop.api import (
    Email,
    ReceivedFax,
    ReceivedFaxFilters,
    SentFax,
    SentFaxFilters,
)
from medsender_desktop.services import record_codec
from medsender_desktop.services.filter_match import matches_received, matches_sent
from medsender_desktop.services.read_state import ReadState
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.tracker import PollTracker

T0 = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)

SENT = SentFax.from_api({
    "sendToken": "s1", "fromNumber": "+12125550101", "toNumber": "+17185550002",
    "sentStatus": "failure", "patientName": "Elena Petrova", "patientDob": "1984-07-29",
    "sentAt": "2024-05-01T12:00:00.000Z", "errorDetails": {"code": "busy", "attempts": 5},
    "attempts": [{"attempt": 1, "startedAt": "2024-05-01T12:00:01.000Z", "result": "busy"}],
    "newField": {"x": 1},
})
EMAIL = Email.from_api({"emailId": "e1", "recipientEmail": "records@example.org", "emailStatus": "queued",
                        "sentAt": "2024-05-02T08:00:00.000Z"})
RECEIVED = ReceivedFax.from_api({"sendToken": "r1", "fromNumber": "+13055550121", "faxStatus": "success",
                                 "callbackStatus": "pending", "completedAt": "2024-05-03T09:30:00.000Z",
                                 "numPages": 3, "client": "c1", "patientDob": "1970-01-01"})


def test_codec_round_trips_every_kind() -> None:
    for record in (SENT, EMAIL, RECEIVED):
        kind = record_codec.kind_of(record)
        assert record_codec.decode(kind, record_codec.encode(record)) == record
    assert record_codec.decode("sent_fax", record_codec.encode(SENT)).extra == {"newField": {"x": 1}}


async def test_cache_replaces_upserts_and_keeps_profiles_apart(tmp_path: Path) -> None:
    cache = RecordCache.in_dir(tmp_path)
    try:
        await cache.replace("p1", ("sent_fax", "email"), [SENT, EMAIL])
        await cache.replace("p1", ("received_fax",), [RECEIVED])
        await cache.replace("p2", ("sent_fax",), [SENT])
        loaded = await cache.load("p1", ("sent_fax", "email", "received_fax"))
        assert [r.token for r in loaded] == ["r1", "e1", "s1"]  # newest first
        newer = SentFax.from_api({**record_codec.to_wire(SENT), "sent_status": "success"})
        await cache.upsert("p1", [newer])
        assert (await cache.load("p1", ("sent_fax",)))[0].sent_status == "success"
        await cache.replace("p1", ("sent_fax", "email"), [])
        assert await cache.load("p1", ("sent_fax", "email")) == []
        assert len(await cache.load("p2", ("sent_fax",))) == 1
    finally:
        cache.close()


async def test_read_state_is_kept_per_profile(tmp_path: Path) -> None:
    state = ReadState.in_dir(tmp_path)
    await state.mark("p1", "r1")
    await state.mark_many("p1", ["r2", "r3"])
    await state.mark("p1", "r3", read=False)
    state.close()
    again = ReadState.in_dir(tmp_path)
    assert await again.read_tokens("p1") == {"r1", "r2"}
    assert await again.read_tokens("p2") == set()
    again.close()


def test_filters_match_records_the_server_did_not_filter() -> None:
    assert matches_sent(None, SENT)
    assert matches_sent(SentFaxFilters(to_number="(718) 555-0002"), SENT)
    assert not matches_sent(SentFaxFilters(to_number="(718) 555-0003"), SENT)
    assert matches_sent(SentFaxFilters(patient_name="petrova", patient_dob="1984-07-29"), SENT)
    assert not matches_sent(SentFaxFilters(date_start="2024-05-02"), SENT)
    assert matches_sent(SentFaxFilters(date_start="2024-05-01", date_end="2024-05-01"), SENT)
    assert not matches_sent(SentFaxFilters(from_number="(212) 555-0101"), EMAIL)
    assert matches_received(ReceivedFaxFilters(fax_status="success", client="c1"), RECEIVED)
    assert not matches_received(ReceivedFaxFilters(callback_status="failed"), RECEIVED)
    assert not matches_received(ReceivedFaxFilters(from_number="not a number"), RECEIVED)


def test_tracker_backs_off_per_record() -> None:
    now = [100.0]
    tracker = PollTracker(2.0, 10.0, lambda: now[0])
    tracker.add("a")
    tracker.add("e", email=True)
    assert tracker.due() == [] and tracker.next_due(default=999) == 102.0
    now[0] = 102.0
    assert sorted(tracker.due()) == [("a", False), ("e", True)]
    tracker.polled("a")
    tracker.polled("e")
    now[0] = 105.9
    assert tracker.due() == []
    now[0] = 106.0
    tracker.polled("a")  # 8 s next
    tracker.polled("a")  # capped at 10 s
    assert tracker.next_due(default=0) == 106.0  # "e" still due at 106
    tracker.forget("e")
    assert tracker.next_due(default=0) == 116.0


def test_final_statuses() -> None:
    assert SENT.is_final
    assert not EMAIL.is_final
    assert Email(email_id="e2", email_status="success").is_final
    assert not SentFax(send_token="q", sent_status="queued").is_final
    # a word outside the vocabulary: final once Medsender says it completed or failed
    assert not Email(email_id="e3", email_status="delivered").is_final
    assert Email(email_id="e3", email_status="delivered", completed_at=T0).is_final
    assert Email(email_id="e4", email_status="queued", error={"errorCode": "bounced"}).is_final


# --- defect 10: the offline cache holds PHI, so it is encrypted at rest ---------------------------
PHI_NEEDLES = (b"Elena", b"Petrova", b"1984-07-29", b"2125550101", b"7185550002",
               "Elena".encode("utf-16-le"))


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


async def test_cached_records_are_encrypted_and_owner_only(tmp_path: Path) -> None:
    key = bytes(range(32))
    cache = RecordCache.in_dir(tmp_path, key=key)
    try:
        await cache.replace("p1", ("sent_fax", "email", "received_fax"), [SENT, EMAIL, RECEIVED])
        stored = await asyncio.to_thread(files_under, tmp_path)
        assert "cache.sqlite3" in stored
        for name, data in stored.items():
            for needle in PHI_NEEDLES:
                assert needle not in data, (name, needle)
        modes = await asyncio.to_thread(
            lambda: {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()})
        assert {n: m for n, m in modes.items() if n.startswith("cache.sqlite3")} == {
            n: 0o600 for n in modes if n.startswith("cache.sqlite3")}
    finally:
        cache.close()
    again = RecordCache.in_dir(tmp_path, key=key)
    try:
        assert {r.token for r in await again.load("p1", ("sent_fax", "email", "received_fax"))} \
            == {"s1", "e1", "r1"}
    finally:
        again.close()
    other_key = RecordCache.in_dir(tmp_path, key=bytes(32))  # the keyring lost its entry
    try:
        assert await other_key.load("p1", ("sent_fax", "email", "received_fax")) == []
        await other_key.upsert("p1", [SENT])
        assert [r.token for r in await other_key.load("p1", ("sent_fax",))] == ["s1"]
    finally:
        other_key.close()


async def test_an_old_plaintext_cache_is_discarded_and_scrubbed(tmp_path: Path) -> None:
    import sqlite3

    old = sqlite3.connect(tmp_path / "cache.sqlite3")
    old.executescript("""
        CREATE TABLE records (profile TEXT NOT NULL, kind TEXT NOT NULL, token TEXT NOT NULL,
                              sort_at TEXT NOT NULL, body TEXT NOT NULL,
                              PRIMARY KEY (profile, kind, token));
    """)
    old.execute("INSERT INTO records VALUES ('p1', 'sent_fax', 's1', '2024', ?)",
                (record_codec.encode(SENT),))
    old.commit()
    old.close()
    assert b"Petrova" in files_under(tmp_path)["cache.sqlite3"]
    cache = RecordCache.in_dir(tmp_path, key=bytes(range(32)))
    try:
        assert await cache.load("p1", ("sent_fax",)) == []
        for name, data in (await asyncio.to_thread(files_under, tmp_path)).items():
            assert b"Petrova" not in data, name
    finally:
        cache.close()


def test_the_cache_key_lives_in_the_keyring_and_is_stable(memory_keyring) -> None:
    from medsender_desktop.services.credentials import CredentialStore, MemoryKeyring

    store = CredentialStore(memory_keyring)
    key = store.cache_key()
    assert key is not None and len(key) == 32 and store.cache_key() == key
    assert any("cache" in user for _, user in memory_keyring.store)
    assert CredentialStore(MemoryKeyring()).cache_key() is None  # not kept: a session key


def test_received_date_filters_use_the_arrival_time_in_utc() -> None:
    """As the server filters (API-CONTRACT.md "Points settled"): receivedAt, UTC days; a fax
    that began arriving before midnight UTC and completed after it belongs to the first day."""
    late = ReceivedFax.from_api({"sendToken": "r2", "receivedAt": "2024-03-10T23:59:30.000Z",
                                 "sentAt": "2024-03-10T23:59:30.000Z",
                                 "completedAt": "2024-03-11T00:00:40.000Z"})
    docs_form = ReceivedFax.from_api({"send_token": "r3", "sent_at": "2024-03-10T23:59:30.000Z"})
    for record in (late, docs_form):
        assert record.received_at is not None and record.received_at.tzinfo is not None
        assert matches_received(ReceivedFaxFilters(date_start="2024-03-10",
                                                   date_end="2024-03-10"), record)
        assert not matches_received(ReceivedFaxFilters(date_start="2024-03-11"), record)
