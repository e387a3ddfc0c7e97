"""Every dialog and message box comes from here, so tests can swap in a factory that answers
them instead of a person (and nothing ever blocks waiting for a click).

Coroutines never ``exec()`` a dialog: :meth:`DialogFactory.run` opens it and awaits its
``finished`` signal; messages are shown without waiting at all.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from medsender_desktop.ui.qt_async import signal_future

if TYPE_CHECKING:
    from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
    from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
    from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog

log = logging.getLogger(__name__)

APP_TITLE = "Medsender Desktop"


class DialogFactory:
    """Creates, shows and awaits dialogs. Subclass in tests to answer them automatically."""

    def __init__(self) -> None:
        self._crash_shown = False

    # --- messages (never awaited) ------------------------------------------------------------
    def error(self, parent: QWidget | None, message: str, *, title: str = APP_TITLE) -> None:
        self._message(parent, QMessageBox.Icon.Warning, title, message)

    def info(self, parent: QWidget | None, message: str, *, title: str = APP_TITLE) -> None:
        self._message(parent, QMessageBox.Icon.Information, title, message)

    def crash(self, message: str) -> None:
        """One crash dialog per run, whatever happens next (no PHI: callers pass fixed text)."""
        if self._crash_shown:
            return
        self._crash_shown = True
        self._message(None, QMessageBox.Icon.Critical, APP_TITLE, message)

    def _message(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # --- dialogs ------------------------------------------------------------------------------
    async def run(self, dialog: QDialog) -> int:
        """Open ``dialog`` (window-modal) and await its result code."""
        finished = signal_future(dialog.finished)
        dialog.open()
        (result,) = await finished
        return int(result)

    async def confirm(self, parent: QWidget | None, question: str, *, title: str = APP_TITLE) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finished = signal_future(box.finished)
        box.open()
        (result,) = await finished
        return int(result) == int(QMessageBox.StandardButton.Yes)

    async def save_path(self, parent: QWidget | None, caption: str, suggested: str,
                        name_filter: str = "PDF documents (*.pdf)") -> Path | None:
        dialog = QFileDialog(parent, caption, suggested, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        if await self.run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    async def open_paths(self, parent: QWidget | None, caption: str,
                         name_filter: str = "Documents (*.pdf *.tif *.tiff)") -> list[Path]:
        dialog = QFileDialog(parent, caption, "", name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if await self.run(dialog) != QDialog.DialogCode.Accepted:
            return []
        return [Path(p) for p in dialog.selectedFiles()]

    def open_url(self, url: str) -> bool:
        """Open a link in the default browser (secure links)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(QUrl(url)))

    async def print_document(self, parent: QWidget | None, pages: list[Any]) -> bool:
        """Print rendered pages (QImages) through the system print dialog."""
        from medsender_desktop.ui.printing import print_images

        return await print_images(self, parent, pages)

    # --- the app's own dialogs -------------------------------------------------------------------
    def profile_dialog(self, parent: QWidget | None, **kwargs: Any) -> ProfileDialog:
        from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog

        return ProfileDialog(parent, **kwargs)

    def forward_dialog(self, parent: QWidget | None, **kwargs: Any) -> ForwardDialog:
        from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog

        return ForwardDialog(parent, **kwargs)

    def new_fax_dialog(self, parent: QWidget | None, **kwargs: Any) -> NewFaxDialog:
        from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog

        return NewFaxDialog(parent, **kwargs)
