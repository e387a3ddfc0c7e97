"""Where the tests' inputs live: inside the repository, never beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Final

DATA: Final = Path(__file__).resolve().parent / "data"
#: Real-world PDFs and TIFFs (CC-BY-SA-4.0, py-pdf/sample-files) with MANIFEST.json and license.
CORPUS: Final = DATA / "corpus"
