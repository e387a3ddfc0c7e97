"""Reading a callback body: size-limited while streaming, parsed in memory, never spooled.

Starlette's form parser spools uploads over 1 MB to a temporary file: an unencrypted copy
of an inbound fax on disk. This parser keeps every part in memory (bounded by the body
limit) and stops reading the moment the limit is passed, without waiting for the rest.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import parse_qsl

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, MultipartState, parse_options_header

from medsender_desktop import wire

MAX_PARTS: Final = 16
MAX_BOUNDARY_LENGTH: Final = 200  # RFC 2046: at most 70 characters; python-multipart's limit is 256
FORM_URLENCODED: Final = "application/x-www-form-urlencoded"
MULTIPART: Final = "multipart/form-data"


class BodyTooLarge(Exception):
    """The body is over the configured limit."""


class MalformedBody(Exception):
    """The body is not a form the relay understands. The message is safe to send back."""


@dataclass(frozen=True, slots=True)
class CallbackForm:
    fields: Mapping[str, str]
    file: bytes | None


@dataclass(slots=True)
class _Part:
    name: str = ""
    is_file: bool = False
    data: bytearray = field(default_factory=bytearray)


class _MultipartCollector:
    """python-multipart callbacks that collect parts into memory."""

    def __init__(self) -> None:
        self.parts: list[_Part] = []
        self._current = _Part()
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self._begin,
            "on_part_data": self._data,
            "on_part_end": self._end,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value_cb,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
        }

    def _begin(self) -> None:
        if len(self.parts) >= MAX_PARTS:
            raise MalformedBody("The callback has too many form parts.")
        self._current = _Part()
        self._disposition = b""

    def _data(self, data: bytes, start: int, end: int) -> None:
        self._current.data += data[start:end]

    def _end(self) -> None:
        self.parts.append(self._current)

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_cb(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = b""
        self._header_value = b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        name = options.get(b"name")
        if not name:
            raise MalformedBody("A form part has no name.")
        self._current.name = name.decode("utf-8", "replace")
        self._current.is_file = b"filename" in options


def _boundary(content_type: str) -> bytes:
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise MalformedBody("The multipart body has no boundary.")
    return boundary


async def read_callback_form(
    content_type: str, chunks: AsyncIterator[bytes], max_bytes: int
) -> CallbackForm:
    """Parse a form-encoded or multipart callback body from its chunks."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    received = 0
    if media_type == MULTIPART:
        collector = _MultipartCollector()
        try:
            boundary = _boundary(content_type)
            if len(boundary) > MAX_BOUNDARY_LENGTH:
                raise MalformedBody("The multipart boundary is too long.")
            parser = MultipartParser(boundary, collector.callbacks())  # type: ignore[arg-type]
            async for chunk in chunks:
                received += len(chunk)
                if received > max_bytes:
                    raise BodyTooLarge
                parser.write(chunk)
            parser.finalize()
        except (FormParserError, ValueError) as exc:
            raise MalformedBody("The multipart body could not be parsed.") from exc
        if parser.state != MultipartState.END:  # cut off: acknowledging it would lose the file
            raise MalformedBody(
                "The multipart body was not received completely (no closing boundary)."
            )
        return _collect(collector.parts)
    if media_type == FORM_URLENCODED:
        body = bytearray()
        async for chunk in chunks:
            received += len(chunk)
            if received > max_bytes:
                raise BodyTooLarge
            body += chunk
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict",
                              max_num_fields=MAX_PARTS)
        except (UnicodeDecodeError, ValueError) as exc:
            raise MalformedBody("The form body could not be parsed.") from exc
        return CallbackForm(fields=dict(pairs), file=None)
    raise MalformedBody(
        "Callbacks must be application/x-www-form-urlencoded or multipart/form-data."
    )


def _collect(parts: list[_Part]) -> CallbackForm:
    fields: dict[str, str] = {}
    document: bytes | None = None
    for part in parts:
        if part.is_file or part.name == wire.FILE_FIELD:
            if document is not None:
                raise MalformedBody("The callback carries more than one file.")
            document = bytes(part.data)
            continue
        try:
            fields[part.name] = part.data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedBody("A form field is not valid UTF-8.") from exc
    return CallbackForm(fields=fields, file=document)
