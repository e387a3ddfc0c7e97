"""Icons: status dots (painted), the app icon and toolbar glyphs (resources/icons, which
scripts/make_resources.py paints from the drawings here)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

from medsender_desktop.resources import resource
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


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
GLYPH = QColor(55, 65, 81)


def paint_app_icon(size: int) -> QImage:
    """The app icon, drawn as vectors at ``size`` pixels: a fax sheet on the brand colour."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = float(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(QRectF(s * 0.02, s * 0.02, s * 0.96, s * 0.96), s * 0.2, s * 0.2)
    sheet = QPainterPath()  # a page with a folded top-right corner
    left, top, right, bottom, fold = s * 0.26, s * 0.16, s * 0.74, s * 0.84, s * 0.14
    sheet.moveTo(left, top)
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(sheet)
    painter.setBrush(ACCENT.lighter(160))
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    painter.drawPath(corner)
    painter.setPen(QPen(ACCENT, max(1.0, s / 22), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i in range(4 if size >= 32 else 3):
        y = top + s * (0.24 + i * 0.12)
        painter.drawLine(QPointF(left + s * 0.08, y), QPointF(right - s * (0.08 if i else 0.2), y))
    painter.end()
    return image


def paint_toolbar_icon(name: str, size: int) -> QImage:
    """A monochrome toolbar glyph: new-fax, refresh, search, profile or about."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = float(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(GLYPH, s / 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if name == "new-fax":
        painter.drawRect(QRectF(s * 0.18, s * 0.1, s * 0.5, s * 0.7))
        painter.drawLine(QPointF(s * 0.72, s * 0.62), QPointF(s * 0.72, s * 0.94))
        painter.drawLine(QPointF(s * 0.56, s * 0.78), QPointF(s * 0.88, s * 0.78))
    elif name == "refresh":
        painter.drawArc(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64), 60 * 16, 290 * 16)
        head = QPainterPath()
        head.moveTo(s * 0.62, s * 0.08)
        head.lineTo(s * 0.7, s * 0.24)
        head.lineTo(s * 0.52, s * 0.3)
        painter.drawPath(head)
    elif name == "search":
        painter.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.5, s * 0.5))
        painter.drawLine(QPointF(s * 0.56, s * 0.56), QPointF(s * 0.86, s * 0.86))
    elif name == "profile":
        painter.drawEllipse(QRectF(s * 0.34, s * 0.12, s * 0.32, s * 0.32))
        painter.drawArc(QRectF(s * 0.16, s * 0.52, s * 0.68, s * 0.68), 0, 180 * 16)
    elif name == "about":
        painter.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8))
        painter.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.7))
        painter.drawPoint(QPointF(s * 0.5, s * 0.3))
    else:
        painter.end()
        raise ValueError(f"no toolbar icon named {name!r}")
    painter.end()
    return image


@cache
def app_icon() -> QIcon:
    """The app icon from resources/icons (every size), painted when resources/ is absent."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = resource("icons", f"app-{size}.png")
        if path is not None:
            icon.addFile(str(path), QSize(size, size))
        else:
            icon.addPixmap(QPixmap.fromImage(paint_app_icon(size)))
    return icon


@cache
def toolbar_icon(name: str) -> QIcon:
    icon = QIcon()
    for suffix, size in (("", 24), ("@2x", 48)):
        path = resource("icons", f"{name}{suffix}.png")
        if path is not None:
            icon.addFile(str(path), QSize(size, size))
        else:
            icon.addPixmap(QPixmap.fromImage(paint_toolbar_icon(name, size)))
    return icon
