"""Synthetic Sent and Received records for the UI table benchmark (``bench_ui``): about a
year of history with realistic names, practices, numbers and statuses, plus the live updates
(two alternating versions of the newest records). Synthetic only: no real PHI."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from medsender_desktop.api import ReceivedFax, SentFax
from medsender_desktop.wire import Classification

UPDATES = 100

FIRST = ["Maria", "James", "Linda", "Robert", "Aisha", "Wei", "Carlos", "Emily", "Mohammed",
         "Sofia", "David", "Priya", "John", "Olga", "Kenji", "Fatima", "Michael", "Grace", "Luis"]
LAST = ["Smith", "Johnson", "Garcia", "Nguyen", "Martinez", "Brown", "Kim", "Patel", "Lopez",
        "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Hernandez", "Clark",
        "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Green",
        "Adams", "Baker", "Nelson", "Mitchell", "Perez", "Roberts", "Turner", "Campbell", "Evans"]
PRACTICES = ["Northside Cardiology", "Bay Imaging Center", "St. Mary's Lab", "Lakeview Pharmacy",
             "Hudson Orthopedics", "Quest Diagnostics", "Riverside Family Medicine",
             "BlueCross Prior Auth", "Mercy Hospital HIM", "Downtown Dermatology",
             "Valley Physical Therapy", "Sunrise Oncology"]
AREA = ["212", "646", "718", "415", "617", "312", "713", "305", "206", "303"]
NOTES = ["Please see attached referral.", "Urgent: results for review.", "Refill request.",
         "Records request as discussed.", "Prior authorization form, signed.", "",
         "Follow-up visit summary."]
SUMMARIES = ["Referral for cardiology consult, chest pain on exertion.",
             "CBC and metabolic panel, all normal.", "Prior authorization request for MRI.",
             "Prescription renewal for lisinopril 10 mg.", "Insurance coverage active.",
             "Discharge summary after knee arthroscopy."]


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def phone_pool(rng: random.Random, size: int) -> list[str]:
    return [f"+1{rng.choice(AREA)}{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"
            for _ in range(size)]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1935, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def sent_raw(rng: random.Random, i: int, now: dt.datetime, to_pool: list[str],
             from_pool: list[str], senders: list[str]) -> dict[str, Any]:
    sent_at = now - dt.timedelta(minutes=i * 50 + rng.randint(0, 40))  # ~1 year of history
    status = rng.choices(["success", "failure", "inprogress", "queued"], [85, 9, 4, 2])[0]
    tries = {"success": rng.choice([1, 1, 1, 2, 3]), "failure": 5, "inprogress": rng.randint(1, 3),
             "queued": 0}[status]
    attempts = [{"attempt": n + 1, "started_at": iso(sent_at + dt.timedelta(minutes=2 * n)),
                 "ended_at": iso(sent_at + dt.timedelta(minutes=2 * n + 1)),
                 "result": "success" if (status == "success" and n == tries - 1) else "busy"}
                for n in range(tries)]
    done = status in ("success", "failure")
    return {
        "send_token": f"{rng.getrandbits(128):032x}", "from_number": rng.choice(from_pool),
        "to_number": rng.choice(to_pool), "sent_status": status, "record_status": "activated",
        "document_type": rng.choice(["document_only", "both"]), "patient_name": person(rng),
        "patient_dob": birth_date(rng),
        "sender_name": rng.choice(senders), "recipient_name": rng.choice(PRACTICES),
        "note": rng.choice(NOTES), "sent_at": iso(sent_at),
        "completed_at": iso(sent_at + dt.timedelta(minutes=2 * tries)) if done else None,
        "expiry": iso(sent_at + dt.timedelta(days=30)), "view_count": rng.randint(0, 4),
        "error_details": {"code": rng.choice(["busy", "no_answer"]), "attempts": 5}
        if status == "failure" else None,
        "is_test": False, "attempts": attempts,
    }


def received_raw(rng: random.Random, i: int, now: dt.datetime, from_pool: list[str],
                 to_pool: list[str], clients: list[str]) -> dict[str, Any]:
    at = now - dt.timedelta(minutes=i * 50 + rng.randint(0, 40))
    ok = rng.random() < 0.96
    classified = rng.random() < 0.8
    return {
        "send_token": f"{rng.getrandbits(128):032x}", "from_number": rng.choice(from_pool),
        "to_number": rng.choice(to_pool), "caller_name": rng.choice([*PRACTICES, ""]),
        "sent_at": iso(at - dt.timedelta(minutes=1)), "completed_at": iso(at),
        "num_pages": rng.choice([1, 1, 2, 2, 3, 4, 6, 12, 28]),
        "fax_status": "success" if ok else "failure",
        "callback_status": rng.choices(["success", "pending", "failed"], [90, 7, 3])[0],
        "error_details": None if ok else {"message": "Transmission interrupted at page 2"},
        "is_test": False, "client": rng.choice(clients),
        "document_classification": rng.choice(list(Classification)).value if classified else None,
        "patient_name": person(rng) if classified else None,
        "patient_dob": birth_date(rng) if classified else None,
        "patient_gender": rng.choice(["female", "male"]) if classified else None,
        "summary": rng.choice(SUMMARIES) if classified else None,
    }


@dataclass
class Dataset:
    records: list[Any]
    updates: list[list[Any]]  # two alternating versions of the same 100 records
    client_names: dict[str, str] = field(default_factory=dict)
    unread: set[str] = field(default_factory=set)


def make_sent(rows: int, rng: random.Random, now: dt.datetime) -> Dataset:
    to_pool, from_pool = phone_pool(rng, 1500), phone_pool(rng, 3)
    senders = [person(rng) for _ in range(12)]
    raws = [sent_raw(rng, i, now, to_pool, from_pool, senders) for i in range(rows)]
    recent = raws[:UPDATES]  # live updates concern the newest faxes, on screen
    delivered = [SentFax.from_api({
        **r, "sent_status": "success", "view_count": r["view_count"] + 1,
        "completed_at": iso(dt.datetime.fromisoformat(r["sent_at"]) + dt.timedelta(minutes=7)),
    }) for r in recent]
    sending = [SentFax.from_api({**r, "sent_status": "inprogress", "completed_at": None})
               for r in recent]
    # every update changes what the row shows (completed +7 min is never in the originals)
    return Dataset([SentFax.from_api(r) for r in raws], [delivered, sending])


def make_received(rows: int, rng: random.Random, now: dt.datetime) -> Dataset:
    clients = [f"{rng.getrandbits(64):016x}" for _ in range(6)]
    names = dict(zip(clients, ["Main office", "Cardiology", "Billing", "Front desk", "Lab",
                               "Dr. Patel"], strict=True))
    from_pool, to_pool = phone_pool(rng, 2000), phone_pool(rng, 4)
    raws = [received_raw(rng, i, now, from_pool, to_pool, clients) for i in range(rows)]
    recent = raws[:UPDATES]  # the AI classification / callback result arriving for new faxes
    for r in recent:  # so that every update changes what the row shows
        r.update(callback_status="success", document_classification="Prior Authorization")
    pending = [ReceivedFax.from_api({**r, "callback_status": "pending",
                                     "document_classification": None}) for r in recent]
    classified = [ReceivedFax.from_api({**r, "callback_status": "success",
                                        "document_classification": "Referral"}) for r in recent]
    records = [ReceivedFax.from_api(r) for r in raws]
    unread = {r.send_token for r in records[:300] if rng.random() < 0.5}
    return Dataset(records, [classified, pending], names, unread)
