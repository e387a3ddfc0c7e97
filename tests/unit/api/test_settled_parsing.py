"""The client parses both readings of the points API-CONTRACT.md settles, with the docs' own
example values (``01/01/2000``, ``111-222-3333``, ``active``), and shows unknown words as they
come."""

from __future__ import annotations

import pytest

from medsender_desktop.api import AiResult, Email, ReceivedFax, RecordStatus, SentFax, SentStatus

# the AI result exactly as docs/medsender-api-docs.txt shows it
DOCS_AI_RESULT = {
    "ai_token": "32b08347-6001-4e16-877b-7228975af105", "patient_name": "name_example",
    "patient_dob": "01/01/2000", "document_classification": "Lab Result", "gender": "male",
    "phone_number": "111-222-3333", "summary": "Positive covid test result",
}


@pytest.mark.parametrize(("dob", "phone"), [
    ("01/01/2000", "111-222-3333"),  # the docs' example forms
    ("2000-01-01", "+11112223333"),  # what the sandbox sends
    ("1/1/2000", "(111) 222-3333"),
])
def test_ai_dates_and_phones_parse_both_ways(dob: str, phone: str) -> None:
    result = AiResult.from_api({**DOCS_AI_RESULT, "patient_dob": dob, "phone_number": phone})
    assert (result.patient_dob, result.phone_number) == ("2000-01-01", "+11112223333")
    fax = ReceivedFax.from_api({"sendToken": "abc", "patientDob": dob, "phoneNumber": phone})
    assert (fax.patient_dob, fax.patient_phone) == ("2000-01-01", "+11112223333")


def test_the_docs_ai_example_parses_completely() -> None:
    result = AiResult.from_api(DOCS_AI_RESULT)
    assert result.ai_token == DOCS_AI_RESULT["ai_token"] and not result.extra
    assert (result.patient_name, result.document_classification, result.gender) == (
        "name_example", "Lab Result", "male")


@pytest.mark.parametrize(("dob", "phone"), [("13/45/2000", "call the front desk"),
                                            ("sometime in 1980", "12")])
def test_unparseable_ai_values_are_kept_as_they_came(dob: str, phone: str) -> None:
    result = AiResult.from_api({"ai_token": "t", "patient_dob": dob, "phone_number": phone})
    assert (result.patient_dob, result.phone_number) == (dob, phone)


@pytest.mark.parametrize(("word", "expected"), [
    ("active", RecordStatus.ACTIVATED), ("Active", RecordStatus.ACTIVATED),
    ("activated", RecordStatus.ACTIVATED), ("archived", RecordStatus.ARCHIVED),
    ("revoked", RecordStatus.REVOKED), ("suspended", "suspended"),
])
def test_record_status_reads_active_as_activated(word: str, expected: object) -> None:
    mail = Email.from_api({"emailId": "e1", "recordStatus": word})
    fax = SentFax.from_api({"send_token": "s1", "record_status": word})
    assert mail.record_status == fax.record_status == expected
    assert isinstance(mail.record_status, RecordStatus) == isinstance(expected, RecordStatus)


@pytest.mark.parametrize(("word", "expected"), [
    ("queued", SentStatus.QUEUED), ("inprogress", SentStatus.INPROGRESS),
    ("success", SentStatus.SUCCESS), ("failure", SentStatus.FAILURE),
    ("string", "string"), ("opened", "opened"),  # "string": the docs' placeholder
])
def test_email_status_uses_the_fax_words_and_keeps_any_other(word: str, expected: object) -> None:
    mail = Email.from_api({"email_id": "e1", "email_status": word, "patientDob": {}})
    assert mail.email_status == expected and str(mail.email_status) == word
