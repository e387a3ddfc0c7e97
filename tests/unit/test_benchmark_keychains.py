"""The benchmarks that sign in with a live profile install a keychain stand-in the app accepts
as secure: the outbox is sealed with a key kept there, and without a secure store sign-in is
refused in plain words, so the benchmark would measure a refusal (bench_app measured nothing:
its first reload never came)."""

from __future__ import annotations

import keyring

from benchmarks import bench_app, bench_start
from medsender_desktop.services import credentials
from medsender_desktop.services.credentials import is_secure_backend


def test_bench_app_signs_in_with_a_secure_keychain_stand_in() -> None:
    assert is_secure_backend(bench_app.MemoryKeyring())


def test_bench_start_starts_its_profile_with_a_secure_keychain_stand_in(monkeypatch) -> None:
    """The child process's set-up, run here up to the app's start."""
    monkeypatch.setenv("BENCH_KEYRING", "[]")
    monkeypatch.setattr(credentials, "select_backend", credentials.select_backend)  # restored after
    setup = bench_start.LAUNCH_PROFILE.split("from medsender_desktop.ui.app import run")[0]
    exec(setup, {"__name__": "bench_start_child"})  # the benchmark's own source
    backend = credentials.select_backend()
    assert keyring.get_keyring() is backend and is_secure_backend(backend)
