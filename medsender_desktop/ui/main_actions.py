"""The main window's toolbar: its actions with their shortcuts and tooltips, and the profile
switcher. The window connects them (``MainWindow._connect_signals``) and keeps them as its
attributes (``window.new_fax_action``…); their words are in the main window's catalog context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QToolBar, QWidget

from medsender_desktop.ui.icons import toolbar_icon


class MainActions:
    """Builds the toolbar on ``window`` (the actions are the window's children, so their
    shortcuts work anywhere in it)."""

    def __init__(self, window: QMainWindow, *, address_book: bool) -> None:
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        self.new_fax = QAction(QCoreApplication.translate("MainWindow", "New fax"), window)
        self.new_fax.setShortcut(QKeySequence.StandardKey.New)
        self.new_fax.setToolTip(QCoreApplication.translate("MainWindow", "Send a new fax (Ctrl+N)"))
        self.refresh = QAction(QCoreApplication.translate("MainWindow", "Refresh"), window)
        self.refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh.setToolTip(QCoreApplication.translate("MainWindow", "Reload the lists now (F5)"))
        self.search = QAction(QCoreApplication.translate("MainWindow", "Search"), window)
        self.search.setShortcut(QKeySequence.StandardKey.Find)
        self.search.setToolTip(QCoreApplication.translate("MainWindow", "Search this tab (Ctrl+F)"))
        self.secure_email = QAction(QCoreApplication.translate("MainWindow", "Secure e-mail…"), window)
        self.secure_email.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.secure_email.setToolTip(
            QCoreApplication.translate("MainWindow", "Send a document as a secure e-mail link (Ctrl+Shift+E)"))
        self.address_book = QAction(QCoreApplication.translate("MainWindow", "Address book"), window)
        self.address_book.setToolTip(
            QCoreApplication.translate("MainWindow", "The people and offices you fax: add, edit, import, export"))
        self.address_book.setEnabled(address_book)
        self.outbox = QAction(QCoreApplication.translate("MainWindow", "Outbox"), window)
        self.outbox.setToolTip(QCoreApplication.translate(
            "MainWindow", "The faxes being sent: progress, delivery timeline, Cancel and Send now"))
        self.sign_in = QAction(QCoreApplication.translate("MainWindow", "Add profile…"), window)
        self.settings = QAction(QCoreApplication.translate("MainWindow", "Settings…"), window)
        self.settings.setShortcut(QKeySequence("Ctrl+,"))
        self.settings.setToolTip(QCoreApplication.translate(
            "MainWindow",
            "This profile's keys and relay, notifications, the watched folder, light or dark (Ctrl+,)"))
        self.about = QAction(QCoreApplication.translate("MainWindow", "About"), window)
        self.about.setToolTip(QCoreApplication.translate(
            "MainWindow", "The version, and the licenses of the bundled components"))
        for action, icon in ((self.new_fax, "new-fax"), (self.secure_email, "email"),
                             (self.refresh, "refresh"),
                             (self.search, "search"), (self.address_book, "address-book"),
                             (self.outbox, "outbox"),
                             (self.settings, "settings"), (self.sign_in, "add-profile"),
                             (self.about, "about")):
            action.setIcon(toolbar_icon(icon))
        for action in (self.new_fax, self.secure_email, self.refresh,
                       self.search, self.address_book, self.outbox):
            self.toolbar.addAction(action)
        spacer = QWidget(window)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Profile: "), window))
        self.profile_combo = QComboBox(window)
        self.profile_combo.setMinimumWidth(160)
        self.profile_combo.setAccessibleName(QCoreApplication.translate("MainWindow", "Profile"))
        self.toolbar.addWidget(self.profile_combo)
        self.toolbar.addAction(self.settings)
        self.toolbar.addAction(self.sign_in)
        self.toolbar.addAction(self.about)
        for action in (self.new_fax, self.secure_email, self.refresh,
                       self.search, self.settings, self.sign_in,
                       self.about):
            button = self.toolbar.widgetForAction(action)
            if button is not None:  # reached with Tab like every other control
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
