"""The Medsender API client: typed models, one error tree, retries, validation before upload."""

from medsender_desktop.api._http import AuthMode, Credentials, ProgressCallback, ProgressFile
from medsender_desktop.api.client import MedsenderClient, ReceivedFaxFilters, SentFaxFilters
from medsender_desktop.api.models import (
    AiResult,
    Attempt,
    Client,
    ClientRef,
    Email,
    FaxNumber,
    Page,
    PageMeta,
    ReceivedFax,
    SendResult,
    SentFax,
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
from medsender_desktop.wire import (
    CallbackStatus,
    Classification,
    DocumentType,
    FaxStatus,
    OrderByDate,
    RecordStatus,
    SentStatus,
)

__all__ = [
    "AiResult", "Attempt", "AuthMode", "CallbackStatus", "Classification", "Client", "ClientRef",
    "ClientRequest", "CoverSheet", "Credentials", "DocumentType", "Email", "FaxNumber", "FaxRequest", "FaxStatus",
    "ForwardRequest", "MedsenderClient", "NumberRequest", "NumberUpdate",
    "OrderByDate", "Page", "PageMeta", "ProgressCallback", "ProgressFile",
    "ReceivedFax", "ReceivedFaxFilters", "RecordStatus", "SecureEmailRequest", "SendResult",
    "SentFax", "SentFaxFilters", "SentStatus",
]
