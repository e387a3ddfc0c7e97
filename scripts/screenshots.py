"""Screenshots of every tab and dialog, light and dark, into docs/screenshots/.

    Xvfb :57 -screen 0 1366x768x24 -nolisten tcp &
    DISPLAY=:57 .venv/bin/python scripts/screenshots.py [--out DIR] [--only NAME ...] [--themes light dark]

Starts the app as ``medsender-desktop --sandbox`` does (the embedded sandbox and relay, a fresh
data folder, the in-memory keyring: nothing of yours is touched), on the current DISPLAY, with
the window filling the screen. For each entry of SHOTS and each theme it gets that screen up,
captures it (a tab: the whole screen; a dialog: its window) and writes ``<name>-<theme>.png``.
To add a screen, append a ``Shot(name, show)`` whose ``show(app)`` coroutine puts it on
screen and returns the dialog to close afterwards (or None for a tab).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ["QT_API"] = "pyside6"
os.environ.setdefault("MEDSENDER_KEYRING", "memory")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from medsender_desktop.app import AppOptions, build_application  # noqa: E402
from medsender_desktop.documents import generate_document  # noqa: E402
from medsender_desktop.services.address_book import Contact  # noqa: E402
from medsender_desktop.services.credentials import select_backend  # noqa: E402
from medsender_desktop.services.settings import AppPaths  # noqa: E402
from medsender_desktop.ui.controller import AppController  # noqa: E402
from medsender_desktop.ui.dialogs.factory import DialogFactory  # noqa: E402
from medsender_desktop.ui.event_loop import new_event_loop  # noqa: E402
from medsender_desktop.ui.icons import app_icon  # noqa: E402
from medsender_desktop.ui.notifier import TrayNotifier  # noqa: E402

TIMEOUT = 30.0
CONTACTS = [  # demo people and offices for the address book (invented)
    Contact("Medical Records", "(206) 555-0150", "Summit Endocrinology", "Ask for Dana"),
    Contact("Intake Coordinator", "(617) 555-0134", "Northgate Cardiology"),
    Contact("Dr. Alan Pierce", "(404) 555-0112", "Harbor Clinical Laboratory", "Results line"),
    Contact("Front Desk", "(312) 555-0178", "Blue Harbor Health Plan"),
]


def referral(folder: Path) -> Path:
    """A referral naming an (invented) patient, as a front desk would fax one."""
    path = folder / "referral-kowalski.pdf"
    path.write_bytes(generate_document(pages=2, title="Referral", kind_of_doc="Referral", lines=[
        "Patient: Grace Kowalski", "DOB: 12/05/1966", "Phone: (404) 555-0187", "Sex: Female",
        "Referring provider: Dr. Ada Lee",
        "Reason for referral: persistent knee pain; please evaluate and treat."]))
    return path


async def until(condition: Callable[[], object], what: str, timeout: float = TIMEOUT) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise SystemExit(f"screenshots: gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def settle() -> None:
    """Let the screen paint (a screenshot, not a test: a short pause is what is wanted)."""
    await asyncio.sleep(0.4)  # the Qt loop runs meanwhile (qasync): never processEvents() here


def new_dialog(before: set[QWidget], kind: type[QWidget] = QDialog) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible() and widget not in before:
            return widget  # type: ignore[return-value]
    return None


async def opened(trigger: Callable[[], object], what: str) -> QDialog:
    """Run ``trigger`` (an action, a key) and return the dialog it opens."""
    before = set(QApplication.topLevelWidgets())
    trigger()
    await until(lambda: new_dialog(before) is not None, what)
    dialog = new_dialog(before)
    assert dialog is not None
    return dialog


@dataclass
class App:
    controller: AppController
    document: Path  # the document New fax and the AI tab show

    @property
    def window(self) -> Any:  # the MainWindow
        return self.controller.window

    def tab(self, tab: QWidget) -> None:
        self.window.tabs.setCurrentWidget(tab)

    async def select_row(self, tab: QWidget, row: int = 0) -> None:
        await until(lambda: tab.table.model().rowCount() > row, "the list filled")
        tab.table.selectRow(row)


# --- the screens --------------------------------------------------------------------------------
async def sent_tab(app: App) -> None:
    app.tab(app.window.sent_tab)
    await app.select_row(app.window.sent_tab, 1)


async def received_tab(app: App) -> None:
    received = app.window.received_tab
    app.tab(received)
    await app.select_row(received, 1)
    QTest.keyClick(received.table, Qt.Key.Key_Return)  # open it
    await until(lambda: received.viewer.current_image is not None, "the fax shown")


async def numbers_tab(app: App) -> None:
    app.tab(app.window.numbers_tab)
    await app.select_row(app.window.numbers_tab)


async def clients_tab(app: App) -> None:
    app.tab(app.window.clients_tab)
    await app.select_row(app.window.clients_tab)


async def ai_tab(app: App) -> None:
    tab = app.window.ai_tab
    app.tab(tab)
    if not tab.model.rowCount():
        tab.files_dropped([app.document])
    await until(lambda: all(e.is_final for e in app.controller.session.ai_runs.entries)
                and tab.model.rowCount() > 0, "the AI's answer", 60)
    tab.table.selectRow(0)


async def new_fax(app: App) -> QDialog:
    app.tab(app.window.sent_tab)
    dialog = await opened(lambda: app.window.send_files([app.document]), "New fax")
    await until(lambda: dialog.pages.page_count > 0 and not dialog.pages.loading, "its pages")
    await until(lambda: dialog.fields.from_combo.count() > 0, "the numbers to send from")
    await until(lambda: dialog.fields.patient_edit.text(), "the patient read from the document")
    return dialog


async def address_book(app: App) -> QDialog:
    return await opened(app.window.address_book_action.trigger, "the address book")


def settings_page(page: str) -> Callable[[App], Awaitable[QDialog]]:
    async def show(app: App) -> QDialog:
        dialog = await opened(app.window.settings_action.trigger, "Settings")
        dialog.show_page(page)
        return dialog

    return show


async def about(app: App) -> QDialog:
    return await opened(app.window.about_action.trigger, "About")


async def secure_email(app: App) -> QDialog:
    action = getattr(app.window, "secure_email_action", None)
    if action is not None:
        return await opened(action.trigger, "Secure e-mail")
    dialogs = app.controller.dialogs  # the dialog a failed fax's "Send as secure e-mail" opens
    dialog = dialogs.secure_email_dialog(app.window, sender_name="Front desk", reason="Busy line")
    QDialog.open(dialog)
    return dialog


async def outbox(app: App) -> QDialog:
    return await opened(app.window.outbox_action.trigger, "the outbox")


def tab_dialog(tab: str, action: str, row: int | None = None) -> Callable[[App], Awaitable[QDialog]]:
    """The dialog an action of a tab opens (with the row ``row`` selected first)."""
    async def show(app: App) -> QDialog:
        widget = getattr(app.window, tab)
        app.tab(widget)
        if row is not None:
            await app.select_row(widget, row)
        return await opened(getattr(widget, action).trigger, f"{tab}.{action}")

    return show


async def sign_in(app: App) -> QDialog:
    return await opened(app.window.sign_in_action.trigger, "Add profile")


@dataclass(frozen=True)
class Shot:
    name: str
    show: Callable[[App], Awaitable[QDialog | None]]


SHOTS = [  # one a line: add yours
    Shot("sent-tab", sent_tab),
    Shot("received-tab", received_tab),
    Shot("numbers-tab", numbers_tab),
    Shot("clients-tab", clients_tab),
    Shot("ai-analysis", ai_tab),  # ai-tab*.png: scripts/screenshot_ai_tab.py (a full queue)
    Shot("new-fax", new_fax),
    Shot("address-book", address_book),
    Shot("settings-account", settings_page("account")),
    Shot("settings-notifications", settings_page("notifications")),
    Shot("settings-watched-folder", settings_page("watched-folder")),
    Shot("settings-appearance", settings_page("appearance")),
    Shot("about", about),
    Shot("forward", tab_dialog("received_tab", "forward_action", 1)),
    Shot("secure-email", secure_email),
    Shot("outbox", outbox),
    Shot("new-number", tab_dialog("numbers_tab", "provision_action")),
    Shot("change-number", tab_dialog("numbers_tab", "edit_action", 0)),
    Shot("new-client", tab_dialog("clients_tab", "create_action")),
    Shot("rename-client", tab_dialog("clients_tab", "rename_action", 0)),
    Shot("change-number", tab_dialog("numbers_tab", "edit_action", 0)),
    Shot("rename-client", tab_dialog("clients_tab", "rename_action", 0)),
    Shot("sign-in", sign_in),
]


# --- running --------------------------------------------------------------------------------------
async def take(app: App, shot: Shot, theme: str, out: Path) -> Path:
    app.controller.theme.set_choice(theme)
    dialog = await shot.show(app)
    await settle()
    path = out / f"{shot.name}-{theme}.png"
    # a tab: the whole screen; a dialog: its own window (without a window manager a dialog has
    # no frame, and over the window it would be hard to tell apart)
    image = QGuiApplication.primaryScreen().grabWindow(dialog.winId() if dialog is not None else 0)
    if image.isNull() or not image.save(str(path), "PNG"):
        raise SystemExit(f"screenshots: could not capture {path.name} (is DISPLAY an X server?)")
    if dialog is not None:
        dialog.reject()
        await until(lambda: not dialog.isVisible(), f"{shot.name} closed")
    await settle()
    return path


async def run(out: Path, names: list[str], themes: list[str]) -> None:
    root = Path(tempfile.mkdtemp(prefix="medsender-screenshots-"))
    application = build_application(AppOptions(sandbox=True, sandbox_speed="instant"),
                                    paths=AppPaths.under(root))
    controller = AppController(application, dialogs=DialogFactory(), notifier=TrayNotifier())
    app = App(controller, referral(root))
    if application.address_book is not None:
        for contact in CONTACTS:
            await application.address_book.save(contact)
    window = app.window
    try:
        await controller.start(initial_tab="sent")
        await until(lambda: controller.session is not None and controller.session.sync.loaded, "sign-in")
        screen = QGuiApplication.primaryScreen().geometry()
        window.move(0, 0)
        window.resize(screen.width(), screen.height())
        await until(lambda: window.numbers_tab.model.rowCount() > 0, "the numbers")
        for shot in SHOTS:
            if names and shot.name not in names:
                continue
            for theme in themes:
                path = await take(app, shot, theme, out)
                sys.stdout.write(f"{path}\n")
                sys.stdout.flush()
    finally:
        window.close()
        await controller.shutdown()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", default=[], help="names of SHOTS to take (default: all)")
    parser.add_argument("--themes", nargs="*", default=["light", "dark"], choices=["light", "dark"])
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        parser.error("no DISPLAY: start Xvfb (see the first lines of this file)")
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    args.out.mkdir(parents=True, exist_ok=True)
    select_backend()
    qt_app = QApplication(["medsender-desktop"])
    qt_app.setApplicationName("Medsender Desktop")
    qt_app.setOrganizationName("Medsender")
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())
    asyncio.run(run(args.out, args.only, args.themes), loop_factory=lambda: new_event_loop(qt_app))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
