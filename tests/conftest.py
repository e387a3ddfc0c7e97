"""Suite-wide test setup: headless Qt, an in-memory keyring, no real user dirs."""

from __future__ import annotations

import os
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest

from medsender_desktop.documents import DocumentWorker


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keychain cannot run here; this stands in for it (never writes anywhere)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        try:
            del self.store[(service, username)]
        except KeyError as exc:
            raise keyring.errors.PasswordDeleteError("not found") from exc


@pytest.fixture(scope="session")
def documents() -> Iterator[DocumentWorker]:
    """The test process's one documents worker (the app's composition root makes one too)."""
    worker = DocumentWorker()
    yield worker
    worker.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs resolves under a temp HOME/XDG tree, never the developer's real folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(var, str(home / var.lower()))


# --- one-line summaries of the chaos and fuzz runs, shown at the end of every run -------------
_SUMMARIES: list[str] = []


@pytest.fixture
def run_summary() -> Callable[[str], None]:
    """``run_summary("chaos: ... lost 0, duplicated 0")``: printed in the terminal summary
    (visible in ``.ci/run`` output without ``-s``)."""
    return _SUMMARIES.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _SUMMARIES:
        terminalreporter.section("chaos and fuzz summaries")
        for line in _SUMMARIES:
            terminalreporter.write_line(line)
