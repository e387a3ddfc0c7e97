"""The Sent tab with its activity chart and secure e-mails, and the Secure e-mail dialog, for
docs/screenshots/ (see docs/screenshots/README.md).

A sandbox and relay on loopback (the GUI tests' helpers), the app signed in to them at
1366x768; three e-mails sent through the dialog (one the simulated reader opens, one never
opened, one that bounces); then the dialog again with a PDF dropped and a refused address.
Run under Xvfb: ``python scripts/screenshot_secure_email.py OUT_DIR [dark]``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_API"] = "pyside6"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from medsender_desktop.api import Email
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
from medsender_desktop.ui.event_loop import new_event_loop
from tests.conftest import MemoryKeyring
from tests.gui.helpers import FOUR_PAGES, Backend, Desktop, drop_files, open_desktop, start_backend
from tests.waiting import until


async def settle() -> None:
    for _ in range(30):  # let the screen paint: a screenshot, not a test
        await asyncio.sleep(0.05)


async def shoot(path: Path) -> None:
    await settle()
    await asyncio.to_thread(subprocess.run, ["import", "-window", "root", str(path)], check=True)


async def open_dialog(desktop: Desktop) -> SecureEmailDialog:
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    desktop.window.secure_email_action.trigger()
    found: list[SecureEmailDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SecureEmailDialog) and w.isVisible()]
        return bool(found)

    await until(shown, "the dialog")
    return found[0]


async def send(desktop: Desktop, address: str, subject: str) -> None:
    dialog = await open_dialog(desktop)
    drop_files(dialog, [FOUR_PAGES])
    await until(lambda: dialog.document is not None, "the PDF checked")
    QTest.keyClicks(dialog.email_edit, address)
    QTest.keyClicks(dialog.sender_edit, "Front Desk, Main Street Clinic")
    QTest.keyClicks(dialog.subject_edit, subject)
    QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), "sent")


async def capture(backend: Backend, root: Path, out: Path, suffix: str) -> None:
    async with open_desktop(backend, root) as desktop:
        if suffix:
            desktop.controller.theme.set_choice("dark")
        window = desktop.window
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        await send(desktop, "unopened.records@lakeside-pediatrics.example", "Lab results")
        await send(desktop, "bounce@northgate-cardiology.example", "Referral")
        await send(desktop, "records@northgate-cardiology.example", "Referral for Ms. Lopez")
        sent = window.sent_tab
        email = sent.selected_record()
        assert isinstance(email, Email)
        await until(lambda: sent.detail.value_of("Status") == "Viewed", "opened by the reader", 60)
        await shoot(out / f"sent-emails{suffix}.png")

        dialog = await open_dialog(desktop)
        drop_files(dialog, [FOUR_PAGES])
        await until(lambda: dialog.document is not None, "the PDF checked")
        QTest.keyClicks(dialog.email_edit, "records@northgate")
        QTest.keyClicks(dialog.reply_edit, "frontdesk@mainstreet-clinic.example")
        QTest.keyClicks(dialog.sender_edit, "Front Desk, Main Street Clinic")
        QTest.keyClicks(dialog.subject_edit, "Referral for Ms. Lopez")
        QTest.keyClicks(dialog.note_edit, "Please call us if anything is missing.")
        await shoot(out / f"secure-email-dialog{suffix}.png")
        QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.errors["recipient_email"].isVisible(), "the address refused")
        await shoot(out / f"secure-email-refused{suffix}.png")
        dialog.reject()
        await until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), "closed")
        await settle()


def main() -> None:
    out = Path(sys.argv[1])
    suffix = "-dark" if sys.argv[2:] == ["dark"] else ""
    root = Path(tempfile.mkdtemp())
    keyring.set_keyring(MemoryKeyring())
    with DocumentWorker() as documents, start_backend(root / "backend", documents, speed="fast") as backend:
        app = QApplication([])
        loop = new_event_loop(app)
        asyncio.set_event_loop(loop)
        loop.run_until_complete(capture(backend, root, out, suffix))


if __name__ == "__main__":
    main()
