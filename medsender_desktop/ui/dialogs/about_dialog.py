"""About Medsender Desktop: the version, and every bundled component with its license text.

The list comes from ``resources/licenses/index.json`` (written by scripts/make_resources.py
from the installed distributions); each row shows its license texts from the same folder, as
the LGPLv3 (Qt, PySide6, fpdf2), the Apache-2.0 and BSD licenses (pdfium, httpx, ...) and the
others require when the software is passed on.
"""

from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medsender_desktop._version import version
from medsender_desktop.resources import resources_dir
from medsender_desktop.ui.icons import app_icon

LGPL_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Qt and Qt for Python (PySide6) are used under the GNU LGPL version 3: they are the "
    "unmodified shared libraries in the program folder, which you may replace with your own "
    "builds of the same version. Their source code is available from the Qt Project.")


def load_components(folder: Path | None) -> list[dict[str, object]]:
    if folder is None:
        return []
    try:
        entries = json.loads((folder / "licenses" / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in entries if isinstance(e, dict) and e.get("name")]


def running_version(entry: dict[str, object]) -> str:
    """The version of a component the index lists without one (Qt, Python, pdfium): the one
    this process runs, read without loading anything (pdfium through the pypdfium2 that ships it)."""
    if entry.get("version"):
        return str(entry["version"])
    name = entry.get("name")
    if name == "Qt":
        return qVersion()
    if name == "Python":
        return platform.python_version()
    inside = entry.get("inside")
    if isinstance(inside, str):
        try:
            return f"{inside} {metadata.version(inside)}"
        except (metadata.PackageNotFoundError, ValueError):
            return ""
    return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, resources: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Medsender Desktop"))
        self._folder = resources if resources is not None else resources_dir()
        self.components = load_components(self._folder)

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))  # sharp on high-DPI
        title = QLabel(self.tr("<b>Medsender Desktop</b> {version}<br>Send and receive faxes with Medsender.")
                       .format(version=version()), self)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        note = QLabel(self.tr(LGPL_NOTE), self)
        note.setWordWrap(True)
        self.table = QTableWidget(len(self.components), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("License")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(self.components):
            for column, text in enumerate((str(entry["name"]), running_version(entry), str(entry.get("license", "")))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.license_text = QPlainTextEdit(self)
        self.license_text.setReadOnly(True)
        self.license_text.setAccessibleName(self.tr("License text"))
        self.license_text.setPlaceholderText(self.tr("Choose a component to read its license."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.license_text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)
        self.table.currentCellChanged.connect(self.on_table_current_cell_changed)
        if self.components:
            self.table.selectRow(0)

    def on_table_current_cell_changed(self, row: int, *_: int) -> None:
        if not 0 <= row < len(self.components):
            return
        entry = self.components[row]
        parts = [str(entry["note"])] if entry.get("note") else []
        parts.extend(self._read(str(name)) for name in entry.get("files") or [])  # type: ignore[union-attr]
        self.license_text.setPlainText("\n\n".join(parts) or self.tr("No license text was shipped."))

    def _read(self, name: str) -> str:
        assert self._folder is not None
        base = (self._folder / "licenses").resolve()
        path = (base / name).resolve()
        if base not in path.parents:
            return ""
        try:
            return f"===== {name} =====\n" + path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return self.tr("===== {name} ===== (missing)").format(name=name)
