"""The small tool buttons of the page views' bars (viewer and send dialog alike)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget


def add_tool_button(parent: QWidget, bar: QBoxLayout, text: str, tip: str,
                    shortcut: str | None = None) -> QToolButton:
    """A button on ``bar``: its tooltip names the shortcut; screen readers read ``tip``."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
    button.setAccessibleName(tip)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
    bar.addWidget(button)
    return button
