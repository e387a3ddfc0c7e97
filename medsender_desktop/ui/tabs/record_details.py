"""Every field of a sent or received record as the detail panes show it: plain words, never
the API's codes (no "send token", "both", "activated" or "callback")."""

from __future__ import annotations

import re

from medsender_desktop.api import Email, ReceivedFax, SentFax
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.models.sent_model import status_look

type Details = tuple[str, list[tuple[str, str]], str | None]  # title, (label, value) rows, failure


def _test_row(is_test: bool) -> list[tuple[str, str]]:
    return [fmt.TEST_RECORD] if is_test else []


def sent_details(record: SentRecord) -> Details:
    """Title, every field as (label, value), and the failure explained in plain words."""
    look = status_look(record)
    if isinstance(record, Email):
        title = f"E-mail to {record.recipient_email or 'unknown'} — {look.words}"
        rows = [
            ("Status", look.words),
            ("To", record.recipient_email or ""), ("Recipient", record.recipient_name or ""),
            ("Sender", record.sender_name or ""), ("Reply to", record.reply_to_email or ""),
            ("Patient", record.patient_name or ""), ("Patient DOB", fmt.day(record.patient_dob)),
            ("Subject", record.subject or ""), ("Note", record.note or ""),
            ("Sent", fmt.when_long(record.sent_at)), ("Completed", fmt.when_long(record.completed_at)),
            ("Last viewed", fmt.when_long(record.last_viewed_at)),
            ("Link expires", fmt.when_long(record.expiry)),
            (fmt.ONLINE_ACCESS, fmt.record_status_words(record.record_status)),
            ("Reference", record.email_id), *_test_row(record.is_test),
        ]
        return title, rows, record.error_text
    title = f"Fax to {fmt.phone(record.to_number) or 'unknown'} — {look.words}"
    rows = [
        ("Status", look.words),
        ("From", fmt.phone(record.from_number)), ("To", fmt.phone(record.to_number)),
        ("Recipient", record.recipient_name or ""), ("Sender", record.sender_name or ""),
        ("Patient", record.patient_name or ""), ("Patient DOB", fmt.day(record.patient_dob)),
        ("Note", record.note or ""), ("Sent as", fmt.document_type_words(record.document_type)),
        ("Sent", fmt.when_long(record.sent_at)), ("Completed", fmt.when_long(record.completed_at)),
        ("Online access until", fmt.when_long(record.expiry)),
        ("Times viewed online", str(record.view_count)),
        (fmt.ONLINE_ACCESS, fmt.record_status_words(record.record_status)),
        ("Reference", record.send_token), *_test_row(record.is_test),
    ]
    return title, rows, record.error_text


def attempt_lines(record: SentRecord) -> list[str]:
    """One line per try at the line: number, outcome in words, when."""
    if not isinstance(record, SentFax):
        return []
    lines = []
    for a in record.attempts:
        span = fmt.when_long(a.started_at)
        if a.ended_at:
            span += f"–{fmt.clock(a.ended_at)}"
        outcome = (a.result or "in progress").replace("_", " ")
        lines.append(f"{a.number}. {outcome[:1].upper()}{outcome[1:]} · {span}")
    return lines


def suggested_file_name(record: ReceivedFax) -> str:
    """A name that says what the file is without opening it, and holds no patient data:
    e.g. ``Fax 2024-05-01 from 617-555-0134.pdf``."""
    parts = ["Fax"]
    day = fmt.file_day(record.completed_at or record.sent_at)
    if day:
        parts.append(day)
    sender = re.sub(r"[^0-9]+", "-", fmt.phone(record.from_number)).strip("-")
    if sender:
        parts += ["from", sender]
    return " ".join(parts) + ".pdf"


def received_details(record: ReceivedFax, client_name: str) -> Details:
    look = fmt.received_look(record.fax_status)
    title = f"Fax from {record.caller_name or fmt.phone(record.from_number) or 'unknown'} — {look.words}"
    rows = [
        ("Status", look.words),
        ("From", fmt.phone(record.from_number)), ("Caller", record.caller_name or ""),
        ("To", fmt.phone(record.to_number)), ("Pages", str(record.num_pages or "")),
        ("Received", fmt.when_long(record.completed_at or record.sent_at)),
        ("Client", client_name),
        ("Document type", record.document_classification or ""),
        ("Patient", record.patient_name or ""), ("Patient DOB", fmt.day(record.patient_dob)),
        ("Patient gender", (record.patient_gender or "").capitalize()),
        ("Patient phone", fmt.phone(record.patient_phone)),
        ("Summary", record.summary or ""),
        (fmt.LIVE_UPDATE, fmt.callback_words(record.callback_status)),
        ("Reference", record.send_token), *_test_row(record.is_test),
    ]
    return title, rows, record.error_text
