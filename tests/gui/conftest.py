"""GUI tests: the real windows, offscreen, on a qasync event loop, against a real sandbox and
relay on loopback.

- ``pytest_asyncio_loop_factories`` (this directory only) runs every async test and fixture
  here on a ``qasync.QEventLoop``: Qt signals, widgets and asyncio share one thread, as in the
  app. Tests never spin nested Qt loops (no qtbot.wait*/qWait): they await futures tied to
  signals, or poll with asyncio sleeps, always under a timeout.
- A test opens the app inside its own body (``async with open_desktop(...)``), never in an
  async fixture: pytest-asyncio runs setup, call and teardown as separate
  ``run_until_complete`` calls, and the app's background tasks must not straddle them
  (qasync processes pending Qt events once more after each call, outside a running loop).
- Tests fail on Qt warnings and on error logs of the app.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_API"] = "pyside6"

from PySide6.QtWidgets import QApplication

from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui.event_loop import new_event_loop
from medsender_desktop.ui.gc_guard import MainThreadGarbageCollector
from medsender_desktop.ui.i18n import ENGLISH, apply_language
from tests.gui.helpers import Backend, start_backend

#: Qt messages that are not problems of the app (offscreen platform limitations).
QT_LOG_IGNORE = ("propagateSizeHints", "QSystemTrayIcon", "systemTrayWindowChanged",
                 "This plugin does not support")


_collector: list[MainThreadGarbageCollector] = []


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication(["medsender-desktop-tests"])
    app.setQuitOnLastWindowClosed(False)
    if not _collector:  # as in the app: never collect Qt objects on a server thread
        _collector.append(MainThreadGarbageCollector(app))
    return new_event_loop(app)  # the app's own loop (qasync + async-generator hooks)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": _qasync_loop}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> None:
    """The app's English catalog, whatever this machine's language (tests read the words)."""
    apply_language(qapp, ENGLISH)


@pytest.fixture(autouse=True)
def _no_error_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """An error logged by the app during a test fails it (expected ones are asserted on)."""
    caplog.set_level(logging.INFO)
    yield
    errors = [r for r in caplog.get_records("call")
              if r.levelno >= logging.ERROR and r.name.startswith("medsender_desktop")]
    assert not errors, [f"{r.name}: {r.getMessage()}" for r in errors]


@pytest.fixture(scope="session")
def backend(tmp_path_factory: pytest.TempPathFactory, documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox (demo data, "instant" carrier) and a relay, shared by the GUI tests."""
    with start_backend(tmp_path_factory.mktemp("backend"), documents, speed="instant") as servers:
        yield servers


@pytest.fixture(scope="module")
def fast_backend(tmp_path_factory: pytest.TempPathFactory,
                 documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox whose carrier takes about a second per attempt, so "queued" and "sending"
    are on screen long enough to be seen before "delivered"."""
    with start_backend(tmp_path_factory.mktemp("fast-backend"), documents, speed="fast") as servers:
        yield servers
