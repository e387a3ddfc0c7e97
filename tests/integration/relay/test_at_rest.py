"""A copied data directory reveals no PHI (no names, numbers or document bytes in plaintext),
and neither do the relay's logs."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.relay import create_app
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.support import (
    API_KEY,
    CALLER_NAME,
    ENCRYPTION_KEY,
    FROM_NUMBER,
    PATIENT_DOB,
    PATIENT_NAME,
    RELAY_TOKEN,
    TO_NUMBER,
    Callback,
    auth,
    corpus_pdf,
    new_token,
    phi_pdf,
    received_fax_details,
    sample_callbacks,
    sent_fax_details,
    settings_for,
    snapshot,
)


def forbidden_needles(pdfs: list[bytes]) -> dict[str, bytes]:
    needles = {
        "patient name": PATIENT_NAME.encode(),
        "patient name (utf-16)": PATIENT_NAME.encode("utf-16-le"),
        "patient surname": PATIENT_NAME.split()[-1].encode(),
        "date of birth": PATIENT_DOB.encode(),
        "caller name": CALLER_NAME.encode(),
        "pdf header": b"%PDF-",
    }
    for number in (FROM_NUMBER, TO_NUMBER):
        needles[f"number {number[-4:]}"] = number.encode()
        needles[f"national number {number[-4:]}"] = number[2:].encode()
    for index, pdf in enumerate(pdfs):  # 48-byte windows spread through each document
        for offset in range(0, len(pdf) - 48, max(1, len(pdf) // 40)):
            window = pdf[offset : offset + 48]
            if len(set(window)) > 8:  # skip runs of padding that could match by chance
                needles[f"pdf {index} @ {offset}"] = window
    return needles


def assert_no_plaintext(data_dir: Path, needles: dict[str, bytes]) -> None:
    files = snapshot(data_dir)
    assert any(name.startswith("files/") for name in files)
    for name, content in files.items():
        leaks = [label for label, needle in needles.items() if needle in content]
        assert leaks == [], f"{name} contains {leaks}"


def test_the_data_directory_holds_no_plaintext_phi(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "relay-data")
    pdfs = [phi_pdf(), corpus_pdf("minimal-document.pdf"), corpus_pdf("pdflatex-4-pages.pdf")]
    callbacks = sample_callbacks(pdfs[0]) + [
        Callback("received_fax", received_fax_details(new_token()), file=pdf) for pdf in pdfs[1:]
    ]
    needles = forbidden_needles(pdfs)
    with BackgroundServer(create_app(settings)) as server, \
            httpx.Client(base_url=server.url, timeout=10) as client:
        for callback in callbacks:
            assert client.post("/callbacks", **callback.request_kwargs()).status_code == 200
        events = client.get("/events", headers=auth()).json()["events"]
        # the relay does hold them: decrypted on the way out
        assert PATIENT_NAME in str([e["payload"] for e in events])
        assert {client.get(f"/files/{e['file_id']}", headers=auth()).content
                for e in events if e["file_id"]} == set(pdfs)
        # while running: the database, its write-ahead log and shared memory, the documents
        assert (settings.data_dir / "relay.sqlite3-wal").exists()
        assert_no_plaintext(settings.data_dir, needles)
    assert_no_plaintext(settings.data_dir, needles)  # after shutdown (WAL checkpointed)


def test_the_relay_logs_no_phi_and_no_secrets(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Accepted, repeated, forged, malformed and oversized callbacks, documents and reads:
    whatever the relay logs about them (any level, with tracebacks) names no patient, number
    or secret."""
    caplog.set_level(logging.DEBUG)
    settings = settings_for(tmp_path / "relay-data", max_body_bytes=64 * 1024)
    pdf = phi_pdf()
    fax = Callback("received_fax", received_fax_details(new_token()), file=pdf)
    forged = Callback("sent_fax", sent_fax_details(new_token()), signature="ab" * 32)
    oversized = Callback("received_fax", received_fax_details(new_token()), file=pdf + b"\0" * 70_000)
    with BackgroundServer(create_app(settings)) as server, \
            httpx.Client(base_url=server.url, timeout=10) as client:
        statuses = [client.post("/callbacks", **c.request_kwargs()).status_code
                    for c in (*sample_callbacks(pdf), fax, fax, forged, oversized)]
        malformed = client.post(  # half a JSON object that names the patient
            "/callbacks/sent_fax", data={"recordDetails": f'{{"patientName": "{PATIENT_NAME}"'},
            headers={wire.SIGNATURE_HEADER: "00" * 32})  # well-shaped, wrong
        events = client.get("/events", headers=auth()).json()["events"]
        file_id = next(e["file_id"] for e in events if e["file_id"])
        assert client.get(f"/files/{file_id}", headers=auth()).content == pdf
        assert client.get("/events", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert statuses == [200, 200, 200, 200, 200, 200, 401, 413] and malformed.status_code == 400
    assert PATIENT_NAME not in malformed.text
    formatter = logging.Formatter()
    logged = "\n".join(
        record.getMessage() + (formatter.formatException(record.exc_info) if record.exc_info else "")
        for record in caplog.records
    )
    assert "callback stored" in logged and "refused a callback" in logged  # the relay did log
    needles = {"api key": API_KEY, "relay token": RELAY_TOKEN,
                "encryption key": ENCRYPTION_KEY.hex(), "patient surname": PATIENT_NAME.split()[-1],
                "caller": CALLER_NAME, "from number": FROM_NUMBER[2:], "to number": TO_NUMBER[2:],
                "date of birth": PATIENT_DOB, "file name": "referral.pdf"}
    leaks = [label for label, needle in needles.items() if needle in logged]
    assert leaks == [], leaks
