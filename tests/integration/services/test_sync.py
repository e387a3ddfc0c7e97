"""SyncService against a real sandbox over loopback (no Qt): reload, cache, polling of open
records only, relay events, offline and back."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from medsender_desktop import wire
from medsender_desktop.api import (
    Credentials,
    FaxRequest,
    MedsenderClient,
    ReceivedFax,
    SentFax,
    SentFaxFilters,
)
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import NetworkError
from medsender_desktop.sandbox import SandboxSettings, create_app
from medsender_desktop.services.record_cache import RecordCache
from medsender_desktop.services.sync import Connectivity, SyncConfig, SyncService
from medsender_desktop.serving import BackgroundServer
from tests.paths import CORPUS
from tests.waiting import until

QUICK = SyncConfig(poll_initial=0.1, poll_max=0.4, head_interval_relay=60.0, head_interval_polling=60.0,
                   probe_initial=0.1, probe_max=0.2, view_poll_max=0.4)


class Sandbox:
    def __init__(self, db: Path, speed: str, documents: DocumentWorker) -> None:
        self.db, self.speed, self.documents = db, speed, documents
        self.app = create_app(SandboxSettings(db=str(db), demo=True, speed=speed, rate_limit_per_minute=0),
                              documents=documents)
        self.server = BackgroundServer(self.app, name="sandbox").start()
        state = self.app.state.sandbox
        self.credentials = Credentials(api_key=state.api_key, client_secret=state.client_secret,
                                       base_url=self.server.url + wire.API_PREFIX)

    def restart(self) -> None:
        app = create_app(SandboxSettings(db=str(self.db), demo=True, speed=self.speed, rate_limit_per_minute=0,
                                         api_key=self.credentials.api_key,
                                         client_secret=self.credentials.client_secret),
                         documents=self.documents)
        self.server = BackgroundServer(app, port=self.server.port, name="sandbox").start()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory, documents: DocumentWorker) -> Iterator[Sandbox]:
    box = Sandbox(tmp_path_factory.mktemp("sync") / "sandbox.sqlite3", "fast", documents)
    yield box
    box.server.stop()


async def test_reload_fills_the_lists_and_the_cache(sandbox: Sandbox, tmp_path: Path) -> None:
    cache = RecordCache.in_dir(tmp_path)
    resets: list[int] = []
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", cache=cache, config=QUICK)
        sync.sent_reset.connect(lambda records: resets.append(len(records)))
        await sync.start()
        await until(lambda: sync.loaded)
        assert len(sync.sent_records) >= 30 and len(sync.received_records) >= 30
        assert resets[0] == 0 and resets[-1] == len(sync.sent_records)  # cache (empty) first
        await sync.stop()
    # the next start shows the cached lists at once, before (and without) any network
    async with MedsenderClient(sandbox.credentials.__class__(api_key="sk_test_x", base_url="http://127.0.0.1:9/api/v2"),
                               max_attempts=1) as offline:
        again = SyncService(offline, profile_id="p", cache=cache, config=QUICK)
        await again.start()
        assert len(again.sent_records) == resets[-1]
        await until(lambda: not again.connectivity.online)
        await again.stop()
    cache.close()


async def test_only_open_records_are_polled_until_final(sandbox: Sandbox) -> None:
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", config=QUICK)
        await sync.start()
        await until(lambda: sync.loaded)
        await until(lambda: not sync.tracked_tokens)  # demo faxes finish quickly
        number = (await client.list_fax_numbers())[0].number
        sent = await client.send_fax(FaxRequest(
            to_numbers=("(718) 555-0002",), from_number=number,
            files=(CORPUS / "minimal-document.pdf",),
        ))
        statuses: list[str] = []
        sync.sent_changed.connect(lambda r: statuses.append(str(r.sent_status)) if r.send_token == sent.token else None)
        record = await sync.track_sent(sent.token)
        assert not record.is_final and sync.tracked_tokens == {sent.token}
        await until(lambda: statuses and statuses[-1] == "success")
        assert sent.token not in sync.tracked_tokens
        assert statuses[0] in ("queued", "inprogress")
        await sync.stop()


async def test_relay_events_update_single_records(sandbox: Sandbox) -> None:
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", config=QUICK)
        await sync.start()
        await until(lambda: sync.loaded)
        changes = []
        sync.received_changed.connect(changes.append)
        number = (await client.list_fax_numbers())[0].number
        arrived = await client.simulate_received_fax(CORPUS / "minimal-document.pdf", to_number=number)
        sync.apply_relay_event("received_fax", arrived.token, None, "file-1")
        await until(lambda: changes)
        assert changes[0].record.send_token == arrived.token and changes[0].is_new
        # the same event again (at-least-once delivery) changes nothing
        sync.apply_relay_event("received_fax", arrived.token, None, "file-1",
                               str(changes[0].record.fax_status))
        await sync.settled()
        assert len(changes) == 1
        await sync.stop()


async def test_callbacks_are_hints_confirmed_against_the_api(sandbox: Sandbox) -> None:
    """Defect 3: the signature covers only token + completedAt, so a replayed signature can
    carry any content. What the desktop shows comes from the API, by token; a callback about
    a record the API does not know is never shown."""
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", config=QUICK)
        await sync.start()
        await until(lambda: sync.loaded)
        sent_changes = []
        sync.sent_changed.connect(sent_changes.append)
        forged = SentFax.from_api({"sendToken": "feedfeedfeed", "sentStatus": "success",
                                   "patientName": "Forged Person"})
        sync.apply_relay_event("sent_fax", "feedfeedfeed", forged, None, "success")
        await sync.settled()
        assert sent_changes == []
        assert all(r.token != "feedfeedfeed" for r in sync.sent_records)
        genuine = next(r for r in sync.sent_records if r.is_final and hasattr(r, "sent_status"))
        changed = SentFax.from_api({"sendToken": genuine.token, "sentStatus": "failure",
                                    "patientName": "Somebody Else", "toNumber": "+19995550100"})
        sync.apply_relay_event("sent_fax", genuine.token, changed, None, "failure")
        await sync.settled()
        shown = next(r for r in sync.sent_records if r.token == genuine.token)
        fetched = await client.get_sent_fax(genuine.token)  # the API's, not the callback's
        # (a fresh secure link is signed to the second: two fetches may differ only there)
        assert replace(shown, secure_link=None) == replace(fetched, secure_link=None)
        assert shown.patient_name != "Somebody Else" and str(shown.sent_status) != "failure"
        await sync.stop()


async def test_a_callback_that_cannot_be_confirmed_waits_for_the_api(
    tmp_path: Path, documents: DocumentWorker
) -> None:
    box = Sandbox(tmp_path / "hint.sqlite3", "instant", documents)
    try:
        async with MedsenderClient(box.credentials, max_attempts=1, documents=documents) as client:
            number = (await client.list_fax_numbers())[0].number
            arrived = await client.simulate_received_fax(CORPUS / "minimal-document.pdf",
                                                         to_number=number)
            await asyncio.to_thread(box.server.stop)  # Medsender unreachable from now on
            sync = SyncService(client, profile_id="p", config=QUICK)
            await sync.start()
            forged = ReceivedFax.from_api({"sendToken": arrived.token, "faxStatus": "success",
                                           "callerName": "Forged Caller"})
            sync.apply_relay_event("received_fax", arrived.token, forged, None, "success")
            await sync.settled()
            assert sync.received_records == []  # not shown from the callback's own details
            await asyncio.to_thread(box.restart)
            await until(lambda: any(r.send_token == arrived.token for r in sync.received_records),
                        "the confirmed fax", 20)
            confirmed = next(r for r in sync.received_records if r.send_token == arrived.token)
            from_api = await client.get_received_fax(arrived.token)
            assert confirmed.caller_name == from_api.caller_name != "Forged Caller"
            await sync.stop()
    finally:
        box.server.stop()


async def test_server_filters_apply_to_live_records_too(sandbox: Sandbox) -> None:
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", config=QUICK)
        await sync.start()
        await until(lambda: sync.loaded)
        target = next(r for r in sync.sent_records if getattr(r, "to_number", None))
        await sync.set_sent_filters(SentFaxFilters(to_number=target.to_number))
        assert {r.to_number for r in sync.sent_records} == {target.to_number}
        sync.apply_relay_event("sent_fax", "notmatching1",
                               SentFax.from_api({"sendToken": "notmatching1", "toNumber": "+19995550100"}))
        await asyncio.wait_for(sync.settled(), 10)  # the update ran to its end
        assert all(r.send_token != "notmatching1" for r in sync.sent_records)
        await sync.stop()


async def test_offline_and_back(tmp_path: Path, documents: DocumentWorker) -> None:
    box = Sandbox(tmp_path / "offline.sqlite3", "instant", documents)
    seen: list[Connectivity] = []
    try:
        async with MedsenderClient(box.credentials, max_attempts=1, documents=box.documents) as client:
            sync = SyncService(client, profile_id="p", config=QUICK)
            sync.connectivity_changed.connect(seen.append)
            await sync.start()
            await until(lambda: sync.loaded)
            await asyncio.to_thread(box.server.stop)
            with pytest.raises(NetworkError):
                await sync.refresh()
            assert seen and not seen[-1].online and "Could not reach" in seen[-1].message
            assert len(sync.sent_records) > 0, "the lists stay"
            await asyncio.to_thread(box.restart)
            await until(lambda: sync.connectivity.online)
            assert seen[-1] == Connectivity(True)
            await sync.stop()
    finally:
        box.server.stop()


async def test_emails_the_app_sent_are_kept_through_filters_and_followed_until_viewed(
        sandbox: Sandbox, tmp_path: Path) -> None:
    """Medsender cannot list e-mails: the ones the app sent stay (sealed in the cache) when a
    filter hides them and after a restart, and are polled past delivery until opened."""
    from medsender_desktop.api import Email, SecureEmailRequest

    cache = RecordCache.in_dir(tmp_path)
    pdf = (CORPUS / "pdflatex-4-pages.pdf").read_bytes()
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        sync = SyncService(client, profile_id="p", cache=cache, config=QUICK)
        await sync.start()
        await until(lambda: sync.loaded)
        sent = await client.send_email(SecureEmailRequest(pdf, "reader@example.com", "Front Desk"))
        first = await sync.track_sent(sent.token, email=True)
        assert isinstance(first, Email) and sent.token in {r.token for r in sync.sent_records}
        viewed = await until(lambda: sync_record(sync, sent.token), "opened by the reader", 20,
                             ready=lambda r: r is not None and r.last_viewed_at is not None)
        assert str(viewed.email_status) == "success" and sent.token not in sync.tracked_tokens

        await sync.set_sent_filters(SentFaxFilters(to_number="(212) 555-0100"))  # hides e-mails
        assert sent.token not in {r.token for r in sync.sent_records}
        await sync.set_sent_filters(None)  # back, though Medsender never lists it
        assert sync_record(sync, sent.token) == viewed
        await sync.stop()
    async with MedsenderClient(sandbox.credentials, max_attempts=1, documents=sandbox.documents) as client:
        again = SyncService(client, profile_id="p", cache=cache, config=QUICK)
        await again.start()
        await until(lambda: again.loaded)
        assert sync_record(again, sent.token) == viewed  # kept on this computer, sealed
        await again.stop()
    cache.close()
    assert b"reader@example.com" not in (tmp_path / "cache.sqlite3").read_bytes()


def sync_record(sync: SyncService, token: str) -> object:
    return next((r for r in sync.sent_records if r.token == token), None)
