"""Durability across restarts, the demo account, and the ``medsender-sandbox`` console script."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from medsender_desktop.sandbox.__main__ import main
from medsender_desktop.sandbox.demo import seed_demo
from tests.waiting import wait_until

from .conftest import Receiver, Sandbox


def _stop(sandbox: Sandbox) -> None:
    sandbox.client.close()
    sandbox.server.stop()


def test_restart_with_same_db_loses_nothing_and_resumes(make_sandbox, tmp_path: Path,
                                                        pdf: bytes, receiver: Receiver) -> None:
    db = str(tmp_path / "sandbox.db")
    first = make_sandbox(db=db, speed="realistic")
    number = first.number(callback_url=receiver.url("hook"))
    queued = [first.send(pdf, f"646555{n:04d}", number["number"]) for n in (123, 2, 0)]
    receiver.fail["hook"] = 1000  # the receiver is down while the first sandbox runs
    received = first.client.post("/sandbox/received_faxes", data={"to_number": number["number"]},
                                 files={"file": ("in.pdf", pdf)}).json()["faxId"]
    receiver.wait("hook", status=500)
    states = {t: first.client.get(f"/sent_faxes/{t}").json()["sentStatus"] for t in queued}
    assert set(states.values()) == {"queued"}
    key, secret = first.api_key, first.client_secret
    _stop(first)
    # faxes were queued with realistic timing; make them due now, as if the wait had passed
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sent_faxes SET next_step_at = 0 WHERE next_step_at IS NOT NULL")
        conn.execute("UPDATE callbacks SET next_try_at = 0 WHERE status = 'pending'")
    receiver.fail["hook"] = 0
    second = make_sandbox(db=db)
    assert (second.api_key, second.client_secret) == (key, secret)
    outcomes = [second.wait_sent(t)["sentStatus"] for t in queued]
    assert outcomes == ["success", "success", "failure"]
    assert second.client.get(f"/received_faxes/{received}").json()["numPages"] == 2
    delivered = {Receiver.details(h)["sendToken"] for h in receiver.wait("hook", count=4)}
    assert delivered == {received, *queued}
    wait_until(lambda: second.client.get(f"/received_faxes/{received}").json(),
             ready=lambda f: f["callbackStatus"] == "success")
    assert second.client.get("/fax_numbers").json()["faxNumbers"][0]["id"] == number["id"]


def test_demo_account_covers_every_status(make_sandbox) -> None:
    started = time.perf_counter()
    sandbox = make_sandbox(demo=True, speed="fast")
    assert time.perf_counter() - started < 10
    c = sandbox.client
    assert len(c.get("/clients").json()["clients"]) == 2
    assert len(c.get("/fax_numbers").json()["faxNumbers"]) == 3
    sent = []
    for status in ("activated", "archived", "revoked"):
        sent += c.get("/sent_faxes", params={"is_test": "true", "page_size": 100,
                                             "record_status": status}).json()["sentFaxes"]
    assert 45 <= len(sent) <= 55
    assert set(Counter(f["recordStatus"] for f in sent)) == {"activated", "archived", "revoked"}
    assert set(Counter(f["sentStatus"] for f in sent)) == {"queued", "inprogress", "success",
                                                           "failure"}
    received = c.get("/received_faxes", params={"is_test": "true", "page_size": 100}).json()
    faxes = received["receivedFaxes"]
    assert 45 <= len(faxes) <= 55 and received["meta"]["totalCount"] == len(faxes)
    assert {f["documentClassification"] for f in faxes} >= {"Referral", "Lab Result",
                                                            "Prescription"}
    assert all(f["patientName"] for f in faxes if f["numPages"])  # nothing read from no page
    assert max(f["numPages"] for f in faxes) > 1
    ages = [time.time() - time.mktime(time.strptime(f["sentAt"][:19], "%Y-%m-%dT%H:%M:%S"))
            for f in faxes]
    assert max(ages) - min(ages) > 7 * 86400  # spread over weeks
    # the live ones move on while the app is open (the quickest within a couple of seconds)
    live = [f for f in sent if f["sentStatus"] in ("queued", "inprogress")]
    quick = min(live, key=lambda f: f["toNumber"].endswith(("0000", "0002")))
    assert sandbox.wait_sent(quick["sendToken"])["completedAt"]
    link = c.get(f"/sent_faxes/{sent[0]['sendToken']}").json()["secureLink"]
    assert httpx.get(link, trust_env=False).content.startswith(b"%PDF")


async def test_demo_seeding_is_idempotent(make_sandbox) -> None:
    sandbox = make_sandbox(demo=True)
    assert await seed_demo(sandbox.state) is False
    meta = sandbox.client.get("/received_faxes", params={"is_test": "true"}).json()["meta"]
    assert meta["totalCount"] == 50


def test_receive_subcommand(sandbox: Sandbox, tmp_path: Path, pdf: bytes,
                            capsys: pytest.CaptureFixture[str]) -> None:
    number = sandbox.number()
    document = tmp_path / "incoming.pdf"
    document.write_bytes(pdf)
    code = main(["receive", str(document), "--to", number["number"], "--from", "9175550100",
                 "--caller", "Harbor Lab", "--url", sandbox.url + "/api/v2/"])
    assert code == 0
    token = capsys.readouterr().out.strip()
    fax = sandbox.client.get(f"/received_faxes/{token}").json()
    assert fax["callerName"] == "Harbor Lab" and fax["fromNumber"] == "+19175550100"
    assert main(["receive", str(document), "--to", "2125550999", "--url", sandbox.url]) == 1
    assert "to_number" in capsys.readouterr().err
    assert main(["receive", str(tmp_path / "missing.pdf"), "--to", number["number"],
                 "--url", sandbox.url]) == 2
    assert main(["receive", str(document), "--to", number["number"],
                 "--url", "http://127.0.0.1:9"]) == 1


def test_console_script_prints_url_and_keys_and_serves(tmp_path: Path) -> None:
    env = {**os.environ, "MEDSENDER_SANDBOX_API_KEY": "sk_test_fixed_for_scripts",
           "MEDSENDER_SANDBOX_CLIENT_SECRET": "fixed-secret"}
    with subprocess.Popen(  # the with-block closes the pipes
        [sys.executable, "-m", "medsender_desktop.sandbox", "--port", "0", "--speed", "instant",
         "--db", str(tmp_path / "cli.db"), "--dialect", "snake"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    ) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(4)]
            base = lines[1].split()[-1]
            assert base.startswith("http://127.0.0.1:") and base.endswith("/api/v2")
            assert lines[2].split()[-1] == "sk_test_fixed_for_scripts"
            assert lines[3].split()[-1] == "fixed-secret"
            response = wait_until(
                lambda: _try_get(base + "/fax_numbers", ("sk_test_fixed_for_scripts", "fixed-secret")),
                "the sandbox to answer")
            assert response.json() == {"fax_numbers": []}
        finally:
            process.terminate()
            process.wait(timeout=10)


def _try_get(url: str, auth: tuple[str, str]) -> httpx.Response | None:
    try:
        return httpx.get(url, auth=auth, trust_env=False)
    except httpx.ConnectError:
        return None
