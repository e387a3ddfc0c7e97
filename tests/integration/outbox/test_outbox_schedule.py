"""Scheduled faxes: the outbox's summary names the held ones and their times, Send now hands a
held fax over at once (exactly once), and only a fax still waiting can be sent now."""

from __future__ import annotations

import time

import pytest

from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.outbox import OutboxSummary
from medsender_desktop.services.outbox_store import OutboxState

from .conftest import request, settled

S = OutboxState


async def test_send_now_hands_a_held_fax_over_at_once_and_the_summary_follows(
        backend, make_outbox, pdf, from_number):
    outbox = await make_outbox()
    summaries: list[OutboxSummary] = []
    outbox.summary_changed.connect(summaries.append)
    first, second = time.time() + 3600, time.time() + 7200
    (later,) = await outbox.enqueue(request(pdf, from_number, "later"), send_at=second)
    (held,) = await outbox.enqueue(request(pdf, from_number, "held"), send_at=first)
    assert outbox.summary == OutboxSummary(2, (first, second))  # earliest first
    now = await outbox.send_now(held.id)
    assert now.send_at is None and now.state in (S.QUEUED, S.UPLOADING)
    entry = await outbox.wait_handed_over(held.id)
    assert entry is not None and entry.state is S.SENT
    kinds = [event.kind for event in await outbox.timeline(held.id)]
    assert kinds.index("sent_now") < kinds.index("attempt") < kinds.index("uploaded")
    assert outbox.summary == OutboxSummary(1, (second,))
    with pytest.raises(MedsenderError, match="no longer waiting"):
        await outbox.send_now(held.id)  # already handed over
    await outbox.cancel(later.id)
    with pytest.raises(MedsenderError, match="no longer waiting"):
        await outbox.send_now(later.id)  # cancelled: never sent
    await settled(outbox)
    assert backend.sent_notes() == ["held"]
    assert summaries[-1] == OutboxSummary(0, ())
