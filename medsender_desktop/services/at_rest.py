"""AES-256-GCM for records the desktop keeps on disk (the offline cache, the outbox).

Each record gets a fresh 96-bit nonce stored in front of its ciphertext; the associated data
binds a record to its row (profile, kind, token), so rows cannot be swapped unnoticed. The key
lives in the OS keyring (see :meth:`CredentialStore.data_key`); without a secure keyring a
fresh key per session is used and nothing sealed with it can be read after the session.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
VERSION: Final = b"\x01"


class Unreadable(Exception):
    """A sealed record is damaged or was sealed with another key."""


class RecordSealer:
    """Seals and opens blobs with one key; ``repr`` never shows it."""

    def __init__(self, key: bytes | None = None) -> None:
        key = key if key is not None else os.urandom(KEY_BYTES)
        self._aead = AESGCM(key)
        self._names = hmac.digest(key, b"medsender at-rest names", hashlib.sha256)

    def __repr__(self) -> str:
        return "RecordSealer(<key hidden>)"

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, context)

    def fingerprint(self, data: bytes) -> str:
        """A name for ``data`` that is the same for the same content under this key, but says
        nothing about the content to anyone without the key (unlike a plain SHA-256)."""
        return hmac.new(self._names, data, hashlib.sha256).hexdigest()

    def open(self, sealed: bytes, context: bytes) -> bytes:
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != VERSION:
            raise Unreadable
        try:
            return self._aead.decrypt(sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :],
                                      context)
        except InvalidTag as exc:
            raise Unreadable from exc
