from __future__ import annotations

import base64
from pathlib import Path

import pytest

from medsender_desktop.relay import __main__ as cli
from medsender_desktop.relay import settings_from_environment
from medsender_desktop.relay.settings import KEYRING_SERVICE

SECRET_VARS = ("MEDSENDER_API_KEY", "MEDSENDER_RELAY_TOKEN", "MEDSENDER_RELAY_KEY")


@pytest.fixture(autouse=True)
def _no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SECRET_VARS:
        monkeypatch.delenv(name, raising=False)


def test_missing_secrets_exit_with_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "MEDSENDER_API_KEY" in err and KEYRING_SERVICE in err
    assert not any(tmp_path.iterdir())  # refused before creating anything


def test_secrets_are_not_command_line_options() -> None:
    options = {a for action in cli.build_parser()._actions for a in action.option_strings}
    assert options == {"-h", "--help", "--version", "--host", "--port", "--data-dir",
                       "--retention-days", "--max-body-mb", "--body-timeout", "--log-level",
                       "--store-secrets"}
    assert cli.build_parser().parse_args([]).host == "127.0.0.1"


def test_default_data_dir_is_the_platform_data_dir(tmp_path: Path) -> None:
    assert "Medsender Relay" in str(cli.default_data_dir())


def test_store_secrets_saves_to_the_keyring_and_generates_what_it_can(
    monkeypatch: pytest.MonkeyPatch, memory_keyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    answers = iter(["sk_live_typed_in", ""])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: next(answers))
    assert cli.main(["--store-secrets"]) == 0
    out = capsys.readouterr().out
    assert "sk_live_typed_in" not in out
    settings = settings_from_environment(tmp_path, environ={})
    assert settings.api_key == "sk_live_typed_in"
    assert len(settings.relay_token) >= 40 and settings.relay_token not in out
    assert len(settings.encryption_key) == 32
    stored_key = memory_keyring.get_password(KEYRING_SERVICE, "encryption_key")
    assert base64.b64decode(stored_key) == settings.encryption_key


def test_store_secrets_keeps_an_existing_encryption_key(monkeypatch: pytest.MonkeyPatch, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.set_password(KEYRING_SERVICE, "encryption_key", "existing")
    answers = iter(["sk_live_x", "my-token"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: next(answers))
    assert cli.main(["--store-secrets"]) == 0
    assert memory_keyring.get_password(KEYRING_SERVICE, "encryption_key") == "existing"
    assert memory_keyring.get_password(KEYRING_SERVICE, "relay_token") == "my-token"


@pytest.mark.parametrize(("argv", "env", "words"), [
    (["--max-body-mb", "0"], {}, "--max-body-mb or MEDSENDER_RELAY_MAX_BODY_MB"),
    ([], {"MEDSENDER_RELAY_MAX_BODY_MB": "lots"}, "megabytes from 1 to 1024; it is 'lots'"),
    (["--body-timeout", "-5"], {}, "--body-timeout or MEDSENDER_RELAY_BODY_TIMEOUT"),
    ([], {"MEDSENDER_RELAY_BODY_TIMEOUT": "inf"}, "seconds from 1 to 3600; it is 'inf'"),
])
def test_body_limits_out_of_range_are_refused_in_plain_words_before_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argv: list[str], env: dict[str, str], words: str,
) -> None:
    for name, value in {"MEDSENDER_API_KEY": "k", "MEDSENDER_RELAY_TOKEN": "t",
                        "MEDSENDER_RELAY_KEY": bytes(32).hex(), **env}.items():
        monkeypatch.setenv(name, value)
    assert cli.main(["--data-dir", str(tmp_path / "d"), *argv]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_a_body_limit_that_is_not_a_number_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.build_parser().parse_args(["--max-body-mb", "25MB"])
    assert exited.value.code == 2 and "'25MB' is not a number" in capsys.readouterr().err
