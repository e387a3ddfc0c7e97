"""Files carried by a drag (from a file manager, an e-mail client, the desktop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries, in the order given (links and folders left out)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if not path.is_dir():
                paths.append(path)
    return paths


class FileDropTarget:
    """Mixin for a QWidget that takes files dragged onto it: they go to :meth:`files_dropped`
    (the plain method that holds the logic and that tests can reach too)."""

    def files_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError  # abstract: the widget says what a drop does

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped(paths)
