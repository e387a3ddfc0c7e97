"""Where the outbox's key comes from, and what happens on a computer without a secure keychain:
nothing is ever written in plain form."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from medsender_desktop.app import build_application
from medsender_desktop.services.credentials import (
    CredentialStore,
    CredentialStoreUnavailable,
    MemoryKeyring,
)
from medsender_desktop.services.profiles import Profile
from medsender_desktop.services.settings import AppPaths


def test_the_outbox_key_lives_in_the_keyring_apart_from_the_cache_key(memory_keyring) -> None:
    store = CredentialStore(memory_keyring)
    key = store.outbox_key()
    assert key is not None and len(key) == 32 and store.outbox_key() == key
    assert key != store.cache_key()
    assert ("Medsender Desktop", "outbox/key") in memory_keyring.store
    assert CredentialStore(MemoryKeyring()).outbox_key() is None  # nothing kept: not persistent


async def test_without_a_secure_keychain_a_live_outbox_is_refused_and_the_sandbox_seals_per_run(
        tmp_path: Path) -> None:
    app = build_application(paths=AppPaths.under(tmp_path),
                            credentials=CredentialStore(fail.Keyring()))
    try:
        with pytest.raises(CredentialStoreUnavailable, match="cannot keep faxes waiting"):
            app._outbox_key(Profile(id="clinic", name="Clinic"))
        sandbox = Profile(id="sandbox", name="Sandbox", sandbox=True)
        key = app._outbox_key(sandbox)
        assert len(key) == 32 and app._outbox_key(sandbox) == key  # the same for this run
    finally:
        await app.close()


async def test_with_a_keychain_every_profile_uses_the_kept_key(memory_keyring, tmp_path: Path
                                                              ) -> None:
    credentials = CredentialStore(memory_keyring)
    app = build_application(paths=AppPaths.under(tmp_path), credentials=credentials)
    try:
        live = app._outbox_key(Profile(id="clinic", name="Clinic"))
        assert live == credentials.outbox_key()
        assert app._outbox_key(Profile(id="sandbox", name="Sandbox", sandbox=True)) == live
    finally:
        await app.close()
