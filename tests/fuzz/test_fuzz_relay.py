"""The relay's callback endpoint under random bodies, over real loopback HTTP: never a 500,
never an event without a valid signature, and /events keeps answering."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from medsender_desktop import wire as contract
from tests.fuzz.strategies import JSON_VALUES, Tally, bounded, deep
from tests.integration.relay.conftest import RunningRelay, client, relay  # noqa: F401  (fixtures)
from tests.integration.relay.support import API_KEY, auth, db_rows, sent_fax_details

pytestmark = pytest.mark.fuzz
KINDS = ["", "/sent_fax", "/received_fax", "/email", "/ai", "/nonsense"]
HEADER_TEXT = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
PATH_TEXT = "abcdefghijklmnopqrstuvwxyz0123456789-._~%/"


@st.composite
def callbacks(draw: st.DrawFn) -> tuple[str, dict[str, str], bytes, str | None]:
    """(path, headers, body, token signed validly or None). About a third are genuine,
    validly signed sent-fax callbacks with random extra content (NaN, lone surrogates, deep
    nesting among it); the rest are anything at all."""
    token = draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=12))
    details = sent_fax_details(token)
    if draw(st.integers(0, 2)) == 0:
        details["x"] = draw(JSON_VALUES)
        text = json.dumps(details)
        signature = contract.sign(API_KEY, token, details["completedAt"])
        style = draw(st.sampled_from(["form", "multipart"]))
        path = draw(st.sampled_from(["", "/sent_fax"]))
    else:
        junk = draw(JSON_VALUES)
        text = draw(st.one_of(st.just(json.dumps(junk)), st.text(max_size=200),
                              st.integers(10, 50_000).map(deep)))
        signature = draw(st.one_of(
            st.none(), st.text(alphabet=HEADER_TEXT, max_size=80).map(str.strip),
            st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)))
        style = draw(st.sampled_from(["form", "multipart", "raw"]))
        path = draw(st.sampled_from(KINDS))
    headers = {contract.SIGNATURE_HEADER: signature} if signature else {}
    if style == "raw":
        body = draw(st.binary(max_size=400))
        headers["content-type"] = draw(st.sampled_from([
            "multipart/form-data; boundary=" + draw(st.text(
                alphabet="abcdefghij0123456789'()+_,-./:=?", min_size=1, max_size=300)),
            "application/x-www-form-urlencoded", "application/json", "text/plain", ""]))
    else:
        request = httpx.Request(
            "POST", "http://relay/callbacks", data={"recordDetails": text},
            files={"file": ("a.pdf", b"%PDF-1.4 fuzz", "application/pdf")}
            if style == "multipart" else None)
        body = request.read()
        headers["content-type"] = request.headers["content-type"]
        if style == "multipart" and draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]  # cut off anywhere
    valid = signature == contract.sign(API_KEY, token, details["completedAt"])
    return path, headers, body, token if valid else None


def test_random_callbacks_never_crash_the_relay_nor_create_unsigned_events(
    relay: RunningRelay, client: httpx.Client, run_summary: Callable[[str], None]  # noqa: F811
) -> None:
    tally = Tally("relay callbacks")
    signed_tokens: set[str] = set()
    statuses: dict[int, int] = {}

    @bounded(300)
    @given(callbacks())
    def check(case: tuple[str, dict[str, str], bytes, str | None]) -> None:
        path, headers, body, signed = case
        tally.tried += 1
        response = client.post(f"/callbacks{path}", content=body, headers=headers)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        assert response.status_code < 500, response.text
        if response.status_code == 200:
            assert signed is not None, "an event was stored without a valid signature"
            signed_tokens.add(signed)

    check()
    stored = {token for _, _, token, _, _ in db_rows(relay.data_dir)}
    assert stored <= signed_tokens
    events = client.get("/events", headers=auth(), params={"limit": 1000})
    assert events.status_code == 200
    run_summary(f"{tally.line()} (answers {dict(sorted(statuses.items()))}, "
                 f"{len(stored)} signed events stored)")


def test_random_reads_never_crash_the_relay(
    client: httpx.Client, run_summary: Callable[[str], None]  # noqa: F811
) -> None:
    tally = Tally("relay reads")
    token = auth()["Authorization"]

    @bounded(150)
    @given(st.sampled_from(["/events", "/events/stream", "/files/", "/healthz", "/", "/x/"]),
           st.text(alphabet=PATH_TEXT, max_size=40), st.sampled_from([None, token, "Bearer " + secrets.token_hex(8)]),
           st.dictionaries(st.sampled_from(["after", "wait", "limit", "heartbeat"]),
                           st.text(alphabet=HEADER_TEXT, max_size=12), max_size=3))
    def check(path: str, tail: str, authorization: str | None, params: dict[str, str]) -> None:
        tally.tried += 1
        if path == "/events/stream":
            params = {**params, "heartbeat": "0.2"}
            if authorization == token:
                return  # a valid stream never ends by itself; covered by the relay's own tests
        if path == "/events":
            params = {**params, "wait": "0"}
        headers = {"Authorization": authorization} if authorization else {}
        url = path + tail.lstrip("/") if path.endswith("/") else path
        response = client.get(url, params=params, headers=headers, follow_redirects=False)
        assert response.status_code < 500 and response.status_code not in (301, 302, 307, 308)

    check()
    run_summary(tally.line())
