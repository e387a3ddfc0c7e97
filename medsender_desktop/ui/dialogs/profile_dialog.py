"""Sign in (Add profile…): a profile's API key and client secret (kept in the OS keyring
only), server address, sign-in method, relay address and token, and "Test connection".
Editing the profile in use happens in Settings (the same fields, one tab each)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from medsender_desktop.services.credentials import ProfileSecrets
from medsender_desktop.services.profiles import Profile
from medsender_desktop.ui.dialogs.profile_fields import ProfileFields


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, profile: Profile | None = None,
                 secrets: ProfileSecrets | None = None, store_note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Medsender") if profile is None
                            else self.tr("Profile: {name}").format(name=profile.name))
        self.fields = ProfileFields(self, profile=profile, secrets=secrets, store_note=store_note)
        fields = self.fields  # the controls, by the names the tests and the controller use
        self.name_edit, self.api_key_edit, self.secret_edit = fields.name_edit, fields.api_key_edit, fields.secret_edit
        self.base_url_edit, self.auth_combo = fields.base_url_edit, fields.auth_combo
        self.relay_url_edit, self.relay_token_edit = fields.relay_url_edit, fields.relay_token_edit
        self.test_button, self.result_label = fields.test_button, fields.result_label
        self.store_note = fields.store_note
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(fields.account)
        layout.addWidget(fields.relay)
        layout.addWidget(self.buttons)
        fields.relay_note.hide()  # the sign-in dialog stays short; Settings explains the relay
        self.setMinimumWidth(520)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, message: str, *, title: str = "") -> None:
        self.fields.show_error(message)

    def profile(self) -> Profile:
        return self.fields.profile()

    def secrets(self) -> ProfileSecrets:
        return self.fields.secrets()

    def on_buttons_accepted(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.fields.show_error(problem[1])
            return
        self.accept()
