"""The cover sheet: one Letter page whose text layer carries everything the recipient needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from medsender_desktop.documents import DocumentWorker, build_cover_sheet, cover_sheet, fonts
from tests.unit.documents.pixels import ink_pixels

SENT_AT = datetime(2025, 3, 14, 15, 9, tzinfo=UTC)


def sheet(**overrides: object) -> bytes:
    fields: dict[str, object] = {
        "sender_name": "Riverside Family Practice",
        "recipient_name": "Dr. Alicia Moreno",
        "from_number": "+15551230001",
        "to_number": "+15559870002",
        "patient_name": "Jordan Q. Patient",
        "patient_dob": "1984-07-21",
        "note": "Referral for cardiology consult; recent ECG attached.",
        "access_code": "K7Q2-93XA",
        "pages": 5,
        "sent_at": SENT_AT,
    }
    fields.update(overrides)
    return build_cover_sheet(**fields)  # type: ignore[arg-type]


def page_size(data: bytes) -> tuple[float, float]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return document[0].get_size()
    finally:
        document.close()


async def test_cover_sheet_text_has_every_field(worker: DocumentWorker) -> None:
    data = sheet()
    assert (await worker.inspect(data)).pages == 1
    assert await worker.run(page_size, data) == (612.0, 792.0)
    text = await worker.extract_text(data)
    for expected in (
        "Confidential Fax",
        "Riverside Family Practice",
        "Dr. Alicia Moreno",
        "+15551230001",
        "+15559870002",
        "Jordan Q. Patient",
        "1984-07-21",
        "Referral for cardiology consult; recent ECG attached.",
        "K7Q2-93XA",
        "5 pages plus this cover sheet",
        "March 14, 2025, 15:09 UTC",
        "Access this record digitally",
        "enter access code",
        "expires 30 days",
        "CONFIDENTIALITY NOTICE",
    ):
        assert expected in text, expected


async def test_cover_sheet_looks_like_a_page(worker: DocumentWorker) -> None:
    page = await worker.render_page(sheet(), 0, scale=0.5)
    assert (page.width, page.height) == (306, 396)
    assert ink_pixels(page) > 5000
    assert page.pixel(150, 10)[:3] == cover_sheet._ACCENT  # header band


async def test_title_url_singular_page_and_time_zone(worker: DocumentWorker) -> None:
    eastern = timezone(timedelta(hours=-5), "EST")
    text = await worker.extract_text(
        sheet(
            title="Urgent Records",
            pages=1,
            access_url="https://records.example",
            sent_at=SENT_AT.astimezone(eastern),
        )
    )
    assert "Urgent Records" in text and "Confidential Fax" not in text
    assert "1 page plus this cover sheet" in text
    assert "Go to https://records.example and enter access code" in text
    assert "March 14, 2025, 10:09 EST" in text


async def test_overlong_values_still_fit_on_one_page(worker: DocumentWorker) -> None:
    data = sheet(
        sender_name="Very Long Clinic Name " * 8,
        recipient_name="Dr. " + "Longname" * 20,
        note="This note goes on and on. " * 80,
    )
    assert (await worker.inspect(data)).pages == 1
    text = await worker.extract_text(data)
    assert "..." in text
    assert "K7Q2-93XA" in text and "CONFIDENTIALITY NOTICE" in text
    assert text.count("This note goes on and on.") < 80


async def test_blank_optional_fields(worker: DocumentWorker) -> None:
    text = await worker.extract_text(sheet(note="   ", patient_name="", patient_dob=""))
    assert "NOTE" not in text
    assert "K7Q2-93XA" in text


async def test_names_beyond_latin1(worker: DocumentWorker) -> None:
    text = await worker.extract_text(
        sheet(patient_name="Nguyễn Thị Łucja", sender_name="Ωmega Clinic")
    )
    if fonts.unicode_font_files() is None:
        assert "Nguyen Thi ?ucja" in text and "?mega Clinic" in text
    else:
        assert "Nguyễn Thị Łucja" in text and "Ωmega Clinic" in text


async def test_without_a_system_font_it_falls_back_to_helvetica(
    worker: DocumentWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "unicode_font_files", lambda: None)
    data = sheet(patient_name="Nguyễn Thị Łucja")
    text = await worker.extract_text(data)
    assert "Nguyen Thi ?ucja" in text
    assert b"/BaseFont /Helvetica" in data


def test_fold_to_latin1() -> None:
    assert fonts.fold_to_latin1("Zoë Ćwik \u2013 ﬁle 東") == "Zoë Cwik ? file ?"
