from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from medsender_desktop.relay.forms import BodyTooLarge, MalformedBody, read_callback_form


def encoded(**kwargs: object) -> tuple[str, bytes]:
    request = httpx.Request("POST", "http://relay/callbacks", **kwargs)  # type: ignore[arg-type]
    return request.headers["content-type"], request.read()


async def chunks_of(body: bytes, size: int, consumed: list[int] | None = None) -> AsyncIterator[bytes]:
    for start in range(0, len(body), size):
        if consumed is not None:
            consumed.append(start)
        yield body[start : start + size]


async def test_multipart_with_file_parsed_in_memory() -> None:
    content_type, body = encoded(data={"recordDetails": '{"sendToken":"t"}'},
                                 files={"file": ("fax.pdf", b"%PDF-1.7\r\n--not a boundary", "application/pdf")})
    form = await read_callback_form(content_type, chunks_of(body, 7), 10_000)
    assert form.fields == {"recordDetails": '{"sendToken":"t"}'}
    assert form.file == b"%PDF-1.7\r\n--not a boundary"


async def test_urlencoded() -> None:
    content_type, body = encoded(data={"AiDocumentDetails": '{"aiResult": {"ai_token": "x&y=z"}}'})
    form = await read_callback_form(content_type, chunks_of(body, 5), 10_000)
    assert form.fields == {"AiDocumentDetails": '{"aiResult": {"ai_token": "x&y=z"}}'}
    assert form.file is None


@pytest.mark.parametrize("kind", ["multipart", "urlencoded"])
async def test_reading_stops_as_soon_as_the_limit_is_passed(kind: str) -> None:
    if kind == "multipart":
        content_type, body = encoded(files={"file": ("a.pdf", b"x" * 100_000, "application/pdf")})
    else:
        content_type, body = encoded(data={"recordDetails": "x" * 100_000})
    consumed: list[int] = []
    with pytest.raises(BodyTooLarge):
        await read_callback_form(content_type, chunks_of(body, 1000, consumed), 10_000)
    assert len(consumed) == 11  # the 11th chunk crossed 10,000 bytes; nothing after it was read


@pytest.mark.parametrize(("content_type", "body"), [
    ("application/json", b"{}"),
    ("multipart/form-data", b"--x\r\n"),
    ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--\r\n"),
    ("application/x-www-form-urlencoded", b"recordDetails=%ff%fe"),
    ("application/x-www-form-urlencoded", "&".join(f"f{i}=v" for i in range(40)).encode()),
])
async def test_malformed_bodies(content_type: str, body: bytes) -> None:
    with pytest.raises(MalformedBody):
        await read_callback_form(content_type, chunks_of(body, 100), 10_000)


async def test_two_files_are_refused() -> None:
    content_type, body = encoded(files=[("file", ("a.pdf", b"1", "application/pdf")),
                                        ("other", ("b.pdf", b"2", "application/pdf"))])
    with pytest.raises(MalformedBody, match="more than one file"):
        await read_callback_form(content_type, chunks_of(body, 100), 10_000)


async def test_too_many_parts_are_refused() -> None:
    content_type, body = encoded(data={f"f{i}": "v" for i in range(40)},
                                 files={"file": ("a.pdf", b"1", "application/pdf")})
    with pytest.raises(MalformedBody, match="too many"):
        await read_callback_form(content_type, chunks_of(body, 100), 100_000)


async def test_a_body_without_its_closing_boundary_is_refused() -> None:
    content_type, body = encoded(data={"recordDetails": "{}"},
                                 files={"file": ("a.pdf", b"%PDF-1.4 whole", "application/pdf")})
    cut = body[: body.rindex(b"\r\n--")]
    with pytest.raises(MalformedBody, match="not received completely"):
        await read_callback_form(content_type, chunks_of(cut, 64), 10_000)
    form = await read_callback_form(content_type, chunks_of(body, 64), 10_000)
    assert form.file == b"%PDF-1.4 whole"


@pytest.mark.parametrize("length", [201, 257, 5000])
async def test_an_overlong_boundary_is_malformed_not_an_error(length: int) -> None:
    boundary = "b" * length
    body = f"--{boundary}\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--{boundary}--\r\n"
    with pytest.raises(MalformedBody, match="boundary is too long"):
        await read_callback_form(f"multipart/form-data; boundary={boundary}",
                                 chunks_of(body.encode(), 100), 100_000)
