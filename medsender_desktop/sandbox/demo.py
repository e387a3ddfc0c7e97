"""``--demo``: a realistic account so a new user sees a living app at first start.

2 clients, 3 numbers, ~50 sent faxes across every status (a few still queued or in
progress, which the carrier then completes live) and ~50 received faxes carrying generated
multi-page clinic documents with their AI fields, spread over the last four weeks. Seeding
is idempotent: a database that already holds an account is left alone. Everything is
fictional (see demo_content).
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import time

from medsender_desktop import wire
from medsender_desktop.documents import FileKind, generate_document
from medsender_desktop.sandbox import ai, demo_content, store_accounts, store_faxes
from medsender_desktop.sandbox.carrier import error_details, failed_attempt_result
from medsender_desktop.sandbox.demo_content import PROVIDERS, ClinicalDocument
from medsender_desktop.sandbox.inbound import INCOMPLETE, NO_FINDINGS, arrived_part
from medsender_desktop.sandbox.intake import Accepted, transmitted_pages
from medsender_desktop.sandbox.links import new_access_code
from medsender_desktop.sandbox.state import SandboxState
from medsender_desktop.sandbox.timeutil import add_days, iso

DAY = 86400.0
SENT_COUNT = 50
RECEIVED_COUNT = 50
CLIENTS = ("Riverside Family Medicine", "Lakeview Orthopedics")
NUMBERS = (("+12125550101", 0), ("+12125550102", 0), ("+14155550103", 1))
DESTINATIONS = ("+16175550134", "+13125550178", "+14045550112", "+12065550150",
                "+17135550166", "+13055550121")
FAILING = "+16465550000"  # every attempt fails (test-mode table)
THIRD_TRY = "+17185550002"  # succeeds on the 3rd attempt
CALLERS = ("Northgate Cardiology", "Harbor Clinical Laboratory", "Blue Harbor Health Plan",
           "Summit Endocrinology", "Lakeside Pharmacy", None)


def _render(docs: list[ClinicalDocument]) -> list[Accepted]:
    rendered = []
    for doc in docs:
        data = generate_document(pages=doc.pages, title=doc.title, lines=list(doc.lines),
                                 kind_of_doc=doc.kind_of_doc)
        rendered.append(Accepted(hashlib.sha256(data).hexdigest(), str(FileKind.PDF), doc.pages,
                                 data))
    return rendered


async def has_account(state: SandboxState) -> bool:
    return bool(await state.db.call(store_accounts.list_numbers))


def _attempts(start: float, to_number: str, rng: random.Random) -> tuple[list[dict], float, bool]:
    needed = wire.attempts_to_succeed(to_number)
    attempts, t = [], start + rng.uniform(5, 30)
    for n in range(1, wire.MAX_ATTEMPTS + 1):
        end = t + rng.uniform(25, 70)
        ok = needed == n
        attempts.append({"attempt": n, "started_at": iso(t), "ended_at": iso(end),
                         "result": "success" if ok else failed_attempt_result(to_number)})
        if ok:
            return attempts, end, True
        t = end + rng.uniform(90, 300)
    return attempts, end, False


def _sent_rows(state: SandboxState, docs: list[tuple[ClinicalDocument, Accepted]],
               rng: random.Random, now: float) -> list[dict]:
    rows = []
    timing = state.timing
    for i in range(SENT_COUNT):
        doc, stored = rng.choice(docs)
        number, _ = NUMBERS[i % len(NUMBERS)]
        to = FAILING if i % 9 == 4 else THIRD_TRY if i % 11 == 6 else rng.choice(DESTINATIONS)
        live = i >= SENT_COUNT - 5  # the newest few are still moving when the app opens
        sent = now - rng.uniform(5, 40) if live else now - rng.uniform(0.05, 27) * DAY
        doc_type = rng.choice([wire.DocumentType.BOTH] * 4 + [
            wire.DocumentType.DOCUMENT_ONLY, wire.DocumentType.ACCESS_CODE_SHEET_ONLY])
        sender, _clinic = rng.choice(PROVIDERS)
        row = {
            "token": hashlib.sha256(f"demo-sent-{i}-{now}".encode()).hexdigest()[:12],
            "is_test": 1, "record_status": "activated", "from_number": number, "to_number": to,
            "patient_name": doc.patient.name, "patient_dob": doc.patient.dob.isoformat(),
            "note": f"{doc.title} for your review.", "sender_name": sender,
            "recipient_name": rng.choice(("Medical Records", "Intake Coordinator",
                                          "Dr. Alan Pierce", "Front Desk")),
            "document_type": doc_type.value, "document_sha": stored.sha256,
            "num_pages": transmitted_pages(doc_type, stored.pages),
            "access_code": new_access_code(), "view_count": 0, "sent_at": iso(sent),
            "expiry": add_days(iso(sent), wire.EXPIRY_DAYS),
        }
        if live:
            queued = i % 2 == 0
            row.update(sent_status="queued" if queued else "inprogress",
                       attempts=[] if queued else [{"attempt": 1, "started_at": iso(sent + 2),
                                                    "ended_at": None, "result": None}],
                       next_step_at=now + timing.pick(timing.retry_gap, rng))
        else:
            attempts, end, ok = _attempts(sent, to, rng)
            row.update(sent_status="success" if ok else "failure", attempts=attempts,
                       completed_at=iso(end), view_count=rng.choice((0, 0, 1, 2)) if ok else 0,
                       error_details=None if ok else error_details(to, len(attempts)))
            if i % 10 == 3:
                row["record_status"] = "archived"
            elif i % 17 == 8:
                row["record_status"] = "revoked"
        rows.append(row)
    return rows


async def _received_rows(state: SandboxState, numbers: list, rng: random.Random,
                         now: float) -> tuple[list[dict], list[Accepted]]:
    docs = [demo_content.random_document(rng) for _ in range(RECEIVED_COUNT)]
    rendered = await asyncio.to_thread(_render, docs)
    rows = []
    for i, whole in enumerate(rendered):
        failed = i % 23 == 11  # the caller hung up: half the pages arrived (none of one page)
        pdf = await arrived_part(state, whole, whole.pages // 2) if failed else whole
        rendered[i] = pdf
        found = ai.extract(await state.worker.extract_text(pdf.data) if pdf.pages else "")
        number = numbers[i % len(numbers)]
        done = now - rng.uniform(0.02, 27) * DAY
        rows.append({
            "token": hashlib.sha256(f"demo-received-{i}-{now}".encode()).hexdigest()[:12],
            "is_test": 1, "fax_status": "failure" if failed else "success",
            "from_number": rng.choice(DESTINATIONS), "to_number": number.number,
            "caller_name": rng.choice(CALLERS), "number_id": number.id,
            "client_id": number.client_id, "document_sha": pdf.sha256, "num_pages": pdf.pages,
            "sent_at": iso(done - 12 * max(pdf.pages, 1)), "completed_at": iso(done),
            "error_details": dict(INCOMPLETE) if failed else None,
            "callback_status": wire.CallbackStatus.FAILED.value if i % 13 == 5
            else wire.CallbackStatus.SUCCESS.value,
            **(found.as_dict() if pdf.pages else NO_FINDINGS),
        })
    return rows, rendered


async def seed_demo(state: SandboxState, *, seed: int = 2024) -> bool:
    """Fill an empty database with the demo account; returns False if it already had one."""
    if await has_account(state):
        return False
    rng = random.Random(seed)
    now = time.time()
    db = state.db
    clients = [await db.call(store_accounts.create_client, name, iso(now - 30 * DAY))
               for name in CLIENTS]
    numbers = [await db.call(store_accounts.create_number, e164, iso(now - 30 * DAY),
                             clients[c].id, None) for e164, c in NUMBERS]
    sent_docs = [demo_content.random_document(rng) for _ in range(8)]
    stored = await asyncio.to_thread(_render, sent_docs)
    received, received_docs = await _received_rows(state, numbers, rng, now)
    for doc in [*stored, *received_docs]:
        await db.call(store_accounts.save_document, doc.sha256, doc.kind, doc.pages, doc.data)
    await db.call(store_faxes.bulk_insert_sent,
                  _sent_rows(state, list(zip(sent_docs, stored, strict=True)), rng, now))
    await db.call(store_faxes.bulk_insert_received, received)
    state.wake_carrier()
    return True
