"""The sandbox's "Medsender AI": document classification, patient fields and a summary.

A transparent heuristic over the document's text layer: weighted keyword scoring for the
seven classes (phrases in the title count triple), labelled-field extraction for the
patient (see :mod:`ai_fields`), and a one-line summary built from the field that matters for
the class (the reason for a referral, the flagged tests of a lab result, ...). A scanned
image without a text layer honestly yields "Other" and no fields.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from medsender_desktop.sandbox.ai_fields import (
    find_dob,
    find_gender,
    find_patient_name,
    find_phone,
    lines_of,
)
from medsender_desktop.wire import Classification

#: (pattern, weight) per class; patterns are case-insensitive regexes.
KEYWORDS: dict[Classification, tuple[tuple[str, int], ...]] = {
    Classification.REFERRAL: (
        (r"\breferral\b", 4), (r"\brefer(?:red|ring)?\b", 2), (r"\bconsult(?:ation)?\b", 2),
        (r"reason for referral", 5), (r"\bspecialist\b", 2), (r"please (?:see|evaluate)", 3),
        (r"\bappointment\b", 1), (r"\bevaluate and treat\b", 3),
    ),
    Classification.LAB_RESULT: (
        (r"\blab(?:oratory)?\b", 3), (r"\bresults?\b", 1), (r"reference (?:range|interval)", 5),
        (r"\bspecimen\b", 3), (r"\bcollected\b", 2), (r"\bhemoglobin\b", 2), (r"\bglucose\b", 2),
        (r"\b(?:cbc|cmp|bmp|lipid panel|a1c|tsh|wbc|rbc|ldl|hdl)\b", 2), (r"\bpanel\b", 2),
        (r"\bmg/dl\b", 2), (r"\bmmol/l\b", 2), (r"\b(?:abnormal|critical)\b", 1),
        (r"\bflag\b", 2), (r"\bpathology\b", 3),
    ),
    Classification.PRIOR_AUTHORIZATION: (
        (r"prior auth(?:orization)?", 6), (r"pre-?authorization", 6),
        (r"authorization request", 5), (r"medical necessity", 4), (r"\bcpt\b", 2),
        (r"\bicd-?10\b", 1), (r"utilization (?:review|management)", 4),
        (r"\bapprov(?:al|ed)\b", 1), (r"\bdenied\b", 1), (r"step therapy", 3),
    ),
    Classification.PRESCRIPTION: (
        (r"\bprescription\b", 4), (r"\brx\b", 3), (r"\bsig\s*:", 4), (r"\brefills?\b", 3),
        (r"\bdispense\b", 3), (r"\bpharmacy\b", 2), (r"\b\d+\s?mg\b", 1), (r"\btablets?\b", 2),
        (r"\bcapsules?\b", 2), (r"\bdea\b", 2), (r"\btake \d+", 2), (r"\bby mouth\b", 2),
        (r"\bsubstitution\b", 2),
    ),
    Classification.INSURANCE: (
        (r"\binsurance\b", 3), (r"\bmember id\b", 3), (r"\bgroup (?:number|no|#)", 3),
        (r"\bpolicy\b", 2), (r"\beligibility\b", 3), (r"explanation of benefits", 6),
        (r"\beob\b", 3), (r"\bclaim\b", 2), (r"\bpayer\b", 2), (r"\bsubscriber\b", 2),
        (r"\bcopay\b", 2), (r"\bdeductible\b", 2), (r"\bcoverage\b", 2), (r"\bpremium\b", 2),
    ),
    Classification.MEDICAL_RECORDS: (
        (r"medical records?", 5), (r"history and physical", 5), (r"progress note", 5),
        (r"discharge summary", 6), (r"chief complaint", 4), (r"assessment and plan", 4),
        (r"\bhpi\b", 3), (r"past medical history", 4), (r"vital signs", 3),
        (r"\bphysical exam(?:ination)?\b", 3), (r"\bdiagnos[ie]s\b", 1), (r"\ballergies\b", 2),
        (r"\bencounter\b", 2), (r"office visit", 3),
    ),
}
_COMPILED = {
    cls: tuple((re.compile(p, re.IGNORECASE), w) for p, w in pats) for cls, pats in KEYWORDS.items()
}
MIN_SCORE = 5
TITLE_LINES = 3
TITLE_FACTOR = 3
HITS_CAP = 4
SUMMARY_MAX = 160


@dataclass(frozen=True)
class Extraction:
    document_classification: str
    patient_name: str | None
    patient_dob: str | None
    gender: str | None
    phone_number: str | None
    summary: str

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def scores(text: str) -> dict[Classification, int]:
    lines = lines_of(text)
    title = " ".join(lines[:TITLE_LINES])
    found: dict[Classification, int] = {}
    for cls, patterns in _COMPILED.items():
        total = 0
        for pattern, weight in patterns:
            hits = min(HITS_CAP, len(pattern.findall(text)))
            in_title = 1 if pattern.search(title) else 0
            total += weight * (hits + (TITLE_FACTOR - 1) * in_title)
        found[cls] = total
    return found


def classify(text: str) -> Classification:
    ranked = scores(text)
    best = max(ranked, key=lambda cls: ranked[cls])  # dict order breaks ties deterministically
    return best if ranked[best] >= MIN_SCORE else Classification.OTHER


def _labelled(lines: list[str], *labels: str) -> str | None:
    pattern = re.compile(r"\b(?:" + "|".join(labels) + r")\s*[:\-]\s*(.+)", re.IGNORECASE)
    for line in lines:
        match = pattern.search(line)
        if match and match.group(1).strip():
            return match.group(1).strip().rstrip(".")
    return None


_FLAGGED = re.compile(
    r"^(?P<test>[A-Za-z][A-Za-z0-9 ,()/%\-]*?)\s+[<>]?\d+(?:\.\d+)?\b.*?\s(?P<flag>H|L|HIGH|LOW|"
    r"CRITICAL|ABNORMAL|A)\s*$",
    re.IGNORECASE,
)
#: labels of a one-result-per-line layout ("Test: A1c  Result: 7.9 %  Flag: HIGH")
_RESULT_LABELS = re.compile(
    r"\b(?:Test(?:s)?(?: Name)?|Analyte|Result|Value|Reference(?: range| interval)?|Ref"
    r"|Units?|Flag)\s*:\s*", re.IGNORECASE,
)
_VALUE_AFTER_NAME = re.compile(r"\s+[<>]?\d+(?:\.\d+)?\b.*$")
_FLAG_WORDS = {"h": "high", "l": "low", "a": "abnormal"}


def flagged_results(lines: list[str]) -> list[tuple[str, str]]:
    """(test, flag) for every result line flagged out of range, in either layout."""
    found = []
    for line in lines:
        match = _FLAGGED.match(_RESULT_LABELS.sub("", line).strip())
        if match:
            flag = match.group("flag").lower()
            found.append((match.group("test").strip(), _FLAG_WORDS.get(flag, flag)))
    return found


def _lab_summary(lines: list[str]) -> str:
    """Names the flagged results; says "no values flagged abnormal" only when none is (a
    labelled one-result line, "Test: A1c  Result: 7.9 %  Flag: HIGH", counts too)."""
    panel = _labelled(lines, "Test(?:s)?(?: Name)?", "Panel", "Order(?:ed)?")
    if panel:  # the test's name only, never its value or flag
        panel = _VALUE_AFTER_NAME.sub("", _RESULT_LABELS.split(panel)[0]).strip() or None
    flagged = [f"{test} {flag}" for test, flag in flagged_results(lines)]
    lead = f"Lab results: {panel}" if panel else "Lab results"
    if flagged:
        return f"{lead}; abnormal: {', '.join(flagged[:4])}" + (
            f" and {len(flagged) - 4} more" if len(flagged) > 4 else "")
    return f"{lead}; no values flagged abnormal"


def summarize(text: str, cls: Classification) -> str:
    lines = lines_of(text)
    if not lines:
        return "No readable text (a scanned image without a text layer)."
    title = lines[0]
    if cls is Classification.REFERRAL:
        to = _labelled(lines, "Referred to", "Refer to", "Specialty", "Referral to")
        why = _labelled(lines, "Reason for referral", "Reason", "Diagnosis")
        summary = "Referral" + (f" to {to}" if to else "") + (f" for {why}" if why else "")
    elif cls is Classification.LAB_RESULT:
        summary = _lab_summary(lines)
    elif cls is Classification.PRIOR_AUTHORIZATION:
        what = _labelled(lines, "Requested (?:service|procedure|medication|drug)s?",
                         "Service requested", "Procedure", "Medication")
        summary = "Prior authorization request" + (f" for {what}" if what else "")
    elif cls is Classification.PRESCRIPTION:
        drug = _labelled(lines, "Medication", "Rx", "Drug")
        sig = _labelled(lines, "Sig")
        summary = "Prescription" + (f" for {drug}" if drug else "") + (f" ({sig})" if sig else "")
    elif cls is Classification.INSURANCE:
        payer = _labelled(lines, "Payer", "Insurance(?: company| carrier)?", "Plan", "Carrier")
        summary = f"Insurance document: {title}" + (f" from {payer}" if payer else "")
    elif cls is Classification.MEDICAL_RECORDS:
        what = _labelled(lines, "Chief complaint", "Reason for visit", "Assessment", "Diagnosis")
        summary = f"Medical records: {title}" + (f"; {what}" if what else "")
    else:
        summary = title
    summary = " ".join(summary.split())
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 3].rstrip() + "..."
    return summary if summary.endswith((".", "...")) else summary + "."


def extract(text: str) -> Extraction:
    """Everything the AI endpoint reports, from a document's text layer."""
    cls = classify(text)
    name = find_patient_name(text)
    return Extraction(
        document_classification=str(cls),
        patient_name=name,
        patient_dob=find_dob(text),
        gender=find_gender(text),
        phone_number=find_phone(text, name),
        summary=summarize(text, cls),
    )
