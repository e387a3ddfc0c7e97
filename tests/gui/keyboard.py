"""Walking a window with the Tab key, as a keyboard user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

MAX_STOPS = 150


def tab_stops(start: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """Every widget Tab gives focus to, from ``start`` until focus comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start, f"{describe(start)} cannot take focus"
    stops: list[QWidget] = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(MAX_STOPS):
        current = QApplication.focusWidget()
        QTest.keyClick(current, key)
        after = QApplication.focusWidget()
        assert after is not None and after is not current, f"Tab is stuck on {describe(current)}"
        if after is start:
            return stops
        stops.append(after)
    raise AssertionError(f"Tab never came back to {describe(start)}: {[describe(w) for w in stops]}")


def reachable_controls(window: QWidget) -> list[QWidget]:
    """The controls on screen that a keyboard user must be able to reach."""
    return [widget for widget in window.findChildren(QWidget)
            if (widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and widget.window() is window
                and not widget.visibleRegion().isEmpty())]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or label!s})"
