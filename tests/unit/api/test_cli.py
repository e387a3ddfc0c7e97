"""The power-user command line: output, exit codes 0 / 2 / 1."""

from __future__ import annotations

import json

import httpx

from medsender_desktop.api.cli import main

from .conftest import API_KEY, BASE, CORPUS, SECRET, FakeMedsender, sent_fax_json

ENV = {"MEDSENDER_API_KEY": API_KEY, "MEDSENDER_CLIENT_SECRET": SECRET, "MEDSENDER_BASE_URL": BASE}


def run(argv, fake, capsys, env=ENV):
    code = main(argv, env=env, transport=httpx.MockTransport(fake))
    out, err = capsys.readouterr()
    return code, out, err


def test_send_prints_fax_id(capsys):
    fake = FakeMedsender()
    fake.on("POST", "/sent_faxes", {"message": "ok", "faxId": "f5cfd99304f9"})
    code, out, _ = run([ "send", str(CORPUS / "minimal-document.pdf"), "--to", "9174732192",
                         "--from", "9177572947", "--patient-name", "P"], fake, capsys)
    assert (code, out.strip()) == (0, "f5cfd99304f9")


def test_status_prints_json(capsys):
    fake = FakeMedsender()
    fake.on("GET", "/sent_faxes/abc", sent_fax_json(token="abc", status="queued"))
    code, out, _ = run(["status", "abc"], fake, capsys)
    assert code == 0
    data = json.loads(out)
    assert data["send_token"] == "abc" and data["sent_status"] == "queued"


def test_list_received(capsys):
    fake = FakeMedsender()
    fake.on("GET", "/received_faxes", {"receivedFaxes": [{"sendToken": "r1"}],
                                       "meta": {"totalCount": 1, "totalPages": 1, "perPage": 10, "page": 1}})
    code, out, _ = run(["list", "received"], fake, capsys)
    assert code == 0 and json.loads(out)["items"][0]["send_token"] == "r1"


def test_validation_error_exits_2_with_message(capsys):
    fake = FakeMedsender()
    code, out, err = run(["send", str(CORPUS / "libreoffice-writer-password.pdf"), "--to", "9174732192",
                          "--from", "9177572947"], fake, capsys)
    assert code == 2 and out == "" and "password" in err.lower()
    code, _, err = run(["send", str(CORPUS / "minimal-document.pdf"), "--to", "12", "--from",
                        "9177572947"], fake, capsys)
    assert code == 2 and "recipient's fax number" in err
    assert fake.seen == []


def test_other_failure_exits_1(capsys):
    fake = FakeMedsender()
    fake.on("GET", "/sent_faxes/abc", httpx.Response(404, json={"error": {"status": 404, "message": "Not found"}}))
    code, _, err = run(["status", "abc"], fake, capsys)
    assert code == 1 and "Not found" in err
