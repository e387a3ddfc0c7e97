"""A row of buttons for a tab's actions, always in sight above what they act on.

Each button mirrors a :class:`QAction` (text, tooltip, enabled, shortcut), is reached with Tab
like any other control, and never folds away into an overflow menu as a toolbar would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)

    def add(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setObjectName(f"{action.objectName() or 'action'}Button")
        self._row.addWidget(button)
        return button

    def add_stretch(self) -> None:
        self._row.addStretch(1)

    def add_widget(self, widget: QWidget) -> None:
        self._row.addWidget(widget)


def tab_action(parent: QWidget, text: str, tip: str, shortcut: str | None = None) -> QAction:
    """An action of a tab: its shortcut works only while that tab is on screen (an action's
    shortcut needs one of its widgets visible), and is named in the tooltip."""
    action = QAction(text, parent)
    action.setIconText(text)  # keep "…" on the button: it says a dialog follows
    if shortcut:
        action.setShortcut(shortcut)
        tip += f" ({shortcut})"
    action.setToolTip(tip)
    return action
