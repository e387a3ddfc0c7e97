"""Which patient a document is about (Medsender AI), and whether the cover sheet agrees.

Sending a patient's records under another patient's name is the classic fax breach. The send
dialog asks :class:`PatientReader` to read the document while the user fills the fields, pre-
fills an empty patient name and DOB from it, and :func:`mismatch` says, in words, when the
cover sheet names someone else. Plain asyncio; names and dates never reach logs.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass

from medsender_desktop.services.ai import AiService

log = logging.getLogger(__name__)

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True, repr=False)
class DocumentPatient:
    """The patient a document names (either may be unknown); ``dob`` is ``YYYY-MM-DD``."""

    name: str | None
    dob: str | None

    def __repr__(self) -> str:
        return f"DocumentPatient(name={'…' if self.name else None}, dob={'…' if self.dob else None})"

    @property
    def found(self) -> bool:
        return bool(self.name or self.dob)


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, case, accents, punctuation and titles ignored ("Kowalski, Grace"
    and "grace KOWALSKI" are the same words)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", plain)
    return frozenset(w for w in words if w not in _HONORIFICS and len(w) > 1)


def same_person(a: str, b: str) -> bool:
    """Whether two written names are one person: the same words, or one the other plus a
    middle name or initial (at least first and last name in common)."""
    left, right = name_tokens(a), name_tokens(b)
    if not left or not right:
        return True  # nothing to compare
    common = left & right
    return left == right or (len(common) >= 2 and common in (left, right))


def mismatch(document: DocumentPatient, cover_name: str | None, cover_dob: str | None) -> str | None:
    """A warning when the cover sheet names another patient than the document (else None)."""
    problems = []
    if document.name and cover_name and not same_person(document.name, cover_name):
        problems.append(f"the document is about {document.name}, but the cover sheet says {cover_name}")
    if document.dob and cover_dob and document.dob != cover_dob:
        problems.append(f"the document gives the date of birth {us_date(document.dob)}, "
                        f"the cover sheet {us_date(cover_dob)}")
    if not problems:
        return None
    return ("Check the patient: " + "; ".join(problems) + ". Sending a patient's records "
            "under another patient's name is a privacy breach.")


def us_date(iso: str) -> str:
    """``YYYY-MM-DD`` as US staff read it (MM/DD/YYYY); anything else unchanged."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


class PatientReader:
    """Reads a document's patient with Medsender AI (upload, then follow the job)."""

    def __init__(self, ai: AiService) -> None:
        self._ai = ai

    async def read(self, pdf: bytes) -> DocumentPatient:
        """The patient the AI finds (empty fields when it finds none or gives up)."""
        result = await self._ai.analyze(pdf)
        if not result.is_final:
            log.info("patient check gave up waiting for the AI")
            return DocumentPatient(None, None)
        return DocumentPatient(result.patient_name or None, _iso(result.patient_dob))
