"""What the user asks Medsender to do, as typed, frozen requests (the docs' send arguments).

The dialogs build these; services and the client take them. Nothing here validates against
the server's rules yet: :class:`~medsender_desktop.api.MedsenderClient` checks every field
before anything is uploaded, so a request may hold what the user typed, as typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from medsender_desktop.wire import DocumentType

#: A document to upload: a file on disk or its bytes.
Document = Path | bytes

__all__ = ["ClientRequest", "CoverSheet", "Document", "FaxRequest", "ForwardRequest", "NumberRequest",
           "NumberUpdate", "SecureEmailRequest"]


def _documents(value: Document | str | tuple[Document | str, ...] | list[Document | str]) -> tuple[Document, ...]:
    items = (value,) if isinstance(value, (Path, bytes, str)) else tuple(value)
    return tuple(Path(item) if isinstance(item, str) else item for item in items)


def _numbers(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True, repr=False)
class CoverSheet:
    """The cover-sheet arguments shared by sending and forwarding a fax (all optional).

    ``patient_dob`` is ``YYYY-MM-DD`` text or a date; ``document_type`` says whether the
    access-code sheet, the document or both are faxed (the server's default: both).
    """

    patient_name: str | None = None
    patient_dob: str | dt.date | None = None
    note: str | None = None
    sender_name: str | None = None
    recipient_name: str | None = None
    document_type: DocumentType | str | None = None

    def __repr__(self) -> str:  # PHI stays out of logs and tracebacks
        return f"CoverSheet(document_type={self.document_type!r})"


@dataclass(frozen=True, slots=True, repr=False)
class FaxRequest:
    """Send ``files`` (combined, in order, into one fax) to each of ``to_numbers``.

    Each destination is its own fax with its own send token: the client sends one
    destination per call (:meth:`per_recipient` splits a request), so an outbox can record
    and retry each on its own. A single number or file may be given without a tuple.
    """

    to_numbers: tuple[str, ...]
    from_number: str
    files: tuple[Document, ...]
    cover: CoverSheet = field(default_factory=CoverSheet)
    callback_url: str | None = None
    #: the name the upload carries (default: the first file's name)
    filename: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "to_numbers", _numbers(self.to_numbers))
        object.__setattr__(self, "files", _documents(self.files))

    @property
    def to_number(self) -> str:
        """The one destination of a request made by :meth:`per_recipient`."""
        if len(self.to_numbers) != 1:
            raise ValueError("a fax request with several destinations is sent one at a time")
        return self.to_numbers[0]

    def per_recipient(self) -> tuple[FaxRequest, ...]:
        """One request per destination, everything else shared."""
        return tuple(replace(self, to_numbers=(number,)) for number in self.to_numbers)

    def __repr__(self) -> str:
        return (f"FaxRequest(destinations={len(self.to_numbers)}, files={len(self.files)}, "
                f"cover={self.cover!r})")


@dataclass(frozen=True, slots=True, repr=False)
class ForwardRequest:
    """Forward the received fax ``send_token`` to ``to_number``.

    Without ``from_number`` Medsender sends from the number the fax was received on.
    """

    send_token: str
    to_number: str
    from_number: str | None = None
    cover: CoverSheet = field(default_factory=CoverSheet)
    callback_url: str | None = None

    def __repr__(self) -> str:
        return f"ForwardRequest(send_token={self.send_token!r}, cover={self.cover!r})"


@dataclass(frozen=True, slots=True, repr=False)
class SecureEmailRequest:
    """Send ``file`` as a secure e-mail link (``sender_name`` is required by the docs).

    ``expire_after`` is the link's life in days (1 to 180; Medsender's default is 30).
    """

    file: Document
    recipient_email: str
    sender_name: str
    recipient_name: str | None = None
    reply_to_email: str | None = None
    patient_name: str | None = None
    patient_dob: str | dt.date | None = None
    subject: str | None = None
    note: str | None = None
    expire_after: int | None = None
    callback_url: str | None = None
    filename: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.file, str):
            object.__setattr__(self, "file", Path(self.file))

    def __repr__(self) -> str:
        return f"SecureEmailRequest(expire_after={self.expire_after!r})"


@dataclass(frozen=True, slots=True)
class NumberRequest:
    """Provision a new fax number in ``area_code`` (3 digits, e.g. ``415``).

    ``callback_url``: where Medsender sends news about the number's faxes (None: nowhere, the
    app checks for itself); ``client_id``: the client (site) the number belongs to.
    """

    area_code: str
    callback_url: str | None = None
    client_id: str | None = None


@dataclass(frozen=True, slots=True)
class NumberUpdate:
    """Change a number's callback address and/or client; ``None`` leaves a field as it is,
    ``""`` clears it (no callbacks: the app checks for itself; no client)."""

    number_id: str
    callback_url: str | None = None
    client_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClientRequest:
    """Create a client named ``name``, optionally moving an existing number to it."""

    name: str
    fax_number_id: str | None = None
