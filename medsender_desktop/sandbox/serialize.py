"""Records as the API shows them: snake_case dicts, turned camelCase for the camel dialect.

Objects are built once in snake_case (the form fields' names); :func:`in_dialect` converts the
keys recursively. AI results stay snake_case in both dialects (the contract says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from medsender_desktop import wire
from medsender_desktop.sandbox.records import (
    AiJob,
    Client,
    Email,
    FaxNumber,
    Page,
    ReceivedFax,
    SentFax,
)


def camelize(value: Any) -> Any:
    if isinstance(value, dict):
        return {wire.camel_key(k): camelize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [camelize(v) for v in value]
    return value


def in_dialect(value: Any, dialect: str) -> Any:
    return camelize(value) if dialect == "camel" else value


LinkMaker = Callable[[str, str], str]  # (kind, token) -> secure link URL


def sent_fax(fax: SentFax, link: LinkMaker | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "send_token": fax.token,
        "from_number": fax.from_number,
        "to_number": fax.to_number,
        "recipient_name": fax.recipient_name,
        "sender_name": fax.sender_name,
        "patient_name": fax.patient_name,
        "patient_dob": fax.patient_dob,
        "note": fax.note,
        "record_status": fax.record_status,
        "sent_status": fax.sent_status,
        "document_type": fax.document_type,
        "num_pages": fax.num_pages,
        "view_count": fax.view_count,
        "sent_at": fax.sent_at,
        "completed_at": fax.completed_at,
        "expiry": fax.expiry,
        "error_details": fax.error_details,
        "is_test": bool(fax.is_test),
        "forwarded_from": fax.forwarded_from,
        "attempts": [dict(a) for a in fax.attempts],
    }
    if link is not None:
        body["secure_link"] = link("sent_faxes", fax.token)
    return body


def received_fax(fax: ReceivedFax, link: LinkMaker | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "send_token": fax.token,
        "from_number": fax.from_number,
        "to_number": fax.to_number,
        "caller_name": fax.caller_name,
        "sent_at": fax.sent_at,
        "received_at": fax.sent_at,  # the arrival time: what date filters and ordering use
        "completed_at": fax.completed_at,
        "num_pages": fax.num_pages,
        "is_test": bool(fax.is_test),
        "fax_status": fax.fax_status,
        "callback_status": fax.callback_status,
        "error_details": fax.error_details,
        "client": fax.client_id,
        "document_classification": fax.document_classification,
        "patient_name": fax.patient_name,
        "patient_dob": fax.patient_dob,
        "gender": fax.gender,
        "phone_number": fax.phone_number,
        "summary": fax.summary,
    }
    if link is not None and fax.num_pages > 0:  # a link only when some page arrived
        body["secure_link"] = link("received_faxes", fax.token)
    return body


def email(mail: Email, link: LinkMaker | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "email_id": mail.id,
        "send_token": mail.id,
        "recipient_email": mail.recipient_email,
        "recipient_name": mail.recipient_name,
        "sender_name": mail.sender_name,
        "reply_to_email": mail.reply_to_email,
        "patient_name": mail.patient_name,
        "patient_dob": mail.patient_dob,
        "subject": mail.subject,
        "note": mail.note,
        "email_status": mail.email_status,
        "record_status": mail.record_status,
        "sent_at": mail.sent_at,
        "completed_at": mail.completed_at,
        "expiry": mail.expiry,
        "view_count": mail.view_count,
        "last_viewed_at": mail.last_viewed_at,
        "error": mail.error,
        "is_test": bool(mail.is_test),
    }
    if link is not None:
        body["secure_link"] = link("emails", mail.id)
    return body


def number_uri(base: str, number_id: str) -> str:
    return f"{base}/fax_numbers/{number_id}"


def fax_number(number: FaxNumber, api_base: str) -> dict[str, Any]:
    client = None
    if number.client_id:
        client = {"client_id": number.client_id, "name": number.client_name}
    return {
        "id": number.id,
        "number": number.number,
        "client": client,
        "callback_url": number.callback_url,
        "uri": number_uri(api_base, number.id),
    }


def client(record: Client, numbers: list[FaxNumber], api_base: str) -> dict[str, Any]:
    return {
        "client_id": record.id,
        "name": record.name,
        "fax_numbers": [
            {
                "id": n.id,
                "number": n.number,
                "callback_url": n.callback_url,
                "uri": number_uri(api_base, n.id),
            }
            for n in numbers
        ],
    }


def ai_result(job: AiJob) -> dict[str, Any]:
    """The AI result, always snake_case."""
    found = job.result or {}
    return {
        "ai_token": job.token,
        "status": job.status,
        "patient_name": found.get("patient_name"),
        "patient_dob": found.get("patient_dob"),
        "document_classification": found.get("document_classification"),
        "gender": found.get("gender"),
        "phone_number": found.get("phone_number"),
        "summary": found.get("summary"),
        "created_at": job.created_at,
        "completed_at": job.completed_at,
    }


def meta(page: Page) -> dict[str, int]:
    return {
        "total_count": page.total,
        "total_pages": page.total_pages,
        "per_page": page.per_page,
        "page": page.page,
    }
