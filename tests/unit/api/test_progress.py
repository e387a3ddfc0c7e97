"""Upload progress: a callback with bytes sent / total for every file upload."""

from __future__ import annotations

from medsender_desktop.api import FaxRequest, SecureEmailRequest
from tests.paths import CORPUS

PDF = CORPUS / "pdflatex-4-pages.pdf"


async def _upload(client, fake, call):
    events: list[tuple[int, int]] = []
    await call(lambda sent, total: events.append((sent, total)))
    return events


async def test_progress_reports_monotonic_bytes_up_to_total(client, fake):
    fake.on("POST", "/sent_faxes", {"message": "ok", "faxId": "f1"})
    fake.on("POST", "/emails", {"message": "ok", "emailId": "e1"})
    fake.on("POST", "/ai_documents", {"message": "ok", "ai_token": "a1"})
    size = PDF.stat().st_size
    calls = [
        lambda cb: client.send_fax(FaxRequest(
            to_numbers=("9174732192",), from_number="9177572947", files=(PDF,),
        ), progress=cb),
        lambda cb: client.send_email(SecureEmailRequest(
            file=PDF, recipient_email="a@example.com", sender_name="S",
        ), progress=cb),
        lambda cb: client.run_ai(PDF, progress=cb),
    ]
    for call in calls:
        events = await _upload(client, fake, call)
        assert events, "no progress reported"
        assert all(total == size for _, total in events)
        sent = [s for s, _ in events]
        assert sent == sorted(sent) and sent[-1] == size
        assert len(set(sent)) == len(sent)


async def test_a_large_upload_reports_progress_in_many_steps(client, fake):
    from medsender_desktop.documents import generate_document, pad_pdf

    data = pad_pdf(generate_document(pages=2, title="Scan"), 1024 * 1024)
    fake.on("POST", "/sent_faxes", {"message": "ok", "faxId": "f1"})
    events: list[tuple[int, int]] = []
    await client.send_fax(FaxRequest(
        to_numbers=("9174732192",), from_number="9177572947", files=(data,),
    ), progress=lambda sent, total: events.append((sent, total)))
    sent = [s for s, _ in events]
    assert len(events) >= 8  # streamed in chunks, not reported once at the end
    assert sent == sorted(sent) and sent[0] < len(data) and sent[-1] == len(data)
    assert {total for _, total in events} == {len(data)}
    assert data in fake.seen[-1].body  # what was counted is what went out
