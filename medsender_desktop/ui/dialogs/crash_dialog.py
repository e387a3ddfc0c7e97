"""The one dialog shown when something unexpected went wrong: plain words, a PHI-free report
to copy for support, and the window behind it stays usable (the dialog is not modal)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CRASH_TITLE = QT_TRANSLATE_NOOP("CrashDialog", "Something went wrong")
CRASH_TEXT = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Medsender Desktop ran into a problem it did not expect. Your faxes are safe, and you can "
    "keep working.\n\nIf this happens again, click Copy report and paste it into an e-mail to "
    "your IT support. The report says where the problem happened; it contains no patient "
    "information.")


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Medsender Desktop — {problem}").format(problem=self.tr(CRASH_TITLE)))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._report = report
        heading = QLabel(self.tr(CRASH_TITLE), self)
        heading.setObjectName("detailTitle")
        text = QLabel(self.tr(CRASH_TEXT), self)
        text.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Problem report"))
        self.details.setMaximumHeight(140)
        self.details.setTabChangesFocus(True)
        self.copied_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.details)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)

    @property
    def report(self) -> str:
        return self._report

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._report)
        self.copied_label.setText(self.tr("The report is on the clipboard: paste it into an e-mail."))
