"""The app's look: Fusion style, a light and a dark palette, and the custom colours (status
chips, banners, warnings) in a variant for each, chosen to keep text readable (WCAG AA).

Dark or light follows the operating system (``QStyleHints.colorScheme()``, and its
``colorSchemeChanged`` while the app runs) unless Settings → Appearance says Light or Dark.
Which colours are in use is read from the application's palette, so any code can ask
:func:`colors` without holding the theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: The choices of Settings → Appearance.
THEME_CHOICES: Final = ("system", "light", "dark")
STATUS_TONES: Final = ("ok", "pending", "active", "failed", "neutral")


@dataclass(frozen=True)
class Colors:
    """Every colour of one scheme (hex strings, for palettes, style sheets and painters)."""

    dark: bool
    window: str
    base: str
    alternate_base: str
    text: str
    disabled_text: str
    placeholder: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    accent: str
    glyph: str  # toolbar and tray glyphs
    gridline: str
    mid: str
    error_text: str
    warning_text: str
    hint_text: str
    banner_offline: str
    banner_offline_border: str
    banner_sandbox: str
    banner_sandbox_border: str
    thumbnail_placeholder: str
    ok: str
    pending: str
    active: str
    failed: str
    neutral: str

    def status(self, tone: str) -> QColor:
        """The colour of a status chip (``tone`` is one of STATUS_TONES)."""
        return QColor(getattr(self, tone) if tone in STATUS_TONES else self.neutral)


LIGHT: Final = Colors(
    dark=False, window="#efefef", base="#ffffff", alternate_base="#f5f6f7", text="#1b1f23",
    disabled_text="#8a8f94", placeholder="#5f656b", button="#efefef", highlight="#cfe3ee",
    highlighted_text="#000000", link="#164e63", accent="#164e63", glyph="#374151",
    gridline="#e3e6ea", mid="#b8bcc0", error_text="#b3261e", warning_text="#8a5300",
    hint_text="#5f6368", banner_offline="#fdecea", banner_offline_border="#f5c2c0",
    banner_sandbox="#eaf4fb", banner_sandbox_border="#b9dcf0", thumbnail_placeholder="#e8e8e8",
    ok="#2e8b57", pending="#b8860b", active="#1e78c8", failed="#c83737", neutral="#8c8c8c",
)
DARK: Final = Colors(
    dark=True, window="#202428", base="#16191c", alternate_base="#1d2125", text="#e6e8ea",
    disabled_text="#7b838a", placeholder="#9aa1a8", button="#2a2f34", highlight="#2f5d73",
    highlighted_text="#ffffff", link="#7cc4e0", accent="#3d8fb0", glyph="#d5d9dd",
    gridline="#30363b", mid="#4a5157", error_text="#ff8a80", warning_text="#f2b45c",
    hint_text="#a8b0b7", banner_offline="#3a2322", banner_offline_border="#7a3b37",
    banner_sandbox="#1b3343", banner_sandbox_border="#2f5d7a", thumbnail_placeholder="#3a3f44",
    ok="#4cc38a", pending="#e8b341", active="#5aa9f0", failed="#f0706a", neutral="#9aa0a6",
)

STYLESHEET_TEMPLATE = """
QToolBar {{ spacing: 6px; padding: 3px; }}
QTableView {{ gridline-color: {gridline}; selection-background-color: {highlight};
             selection-color: {highlighted_text}; }}
QHeaderView::section {{ padding: 4px 6px; font-weight: 600; }}
QFrame#offlineBanner {{ background: {banner_offline}; border: 1px solid {banner_offline_border};
                        border-radius: 4px; }}
QFrame#offlineBanner[state="sandbox"] {{ background: {banner_sandbox};
                                          border-color: {banner_sandbox_border}; }}
QLabel#detailTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#errorText, QLabel#fieldError {{ color: {error_text}; }}
QLabel#patientWarning {{ color: {error_text}; font-weight: bold; }}
QLabel#toWarning, QLabel#warningText {{ color: {warning_text}; }}
QLabel#emptyHint {{ color: {hint_text}; padding: 24px; }}
QLabel#hint, QLabel#hintText {{ color: {hint_text}; }}
"""


def stylesheet(colors: Colors) -> str:
    return STYLESHEET_TEMPLATE.format(**{k: v for k, v in vars(colors).items() if isinstance(v, str)})


def palette_for(colors: Colors) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette(QColor(colors.button), QColor(colors.window))
    for r, value in ((role.Window, colors.window), (role.WindowText, colors.text),
                     (role.Base, colors.base), (role.AlternateBase, colors.alternate_base),
                     (role.Text, colors.text), (role.Button, colors.button),
                     (role.ButtonText, colors.text), (role.BrightText, "#ffffff"),
                     (role.ToolTipBase, colors.button), (role.ToolTipText, colors.text),
                     (role.PlaceholderText, colors.placeholder), (role.Highlight, colors.highlight),
                     (role.HighlightedText, colors.highlighted_text), (role.Link, colors.link),
                     (role.LinkVisited, colors.link), (role.Mid, colors.mid),
                     (role.Accent, colors.accent)):
        palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(colors.disabled_text))
    palette.setColor(group.Disabled, role.Base, QColor(colors.window))
    return palette


def colors() -> Colors:
    """The colours in use now: dark ones when the application's palette is dark."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class AppTheme(QObject):
    """Applies the chosen scheme to the application and follows the OS while it is "system"."""

    changed = Signal(bool)  #: True when the dark colours are now in use

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice if choice in THEME_CHOICES else "system"
        app.setStyle("Fusion")
        font = app.font()
        if font.pointSizeF() < 9.5:
            font.setPointSizeF(9.5)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(font)
        app.styleHints().colorSchemeChanged.connect(self.on_style_hints_color_scheme_changed)
        self._applied: Colors | None = None
        self.apply()

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def dark(self) -> bool:
        if self._choice == "system":
            return system_is_dark()
        return self._choice == "dark"

    def set_choice(self, choice: str) -> None:
        self._choice = choice if choice in THEME_CHOICES else "system"
        self.apply()

    def apply(self) -> None:
        chosen = DARK if self.dark else LIGHT
        if chosen is self._applied:
            return
        self._applied = chosen
        self._app.setPalette(palette_for(chosen))
        self._app.setStyleSheet(stylesheet(chosen))
        self.changed.emit(chosen.dark)

    def on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self.apply()

    def close(self) -> None:
        """Stop following the OS (the app is shutting down, or a test is done)."""
        self._app.styleHints().colorSchemeChanged.disconnect(self.on_style_hints_color_scheme_changed)
