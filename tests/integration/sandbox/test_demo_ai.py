"""Over every received fax of the demo account (real PDFs, read back through pdfium), the AI
summary agrees with the document: a result printed with a flag is called abnormal, never
normal. Runs against the real sandbox over loopback in both dialects."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

import httpx
import pytest

from medsender_desktop.documents import DocumentWorker

from .conftest import Sandbox
from .settled import get

#: a result line as printed: a number somewhere, an out-of-range flag as its last word
FLAGGED_LINE = re.compile(r"\d.*\s(H|L|HIGH|LOW|CRITICAL|ABNORMAL)\s*$")
CALLS_NORMAL = re.compile(r"(?<!ab)normal|no values flagged", re.IGNORECASE)


@pytest.mark.parametrize("dialect", ["camel", "snake"])
async def test_demo_summaries_never_call_a_flagged_value_normal(
        make_sandbox: Callable[..., Sandbox], documents: DocumentWorker, dialect: str) -> None:
    sandbox = make_sandbox(demo=True, dialect=dialect)
    listed = get(sandbox, "/received_faxes", is_test="true", page_size=100)["received_faxes"]
    flagged_seen = 0
    for item in listed:
        fax = get(sandbox, f"/received_faxes/{item['send_token']}")
        if not fax["num_pages"]:
            assert fax["summary"] is None
            continue
        pdf = (await asyncio.to_thread(httpx.get, fax["secure_link"], trust_env=False)).content
        lines = (await documents.extract_text(pdf)).splitlines()
        flagged = [line for line in lines if FLAGGED_LINE.search(line.strip())]
        if flagged:
            flagged_seen += 1
            assert "abnormal:" in fax["summary"], (flagged, fax["summary"])
            assert not CALLS_NORMAL.search(fax["summary"]), fax["summary"]
        elif fax["document_classification"] == "Lab Result":
            assert fax["summary"].endswith("no values flagged abnormal."), fax["summary"]
    assert flagged_seen > 0 and len(listed) == 50
