"""One signed-in profile: its API client, live sync, relay subscription, outbox and documents.

Every fax goes through the profile's outbox (:mod:`.outbox`): ``queue_fax`` keeps it and
returns at once; the outbox uploads it, the live sync follows it once Medsender has it, and
the address book counts the recipient.

Built by the composition root (``medsender_desktop.app``), handed to the windows, closed when
the user switches profile or quits. Plain asyncio, no Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from typing import Any

from medsender_desktop import wire
from medsender_desktop.api import (
    Client,
    ClientRequest,
    Email,
    FaxNumber,
    FaxRequest,
    ForwardRequest,
    MedsenderClient,
    NumberRequest,
    NumberUpdate,
    ProgressCallback,
    ReceivedFax,
    ReceivedFaxFilters,
    SecureEmailRequest,
    SendResult,
    SentFax,
    SentFaxFilters,
)
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.errors import MedsenderError
from medsender_desktop.relay.subscriber import RelayEvent, RelayState, RelaySubscriber
from medsender_desktop.services.address_book import AddressBook
from medsender_desktop.services.ai import AiService
from medsender_desktop.services.ai_history import AiHistory
from medsender_desktop.services.ai_runs import AiRuns
from medsender_desktop.services.events import Event
from medsender_desktop.services.outbox import Outbox, UploadProgress
from medsender_desktop.services.outbox_store import OutboxEntry, OutboxState
from medsender_desktop.services.patient_check import DocumentPatient, PatientReader
from medsender_desktop.services.profiles import Profile
from medsender_desktop.services.read_state import ReadState
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.services.sent_followup import SentFollowUp
from medsender_desktop.services.sync import SyncService
from medsender_desktop.services.sync_config import Connectivity
from medsender_desktop.wire import CallbackKind

log = logging.getLogger(__name__)

DOCUMENT_CACHE_SIZE = 8


class Session:
    def __init__(
        self,
        profile: Profile,
        client: MedsenderClient,
        sync: SyncService,
        *,
        read_state: ReadState,
        documents: DocumentWorker,
        outbox: Outbox,
        address_book: AddressBook | None = None,
        relay: RelaySubscriber | None = None,
        ai_history: AiHistory | None = None,
    ) -> None:
        self.profile = profile
        self.client = client
        self.sync = sync
        self.read_state = read_state
        self.documents = documents
        self.relay = relay
        self.ai = AiService(client)
        #: the AI tab's queue and history (results by relay event, or polled)
        self.ai_runs = AiRuns(client, documents, ai_history, profile_id=profile.id,
                              relay_connected=lambda: self.relay_state is RelayState.CONNECTED)
        # what the windows listen to (the sync service's events, passed on as they are)
        self.sent_reset = sync.sent_reset
        self.sent_changed = sync.sent_changed
        self.received_reset = sync.received_reset
        self.received_changed = sync.received_changed
        self.connectivity_changed = sync.connectivity_changed
        self.outbox = outbox
        #: after sending: the document sent, the delivery timeline, Retry, secure e-mail link
        self.followup = SentFollowUp(outbox, client, documents)
        self.address_book = address_book
        self._side_tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self.relay_state_changed: Event[RelayState | None] = Event("relay_state_changed")
        self.read_changed: Event[tuple[str, bool]] = Event("read_changed")
        self._read: set[str] = set()
        self._documents: OrderedDict[str, bytes] = OrderedDict()
        self._numbers: list[FaxNumber] | None = None

    # --- lifecycle -----------------------------------------------------------------------
    @property
    def relay_state(self) -> RelayState | None:
        return self.relay.state if self.relay is not None else None

    async def start(self) -> None:
        self._read = await self.read_state.read_tokens(self.profile.id)
        await self.sync.start()
        self.outbox.sent.connect(self._on_outbox_sent)
        self.sync.sent_changed.connect(self._on_sent_changed)
        await self.outbox.start()
        if self.relay is not None and self.profile.relay_url:
            self.ai_runs.callback_url = self.profile.relay_url.rstrip("/") + wire.RELAY_CALLBACKS
        await self.ai_runs.start()
        if self.relay is not None:
            await self.relay.start()

    async def close(self) -> None:
        self._closing = True  # from here on, no new side work (the stores are closing)
        if self.relay is not None:
            with contextlib.suppress(Exception):
                await self.relay.stop()
        # sync first: a relay event still being confirmed would otherwise hand a record to
        # the outbox after its store closed
        await self.sync.stop()
        await self.outbox.stop()  # an upload cut off here is checked at the next start
        await self.ai_runs.stop()  # an analysis cut off here is followed at the next start
        for task in list(self._side_tasks):
            task.cancel()
        await asyncio.gather(*self._side_tasks, return_exceptions=True)
        self.outbox.close()
        await self.client.aclose()
        self.relay_state_changed.disconnect_all()
        self.read_changed.disconnect_all()
        self._documents.clear()

    # --- relay callbacks (wired by the composition root) -----------------------------------
    def on_relay_event(self, event: RelayEvent) -> None:
        if event.kind == CallbackKind.AI:  # a hint: the AI queue fetches the result itself
            self.ai_runs.on_relay_event(event.token)
            return
        record = event.record if isinstance(event.record, (SentFax, Email, ReceivedFax)) else None
        self.sync.apply_relay_event(event.kind, event.token, record, event.file_id, event.status)

    def on_relay_state(self, state: RelayState) -> None:
        self.sync.set_relay_connected(state is RelayState.CONNECTED)
        self.relay_state_changed.emit(state)

    # --- read / unread -------------------------------------------------------------------
    def is_read(self, token: str) -> bool:
        return token in self._read

    async def set_read(self, token: str, read: bool = True) -> None:
        if (token in self._read) == read:
            return
        (self._read.add if read else self._read.discard)(token)
        await self.read_state.mark(self.profile.id, token, read)
        self.read_changed.emit((token, read))

    # --- documents -----------------------------------------------------------------------
    async def received_document(self, token: str) -> bytes:
        """The received fax as PDF bytes, always from Medsender through a fresh secure link
        (never the relay's copy: a received-fax callback's file is not covered by its
        signature, see SECURITY.md). Kept in memory only (a few recent ones), never on disk."""
        if token in self._documents:
            self._documents.move_to_end(token)
            return self._documents[token]
        record: ReceivedFax = await self.sync.fetch_received(token)
        if not record.secure_link:
            raise MedsenderError("Medsender did not provide a link to this fax's document.")
        data = await self.client.download(record.secure_link)
        pdf = await self.documents.to_pdf(data)
        self._documents[token] = pdf
        while len(self._documents) > DOCUMENT_CACHE_SIZE:
            self._documents.popitem(last=False)
        return pdf

    # --- numbers and actions ---------------------------------------------------------------
    # --- what the views ask ------------------------------------------------------------------
    @property
    def connectivity(self) -> Connectivity:
        return self.sync.connectivity

    @property
    def sent_records(self) -> list[SentRecord]:
        return self.sync.sent_records

    @property
    def received_records(self) -> list[ReceivedFax]:
        return self.sync.received_records

    @property
    def lists_filtered(self) -> bool:
        """Whether the Sent or the Received list shows only what a filter lets through."""
        return self.sync.sent_filters is not None or self.sync.received_filters is not None

    async def refresh(self) -> None:
        """Reload the Sent and Received lists from Medsender (raises when it cannot)."""
        await self.sync.refresh()

    async def filter_sent(self, filters: SentFaxFilters | None) -> None:
        """Reload the Sent list with ``filters`` applied by the server (``None``: all)."""
        await self.sync.set_sent_filters(filters)

    async def filter_received(self, filters: ReceivedFaxFilters | None) -> None:
        await self.sync.set_received_filters(filters)

    async def follow_sent(self, token: str, *, email: bool = False) -> SentRecord:
        """The sent fax or e-mail fetched fresh (with a new secure link), and followed."""
        return await self.sync.track_sent(token, email=email)

    async def clients(self) -> list[Client]:
        return await self.client.list_clients()

    async def fax_numbers(self, *, refresh: bool = False) -> list[FaxNumber]:
        if self._numbers is None or refresh:
            self._numbers = await self.client.list_fax_numbers()
        return list(self._numbers)

    # --- numbers and clients: provisioning, callbacks, names ----------------------------------
    @property
    def relay_callback_url(self) -> str:
        """Where this profile's relay takes Medsender's callbacks ("" without a relay)."""
        relay = self.profile.relay_url.strip().rstrip("/")
        return relay + wire.RELAY_CALLBACKS if relay else ""

    async def provision_number(self, request: NumberRequest) -> FaxNumber:
        """A new number, active at once; the send dialog offers it from now on."""
        number = await self.client.provision_fax_number(request)
        self._remember_number(number)
        return number

    async def update_number(self, update: NumberUpdate) -> FaxNumber:
        """Change where a number's callbacks go and/or its client."""
        number = await self.client.update_fax_number(update)
        self._remember_number(number)
        return number

    async def create_client(self, request: ClientRequest) -> Client:
        client = await self.client.create_client(request)
        if request.fax_number_id:  # the number moved to the new client
            self._numbers = None
        return client

    async def rename_client(self, client_id: str, name: str) -> Client:
        client = await self.client.rename_client(client_id, name)
        self._numbers = None  # the numbers carry their client's name
        return client

    def _remember_number(self, number: FaxNumber) -> None:
        if self._numbers is None:
            return
        if any(n.id == number.id for n in self._numbers):
            self._numbers = [number if n.id == number.id else n for n in self._numbers]
        else:
            self._numbers.append(number)

    async def forward(self, request: ForwardRequest) -> SendResult:
        """Forward a received fax and follow the new sent fax."""
        result = await self.client.forward_received_fax(request)
        if self.address_book is not None:  # a recipient like any other: offered in To from now on
            with contextlib.suppress(MedsenderError):
                await self.address_book.record_use(request.to_number, request.cover.recipient_name)
        with contextlib.suppress(MedsenderError):
            await self.sync.track_sent(result.token)
        return result

    async def send_secure_email(self, request: SecureEmailRequest) -> Email:
        """Send a document as a secure e-mail link; the Sent tab shows it from now on (kept in
        the encrypted cache, since Medsender cannot list e-mails) and follows its status."""
        result = await self.client.send_email(request)
        try:
            record = await self.sync.track_sent(result.token, email=True)
        except MedsenderError:  # sent: followed from the next poll on
            record = Email(email_id=result.token, recipient_email=request.recipient_email,
                           sender_name=request.sender_name, subject=request.subject,
                           email_status="queued")
            await self.sync.remember_email(record)
        assert isinstance(record, Email)
        return record

    async def sent_document(self, token: str) -> bytes:
        """A sent fax's document as PDF bytes: the outbox's copy when this computer sent it,
        otherwise from Medsender through a fresh secure link (kept in memory only)."""
        with contextlib.suppress(MedsenderError):
            return await self.followup.document(token)
        record = await self.sync.track_sent(token)
        if not record.secure_link:
            raise MedsenderError("Medsender did not provide a link to this fax's document.")
        return await self.documents.to_pdf(await self.client.download(record.secure_link))

    async def document_patient(self, pdf: bytes) -> DocumentPatient:
        """The patient a document is about, read by Medsender AI (the send dialog's check)."""
        return await PatientReader(self.ai).read(pdf)

    async def queue_fax(self, request: FaxRequest, *, send_at: float | None = None
                        ) -> list[OutboxEntry]:
        """Put the fax in the outbox (one entry per recipient) and return at once; refused
        before anything is kept if a number, a field or a document is not valid."""
        return await self.outbox.enqueue(request, send_at=send_at)

    async def send_fax(self, request: FaxRequest, *,
                       progress: ProgressCallback | None = None) -> list[SendResult]:
        """Send through the outbox and wait until Medsender has each fax; the results in order.
        ``progress(sent, total)`` counts the bytes of each upload.

        Raises the reason (in plain words) for a fax Medsender refused.
        """
        entries = await self.queue_fax(request)
        ours = {e.id for e in entries}

        def forward(update: UploadProgress) -> None:
            if progress is not None and update.entry_id in ours:
                progress(update.sent, update.total)

        self.outbox.progress.connect(forward)
        try:
            results = []
            for entry in entries:
                token = await self.wait_sent(entry.id)
                if token is None:
                    raise MedsenderError("The fax is still in the outbox; it goes out at the "
                                         "next start.")
                results.append(SendResult(message="", token=token))
            return results
        finally:
            self.outbox.progress.disconnect(forward)

    async def wait_sent(self, entry_id: str) -> str | None:
        """The send token once the outbox has handed the fax to Medsender (and the Sent list
        shows it); None if the session closes first (the fax stays in the outbox);
        MedsenderError with the reason if it was refused or cancelled."""
        entry = await self.outbox.wait_handed_over(entry_id)
        if entry is None:
            return None
        if entry.state is not OutboxState.SENT or not entry.token:
            raise MedsenderError(entry.error or "The fax was cancelled before it was sent.")
        with contextlib.suppress(MedsenderError):
            await self.sync.track_sent(entry.token)
        return entry.token

    # --- outbox wiring -------------------------------------------------------------------
    def _on_outbox_sent(self, entry: OutboxEntry) -> None:
        self._spawn(self._after_upload(entry))

    async def _after_upload(self, entry: OutboxEntry) -> None:
        assert entry.token is not None
        if self.address_book is not None:
            with contextlib.suppress(MedsenderError):
                await self.address_book.record_use(entry.to_number,
                                                   entry.fields.get("recipient_name"))
        with contextlib.suppress(MedsenderError):
            await self.sync.track_sent(entry.token)  # the Sent list follows it from now on

    def _on_sent_changed(self, record: Any) -> None:
        if isinstance(record, SentFax):  # a relay event or a poll: the outbox's status too
            self._spawn(self.outbox.apply_sent_fax(record))

    def _spawn(self, work: Any) -> None:
        if self._closing:  # a late status while closing: the next start catches up
            work.close()
            return
        task = asyncio.ensure_future(work)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
