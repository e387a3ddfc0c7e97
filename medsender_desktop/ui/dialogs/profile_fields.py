"""A profile's fields, in two pages: the account (name, API key, client secret, server
address, sign-in method, Test connection) and the relay (address and token). Keys and the
relay token go to the OS keyring only (services.profiles saves them there). Used by the
sign-in dialog (both pages one above the other) and by Settings (one tab each)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from medsender_desktop.api import AuthMode
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.connection_check import check_connection
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile, check_url, new_profile_id
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.wire import DEFAULT_BASE_URL


class ProfileFields(QObject):
    """Builds the two pages as children of ``owner``; reads and checks what was typed."""

    def __init__(self, owner: QWidget, *, profile: Profile | None = None,
                 secrets: ProfileSecrets | None = None, store_note: str = "") -> None:
        super().__init__(owner)
        self._profile_id = profile.id if profile else new_profile_id()
        self._sandbox = bool(profile and profile.sandbox)
        self.account = QWidget(owner)
        self.relay = QWidget(owner)
        self.name_edit = QLineEdit(profile.name if profile else "", self.account)
        self.name_edit.setPlaceholderText(self.tr("e.g. Main Street Clinic"))
        self.api_key_edit = QLineEdit(secrets.api_key if secrets else "", self.account)
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.setPlaceholderText(self.tr("sk_live_… or sk_test_…"))
        self.secret_edit = QLineEdit(secrets.client_secret if secrets else "", self.account)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.base_url_edit = QLineEdit(profile.base_url if profile else DEFAULT_BASE_URL, self.account)
        self.auth_combo = QComboBox(self.account)
        self.auth_combo.addItem(self.tr("API key + client secret (Basic)"), AuthMode.BASIC.value)
        self.auth_combo.addItem(self.tr("API key only (Bearer)"), AuthMode.BEARER.value)
        if profile is not None:
            self.auth_combo.setCurrentIndex(self.auth_combo.findData(profile.auth_mode.value))
        self.test_button = QPushButton(self.tr("Test connection"), self.account)
        self.result_label = QLabel(self.account)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_note = QLabel(store_note or self.tr(
            "Keys are kept in this computer's secure password store, never in files."), self.account)
        self.store_note.setWordWrap(True)
        self.relay_url_edit = QLineEdit(profile.relay_url if profile else "", self.relay)
        self.relay_url_edit.setPlaceholderText(self.tr("optional, e.g. https://relay.example-clinic.org"))
        self.relay_token_edit = QLineEdit(secrets.relay_token if secrets else "", self.relay)
        self.relay_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.relay_note = QLabel(self.tr(
            "The relay brings Medsender's news (a fax delivered, a fax arrived) the moment it "
            "happens. Your IT staff set it up and give you its address and token; without one the "
            "app checks Medsender regularly. The token is kept in this computer's secure password "
            "store, never in files."), self.relay)
        self.relay_note.setWordWrap(True)
        self._lay_out()
        self.test_button.clicked.connect(self.on_test_button_clicked)

    def _lay_out(self) -> None:
        account = QVBoxLayout(self.account)
        account.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Profile name:"), self.name_edit)
        form.addRow(self.tr("API key:"), self.api_key_edit)
        form.addRow(self.tr("Client secret:"), self.secret_edit)
        form.addRow(self.tr("Server address:"), self.base_url_edit)
        form.addRow(self.tr("Sign-in method:"), self.auth_combo)
        account.addLayout(form)
        account.addWidget(self.store_note)
        account.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        account.addWidget(self.result_label)
        relay = QVBoxLayout(self.relay)
        relay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Relay address:"), self.relay_url_edit)
        form.addRow(self.tr("Relay token:"), self.relay_token_edit)
        relay.addLayout(form)
        relay.addWidget(self.relay_note)
        for label_owner in (self.account, self.relay):  # screen readers name each field by its label
            for label in label_owner.findChildren(QLabel):
                buddy = label.buddy()
                if buddy is not None:
                    buddy.setAccessibleName(label.text().rstrip(":"))

    @property
    def sandbox(self) -> bool:
        return self._sandbox

    def set_read_only(self, note: str) -> None:
        """Nothing to edit (the sandbox): the fields are shown greyed out, with ``note``."""
        for widget in (self.name_edit, self.api_key_edit, self.secret_edit, self.base_url_edit,
                       self.auth_combo, self.test_button, self.relay_url_edit, self.relay_token_edit):
            widget.setEnabled(False)
        self.store_note.setText(note)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.result_label.setText(message)

    def profile(self) -> Profile:
        return Profile(
            id=self._profile_id,
            name=self.name_edit.text().strip() or "Medsender",
            base_url=self.base_url_edit.text().strip(),
            auth_mode=AuthMode(self.auth_combo.currentData()),
            relay_url=self.relay_url_edit.text().strip().rstrip("/"),
            sandbox=self._sandbox,
        )

    def secrets(self) -> ProfileSecrets:
        return ProfileSecrets(
            api_key=self.api_key_edit.text().strip(),
            client_secret=self.secret_edit.text().strip(),
            relay_token=self.relay_token_edit.text().strip(),
        )

    def problem(self) -> tuple[QWidget, str] | None:
        """The page to show and what must be fixed before saving, in plain words."""
        if not self.name_edit.text().strip():
            return self.account, self.tr("Enter a name for this profile (e.g. the practice's name).")
        if not self.api_key_edit.text().strip():
            return self.account, self.tr("Enter the API key.")
        if self.auth_combo.currentData() == AuthMode.BASIC.value and not self.secret_edit.text().strip():
            return self.account, self.tr(
                "Enter the client secret (or choose the 'API key only' sign-in method).")
        problem = check_url(self.base_url_edit.text(), "server address")
        if problem:
            return self.account, translate_message(problem)  # made below the UI: said in the user's language
        if self.relay_url_edit.text().strip():
            problem = check_url(self.relay_url_edit.text(), "relay address")
            if problem:
                return self.relay, translate_message(problem)
            if not self.relay_token_edit.text().strip():
                return self.relay, self.tr("Enter the relay token, or leave the relay address empty.")
        return None

    @guarded_slot()
    async def on_test_button_clicked(self) -> None:
        problem = self.problem()
        if problem:
            raise ValidationError(problem[1])
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))
        try:
            report = await check_connection(self.profile(), self.secrets())
        finally:
            self.test_button.setEnabled(True)
        self.result_label.setText(("✔ " if report.ok else "✖ ") + translate_message(report.text))
