"""Authentication (Basic and Bearer), and every error status with the contract's error body."""

from __future__ import annotations

import time

import httpx
import pytest

from medsender_desktop import wire

from .conftest import API, Sandbox


def _error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["message"].endswith(".")
    return body["error"]


def test_basic_and_bearer_auth_both_work(sandbox: Sandbox) -> None:
    assert sandbox.api_key.startswith(wire.TEST_KEY_PREFIX)
    assert sandbox.client.get("/fax_numbers").status_code == 200
    with sandbox.bearer() as bearer:
        assert bearer.get("/fax_numbers").json() == {"faxNumbers": []}


@pytest.mark.parametrize("auth", [
    None,
    ("wrong", "wrong"),
    "right-key-wrong-secret",
    "bearer-wrong",
    "garbage",
])
def test_missing_or_wrong_credentials_get_401(sandbox: Sandbox, auth: object) -> None:
    headers = {}
    kwargs: dict = {}
    if auth == "right-key-wrong-secret":
        kwargs["auth"] = (sandbox.api_key, "nope")
    elif auth == "bearer-wrong":
        headers["Authorization"] = "Bearer sk_test_notthekey"
    elif auth == "garbage":
        headers["Authorization"] = "Basic !!!not-base64"
    elif auth is not None:
        kwargs["auth"] = auth
    response = httpx.get(sandbox.url + API + "/clients", headers=headers, trust_env=False,
                         **kwargs)
    error = _error(response, 401)
    assert "fields" not in error
    assert sandbox.api_key not in response.text and sandbox.client_secret not in response.text
    assert response.headers["WWW-Authenticate"].startswith("Basic")


def test_unknown_routes_and_tokens_get_404(sandbox: Sandbox) -> None:
    _error(sandbox.client.get("/no_such_thing"), 404)
    for path in ("/sent_faxes/abc123", "/received_faxes/abc123", "/emails/abc",
                 "/fax_numbers/nope", "/clients/nope", "/ai_documents/nope"):
        _error(sandbox.client.get(path), 404)
    _error(sandbox.client.post("/received_faxes/abc/forward", data={"to_number": "2125550100"}),
           404)
    _error(sandbox.client.patch("/clients/nope", data={"name": "x"}), 404)


def test_wrong_method_gets_405_with_allow(sandbox: Sandbox) -> None:
    response = sandbox.client.delete("/sent_faxes")
    _error(response, 405)
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}
    _error(sandbox.client.put("/clients/whatever", data={"name": "x"}), 405)
    _error(sandbox.client.get("/received_faxes/abc/forward"), 405)


def test_client_refusing_json_gets_406(sandbox: Sandbox) -> None:
    _error(sandbox.client.get("/clients", headers={"Accept": "text/html"}), 406)
    assert sandbox.client.get("/clients", headers={"Accept": "application/json"}).status_code == 200
    assert sandbox.client.get("/clients", headers={"Accept": "text/html, */*;q=0.1"}
                              ).status_code == 200


def test_rate_limit_answers_429_with_retry_after(make_sandbox) -> None:
    sandbox = make_sandbox(rate_limit_per_minute=5)
    statuses = [sandbox.client.get("/clients").status_code for _ in range(6)]
    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429
    response = sandbox.client.get("/clients")
    _error(response, 429)
    assert 1 <= int(response.headers["Retry-After"]) <= 12
    # another client of the same key is limited too; unauthenticated requests are refused first
    with sandbox.bearer() as bearer:
        assert bearer.get("/clients").status_code == 429
    assert httpx.get(sandbox.url + API + "/clients", trust_env=False).status_code == 401


def test_rate_limit_zero_disables_it(make_sandbox) -> None:
    sandbox = make_sandbox(rate_limit_per_minute=0)
    assert {sandbox.client.get("/clients").status_code for _ in range(30)} == {200}


def test_unreadable_bodies_get_400(sandbox: Sandbox) -> None:
    error = _error(sandbox.client.post("/clients", content=b"{not json",
                                       headers={"Content-Type": "application/json"}), 400)
    assert "JSON" in error["message"]
    _error(sandbox.client.post("/clients", content=b"[1, 2]",
                               headers={"Content-Type": "application/json"}), 400)
    _error(sandbox.client.post("/clients", content=b"name=x",
                               headers={"Content-Type": "text/plain"}), 400)
    error = _error(sandbox.client.post("/clients", json={"name": {"first": ["x"]}}), 400)
    assert "fields" in error
    huge = {"name": "x", "padding": "p" * 300_000}
    assert "larger than" in _error(sandbox.client.post("/clients", json=huge), 400)["message"]


def test_revoked_record_link_gets_410_and_expired_link_410_forged_403(
        sandbox: Sandbox, pdf: bytes) -> None:
    number = sandbox.number()
    token = sandbox.send(pdf, "(646) 555-0123", number["number"])
    fax = sandbox.wait_sent(token)
    link = fax["secureLink"]
    assert httpx.get(link, trust_env=False).status_code == 200
    forged = link[:-4] + ("0000" if not link.endswith("0000") else "1111")
    _error(httpx.get(forged, trust_env=False), 403)
    expired = sandbox.state.links.url(sandbox.url, "sent_faxes", token, now=time.time() - 301)
    _error(httpx.get(expired, trust_env=False), 410)
    response = sandbox.client.patch(f"/sandbox/sent_faxes/{token}",
                                    data={"record_status": "revoked"})
    assert response.json()["recordStatus"] == "revoked"
    error = _error(httpx.get(link, trust_env=False), 410)
    assert "revoked" in error["message"]
    _error(sandbox.client.patch(f"/sandbox/sent_faxes/{token}", data={"record_status": "gone"}),
           400)


@pytest.mark.parametrize(("name", "content"), [
    ("nested arrays", b'{"name": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"),
    ("nested objects", b'{"name": ' + b'{"a":' * 20_000 + b"1" + b"}" * 20_001),
    ("NaN", b'{"name": NaN}'),
    ("lone surrogate", b'{"name": "\\ud800"}'),
])
def test_hostile_json_bodies_get_400_not_500(sandbox: Sandbox, name: str, content: bytes) -> None:
    error = _error(sandbox.client.post("/clients", content=content,
                                       headers={"Content-Type": "application/json"}), 400)
    assert "JSON" in error["message"], name
