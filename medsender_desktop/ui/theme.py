"""The app's look: Fusion style, a calm palette, and the status colours used everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor(22, 78, 99)
STATUS_COLORS = {
    "ok": QColor(46, 139, 87),
    "pending": QColor(218, 165, 32),
    "active": QColor(30, 120, 200),
    "failed": QColor(200, 55, 55),
    "neutral": QColor(140, 140, 140),
}
STYLESHEET = """
QToolBar { spacing: 6px; padding: 3px; }
QTableView { gridline-color: #e3e6ea; selection-background-color: #cfe3ee; selection-color: black; }
QHeaderView::section { padding: 4px 6px; font-weight: 600; }
QFrame#offlineBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }
QFrame#offlineBanner[state="sandbox"] { background: #eaf4fb; border-color: #b9dcf0; }
QLabel#detailTitle { font-size: 15px; font-weight: 600; }
QLabel#errorText { color: #b03030; }
QLabel#emptyHint { color: #666; padding: 24px; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(207, 227, 238))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(0, 0, 0))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
