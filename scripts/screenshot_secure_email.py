"""The Sent tab with its activity chart and secure e-mails, and the Secure e-mail dialog, for
docs/screenshots/ (see docs/screenshots/README.md).

A sandbox and relay on loopback (the GUI tests' helpers), the app signed in to them at
1366x768; three e-mails sent through the dialog (one the simulated reader opens, one never
opened, one that bounces); then the dialog again with a PDF dropped and a refused address.
Run under Xvfb: ``python scripts/screenshot_secure_email.py OUT_DIR [dark]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshot_harness import run, settle, shoot  # first: it sets QT_API and the import path

from medsender_desktop.api import Email
from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
from tests.gui.helpers import FOUR_PAGES, Backend, Desktop, drop_files, open_desktop
from tests.waiting import until


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
    run(lambda backend, root: capture(backend, root, out, suffix), speed="fast")


if __name__ == "__main__":
    main()
