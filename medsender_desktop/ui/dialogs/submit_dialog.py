"""A dialog that saves through Medsender and stays open until Medsender accepts.

Each field has its problem written right under it: local checks as soon as the user has
pressed the accepting button once (then live, as they type), and Medsender's own refusal
(a ``400`` naming fields) in the same places. Nothing typed is lost when Medsender refuses;
while the request is in flight the buttons wait (Esc too), so nothing is sent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop.api import Client, ClientRequest, FaxNumber, NumberRequest, NumberUpdate
from medsender_desktop.errors import ApiError, MedsenderError, ValidationError
from medsender_desktop.ui.i18n import translate_message
from medsender_desktop.ui.qt_async import guarded_slot


class DirectoryActions(Protocol):
    """What the Numbers and Clients dialogs ask of the signed-in session."""

    @property
    def relay_callback_url(self) -> str: ...

    async def provision_number(self, request: NumberRequest) -> FaxNumber: ...

    async def update_number(self, update: NumberUpdate) -> FaxNumber: ...

    async def create_client(self, request: ClientRequest) -> Client: ...

    async def rename_client(self, client_id: str, name: str) -> Client: ...


def check(rule: Callable[[], object]) -> str | None:
    """The plain-words problem ``rule`` raises, or None when it passes."""
    try:
        rule()
    except ValidationError as exc:
        return translate_message(exc.message)
    return None


class SubmitDialog(QDialog):
    def __init__(self, parent: QWidget | None, accept_text: str) -> None:
        super().__init__(parent)
        self._busy = False
        self._tried = False  # problems are shown once the user tried to save
        self._server_problems: dict[str, str] = {}
        self.form = QFormLayout()
        self.field_errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}  # the API's field name -> its control
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # --- building -------------------------------------------------------------------------------
    def add_field(self, label: str, widget: QWidget, field: str | None = None,
                  accessible_name: str = "") -> None:
        """A row ``label: widget``; with ``field`` (the API's name) a problem line under it."""
        widget.setAccessibleName(accessible_name or label.rstrip(":"))
        self.form.addRow(label, widget)
        if field is not None:
            self._fields[field] = widget
            error = QLabel(self)
            error.setObjectName("fieldError")  # coloured by the theme (light and dark)
            error.setWordWrap(True)
            error.hide()
            self.field_errors[field] = error
            self.form.addRow("", error)

    def order_tabs(self) -> None:
        """Tab goes down the fields as shown, then to the accepting button, then Cancel."""
        chain: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
        chain += [self.accept_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- what subclasses say --------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """Local problems by field (the API's field names); empty when all is well."""
        return {}

    async def submit(self) -> None:
        """Ask Medsender; raises MedsenderError when it refuses."""
        raise NotImplementedError

    def refusal_text(self, exc: MedsenderError) -> str:
        if isinstance(exc, ApiError) and set(exc.fields) & set(self.field_errors):
            return self.tr("Medsender did not accept what is marked above. Correct it and try again.")
        return exc.message

    # --- behaviour ------------------------------------------------------------------------------
    def show_error(self, message: str, *, title: str = "") -> None:
        self._say(message, "errorText")

    def show_progress(self, message: str) -> None:
        self._say(message, "hint")

    def _say(self, message: str, kind: str) -> None:
        if self.message.objectName() != kind:  # the theme colours it by its name
            self.message.setObjectName(kind)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(translate_message(message))
        self.message.setVisible(bool(message))
        self.fit()

    def edited(self, *args: object) -> None:
        """Connected to every field's change: the marks follow what is typed."""
        self._server_problems.clear()
        if not self._show_problems() and not self._busy:
            self.show_error("")  # nothing marked any more: no "correct what is marked"

    def _show_problems(self) -> dict[str, str]:
        problems = {**self.problems(), **self._server_problems} if self._tried else {}
        for field, label in self.field_errors.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
            self._fields[field].setAccessibleDescription(problems.get(field, ""))  # read out too
        self.fit()
        return problems

    def fit(self) -> None:
        """Tall enough for every line shown now (wrapped problems and hints included)."""
        layout = self.layout()
        layout.activate()
        if not self.isVisible():  # first shown as wide as its labels and fields want
            self.resize(max(self.minimumWidth(), layout.sizeHint().width()), self.height())
        width = max(self.width(), self.minimumWidth(), layout.totalMinimumSize().width())
        height = self.layout().totalHeightForWidth(width)
        if height > 0:
            self.resize(width, max(height, self.layout().totalMinimumSize().height()))

    def reject(self) -> None:
        if not self._busy:  # Cancel and Esc wait for Medsender's answer
            super().reject()

    def on_buttons_accepted(self) -> None:
        """Checked here at once; sent to Medsender only when nothing is marked."""
        if self._busy:
            return
        self._tried = True
        self._server_problems.clear()
        if self._show_problems():
            self.show_error(self.tr("Correct what is marked, then try again."))
            return
        self._busy = True
        self.accept_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self._send()

    @guarded_slot()
    async def _send(self) -> None:
        try:
            await self.submit()
        except MedsenderError as exc:
            if isinstance(exc, ApiError):
                self._server_problems = {f: translate_message(m) for f, m in exc.fields.items()
                                         if f in self.field_errors}
            self._show_problems()
            self.show_error(self.refusal_text(exc))
            return
        finally:
            self._busy = False
            self.accept_button.setEnabled(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.accept()

