"""About: the version from pyproject.toml and the license of every bundled component."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from medsender_desktop.ui.dialogs.about_dialog import AboutDialog
from tests.gui.helpers import open_desktop
from tests.waiting import until

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def click_row(dialog: AboutDialog, name: str) -> str:
    row = next(i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 0).text() == name)
    rect = dialog.table.visualItemRect(dialog.table.item(row, 0))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return dialog.license_text.toPlainText()


async def test_about_lists_the_bundled_components_with_their_license_texts(tmp_path: Path, qapp) -> None:
    async with open_desktop(None, tmp_path, sign_in=False) as desktop:
        seen: dict[str, str] = {}

        def read(dialog: AboutDialog) -> int:
            dialog.show()
            dialog.table.scrollToTop()
            seen["title"] = dialog.windowTitle()
            seen["names"] = "|".join(dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount()))
            seen["Qt"] = click_row(dialog, "Qt")
            seen["pdfium"] = click_row(dialog, "pdfium")
            seen["httpx"] = click_row(dialog, "httpx")
            close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
            QTest.mouseClick(close, Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(read)
        desktop.window.about_action.trigger()
        await until(lambda: "httpx" in seen, "the About dialog read")
        assert not desktop.dialogs.answers
    names = seen["names"].split("|")
    assert {"Qt", "pdfium", "Python", "PySide6_Essentials", "httpx", "keyring", "fpdf2"} <= set(names)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in seen["Qt"] and "Version 3" in seen["Qt"]
    assert "GNU GENERAL PUBLIC LICENSE" in seen["Qt"]  # the LGPLv3 amends the GPLv3: both ship
    assert "Apache License" in seen["pdfium"] and "Redistribution and use" in seen["pdfium"]
    assert "Copyright" in seen["httpx"]


def test_about_shows_the_pyproject_version(qapp) -> None:
    dialog = AboutDialog()
    try:
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert f"Medsender Desktop</b> {VERSION}" in texts
        assert "LGPL" in texts
    finally:
        dialog.deleteLater()


def test_about_names_the_versions_of_qt_python_and_pdfium_running(qapp) -> None:
    """The rows without a packaged version (Qt, Python, pdfium) say which one runs, so a
    support call can tell; they were blank."""
    import platform
    from importlib.metadata import version as dist_version

    from PySide6.QtCore import qVersion

    dialog = AboutDialog()
    try:
        rows = {dialog.table.item(i, 0).text(): dialog.table.item(i, 1).text()
                for i in range(dialog.table.rowCount())}
        assert rows["Qt"] == qVersion()
        assert rows["Python"] == platform.python_version()
        assert rows["pdfium"] == f"pypdfium2 {dist_version('pypdfium2')}"
    finally:
        dialog.deleteLater()
