"""Refusal messages: actionable sentences, never a file name, a path or the file's content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from medsender_desktop.documents import (
    AI_KINDS,
    DocumentWorker,
    Reason,
    generate_document,
    generate_tiff,
    pad_pdf,
)
from medsender_desktop.errors import DocumentError
from tests.paths import CORPUS

PHI_STEM = "Jane-Doe-1961-03-02-HIV-results"
SECRET_TEXT = "SSN 078-05-1120 Jane Doe"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "PNG")
    return buffer.getvalue()


def cases(folder: Path) -> dict[Reason, Path]:
    """One file named like a patient's record for every refusal reason."""
    contents = {
        Reason.EMPTY: b"",
        Reason.TOO_LARGE: pad_pdf(generate_document(pages=1, title=SECRET_TEXT), 30_000),
        Reason.WRONG_TYPE: png(),
        Reason.CORRUPT: b"%PDF-1.7\n" + SECRET_TEXT.encode() * 50,
        Reason.ENCRYPTED: (CORPUS / "libreoffice-writer-password.pdf").read_bytes(),
        Reason.TOO_MANY_PAGES: generate_document(pages=4, title=SECRET_TEXT),
    }
    paths = {Reason.MISSING: folder / "missing" / f"{PHI_STEM}.pdf"}
    for reason, data in contents.items():
        path = folder / reason.value / f"{PHI_STEM}.pdf"
        path.parent.mkdir()
        path.write_bytes(data)
        paths[reason] = path
    return paths


async def test_every_reason_is_worded_without_the_file_name(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    seen = set()
    for reason, path in cases(tmp_path).items():
        with pytest.raises(DocumentError) as refused:
            await worker.inspect(path, max_pages=3, max_bytes=20_000)
        error = refused.value
        assert error.reason == reason
        seen.add(error.reason)
        rendered = " ".join([str(error), repr(error), *map(str, error.args)])
        for secret in (PHI_STEM, "Jane", "Doe", str(tmp_path), path.name, "078-05-1120"):
            assert secret not in rendered, (reason, secret)
        assert error.message[0].isupper() and error.message.endswith(".")
        assert error.message.count(". ") >= 1  # what is wrong, then what to do about it
    assert seen == set(Reason)


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
async def test_underlying_errors_stay_in_the_cause_only(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    path = tmp_path / f"{PHI_STEM}.tiff"
    path.write_bytes(generate_tiff(2)[:200])
    with pytest.raises(DocumentError) as refused:
        await worker.inspect(path, allowed=AI_KINDS)
    assert refused.value.reason == "corrupt"
    assert refused.value.__cause__ is not None
    assert PHI_STEM not in str(refused.value)


async def test_missing_file_cause_does_not_leak_into_the_message(
    worker: DocumentWorker, tmp_path: Path
) -> None:
    path = tmp_path / f"{PHI_STEM}.pdf"
    with pytest.raises(DocumentError) as refused:
        await worker.inspect(path)
    assert isinstance(refused.value.__cause__, FileNotFoundError)
    assert PHI_STEM in str(refused.value.__cause__)  # the OS error names it ...
    assert PHI_STEM not in str(refused.value)  # ... the message shown to people does not
