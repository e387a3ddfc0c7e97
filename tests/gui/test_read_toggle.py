"""Mark as unread / Mark as read: the Received tab's button says what it will do for the fax
selected, and a second click undoes the first (it stayed "Mark as unread" on a fax already
shown as new, where clicking did nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.helpers import Backend, open_desktop, open_received_fax, receive_a_fax, until


async def test_the_read_button_follows_the_fax_selected(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        received, session = desktop.window.received_tab, desktop.session
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        await until(lambda: session.is_read(token), "the fax opened and read")
        button = received.unread_button
        await until(lambda: button.text() == "Mark as unread", "the button offers unread")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await until(lambda: not session.is_read(token), "shown as new again")
        await until(lambda: button.text() == "Mark as read", "the button offers read")
        assert button.isEnabled()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await until(lambda: session.is_read(token), "read again")
        await until(lambda: button.text() == "Mark as unread", "the button offers unread again")
