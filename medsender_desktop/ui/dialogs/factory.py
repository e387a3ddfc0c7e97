"""Every dialog and message box comes from here, so tests can swap in a factory that answers
them instead of a person (and nothing ever blocks waiting for a click).

Coroutines never ``exec()`` a dialog: :meth:`DialogFactory.run` opens it and awaits its
``finished`` signal; messages are shown without waiting at all.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from medsender_desktop.ui.dialogs.crash_dialog import CrashDialog
from medsender_desktop.ui.i18n import translate, translate_message
from medsender_desktop.ui.qt_async import signal_future

if TYPE_CHECKING:
    from medsender_desktop.ui.dialogs.about_dialog import AboutDialog
    from medsender_desktop.ui.dialogs.address_book_dialog import AddressBookDialog
    from medsender_desktop.ui.dialogs.client_dialog import ClientDialog
    from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
    from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
    from medsender_desktop.ui.dialogs.number_dialog import NumberDialog
    from medsender_desktop.ui.dialogs.outbox_dialog import OutboxDialog
    from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog
    from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog
    from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

APP_TITLE = "Medsender Desktop"
LINK_NOT_OPENED = QT_TRANSLATE_NOOP(
    "DialogFactory",
    "No web browser could be opened on this computer. Click Copy link, then paste the link "
    "into your browser's address bar. The link works for 5 minutes."
)


def documents_folder() -> Path:
    """The user's Documents folder (their home folder if there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class DialogFactory:
    """Creates, shows and awaits dialogs. Subclass in tests to answer them automatically."""

    def __init__(self) -> None:
        self._open: set[QWidget] = set()  # shown without a parent owning them: kept alive here
        self.crash_dialog: CrashDialog | None = None
        self._folder: Path | None = None  # where the last file was saved or chosen

    # --- messages (never awaited) ------------------------------------------------------------
    def error(self, parent: QWidget | None, message: str, *, title: str = APP_TITLE) -> None:
        self._message(parent, QMessageBox.Icon.Warning, title, message)

    def info(self, parent: QWidget | None, message: str, *, title: str = APP_TITLE) -> None:
        self._message(parent, QMessageBox.Icon.Information, title, message)

    def crash(self, report: str) -> None:
        """The crash dialog with ``report`` (PHI-free); one at a time, the window stays usable."""
        if self.crash_dialog is not None:
            return  # already on screen: one dialog, not a pile of them
        dialog = CrashDialog(report)  # no parent: a closing window must not take it along
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_crash_dialog_finished)
        self.crash_dialog = dialog
        dialog.show()
        dialog.raise_()

    def _on_crash_dialog_finished(self, result: int) -> None:
        self.crash_dialog = None

    def link_not_opened(self, parent: QWidget | None, url: str) -> None:
        """No browser could be started: say so and offer to copy ``url`` (never logged)."""
        box = self._message(parent, QMessageBox.Icon.Warning, APP_TITLE, translate("DialogFactory", LINK_NOT_OPENED))
        copy = box.addButton(translate("DialogFactory", "Copy link"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(url))

    def _message(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str,
                 text: str) -> QMessageBox:
        box = QMessageBox(icon, title, translate_message(text), QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self._keep_open(box)
        QDialog.open(box)
        return box

    def _keep_open(self, widget: QDialog) -> None:
        """Hold a reference until ``widget`` closes (a parentless box would be collected)."""
        self._open.add(widget)
        widget.finished.connect(lambda *_: self._open.discard(widget))

    # --- dialogs ------------------------------------------------------------------------------
    async def run(self, dialog: QDialog) -> int:
        """Open ``dialog`` (window-modal) and await its result code."""
        finished = signal_future(dialog.finished)
        QDialog.open(dialog)  # not dialog.open(): PySide6 binds only open(receiver, member) on some
        (result,) = await finished
        return int(result)

    async def confirm(self, parent: QWidget | None, question: str, *, title: str = APP_TITLE) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, translate_message(question),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finished = signal_future(box.finished)
        QDialog.open(box)
        (result,) = await finished
        return int(result) == int(QMessageBox.StandardButton.Yes)

    async def save_path(self, parent: QWidget | None, caption: str, suggested: str,
                        name_filter: str | None = None) -> Path | None:
        """Ask where to save; starts in Documents (or the last folder used) with ``suggested``."""
        name_filter = name_filter or translate("DialogFactory", "PDF documents (*.pdf)")
        dialog = QFileDialog(parent, caption, str(self.start_folder() / suggested), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        if await self.run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        self._folder = path.parent
        return path

    async def open_paths(self, parent: QWidget | None, caption: str,
                         name_filter: str | None = None) -> list[Path]:
        name_filter = name_filter or translate("DialogFactory", "Documents (*.pdf *.tif *.tiff)")
        dialog = QFileDialog(parent, caption, str(self.start_folder()), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if await self.run(dialog) != QDialog.DialogCode.Accepted:
            return []
        paths = [Path(p) for p in dialog.selectedFiles()]
        if paths:
            self._folder = paths[0].parent
        return paths

    async def folder_path(self, parent: QWidget | None, caption: str) -> Path | None:
        """Ask for a folder (the watched folder); None when the user cancelled."""
        dialog = QFileDialog(parent, caption, str(self.start_folder()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if await self.run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def start_folder(self) -> Path:
        """Where file dialogs open: the last folder used this session, else Documents."""
        if self._folder is not None and self._folder.is_dir():
            return self._folder
        return documents_folder()

    def open_url(self, url: str) -> bool:
        """Open a link in the default browser (secure links); False when none could start."""
        return bool(QDesktopServices.openUrl(QUrl(url)))

    async def print_document(self, parent: QWidget | None, title: str, page_count: int,
                             render: Callable[[int], Awaitable[QImage]]) -> bool:
        """Print ``page_count`` pages, each rendered by ``render(index)`` as it is printed,
        after the system print dialog. False when the user cancelled."""
        # QtPrintSupport is imported on first use, not on the way to the first window
        from medsender_desktop.ui.printing import PrintJob, print_job

        return await print_job(self.run, parent, PrintJob(title, page_count, render))

    # --- the app's own dialogs -------------------------------------------------------------------
    def profile_dialog(self, parent: QWidget | None, **kwargs: Any) -> ProfileDialog:
        from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog

        return ProfileDialog(parent, **kwargs)

    def settings_dialog(self, parent: QWidget | None, **kwargs: Any) -> SettingsDialog:
        from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog

        return SettingsDialog(parent, **kwargs)

    def forward_dialog(self, parent: QWidget | None, **kwargs: Any) -> ForwardDialog:
        from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog

        return ForwardDialog(parent, **kwargs)

    def about_dialog(self, parent: QWidget | None) -> AboutDialog:
        from medsender_desktop.ui.dialogs.about_dialog import AboutDialog

        return AboutDialog(parent)

    def address_book_dialog(self, parent: QWidget | None, **kwargs: Any) -> AddressBookDialog:
        from medsender_desktop.ui.dialogs.address_book_dialog import AddressBookDialog

        return AddressBookDialog(parent, **kwargs)

    def secure_email_dialog(self, parent: QWidget | None, **kwargs: Any) -> SecureEmailDialog:
        from medsender_desktop.ui.dialogs.secure_email_dialog import SecureEmailDialog

        return SecureEmailDialog(parent, **kwargs)

    def new_fax_dialog(self, parent: QWidget | None, **kwargs: Any) -> NewFaxDialog:
        from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog

        return NewFaxDialog(parent, **kwargs)

    def number_dialog(self, parent: QWidget | None, **kwargs: Any) -> NumberDialog:
        from medsender_desktop.ui.dialogs.number_dialog import NumberDialog

        return NumberDialog(parent, **kwargs)

    def client_dialog(self, parent: QWidget | None, **kwargs: Any) -> ClientDialog:
        from medsender_desktop.ui.dialogs.client_dialog import ClientDialog

        return ClientDialog(parent, **kwargs)

    def outbox_dialog(self, parent: QWidget | None, **kwargs: Any) -> OutboxDialog:
        from medsender_desktop.ui.dialogs.outbox_dialog import OutboxDialog

        return OutboxDialog(parent, **kwargs)
