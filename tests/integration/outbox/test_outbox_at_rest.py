"""The outbox keeps each fax on disk until it is sent: its cover-sheet fields (patient name,
date of birth, note) must not be readable there. Open: they are stored in plain form today,
which this strict xfail pins (it turns into a failure the day the outbox seals them, so the
mark is removed with the fix; tests/gui/test_hygiene.py then drops its outbox exception)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from medsender_desktop.services.outbox_store import OutboxEntry, OutboxState, OutboxStore

PATIENT, DOB, NOTE = "Grace Kowalski", "1966-12-05", "Allergic to penicillin"


@pytest.mark.xfail(strict=True, reason="open defect: the outbox stores cover-sheet PHI in plain "
                                       "form (issue 12, desktop PHI at rest)")
async def test_the_outbox_keeps_cover_sheet_phi_sealed(tmp_path: Path) -> None:
    store = OutboxStore.in_dir(tmp_path)
    try:
        await store.insert([OutboxEntry(
            id="e1", group_id="g1", state=OutboxState.QUEUED, to_number="+14045550112",
            from_number="+12125550100",
            fields={"patient_name": PATIENT, "patient_dob": DOB, "note": NOTE},
            documents=(), created_at=time.time())], "queued")
    finally:
        store.close()
    stored = await asyncio.to_thread(
        lambda: b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()))
    assert not any(text.encode() in stored for text in (PATIENT, DOB, NOTE))
