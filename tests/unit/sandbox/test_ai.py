"""The AI heuristics: known answers on hand-written text, generated PDFs and a real corpus file."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from medsender_desktop.documents import DocumentWorker, generate_document, generate_tiff
from medsender_desktop.sandbox import ai, ai_fields, demo_content
from medsender_desktop.wire import Classification
from tests.paths import CORPUS

REFERRAL = """Referral for Specialist Consultation
Referring Physician: Dr. Helen Marsh, Riverside Family Medicine   Phone: (212) 555-0190
Patient: Okafor, Robert    DOB: 1/30/49
Referred to: Cardiology
Reason for referral: exertional chest pain
He reports pain climbing stairs; his ECG showed ST changes.
Patient phone: 415-555-0162
"""
LAB = """LABORATORY REPORT
PATIENT NAME: WHITFIELD, JAMES A.   D.O.B. 11-02-1958   SEX: M
Specimen collected 08:15. Reference range shown for each test.
Test: Basic metabolic panel
Glucose      181   mg/dL   70-99    H
Potassium    3.1   mmol/L  3.5-5.1  L
Sodium       139   mmol/L  135-145
"""
PRIOR_AUTH = """PRIOR AUTHORIZATION REQUEST
Member Name: Priya Natarajan   Member ID: 448812301
Date of Birth: October 3, 1990
Requested service: MRI lumbar spine without contrast (CPT 72148)
Medical necessity: symptoms persist after 6 weeks of therapy.
"""
PRESCRIPTION = """Rx
Pt: Grace Kowalski   DOB 12/05/1966   Tel: (303) 555-0154
Medication: Lisinopril 10 mg tablet
Sig: Take 1 tablet by mouth once daily
Dispense #30   Refills: 3   Substitution permitted. Pharmacy: please call.
"""
INSURANCE = """Explanation of Benefits
Payer: Keystone Care PPO
Subscriber Name: Elena Petrova   Group number: G-2231   Member ID: 11234
This is not a bill. Claim for office visit. Deductible applied: $50. Copay $25.
"""
RECORDS = """Discharge Summary
Patient: Thomas Haddad   Date of Birth: 05/19/1955   Gender: Male
Chief complaint: shortness of breath
Past medical history: hypertension. Vital signs stable. Assessment and plan: follow up.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (REFERRAL, ("Referral", "Robert Okafor", "1949-01-30", "male", "+14155550162")),
    (LAB, ("Lab Result", "James A. Whitfield", "1958-11-02", "male", None)),
    (PRIOR_AUTH, ("Prior Authorization", "Priya Natarajan", "1990-10-03", None, None)),
    (PRESCRIPTION, ("Prescription", "Grace Kowalski", "1966-12-05", None, "+13035550154")),
    (INSURANCE, ("Insurance", "Elena Petrova", None, None, None)),
    (RECORDS, ("Medical Records", "Thomas Haddad", "1955-05-19", "male", None)),
])
def test_known_answers_on_handwritten_text(text: str, expected: tuple) -> None:
    found = ai.extract(text)
    assert (found.document_classification, found.patient_name, found.patient_dob, found.gender,
            found.phone_number) == expected
    assert found.summary and "\n" not in found.summary and len(found.summary) <= ai.SUMMARY_MAX


def test_summaries_carry_the_key_facts() -> None:
    assert ai.extract(REFERRAL).summary == "Referral to Cardiology for exertional chest pain."
    lab = ai.extract(LAB).summary
    assert "Basic metabolic panel" in lab and "Glucose h" in lab and "Potassium l" in lab
    assert "Sodium" not in lab
    assert ai.extract(PRIOR_AUTH).summary.startswith("Prior authorization request for MRI")
    assert "Lisinopril 10 mg tablet" in ai.extract(PRESCRIPTION).summary
    assert "Keystone Care PPO" in ai.extract(INSURANCE).summary
    assert "shortness of breath" in ai.extract(RECORDS).summary


def test_unrelated_or_empty_text_is_other_with_no_fields() -> None:
    found = ai.extract("Minutes of the garden club\nWe discussed tulips and the spring fair.")
    assert found.document_classification == "Other" and found.patient_name is None
    assert found.summary == "Minutes of the garden club."
    empty = ai.extract("")
    assert empty.document_classification == "Other"
    assert empty.summary.startswith("No readable text")


def test_provider_names_and_fax_numbers_are_not_taken_for_the_patient() -> None:
    text = ("Referring physician name: Dr. Alan Pierce\nClinic fax: (212) 555-0190\n"
            "Patient: Maria Lopez\nPhone: (212) 555-0143\n")
    assert ai_fields.find_patient_name(text) == "Maria Lopez"
    assert ai_fields.find_phone(text, "Maria Lopez") == "+12125550143"


@pytest.mark.parametrize(("written", "iso"), [
    ("03/14/1962", "1962-03-14"), ("3/4/62", "1962-03-04"), ("1962-03-14", "1962-03-14"),
    ("March 14, 1962", "1962-03-14"), ("14 Mar 1962", "1962-03-14"), ("02/30/1962", None),
    ("13/01/1962", None),
])
def test_dates_of_birth_in_usual_forms(written: str, iso: str | None) -> None:
    assert ai_fields.find_dob(f"DOB: {written}", today=dt.date(2024, 6, 1)) == iso


def test_future_dates_are_not_birth_dates() -> None:
    assert ai_fields.find_dob("Date of birth: 2031-01-01", today=dt.date(2024, 6, 1)) is None


async def test_generated_documents_with_known_answers() -> None:
    rng = random.Random(11)
    with DocumentWorker() as worker:
        for _ in range(24):
            doc = demo_content.random_document(rng)
            pdf = generate_document(pages=doc.pages, title=doc.title, lines=list(doc.lines),
                                    kind_of_doc=doc.kind_of_doc)
            found = ai.extract(await worker.extract_text(pdf))
            assert found.document_classification == doc.classification
            assert found.patient_name == doc.patient.name
            assert found.patient_dob == doc.patient.dob.isoformat()
            assert found.gender == doc.patient.gender
            assert found.phone_number == doc.patient.phone
            assert doc.summary_hint in found.summary


async def test_real_corpus_document_is_other_without_patient() -> None:
    data = (CORPUS / "google-doc-document.pdf").read_bytes()
    with DocumentWorker() as worker:
        text = await worker.extract_text(data)
    found = ai.extract(text)
    assert found.document_classification == Classification.OTHER
    assert (found.patient_name, found.patient_dob, found.phone_number) == (None, None, None)
    assert found.summary == "Example document."


async def test_scanned_image_without_text_layer() -> None:
    with DocumentWorker() as worker:
        text = await worker.extract_text(await worker.to_pdf(generate_tiff(1, text="DOB: x")))
    assert ai.extract(text).document_classification == "Other"
