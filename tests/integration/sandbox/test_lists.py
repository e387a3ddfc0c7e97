"""List endpoints: is_test default, every filter, ordering, pagination bounds and ``meta``."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Sandbox


@pytest.fixture
def stocked(sandbox: Sandbox, pdf: bytes) -> tuple[Sandbox, list[str], dict]:
    """Five sent faxes with distinct fields, all final."""
    a = sandbox.number("212")
    b = sandbox.number("415")
    specs = [
        (a, "6465550101", {"patient_name": "Maria Lopez", "patient_dob": "1962-03-14",
                           "sender_name": "Dr. Helen Marsh", "recipient_name": "Intake"}),
        (a, "6465550102", {"patient_name": "James Whitfield", "patient_dob": "1958-11-02",
                           "sender_name": "Dr. Helen Marsh", "recipient_name": "Records"}),
        (b, "6465550101", {"patient_name": "Maria Lopez-Garcia", "patient_dob": "1970-01-01",
                           "sender_name": "Dr. Omar Siddiqui", "recipient_name": "Intake"}),
        (b, "6465550103", {"patient_name": "Aisha Rahman", "sender_name": "Dr. Omar Siddiqui"}),
        (a, "6465550104", {"patient_name": "50%_off Smith"}),
    ]
    tokens = [sandbox.send(pdf, to, num["number"], **fields) for num, to, fields in specs]
    for token in tokens:
        sandbox.wait_sent(token)
    return sandbox, tokens, {"a": a["number"], "b": b["number"]}


def _tokens(sandbox: Sandbox, **params: str) -> list[str]:
    response = sandbox.client.get("/sent_faxes", params={"is_test": "true", **params})
    assert response.status_code == 200, response.text
    return [f["sendToken"] for f in response.json()["sentFaxes"]]


def test_is_test_defaults_to_false(stocked) -> None:
    sandbox, _, _ = stocked
    body = sandbox.client.get("/sent_faxes").json()
    assert body == {"sentFaxes": [], "meta": {"totalCount": 0, "totalPages": 0, "perPage": 10,
                                              "page": 1}}
    assert sandbox.client.get("/sent_faxes", params={"is_test": "false"}).json()["sentFaxes"] == []
    assert len(_tokens(sandbox)) == 5


def test_default_order_is_newest_first_and_asc_reverses(stocked) -> None:
    sandbox, tokens, _ = stocked
    assert _tokens(sandbox) == tokens[::-1]
    assert _tokens(sandbox, order_by_date="dsc") == tokens[::-1]
    assert _tokens(sandbox, order_by_date="asc") == tokens


def test_filters(stocked) -> None:
    sandbox, t, numbers = stocked
    assert _tokens(sandbox, from_number=numbers["b"].replace("+1", "")) == [t[3], t[2]]
    assert _tokens(sandbox, to_number="(646) 555-0101") == [t[2], t[0]]
    assert _tokens(sandbox, patient_name="maria lopez") == [t[2], t[0]]
    assert _tokens(sandbox, patient_name="50%_") == [t[4]]  # LIKE wildcards are literal
    assert _tokens(sandbox, patient_name="%") == [t[4]]
    assert _tokens(sandbox, patient_dob="1962-03-14") == [t[0]]
    assert _tokens(sandbox, sender_name="Siddiqui") == [t[3], t[2]]
    assert _tokens(sandbox, recipient_name="intake") == [t[2], t[0]]
    assert _tokens(sandbox, sender_name="Marsh", recipient_name="Records") == [t[1]]
    today = dt.datetime.now(dt.UTC).date()
    assert _tokens(sandbox, date_start=today.isoformat(), date_end=today.isoformat()) == t[::-1]
    assert _tokens(sandbox, date_start="0001-01-01", date_end="9999-12-31") == t[::-1]
    received = sandbox.client.get("/received_faxes", params={"date_end": "9999-12-31"})
    assert received.status_code == 200, received.text
    yesterday = (today - dt.timedelta(days=1)).isoformat()
    assert _tokens(sandbox, date_end=yesterday) == []
    assert _tokens(sandbox, date_start=(today + dt.timedelta(days=1)).isoformat()) == []


def test_record_status_hides_archived_and_revoked_by_default(stocked) -> None:
    sandbox, t, _ = stocked
    sandbox.client.patch(f"/sandbox/sent_faxes/{t[0]}", data={"record_status": "archived"})
    sandbox.client.patch(f"/sandbox/sent_faxes/{t[1]}", data={"record_status": "revoked"})
    assert _tokens(sandbox) == [t[4], t[3], t[2]]
    assert _tokens(sandbox, record_status="archived") == [t[0]]
    assert _tokens(sandbox, record_status="revoked") == [t[1]]
    meta = sandbox.client.get("/sent_faxes", params={"is_test": "true"}).json()["meta"]
    assert meta["totalCount"] == 3
    sandbox.client.patch(f"/sandbox/sent_faxes/{t[0]}", data={"record_status": "activated"})
    assert sandbox.client.get("/sent_faxes", params={"is_test": 1}).json()["meta"][
        "totalCount"] == 4


def test_pagination_and_meta(stocked) -> None:
    sandbox, t, _ = stocked
    pages = []
    for page in (1, 2, 3, 4):
        body = sandbox.client.get("/sent_faxes", params={
            "is_test": "true", "page_size": 2, "page": page, "order_by_date": "asc"}).json()
        assert body["meta"] == {"totalCount": 5, "totalPages": 3, "perPage": 2, "page": page}
        pages.append([f["sendToken"] for f in body["sentFaxes"]])
    assert pages == [t[0:2], t[2:4], t[4:5], []]
    filtered = sandbox.client.get("/sent_faxes", params={
        "is_test": "true", "page_size": 1, "patient_name": "maria"}).json()
    assert filtered["meta"] == {"totalCount": 2, "totalPages": 2, "perPage": 1, "page": 1}
    for size in ("1", "100"):
        assert sandbox.client.get("/sent_faxes", params={"page_size": size}).status_code == 200


@pytest.mark.parametrize(("params", "field"), [
    ({"page_size": "0"}, "page_size"),
    ({"page_size": "101"}, "page_size"),
    ({"page_size": "ten"}, "page_size"),
    ({"page": "0"}, "page"),
    ({"page": "-3"}, "page"),
    ({"order_by_date": "newest"}, "order_by_date"),
    ({"is_test": "maybe"}, "is_test"),
    ({"date_start": "2024-13-01"}, "date_start"),
    ({"date_end": "01/02/2024"}, "date_end"),
    ({"date_start": "2024-05-02", "date_end": "2024-05-01"}, "date_end"),
    ({"from_number": "not a number"}, "from_number"),
    ({"to_number": "123"}, "to_number"),
    ({"patient_dob": "1962-3-14"}, "patient_dob"),
    ({"record_status": "deleted"}, "record_status"),
])
def test_sent_list_validation(sandbox: Sandbox, params: dict, field: str) -> None:
    response = sandbox.client.get("/sent_faxes", params=params)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


@pytest.mark.parametrize(("params", "field"), [
    ({"fax_status": "queued"}, "fax_status"),
    ({"callback_status": "done"}, "callback_status"),
    ({"page_size": "1000"}, "page_size"),
    ({"to_number": "x"}, "to_number"),
    ({"caller_name": "bad\x01name"}, "caller_name"),
])
def test_received_list_validation(sandbox: Sandbox, params: dict, field: str) -> None:
    response = sandbox.client.get("/received_faxes", params=params)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
