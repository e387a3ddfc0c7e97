"""Settings (JSON, never secrets) and credentials (keyring only)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from medsender_desktop.services.credentials import (
    SERVICE,
    CredentialStore,
    CredentialStoreUnavailable,
    MemoryKeyring,
    ProfileSecrets,
)
from medsender_desktop.services.settings import (
    AppPaths,
    SecretInSettingsError,
    SettingsStore,
    default_paths,
)


def test_default_paths_are_per_user_and_exist(tmp_path: Path) -> None:
    paths = default_paths()
    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_dir()
        assert "Medsender" in str(folder)


def test_settings_round_trip_and_atomic_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.set("profiles", [{"id": "a1", "name": "Main Street"}])
    store.update_ui("tab", "received")
    again = SettingsStore(tmp_path)
    assert again.get("profiles") == [{"id": "a1", "name": "Main Street"}]
    assert again.ui("tab") == "received"
    assert not list(tmp_path.glob(".settings-*")), "no temp files left behind"


@pytest.mark.parametrize("key", ["api_key", "client_secret", "relay_token", "password"])
def test_settings_refuse_anything_named_like_a_secret(tmp_path: Path, key: str) -> None:
    store = SettingsStore(tmp_path)
    with pytest.raises(SecretInSettingsError):
        store.set("profiles", [{"id": "a1", key: "sk_live_123"}])
    assert not (tmp_path / "settings.json").exists() or "sk_live_123" not in (tmp_path / "settings.json").read_text()


def test_a_damaged_settings_file_is_kept_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json")
    store = SettingsStore(tmp_path)
    assert store.get("profiles") is None
    assert (tmp_path / "settings.damaged.json").read_text() == "{not json"


def test_app_paths_under_a_root(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.data_dir == tmp_path / "data" and paths.data_dir.is_dir()


def test_credentials_live_in_the_keyring_per_profile(memory_keyring) -> None:
    store = CredentialStore()
    secrets = ProfileSecrets("sk_live_abc", "shh", "relay-tok")
    store.save("p1", secrets)
    assert store.load("p1") == secrets
    assert memory_keyring.store[(SERVICE, "p1/api_key")] == "sk_live_abc"
    assert store.load("p2") is None
    assert "sk_live_abc" not in repr(secrets) and "shh" not in repr(secrets)
    store.save("p1", ProfileSecrets("sk_live_abc"))  # secret and token removed
    assert store.load("p1") == ProfileSecrets("sk_live_abc")
    store.delete("p1")
    assert store.load("p1") is None


def test_no_secure_store_is_refused_in_plain_words() -> None:
    store = CredentialStore(fail.Keyring())
    assert not store.is_secure
    with pytest.raises(CredentialStoreUnavailable, match="No secure password store"):
        store.save("p1", ProfileSecrets("sk_live_abc"))
    with pytest.raises(CredentialStoreUnavailable):
        store.load("p1")


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backends (which must never be installed here)."""

    priority = 0.5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


class LoudPlaintextKeyring(PlaintextKeyring):
    priority = 5  # type: ignore[assignment]  # claims to be good; its name says otherwise


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring(), PlaintextKeyring(),
                                     LoudPlaintextKeyring()],
                         ids=["null", "fail", "low priority", "plaintext by name"])
def test_only_a_secure_backend_is_accepted(backend: keyring.backend.KeyringBackend) -> None:
    """Defect 13: the null backend 'saved' into nothing; a plaintext one would be accepted."""
    store = CredentialStore(backend)
    assert not store.is_secure and not store.is_persistent
    with pytest.raises(CredentialStoreUnavailable, match="No secure password store"):
        store.save("p1", ProfileSecrets("sk_live_abc"))
    with pytest.raises(CredentialStoreUnavailable):
        store.load("p1")


def test_a_chainer_is_as_secure_as_its_best_backend(memory_keyring) -> None:
    from keyring.backends.chainer import ChainerBackend

    class Weak(ChainerBackend):
        backends: ClassVar = [null.Keyring(), PlaintextKeyring()]

    class Strong(ChainerBackend):
        backends: ClassVar = [null.Keyring(), memory_keyring]

    assert not CredentialStore(Weak()).is_secure
    assert CredentialStore(Strong()).is_secure


def test_the_memory_keyring_is_never_chosen_automatically() -> None:
    assert not MemoryKeyring.viable
    assert all(not isinstance(b, MemoryKeyring) for b in keyring.backend.get_all_keyring())
    store = CredentialStore(MemoryKeyring())
    assert store.is_secure and not store.is_persistent
    store.save("sandbox", ProfileSecrets("sk_test_x", "y"))
    assert store.load("sandbox") == ProfileSecrets("sk_test_x", "y")
    assert "this session only" in store.description


def test_settings_file_never_holds_the_keys(tmp_path: Path) -> None:
    from medsender_desktop.services.profiles import Profile, ProfileManager

    settings = SettingsStore(tmp_path)
    manager = ProfileManager(settings, CredentialStore())
    manager.save(Profile(id="p1", name="Main Street", relay_url="https://relay.example.org"),
                 ProfileSecrets("sk_live_abc", "shh", "relay-tok"))
    text = (tmp_path / "settings.json").read_text()
    assert "sk_live_abc" not in text and "shh" not in text and "relay-tok" not in text
    assert json.loads(text)["profiles"][0]["name"] == "Main Street"


def test_preferences_round_trip_and_tolerate_a_hand_edited_file(tmp_path: Path) -> None:
    from medsender_desktop.services.settings import Preferences

    store = SettingsStore(tmp_path)
    assert store.preferences() == Preferences()  # defaults: the OS's theme, no watched folder
    assert not store.preferences().watch_enabled
    chosen = Preferences(theme="dark", notify_received=False, watch_enabled=True,
                         watch_folder=str(tmp_path / "print"))
    store.set_preferences(chosen)
    assert SettingsStore(tmp_path).preferences() == chosen
    raw = json.loads((tmp_path / "settings.json").read_text())
    raw["preferences"].update(theme="purple", notify_failed="yes", extra=1)
    (tmp_path / "settings.json").write_text(json.dumps(raw))
    again = SettingsStore(tmp_path).preferences()
    assert again.theme == "system" and again.notify_failed is True  # wrong values: defaults
    assert again.watch_folder == chosen.watch_folder and again.notify_received is False
