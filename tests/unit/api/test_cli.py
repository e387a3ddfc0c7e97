"""The power-user command line: output, exit codes 0 / 2 / 1."""

from __future__ import annotations

import base64
import json

import httpx

from medsender_desktop.cli import main
from tests.paths import CORPUS

from .conftest import API_KEY, BASE, SECRET, FakeMedsender, sent_fax_json

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


def test_list_sent_and_all_pages(capsys):
    fake = FakeMedsender()

    def page(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params["page"])
        return httpx.Response(200, json={"sentFaxes": [sent_fax_json(token=f"s{n}")], "meta": {
            "totalCount": 2, "totalPages": 2, "perPage": 1, "page": n}})

    fake.on("GET", "/sent_faxes", page)
    code, out, _ = run(["list", "sent", "--page", "2", "--page-size", "1"], fake, capsys)
    data = json.loads(out)
    assert code == 0 and [i["send_token"] for i in data["items"]] == ["s2"]
    assert data["meta"] == {"total_count": 2, "total_pages": 2, "per_page": 1, "page": 2}
    assert fake.seen[-1].params["is_test"] == "true"  # test keys see their own records
    code, out, _ = run(["list", "sent", "--all"], fake, capsys)
    walked = json.loads(out)
    assert code == 0 and walked["count"] == 2
    assert [i["send_token"] for i in walked["items"]] == ["s1", "s2"]


def test_server_side_validation_error_exits_2_with_field_messages(capsys):
    fake = FakeMedsender()
    fake.on("POST", "/sent_faxes", httpx.Response(400, json={"error": {
        "status": 400, "message": "The sender's fax number is not one of your fax numbers",
        "fields": {"from_number": "Use a number listed under Fax numbers."}}}))
    code, out, err = run(["send", str(CORPUS / "minimal-document.pdf"), "--to", "9174732192",
                          "--from", "9177572947"], fake, capsys)
    assert code == 2 and out == ""
    assert "not one of your fax numbers" in err and "from_number: Use a number" in err


def test_usage_errors_exit_2(capsys):
    code, out, err = run(["send", "x.pdf", "--to", "9174732192"], FakeMedsender(), capsys)
    assert code == 2 and out == "" and "--from" in err


def test_credentials_come_from_the_keyring_profile(capsys):
    from medsender_desktop.services.credentials import CredentialStore, ProfileSecrets
    from medsender_desktop.services.profiles import Profile, ProfileManager
    from medsender_desktop.services.settings import SettingsStore, default_paths

    manager = ProfileManager(SettingsStore(default_paths().config_dir), CredentialStore())
    other = manager.save(Profile(id="other", name="Other", base_url=BASE),
                         ProfileSecrets(api_key="sk_live_OTHERKEY", client_secret="other-secret"))
    active = manager.save(Profile(id="clinic", name="Clinic", base_url=BASE),
                          ProfileSecrets(api_key=API_KEY, client_secret=SECRET))
    manager.set_active(active)
    fake = FakeMedsender()
    fake.on("GET", "/sent_faxes/abc", sent_fax_json(token="abc"))
    code, _out, err = run(["status", "abc"], fake, capsys, env={})
    assert code == 0, err
    basic = base64.b64encode(f"{API_KEY}:{SECRET}".encode()).decode()
    assert fake.seen[-1].headers["authorization"] == f"Basic {basic}"
    code, _, err = run(["--profile", other.id, "status", "abc"], fake, capsys, env={})
    assert code == 0, err
    basic = base64.b64encode(b"sk_live_OTHERKEY:other-secret").decode()
    assert fake.seen[-1].headers["authorization"] == f"Basic {basic}"


def test_no_credentials_anywhere_exits_1_with_advice(capsys):
    fake = FakeMedsender()
    code, out, err = run(["status", "abc"], fake, capsys, env={})
    assert code == 1 and out == "" and "MEDSENDER_API_KEY" in err
    assert fake.seen == []
