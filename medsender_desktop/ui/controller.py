"""Runs the app: signs in (or starts the embedded sandbox), switches profiles, shuts down."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication

from medsender_desktop.app import Application
from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile
from medsender_desktop.services.session import Session
from medsender_desktop.services.settings import Preferences
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.folder_watch import FolderWatch
from medsender_desktop.ui.i18n import (
    apply_language,
    available_languages,
    language_setting,
    save_language_setting,
    translate,
)
from medsender_desktop.ui.main_window import MainWindow
from medsender_desktop.ui.notifier import Notifier
from medsender_desktop.ui.qt_async import guarded_slot, signal_future
from medsender_desktop.ui.single_instance import InstanceServer, server_name
from medsender_desktop.ui.theme import AppTheme

log = logging.getLogger(__name__)

SANDBOX_PROFILE_NOTE = QT_TRANSLATE_NOOP(
    "AppController",
    "The sandbox profile is set up by the app each time it starts, with practice data and its "
    "own keys, so there is nothing to edit. To use your clinic's Medsender account, choose "
    "Add profile… and enter its API key.")
NO_SECURE_STORE_NOTE = QT_TRANSLATE_NOOP(
    "AppController",
    "This computer has no secure password store, so keys cannot be saved. Install and unlock "
    "GNOME Keyring or KWallet (Linux), then try again.")


class AppController:
    def __init__(self, app: Application, *, dialogs: DialogFactory, notifier: Notifier) -> None:
        self.app = app
        self.dialogs = dialogs
        self.notifier = notifier
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        apply_language(qt_app, language_setting(app.settings))  # before any window: they speak it
        preferences = app.settings.preferences()
        self.theme = AppTheme(qt_app, preferences.theme)  # before any window
        notifier.set_enabled(received=preferences.notify_received, failed=preferences.notify_failed)
        self.window = MainWindow(settings=app.settings, dialogs=dialogs, notifier=notifier,
                                 documents=app.documents, address_book=app.address_book)
        self.session: Session | None = None
        self.bridge: SessionBridge | None = None
        self.instance = InstanceServer(server_name(app.paths.data_dir), self.window)
        self.folder_watch = FolderWatch(self.window, interval=app.options.watch_interval)
        self._closed = signal_future(self.window.closed)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.instance.files_received.connect(self.on_instance_files_received)
        self.window.profile_selected.connect(self.on_window_profile_selected)
        self.window.sign_in_requested.connect(self.on_window_sign_in_requested)
        self.window.settings_requested.connect(self.on_window_settings_requested)
        self.notifier.show_window_requested.connect(self.on_notifier_show_window_requested)
        self.notifier.new_fax_requested.connect(self.on_notifier_new_fax_requested)
        self.notifier.quit_requested.connect(self.window.close)

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self.dialogs.error(self.window, message, title=title)

    # --- start and stop -------------------------------------------------------------------------------
    async def start(self, *, initial_tab: str | None = None, profile_name: str | None = None,
                    files: list[Path] | None = None, send_file: Path | None = None) -> None:
        """Show the window, then sign in: sandbox, the named/last profile, or ask. ``files``
        (the command line) and ``send_file`` (``--send FILE``, a PDF's right-click menu) open
        the send dialog once signed in."""
        self.instance.listen()
        files = [*(files or []), *([send_file] if send_file is not None else [])]
        self.window.show()
        await self.folder_watch.apply(self.app.settings.preferences())
        if files:
            self.window.send_files(list(files))
        if initial_tab:
            self.window.show_tab(initial_tab)
        profile: Profile | None = None
        try:
            if self.app.options.sandbox:
                self.window.status.showMessage(translate("AppController", "Starting the sandbox…"))
                profile = await self.app.start_embedded_sandbox()
                self.window.status.clearMessage()
            elif profile_name:
                profile = next((p for p in self.app.profiles.profiles() if p.name == profile_name), None)
                if profile is None:
                    self.show_error(translate("AppController", "There is no profile called “{name}” on this computer.")
                                    .format(name=profile_name))
            if profile is None:
                profile = self.app.profiles.active()
        except MedsenderError as exc:
            self.show_error(exc.message)
        if profile is None:
            self._refresh_profiles()
            await self.sign_in()
        else:
            await self.switch_to(profile)

    async def wait_closed(self) -> None:
        await self._closed

    async def shutdown(self) -> None:
        self.instance.close()
        await self.folder_watch.stop()
        await self._close_session()
        self.notifier.close()
        self.theme.close()
        self.theme.deleteLater()
        await self.app.close()

    # --- sessions -------------------------------------------------------------------------------------
    async def switch_to(self, profile: Profile) -> bool:
        """Sign in with ``profile``; the previous session is closed first. Errors are shown."""
        await self._close_session()
        self.window.status.showMessage(translate("AppController", "Signing in to {name}…").format(name=profile.name))
        try:
            session = await self.app.open_session(profile)
        except MedsenderError as exc:
            self.window.status.clearMessage()
            self._refresh_profiles()
            self.show_error(exc.message)
            return False
        self.session = session
        self.bridge = SessionBridge(session, self.window)
        self.window.set_session(self.bridge)
        self._refresh_profiles()
        self.window.status.clearMessage()
        try:
            await self.window.load_directories()
        except MedsenderError as exc:
            log.info("numbers/clients not loaded: %s", type(exc).__name__)
        return True

    async def _close_session(self) -> None:
        if self.session is None:
            return
        session, bridge = self.session, self.bridge
        self.session = self.bridge = None
        self.window.set_session(None)
        await session.close()
        if bridge is not None:
            bridge.deleteLater()

    def _refresh_profiles(self) -> None:
        active = self.session.profile if self.session else None
        self.window.set_profiles(self.app.profiles.profiles(), active)

    async def sign_in(self, profile: Profile | None = None) -> bool:
        """The sign-in dialog (new or existing profile); on Save: keys to the keyring, sign in."""
        dialog = self.dialogs.profile_dialog(
            self.window, profile=profile, secrets=self._secrets_of(profile), store_note=self._store_note())
        accepted = await self.dialogs.run(dialog)
        profile, secrets = dialog.profile(), dialog.secrets()
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            saved = self.app.profiles.save(profile, secrets)
        except MedsenderError as exc:
            self.show_error(exc.message)
            return False
        return await self.switch_to(saved)

    def _secrets_of(self, profile: Profile | None) -> ProfileSecrets | None:
        if profile is None or profile.sandbox:
            return None
        try:
            return self.app.profiles.secrets(profile)
        except MedsenderError:
            return None

    def _store_note(self) -> str:
        return "" if self.app.profiles.credentials.is_secure else translate("AppController", NO_SECURE_STORE_NOTE)

    # --- settings -------------------------------------------------------------------------------------
    async def open_settings(self, page: str = "") -> None:
        """Settings; on Save everything applies at once (a changed profile signs in again)."""
        profile = self.session.profile if self.session else None
        settings = self.app.settings
        dialog = self.dialogs.settings_dialog(
            self.window, preferences=settings.preferences(), dialogs=self.dialogs, profile=profile,
            secrets=self._secrets_of(profile), store_note=self._store_note(),
            read_only_note=translate("AppController", SANDBOX_PROFILE_NOTE) if profile and profile.sandbox else "",
            language=language_setting(settings), languages=available_languages())
        if page:
            dialog.show_page(page)
        accepted = await self.dialogs.run(dialog)
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        await self.apply_preferences(choice.preferences)
        if choice.language != language_setting(settings):
            save_language_setting(settings, choice.language)
        if choice.profile is not None and choice.secrets is not None:
            try:
                saved = self.app.profiles.save(choice.profile, choice.secrets)
            except MedsenderError as exc:
                self.show_error(exc.message)
                return
            await self.switch_to(saved)

    async def apply_preferences(self, preferences: Preferences) -> None:
        self.app.settings.set_preferences(preferences)
        self.theme.set_choice(preferences.theme)
        self.notifier.set_enabled(received=preferences.notify_received, failed=preferences.notify_failed)
        await self.folder_watch.apply(preferences)

    def bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def on_notifier_show_window_requested(self) -> None:
        self.bring_forward()

    def on_notifier_new_fax_requested(self) -> None:
        self.bring_forward()
        self.window.send_files([])  # the send dialog (or the one already open, brought forward)

    def on_instance_files_received(self, files: list[Path]) -> None:
        """A second launch: bring this window forward, with its files in the send dialog."""
        self.bring_forward()
        if files:
            self.window.send_files(files)

    # --- window requests ---------------------------------------------------------------------------
    @guarded_slot(str)
    async def on_window_profile_selected(self, profile_id: str) -> None:
        profile = self.app.profiles.get(profile_id)
        if profile is not None:
            await self.switch_to(profile)

    @guarded_slot()
    async def on_window_sign_in_requested(self) -> None:
        await self.sign_in()

    @guarded_slot()
    async def on_window_settings_requested(self) -> None:
        await self.open_settings()
