"""Request plumbing shared by every route: auth, rate limit, Accept, bodies, error answers.

A route is an ``async def handler(ctx: Ctx) -> Response`` wrapped by :func:`endpoint`, which
checks (in this order) Accept (406), credentials (401) and the per-key rate limit (429).
Errors are raised as the project's :class:`~medsender_desktop.errors.ApiError` family and
turned into the contract's error body by :func:`error_response`; messages never echo values.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from medsender_desktop import strict_json, wire
from medsender_desktop.errors import (
    ApiError,
    BadRequest,
    DocumentError,
    NotAcceptable,
    RateLimited,
    Unauthorized,
)
from medsender_desktop.sandbox.logsafe import describe
from medsender_desktop.sandbox.serialize import in_dialect
from medsender_desktop.sandbox.state import SandboxState, retry_after_header

log = logging.getLogger(__name__)

JSON_MAX_BYTES = 256 * 1024  # a JSON body carries fields only, never a document
_STATUS_MESSAGES = {
    400: "The request could not be read. Check its fields and try again.",
    404: "There is nothing at this address. Check the path against the API documentation.",
    405: "This address does not accept that method. Check the API documentation.",
    500: "The sandbox had a problem handling this request.",
}


@dataclass(frozen=True)
class Upload:
    """A file field: its name and bytes (at most ``MAX_FILE_BYTES + 1`` are read, enough for
    the size check to refuse it without holding an arbitrarily large upload)."""

    filename: str | None
    data: bytes


@dataclass(frozen=True)
class Body:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return self.fields.get(name)


@dataclass
class Ctx:
    request: Request
    state: SandboxState
    key: str | None

    @property
    def base_url(self) -> str:
        """The server's public base (no trailing slash), e.g. ``http://127.0.0.1:8765``."""
        configured = self.state.settings.public_base_url
        if configured:
            return configured.rstrip("/")
        return str(self.request.base_url).rstrip("/")

    @property
    def api_base(self) -> str:
        return self.base_url + wire.API_PREFIX

    def respond(self, data: Any, status: int = 200, *, raw: bool = False) -> JSONResponse:
        """JSON in the sandbox's dialect (``raw`` keeps snake_case, e.g. AI results)."""
        return JSONResponse(data if raw else in_dialect(data, self.state.dialect), status)

    def link(self, kind: str, token: str) -> str:
        return self.state.links.url(self.base_url, kind, token)

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    async def body(self) -> Body:
        return await read_body(self.request)


def error_response(status: int, message: str, fields: dict[str, str] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(wire.error_body(status, message, fields), status, headers=headers)


def api_error_response(exc: ApiError) -> JSONResponse:
    status = exc.status or 400
    headers = {}
    if exc.retry_after is not None:
        headers["Retry-After"] = retry_after_header(exc.retry_after)
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="Medsender sandbox"'
    return error_response(status, exc.message, dict(exc.fields) or None, headers or None)


async def on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = _STATUS_MESSAGES.get(exc.status_code, "The request could not be handled.")
    return error_response(exc.status_code, message, headers=exc.headers)


async def on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return api_error_response(exc)


async def on_document_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DocumentError)
    return error_response(400, exc.message, {"file": exc.message})


async def on_client_gone(request: Request, exc: Exception) -> Response:
    """The client went away mid-request (a cut-off upload): nothing is stored, nobody to
    answer; not a server error."""
    log.info("sandbox request abandoned by the client (%s)", request.method)
    return Response(status_code=400)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.error("sandbox request failed: %s", describe(exc))
    return error_response(500, _STATUS_MESSAGES[500])


# --- credentials, Accept, rate limit ------------------------------------------------------------
def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "replace"), b.encode("utf-8", "replace"))


def authenticate(request: Request, state: SandboxState) -> str:
    """The API key of a valid Basic (key:secret) or Bearer (key) header; else 401."""
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.strip().partition(" ")
    credentials = credentials.strip()
    if not header:
        raise Unauthorized(
            "Sign in with your API key and client secret (HTTP Basic) or your API key "
            "(Bearer).", status=401,
        )
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            decoded = ""
        key, _, secret = decoded.partition(":")
        if _same(key, state.api_key) and _same(secret, state.client_secret):
            return state.api_key
    elif scheme.lower() == "bearer" and _same(credentials, state.api_key):
        return state.api_key
    raise Unauthorized(
        "The API key or client secret is not right. Check the keys the sandbox printed.",
        status=401,
    )


def accepts_json(request: Request) -> bool:
    header = request.headers.get("accept")
    if not header:
        return True
    for part in header.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        refused = any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params)
        if not refused and media.lower() in ("*/*", "application/*", "application/json"):
            return True
    return False


Handler = Callable[[Ctx], Awaitable[Response]]


def endpoint(handler: Handler, *, auth: str = "required",
             json_only: bool = True) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: ``auth`` is ``required``, ``optional`` (checked only if sent) or ``none``;
    ``json_only`` answers 406 to a client that does not accept JSON."""

    async def run(request: Request) -> Response:
        state: SandboxState = request.app.state.sandbox
        if json_only and not accepts_json(request):
            raise NotAcceptable("This endpoint answers in JSON; accept application/json.",
                                status=406)
        key: str | None = None
        if auth == "required" or (auth == "optional" and "authorization" in request.headers):
            key = authenticate(request, state)
        wait = state.limiter.check(key or "anonymous")
        if wait is not None:
            raise RateLimited(
                "Too many requests for this API key. Wait a moment, then try again.",
                status=429, retry_after=wait,
            )
        ctx = Ctx(request, state, key)
        state.base_url = ctx.base_url
        return await handler(ctx)

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run


# --- bodies ---------------------------------------------------------------------------------------
def _flatten(data: dict[str, Any], into: dict[str, str]) -> None:
    """JSON body fields, also the nested form (``{"fax_number": {"area_code": "415"}}``)."""
    for key, value in data.items():
        name = wire.snake_key(str(key))
        if isinstance(value, dict):
            _flatten(value, into)
        elif value is None:
            continue
        elif isinstance(value, bool):
            into[name] = "true" if value else "false"
        elif isinstance(value, (str, int, float)):
            into[name] = str(value)
        else:
            raise BadRequest(
                f"The field {name} must be text, a number or true/false.", status=400,
                fields={name: "Must be text, a number or true/false."},
            )


async def _read_upload(upload: UploadFile) -> Upload:
    return Upload(upload.filename, await upload.read(wire.MAX_FILE_BYTES + 1))


async def _read_limited(request: Request, limit: int) -> bytes:
    """The raw body, refused (400) once it grows past ``limit`` bytes."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(f"The request body is larger than {limit // 1024} KB; send files "
                             "as multipart/form-data.", status=400)
        chunks.append(chunk)
    return b"".join(chunks)


async def read_body(request: Request) -> Body:
    """Form, multipart or JSON fields (names snake_cased), and uploaded files."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json" or content_type.endswith("+json"):
        raw = await _read_limited(request, JSON_MAX_BYTES)
        if not raw.strip():
            return Body()
        try:
            data = strict_json.loads(raw)
        except strict_json.StrictJsonError as exc:
            raise BadRequest(f"The request body is not usable JSON: it {exc}.", status=400) from exc
        if not isinstance(data, dict):
            raise BadRequest("The JSON body must be an object of fields.", status=400)
        fields: dict[str, str] = {}
        _flatten(data, fields)
        return Body(fields=fields)
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_files=10, max_fields=200)
        try:
            fields = {}
            files = {}
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    files[name] = await _read_upload(value)
                else:
                    fields[wire.snake_key(name)] = value
            return Body(fields=fields, files=files)
        finally:
            await form.close()
    if not (await _read_limited(request, JSON_MAX_BYTES)).strip():
        return Body()
    raise BadRequest(
        "Send the fields as a form (application/x-www-form-urlencoded or multipart/form-data) "
        "or as JSON.", status=400,
    )
