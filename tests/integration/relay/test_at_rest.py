"""A copied data directory reveals no PHI: no names, numbers or document bytes in plaintext."""

from __future__ import annotations

from pathlib import Path

import httpx

from medsender_desktop.relay import create_app
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.support import (
    CALLER_NAME,
    FROM_NUMBER,
    PATIENT_DOB,
    PATIENT_NAME,
    TO_NUMBER,
    Callback,
    auth,
    corpus_pdf,
    new_token,
    phi_pdf,
    received_fax_details,
    sample_callbacks,
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
