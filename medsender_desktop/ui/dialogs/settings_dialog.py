"""Settings (toolbar, Ctrl+,): one tab each for the account (the profile in use), the relay,
notifications, the watched folder and the appearance (light/dark, language). Save applies
everything at once, without a restart (the language at the next start)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile
from medsender_desktop.services.settings import Preferences
from medsender_desktop.ui.dialogs.profile_fields import ProfileFields
from medsender_desktop.ui.qt_async import guarded_slot

PAGES = ("account", "relay", "notifications", "watched-folder", "appearance")


@dataclass(frozen=True)
class SettingsChoice:
    """What Save hands to the controller."""

    preferences: Preferences
    language: str
    profile: Profile | None  # None: the profile was not changed (or cannot be: the sandbox)
    secrets: ProfileSecrets | None


class SettingsDialog(QDialog):
    folder_check_requested = Signal(str)  # Save clicked: check the folder off the UI thread

    def __init__(self, parent: QWidget | None = None, *, preferences: Preferences,
                 dialogs: Any, profile: Profile | None = None, secrets: ProfileSecrets | None = None,
                 store_note: str = "", read_only_note: str = "", language: str = "system",
                 languages: list[tuple[str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._dialogs = dialogs
        self._profile, self._secrets = profile, secrets
        self.pages = QTabWidget(self)
        self.fields = ProfileFields(self, profile=profile, secrets=secrets, store_note=store_note)
        if profile is None:
            self.fields.set_read_only(self.tr("Not signed in: use Add profile… to sign in to Medsender."))
        elif read_only_note:
            self.fields.set_read_only(read_only_note)
        self.pages.addTab(self.fields.account, self.tr("Account"))
        self.pages.addTab(self.fields.relay, self.tr("Relay"))
        self.pages.addTab(self._notifications_page(preferences), self.tr("Notifications"))
        self.pages.addTab(self._watch_page(preferences), self.tr("Watched folder"))
        self.pages.addTab(self._appearance_page(preferences, language, languages or []), self.tr("Appearance"))
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("errorText")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._connect_signals()
        self.on_watch_check_toggled(self.watch_check.isChecked())

    # --- pages -----------------------------------------------------------------------------------
    def _notifications_page(self, preferences: Preferences) -> QWidget:
        page = QWidget(self)
        self.notify_failed_check = QCheckBox(self.tr("When a sent fax could not be delivered"), page)
        self.notify_failed_check.setChecked(preferences.notify_failed)
        self.notify_received_check = QCheckBox(self.tr("When a new fax arrives"), page)
        self.notify_received_check.setChecked(preferences.notify_received)
        note = QLabel(self.tr("Notifications appear beside the clock, never with patient details. "
                              "The status bar says the same while the window is open. The tray "
                              "icon's menu can pause them for a while."), page)
        note.setWordWrap(True)
        note.setObjectName("hintText")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Show a desktop notification:"), page))
        layout.addWidget(self.notify_failed_check)
        layout.addWidget(self.notify_received_check)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _watch_page(self, preferences: Preferences) -> QWidget:
        page = QWidget(self)
        self.watch_check = QCheckBox(self.tr("Open a new fax for PDF and TIFF files saved into a folder"), page)
        self.watch_check.setChecked(preferences.watch_enabled)
        self.watch_folder_edit = QLineEdit(preferences.watch_folder, page)
        self.watch_folder_edit.setPlaceholderText(self.tr("Choose a folder…"))
        self.watch_folder_edit.setAccessibleName(self.tr("Watched folder"))
        self.choose_folder_button = QPushButton(self.tr("Choose…"), page)
        self.choose_folder_button.setAccessibleName(self.tr("Choose the watched folder"))
        row = QHBoxLayout()
        row.addWidget(self.watch_folder_edit, 1)
        row.addWidget(self.choose_folder_button)
        self.watch_problem_label = QLabel(page)
        self.watch_problem_label.setObjectName("errorText")
        self.watch_problem_label.setWordWrap(True)
        note = QLabel(self.tr(
            "Point your practice software's \"Print to PDF\" or scanner at this folder: each PDF "
            "or TIFF saved there opens the New fax window with it, once it is completely written. "
            "Files already in the folder, and temporary files, are left alone; nothing is moved "
            "or deleted."), page)
        note.setWordWrap(True)
        note.setObjectName("hintText")
        layout = QVBoxLayout(page)
        layout.addWidget(self.watch_check)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow("", self.watch_problem_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _appearance_page(self, preferences: Preferences, language: str,
                         languages: list[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        self.theme_combo = QComboBox(page)
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        for choice, label in (("system", self.tr("Same as this computer")), ("light", self.tr("Light")),
                              ("dark", self.tr("Dark"))):
            self.theme_combo.addItem(label, choice)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(preferences.theme)))
        self.language_combo = QComboBox(page)
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in languages or [(language, language)]:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        note = QLabel(self.tr("Colours change at once; a new language applies at the next start."), page)
        note.setWordWrap(True)
        note.setObjectName("hintText")
        form = QFormLayout(page)
        form.addRow(self.tr("Colours:"), self.theme_combo)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        return page

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.watch_check.toggled.connect(self.on_watch_check_toggled)
        self.choose_folder_button.clicked.connect(self.on_choose_folder_button_clicked)
        self.folder_check_requested.connect(self.on_folder_check_started)

    # --- reading ---------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if key in PAGES:
            self.pages.setCurrentIndex(PAGES.index(key))

    def show_error(self, message: str, *, title: str = "") -> None:
        self.problem_label.setText(message)

    def preferences(self) -> Preferences:
        return Preferences(
            theme=str(self.theme_combo.currentData()),
            notify_received=self.notify_received_check.isChecked(),
            notify_failed=self.notify_failed_check.isChecked(),
            watch_enabled=self.watch_check.isChecked(),
            watch_folder=self.watch_folder_edit.text().strip(),
        )

    def choice(self) -> SettingsChoice:
        profile = secrets = None
        editable = self._profile is not None and self.fields.name_edit.isEnabled()
        if editable and (self.fields.profile() != self._profile or self.fields.secrets() != self._secrets):
            profile, secrets = self.fields.profile(), self.fields.secrets()
        return SettingsChoice(self.preferences(), str(self.language_combo.currentData()), profile, secrets)

    def problem(self) -> tuple[QWidget, str] | None:
        if self.watch_check.isChecked():
            folder = self.watch_folder_edit.text().strip()
            page = self.pages.widget(PAGES.index("watched-folder"))
            if not folder:
                return page, self.tr("Choose the folder to watch, or turn the watched folder off.")
            if not Path(folder).expanduser().is_absolute():
                return page, self.tr("Choose a full folder path, e.g. C:\\Users\\Front desk\\Scans or "
                                     "/home/frontdesk/Scans, or use Choose….")
        if self.choice().profile is not None:
            return self.fields.problem()
        return None

    # --- slots -----------------------------------------------------------------------------------
    def on_watch_check_toggled(self, checked: bool) -> None:
        self.watch_folder_edit.setEnabled(checked)
        self.choose_folder_button.setEnabled(checked)

    @guarded_slot()
    async def on_choose_folder_button_clicked(self) -> None:
        folder = await self._dialogs.folder_path(self, self.tr("The folder to watch"))
        if folder is not None:
            self.watch_folder_edit.setText(str(folder))

    def on_buttons_accepted(self) -> None:
        self.watch_problem_label.clear()
        problem = self.problem()
        if problem is not None:
            self._refuse(*problem)
            return
        if not self.watch_check.isChecked():
            self.accept()
            return
        self.buttons.setEnabled(False)  # one check at a time; the folder may be a slow share
        self.problem_label.setText(self.tr("Checking the folder to watch…"))
        self.folder_check_requested.emit(self.watch_folder_edit.text().strip())

    @guarded_slot(str)
    async def on_folder_check_started(self, folder: str) -> None:
        """``is_dir`` off the UI thread: a folder on a dead network share can take minutes."""
        try:
            found = await asyncio.wait_for(asyncio.to_thread(_is_folder, folder), FOLDER_CHECK_SECONDS)
        except TimeoutError:
            message = self.tr("The folder to watch does not answer (a network folder may be offline). "
                              "Check the connection or choose another folder.")
        else:
            message = "" if found else self.tr("The folder to watch cannot be found. Choose another one.")
        self.buttons.setEnabled(True)
        self.problem_label.clear()
        if not self.isVisible():  # closed (Esc) while the folder was being checked
            return
        if message:
            self._refuse(self.pages.widget(PAGES.index("watched-folder")), message)
            return
        self.accept()

    def _refuse(self, page: QWidget | None, message: str) -> None:
        if page is not None:
            self.pages.setCurrentWidget(page)
        self.problem_label.setText(message)
        if page is self.pages.widget(PAGES.index("watched-folder")):
            self.watch_problem_label.setText(message)
            self.watch_folder_edit.setFocus()


FOLDER_CHECK_SECONDS = 5.0


def _is_folder(folder: str) -> bool:
    return Path(folder).expanduser().is_dir()

