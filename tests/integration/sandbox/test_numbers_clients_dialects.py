"""Fax numbers and clients (form and JSON bodies), and the snake_case dialect end to end."""

from __future__ import annotations

import pytest

from .conftest import Sandbox


def test_provision_fetch_update_numbers(sandbox: Sandbox) -> None:
    number = sandbox.number("415", callback_url="https://hooks.example.com/fax")
    assert number["number"].startswith("+1415555") and number["client"] is None
    assert number["callbackUrl"] == "https://hooks.example.com/fax"
    assert number["uri"] == f"{sandbox.url}/api/v2/fax_numbers/{number['id']}"
    fetched = sandbox.client.get(f"/fax_numbers/{number['id']}").json()["faxNumber"]
    assert fetched == number
    other = sandbox.number("415")
    assert other["number"] != number["number"]
    assert [n["id"] for n in sandbox.client.get("/fax_numbers").json()["faxNumbers"]] == [
        number["id"], other["id"]]
    client = sandbox.client.post("/clients", data={"name": "Riverside"}).json()["client"]
    updated = sandbox.client.patch(f"/fax_numbers/{number['id']}", data={
        "client_id": client["clientId"], "callback_url": ""}).json()["faxNumber"]
    assert updated["client"] == {"clientId": client["clientId"], "name": "Riverside"}
    assert updated["callbackUrl"] is None
    unlinked = sandbox.client.patch(f"/fax_numbers/{number['id']}",
                                    json={"client_id": ""}).json()["faxNumber"]
    assert unlinked["client"] is None


def test_nested_json_and_camel_case_bodies(sandbox: Sandbox) -> None:
    response = sandbox.client.post("/fax_numbers", json={
        "fax_number": {"area_code": "212", "callbackUrl": "http://127.0.0.1:1/h"}})
    assert response.status_code == 200, response.text
    assert response.json()["faxNumber"]["callbackUrl"] == "http://127.0.0.1:1/h"
    client = sandbox.client.post("/clients", json={"client": {"name": "Nested"}})
    assert client.json()["client"]["name"] == "Nested"


@pytest.mark.parametrize(("body", "field"), [
    ({}, "area_code"),
    ({"area_code": "41"}, "area_code"),
    ({"area_code": "abc"}, "area_code"),
    ({"area_code": "111"}, "area_code"),  # not an area code in use
    ({"area_code": "212", "callback_url": "javascript:alert(1)"}, "callback_url"),
    ({"area_code": "212", "client_id": "missing"}, "client_id"),
])
def test_provision_validation(sandbox: Sandbox, body: dict, field: str) -> None:
    response = sandbox.client.post("/fax_numbers", data=body)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]


def test_number_update_validation(sandbox: Sandbox) -> None:
    number = sandbox.number()
    nothing = sandbox.client.patch(f"/fax_numbers/{number['id']}", data={})
    assert nothing.status_code == 400
    bad = sandbox.client.patch(f"/fax_numbers/{number['id']}", data={
        "client_id": "missing", "callback_url": "nope"})
    assert set(bad.json()["error"]["fields"]) == {"client_id", "callback_url"}


def test_area_code_runs_out_of_sandbox_numbers(sandbox: Sandbox) -> None:
    for _ in range(100):
        assert sandbox.client.post("/fax_numbers", data={"area_code": "907"}).status_code == 200
    refused = sandbox.client.post("/fax_numbers", data={"area_code": "907"})
    assert refused.status_code == 400 and "area_code" in refused.json()["error"]["fields"]


def test_clients_create_fetch_list_rename(sandbox: Sandbox) -> None:
    number = sandbox.number()
    created = sandbox.client.post("/clients", data={
        "name": "Lakeview Orthopedics", "fax_number_id": number["id"]}).json()["client"]
    assert created["name"] == "Lakeview Orthopedics"
    assert created["faxNumbers"] == [{"id": number["id"], "number": number["number"],
                                      "callbackUrl": None, "uri": number["uri"]}]
    assert sandbox.client.get(f"/clients/{created['clientId']}").json()["client"] == created
    renamed = sandbox.client.patch(f"/clients/{created['clientId']}",
                                   data={"name": "Lakeview Ortho"}).json()["client"]
    assert renamed["name"] == "Lakeview Ortho" and renamed["faxNumbers"] == created["faxNumbers"]
    empty = sandbox.client.post("/clients", json={"name": "Empty"}).json()["client"]
    listed = sandbox.client.get("/clients").json()["clients"]
    assert [c["name"] for c in listed] == ["Lakeview Ortho", "Empty"]
    assert listed[1]["faxNumbers"] == [] and listed[1]["clientId"] == empty["clientId"]
    number_now = sandbox.client.get(f"/fax_numbers/{number['id']}").json()["faxNumber"]
    assert number_now["client"]["name"] == "Lakeview Ortho"


@pytest.mark.parametrize(("method", "body", "field"), [
    ("post", {}, "name"),
    ("post", {"name": "   "}, "name"),
    ("post", {"name": "n" * 121}, "name"),
    ("post", {"name": "ok", "fax_number_id": "missing"}, "fax_number_id"),
    ("patch", {}, "name"),
])
def test_client_validation(sandbox: Sandbox, method: str, body: dict, field: str) -> None:
    client = sandbox.client.post("/clients", data={"name": "Existing"}).json()["client"]
    path = "/clients" if method == "post" else f"/clients/{client['clientId']}"
    response = getattr(sandbox.client, method)(path, data=body)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]


def test_snake_dialect_end_to_end(make_sandbox, pdf: bytes) -> None:
    sandbox = make_sandbox(dialect="snake")
    number = sandbox.client.post("/fax_numbers", data={"area_code": "212"}).json()["fax_number"]
    assert set(number) == {"id", "number", "client", "callback_url", "uri"}
    client = sandbox.client.post("/clients", data={"name": "Snake", "fax_number_id": number["id"]})
    assert set(client.json()["client"]) == {"client_id", "name", "fax_numbers"}
    sent = sandbox.client.post("/sent_faxes", data={
        "from_number": number["number"], "to_number": "6465550002"},
        files={"file": ("a.pdf", pdf)}).json()
    assert set(sent) == {"message", "fax_id"}
    fax = sandbox.wait_sent(sent["fax_id"])
    assert fax["send_token"] == sent["fax_id"] and fax["sent_status"] == "success"
    assert {"started_at", "ended_at"} <= set(fax["attempts"][0])
    assert "sendToken" not in fax and fax["secure_link"].startswith(sandbox.url)
    listed = sandbox.client.get("/sent_faxes", params={"is_test": "true"}).json()
    assert set(listed) == {"sent_faxes", "meta"}
    assert listed["meta"] == {"total_count": 1, "total_pages": 1, "per_page": 10, "page": 1}
    received = sandbox.client.post("/sandbox/received_faxes", data={"to_number": number["number"]},
                                   files={"file": ("a.pdf", pdf)}).json()
    fetched = sandbox.client.get(f"/received_faxes/{received['fax_id']}").json()
    assert fetched["document_classification"] == "Referral" and "num_pages" in fetched
    assert set(sandbox.client.get("/received_faxes").json()) == {"received_faxes", "meta"}
    error = sandbox.client.get("/sent_faxes", params={"page_size": "0"}).json()
    assert error["error"]["fields"] == {"page_size": error["error"]["message"]}
