"""The strip above the tabs that says when the app is offline (and that lists are cached)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from medsender_desktop.ui.i18n import translate_message


class OfflineBanner(QFrame):
    retry_requested = Signal()  #: no payload: the user asked to reconnect now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.hide()

    def show_offline(self, reason: str) -> None:
        text = self.tr("Offline — showing the lists saved on this computer. They update again as soon as "
                       "Medsender can be reached.")
        if reason:
            text += "\n" + translate_message(reason)
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.hide()
