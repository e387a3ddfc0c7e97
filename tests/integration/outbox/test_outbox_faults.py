"""The outbox against a misbehaving sandbox (its fault injection, over loopback): whatever breaks,
each fax is stored by the sandbox exactly once (counted in its SQLite database), none is lost.

Connection dropped before, during and after the upload; a sandbox that is down; 429 and 503
answers; a 500 after the body went out; the response lost after the fax was stored; and the
process running the outbox SIGKILLed mid-upload and restarted.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from medsender_desktop.documents import generate_document
from medsender_desktop.documents.generate import pad_pdf
from medsender_desktop.services.outbox_store import OutboxState
from tests.waiting import until

from .conftest import FAST, request, settled, start_backend
from .process import WorkerProcess, enqueue_all, outbox_entries

S = OutboxState


def kinds(timeline) -> list[str]:
    return [event.kind for event in timeline]


@pytest.mark.parametrize(("fault", "found"), [
    ("reset_before", False),  # nothing stored: found missing, sent again
    ("reset_during", False),  # cut off mid-upload: nothing stored, sent again
    ("reset_after", True),  # stored, answer lost: found, never sent again
    ("error_500", False),  # a 500 may come after storing: checked first, then sent again
])
async def test_a_lost_or_unclear_answer_is_reconciled_before_any_resend(
        backend, make_outbox, pdf, from_number, fault, found):
    backend.faults(script=fault, methods="POST", paths="sent_faxes", burst=1)
    outbox = await make_outbox()
    (entry,) = await outbox.enqueue(request(pdf, from_number, f"{fault}-1"))
    await settled(outbox)
    assert backend.sent_notes() == [f"{fault}-1"]
    done = await outbox.get(entry.id)
    assert done.state is S.SENT and done.delivery == "success"
    timeline = kinds(await outbox.timeline(entry.id))
    assert "unknown" in timeline and "reconciled" in timeline
    assert timeline.count("attempt") == (1 if found else 2)
    assert backend.injected()["injected"] == {fault: 1}


async def test_503_keeps_the_fax_queued_and_it_goes_out_once(
        backend, make_outbox, pdf, from_number):
    fault = "error_503"
    backend.faults(script=f"{fault},{fault}", methods="POST", paths="sent_faxes",
                   retry_after=1, burst=1)
    outbox = await make_outbox(max_attempts=1)  # the outbox, not the client, waits here
    (entry,) = await outbox.enqueue(request(pdf, from_number, fault))
    await settled(outbox)
    assert backend.sent_notes() == [fault]
    timeline = kinds(await outbox.timeline(entry.id))
    assert timeline.count("upload_refused") == 2 and timeline.count("attempt") == 3
    assert "unknown" not in timeline  # maintenance: nothing was processed


async def test_429_is_reconciled_before_the_fax_goes_out_again_once(
        backend, make_outbox, pdf, from_number):
    """The API docs do not say a 429 queued nothing: the outbox looks before resending."""
    fault = "rate_limit"
    backend.faults(script=f"{fault},{fault}", methods="POST", paths="sent_faxes",
                   retry_after=1, burst=1)
    outbox = await make_outbox(max_attempts=1)
    (entry,) = await outbox.enqueue(request(pdf, from_number, fault))
    await settled(outbox)
    assert backend.sent_notes() == [fault]
    timeline = kinds(await outbox.timeline(entry.id))
    assert timeline.count("attempt") == 3
    assert timeline.count("unknown") == 2 and "reconciled" in timeline


async def test_a_sandbox_that_is_down_keeps_the_fax_queued_until_it_is_back(
        backend, documents, make_outbox, pdf, from_number):
    port = backend.server.port
    backend.server.stop()
    outbox = await make_outbox(max_attempts=1)
    (entry,) = await outbox.enqueue(request(pdf, from_number, "offline"))
    await until(lambda: _has(outbox, entry.id, "upload_failed"), "a failed connection")
    assert (await outbox.get(entry.id)).state is S.QUEUED
    backend.server = start_backend(backend.db_path, documents, port=port).server
    await settled(outbox)
    assert backend.sent_notes() == ["offline"]
    assert (await outbox.get(entry.id)).state is S.SENT


def test_sigkill_mid_upload_then_restart_sends_each_fax_exactly_once(
        backend, documents, tmp_path):
    """The body (15 MB) is larger than what the OS buffers on loopback, so a kill mid-upload
    leaves the sandbox a cut-off request that it must not store."""
    number = backend.number()
    data = tmp_path / "outbox"
    big = tmp_path / "big.pdf"
    big.write_bytes(pad_pdf(generate_document(pages=3, title="Long referral"), 15 * 1024 * 1024))
    ids = enqueue_all(backend, data, [request(big, number, f"killed-{i}") for i in range(3)], documents)
    backend.faults(slow_upload=1.0, slow_upload_bps=1024 * 1024, methods="POST",
                   paths="sent_faxes")
    config = replace(FAST, parallel=1)
    first = WorkerProcess(backend, data, config)
    assert first.wait_for(_mid_upload) is not None
    first.kill()  # SIGKILL mid-upload: the entry is left "uploading" on disk
    assert S.UPLOADING in {e.state for e in outbox_entries(data)}

    backend.faults()  # faults off
    second = WorkerProcess(backend, data, config)
    assert second.finish() == 0
    assert sorted(backend.sent_notes()) == [f"killed-{i}" for i in range(3)]
    entries = outbox_entries(data)
    assert {e.id for e in entries} == set(ids)
    assert all(e.state is S.SENT and e.delivery == "success" for e in entries)
    killed = next(e for e in entries if e.tries == 2)  # the one cut off: checked, sent again
    assert killed.first_attempt_at is not None


def _mid_upload(line: str) -> bool:
    words = line.split()
    return words[0] == "progress" and 0 < int(words[2]) < int(words[3]) // 4


async def _has(outbox, entry_id: str, kind: str) -> bool:
    return kind in kinds(await outbox.timeline(entry_id))
