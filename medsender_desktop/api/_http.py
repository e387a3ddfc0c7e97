"""The HTTP layer under :class:`MedsenderClient`: auth, retries, error mapping, upload progress.

Third-party (httpx) exceptions are translated here, exactly once, into the error tree.
"""

from __future__ import annotations

import io
import logging
import os
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

import httpx
import stamina
import truststore

from medsender_desktop import wire
from medsender_desktop._version import version
from medsender_desktop.api.validation import check_base_url
from medsender_desktop.errors import (
    ApiError,
    CertificateError,
    MedsenderError,
    NetworkError,
    RateLimited,
    SendOutcomeUnknown,
    ServiceUnavailable,
    error_for_status,
)

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=120.0, pool=10.0)
USER_AGENT = f"MedsenderDesktop/{version()}"


class AuthMode(StrEnum):
    BASIC = "basic"
    BEARER = "bearer"


@dataclass(frozen=True)
class Credentials:
    """How to reach and sign in to one Medsender account. ``repr()`` never shows secrets."""

    api_key: str = field(repr=False)
    client_secret: str = field(default="", repr=False)
    auth_mode: AuthMode = AuthMode.BASIC
    base_url: str = wire.DEFAULT_BASE_URL
    test_mode: bool | None = None

    @property
    def is_test(self) -> bool:
        if self.test_mode is not None:
            return self.test_mode
        return self.api_key.startswith(wire.TEST_KEY_PREFIX)

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.api_key, self.client_secret) if s)

    def auth(self) -> httpx.Auth:
        if self.auth_mode == AuthMode.BEARER:
            return _BearerAuth(self.api_key)
        return httpx.BasicAuth(self.api_key, self.client_secret)


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth(***)"


class ProgressFile(io.RawIOBase):
    """A read-only file over bytes that reports how much of it has been read (= sent).

    httpx has no upload progress API; its multipart encoder reads file objects in chunks as it
    streams them, so counting ``read()`` calls gives bytes sent.
    """

    def __init__(self, data: bytes, callback: ProgressCallback | None) -> None:
        super().__init__()
        self._view = memoryview(data)
        self._pos = 0
        self._callback = callback
        self._reported = -1

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, min(len(self._view), base + offset))
        return self._pos

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        chunk = bytes(self._view[self._pos : end])
        self._pos = end
        if self._callback is not None and self._pos != self._reported:
            self._reported = self._pos
            self._callback(self._pos, len(self._view))
        return chunk

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        import datetime as dt
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def error_from_response(response: httpx.Response, secrets: tuple[str, ...] = ()) -> ApiError:
    """Map an error response to the error tree (status, message, per-field errors, Retry-After)."""
    status = response.status_code
    message: str | None = None
    fields: dict[str, str] = {}
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        err = body.get("error", body)
        if isinstance(err, Mapping):
            raw_message = err.get("message") or err.get("error_message") or err.get("errorMessage")
            message = str(raw_message) if raw_message else None
            raw_fields = err.get("fields") or err.get("errors")
            if isinstance(raw_fields, Mapping):
                fields = {str(k): _scrub(str(v), secrets) for k, v in raw_fields.items()}
        elif isinstance(err, str):
            message = err
    kind = error_for_status(status)
    if message:
        message = _scrub(message.strip(), secrets)
        if not message.endswith((".", "!", "?")):
            message += "."
    return kind(message, status=status, fields=fields, retry_after=_retry_after(response))


def _host(url: httpx.URL | str) -> str:
    return urlsplit(str(url)).netloc or "the server"


def _network_error(exc: httpx.TransportError, url: httpx.URL) -> NetworkError:
    host = _host(url)
    cause = exc.__context__ or exc.__cause__
    if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return CertificateError(
            f"The secure connection to {host} could not be verified (certificate problem). "
            "Check the computer's date and time; if your clinic uses a web filter, ask IT to "
            "trust it on this computer."
        )
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(
            f"{host} did not answer in time. Check the internet connection and try again."
        )
    return NetworkError(
        f"Could not reach {host}. Check the internet connection and the server address of "
        "this profile (Edit profile…), then try again."
    )


_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class HttpCore:
    """One ``httpx.AsyncClient`` per profile, with the retry and error rules of the contract."""

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
        max_retry_after: float = 30.0,
    ) -> None:
        self.credentials = credentials
        self._max_attempts = max_attempts
        self._retry_timeout = retry_timeout
        self._wait_initial = wait_initial
        self._wait_max = wait_max
        self._max_retry_after = max_retry_after
        check_base_url(credentials.base_url)
        # No transport of our own: httpx then builds the direct one AND one per proxy from
        # HTTP(S)_PROXY / NO_PROXY and the OS settings (urllib's getproxies: the Windows
        # registry, macOS System Settings), all with the OS trust store. Certificate checks
        # cannot be turned off: there is no option for it. Tests inject a transport.
        self._client = httpx.AsyncClient(
            base_url=credentials.base_url.rstrip("/"),
            transport=transport,
            verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
            trust_env=True,
            http1=True,
            http2=False,
            timeout=timeout or DEFAULT_TIMEOUT,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )

    def ssl_contexts(self) -> list[ssl.SSLContext]:
        """The TLS settings of the direct transport and of every proxy transport."""
        transports = [self._client._transport, *self._client._mounts.values()]
        contexts: list[ssl.SSLContext] = []
        for transport in transports:
            context = getattr(getattr(transport, "_pool", None), "_ssl_context", None)
            if isinstance(context, ssl.SSLContext):
                contexts.append(context)
        return contexts

    async def aclose(self) -> None:
        await self._client.aclose()

    def _same_origin(self, url: str) -> bool:
        target = httpx.URL(url)
        return not target.is_absolute_url or (
            target.scheme == self._client.base_url.scheme
            and target.host == self._client.base_url.host
            and target.port == self._client.base_url.port
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        file: tuple[str, bytes, str] | None = None,
        progress: ProgressCallback | None = None,
        authenticated: bool = True,
    ) -> httpx.Response:
        """Send one API request; retries only where the contract allows it."""
        idempotent = method in ("GET", "HEAD", "PATCH", "PUT", "DELETE")
        secrets = self.credentials.secrets()

        def may_retry(exc: Exception) -> bool | float:
            # A POST answered 429 is not resent: its body reached Medsender, and the API docs
            # do not say that a 429 means nothing was queued (README, "Retries").
            if idempotent and isinstance(exc, (RateLimited, ServiceUnavailable)):
                retry_after = exc.retry_after
                if retry_after is None:
                    return True
                return retry_after if retry_after <= self._max_retry_after else False
            return isinstance(exc, NetworkError) and getattr(exc, "retryable", False)

        async for attempt in stamina.retry_context(
            on=may_retry,
            attempts=self._max_attempts,
            timeout=self._retry_timeout,
            wait_initial=self._wait_initial,
            wait_max=self._wait_max,
        ):
            with attempt:
                return await self._send_once(
                    method, path, params, data, file, progress, idempotent, secrets, authenticated
                )
        raise AssertionError("unreachable: stamina re-raises the last error")  # pragma: no cover

    async def _send_once(
        self, method: str, path: str, params: Mapping[str, Any] | None,
        data: Mapping[str, Any] | None, file: tuple[str, bytes, str] | None,
        progress: ProgressCallback | None, idempotent: bool, secrets: tuple[str, ...],
        authenticated: bool,
    ) -> httpx.Response:
        kwargs: dict[str, Any] = {}
        if params:
            kwargs["params"] = {k: v for k, v in params.items() if v is not None}
        form = {k: v for k, v in (data or {}).items() if v is not None}
        if file is not None:
            name, content, mime = file
            kwargs["files"] = {wire.FILE_FIELD: (name, ProgressFile(content, progress), mime)}
            kwargs["data"] = form
        elif data is not None:
            kwargs["data"] = form
        auth = self.credentials.auth() if authenticated and self._same_origin(path) else None
        request = self._client.build_request(method, path, **kwargs)
        try:
            response = await self._client.send(request, auth=auth) if auth else await self._client.send(request)
        except _NOT_SENT as exc:
            error = _network_error(exc, request.url)
            error.retryable = True  # type: ignore[attr-defined]  # the request never left
            log.warning("%s %s: connection failed (%s)", method, _path_only(request.url), type(exc).__name__)
            raise error from exc
        except httpx.TransportError as exc:
            log.warning("%s %s: transport error (%s)", method, _path_only(request.url), type(exc).__name__)
            if not idempotent:
                raise SendOutcomeUnknown(operation=f"{method} {_path_only(request.url)}") from exc
            error = _network_error(exc, request.url)
            error.retryable = True  # type: ignore[attr-defined]
            raise error from exc
        if response.status_code >= 400:
            refused = error_from_response(response, secrets)
            log.info("%s %s -> %s", method, _path_only(request.url), response.status_code)
            raise refused
        return response

    async def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return _json(await self.request("GET", path, params=params))

    async def send_json(self, method: str, path: str, **kwargs: Any) -> Any:
        return _json(await self.request(method, path, **kwargs))


def _path_only(url: httpx.URL) -> str:
    """Log form of a URL: the path only (queries carry PHI such as patient names)."""
    return url.path


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise MedsenderError(
            "Medsender sent an answer this app could not read. Please try again; if it keeps "
            "happening, contact support."
        ) from exc
