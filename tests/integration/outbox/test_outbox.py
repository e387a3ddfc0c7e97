"""The outbox's life cycle against the real sandbox: kept before upload, sent once, followed,
held, cancelled, several recipients, refusals, failures with Retry, and resuming after a stop."""

from __future__ import annotations

import asyncio
import dataclasses
import stat
import time

import pytest

from medsender_desktop.api import FaxRequest, MedsenderClient
from medsender_desktop.errors import DocumentError, MedsenderError, ValidationError
from medsender_desktop.services.outbox_store import OutboxState
from tests.waiting import until

from .conftest import FAST, request, settled

S = OutboxState


def kinds(timeline) -> list[str]:
    return [event.kind for event in timeline]


async def test_a_fax_is_kept_on_disk_before_upload_then_sent_once_and_followed(
        backend, make_outbox, pdf, from_number):
    outbox = await make_outbox(start=False)
    counts: list[int] = []
    progress = []
    outbox.count_changed.connect(counts.append)
    outbox.progress.connect(progress.append)
    (entry,) = await outbox.enqueue(request(pdf, from_number, "kept-1"))
    assert entry.state is S.QUEUED and entry.to_number == "+12125550101"
    assert await outbox.documents_of(entry) == [pdf.read_bytes()]
    (kept,) = [outbox.store.files.folder / name for name in entry.documents]
    assert pdf.name not in str(kept) and pdf.read_bytes() not in kept.read_bytes()  # sealed
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert backend.sent_notes() == []  # nothing uploaded yet

    await outbox.start()
    await settled(outbox)
    done = await outbox.get(entry.id)
    assert done.state is S.SENT and done.token and done.delivery == "success" and done.is_final
    assert backend.sent_notes() == ["kept-1"]
    assert kinds(await outbox.timeline(entry.id)) == [
        "queued", "attempt", "uploaded", "delivery_attempt", "result"]
    assert progress and progress[-1].sent == progress[-1].total > 0
    assert counts[0] == 1 and counts[-1] == 0
    assert await outbox.pending_count() == 0


async def test_several_recipients_become_one_entry_each_in_one_group(
        backend, make_outbox, pdf, from_number):
    outbox = await make_outbox()
    numbers = ("2125550101", "(212) 555-0102", "+1 646 555 0103", "212-555-0101")
    entries = await outbox.enqueue(request(pdf, from_number, "group", *numbers))
    assert len(entries) == 3 and len({e.group_id for e in entries}) == 1  # duplicates merged
    await settled(outbox)
    assert sorted(backend.sent_notes()) == ["group"] * 3
    assert {(await outbox.get(e.id)).state for e in entries} == {S.SENT}
    with pytest.raises(MedsenderError, match="Only a fax that failed"):
        await outbox.retry(entries[0].id)  # delivered: nothing to retry

    eleven = [f"21255501{n:02d}" for n in range(10, 21)]
    with pytest.raises(ValidationError) as too_many:
        await outbox.enqueue(request(pdf, from_number, "eleven", *eleven))
    assert too_many.value.field == "to_number"
    assert len(await outbox.entries()) == 3


@pytest.mark.parametrize("problem", ["to", "dob", "document", "no file"])
async def test_bad_requests_are_refused_before_anything_is_kept(
        backend, make_outbox, pdf, from_number, tmp_path, problem):
    outbox = await make_outbox()
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    made = {
        "to": lambda: request(pdf, from_number, "x", "12"),
        "dob": lambda: request(pdf, from_number, "x", patient_dob="2999-01-01"),
        "document": lambda: request(bad, from_number, "x"),
        "no file": lambda: FaxRequest(to_numbers=("2125550101",), from_number=from_number,
                                      files=()),
    }[problem]
    with pytest.raises((ValidationError, DocumentError)):
        await outbox.enqueue(made())
    assert await outbox.entries() == [] and backend.sent_notes() == []


async def test_a_held_fax_waits_for_its_time_and_can_be_cancelled_until_uploaded(
        backend, make_outbox, pdf, from_number):
    outbox = await make_outbox()
    later = time.time() + 3600
    (held,) = await outbox.enqueue(request(pdf, from_number, "held"), send_at=later)
    (soon,) = await outbox.enqueue(request(pdf, from_number, "soon"), send_at=time.time() + 0.3)
    assert "Held until" in (await outbox.timeline(held.id))[0].detail
    await until(lambda: outbox.get(soon.id), "the held fax sent at its time",
                ready=lambda e: e.state is S.SENT)
    first_attempt = next(e for e in await outbox.timeline(soon.id) if e.kind == "attempt")
    assert first_attempt.at >= soon.send_at
    cancelled = await outbox.cancel(held.id)
    assert cancelled.state is S.CANCELLED and cancelled.is_final
    with pytest.raises(MedsenderError, match="can no longer be cancelled"):
        await outbox.cancel(soon.id)
    await settled(outbox)
    assert backend.sent_notes() == ["soon"]


async def test_a_failed_delivery_is_announced_in_plain_words_and_retry_sends_it_again(
        backend, make_outbox, pdf, from_number):
    outbox = await make_outbox()
    failures = []
    outbox.failed.connect(failures.append)
    (entry,) = await outbox.enqueue(request(pdf, from_number, "busy", "2125540000"))
    await settled(outbox)
    failed = await outbox.get(entry.id)
    assert failed.delivery == "failure" and failed.delivery_failed
    assert [f.entry.id for f in failures] == [entry.id]
    assert "busy" in failures[0].reason and "Jane" not in failures[0].reason
    attempts = [e for e in await outbox.timeline(entry.id) if e.kind == "delivery_attempt"]
    assert len(attempts) == 5

    retried = await outbox.retry(entry.id)
    assert retried.retry_of == entry.id and retried.documents == entry.documents
    assert retried.fields == entry.fields and retried.group_id == entry.group_id
    await settled(outbox)
    assert backend.sent_notes() == ["busy", "busy"]
    assert "retried" in kinds(await outbox.timeline(entry.id))
    with pytest.raises(MedsenderError, match="Only a fax that failed"):
        await outbox.retry("no-such-entry")


async def test_a_refused_upload_fails_with_the_servers_reason_and_nothing_is_stored(
        backend, make_outbox, pdf):
    outbox = await make_outbox()
    failures = []
    outbox.failed.connect(failures.append)
    (entry,) = await outbox.enqueue(request(pdf, "9175550100", "not ours"))
    await settled(outbox)
    failed = await outbox.get(entry.id)
    assert failed.state is S.FAILED and "not one of your fax numbers" in failed.error
    assert failures and failures[0].reason == failed.error
    assert backend.sent_notes() == []


async def test_what_was_queued_when_the_app_stopped_is_sent_at_the_next_start(
        backend, make_outbox, pdf, from_number):
    first = await make_outbox(start=False)
    await first.enqueue(request(pdf, from_number, "resume-1"))
    await first.enqueue(request(pdf, from_number, "resume-2"))
    await first.stop()
    first.close()
    second = await make_outbox()
    await settled(second)
    assert sorted(backend.sent_notes()) == ["resume-1", "resume-2"]


async def test_a_failure_reported_twice_at_once_is_announced_once(
        backend, make_outbox, pdf, from_number):
    """A relay event and a poll carrying the same final status, arriving together."""
    outbox = await make_outbox(dataclasses.replace(FAST, follow_interval=None))
    failures = []
    outbox.failed.connect(failures.append)
    (entry,) = await outbox.enqueue(request(pdf, from_number, "busy", "2125540000"))
    await until(lambda: outbox.count == 0, "the upload")
    sent = await outbox.get(entry.id)
    async with MedsenderClient(backend.credentials()) as api:  # the carrier's 5 attempts
        fax = await until(lambda: api.get_sent_fax(sent.token), "the final status",
                          ready=lambda f: f.is_final)
    await asyncio.gather(*(outbox.apply_sent_fax(fax) for _ in range(4)))
    assert [f.entry.id for f in failures] == [entry.id]
    assert (await outbox.get(entry.id)).delivery == "failure"
