"""Secure links: signed URLs that serve a record's document for 5 minutes.

A link is ``{base}/api/v2/sandbox/links/{kind}/{token}?expires=<epoch>&signature=<hex>``;
the signature is an HMAC-SHA256 over ``kind/token/expires`` with a secret the sandbox keeps in
its database, so links survive a restart but cannot be forged or extended.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string
import time
from enum import Enum

from medsender_desktop import wire

LINK_KINDS = ("sent_faxes", "received_faxes", "emails")
LINK_PATH = wire.API_PREFIX + wire.SANDBOX_LINK
ACCESS_PATH = wire.API_PREFIX + wire.SANDBOX_ACCESS
_ACCESS_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
ACCESS_CODE_LENGTH = 8


def new_access_code() -> str:
    """An access code a person can type from a faxed cover sheet (no 0/O or 1/I).

    40 random bits: the code alone identifies the record (it is unique in the database).
    """
    return "".join(secrets.choice(_ACCESS_ALPHABET) for _ in range(ACCESS_CODE_LENGTH))


def new_link_secret() -> str:
    return secrets.token_hex(32)


class LinkCheck(Enum):
    VALID = "valid"
    EXPIRED = "expired"
    FORGED = "forged"


class LinkSigner:
    def __init__(self, secret: str, lifetime: int = wire.SECURE_LINK_SECONDS) -> None:
        self._secret = secret.encode()
        self.lifetime = lifetime

    def _signature(self, kind: str, token: str, expires: int) -> str:
        message = f"{kind}/{token}/{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def url(self, base: str, kind: str, token: str, now: float | None = None) -> str:
        expires = int((time.time() if now is None else now) + self.lifetime)
        path = LINK_PATH.format(kind=kind, token=token)
        return f"{base}{path}?expires={expires}&signature={self._signature(kind, token, expires)}"

    def check(self, kind: str, token: str, expires: str, signature: str,
              now: float | None = None) -> LinkCheck:
        try:
            when = int(expires)
        except (TypeError, ValueError):
            return LinkCheck.FORGED
        expected = self._signature(kind, token, when)
        if not hmac.compare_digest(expected.encode(), (signature or "").encode()):
            return LinkCheck.FORGED
        if (time.time() if now is None else now) > when:
            return LinkCheck.EXPIRED
        return LinkCheck.VALID


def access_url(base: str) -> str:
    """Where a recipient opens a record with the access code printed on the cover sheet."""
    return base + ACCESS_PATH
