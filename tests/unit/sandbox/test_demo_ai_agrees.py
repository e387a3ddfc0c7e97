"""The demo AI's summaries agree with the values it extracts: over every document the demo
content can produce, a summary names each flagged result as abnormal and never calls a
flagged value normal (issue 16: "Hemoglobin A1c 7.9 % HIGH; no values flagged abnormal")."""

from __future__ import annotations

import random
import re

import pytest

from medsender_desktop.sandbox import ai, demo_content
from medsender_desktop.sandbox.demo_content import ClinicalDocument
from medsender_desktop.wire import Classification

SEEDS = range(24)  # enough draws that every random choice of every builder comes up
_CALLS_NORMAL = re.compile(r"(?<!ab)normal|no values flagged|within (?:the )?(?:reference )?range",
                           re.IGNORECASE)


def every_demo_document() -> list[ClinicalDocument]:
    return [demo_content.clinical_document(cls, patient, random.Random(seed))
            for cls in demo_content.CLINICAL_CLASSES for patient in demo_content.PATIENTS
            for seed in SEEDS]


def check_agrees(doc: ClinicalDocument, summary: str) -> None:
    if doc.flagged:
        assert not _CALLS_NORMAL.search(summary), summary
        abnormal = summary.partition("abnormal:")[2]
        for test in doc.flagged:
            assert re.search(re.escape(test) + r" (high|low|critical|abnormal)\b", abnormal,
                             re.IGNORECASE), (test, summary)
    elif doc.classification is Classification.LAB_RESULT:
        assert "no values flagged abnormal" in summary and "abnormal:" not in summary, summary


def test_every_demo_document_summary_agrees_with_its_flagged_values() -> None:
    documents = every_demo_document()
    seen = {(d.classification, bool(d.flagged)) for d in documents}
    assert (Classification.LAB_RESULT, True) in seen and (Classification.LAB_RESULT, False) in seen
    assert {d.title for d in documents if d.classification is Classification.LAB_RESULT} == {
        "Laboratory Report", "Hemoglobin A1c Laboratory Report"}
    for doc in documents:
        found = ai.extract("\n".join([doc.title, *doc.lines]))
        assert found.document_classification == doc.classification, doc.title
        check_agrees(doc, found.summary)


@pytest.mark.parametrize("line", [
    "Test: Hemoglobin A1c 7.9 % HIGH",  # the contradiction issue 16 reported
    "Test: Hemoglobin A1c    Result: 7.9 %    Reference range: 4.0-5.6    Flag: HIGH",
    "Hemoglobin A1c    7.9    %    4.0-5.6    H",
])
def test_a_flagged_result_is_never_summarised_as_normal(line: str) -> None:
    text = f"Laboratory Report\nSpecimen: blood, collected 08:15\n{line}\nSodium 139 mmol/L"
    summary = ai.summarize(text, Classification.LAB_RESULT)
    assert summary == "Lab results: Hemoglobin A1c; abnormal: Hemoglobin A1c high." or (
        summary == "Lab results; abnormal: Hemoglobin A1c high.")
    assert not _CALLS_NORMAL.search(summary)


def test_units_ending_in_a_flag_letter_are_not_flags() -> None:
    text = "Laboratory Report\nTest: Electrolytes\nSodium 139 mmol/L\nChloride 101 mmol/L"
    assert ai.summarize(text, Classification.LAB_RESULT) == (
        "Lab results: Electrolytes; no values flagged abnormal.")
