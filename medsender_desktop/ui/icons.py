"""Icons, all scalable: toolbar and tray glyphs and the app icon (SVG, see glyphs.py) and the
status dots (painted). Each is drawn at the size and device pixel ratio asked for, in the
colours of the theme in use at paint time, so they stay sharp on high-DPI screens and follow a
switch between light and dark without being rebuilt."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from medsender_desktop.ui.glyphs import APP_ICON_SVG, GLYPHS, glyph_svg
from medsender_desktop.ui.theme import colors

#: The sizes named to window systems that ask which ones there are (any size is drawn).
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Draws an icon into a rectangle, for one mode (normal, disabled, selected).
Drawing = Callable[[QPainter, QRectF, QIcon.Mode], None]


class DrawnIconEngine(QIconEngine):
    """A QIcon engine that draws at whatever size and pixel ratio is asked for."""

    def __init__(self, draw: Drawing) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter, QRectF(rect), mode)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, width, height), mode, state)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        """Any size can be drawn; these are what window systems pick from (taskbar, tray)."""
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> QIconEngine:
        return DrawnIconEngine(self._draw)


def drawn_icon(draw: Drawing) -> QIcon:
    return QIcon(DrawnIconEngine(draw))


@cache
def _renderer(svg: bytes) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(svg))


def _square(rect: QRectF) -> QRectF:
    side = min(rect.width(), rect.height())
    return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)


def glyph_color(mode: QIcon.Mode) -> str:
    now = colors()
    if mode == QIcon.Mode.Disabled:
        return now.disabled_text
    if mode == QIcon.Mode.Selected:
        return now.highlighted_text
    return now.glyph


@cache
def glyph_icon(name: str) -> QIcon:
    """A toolbar/tray glyph (a key of glyphs.GLYPHS), in the theme's glyph colour."""
    if name not in GLYPHS:
        raise ValueError(f"no glyph named {name!r}")

    def draw(painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        _renderer(glyph_svg(name, glyph_color(mode))).render(painter, _square(rect))

    return drawn_icon(draw)


toolbar_icon = glyph_icon  # the toolbar's actions use the glyphs


def _dot(tone: str, inset: float) -> Drawing:
    def draw(painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        color = colors().status(tone)
        if mode == QIcon.Mode.Disabled:
            color = QColor(colors().disabled_text)
        box = _square(rect)
        side = box.width()
        painter.setPen(QPen(color.darker(130), max(1.0, side / 14)))
        painter.setBrush(color)
        painter.drawEllipse(box.adjusted(side * inset, side * inset, -side * inset, -side * inset))

    return draw


@cache
def status_icon(tone: str) -> QIcon:
    """A coloured dot for a status ("ok", "pending", "active", "failed", "neutral")."""
    return drawn_icon(_dot(tone, 0.15))


@cache
def unread_icon() -> QIcon:
    """The dot of a received fax not opened yet."""
    return drawn_icon(_dot("active", 0.22))


@cache
def app_icon() -> QIcon:
    """The app icon (a fax sheet on the brand colour), sharp at every size."""

    def draw(painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        _renderer(APP_ICON_SVG).render(painter, _square(rect))

    return drawn_icon(draw)


def render_svg(svg: bytes, size: int) -> QImage:
    """``svg`` as a ``size`` x ``size`` image (scripts/make_resources.py writes the PNGs with it)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(svg).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image
