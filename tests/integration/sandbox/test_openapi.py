"""The OpenAPI document describes exactly what is served, and a schemathesis fuzz run of it
finds no server error and no answer that breaks the document."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from starlette.routing import Route

from medsender_desktop.documents import DocumentWorker
from medsender_desktop.sandbox import SandboxSettings, create_app, openapi
from medsender_desktop.sandbox.faults import FaultSettings
from medsender_desktop.serving import BackgroundServer

from .conftest import Sandbox

FUZZ_EXAMPLES = 15


def test_document_lists_every_route_and_nothing_else(sandbox: Sandbox) -> None:
    document = httpx.get(sandbox.url + "/api/v2/openapi.json", trust_env=False).json()
    assert document["openapi"].startswith("3.0")
    assert document["servers"] == [{"url": sandbox.url}]
    described = {(path, method.upper()) for path, item in document["paths"].items()
                 for method in item}
    served = {(route.path, method) for route in sandbox.server.app.routes
              if isinstance(route, Route) for method in route.methods or () if method != "HEAD"}
    assert described == served
    schemas = document["components"]["schemas"]
    assert "sendToken" in schemas["SentFax"]["properties"]
    assert "ai_token" in schemas["AiResult"]["properties"]  # AI results stay snake_case


def test_snake_dialect_document_uses_snake_keys(make_sandbox) -> None:
    sandbox = make_sandbox(dialect="snake")
    document = sandbox.client.get("/openapi.json").json()
    assert "send_token" in document["components"]["schemas"]["SentFax"]["properties"]
    listed = document["paths"]["/api/v2/sent_faxes"]["get"]["responses"]["200"]
    assert "sent_faxes" in listed["content"]["application/json"]["schema"]["properties"]


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[BackgroundServer]:
    worker = DocumentWorker()
    app = create_app(SandboxSettings(speed="instant", rate_limit_per_minute=0, demo=True),
                     documents=worker)
    with BackgroundServer(app, name="fuzzed-sandbox") as server:
        yield server
    worker.close()


@pytest.fixture(scope="module")
def api_schema(fuzzed_sandbox: BackgroundServer):
    return schemathesis.openapi.from_url(fuzzed_sandbox.url + "/api/v2/openapi.json")


@pytest.fixture(scope="module")
def auth_headers(fuzzed_sandbox: BackgroundServer) -> dict[str, str]:
    state = fuzzed_sandbox.app.state.sandbox
    return {"Authorization": "Bearer " + state.api_key}


def _cases() -> list:
    """Every operation with valid data; those taking input also with schema-violating data."""
    cases = []
    for path, item in openapi.document("camel", "http://x")["paths"].items():
        for method, operation in item.items():
            cases.append(pytest.param(path, method, GenerationMode.POSITIVE,
                                      id=f"{method} {path} positive"))
            if operation.get("parameters") or operation.get("requestBody"):
                cases.append(pytest.param(path, method, GenerationMode.NEGATIVE,
                                          id=f"{method} {path} negative"))
    return cases


@pytest.mark.slow
@pytest.mark.fuzz
@pytest.mark.parametrize(("path", "method", "mode"), _cases())
def test_fuzz_finds_no_server_error_and_no_broken_answer(
        api_schema, auth_headers: dict[str, str], fuzzed_sandbox: BackgroundServer, path: str,
        method: str, mode: GenerationMode) -> None:
    """Every default check except positive_data_acceptance: the sandbox rightly refuses some
    schema-valid values the schema cannot rule out (a phone number that does not exist, a
    number that is not yours, bytes that are not a readable PDF)."""
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def run(case) -> None:
        case.call_and_validate(headers=auth_headers, excluded_checks=[positive_data_acceptance])
        if path.endswith("/sandbox/faults"):  # faults set by a valid example: off again
            fuzzed_sandbox.app.state.sandbox.faults.configure(FaultSettings())

    run()
