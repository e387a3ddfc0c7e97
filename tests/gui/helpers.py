"""Shared pieces of the GUI tests: servers, a desktop signed in to them, and stand-ins for the
person at the keyboard (dialogs answered by code) and for the system tray."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from medsender_desktop import wire
from medsender_desktop.api import Credentials, MedsenderClient
from medsender_desktop.app import AppOptions, build_application
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.relay import RelaySettings
from medsender_desktop.relay import create_app as create_relay
from medsender_desktop.sandbox import SandboxSettings
from medsender_desktop.sandbox import create_app as create_sandbox
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile, new_profile_id
from medsender_desktop.services.settings import AppPaths
from medsender_desktop.services.sync import SyncConfig
from medsender_desktop.serving import BackgroundServer
from medsender_desktop.ui.controller import AppController
from medsender_desktop.ui.crash import install_crash_handlers
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.notifier import Notifier
from tests.paths import CORPUS
from tests.waiting import until

#: Quick enough that tests wait seconds, not minutes; still the app's real code paths.
FAST_SYNC = SyncConfig(poll_initial=0.2, poll_max=1.0, head_interval_relay=30.0,
                       head_interval_polling=0.5, probe_initial=0.2, probe_max=0.5,
                       view_poll_max=1.0)

FOUR_PAGES = CORPUS / "pdflatex-4-pages.pdf"


# --- servers -------------------------------------------------------------------------------------
@dataclass
class Backend:
    sandbox: BackgroundServer
    relay: BackgroundServer
    api_key: str = field(repr=False)
    client_secret: str = field(repr=False)
    relay_token: str = field(repr=False)
    documents: DocumentWorker | None = None
    db: Path = Path()
    speed: str = "fast"

    @property
    def api_url(self) -> str:
        return self.sandbox.url + wire.API_PREFIX

    @property
    def relay_url(self) -> str:
        return self.relay.url

    def credentials(self) -> Credentials:
        return Credentials(api_key=self.api_key, client_secret=self.client_secret, base_url=self.api_url)

    def stop_sandbox(self) -> None:
        self.sandbox.stop()

    def restart_sandbox(self) -> None:
        """The same sandbox (database, keys, port) back again, as after an outage."""
        assert self.documents is not None
        app = sandbox_app(self.db, self.relay_url + wire.RELAY_CALLBACKS, self.documents,
                          api_key=self.api_key, client_secret=self.client_secret, speed=self.speed)
        self.sandbox = BackgroundServer(app, port=self.sandbox.port, name="sandbox").start()

    def client(self) -> MedsenderClient:
        """A client of its own: "someone else" using the same account through the API."""
        return MedsenderClient(self.credentials(), max_attempts=1, documents=self.documents)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sandbox_app(db: Path, callback_url: str, documents: DocumentWorker, *,
                api_key: str | None = None, client_secret: str | None = None,
                speed: str = "fast") -> Any:
    return create_sandbox(SandboxSettings(
        db=str(db), api_key=api_key, client_secret=client_secret, demo=True, dialect="camel",
        speed=speed, default_callback_url=callback_url, rate_limit_per_minute=0,
    ), documents=documents)


@contextlib.contextmanager
def start_backend(root: Path, documents: DocumentWorker, *, speed: str = "fast") -> Iterator[Backend]:
    relay_port = free_port()
    callback_url = f"http://127.0.0.1:{relay_port}{wire.RELAY_CALLBACKS}"
    app = sandbox_app(root / "sandbox.sqlite3", callback_url, documents, speed=speed)
    sandbox = BackgroundServer(app, name="sandbox").start()
    state = app.state.sandbox
    token = secrets.token_urlsafe(16)
    relay = BackgroundServer(create_relay(RelaySettings(
        data_dir=root / "relay", api_key=state.api_key, relay_token=token,
        encryption_key=secrets.token_bytes(32))), port=relay_port, name="relay").start()
    backend = Backend(sandbox, relay, state.api_key, state.client_secret, token,
                      documents=documents, db=root / "sandbox.sqlite3", speed=speed)
    try:
        asyncio.run(_route_numbers(backend, callback_url))
        yield backend
    finally:
        relay.stop()
        sandbox.stop()


async def _route_numbers(backend: Backend, callback_url: str) -> None:
    async with backend.client() as client:
        for number in await client.list_fax_numbers():
            if number.callback_url != callback_url:
                await client.update_fax_number(number.id, callback_url=callback_url)


# --- stand-ins ------------------------------------------------------------------------------------
DialogAnswer = Callable[[QDialog], Awaitable[int] | int]


class RecordingDialogs(DialogFactory):
    """Records messages instead of showing them; dialogs are answered by queued callbacks."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.crashes: list[str] = []
        self.opened_urls: list[str] = []
        self.answers: list[DialogAnswer] = []
        self.save_to: Path | None = None

    def error(self, parent: QWidget | None, message: str, *, title: str = "") -> None:
        self.errors.append(message)

    def info(self, parent: QWidget | None, message: str, *, title: str = "") -> None:
        self.infos.append(message)

    def crash(self, report: str) -> None:
        """Recorded (a test fails on it) and shown for real."""
        self.crashes.append(report)
        super().crash(report)

    def open_url(self, url: str) -> bool:
        """Recorded, then opened for real (offscreen there is no browser: that path is real)."""
        self.opened_urls.append(url)
        return super().open_url(url)

    async def run(self, dialog: QDialog) -> int:
        assert self.answers, f"unexpected dialog {type(dialog).__name__}"
        answer = self.answers.pop(0)
        result = answer(dialog)
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            result = await result
        dialog.deleteLater()
        return int(result)  # type: ignore[arg-type]

    async def save_path(self, parent: QWidget | None, caption: str, suggested: str,
                        name_filter: str = "PDF documents (*.pdf)") -> Path | None:
        """``save_to`` if set; otherwise the real file dialog (answered by a queued answer)."""
        if self.save_to is None:
            return await super().save_path(parent, caption, suggested, name_filter)
        return self.save_to

    def open_for_real(self, dialog: QDialog) -> Awaitable[int]:
        """An answer that opens ``dialog`` as the app does; the test then acts on it."""
        return DialogFactory.run(self, dialog)


class RecordingNotifier(Notifier):
    notified = Signal(str, str, str)  #: title, message, token

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, str]] = []

    def notify(self, title: str, message: str, token: str) -> None:
        self.messages.append((title, message, token))
        self.notified.emit(title, message, token)


# --- the app -------------------------------------------------------------------------------------
@dataclass
class Desktop:
    controller: AppController
    dialogs: RecordingDialogs
    notifier: RecordingNotifier
    backend: Backend

    @property
    def window(self) -> Any:
        return self.controller.window

    @property
    def session(self) -> Any:
        assert self.controller.session is not None, "not signed in"
        return self.controller.session


def profile_for(backend: Backend, name: str = "Main Street Clinic") -> tuple[Profile, ProfileSecrets]:
    profile = Profile(id=new_profile_id(), name=name, base_url=backend.api_url, relay_url=backend.relay_url)
    return profile, ProfileSecrets(backend.api_key, backend.client_secret, backend.relay_token)


@contextlib.asynccontextmanager
async def open_desktop(backend: Backend | None, root: Path, *, sign_in: bool = True,
                       relay: bool = True, options: AppOptions | None = None,
                       wait_loaded: bool = True, language: str = "en") -> AsyncIterator[Desktop]:
    """The app as a user starts it; ``backend=None`` with ``options.sandbox`` = ``--sandbox``."""
    # the relay's timings are the app's own: with 2 s to be "unreachable" (a 1 s heartbeat, a 3 s
    # read timeout) a loaded CI machine dropped and re-made the live connection mid-test
    options = options or AppOptions(sync=FAST_SYNC, api_max_attempts=1)
    application = build_application(options, paths=AppPaths.under(root / "app"))
    application.settings.set("language", language)  # English unless asked: not this machine's
    if sign_in and backend is not None:
        profile, secrets_ = profile_for(backend)
        if not relay:
            profile = replace(profile, relay_url="")
            secrets_ = replace(secrets_, relay_token="")
        application.profiles.save(profile, secrets_)
    dialogs, notifier = RecordingDialogs(), RecordingNotifier()
    controller = AppController(application, dialogs=dialogs, notifier=notifier)
    desktop = Desktop(controller, dialogs, notifier, backend)  # type: ignore[arg-type]
    uninstall = install_crash_handlers(dialogs, loop=asyncio.get_running_loop())  # as the app does
    try:
        if sign_in:
            await controller.start()
            if wait_loaded:
                await until(lambda: controller.session is not None and controller.session.sync.loaded,
                            "the first reload")
        yield desktop
    finally:
        controller.window.close()
        await controller.shutdown()
        controller.window.deleteLater()
        uninstall()
        if dialogs.crash_dialog is not None:
            dialogs.crash_dialog.close()
    assert not dialogs.crashes, dialogs.crashes


def slot_running(qualname: str) -> bool:
    """Whether a coroutine slot the app started (e.g. ``"ReceivedTab.open_fax"``) still runs."""
    return any(getattr(task.get_coro(), "__qualname__", None) == qualname
               for task in asyncio.all_tasks())


async def shown_dialog[D: QWidget](kind: type[D], what: str, timeout: float = 15.0) -> D:
    """The visible top-level window of type ``kind`` (a real dialog the app opened)."""
    def find() -> D | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible()), None)

    await until(find, what, timeout)
    found = find()
    assert found is not None
    return found


async def focus_in(widget: QWidget, what: str = "the field focused") -> None:
    """Put the keyboard focus in ``widget`` as a person does before typing: its window active
    (a dialog shown a moment ago may not be yet on a loaded machine) and the widget focused.
    Typing into a widget that has no focus skips what the app does only for focused fields
    (e.g. the To field's suggestions)."""
    window = await activated(widget.window())
    widget.setFocus()
    await until(lambda: window.isActiveWindow() and widget.hasFocus(), what)


async def activated[W: QWidget](window: W, what: str = "the window active") -> W:
    """``window`` made the active window, as a click on it does. Until then keys and Tab go
    nowhere (``QApplication.focusWidget()`` is None): a dialog shown a moment ago, after a
    network answer on a loaded machine, may not be active yet."""
    window.activateWindow()
    await until(window.isActiveWindow, what)
    return window


def open_received_fax(received: Any, token: str) -> None:
    """Select the fax's row and press Enter, as a user opens a fax from the list."""
    assert received.select_token(token), "the fax is listed"
    QTest.keyClick(received.table, Qt.Key.Key_Return)


async def our_number(desktop: Desktop) -> str:
    numbers = await desktop.session.fax_numbers()
    return numbers[0].number


async def receive_a_fax(desktop: Desktop, document: Path = FOUR_PAGES) -> str:
    """A fax arrives at one of the account's numbers (the sandbox's carrier delivers it)."""
    async with desktop.backend.client() as carrier:
        arrived = await carrier.simulate_received_fax(
            document, to_number=await our_number(desktop), from_number="(305) 555-0121",
            caller_name="Harbor Clinical Laboratory")
    return arrived.token


# --- a person dragging files onto a window ----------------------------------------------------------
def drop_files(widget: QWidget, paths: list[Path]) -> bool:
    """Drag ``paths`` from a file manager onto ``widget``: a real QDragEnterEvent, then a real
    QDropEvent, both carrying the files' URLs. Returns whether the drop was accepted."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def sandbox_sent_pages(backend: Backend) -> list[tuple[str, int]]:
    """(patient name, document pages) of every sent fax the sandbox holds, oldest first."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(backend.db)) as db:
        return [(row[0] or "", int(row[1])) for row in db.execute(
            "SELECT s.patient_name, d.pages FROM sent_faxes s JOIN documents d "
            "ON d.sha256 = s.document_sha ORDER BY s.seq")]


# --- a person clicking ------------------------------------------------------------------------------
async def click(button: QWidget, slot: str, what: str = "") -> None:
    """Click ``button`` with the mouse and wait until the coroutine slot it starts (its
    ``__qualname__``, e.g. ``"ReceivedTab.on_save_button_clicked"``) has finished."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    await until(lambda: not slot_running(slot), what or f"{slot} to finish")


def press_accept(dialog: Any) -> None:
    """Click the dialog's accepting button (OK, Forward, Send…) in its button box."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.buttons
    accept = next(b for b in box.buttons()
                  if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    QTest.mouseClick(accept, Qt.MouseButton.LeftButton)
