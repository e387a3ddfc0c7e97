"""What is left behind when things go wrong: a hard crash writes its stacks to crash.log, Qt's
own messages reach the log redacted, and a secure link that cannot be opened is offered for
copying without ever being printed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from medsender_desktop.api import SentFax
from medsender_desktop.services.logs import CRASH_FILE
from medsender_desktop.ui.models.sent_model import SentColumn
from medsender_desktop.ui.qt_messages import install_qt_message_handler
from tests.gui.helpers import Backend, open_desktop, shown_dialog
from tests.waiting import until

ROOT = Path(__file__).resolve().parents[2]


def test_a_segfault_leaves_its_stacks_in_crash_log(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import faulthandler
        from pathlib import Path
        from medsender_desktop.services.logs import enable_crash_file
        enable_crash_file(Path({str(tmp_path)!r}))
        def render_a_hostile_page():
            faulthandler._sigsegv()  # what a crash inside pdfium or Qt looks like
        render_a_hostile_page()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode != 0
    crash = (tmp_path / CRASH_FILE).read_text()
    assert "Fatal Python error: Segmentation fault" in crash
    assert "render_a_hostile_page" in crash


def test_qt_messages_go_to_the_log_with_links_redacted(qapp, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="medsender_desktop.qt")
    previous = install_qt_message_handler()
    try:
        qWarning("Unable to detect a web browser to launch "
                 "'https://sandbox.example/secure/9f2c?signature=abc123&expires=1'")
    finally:
        qInstallMessageHandler(previous)
    [record] = [r for r in caplog.records if r.name == "medsender_desktop.qt"]
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert "https://sandbox.example/[link removed]" in message
    assert "signature" not in message and "9f2c" not in message


async def test_a_link_that_cannot_be_opened_is_offered_for_copying(
        backend: Backend, tmp_path: Path, qapp, caplog, capfd) -> None:
    """Offscreen there is no browser, exactly the situation of a locked-down PC."""
    async with open_desktop(backend, tmp_path) as desktop:
        sent = desktop.window.sent_tab
        await until(lambda: sent.model.rowCount() > 0, "sent list")
        row = next(r for r in range(sent.proxy.rowCount())
                   if sent.proxy.index(r, SentColumn.STATUS).data() == "Delivered")
        sent.table.selectRow(row)
        assert isinstance(sent.selected_record(), SentFax)
        previous = install_qt_message_handler()  # as the app does at start
        try:
            QTest.mouseClick(sent.open_link_button, Qt.MouseButton.LeftButton)
            box = await shown_dialog(QMessageBox, "the message that no browser opened")
        finally:
            qInstallMessageHandler(previous)
        link = desktop.dialogs.opened_urls[-1]
        assert "No web browser could be opened" in box.text()
        copy = next(b for b in box.buttons() if b.text() == "Copy link")
        QTest.mouseClick(copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == link
        await until(lambda: not box.isVisible(), "the message closed")
        qt_lines = [r.getMessage() for r in caplog.records if r.name == "medsender_desktop.qt"]
        assert qt_lines, "Qt's complaint reached the log"
        printed = capfd.readouterr()
        for text in [*qt_lines, printed.out, printed.err]:
            assert link not in text and link.split("?")[0] not in text
