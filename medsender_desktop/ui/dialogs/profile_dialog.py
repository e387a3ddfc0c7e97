"""Sign in: a profile's API key and client secret (kept in the OS keyring only), server
address, sign-in method, relay address and token, and a "Test connection" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import AuthMode
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.connection_check import check_connection
from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile, check_url, new_profile_id
from medsender_desktop.ui.qt_async import guarded_slot
from medsender_desktop.wire import DEFAULT_BASE_URL

AUTH_LABELS = {AuthMode.BASIC: "API key + client secret (Basic)", AuthMode.BEARER: "API key only (Bearer)"}


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, profile: Profile | None = None,
                 secrets: ProfileSecrets | None = None, store_note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign in to Medsender" if profile is None else f"Profile: {profile.name}")
        self._profile_id = profile.id if profile else new_profile_id()
        self.name_edit = QLineEdit(profile.name if profile else "", self)
        self.name_edit.setPlaceholderText("e.g. Main Street Clinic")
        self.api_key_edit = QLineEdit(secrets.api_key if secrets else "", self)
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.setPlaceholderText("sk_live_… or sk_test_…")
        self.secret_edit = QLineEdit(secrets.client_secret if secrets else "", self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.base_url_edit = QLineEdit(profile.base_url if profile else DEFAULT_BASE_URL, self)
        self.auth_combo = QComboBox(self)
        for mode, label in AUTH_LABELS.items():
            self.auth_combo.addItem(label, mode.value)
        if profile is not None:
            self.auth_combo.setCurrentIndex(self.auth_combo.findData(profile.auth_mode.value))
        self.relay_url_edit = QLineEdit(profile.relay_url if profile else "", self)
        self.relay_url_edit.setPlaceholderText("optional, e.g. https://relay.example-clinic.org")
        self.relay_token_edit = QLineEdit(secrets.relay_token if secrets else "", self)
        self.relay_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton("Test connection", self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_note = QLabel(store_note or "Keys are kept in this computer's secure "
                                 "password store, never in files.", self)
        self.store_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Profile name:", self.name_edit)
        form.addRow("API key:", self.api_key_edit)
        form.addRow("Client secret:", self.secret_edit)
        form.addRow("Server address:", self.base_url_edit)
        form.addRow("Sign-in method:", self.auth_combo)
        form.addRow("Relay address:", self.relay_url_edit)
        form.addRow("Relay token:", self.relay_token_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.store_note)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.on_test_button_clicked)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.result_label.setText(message)

    def profile(self) -> Profile:
        return Profile(
            id=self._profile_id,
            name=self.name_edit.text().strip() or "Medsender",
            base_url=self.base_url_edit.text().strip(),
            auth_mode=AuthMode(self.auth_combo.currentData()),
            relay_url=self.relay_url_edit.text().strip().rstrip("/"),
        )

    def secrets(self) -> ProfileSecrets:
        return ProfileSecrets(
            api_key=self.api_key_edit.text().strip(),
            client_secret=self.secret_edit.text().strip(),
            relay_token=self.relay_token_edit.text().strip(),
        )

    def problem(self) -> str | None:
        """What must be fixed before saving, in plain words (None = fine)."""
        if not self.name_edit.text().strip():
            return "Enter a name for this profile (e.g. the practice's name)."
        if not self.api_key_edit.text().strip():
            return "Enter the API key."
        if self.auth_combo.currentData() == AuthMode.BASIC.value and not self.secret_edit.text().strip():
            return "Enter the client secret (or choose the 'API key only' sign-in method)."
        problem = check_url(self.base_url_edit.text(), "server address")
        if problem:
            return problem
        if self.relay_url_edit.text().strip():
            problem = check_url(self.relay_url_edit.text(), "relay address")
            if problem:
                return problem
            if not self.relay_token_edit.text().strip():
                return "Enter the relay token, or leave the relay address empty."
        return None

    def on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem:
            self.result_label.setText(problem)
            return
        self.accept()

    @guarded_slot()
    async def on_test_button_clicked(self) -> None:
        problem = self.problem()
        if problem:
            raise ValidationError(problem)
        self.test_button.setEnabled(False)
        self.result_label.setText("Testing…")
        try:
            report = await check_connection(self.profile(), self.secrets())
        finally:
            self.test_button.setEnabled(True)
        self.result_label.setText(("✔ " if report.ok else "✖ ") + report.text)
