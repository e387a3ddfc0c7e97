"""The relay verifies e-mail callbacks over ``<emailId><completedAt>`` (API-CONTRACT.md,
"Points settled"): the real sandbox's e-mail callbacks are accepted in both dialects, and a
callback signed over anything else is refused with 401 and stored nowhere."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.sandbox import SandboxSettings
from medsender_desktop.sandbox import create_app as create_sandbox
from medsender_desktop.serving import BackgroundServer
from tests.integration.relay.conftest import RunningRelay
from tests.integration.relay.support import (
    API_KEY,
    Callback,
    auth,
    db_rows,
    email_details,
    new_token,
    now_iso,
    phi_pdf,
)
from tests.waiting import wait_until


def _events(client: httpx.Client) -> list[dict]:
    response = client.get("/events", headers=auth())
    assert response.status_code == 200, response.text
    return response.json()["events"]


@pytest.fixture(params=["camel", "snake"])
def sandbox_signing_like_the_relay(request: pytest.FixtureRequest) -> Iterator[BackgroundServer]:
    worker = DocumentWorker()
    app = create_sandbox(SandboxSettings(speed="instant", api_key=API_KEY,
                                         dialect=request.param), documents=worker)
    try:
        with BackgroundServer(app, name="sandbox") as server:
            yield server
    finally:
        worker.close()


@pytest.mark.parametrize("path", ["/callbacks/email", "/callbacks"])
def test_sandbox_email_callbacks_pass_the_relay(relay: RunningRelay, client: httpx.Client,
                                                sandbox_signing_like_the_relay: BackgroundServer,
                                                path: str) -> None:
    state = sandbox_signing_like_the_relay.app.state.sandbox
    with httpx.Client(base_url=sandbox_signing_like_the_relay.url + wire.API_PREFIX,
                      auth=(state.api_key, state.client_secret), trust_env=False) as api:
        sent = api.post(wire.EMAILS, data={
            "recipient_email": "records@example.org", "sender_name": "Dr. Helen Marsh",
            "callback_url": relay.url + path}, files={"file": ("a.pdf", phi_pdf())})
        assert sent.status_code == 200, sent.text
        email_id = sent.json().get("emailId") or sent.json()["email_id"]
        events = wait_until(lambda: _events(client), "the relay to store the e-mail callback")
        assert [(e["kind"], e["token"], e["status"]) for e in events] == [
            ("email", email_id, "success")]
        mail = api.get(wire.EMAIL.format(email_id=email_id)).json()
    completed = mail.get("completedAt") or mail["completed_at"]
    payload = events[0]["payload"]
    assert (payload.get("completedAt") or payload["completed_at"]) == completed


def test_email_callbacks_signed_over_anything_else_are_refused(relay: RunningRelay,
                                                               client: httpx.Client) -> None:
    email_id, send_token, completed = new_token(), new_token(), now_iso()
    details = {**email_details(email_id, completed), "sendToken": send_token}
    wrong = [
        wire.sign(API_KEY, send_token, completed),  # a fax's token, not the email id
        wire.sign(API_KEY, email_id, None),  # no completedAt (the AI scheme)
        wire.sign(API_KEY, email_id, completed + "0"),
        wire.sign(API_KEY, completed, email_id),  # the parts swapped
    ]
    for signature in wrong:
        refused = client.post("/callbacks/email",
                              **Callback("email", details, signature=signature).request_kwargs())
        assert refused.status_code == 401, refused.text
    assert db_rows(relay.data_dir) == [] and _events(client) == []
    right = wire.sign(API_KEY, email_id, completed)
    snake = {"email_id": email_id, "send_token": send_token, "completed_at": completed,
             "email_status": "success"}
    for body in (details, snake):
        accepted = client.post("/callbacks", **Callback("email", body, signature=right)
                               .request_kwargs())
        assert accepted.status_code == 200, accepted.text
    assert [(e["kind"], e["token"]) for e in _events(client)] == [("email", email_id)]
