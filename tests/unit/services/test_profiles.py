"""Profiles: saved, switched, deleted; the sandbox profile lives for one run only."""

from __future__ import annotations

from pathlib import Path

from medsender_desktop.api import AuthMode
from medsender_desktop.services.credentials import CredentialStore, MemoryKeyring, ProfileSecrets
from medsender_desktop.services.profiles import (
    SANDBOX_PROFILE_NAME,
    Profile,
    ProfileManager,
    check_url,
)
from medsender_desktop.services.settings import SettingsStore


def manager(tmp_path: Path) -> ProfileManager:
    return ProfileManager(SettingsStore(tmp_path), CredentialStore(),
                          sandbox_credentials=CredentialStore(MemoryKeyring()))


def test_profiles_are_saved_and_the_last_one_used_is_active(tmp_path: Path) -> None:
    profiles = manager(tmp_path)
    a = profiles.save(Profile(id="a", name="Practice A"), ProfileSecrets("sk_live_a", "s"))
    b = profiles.save(Profile(id="b", name="Practice B", auth_mode=AuthMode.BEARER), ProfileSecrets("sk_live_b"))
    assert [p.name for p in profiles.profiles()] == ["Practice A", "Practice B"]
    assert profiles.active() == a
    profiles.set_active(b)
    again = manager(tmp_path)
    assert again.active() == b and again.active().auth_mode == AuthMode.BEARER
    assert again.secrets(b) == ProfileSecrets("sk_live_b")
    again.delete("b")
    assert [p.id for p in again.profiles()] == ["a"] and again.secrets(b) is None


def test_the_sandbox_profile_is_first_active_and_never_saved(tmp_path: Path, memory_keyring) -> None:
    profiles = manager(tmp_path)
    profiles.save(Profile(id="a", name="Practice A"), ProfileSecrets("sk_live_a", "s"))
    sandbox = profiles.register_sandbox(base_url="http://127.0.0.1:9/api/v2", relay_url="http://127.0.0.1:8",
                                        secrets=ProfileSecrets("sk_test_x", "y", "z"))
    assert profiles.active() == sandbox and sandbox.name == SANDBOX_PROFILE_NAME
    assert profiles.profiles()[0] == sandbox
    assert profiles.secrets(sandbox) == ProfileSecrets("sk_test_x", "y", "z")
    assert not any("sk_test_x" in v for v in memory_keyring.store.values()), "not in the OS keyring"
    profiles.set_active(sandbox)
    assert "sandbox" not in (tmp_path / "settings.json").read_text()
    assert manager(tmp_path).active().id == "a"


def test_urls_are_checked_in_plain_words() -> None:
    assert check_url("", "server address") == "Enter the server address."
    assert "https://" in (check_url("api.medsender.com", "server address") or "")
    assert check_url("https://api.medsender.com/api/v2", "server address") is None
    assert check_url("http://127.0.0.1:8000/api/v2", "server address") is None
