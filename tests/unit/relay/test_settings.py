from __future__ import annotations

import base64
from pathlib import Path

import pytest

from medsender_desktop.errors import RelayError
from medsender_desktop.relay import RelaySettings, settings_from_environment
from medsender_desktop.relay.settings import KEYRING_SERVICE, body_limits, parse_encryption_key

KEY = bytes(range(32))
ENV = {
    "MEDSENDER_API_KEY": "sk_test_env_key",
    "MEDSENDER_RELAY_TOKEN": "env-relay-token",
    "MEDSENDER_RELAY_KEY": KEY.hex(),
}


@pytest.mark.parametrize("text", [KEY.hex(), KEY.hex().upper(), base64.b64encode(KEY).decode(),
                                  base64.urlsafe_b64encode(KEY).decode().rstrip("="),
                                  f"  {KEY.hex()}\n"])
def test_encryption_key_accepts_hex_and_base64(text: str) -> None:
    assert parse_encryption_key(text) == KEY


@pytest.mark.parametrize("text", ["", "short", KEY.hex()[:-2], base64.b64encode(KEY[:16]).decode(),
                                  "z" * 64])
def test_encryption_key_of_the_wrong_size_is_refused(text: str) -> None:
    with pytest.raises(RelayError, match="32 bytes"):
        parse_encryption_key(text)


def test_secrets_come_from_the_environment(tmp_path: Path) -> None:
    settings = settings_from_environment(tmp_path, 12, environ=ENV)
    assert (settings.api_key, settings.relay_token, settings.encryption_key) == (
        "sk_test_env_key", "env-relay-token", KEY)
    assert settings.retention_days == 12 and settings.data_dir == tmp_path
    assert settings.max_body_bytes == 25 * 1024 * 1024


def test_the_keyring_wins_over_the_environment(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.set_password(KEYRING_SERVICE, "api_key", "sk_live_from_keyring")
    memory_keyring.set_password(KEYRING_SERVICE, "encryption_key", base64.b64encode(KEY[::-1]).decode())
    settings = settings_from_environment(tmp_path, environ=ENV)
    assert settings.api_key == "sk_live_from_keyring"
    assert settings.relay_token == "env-relay-token"
    assert settings.encryption_key == KEY[::-1]


@pytest.mark.parametrize("missing", sorted(ENV))
def test_a_missing_secret_names_where_to_put_it(tmp_path: Path, missing: str) -> None:
    environ = {k: v for k, v in ENV.items() if k != missing}
    with pytest.raises(RelayError) as caught:
        settings_from_environment(tmp_path, environ=environ)
    message = str(caught.value)
    assert missing in message and KEYRING_SERVICE in message
    assert not any(value in message for value in environ.values())


def test_repr_hides_the_secrets(tmp_path: Path) -> None:
    settings = settings_from_environment(tmp_path, environ=ENV)
    text = repr(settings) + str(settings)
    assert "sk_test_env_key" not in text and "env-relay-token" not in text and KEY.hex() not in text
    assert "retention_days=30" in text


@pytest.mark.parametrize("change", [{"api_key": ""}, {"relay_token": ""}, {"encryption_key": b"x" * 16},
                                    {"retention_days": 0}, {"max_body_bytes": 0}])
def test_invalid_settings_are_refused(tmp_path: Path, change: dict) -> None:
    values = {"data_dir": tmp_path, "api_key": "k", "relay_token": "t", "encryption_key": KEY} | change
    with pytest.raises(RelayError):
        RelaySettings(**values)


def test_body_limits_come_from_the_flag_else_the_environment_else_the_defaults(tmp_path: Path) -> None:
    assert body_limits(environ={}) == (25 * 1024 * 1024, 300.0)
    env = {**ENV, "MEDSENDER_RELAY_MAX_BODY_MB": "40", "MEDSENDER_RELAY_BODY_TIMEOUT": " 90 "}
    assert body_limits(environ=env) == (40 * 1024 * 1024, 90.0)
    assert body_limits(30.5, 45, environ=env) == (int(30.5 * 1024 * 1024), 45.0)  # flags win
    settings = settings_from_environment(tmp_path, environ=env, body_timeout_seconds=60)
    assert (settings.max_body_bytes, settings.body_timeout_seconds) == (40 * 1024 * 1024, 60.0)


@pytest.mark.parametrize(("env", "words"), [
    ({"MEDSENDER_RELAY_MAX_BODY_MB": "0.5"}, "maximum callback size"),
    ({"MEDSENDER_RELAY_MAX_BODY_MB": "nan"}, "it is 'nan'"),
    ({"MEDSENDER_RELAY_MAX_BODY_MB": "2000"}, "from 1 to 1024"),
    ({"MEDSENDER_RELAY_BODY_TIMEOUT": "0"}, "time limit for receiving a callback"),
    ({"MEDSENDER_RELAY_BODY_TIMEOUT": "5 min"}, "it is '5 min'"),
])
def test_body_limits_that_make_no_sense_are_refused(env: dict[str, str], words: str) -> None:
    with pytest.raises(RelayError, match=words):
        body_limits(environ=env)
