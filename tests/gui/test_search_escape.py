"""Esc in a list's search box empties it and the list shows everything again (Sent, Received,
Numbers, Clients, AI); it kept the words, so only the small clear button undid a search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import Backend, open_desktop, until


async def test_escape_empties_each_search_box(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        sent = window.sent_tab
        await until(lambda: sent.proxy.rowCount() > 5, "the Sent list")
        total = sent.proxy.rowCount()
        QTest.keyClicks(sent.search_edit, "Kowalski")
        assert 0 < sent.proxy.rowCount() < total
        QTest.keyClick(sent.search_edit, Qt.Key.Key_Escape)
        assert sent.search_edit.text() == "" and sent.proxy.rowCount() == total
        for tab in (window.received_tab, window.numbers_tab, window.clients_tab, window.ai_tab):
            QTest.keyClicks(tab.search_edit, "zzz")
            QTest.keyClick(tab.search_edit, Qt.Key.Key_Escape)
            assert tab.search_edit.text() == "", type(tab).__name__
