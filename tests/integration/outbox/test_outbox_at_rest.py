"""The outbox keeps each fax on disk until it is sent: nothing of its PHI may be readable there.

The database file (with its -wal), the document copies and every other byte in the outbox
folder are scanned for the cover-sheet fields, the numbers, the file name and the document
itself: after faxes are written through the outbox, and after an older version's plain
outbox is migrated. Sealed values are bound to their rows (moved, they do not open), and a
key the computer no longer has leaves the faxes failed in plain words, never sent or lost in
silence.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from medsender_desktop.api import CoverSheet, FaxRequest
from medsender_desktop.documents import generate_document
from medsender_desktop.errors import DocumentError, MedsenderError
from medsender_desktop.services.outbox_sealing import UNREADABLE_ENTRY, V1_SCHEMA
from medsender_desktop.services.outbox_store import OutboxState, OutboxStore

from .conftest import KEY, settled

PATIENT, DOB, NOTE = "Grace Kowalski", "1966-12-05", "Allergic to penicillin"
RECIPIENT, TO, FILENAME = "Harbor Cardiology", "4045550112", "Kowalski referral.pdf"
S = OutboxState


def folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def leaks(folder: Path, *values: str | bytes) -> list[str | bytes]:
    stored = folder_bytes(folder)
    found = [v for v in values if (v.encode() if isinstance(v, str) else v) in stored]
    return [v if isinstance(v, str) else f"document bytes ({len(v)})" for v in found]


def referral() -> bytes:
    """A PDF whose bytes carry the patient's name and a telltale content line in plain form."""
    document = generate_document(pages=1, title=f"Referral for {PATIENT}")
    assert PATIENT.encode() in document  # else the scan below would prove nothing
    return document


async def test_faxes_in_the_outbox_leave_no_phi_readable_on_disk(
        backend, make_outbox, tmp_path, from_number) -> None:
    document = referral()
    outbox = await make_outbox(start=False)
    await outbox.enqueue(FaxRequest(
        to_numbers=(TO,), from_number=from_number, files=(document,), filename=FILENAME,
        cover=CoverSheet(patient_name=PATIENT, patient_dob=DOB, note=NOTE,
                         recipient_name=RECIPIENT)))
    folder = tmp_path / "outbox"
    secret = (PATIENT, DOB, NOTE, RECIPIENT, TO, FILENAME, from_number[-10:], document[:2048],
              b"%PDF", hashlib.sha256(document).hexdigest())
    assert await asyncio.to_thread(leaks, folder, *secret) == []

    await outbox.start()  # sent: the copy is opened into memory for the upload only
    await settled(outbox)
    assert backend.sent_notes() == [NOTE]
    assert await asyncio.to_thread(leaks, folder, *secret) == []
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.rglob("*") if p.is_file())


def write_version_1(folder: Path, document: bytes) -> str:
    """An outbox as the previous version left it: plain rows and a plain document copy."""
    folder.mkdir()
    (folder / "documents").mkdir()
    name = f"{hashlib.sha256(document).hexdigest()}.pdf"
    (folder / "documents" / name).write_bytes(document)
    conn = sqlite3.connect(folder / "outbox.sqlite3")
    conn.executescript(V1_SCHEMA + "; PRAGMA user_version = 1;")
    fields = {"patient_name": PATIENT, "patient_dob": DOB, "note": NOTE,
              "recipient_name": RECIPIENT, "filename": FILENAME}
    now = time.time()
    for entry_id, state in (("waiting", "queued"), ("done", "failed")):
        conn.execute("INSERT INTO entries (id, group_id, state, to_number, from_number, fields, "
                     "documents, created_at, error, updated_at) VALUES (?, 'g', ?, ?, ?, ?, ?, "
                     "?, ?, ?)", (entry_id, state, "+1" + TO, "+12125550100", json.dumps(fields),
                                  json.dumps([name]), now, f"Refused for {PATIENT}.", now))
        conn.execute("INSERT INTO timeline (entry_id, at, kind, detail) VALUES (?, ?, 'queued', "
                     "?)", (entry_id, now, f"Held for {PATIENT}."))
    conn.commit()
    conn.close()
    return name


async def test_an_older_plain_outbox_is_sealed_when_opened_and_keeps_every_fax(tmp_path) -> None:
    document = referral()
    folder = tmp_path / "outbox"
    plain_name = write_version_1(folder, document)
    assert PATIENT.encode() in folder_bytes(folder)  # the starting point really is plain

    store = OutboxStore.in_dir(folder, key=KEY)
    try:
        waiting, done = await store.get("waiting"), await store.get("done")
        assert waiting and done and waiting.state is S.QUEUED and done.state is S.FAILED
        assert waiting.to_number == "+1" + TO and waiting.fields["patient_name"] == PATIENT
        assert waiting.pages is None and done.pages is None  # kept before pages were counted
        assert done.error == f"Refused for {PATIENT}."
        assert [e.detail for e in await store.timeline("waiting")] == [f"Held for {PATIENT}."]
        assert waiting.documents != (plain_name,)
        assert await asyncio.to_thread(store.files.read, waiting.documents[0]) == document
    finally:
        store.close()
    assert not (folder / "documents" / plain_name).exists()
    assert await asyncio.to_thread(leaks, folder, PATIENT, DOB, NOTE, RECIPIENT, TO, FILENAME,
                                   document[:2048], b"%PDF") == []


async def test_a_sealed_value_moved_to_another_row_does_not_open(tmp_path) -> None:
    folder = tmp_path / "outbox"
    write_version_1(folder, referral())
    OutboxStore.in_dir(folder, key=KEY).close()
    with sqlite3.connect(folder / "outbox.sqlite3") as conn:  # swap the two rows' sealed values
        (a,), (b,) = conn.execute("SELECT sealed FROM entries ORDER BY id").fetchall()
        conn.execute("UPDATE entries SET sealed = ? WHERE id = 'done'", (b,))
        conn.execute("UPDATE entries SET sealed = ? WHERE id = 'waiting'", (a,))
    store = OutboxStore.in_dir(folder, key=KEY)
    try:
        for entry in await store.entries():
            assert entry.to_number == "" and entry.fields == {} and entry.error == UNREADABLE_ENTRY
    finally:
        store.close()


async def test_faxes_sealed_with_a_key_the_computer_no_longer_has_fail_in_plain_words(
        tmp_path) -> None:
    folder = tmp_path / "outbox"
    write_version_1(folder, referral())
    OutboxStore.in_dir(folder, key=KEY).close()
    store = OutboxStore.in_dir(folder, key=bytes(32))  # the keychain entry was lost
    try:
        assert store.unreadable_at_open == 2
        waiting = await store.get("waiting")
        assert waiting is not None and waiting.state is S.FAILED
        assert waiting.error == UNREADABLE_ENTRY and waiting.to_number == ""
        assert (await store.timeline("waiting"))[-1].detail == UNREADABLE_ENTRY
        assert await store.count(S.QUEUED, S.UPLOADING, S.UNKNOWN) == 0  # nothing waits forever
    finally:
        store.close()


async def test_an_unreadable_fax_is_not_sent_again_with_retry(make_outbox, tmp_path) -> None:
    folder = tmp_path / "outbox"
    write_version_1(folder, referral())
    OutboxStore.in_dir(folder, key=bytes(32)).close()  # sealed with a key the tests' is not
    outbox = await make_outbox(start=False)
    with pytest.raises(MedsenderError) as refused:
        await outbox.retry("waiting")
    assert refused.value.message == UNREADABLE_ENTRY


async def test_a_plain_copy_already_gone_when_the_outbox_is_sealed_is_reported_missing(
        tmp_path) -> None:
    folder = tmp_path / "outbox"
    plain_name = write_version_1(folder, referral())
    (folder / "documents" / plain_name).unlink()
    store = OutboxStore.in_dir(folder, key=KEY)
    try:
        waiting = await store.get("waiting")
        assert waiting is not None and waiting.fields["patient_name"] == PATIENT  # row kept
        with pytest.raises(DocumentError) as refused:
            await asyncio.to_thread(store.files.read, waiting.documents[0])
        assert refused.value.reason == "missing" and "Send it again" in refused.value.message
    finally:
        store.close()


async def test_a_missing_key_check_fails_nothing_that_still_opens(tmp_path) -> None:
    folder = tmp_path / "outbox"
    write_version_1(folder, referral())
    OutboxStore.in_dir(folder, key=KEY).close()
    with sqlite3.connect(folder / "outbox.sqlite3") as conn:
        conn.execute("DELETE FROM meta")
    store = OutboxStore.in_dir(folder, key=KEY)
    try:
        waiting = await store.get("waiting")
        assert waiting is not None and waiting.state is S.QUEUED and waiting.to_number == "+1" + TO
        assert store.unreadable_at_open == 0
    finally:
        store.close()


async def test_the_page_count_is_sealed_with_the_fax_when_it_is_queued(
        make_outbox, tmp_path, from_number) -> None:
    outbox = await make_outbox(start=False)
    await outbox.enqueue(FaxRequest(
        to_numbers=(TO, "2125550101"), from_number=from_number,
        files=(generate_document(pages=3, title="Referral"), generate_document(pages=2, title="Labs")),
        cover=CoverSheet(patient_name=PATIENT)))
    store = OutboxStore.in_dir(tmp_path / "outbox", key=KEY)  # read back from the file
    try:
        assert [e.pages for e in await store.entries()] == [5, 5]
    finally:
        store.close()
