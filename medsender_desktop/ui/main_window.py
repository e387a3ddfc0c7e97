"""The main window: toolbar, offline banner, the five tabs and the status bar (the toolbar's
actions are built in main_actions, the way documents reach the send dialog in main_compose)."""

from __future__ import annotations

import base64
import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import ReceivedFax
from medsender_desktop.services.address_book import AddressBook
from medsender_desktop.services.outbox_store import SendFailure
from medsender_desktop.services.profiles import Profile
from medsender_desktop.services.session import Session
from medsender_desktop.services.settings import SettingsStore
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.bridge import SessionBridge
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.drops import FileDropTarget
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.icons import app_icon
from medsender_desktop.ui.main_actions import MainActions
from medsender_desktop.ui.main_compose import NEW_FAX_MESSAGE_MS, ComposeHandOff
from medsender_desktop.ui.notifier import FAILED, RECEIVED, Notifier
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.ui.secure_email_flow import EmailSource, send_secure_email
from medsender_desktop.ui.status_bar import AppStatusBar
from medsender_desktop.ui.tabs.ai_tab import AiTab
from medsender_desktop.ui.tabs.clients_tab import ClientsTab
from medsender_desktop.ui.tabs.numbers_tab import NumbersTab
from medsender_desktop.ui.tabs.received_tab import ReceivedTab
from medsender_desktop.ui.tabs.sent_tab import SentTab
from medsender_desktop.ui.widgets.banner import OfflineBanner

log = logging.getLogger(__name__)

TAB_KEYS = ("sent", "received", "numbers", "clients", "ai")
SENT_PREFIX = "sent:"  # a notification about a sent fax (the others name received faxes)


class MainWindow(ComposeHandOff, FileDropTarget, QMainWindow):
    profile_selected = Signal(str)  #: id of the profile picked in the switcher
    sign_in_requested = Signal()  #: no payload: add a profile (sign in)
    settings_requested = Signal()  #: no payload: open Settings (the profile in use, notifications…)
    closed = Signal()  #: no payload: the window was closed (the app quits)
    compose_closed = Signal()  #: no payload: the New fax dialog closed (sent, held or cancelled)

    def __init__(self, *, settings: SettingsStore, dialogs: DialogFactory, notifier: Notifier,
                 documents: Any, address_book: AddressBook | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._address_book = address_book
        self._settings = settings
        self._dialogs = dialogs
        self._notifier = notifier
        self._bridge: SessionBridge | None = None
        self._session: Session | None = None  # the signed-in session's services
        self._compose: Any = None  # the open send dialog
        self._outbox_view: Any = None  # the Outbox view, while it is open
        self._waiting_files: list[Path] = []  # handed in before sign-in
        self._compose_patient: tuple[str, str] | None = None  # AI tab's Send this: name, DOB
        self.setAcceptDrops(True)
        self.setWindowTitle("Medsender Desktop")
        self.setWindowIcon(app_icon())
        self.sent_tab = SentTab(dialogs, self)
        self.received_tab = ReceivedTab(dialogs, documents, self)
        self.numbers_tab = NumbersTab(dialogs, self)
        self.clients_tab = ClientsTab(dialogs, self)
        self.ai_tab = AiTab(dialogs, documents, self)
        self._build()
        self._connect_signals()
        self._restore_layout()
        self.set_session(None)

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        actions = MainActions(self, address_book=self._address_book is not None)
        self.toolbar, self.profile_combo = actions.toolbar, actions.profile_combo
        self.new_fax_action, self.refresh_action = actions.new_fax, actions.refresh
        self.search_action, self.secure_email_action = actions.search, actions.secure_email
        self.address_book_action, self.outbox_action = actions.address_book, actions.outbox
        self.sign_in_action, self.settings_action = actions.sign_in, actions.settings
        self.about_action = actions.about

        self.banner = OfflineBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sent_tab, self.tr("Sent"))
        self.tabs.addTab(self.received_tab, self.tr("Received"))
        self.tabs.addTab(self.numbers_tab, self.tr("Numbers"))
        self.tabs.addTab(self.clients_tab, self.tr("Clients"))
        self.tabs.addTab(self.ai_tab, self.tr("AI"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)

    def _connect_signals(self) -> None:
        self.new_fax_action.triggered.connect(self.on_new_fax_action_triggered)
        self.address_book_action.triggered.connect(self.on_address_book_action_triggered)
        self.outbox_action.triggered.connect(self.on_outbox_action_triggered)
        self.status.outbox_requested.connect(self.on_outbox_action_triggered)
        self.secure_email_action.triggered.connect(self.on_secure_email_action_triggered)
        self.sent_tab.email_requested.connect(self.on_email_requested)
        self.received_tab.email_requested.connect(self.on_email_requested)
        self.sent_tab.status_message.connect(self.on_tab_status_message)
        self.sent_tab.chart.expanded_changed.connect(self.on_chart_expanded_changed)
        self.refresh_action.triggered.connect(self.on_refresh_action_triggered)
        self.search_action.triggered.connect(self.on_search_action_triggered)
        self.sign_in_action.triggered.connect(self.sign_in_requested)
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        self.profile_combo.activated.connect(self.on_profile_combo_activated)
        self.banner.retry_requested.connect(self.on_refresh_action_triggered)
        self.received_tab.unread_count_changed.connect(self.on_received_tab_unread_count_changed)
        self.clients_tab.loaded.connect(self.on_clients_tab_loaded)
        self.numbers_tab.changed.connect(self.clients_tab.on_directory_changed)
        self.clients_tab.changed.connect(self.numbers_tab.on_directory_changed)
        self.clients_tab.received_requested.connect(self.on_clients_tab_received_requested)
        self._notifier.clicked.connect(self.on_notifier_clicked)
        self.ai_tab.send_requested.connect(self.on_ai_tab_send_requested)

    def show_error(self, message: str, *, title: str = "Medsender Desktop") -> None:
        self._dialogs.error(self, message, title=title)

    # --- session -------------------------------------------------------------------------------------
    @property
    def bridge(self) -> SessionBridge | None:
        return self._bridge

    def set_profiles(self, profiles: list[Profile], active: Profile | None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in profiles:
            self.profile_combo.addItem(p.name, p.id)
        if active is not None:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(active.id))
        self.profile_combo.blockSignals(False)

    def set_session(self, bridge: SessionBridge | None) -> None:
        if self._bridge is not None:
            self._bridge.received_changed.disconnect(self.on_bridge_received_changed)
            self._bridge.connectivity_changed.disconnect(self.on_bridge_connectivity_changed)
            self._bridge.relay_state_changed.disconnect(self.status.set_relay)
            self._bridge.outbox_summary_changed.disconnect(self.status.set_outbox_summary)
            self._bridge.outbox_failed.disconnect(self.on_bridge_outbox_failed)
        self._bridge = bridge
        self._session = bridge.session if bridge is not None else None
        for tab in (self.sent_tab, self.received_tab, self.numbers_tab, self.clients_tab, self.ai_tab):
            tab.set_session(bridge)
        for action in (self.new_fax_action, self.refresh_action):
            action.setEnabled(bridge is not None and self._compose is None)
        self.outbox_action.setEnabled(bridge is not None)
        if self._outbox_view is not None:  # it shows the previous profile's outbox
            self._outbox_view.close()
            self._outbox_view = None
        self.secure_email_action.setEnabled(bridge is not None)
        self.banner.clear()
        if bridge is None:
            self.status.set_profile(None)
            self.status.set_connection(None, sandbox=False)
            self.status.set_relay(None)
            self.status.set_outbox(0)
            self.setWindowTitle("Medsender Desktop")
            return
        session = bridge.session
        self.setWindowTitle(self.tr("Medsender Desktop — {profile}").format(profile=session.profile.name))
        self.status.set_profile(session.profile.name)
        connectivity = session.connectivity
        self.on_bridge_connectivity_changed(connectivity.online, connectivity.message)
        self.status.set_relay(session.relay_state.value if session.relay_state else "")
        bridge.received_changed.connect(self.on_bridge_received_changed)
        bridge.connectivity_changed.connect(self.on_bridge_connectivity_changed)
        bridge.relay_state_changed.connect(self.status.set_relay)
        self.status.set_outbox_summary(session.outbox.summary)
        bridge.outbox_summary_changed.connect(self.status.set_outbox_summary)
        bridge.outbox_failed.connect(self.on_bridge_outbox_failed)
        if self._waiting_files:
            waiting, self._waiting_files = self._waiting_files, []
            self.send_files(waiting)

    # --- live updates ---------------------------------------------------------------------------------
    def on_bridge_received_changed(self, record: ReceivedFax, is_new: bool) -> None:
        if is_new:
            count = record.num_pages
            pages = (self.tr("A fax") if not count else self.tr("1 page") if count == 1
                     else self.tr("{count} pages").format(count=count))
            self._notifier.announce(RECEIVED, self.tr("New fax received"),
                                    self.tr("{pages}. Click to open it.").format(pages=pages),
                                    record.send_token)
            # also where it is seen without a system tray (some Linux desktops, remote sessions)
            self.status.showMessage(self.tr("New fax received: {pages}.").format(pages=pages),
                                    NEW_FAX_MESSAGE_MS)

    def on_bridge_connectivity_changed(self, online: bool, message: str) -> None:
        sandbox = bool(self._session and self._session.profile.sandbox)
        self.status.set_connection(online, sandbox=sandbox)
        if online:
            self.banner.clear()
        else:
            self.banner.show_offline(message)

    def on_received_tab_unread_count_changed(self, count: int) -> None:
        index = self.tabs.indexOf(self.received_tab)
        self.tabs.setTabText(index, self.tr("Received ({count})").format(count=count) if count
                             else self.tr("Received"))

    def on_clients_tab_loaded(self, clients: list[Any]) -> None:
        self.received_tab.set_clients({c.client_id: c.name or c.client_id for c in clients})

    def on_clients_tab_received_requested(self, client_id: str) -> None:
        self.tabs.setCurrentWidget(self.received_tab)
        self.received_tab.show_client(client_id)

    def on_notifier_clicked(self, token: str) -> None:
        kind, _, sent_token = token.partition(SENT_PREFIX)
        if kind or not sent_token:
            self.open_received(token)
            return
        self._bring_forward(self.sent_tab)
        self.sent_tab.select_token(sent_token)

    def on_bridge_outbox_failed(self, failure: SendFailure) -> None:
        """A fax that will not arrive: say why (plain words), where it is seen."""
        token = failure.entry.token
        reason = translate_message(failure.reason)
        self._notifier.announce(FAILED, self.tr("Fax not delivered"), reason,
                                SENT_PREFIX + token if token else "")
        self.status.showMessage(self.tr("Fax not delivered: {reason}").format(reason=reason),
                                NEW_FAX_MESSAGE_MS)

    def open_received(self, token: str) -> None:
        """Bring the window forward and show that received fax (notification clicks)."""
        self._bring_forward(self.received_tab)
        self.received_tab.open_token(token)

    def _bring_forward(self, tab: QWidget) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentWidget(tab)

    def show_tab(self, key: str) -> None:
        if key in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    # --- actions ----------------------------------------------------------------------------------------
    def on_profile_combo_activated(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        if profile_id and (self._session is None or self._session.profile.id != profile_id):
            self.profile_selected.emit(profile_id)

    def on_search_action_triggered(self) -> None:
        tab = self.tabs.currentWidget()
        focus = getattr(tab, "focus_search", None)
        if focus is not None:
            focus()

    @guarded_slot()
    async def on_refresh_action_triggered(self) -> None:
        if self._session is None:
            return
        self.refresh_action.setEnabled(False)
        self.banner.retry_button.setEnabled(False)
        self.status.showMessage(self.tr("Refreshing…"))
        try:
            await self._session.refresh()
            await self.load_directories()
            self.status.showMessage(self.tr("Lists updated at {time}.").format(
                time=fmt.clock(dt.datetime.now(dt.UTC))), 8000)
        except BaseException:
            self.status.clearMessage()
            raise
        finally:
            self.refresh_action.setEnabled(True)
            self.banner.retry_button.setEnabled(True)

    async def load_directories(self) -> None:
        """Numbers and clients (clients also name the Received tab's Client column)."""
        await self.numbers_tab.reload()
        await self.clients_tab.reload()

    @guarded_slot()
    async def on_about_action_triggered(self) -> None:
        dialog = self._dialogs.about_dialog(self)
        await self._dialogs.run(dialog)
        dialog.deleteLater()

    def on_new_fax_action_triggered(self) -> None:
        self.send_files([])

    # --- sending files (drops, New fax, the command line, a second launch): main_compose ------------
    @guarded_slot(list)
    async def compose(self, paths: list[Path]) -> None:
        """The send dialog, opened at once; numbers arrive while the pages render."""
        await self.compose_and_send(paths)

    # --- secure e-mail (the toolbar, a received fax, a sent fax) -------------------------------------
    def on_secure_email_action_triggered(self) -> None:
        self.on_email_requested(EmailSource())

    @guarded_slot(object)
    async def on_email_requested(self, source: EmailSource) -> None:
        session = self._session
        if session is None:
            return
        self.secure_email_action.setEnabled(False)
        try:
            record = await send_secure_email(self, self._dialogs, session, source)
        finally:
            self.secure_email_action.setEnabled(self._session is not None)
        if record is None:
            return
        self.tabs.setCurrentWidget(self.sent_tab)
        self.sent_tab.select_token(record.token)
        self.status.showMessage(self.tr("Secure e-mail sent to {address}: its status updates in "
                                        "the Sent tab by itself.").format(
                                            address=record.recipient_email or ""), 10_000)

    def on_tab_status_message(self, message: str) -> None:
        self.status.showMessage(message, 8000)

    def on_chart_expanded_changed(self, expanded: bool) -> None:
        self._settings.update_ui("activity_chart", expanded)

    @guarded_slot()
    async def on_address_book_action_triggered(self) -> None:
        if self._address_book is None:
            return
        dialog = self._dialogs.address_book_dialog(self, book=self._address_book, dialogs=self._dialogs)
        await dialog.reload()
        await self._dialogs.run(dialog)
        dialog.deleteLater()

    @guarded_slot()
    async def on_outbox_action_triggered(self) -> None:
        """The Outbox view (beside the window, not modal; one at a time)."""
        if self._bridge is None:
            return
        if self._outbox_view is not None:
            self._outbox_view.raise_()
            self._outbox_view.activateWindow()
            return
        view = self._dialogs.outbox_dialog(self, bridge=self._bridge, dialogs=self._dialogs)
        view.finished.connect(self.on_outbox_view_finished)
        self._outbox_view = view
        view.show()
        await view.reload()

    def on_outbox_view_finished(self, result: int) -> None:
        view, self._outbox_view = self._outbox_view, None
        if view is not None:
            view.deleteLater()

    # --- window state --------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.ui("geometry")
        restored = False
        if isinstance(geometry, str):
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            except ValueError:
                restored = False
        if not restored:  # first run: most of the screen, up to a comfortable size
            area = self.screen().availableGeometry()
            self.resize(min(1400, int(area.width() * 0.9)), min(880, int(area.height() * 0.9)))
        self.sent_tab.chart.set_expanded(self._settings.ui("activity_chart", True) is not False)
        columns = self._settings.ui("columns") or {}
        self.sent_tab.table.restore_layout(columns.get("sent"))
        self.received_tab.table.restore_layout(columns.get("received"))
        self.show_tab(self._settings.ui("tab") or "sent")

    def save_layout(self) -> None:
        self._settings.update_ui("geometry", base64.b64encode(bytes(self.saveGeometry().data())).decode())
        self._settings.update_ui("columns", {
            "sent": self.sent_tab.table.layout_state(),
            "received": self.received_tab.table.layout_state(),
        })
        self._settings.update_ui("tab", TAB_KEYS[self.tabs.currentIndex()])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
        self.closed.emit()
