"""Only medsender_desktop.ui may import PySide6 (or qasync, which imports it)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "medsender_desktop"
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6", "PySide2")


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_import_outside_the_ui_package() -> None:
    offenders = {}
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents:
            continue
        checked += 1
        imports = qt_imports(path)
        if imports:
            offenders[str(path.relative_to(PACKAGE))] = imports
    assert checked > 20, "the scan found the package's modules"
    assert offenders == {}


def test_the_scan_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\nimport qasync\n"
                      "def f():\n    import importlib\n    importlib.import_module('PySide6.QtGui')\n")
    assert qt_imports(sample) == ["PySide6.QtCore", "qasync", "PySide6.QtGui"]
    assert qt_imports(PACKAGE / "ui" / "main_window.py"), "the UI does import Qt"
