"""The watched folder in the app: started and stopped by the Settings choice; each finished PDF
or TIFF opens the New fax dialog with it (the same way in as a drop on the window); a folder
that disappears is said in plain words in the status bar.

One document, one New fax: a document printed while New fax is open is never added to the fax
being written (it may be another patient's); it waits, and opens in its own New fax once that
one is sent or closed. Several printed at once open one after the other, in name order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from medsender_desktop.services.settings import Preferences
from medsender_desktop.services.watched_folder import FolderProblem, WatchedFolder
from medsender_desktop.ui.i18n import translate
from medsender_desktop.ui.main_window import MainWindow

MESSAGE_MS = 8000



def watched_path(preferences: Preferences) -> Path | None:
    if not (preferences.watch_enabled and preferences.watch_folder):
        return None
    return Path(preferences.watch_folder).expanduser()


class FolderWatch:
    def __init__(self, window: MainWindow, *, interval: float = 1.0) -> None:
        self._window = window
        self._interval = interval
        self._watcher: WatchedFolder | None = None
        self._waiting: list[Path] = []  # complete, to open once New fax is free
        self._opened = False  # a New fax of ours was asked for and has not closed yet
        window.compose_closed.connect(self.on_window_compose_closed)
        # stays in the status bar while the folder is gone (a message can be replaced by others)
        self.problem_label = QLabel(window.status)
        self.problem_label.setObjectName("warningText")
        self.problem_label.hide()
        window.status.addPermanentWidget(self.problem_label)

    @property
    def folder(self) -> Path | None:
        return self._watcher.folder if self._watcher is not None else None

    @property
    def scans(self) -> int:
        """How many times the folder was checked (0 when nothing is watched)."""
        return self._watcher.scanner.scans if self._watcher is not None else 0

    async def apply(self, preferences: Preferences) -> None:
        """Watch the chosen folder (or nothing, when turned off)."""
        wanted = watched_path(preferences)
        if self._watcher is not None and self._watcher.folder == wanted:
            return
        await self.stop()
        self.on_watcher_problem(None, quiet=True)
        if wanted is not None:
            self._watcher = WatchedFolder(wanted, on_ready=self.on_watcher_ready,
                                          on_problem=self.on_watcher_problem, interval=self._interval)
            self._watcher.start()

    async def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            await watcher.stop()

    @property
    def waiting(self) -> list[Path]:
        return list(self._waiting)

    def on_watcher_ready(self, path: Path) -> None:
        self._waiting.append(path)
        self._open_next()

    def on_window_compose_closed(self) -> None:
        self._opened = False
        self._open_next()

    def _open_next(self) -> None:
        window = self._window
        if not self._waiting:
            return
        if self._opened or window.composing:
            window.status.showMessage(translate("FolderWatch",
                "A document saved in the watched folder is waiting: it opens in its own New fax "
                "once the fax being written is sent or closed."))
            return
        path = self._waiting.pop(0)
        self._opened = True
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.send_files([path])
        window.status.showMessage(
            translate("FolderWatch", "A document saved in the watched folder is in New fax."), MESSAGE_MS)

    def on_watcher_problem(self, problem: FolderProblem | None, *, quiet: bool = False) -> None:
        folder = str(self.folder or "")
        status = self._window.status
        if problem is None:
            if self.problem_label.isVisibleTo(status) and not quiet:
                status.showMessage(translate("FolderWatch", "The watched folder is available again."), MESSAGE_MS)
            self.problem_label.hide()
            return
        if problem is FolderProblem.MISSING:
            short = translate("FolderWatch", "Watched folder not found")
            text = translate(
                "FolderWatch", "The watched folder {folder} cannot be found: it was moved or deleted, or its "
                "drive is disconnected. Documents saved there open in New fax again once it "
                "is back; or choose another folder in Settings.").format(folder=folder)
        else:
            short = translate("FolderWatch", "Watched folder not readable")
            text = translate(
                "FolderWatch", "This computer's account may not open the watched folder {folder}. Ask whoever "
                "looks after this computer for access, or choose another folder in Settings.").format(folder=folder)
        self.problem_label.setText(short)
        self.problem_label.setToolTip(text)
        self.problem_label.setAccessibleDescription(text)
        self.problem_label.show()
        status.showMessage(text)
