from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from medsender_desktop.documents import DocumentWorker
from tests.paths import CORPUS


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """One entry of the corpus MANIFEST.json."""

    name: str
    pages: int
    encrypted: bool

    @property
    def path(self) -> Path:
        return CORPUS / self.name


def corpus_files() -> list[CorpusFile]:
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    return [
        CorpusFile(
            name=entry["file"], pages=int(entry["pages"]), encrypted=bool(entry["encrypted"])
        )
        for entry in manifest["files"]
    ]


@pytest.fixture
def worker() -> Iterator[DocumentWorker]:
    with DocumentWorker() as document_worker:
        yield document_worker
