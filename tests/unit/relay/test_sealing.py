from __future__ import annotations

import pytest

from medsender_desktop.errors import RelayError
from medsender_desktop.relay.sealing import Sealer, event_context, file_context

KEY = bytes(range(32))


def test_round_trip_and_fresh_nonce_per_record() -> None:
    sealer = Sealer(KEY)
    first = sealer.seal(b"Referral for Jane Roe", file_context("a" * 32))
    second = sealer.seal(b"Referral for Jane Roe", file_context("a" * 32))
    assert first != second  # same plaintext, different nonce, different ciphertext
    assert b"Jane Roe" not in first
    assert sealer.open(first, file_context("a" * 32)) == b"Referral for Jane Roe"


def test_json_round_trip() -> None:
    sealer = Sealer(KEY)
    context = event_context("sent_fax", "abc123", "success")
    assert sealer.open_json(sealer.seal_json({"patientName": "Jane"}, context), context) == {
        "patientName": "Jane"}


@pytest.mark.parametrize("mutation", ["flip", "truncate", "other-context", "other-key", "version"])
def test_tampering_is_detected(mutation: str) -> None:
    sealer = Sealer(KEY)
    context = event_context("received_fax", "tok", "success")
    sealed = sealer.seal(b"payload", context)
    opener, used_context = sealer, context
    if mutation == "flip":
        sealed = sealed[:-1] + bytes([sealed[-1] ^ 1])
    elif mutation == "truncate":
        sealed = sealed[:20]
    elif mutation == "other-context":  # a blob moved to another row
        used_context = event_context("received_fax", "tok", "failure")
    elif mutation == "other-key":
        opener = Sealer(bytes(32))
    elif mutation == "version":
        sealed = b"\x02" + sealed[1:]
    with pytest.raises(RelayError):
        opener.open(sealed, used_context)


def test_repr_hides_the_key() -> None:
    assert KEY.hex() not in repr(Sealer(KEY)) and "key hidden" in repr(Sealer(KEY))
