"""Building signed Medsender callbacks (as the contract describes them) for relay tests."""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from fpdf import FPDF

from medsender_desktop import wire
from medsender_desktop.relay import RelaySettings

API_KEY: Final = "sk_test_relay_signing_key_0123456789"
RELAY_TOKEN: Final = "relay-token-for-the-practice-desktops"
ENCRYPTION_KEY: Final = bytes(range(100, 132))
from tests.paths import CORPUS  # noqa: E402

# PHI that must never appear in plaintext at rest
PATIENT_NAME: Final = "Philippa Quuxworthington"
PATIENT_DOB: Final = "1961-04-12"
FROM_NUMBER: Final = "+14155550187"
TO_NUMBER: Final = "+12125550143"
CALLER_NAME: Final = "Zebulon Ridgeway Clinic"


def settings_for(data_dir: Path, **overrides: Any) -> RelaySettings:
    values: dict[str, Any] = {
        "data_dir": data_dir, "api_key": API_KEY, "relay_token": RELAY_TOKEN,
        "encryption_key": ENCRYPTION_KEY,
    }
    values.update(overrides)
    return RelaySettings(**values)


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {RELAY_TOKEN}"}


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_iso(delta: timedelta = timedelta()) -> str:
    return iso(datetime.now(tz=UTC) + delta)


def new_token() -> str:
    return secrets.token_hex(6)


def phi_pdf() -> bytes:
    """An uncompressed PDF whose text (the patient's name) is visible in its raw bytes."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(text=f"Referral for {PATIENT_NAME}, DOB {PATIENT_DOB}, call {FROM_NUMBER}")
    data = bytes(pdf.output())
    assert PATIENT_NAME.encode() in data
    return data


def corpus_pdf(name: str = "minimal-document.pdf") -> bytes:
    return (CORPUS / name).read_bytes()


def sent_fax_details(token: str, status: str = "success", completed_at: str | None = None) -> dict:
    return {
        "fromNumber": FROM_NUMBER, "toNumber": TO_NUMBER, "patientName": PATIENT_NAME,
        "patientDob": PATIENT_DOB, "sendToken": token, "sentStatus": status,
        "sentAt": now_iso(timedelta(minutes=-2)), "completedAt": completed_at or now_iso(),
        "recipientName": "Dr. Ada Example", "isTest": True, "errorDetails": None,
    }


def received_fax_details(token: str, completed_at: str | None = None) -> dict:
    return {
        "fromNumber": FROM_NUMBER, "toNumber": TO_NUMBER, "sendToken": token,
        "callerName": CALLER_NAME, "sentAt": now_iso(timedelta(minutes=-1)),
        "completedAt": completed_at or now_iso(), "numPages": 1, "isTest": True,
        "faxStatus": "success", "errorDetails": None, "patientName": PATIENT_NAME,
    }


def email_details(email_id: str, completed_at: str | None = None) -> dict:
    return {
        "emailId": email_id, "recipientEmail": "ada@example.org", "patientName": PATIENT_NAME,
        "emailStatus": "success", "completedAt": completed_at or now_iso(), "isTest": True,
    }


def ai_details(ai_token: str) -> dict:
    return {
        "aiResult": {
            "ai_token": ai_token, "patient_name": PATIENT_NAME, "patient_dob": "04/12/1961",
            "document_classification": "Referral", "phone_number": FROM_NUMBER,
            "summary": "Referral to cardiology",
        }
    }


@dataclass(frozen=True)
class Callback:
    """One callback as Medsender would POST it; ``request_kwargs()`` feeds httpx."""

    kind: str
    details: dict
    file: bytes | None = None
    signature: str | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)

    @property
    def token(self) -> str:
        return wire.callback_token(self.kind, self.details)[0]

    def request_kwargs(self) -> dict[str, Any]:
        token, completed_at = wire.callback_token(self.kind, self.details)
        signature = self.signature if self.signature is not None else wire.sign(
            API_KEY, token, completed_at
        )
        headers = {**({wire.SIGNATURE_HEADER: signature} if signature else {}),
                   **self.extra_headers}
        field_name = wire.AI_DETAILS_FIELD if self.kind == "ai" else wire.RECORD_DETAILS_FIELD
        data = {field_name: json.dumps(self.details)}
        kwargs: dict[str, Any] = {"data": data, "headers": headers}
        if self.file is not None:
            kwargs["files"] = {wire.FILE_FIELD: ("referral.pdf", self.file, "application/pdf")}
        return kwargs


def sample_callbacks(pdf: bytes) -> list[Callback]:
    """One of each kind."""
    return [
        Callback("sent_fax", sent_fax_details(new_token())),
        Callback("received_fax", received_fax_details(new_token()), file=pdf),
        Callback("email", email_details(new_token())),
        Callback("ai", ai_details(new_token())),
    ]


def db_rows(data_dir: Path) -> list[tuple]:
    """Every event row, read straight from the relay's SQLite file."""
    conn = sqlite3.connect(data_dir / "relay.sqlite3")
    try:
        return conn.execute("SELECT id, kind, token, status, file_id FROM events ORDER BY id").fetchall()
    finally:
        conn.close()


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file under the data directory with its bytes (db, WAL, shm and documents)."""
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*"))
            if p.is_file()}
