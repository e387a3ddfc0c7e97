"""AES-256-GCM for everything the relay keeps at rest (event payloads and inbound documents).

Each record gets a fresh 96-bit random nonce, stored in front of the ciphertext. The
associated data binds a ciphertext to the row or file it belongs to, so swapping two blobs
on disk is detected instead of silently showing one patient's fax under another's event.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from medsender_desktop.errors import RelayError

NONCE_BYTES: Final = 12
FORMAT_VERSION: Final = b"\x01"


class Sealer:
    """Encrypts and decrypts blobs with one key; the key itself is never exposed or logged."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "Sealer(<key hidden>)"

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, context)

    def open(self, sealed: bytes, context: bytes) -> bytes:
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != FORMAT_VERSION:
            raise RelayError("A stored relay record is damaged and cannot be read.")
        nonce = sealed[1 : 1 + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, sealed[1 + NONCE_BYTES :], context)
        except InvalidTag as exc:
            raise RelayError(
                "A stored relay record cannot be decrypted: it is damaged or the relay "
                "encryption key has changed."
            ) from exc

    def seal_json(self, value: Mapping[str, Any], context: bytes) -> bytes:
        return self.seal(json.dumps(value, separators=(",", ":")).encode(), context)

    def open_json(self, sealed: bytes, context: bytes) -> dict[str, Any]:
        value = json.loads(self.open(sealed, context))
        if not isinstance(value, dict):
            raise RelayError("A stored relay record is damaged and cannot be read.")
        return value


def event_context(kind: str, token: str, status: str) -> bytes:
    """Associated data of an event payload: the plaintext columns it is filed under."""
    return f"event\x00{kind}\x00{token}\x00{status}".encode()


def file_context(file_id: str) -> bytes:
    return f"file\x00{file_id}".encode()
