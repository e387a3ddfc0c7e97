"""Patient fields found in a document's text: name, date of birth, phone, gender.

Labelled fields ("Patient: ...", "DOB: ...") are trusted first; free text only when no label
is found. Everything is pure string work, so it runs on any thread and is tested directly.
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_DATE = (
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})"
)
_DOB_RE = re.compile(
    r"\b(?:D\.?\s?O\.?\s?B\.?|Date\s+of\s+Birth|Birth\s*Date|Birthdate|Born)\s*[:#\-]?\s*" + _DATE,
    re.IGNORECASE,
)
_NAME_LABELS = re.compile(
    r"(?P<label>\bPatient(?:'s)?(?:\s+Full)?(?:\s+Name)?|\bPt\.?(?:\s+Name)?|\bMember(?:\s+Name)?"
    r"|\bInsured(?:\s+Name)?|\bSubscriber(?:\s+Name)?|\bRE|\bName)\s*[:\-]\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_LABEL_RANK = {
    "patient": 0, "pt": 0, "member": 1, "insured": 1, "subscriber": 2, "re": 2, "name": 3,
}
_NOT_PATIENT_CONTEXT = re.compile(
    r"\b(provider|physician|doctor|prescriber|sender|recipient|referring|referred\s+to|clinic"
    r"|practice|facility|pharmacy|pharmacist|ordering|signed|attending|contact\s+person)\b",
    re.IGNORECASE,
)
_NEXT_FIELD = re.compile(
    r"\s{2,}|\t|\||;|\b(?:D\.?O\.?B\.?|Date\s+of\s+Birth|DOB|MRN|Sex|Gender|Age|Phone|Tel|ID|"
    r"Acct|Account|Member\s+ID|Insurance|Policy)\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-Za-z][A-Za-z'\-]*\.?,?$")
_STOP_WORDS = frozenset({
    "name", "information", "info", "details", "unknown", "n/a", "none", "the", "of", "and",
    "for", "patient", "date", "dob", "sex", "male", "female", "referral", "request", "result",
    "results", "report", "lab", "prescription", "insurance", "record", "records",
})
_PHONE_RE = re.compile(
    r"\b(?P<label>(?:Patient\s+|Home\s+|Cell\s+|Mobile\s+|Contact\s+)?"
    r"(?:Phone|Tel(?:ephone)?|Ph|Cell|Mobile|Contact)(?:\s+(?:No\.?|Number|#))?)\s*[:#\-]?\s*"
    r"(?P<number>\+?1?[\s.\-]?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4})",
    re.IGNORECASE,
)
_NOT_PATIENT_PHONE = re.compile(
    r"\b(fax|office|clinic|provider|physician|pharmacy|practice|facility|lab(?:oratory)?|"
    r"plan|payer|insurance|customer\s+service|referring|dr\.)\b",
    re.IGNORECASE,
)
_GENDER_RE = re.compile(
    r"\b(?:Sex|Gender)\s*[:\-]?\s*(male|female|man|woman|m|f|non-binary|nonbinary|other|x)\b",
    re.IGNORECASE,
)
_GENDERS = {
    "male": "male", "m": "male", "man": "male", "female": "female", "f": "female",
    "woman": "female", "non-binary": "other", "nonbinary": "other", "other": "other", "x": "other",
}
_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)
_TITLE_MALE = re.compile(r"\bMr\.?\s+[A-Z]")
_TITLE_FEMALE = re.compile(r"\b(?:Mrs|Ms|Miss)\.?\s+[A-Z]")


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\r\n\f]+", text) if line.strip()]


def parse_date(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """A date written in any of the usual US forms; None if it is not a real date."""
    value = text.strip().rstrip(".,")
    today = today or dt.date.today()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            year, month, day = (int(p) for p in value.split("-"))
        elif m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", value):
            month, day, year = int(m[1]), int(m[2]), int(m[3])
            if year < 100:
                year += 1900 if year > today.year % 100 else 2000
        elif m := re.fullmatch(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})", value):
            month, day, year = _MONTHS.get(m[1].lower(), 0), int(m[2]), int(m[3])
        elif m := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})", value):
            day, month, year = int(m[1]), _MONTHS.get(m[2].lower(), 0), int(m[3])
        else:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dob(text: str, *, today: dt.date | None = None) -> str | None:
    today = today or dt.date.today()
    for match in _DOB_RE.finditer(text):
        day = parse_date(match.group(1), today=today)
        if day is not None and dt.date(1900, 1, 1) <= day <= today:
            return day.isoformat()
    return None


def _clean_name(rest: str) -> str | None:
    """The person's name at the start of ``rest`` ("Last, First M." becomes "First M. Last")."""
    head = _NEXT_FIELD.split(rest, maxsplit=1)[0].strip(" :,-")
    words: list[str] = []
    for word in head.split():
        if not _NAME_WORD.match(word) or word.strip(".,").lower() in _STOP_WORDS:
            break
        words.append(word)
        if len(words) == 4:
            break
    if len(words) < 2:
        return None
    if words[0].endswith(","):  # "Lopez, Maria" / "LOPEZ, MARIA A."
        words = [*words[1:], words[0].rstrip(",")]
    words = [w.rstrip(",") for w in words]
    if all(w.isupper() or len(w) <= 2 for w in words):
        words = [w.capitalize() if len(w) > 2 or not w.endswith(".") else w for w in words]
    return " ".join(words)


def find_patient_name(text: str) -> str | None:
    best: tuple[int, int, str] | None = None
    for index, line in enumerate(lines_of(text)):
        for match in _NAME_LABELS.finditer(line):
            before = line[: match.start()]
            label = match.group("label").lower().rstrip(".").split()[0].rstrip("'s")
            rank = _LABEL_RANK.get(label, 3)
            if _NOT_PATIENT_CONTEXT.search(before + match.group("label")):
                continue
            if rank == 3 and _NOT_PATIENT_CONTEXT.search(line):
                continue
            name = _clean_name(match.group("rest"))
            if name and (best is None or (rank, index) < best[:2]):
                best = (rank, index, name)
    return None if best is None else best[2]


def find_phone(text: str, patient_name: str | None = None) -> str | None:
    lines = lines_of(text)
    anchor = next(
        (i for i, line in enumerate(lines) if patient_name and patient_name.split()[-1] in line),
        None,
    )
    best: tuple[int, int, str] | None = None
    for index, line in enumerate(lines):
        for match in _PHONE_RE.finditer(line):
            context = line[: match.start("number")]
            if _NOT_PATIENT_PHONE.search(context):
                continue
            try:
                parsed = phonenumbers.parse(match.group("number"), "US")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(parsed):
                continue
            score = 0
            if "patient" in context.lower():
                score += 3
            if anchor is not None and 0 <= index - anchor <= 6:
                score += 2
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            if best is None or (score, -index) > best[:2]:
                best = (score, -index, e164)
    return None if best is None else best[2]


def find_gender(text: str) -> str | None:
    labelled = _GENDER_RE.search(text)
    if labelled:
        return _GENDERS[labelled.group(1).lower()]
    he = len(_HE.findall(text)) + 2 * len(_TITLE_MALE.findall(text))
    she = len(_SHE.findall(text)) + 2 * len(_TITLE_FEMALE.findall(text))
    if he >= 2 and he >= 2 * she:
        return "male"
    if she >= 2 and she >= 2 * he:
        return "female"
    return None
