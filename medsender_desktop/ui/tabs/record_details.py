"""Every field of a sent or received record as the detail panes show it: plain words, never
the API's codes (no "send token", "both", "activated" or "callback")."""

from __future__ import annotations

import re

from medsender_desktop.api import Email, ReceivedFax, SentFax
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translate, translate_message
from medsender_desktop.ui.models.sent_model import status_look

type Details = tuple[str, list[tuple[str, str]], str | None]  # title, (label, value) rows, failure


def _test_row(is_test: bool) -> list[tuple[str, str]]:
    return [fmt.practice_data_row()] if is_test else []


def _error(text: str | None) -> str | None:
    return translate_message(text) if text else text


def sent_details(record: SentRecord) -> Details:
    """Title, every field as (label, value), and the failure explained in plain words."""
    look = status_look(record)
    unknown = translate("record_details", "unknown")
    if isinstance(record, Email):
        title = translate("record_details", "E-mail to {to} — {status}").format(
            to=record.recipient_email or unknown, status=look.words)
        rows = [
            (translate("record_details", "Status"), look.words),
            (translate("record_details", "To"), record.recipient_email or ""),
            (translate("record_details", "Recipient"), record.recipient_name or ""),
            (translate("record_details", "Sender"), record.sender_name or ""),
            (translate("record_details", "Reply to"), record.reply_to_email or ""),
            (translate("record_details", "Patient"), record.patient_name or ""),
            (translate("record_details", "Patient DOB"), fmt.day(record.patient_dob)),
            (translate("record_details", "Subject"), record.subject or ""),
            (translate("record_details", "Note"), record.note or ""),
            (translate("record_details", "Sent"), fmt.when_long(record.sent_at)),
            (translate("record_details", "Completed"), fmt.when_long(record.completed_at)),
            (translate("record_details", "Last viewed"), fmt.when_long(record.last_viewed_at)),
            (translate("record_details", "Link expires"), fmt.when_long(record.expiry)),
            (fmt.words(fmt.ONLINE_ACCESS), fmt.record_status_words(record.record_status)),
            (translate("record_details", "Reference"), record.email_id), *_test_row(record.is_test),
        ]
        return title, rows, _error(record.error_text)
    title = translate("record_details", "Fax to {to} — {status}").format(
        to=fmt.phone(record.to_number) or unknown, status=look.words)
    rows = [
        (translate("record_details", "Status"), look.words),
        (translate("record_details", "From"), fmt.phone(record.from_number)),
        (translate("record_details", "To"), fmt.phone(record.to_number)),
        (translate("record_details", "Recipient"), record.recipient_name or ""),
        (translate("record_details", "Sender"), record.sender_name or ""),
        (translate("record_details", "Patient"), record.patient_name or ""),
        (translate("record_details", "Patient DOB"), fmt.day(record.patient_dob)),
        (translate("record_details", "Note"), record.note or ""),
        (translate("record_details", "Sent as"), fmt.document_type_words(record.document_type)),
        (translate("record_details", "Sent"), fmt.when_long(record.sent_at)),
        (translate("record_details", "Completed"), fmt.when_long(record.completed_at)),
        (translate("record_details", "Online access until"), fmt.when_long(record.expiry)),
        (translate("record_details", "Times viewed online"), str(record.view_count)),
        (fmt.words(fmt.ONLINE_ACCESS), fmt.record_status_words(record.record_status)),
        (translate("record_details", "Reference"), record.send_token), *_test_row(record.is_test),
    ]
    return title, rows, _error(record.error_text)


def attempt_lines(record: SentRecord) -> list[str]:
    """One line per try at the line: number, outcome in words, when."""
    if not isinstance(record, SentFax):
        return []
    lines = []
    for a in record.attempts:
        span = fmt.when_long(a.started_at)
        if a.ended_at:
            span += f"–{fmt.clock(a.ended_at)}"
        outcome = (a.result or translate("record_details", "in progress")).replace("_", " ")
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
    title = translate("record_details", "Fax from {caller} — {status}").format(
        caller=record.caller_name or fmt.phone(record.from_number) or translate("record_details", "unknown"),
        status=look.words)
    rows = [
        (translate("record_details", "Status"), look.words),
        (translate("record_details", "From"), fmt.phone(record.from_number)),
        (translate("record_details", "Caller"), record.caller_name or ""),
        (translate("record_details", "To"), fmt.phone(record.to_number)),
        (translate("record_details", "Pages"), str(record.num_pages or "")),
        (translate("record_details", "Received"), fmt.when_long(record.completed_at or record.sent_at)),
        (translate("record_details", "Client"), client_name),
        (translate("record_details", "Document type"), record.document_classification or ""),
        (translate("record_details", "Patient"), record.patient_name or ""),
        (translate("record_details", "Patient DOB"), fmt.day(record.patient_dob)),
        (translate("record_details", "Patient gender"), (record.patient_gender or "").capitalize()),
        (translate("record_details", "Patient phone"), fmt.phone(record.patient_phone)),
        (translate("record_details", "Summary"), record.summary or ""),
        (fmt.words(fmt.LIVE_UPDATE), fmt.callback_words(record.callback_status)),
        (translate("record_details", "Reference"), record.send_token), *_test_row(record.is_test),
    ]
    return title, rows, _error(record.error_text)
