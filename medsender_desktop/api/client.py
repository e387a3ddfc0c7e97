"""``MedsenderClient``: every operation of the Medsender API, typed, async.

Fields are validated and files inspected before anything is uploaded; responses are parsed
once into the frozen models of :mod:`medsender_desktop.api.models`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import httpx

from medsender_desktop import wire
from medsender_desktop.api import validation
from medsender_desktop.api._http import Credentials, HttpCore, ProgressCallback
from medsender_desktop.api._params import (
    ReceivedFaxFilters,
    SentFaxFilters,
    _client_name,
    _date_text,
    _enum_filter,
    _phone_filter,
    _send_result,
    _text,
    _token,
    _walk,
)
from medsender_desktop.api.models import (
    AiResult,
    Client,
    Email,
    FaxNumber,
    Page,
    PageMeta,
    ReceivedFax,
    SendResult,
    SentFax,
    normalize_keys,
    parse_list,
    unwrap,
)
from medsender_desktop.api.requests import (
    ClientRequest,
    CoverSheet,
    FaxRequest,
    ForwardRequest,
    NumberRequest,
    NumberUpdate,
    SecureEmailRequest,
)
from medsender_desktop.documents import AI_KINDS, FAX_KINDS, DocumentWorker, FileKind
from medsender_desktop.documents.worker import read_source
from medsender_desktop.errors import ValidationError

T = TypeVar("T")
FileInput = Path | str | bytes


class MedsenderClient:
    """One client per profile; ``async with MedsenderClient(creds, documents=worker) as api:``.

    ``documents`` is the process's one :class:`DocumentWorker` (the composition root builds
    it); every file is checked on it before upload. A client without one cannot upload.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        max_attempts: int = 4,
        retry_timeout: float = 30.0,
        wait_initial: float = 0.2,
        wait_max: float = 5.0,
        documents: DocumentWorker | None = None,
    ) -> None:
        self._http = HttpCore(
            credentials, transport=transport, timeout=timeout, max_attempts=max_attempts,
            retry_timeout=retry_timeout, wait_initial=wait_initial, wait_max=wait_max,
        )
        self._documents = documents

    @property
    def credentials(self) -> Credentials:
        return self._http.credentials

    def __repr__(self) -> str:
        return f"MedsenderClient(base_url={self.credentials.base_url!r}, test={self.credentials.is_test})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> MedsenderClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- files ---------------------------------------------------------------------------
    def _worker(self) -> DocumentWorker:
        """The process's one documents worker, passed in by whoever built this client."""
        if self._documents is None:
            raise RuntimeError("this MedsenderClient was built without a DocumentWorker "
                               "(pass documents=) and cannot check files")
        return self._documents

    async def _load_file(
        self, file: FileInput, filename: str | None, allowed: frozenset[FileKind]
    ) -> tuple[str, bytes, str]:
        """Read and inspect a file before upload: type from content, pages, size, encryption.

        Every problem (missing, a folder, unreadable, empty, too large, wrong type, damaged,
        encrypted, too many pages) is a DocumentError whose text names no path or file name.
        """
        if isinstance(file, bytes):
            data = file
            name = filename
        else:
            path = Path(file)
            # size checked before reading; never more than the limit is read
            data = await asyncio.to_thread(read_source, path, wire.MAX_FILE_BYTES)
            name = filename or path.name
        info = await self._worker().inspect(data, allowed=allowed)
        kind = info.kind
        extension = {"pdf": "pdf", "tiff": "tiff", "png": "png", "jpeg": "jpg"}[str(kind)]
        if not name:
            name = f"document.{extension}"
        return name, data, FileKind(kind).mime

    async def _load_files(
        self, files: tuple[FileInput, ...], filename: str | None, allowed: frozenset[FileKind]
    ) -> tuple[str, bytes, str]:
        """One upload from one or more files: several are combined, in order, into one PDF,
        which must itself keep to the page and size limits."""
        if not files:
            raise ValidationError("Choose the document to send.", field="file")
        if len(files) == 1:
            return await self._load_file(files[0], filename, allowed)
        loaded = [await self._load_file(file, None, allowed) for file in files]
        merged = await self._worker().merge([data for _, data, _ in loaded])
        first = loaded[0][0]
        name = filename or f"{first.rsplit('.', 1)[0] or 'document'}.pdf"
        return await self._load_file(merged, name, allowed)

    # --- sent faxes ----------------------------------------------------------------------
    def _cover_fields(self, cover: CoverSheet, callback_url: str | None) -> dict[str, Any]:
        dob = None
        if cover.patient_dob not in (None, ""):
            dob = validation.validate_dob(
                cover.patient_dob.isoformat() if isinstance(cover.patient_dob, dt.date)
                else str(cover.patient_dob)
            )
        return {
            "patient_name": _text(cover.patient_name),
            "patient_dob": dob,
            "note": _text(cover.note),
            "sender_name": _text(cover.sender_name),
            "recipient_name": _text(cover.recipient_name),
            "document_type": str(validation.validate_document_type(str(cover.document_type)))
            if cover.document_type not in (None, "")
            else None,
            "callback_url": _text(callback_url),
        }

    async def send_fax(
        self, request: FaxRequest, *, progress: ProgressCallback | None = None
    ) -> SendResult:
        """Queue a PDF/TIFF (several files are combined into one) for faxing to the request's
        one destination (:meth:`FaxRequest.per_recipient` splits a request with several).
        Raises SendOutcomeUnknown if the answer was lost."""
        if len(request.to_numbers) != 1:
            raise ValidationError("Enter one fax number to send to.", field="to_number")
        data = {
            "to_number": validation.normalize_phone(request.to_number, "to_number"),
            "from_number": validation.normalize_phone(request.from_number, "from_number"),
            **self._cover_fields(request.cover, request.callback_url),
        }
        upload = await self._load_files(request.files, request.filename, FAX_KINDS)
        body = await self._http.send_json(
            "POST", wire.SENT_FAXES, data=data, file=upload, progress=progress
        )
        return _send_result(body, "fax_id", "send_token")

    async def get_sent_fax(self, send_token: str) -> SentFax:
        body = await self._http.get_json(wire.SENT_FAX.format(send_token=_token(send_token)))
        return SentFax.from_api(unwrap(body, "sent_fax"))

    async def list_sent_faxes(
        self, filters: SentFaxFilters | None = None, *, page: int = 1, page_size: int = 10
    ) -> Page[SentFax]:
        params = self._sent_params(filters or SentFaxFilters())
        return await self._list(wire.SENT_FAXES, params, page, page_size, "sent_faxes", SentFax.from_api)

    def iter_sent_faxes(
        self, filters: SentFaxFilters | None = None, *, page_size: int = 100
    ) -> AsyncIterator[SentFax]:
        return _walk(lambda p: self.list_sent_faxes(filters, page=p, page_size=page_size))

    def _sent_params(self, f: SentFaxFilters) -> dict[str, Any]:
        return {
            "from_number": _phone_filter(f.from_number, "from_number"),
            "to_number": _phone_filter(f.to_number, "to_number"),
            "patient_name": _text(f.patient_name),
            "patient_dob": _date_text(f.patient_dob, "patient_dob"),
            "sender_name": _text(f.sender_name),
            "recipient_name": _text(f.recipient_name),
            **self._common_params(f.date_start, f.date_end, f.order_by_date, f.is_test),
        }

    def _common_params(self, start: Any, end: Any, order: str | None, is_test: bool | None) -> dict[str, Any]:
        test = self.credentials.is_test if is_test is None else is_test
        return {
            "date_start": _date_text(start, "date_start"),
            "date_end": _date_text(end, "date_end"),
            "order_by_date": str(validation.validate_order(order)) if order else None,
            "is_test": "true" if test else None,
        }

    async def _list(self, path: str, params: dict[str, Any], page: int, page_size: int,
                    key: str, parse: Callable[[Mapping[str, Any]], T]) -> Page[T]:
        params = {**params, "page": validation.validate_page(page),
                  "page_size": validation.validate_page_size(page_size)}
        body = await self._http.get_json(path, params)
        items = parse_list(body, key, parse)
        meta = normalize_keys(body).get("meta") if isinstance(body, Mapping) else None
        return Page(items=tuple(items), meta=PageMeta.from_api(meta, items=len(items)))

    # --- emails --------------------------------------------------------------------------
    async def send_email(
        self, request: SecureEmailRequest, *, progress: ProgressCallback | None = None
    ) -> SendResult:
        """Send a document as a secure e-mail link."""
        r = request
        if not _text(r.sender_name):
            raise ValidationError("Enter the sender's name.", field="sender_name")
        data = {
            "recipient_email": validation.validate_email(r.recipient_email),
            "reply_to_email": validation.validate_email(r.reply_to_email, "reply_to_email")
            if _text(r.reply_to_email) else None,
            "sender_name": _text(r.sender_name),
            "recipient_name": _text(r.recipient_name),
            "patient_name": _text(r.patient_name),
            "patient_dob": validation.validate_dob(str(r.patient_dob)) if r.patient_dob else None,
            "subject": _text(r.subject),
            "note": _text(r.note),
            "expire_after": validation.validate_expire_after(r.expire_after)
            if r.expire_after is not None else None,
            "callback_url": _text(r.callback_url),
        }
        upload = await self._load_file(r.file, r.filename, FAX_KINDS)
        body = await self._http.send_json("POST", wire.EMAILS, data=data, file=upload, progress=progress)
        return _send_result(body, "email_id", "send_token")

    async def get_email(self, email_id: str) -> Email:
        body = await self._http.get_json(wire.EMAIL.format(email_id=_token(email_id)))
        return Email.from_api(unwrap(body, "email"))

    # --- received faxes ------------------------------------------------------------------
    async def get_received_fax(self, send_token: str) -> ReceivedFax:
        body = await self._http.get_json(wire.RECEIVED_FAX.format(send_token=_token(send_token)))
        return ReceivedFax.from_api(unwrap(body, "received_fax"))

    async def list_received_faxes(
        self, filters: ReceivedFaxFilters | None = None, *, page: int = 1, page_size: int = 10
    ) -> Page[ReceivedFax]:
        f = filters or ReceivedFaxFilters()
        params = {
            "from_number": _phone_filter(f.from_number, "from_number"),
            "to_number": _phone_filter(f.to_number, "to_number"),
            "caller_name": _text(f.caller_name),
            "fax_status": _enum_filter(wire.FaxStatus, f.fax_status, "fax_status"),
            "client": _text(f.client),
            "callback_status": _enum_filter(wire.CallbackStatus, f.callback_status, "callback_status"),
            **self._common_params(f.date_start, f.date_end, f.order_by_date, f.is_test),
        }
        return await self._list(
            wire.RECEIVED_FAXES, params, page, page_size, "received_faxes", ReceivedFax.from_api
        )

    def iter_received_faxes(
        self, filters: ReceivedFaxFilters | None = None, *, page_size: int = 100
    ) -> AsyncIterator[ReceivedFax]:
        return _walk(lambda p: self.list_received_faxes(filters, page=p, page_size=page_size))

    async def forward_received_fax(self, request: ForwardRequest) -> SendResult:
        """Forward a received fax to another number (a new sent fax)."""
        data = {
            "to_number": validation.normalize_phone(request.to_number, "to_number"),
            "from_number": validation.normalize_phone(request.from_number, "from_number")
            if _text(request.from_number) else None,
            **self._cover_fields(request.cover, request.callback_url),
        }
        path = wire.FORWARD_RECEIVED_FAX.format(send_token=_token(request.send_token))
        return _send_result(await self._http.send_json("POST", path, data=data), "fax_id", "send_token")

    # --- fax numbers ---------------------------------------------------------------------
    async def get_fax_number(self, number_id: str) -> FaxNumber:
        body = await self._http.get_json(wire.FAX_NUMBER.format(number_id=_token(number_id)))
        return FaxNumber.from_api(unwrap(body, "fax_number"))

    async def list_fax_numbers(self) -> list[FaxNumber]:
        return parse_list(await self._http.get_json(wire.FAX_NUMBERS), "fax_numbers", FaxNumber.from_api)

    async def provision_fax_number(
        self, request: NumberRequest | None = None, *, area_code: str = "",
        callback_url: str | None = None, client_id: str | None = None,
    ) -> FaxNumber:
        """A new number, active at once: ``request``, or its fields as keywords."""
        r = request or NumberRequest(area_code, callback_url, client_id)
        data = {
            "area_code": validation.validate_area_code(r.area_code),
            "callback_url": validation.validate_callback_url(r.callback_url)
            if r.callback_url and r.callback_url.strip() else None,
            "client_id": _text(r.client_id),
        }
        body = await self._http.send_json("POST", wire.FAX_NUMBERS, data=data)
        return FaxNumber.from_api(unwrap(body, "fax_number"))

    async def update_fax_number(
        self, update: NumberUpdate | str, *, callback_url: str | None = None,
        client_id: str | None = None,
    ) -> FaxNumber:
        """Change a number's callback address and/or client (a :class:`NumberUpdate`, or the
        number's id and the fields as keywords); ``""`` clears a field."""
        u = update if isinstance(update, NumberUpdate) else NumberUpdate(update, callback_url, client_id)
        data: dict[str, str] = {}
        if u.callback_url is not None:  # "" is sent as it is: no callbacks any more
            data["callback_url"] = (validation.validate_callback_url(u.callback_url)
                                    if u.callback_url.strip() else "")
        if u.client_id is not None:
            data["client_id"] = u.client_id.strip()
        if not data:
            raise ValidationError("Choose what to change: where live updates go, or the client.",
                                  field="callback_url")
        path = wire.FAX_NUMBER.format(number_id=_token(u.number_id))
        return FaxNumber.from_api(unwrap(await self._http.send_json("PATCH", path, data=data), "fax_number"))

    # --- clients -------------------------------------------------------------------------
    async def get_client(self, client_id: str) -> Client:
        body = await self._http.get_json(wire.CLIENT.format(client_id=_token(client_id)))
        return Client.from_api(unwrap(body, "client"))

    async def list_clients(self) -> list[Client]:
        return parse_list(await self._http.get_json(wire.CLIENTS), "clients", Client.from_api)

    async def create_client(self, request: ClientRequest | str, *,
                            fax_number_id: str | None = None) -> Client:
        """A new client (a :class:`ClientRequest`, or its name and number as arguments)."""
        r = request if isinstance(request, ClientRequest) else ClientRequest(request, fax_number_id)
        data = {"name": _client_name(r.name), "fax_number_id": _text(r.fax_number_id)}
        return Client.from_api(unwrap(await self._http.send_json("POST", wire.CLIENTS, data=data), "client"))

    async def rename_client(self, client_id: str, name: str) -> Client:
        path = wire.CLIENT.format(client_id=_token(client_id))
        body = await self._http.send_json("PATCH", path, data={"name": _client_name(name)})
        return Client.from_api(unwrap(body, "client"))

    # --- AI ------------------------------------------------------------------------------
    async def run_ai(
        self, file: FileInput, *, callback_url: str | None = None, filename: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> SendResult:
        upload = await self._load_file(file, filename, AI_KINDS)
        body = await self._http.send_json(
            "POST", wire.AI_DOCUMENTS, data={"callback_url": _text(callback_url)},
            file=upload, progress=progress,
        )
        return _send_result(body, "ai_token", "token")

    async def get_ai_result(self, ai_token: str) -> AiResult:
        body = await self._http.get_json(wire.AI_DOCUMENT.format(ai_token=_token(ai_token)))
        return AiResult.from_api(unwrap(body, "ai_result"))

    # --- documents and sandbox helpers ----------------------------------------------------
    async def download(self, url: str) -> bytes:
        """Fetch a document behind a ``secureLink`` (credentials only go to the API's own host)."""
        response = await self._http.request("GET", url, authenticated=True)
        return response.content

    async def simulate_received_fax(
        self, file: FileInput, *, to_number: str, from_number: str | None = None,
        caller_name: str | None = None, pages_arrived: int | None = None,
    ) -> SendResult:
        """Sandbox only: make a fax arrive on one of your numbers; with ``pages_arrived`` it
        fails (the caller hung up) after that many pages."""
        data = {
            "to_number": validation.normalize_phone(to_number, "to_number"),
            "from_number": validation.normalize_phone(from_number, "from_number")
            if _text(from_number) else None,
            "caller_name": _text(caller_name),
            "fax_status": None if pages_arrived is None else str(wire.FaxStatus.FAILURE),
            "pages_arrived": None if pages_arrived is None else str(pages_arrived),
        }
        upload = await self._load_file(file, None, FAX_KINDS)
        body = await self._http.send_json("POST", wire.SANDBOX_RECEIVED_FAXES, data=data, file=upload)
        return _send_result(body, "fax_id", "send_token")


__all__ = ["MedsenderClient", "ReceivedFaxFilters", "SentFaxFilters"]
