"""Every real-world file of the corpus (tests/data/corpus), through real pdfium and Pillow."""

from __future__ import annotations

import pytest

from medsender_desktop.documents import AI_KINDS, FAX_KINDS, DocumentWorker, FileKind, sniff
from medsender_desktop.errors import DocumentError
from tests.paths import CORPUS
from tests.unit.documents.conftest import CorpusFile, corpus_files
from tests.unit.documents.pixels import ink_pixels, is_opaque

ENTRIES = corpus_files()
READABLE = [entry for entry in ENTRIES if not entry.encrypted]
ENCRYPTED = [entry for entry in ENTRIES if entry.encrypted]


def _id(entry: CorpusFile) -> str:
    return entry.name


def test_the_corpus_has_pdfs_tiffs_and_an_encrypted_file() -> None:
    kinds = {sniff(entry.path.read_bytes()) for entry in ENTRIES}
    assert kinds == {FileKind.PDF, FileKind.TIFF}
    assert [entry.name for entry in ENCRYPTED] == ["libreoffice-writer-password.pdf"]


@pytest.mark.parametrize("entry", READABLE, ids=_id)
async def test_inspect_accepts_the_file_with_the_manifest_page_count(
    worker: DocumentWorker, entry: CorpusFile
) -> None:
    path = entry.path
    data = path.read_bytes()
    info = await worker.inspect(path)
    assert info.pages == entry.pages
    assert info.size == len(data)
    assert info.kind in FAX_KINDS
    assert info.kind is sniff(data)
    assert info == await worker.inspect(data, allowed=AI_KINDS)
    assert await worker.page_count(data) == entry.pages


@pytest.mark.parametrize("entry", READABLE, ids=_id)
async def test_every_page_renders_with_ink(worker: DocumentWorker, entry: CorpusFile) -> None:
    data = entry.path.read_bytes()
    thumbnails = await worker.render_thumbnails(data, max_side=128)
    assert [page.index for page in thumbnails] == list(range(entry.pages))
    for thumbnail in thumbnails:
        assert max(thumbnail.width, thumbnail.height) == 128
        assert is_opaque(thumbnail)
    assert ink_pixels(thumbnails[0]) > 0
    last = entry.pages - 1
    natural = await worker.render_page(data, last)
    double = await worker.render_page(data, last, scale=2.0)
    assert abs(double.width - 2 * natural.width) <= 2
    assert abs(double.height - 2 * natural.height) <= 2
    assert ink_pixels(double) > 0


@pytest.mark.parametrize("entry", READABLE, ids=_id)
async def test_to_pdf_keeps_the_page_count(worker: DocumentWorker, entry: CorpusFile) -> None:
    data = entry.path.read_bytes()
    pdf = await worker.to_pdf(data)
    assert sniff(pdf) is FileKind.PDF
    assert (await worker.inspect(pdf)).pages == entry.pages


async def test_text_layer_of_a_real_pdf(worker: DocumentWorker) -> None:
    text = await worker.extract_text((CORPUS / "pdflatex-4-pages.pdf").read_bytes())
    assert text.count("\f") == 3
    assert all(page.strip() for page in text.split("\f"))


@pytest.mark.parametrize("entry", ENCRYPTED, ids=_id)
@pytest.mark.parametrize("allowed", [FAX_KINDS, AI_KINDS], ids=["fax", "ai"])
async def test_password_protected_pdf_is_refused_as_encrypted(
    worker: DocumentWorker, entry: CorpusFile, allowed: frozenset[FileKind]
) -> None:
    path = entry.path
    with pytest.raises(DocumentError) as refused:
        await worker.inspect(path, allowed=allowed)
    assert refused.value.reason == "encrypted"
    assert str(refused.value) == (
        "This PDF is password-protected. Remove the password (print it to a new PDF) and try again."
    )
    assert isinstance(refused.value.__cause__, Exception)  # translated once, from pdfium's error
    for operation in (worker.page_count, worker.extract_text, worker.render_thumbnails):
        with pytest.raises(DocumentError, match="password-protected") as again:
            await operation(path.read_bytes())
        assert again.value.reason == "encrypted"
