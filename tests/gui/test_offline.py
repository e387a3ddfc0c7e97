"""Offline: the banner appears when Medsender cannot be reached, the cached lists stay usable,
and everything clears by itself when it is back."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from medsender_desktop.app import AppOptions
from medsender_desktop.documents import DocumentWorker
from tests.gui.helpers import (
    FAST_SYNC,
    Backend,
    open_desktop,
    open_received_fax,
    slot_running,
    start_backend,
)
from tests.waiting import until


@pytest.fixture
def own_backend(tmp_path: Path, documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox of this test's own: it is stopped and restarted."""
    with start_backend(tmp_path / "backend", documents, speed="instant") as backend:
        yield backend


async def test_offline_banner_appears_and_clears(own_backend: Backend, tmp_path: Path, qapp) -> None:
    # even with the relay connected the app checks Medsender now and then (here: quickly)
    options = AppOptions(sync=replace(FAST_SYNC, head_interval_relay=0.3), api_max_attempts=1)
    async with open_desktop(own_backend, tmp_path, options=options) as desktop:
        window = desktop.window
        sent = window.sent_tab
        await until(lambda: sent.model.rowCount() > 0, "the sent list")
        rows = sent.model.rowCount()
        assert window.banner.isHidden()

        await asyncio.to_thread(own_backend.stop_sandbox)
        await until(lambda: not window.banner.isHidden(), "the offline banner")
        assert window.status.connection_label.text() == "Offline"
        assert "Offline" in window.banner.label.text() and "Could not reach" in window.banner.label.text()
        assert sent.model.rowCount() == rows, "the cached list stays on screen"
        # pressing Refresh while offline explains, and leaves the window usable
        window.refresh_action.trigger()
        await until(lambda: not slot_running("MainWindow.on_refresh_action_triggered"), "the refresh")
        assert desktop.dialogs.errors and "Could not reach" in desktop.dialogs.errors[-1]
        assert window.refresh_action.isEnabled()

        await asyncio.to_thread(own_backend.restart_sandbox)
        await until(lambda: window.banner.isHidden(), "the banner to clear")
        assert window.status.connection_label.text() == "Online"
        assert sent.model.rowCount() >= rows


async def test_offline_start_shows_the_cached_lists(own_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(own_backend, tmp_path) as desktop:
        await until(lambda: desktop.window.received_tab.model.rowCount() > 0, "the received list")
        received = desktop.window.received_tab.model.rowCount()
    await asyncio.to_thread(own_backend.stop_sandbox)
    # a new start of the app, Medsender unreachable: the last lists come from the cache
    async with open_desktop(own_backend, tmp_path, wait_loaded=False) as desktop:
        window = desktop.window
        await until(lambda: not window.banner.isHidden(), "the offline banner")
        assert window.received_tab.model.rowCount() == received
        assert window.sent_tab.model.rowCount() > 0


async def test_a_fax_that_cannot_be_opened_says_why_once_and_the_window_stays_usable(
        own_backend: Backend, tmp_path: Path, qapp) -> None:
    """No relay to hold the document, and Medsender unreachable: opening a fax fails with one
    clear message; the list stays, and once Medsender is back the same fax opens."""
    async with open_desktop(own_backend, tmp_path, relay=False) as desktop:
        received = desktop.window.received_tab
        await until(lambda: received.model.rowCount() > 1, "the received list")
        await desktop.session.fax_numbers()  # loaded while online, as after any sign-in
        token = next(r.send_token for r in received.model.records
                     if r.fax_status == "success" and r.num_pages)
        await asyncio.to_thread(own_backend.stop_sandbox)
        open_received_fax(received, token)
        # the opening has ended (with its message): nothing more can come from it
        await until(lambda: desktop.dialogs.errors and not slot_running("ReceivedTab.open_fax"),
                    "the failed opening to end")
        assert len(desktop.dialogs.errors) == 1
        assert "Could not reach" in desktop.dialogs.errors[0]
        assert received.viewer.page_count == 0 and received.viewer.current_image is None
        assert "could not be shown" in received.viewer.page_view.text()
        assert not desktop.session.is_read(token), "a fax nobody saw is not marked read"
        assert received.table.isEnabled() and received.model.row_of(token) is not None
        assert not desktop.dialogs.crashes

        await asyncio.to_thread(own_backend.restart_sandbox)
        received.table.clearSelection()
        open_received_fax(received, token)
        await until(lambda: received.viewer.current_image is not None, "the fax, once back online")
        assert received.viewer.page_count >= 1
        await until(lambda: desktop.session.is_read(token), "marked read")
