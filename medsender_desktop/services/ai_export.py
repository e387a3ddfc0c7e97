"""The AI tab's results as CSV (one row per document), for a spreadsheet or an EHR import."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from medsender_desktop.services.address_book_csv import _safe
from medsender_desktop.services.ai_history import AiEntry

HEADER = ("File", "Status", "Classification", "Patient name", "Date of birth", "Gender",
          "Phone", "Summary", "Added (UTC)", "Problem")


def entries_csv(entries: Iterable[AiEntry]) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheets then read accents right); cells a
    spreadsheet would run as a formula are written as text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in entries:
        result = entry.result
        writer.writerow([_safe(v) for v in (
            entry.file_name, entry.state.value,
            (result.document_classification or "") if result else "",
            (result.patient_name or "") if result else "",
            (result.patient_dob or "") if result else "",
            (result.gender or "") if result else "",
            (result.phone_number or "") if result else "",
            (result.summary or "") if result else "",
            entry.added_at.strftime("%Y-%m-%d %H:%M"),
            entry.error,
        )])
    return out.getvalue().encode("utf-8-sig")
