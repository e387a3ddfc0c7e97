"""Small painted icons (no image files needed): status dots and toolbar glyphs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from medsender_desktop.ui.theme import ACCENT, STATUS_COLORS


@cache
def status_icon(tone: str) -> QIcon:
    color = STATUS_COLORS.get(tone, STATUS_COLORS["neutral"])
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color.darker(130), 1))
    painter.setBrush(color)
    painter.drawEllipse(QRectF(2, 2, 10, 10))
    painter.end()
    return QIcon(pixmap)


@cache
def unread_icon() -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(30, 120, 200))
    painter.drawEllipse(QRectF(3, 3, 8, 8))
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """A fax-sheet glyph in the brand colour."""
    icon = QIcon()
    for size in (16, 32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size / 6, size / 6)
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(size * 0.28, size * 0.18, size * 0.44, size * 0.6))
        painter.setPen(QPen(ACCENT, max(1.0, size / 24)))
        for i in range(3):
            y = size * (0.33 + i * 0.13)
            painter.drawLine(int(size * 0.36), int(y), int(size * 0.64), int(y))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
