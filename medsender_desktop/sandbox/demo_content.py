"""Realistic (entirely fictional) clinic documents for the demo account.

Each :class:`ClinicalDocument` carries the text to print and the answers the AI should find,
so the demo shows meaningful AI fields and tests can check the extraction against them.
Names, dates of birth and numbers are invented; phone numbers use the 555-01xx range.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from medsender_desktop.wire import Classification


@dataclass(frozen=True)
class Patient:
    first: str
    last: str
    dob: dt.date
    gender: str
    phone: str  # E.164

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def us_dob(self) -> str:
        return self.dob.strftime("%m/%d/%Y")

    @property
    def us_phone(self) -> str:
        digits = self.phone[2:]
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


PATIENTS: tuple[Patient, ...] = (
    Patient("Maria", "Lopez", dt.date(1962, 3, 14), "female", "+12125550143"),
    Patient("James", "Whitfield", dt.date(1958, 11, 2), "male", "+16175550118"),
    Patient("Aisha", "Rahman", dt.date(1987, 6, 23), "female", "+13125550177"),
    Patient("Robert", "Okafor", dt.date(1949, 1, 30), "male", "+14155550162"),
    Patient("Linda", "Nguyen", dt.date(1971, 9, 8), "female", "+12065550131"),
    Patient("Daniel", "Brennan", dt.date(1993, 4, 17), "male", "+17135550109"),
    Patient("Grace", "Kowalski", dt.date(1966, 12, 5), "female", "+13035550154"),
    Patient("Samuel", "Adeyemi", dt.date(1979, 2, 11), "male", "+14045550186"),
    Patient("Elena", "Petrova", dt.date(1984, 7, 29), "female", "+16025550122"),
    Patient("Thomas", "Haddad", dt.date(1955, 5, 19), "male", "+12155550137"),
    Patient("Priya", "Natarajan", dt.date(1990, 10, 3), "female", "+15125550168"),
    Patient("William", "Castillo", dt.date(1968, 8, 26), "male", "+13055550145"),
)

PROVIDERS = (
    ("Dr. Helen Marsh", "Riverside Family Medicine"),
    ("Dr. Omar Siddiqui", "Northgate Cardiology"),
    ("Dr. Beatrice Lang", "Lakeview Orthopedics"),
    ("Dr. Kenji Watanabe", "Summit Endocrinology"),
    ("Dr. Fatima Bello", "Harbor Pulmonology Associates"),
)


@dataclass(frozen=True)
class ClinicalDocument:
    title: str
    lines: tuple[str, ...]
    pages: int
    classification: Classification
    patient: Patient
    summary_hint: str  # a phrase the summary should contain
    flagged: tuple[str, ...] = ()  # results printed with an out-of-range flag (lab reports)

    @property
    def kind_of_doc(self) -> str:
        return "Confidential health information"


_REFERRALS = (
    ("Cardiology", "exertional chest pain and abnormal stress ECG"),
    ("Orthopedics", "persistent right knee pain after a fall"),
    ("Endocrinology", "poorly controlled type 2 diabetes"),
    ("Pulmonology", "chronic cough and reduced FEV1"),
)
_MEDICATIONS = (
    ("Metformin 500 mg tablet", "Take 1 tablet by mouth twice daily with meals", "#60"),
    ("Lisinopril 10 mg tablet", "Take 1 tablet by mouth once daily", "#30"),
    ("Atorvastatin 40 mg tablet", "Take 1 tablet by mouth at bedtime", "#90"),
    ("Amoxicillin 875 mg tablet", "Take 1 tablet by mouth every 12 hours for 10 days", "#20"),
)
_PAYERS = ("Blue Harbor Health Plan", "Meridian Mutual Insurance", "Keystone Care PPO")


def _header(p: Patient, style: int) -> list[str]:
    if style == 0:
        return [f"Patient: {p.name}", f"DOB: {p.us_dob}", f"Sex: {p.gender.capitalize()}",
                f"Patient Phone: {p.us_phone}"]
    if style == 1:
        return [f"Patient Name: {p.last.upper()}, {p.first.upper()}    DOB: {p.dob.isoformat()}",
                f"Gender: {p.gender}    Home Phone: {p.us_phone}"]
    return [f"Name: {p.name}", f"Date of Birth: {p.dob:%B} {p.dob.day}, {p.dob.year}",
            f"Sex: {p.gender[0].upper()}", f"Phone: {p.us_phone}"]


def _referral(p: Patient, rng: random.Random) -> tuple[str, list[str], str]:
    specialty, reason = rng.choice(_REFERRALS)
    doctor, clinic = rng.choice(PROVIDERS)
    return "Referral for Specialist Consultation", [
        f"Referring Physician: {doctor}, {clinic}",
        "Referring office fax: (212) 555-0190",
        *_header(p, rng.randrange(3)),
        f"Referred to: {specialty}",
        f"Reason for referral: {reason}",
        "Urgency: routine, please schedule an appointment within 2-4 weeks.",
        "Clinical history: symptoms for three months, partial response to initial treatment.",
        "Current medications: see attached medication list.",
        "Please evaluate and treat. Consultation notes back to the referring office.",
        "Enclosures: last office visit note, recent labs, imaging report.",
    ], specialty


Built = tuple[str, list[str], str] | tuple[str, list[str], str, tuple[str, ...]]


def _lab(p: Patient, rng: random.Random) -> Built:
    if rng.random() < 0.4:
        return _a1c_report(p, rng)
    a1c = rng.choice(("8.4", "9.1", "7.2"))
    return "Laboratory Report", [
        "Harbor Clinical Laboratory - CLIA 05D0000000",
        *_header(p, rng.randrange(3)),
        "Specimen: blood, collected 08:15, received 09:02",
        "Test: Comprehensive metabolic panel and hemoglobin A1c",
        "Result            Value    Units    Reference range    Flag",
        f"Glucose           {rng.choice(('162', '181', '149'))}      mg/dL    70-99    H",
        "Sodium            139      mmol/L   135-145",
        "Potassium         4.2      mmol/L   3.5-5.1",
        "Creatinine        0.9      mg/dL    0.6-1.2",
        f"Hemoglobin A1c    {a1c}      %        4.0-5.6    H",
        "LDL cholesterol   96       mg/dL    0-99",
        "Results reviewed by the laboratory director. Abnormal values are flagged H or L.",
    ], "Lab results", ("Glucose", "Hemoglobin A1c")


def _a1c_report(p: Patient, rng: random.Random) -> Built:
    """One result per line, labelled: "Test: ...  Result: ...  Flag: HIGH" (or no flag)."""
    a1c = rng.choice(("7.9", "8.6", "5.4"))
    high = float(a1c) > 5.6
    return "Hemoglobin A1c Laboratory Report", [
        "Harbor Clinical Laboratory - CLIA 05D0000000",
        *_header(p, rng.randrange(3)),
        "Specimen: whole blood, collected 07:40, received 08:15",
        f"Test: Hemoglobin A1c    Result: {a1c} %    Reference range: 4.0-5.6"
        + ("    Flag: HIGH" if high else ""),
        "Method: HPLC, NGSP certified.",
        "Results reviewed by the laboratory director.",
    ], "Lab results", ("Hemoglobin A1c",) if high else ()


def _prior_auth(p: Patient, rng: random.Random) -> tuple[str, list[str], str]:
    service = rng.choice(("MRI lumbar spine without contrast (CPT 72148)",
                          "Adalimumab 40 mg pen", "CT angiography chest (CPT 71275)"))
    payer = rng.choice(_PAYERS)
    return "Prior Authorization Request", [
        f"Payer: {payer}    Utilization management department",
        *_header(p, rng.randrange(3)),
        f"Member ID: {rng.randrange(10**8, 10**9)}",
        f"Requested service: {service}",
        "Diagnosis: ICD-10 M54.16 lumbar radiculopathy",
        "Medical necessity: symptoms persist after 6 weeks of conservative therapy,",
        "including physical therapy and NSAIDs. Neurological deficit on exam.",
        "Requesting provider signature and NPI on file. Please fax the approval decision.",
    ], "Prior authorization request"


def _prescription(p: Patient, rng: random.Random) -> tuple[str, list[str], str]:
    drug, sig, qty = rng.choice(_MEDICATIONS)
    doctor, clinic = rng.choice(PROVIDERS)
    return "Prescription", [
        f"Prescriber: {doctor}, {clinic}    DEA on file",
        *_header(p, rng.randrange(3)),
        f"Medication: {drug}",
        f"Sig: {sig}",
        f"Dispense: {qty}    Refills: {rng.randrange(0, 4)}",
        "Substitution permitted.",
        "Pharmacy: please call the office with any questions.",
    ], "Prescription for"


def _insurance(p: Patient, rng: random.Random) -> tuple[str, list[str], str]:
    payer = rng.choice(_PAYERS)
    return "Explanation of Benefits", [
        f"Payer: {payer}",
        *_header(p, rng.randrange(3)),
        f"Member ID: {rng.randrange(10**8, 10**9)}    Group number: G-{rng.randrange(1000, 9999)}",
        "Claim for office visit and laboratory services.",
        "Amount billed: $412.00    Plan paid: $298.40    Deductible applied: $50.00",
        "Patient copay: $25.00. Coverage is subject to the terms of the policy.",
        "This is not a bill. Keep this explanation of benefits for your records.",
    ], "Insurance document"


def _records(p: Patient, rng: random.Random) -> tuple[str, list[str], str]:
    doctor, clinic = rng.choice(PROVIDERS)
    complaint = rng.choice(("shortness of breath on exertion", "follow-up of hypertension",
                            "annual physical examination"))
    return "Medical Records - Progress Note", [
        f"{clinic} - office visit, attending: {doctor}",
        *_header(p, rng.randrange(3)),
        f"Chief complaint: {complaint}",
        "History of present illness: stable since the last visit, no new concerns.",
        "Past medical history: hypertension, hyperlipidemia.",
        "Allergies: penicillin (rash).",
        "Vital signs: BP 132/84, HR 72, Temp 98.4 F, SpO2 98%.",
        "Physical exam: lungs clear, heart regular rate and rhythm.",
        "Assessment and plan: continue current medications, recheck labs in 3 months.",
    ], "Medical records"


_BUILDERS = {
    Classification.REFERRAL: _referral,
    Classification.LAB_RESULT: _lab,
    Classification.PRIOR_AUTHORIZATION: _prior_auth,
    Classification.PRESCRIPTION: _prescription,
    Classification.INSURANCE: _insurance,
    Classification.MEDICAL_RECORDS: _records,
}
CLINICAL_CLASSES = tuple(_BUILDERS)


def clinical_document(cls: Classification, patient: Patient,
                      rng: random.Random) -> ClinicalDocument:
    title, lines, hint, *flagged = _BUILDERS[cls](patient, rng)
    return ClinicalDocument(title, tuple(lines), rng.randint(1, 3), cls, patient, hint,
                            tuple(flagged[0]) if flagged else ())


def random_document(rng: random.Random) -> ClinicalDocument:
    return clinical_document(rng.choice(CLINICAL_CLASSES), rng.choice(PATIENTS), rng)
