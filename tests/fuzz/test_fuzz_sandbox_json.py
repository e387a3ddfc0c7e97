"""Nested and non-strict JSON bodies against every sandbox endpoint that takes a body: a 4xx
with the contract's error body, never a 500 (schemathesis covers the schema-shaped inputs)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.strategies import JSON_VALUES, Tally, bounded, deep
from tests.integration.sandbox.conftest import (  # noqa: F401  (fixtures)
    Sandbox,
    documents,
    make_sandbox,
    sandbox,
)

pytestmark = pytest.mark.fuzz
ENDPOINTS = [("POST", "/clients"), ("POST", "/fax_numbers"), ("POST", "/sent_faxes"),
             ("POST", "/emails"), ("PATCH", "/clients/nope"), ("POST", "/ai_documents")]


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:  # any JSON value, NaN and lone surrogates included
        return json.dumps(draw(st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=6)))\
            .encode("utf-8", "surrogatepass")
    if choice == 1:  # deep nesting inside a field
        levels = draw(st.integers(30, 20_000))
        return b'{"name": ' + deep(levels).encode() + b"}"
    if choice == 2:
        levels = draw(st.integers(30, 20_000))
        return b'{"name": ' + b'{"a":' * levels + b"1" + b"}" * (levels + 1)
    return draw(st.binary(max_size=300))


def test_hostile_json_bodies_never_make_the_sandbox_fail(
    sandbox: Sandbox, run_summary: Callable[[str], None]  # noqa: F811
) -> None:
    tally = Tally("sandbox JSON bodies")

    @bounded(200)
    @given(st.sampled_from(ENDPOINTS), bodies())
    def check(endpoint: tuple[str, str], body: bytes) -> None:
        tally.tried += 1
        method, path = endpoint
        response = sandbox.client.request(method, path, content=body,
                                          headers={"Content-Type": "application/json"})
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert response.json()["error"]["status"] == response.status_code

    check()
    run_summary(tally.line())
