"""The one error tree of Medsender Desktop.

Every third-party exception is translated exactly once, at its boundary, into one of these
(``raise ... from exc``). Messages are sentences a front-desk user can act on; they never
contain secrets (API key, client secret, relay token) or PHI.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class MedsenderError(Exception):
    """Base of every error this application raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class ApiError(MedsenderError):
    """The Medsender API answered with an error status."""

    default_message = "Medsender could not complete the request."

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int = 0,
        fields: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message or self.default_message)
        self.status = status
        self.fields: Mapping[str, str] = MappingProxyType(dict(fields or {}))
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, message={self.message!r})"


class BadRequest(ApiError):
    default_message = "Some of the information entered is not valid. Please check it and try again."


class Unauthorized(ApiError):
    default_message = (
        "Medsender did not accept the API key or client secret. "
        "Check them in this profile (Edit profile…)."
    )


class Forbidden(ApiError):
    default_message = "This account does not have access to that record."


class NotFound(ApiError):
    default_message = "That record could not be found. It may have been removed."


class MethodNotAllowed(ApiError):
    default_message = "Medsender does not allow this action on that record."


class NotAcceptable(ApiError):
    default_message = "Medsender cannot provide that record in the requested format."


class Gone(ApiError):
    default_message = "That record has been revoked or removed and can no longer be opened."


class RateLimited(ApiError):
    default_message = "Medsender is receiving too many requests. Please wait a moment and try again."


class ServerError(ApiError):
    default_message = "Medsender had a problem on its side. Please try again in a few minutes."


class ServiceUnavailable(ApiError):
    default_message = (
        "Medsender is temporarily offline for maintenance. Please try again in a few minutes."
    )


class NetworkError(MedsenderError):
    """No usable answer from the server: offline, DNS, refused, timeout, TLS."""


class CertificateError(NetworkError):
    """The server's TLS certificate was not trusted."""


class SendOutcomeUnknown(MedsenderError):
    """A POST may have reached the server but no answer came back.

    It is never retried automatically (a fax could go out twice); callers reconcile by
    looking for the record in the sent list before any resend.
    """

    def __init__(self, message: str | None = None, *, operation: str = "") -> None:
        super().__init__(
            message
            or "The connection was lost while sending. The fax may or may not have been sent; "
            "check the Sent tab before sending it again."
        )
        self.operation = operation


class ValidationError(BadRequest):
    """Input refused before anything was uploaded (checked locally)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, status=0, fields={field: message} if field else None)
        self.field = field


class DocumentError(MedsenderError):
    """A file cannot be sent: unreadable, encrypted, too many pages, too large, wrong type."""

    def __init__(self, message: str, *, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


class RelayError(MedsenderError):
    """The webhook relay could not be reached or refused the request."""


STATUS_ERRORS: Mapping[int, type[ApiError]] = MappingProxyType(
    {
        400: BadRequest,
        401: Unauthorized,
        403: Forbidden,
        404: NotFound,
        405: MethodNotAllowed,
        406: NotAcceptable,
        410: Gone,
        429: RateLimited,
        500: ServerError,
        503: ServiceUnavailable,
    }
)


def error_for_status(status: int) -> type[ApiError]:
    """The error class for an HTTP status (unknown 4xx -> ApiError, unknown 5xx -> ServerError)."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if status >= 500 else ApiError
