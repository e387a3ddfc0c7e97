"""Our client against the real sandbox over loopback HTTP, in both response dialects."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import uuid

import pytest

from medsender_desktop.api import (
    AuthMode,
    ClientRequest,
    CoverSheet,
    FaxRequest,
    ForwardRequest,
    MedsenderClient,
    NumberRequest,
    NumberUpdate,
    ReceivedFaxFilters,
    SecureEmailRequest,
    SentFaxFilters,
    SentStatus,
)
from medsender_desktop.errors import BadRequest, NotFound, Unauthorized
from tests.paths import CORPUS
from tests.waiting import until

from .conftest import credentials

PDF = CORPUS / "pdflatex-4-pages.pdf"


async def wait_final(api, token: str):
    return await until(lambda: api.get_sent_fax(token), f"sent fax {token} to be final", 20,
                       ready=lambda fax: fax.is_final)


async def test_send_reaches_success(api, our_number):
    result = await api.send_fax(FaxRequest(
        to_numbers=("(212) 555-0199",), from_number=our_number.number, files=(PDF,),
        cover=CoverSheet(patient_name="Ada Lovelace", patient_dob="1980-12-10",
                         sender_name="Front Desk", recipient_name="Dr. Who"),
    ))
    fax = await wait_final(api, result.token)
    assert fax.sent_status is SentStatus.SUCCESS
    assert fax.to_number == "+12125550199" and fax.is_test
    assert fax.completed_at >= fax.sent_at
    assert (fax.expiry - fax.sent_at).days == 30


async def test_number_ending_0000_fails_after_five_attempts(api, our_number):
    result = await api.send_fax(FaxRequest(
        to_numbers=("212-555-0000",), from_number=our_number.number, files=(PDF,),
    ))
    fax = await wait_final(api, result.token)
    assert fax.sent_status is SentStatus.FAILURE
    assert len(fax.attempts) == 5
    assert fax.error_details and fax.error_text


async def test_number_ending_0002_succeeds_on_third_attempt(api, our_number):
    result = await api.send_fax(FaxRequest(
        to_numbers=("212-555-0002",), from_number=our_number.number, files=(PDF,),
    ))
    fax = await wait_final(api, result.token)
    assert fax.sent_status is SentStatus.SUCCESS and len(fax.attempts) == 3


async def test_lists_filters_and_pagination_agree_with_what_was_sent(api, our_number):
    tag = uuid.uuid4().hex[:8]
    names = [f"Patient {tag} {i}" for i in range(5)]
    tokens = {}
    for i, name in enumerate(names):
        r = await api.send_fax(FaxRequest(
            to_numbers=(f"212555{1100 + i:04d}",), from_number=our_number.number, files=(PDF,),
            cover=CoverSheet(patient_name=name, sender_name=f"Sender {tag}"),
        ))
        tokens[r.token] = name
    walked = [f async for f in api.iter_sent_faxes(SentFaxFilters(sender_name=f"Sender {tag}"), page_size=2)]
    assert {f.send_token for f in walked} == set(tokens)
    page1 = await api.list_sent_faxes(SentFaxFilters(sender_name=f"Sender {tag}"), page=1, page_size=2)
    assert page1.meta.total_count == 5 and page1.meta.total_pages == 3 and page1.meta.per_page == 2
    one = await api.list_sent_faxes(SentFaxFilters(patient_name=names[3]))
    assert [f.send_token for f in one.items] == [t for t, n in tokens.items() if n == names[3]]
    by_to = await api.list_sent_faxes(SentFaxFilters(to_number="(212) 555-1102", sender_name=f"Sender {tag}"))
    assert [f.patient_name for f in by_to.items] == [names[2]]
    asc = [f async for f in api.iter_sent_faxes(
        SentFaxFilters(sender_name=f"Sender {tag}", order_by_date="asc"), page_size=100)]
    dsc = [f async for f in api.iter_sent_faxes(SentFaxFilters(sender_name=f"Sender {tag}"), page_size=100)]
    assert [f.sent_at for f in asc] == sorted(f.sent_at for f in asc)
    assert [f.sent_at for f in dsc] == sorted((f.sent_at for f in dsc), reverse=True)


async def test_received_forward_and_filters(api, our_number):
    caller = f"HOSPITAL {uuid.uuid4().hex[:6]}"
    r = await api.simulate_received_fax(PDF, to_number=our_number.number, from_number="9135758385",
                                        caller_name=caller)
    fax = await api.get_received_fax(r.token)
    assert fax.num_pages == 4 and fax.to_number == our_number.number and fax.secure_link
    document = await api.download(fax.secure_link)
    assert document.startswith(b"%PDF")
    listed = await api.list_received_faxes(ReceivedFaxFilters(caller_name=caller))
    assert [f.send_token for f in listed.items] == [r.token]
    assert listed.meta.total_count == 1 and listed.items[0].num_pages == 4
    today = dt.datetime.now(dt.UTC).date()
    narrowed = ReceivedFaxFilters(
        caller_name=caller, from_number="(913) 575-8385", to_number=our_number.number,
        fax_status="success", date_start=today, date_end=today)
    assert [f.send_token for f in (await api.list_received_faxes(narrowed)).items] == [r.token]
    for miss in (ReceivedFaxFilters(caller_name=caller, fax_status="failure"),
                 ReceivedFaxFilters(caller_name=caller, from_number="2125550100"),
                 ReceivedFaxFilters(caller_name=caller, date_end=today - dt.timedelta(days=1))):
        assert (await api.list_received_faxes(miss)).items == ()
    walked = [f.send_token async for f in api.iter_received_faxes(page_size=1)]
    assert r.token in walked and len(walked) == len(set(walked))
    forwarded = await api.forward_received_fax(ForwardRequest(
        send_token=r.token, to_number="2125550123", cover=CoverSheet(note="fyi"),
    ))
    out = await wait_final(api, forwarded.token)
    assert out.sent_status is SentStatus.SUCCESS


async def test_email_numbers_clients_and_ai(api, our_number):
    e = await api.send_email(SecureEmailRequest(
        file=PDF, recipient_email="dr.who@example.com", sender_name="Front Desk", expire_after=7,
    ))
    email = await api.get_email(e.token)
    assert email.email_id == e.token and email.recipient_email == "dr.who@example.com"
    client = await api.create_client(f"Clinic {uuid.uuid4().hex[:4]}", fax_number_id=our_number.id)
    renamed = await api.rename_client(client.client_id, "Renamed Clinic")
    assert renamed.name == "Renamed Clinic"
    assert client.client_id in {c.client_id for c in await api.list_clients()}
    number = await api.update_fax_number(our_number.id, callback_url="https://cb.example/hook")
    assert number.callback_url == "https://cb.example/hook"
    assert (await api.get_fax_number(our_number.id)).callback_url == "https://cb.example/hook"
    job = await api.run_ai(PDF)
    ai = await until(lambda: api.get_ai_result(job.token), "the AI result", 20,
                     ready=lambda ai: ai.document_classification)
    assert ai.ai_token == job.token and ai.summary


async def test_bearer_auth_and_wrong_keys(sandbox, documents, our_number):
    async with MedsenderClient(credentials(sandbox, AuthMode.BEARER), documents=documents) as bearer:
        assert (await bearer.get_fax_number(our_number.id)).id == our_number.id
    state, base = sandbox
    from medsender_desktop.api import Credentials

    wrong = Credentials(api_key=state.api_key, client_secret="wrong", base_url=base)
    async with MedsenderClient(wrong, documents=documents) as client:
        with pytest.raises(Unauthorized):
            await client.list_fax_numbers()


async def test_server_side_errors_map(api):
    with pytest.raises(NotFound):
        await api.get_sent_fax("doesnotexist")
    with pytest.raises(BadRequest):  # not one of our numbers
        await api.send_fax(FaxRequest(
            to_numbers=("2125550199",), from_number="3105550123", files=(PDF,),
        ))


async def test_cli_against_sandbox(sandbox, our_number):
    state, base = sandbox
    env = {**os.environ, "MEDSENDER_API_KEY": state.api_key,
           "MEDSENDER_CLIENT_SECRET": state.client_secret, "MEDSENDER_BASE_URL": base}

    async def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "medsender_desktop.api", *args],
                                       env=env, capture_output=True, text=True, timeout=60)

    sent = await cli("send", str(PDF), "--to", "2125550199", "--from", our_number.number)
    assert sent.returncode == 0, sent.stderr
    token = sent.stdout.strip()
    status = await cli("status", token)
    assert status.returncode == 0 and f'"send_token": "{token}"' in status.stdout
    bad = await cli("send", str(PDF), "--to", "12", "--from", our_number.number)
    assert bad.returncode == 2 and "fax number" in bad.stderr
    missing = await cli("status", "nope")
    assert missing.returncode == 1 and missing.stderr.startswith("error:")


async def test_typed_number_and_client_requests(api):
    """Provision with a client and callback, clear both with "", refused area codes in words."""
    client = await api.create_client(ClientRequest(f"Site {uuid.uuid4().hex[:4]}"))
    number = await api.provision_fax_number(NumberRequest("617", "https://cb.example/hook", client.client_id))
    assert number.number.startswith("+1617") and number.client.client_id == client.client_id
    assert number.id in {n.id for n in (await api.get_client(client.client_id)).fax_numbers}
    cleared = await api.update_fax_number(NumberUpdate(number.id, callback_url="", client_id=""))
    assert cleared.callback_url is None and cleared.client is None
    moved = await api.update_fax_number(NumberUpdate(number.id, client_id=client.client_id))
    assert moved.client.client_id == client.client_id and moved.callback_url is None
    with pytest.raises(BadRequest) as refused:
        await api.provision_fax_number(NumberRequest("999"))
    assert "area_code" in refused.value.fields and "not in use" in refused.value.message
