"""Fault injection: seeded and reproducible, configured through the admin endpoint (refused in
plain words when wrong), and each fault does what it says over real loopback HTTP."""

from __future__ import annotations

import httpx
import pytest

from medsender_desktop.sandbox.faults import FaultPlan, FaultSettings, FaultSpecError
from tests.waiting import wait_until

from .conftest import Receiver, Sandbox

FAULTS = "/sandbox/faults"


def _sequence(settings: FaultSettings, n: int = 300) -> list[tuple[str | None, float, bool]]:
    plan = FaultPlan(settings)
    return [(d.kind, round(d.delay, 6), d.slow) for d in (plan.decide() for _ in range(n))]


def test_the_same_seed_gives_the_same_faults_and_another_seed_others() -> None:
    settings = FaultSettings(seed=7, latency=0.2, rate_limit=0.1, error_503=0.1, burst=3,
                             reset_after=0.1, slow_upload=0.1)
    first, again = _sequence(settings), _sequence(settings)
    assert first == again
    assert first != _sequence(FaultSettings(**{**settings.as_dict(), "seed": 8}))
    kinds = [kind for kind, _, _ in first]
    assert {"rate_limit", "error_503", "reset_after"} <= set(kinds)
    start = kinds.index("error_503")
    assert kinds[start:start + 3] == ["error_503"] * 3  # a burst


def test_a_script_comes_first_then_random_faults() -> None:
    plan = FaultPlan(FaultSettings(script="reset_after,none,rate_limit"))
    assert [plan.decide().kind for _ in range(4)] == ["reset_after", None, "rate_limit", None]
    assert dict(plan.counts) == {"reset_after": 1, "rate_limit": 1}


@pytest.mark.parametrize(("spec", "words"), [
    ("rate_limit=2", "between 0 and 1"),
    ("reset_before=0.6 reset_after=0.6", "add up to more than 1"),
    ("explode=1", "Unknown fault setting"),
    ("latency=nan", "must be a number"),
    ("script=reset_after,fire", "script may only name"),
    ("latency", "name=value"),
])
def test_wrong_settings_are_refused_naming_the_setting(spec: str, words: str) -> None:
    with pytest.raises(FaultSpecError, match=words):
        FaultSettings.from_spec(spec)


def test_the_admin_endpoint_sets_reports_and_clears(sandbox: Sandbox) -> None:
    refused = sandbox.client.put(FAULTS, json={"rate_limit": 5})
    assert refused.status_code == 400 and "rate_limit" in refused.json()["error"]["message"]
    ok = sandbox.client.put(FAULTS, json={"seed": 3, "script": "rate_limit,error_503",
                                          "methods": "get", "paths": "fax_numbers",
                                          "retry_after": 2, "burst": 1})
    assert ok.status_code == 200 and ok.json()["faults"]["methods"] == "GET"
    limited = sandbox.client.get("/fax_numbers")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "2"
    unavailable = sandbox.client.get("/fax_numbers")
    assert unavailable.status_code == 503 and "injected" in unavailable.json()["error"]["message"]
    assert sandbox.client.get("/clients").status_code == 200  # another path: untouched
    assert sandbox.client.get("/fax_numbers").status_code == 200  # script used up
    report = sandbox.client.get(FAULTS).json()
    assert report["injected"] == {"rate_limit": 1, "error_503": 1} and report["total"] == 2
    cleared = sandbox.client.delete(FAULTS).json()
    assert cleared["total"] == 2
    assert sandbox.client.get(FAULTS).json()["total"] == 0


def _count(sandbox: Sandbox) -> int:
    return sandbox.client.get("/sent_faxes", params={"is_test": "true"}).json()["meta"][
        "totalCount"]


@pytest.mark.parametrize(("fault", "stored"), [
    ("reset_before", 0), ("reset_during", 0), ("reset_after", 1),
])
def test_connection_resets_lose_the_answer_and_store_only_after_handling(
        sandbox: Sandbox, pdf: bytes, fault: str, stored: int) -> None:
    number = sandbox.number()["number"]
    sandbox.client.put(FAULTS, json={"script": fault, "methods": "POST", "paths": "sent_faxes"})
    with pytest.raises(httpx.TransportError):
        sandbox.client.post("/sent_faxes", data={"to_number": "2125550101",
                                                 "from_number": number},
                            files={"file": ("doc.pdf", pdf + b"\n" * 200_000,
                                            "application/pdf")})
    assert _count(sandbox) == stored
    assert sandbox.client.get(FAULTS).json()["injected"] == {fault: 1}


def test_failing_callbacks_are_retried_until_they_get_through(
        make_sandbox, receiver: Receiver, pdf: bytes) -> None:
    sandbox = make_sandbox(default_callback_url=receiver.url("cb"))
    number = sandbox.number()["number"]
    sandbox.client.put(FAULTS, json={"seed": 1, "callback_failure": 0.3})
    tokens = [sandbox.send(pdf, "2125550101", number, note=f"cb-{i}") for i in range(4)]
    hits = wait_until(lambda: receiver.on("cb"), "every callback delivered", 30,
                      ready=lambda h: len(h) >= len(tokens))
    assert {Receiver.details(h).get("sendToken") for h in hits} == set(tokens)
    assert sandbox.client.get(FAULTS).json()["injected"].get("callback_failure", 0) > 0
