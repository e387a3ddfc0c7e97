"""Dark and light: the palette and every custom colour switch together and stay readable; the
icons are drawn sharp at any size and pixel ratio, in the colours of the theme in use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from medsender_desktop.ui.glyphs import GLYPHS
from medsender_desktop.ui.icons import app_icon, glyph_icon, status_icon, unread_icon
from medsender_desktop.ui.theme import DARK, LIGHT, STATUS_TONES, AppTheme, Colors, colors

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[AppTheme]:
    theme = AppTheme(qapp, "light")
    yield theme
    theme.set_choice("light")
    theme.close()
    theme.deleteLater()


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def painted_colors(icon: QIcon, side: int = 32) -> set[str]:
    image = icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_its_background(scheme: Colors) -> None:
    """WCAG AA: 4.5:1 for text, 3:1 for the status dots and glyphs (graphics)."""
    texts = {"text": scheme.text, "error": scheme.error_text, "warning": scheme.warning_text,
             "hint": scheme.hint_text, "link": scheme.link, "placeholder": scheme.placeholder}
    grounds = {"window": scheme.window, "base": scheme.base, "alternate": scheme.alternate_base}
    for name, text in texts.items():
        for ground_name, ground in grounds.items():
            assert contrast(text, ground) >= 4.5, (name, ground_name, round(contrast(text, ground), 2))
    for banner in (scheme.banner_offline, scheme.banner_sandbox):
        assert contrast(scheme.text, banner) >= 4.5
    assert contrast(scheme.highlighted_text, scheme.highlight) >= 4.5
    assert contrast(scheme.glyph, scheme.window) >= 3
    for tone in STATUS_TONES:
        assert contrast(getattr(scheme, tone), scheme.base) >= (2.5 if tone == "neutral" else 3), tone


def test_forcing_dark_changes_the_palette_and_the_custom_colours(theme: AppTheme, qapp: QApplication) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() > 128 and colors() is LIGHT
    light_dot = painted_colors(status_icon("failed"))
    light_glyph = painted_colors(glyph_icon("new-fax"))
    changes: list[bool] = []
    theme.changed.connect(changes.append)

    theme.set_choice("dark")

    assert changes == [True] and theme.dark
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert palette.color(QPalette.ColorRole.Text) == QColor(DARK.text)
    assert colors() is DARK
    assert DARK.error_text in qapp.styleSheet() and LIGHT.error_text not in qapp.styleSheet()
    assert DARK.banner_offline in qapp.styleSheet()
    assert QColor(DARK.failed).name() in painted_colors(status_icon("failed"))
    assert painted_colors(status_icon("failed")) != light_dot, "the same icon, redrawn in dark colours"
    assert QColor(DARK.glyph).name() in painted_colors(glyph_icon("new-fax"))
    assert painted_colors(glyph_icon("new-fax")) != light_glyph

    theme.set_choice("light")
    assert changes == [True, False] and colors() is LIGHT
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert QColor(LIGHT.glyph).name() in painted_colors(glyph_icon("new-fax"))


def test_a_change_of_the_os_scheme_is_followed_while_the_app_runs(
        theme: AppTheme, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen the OS has no colour scheme to switch: its answer is stood in for, and the
    change is announced by Qt's own signal, as a switch in the OS's settings does."""
    import medsender_desktop.ui.theme as theme_module

    os_dark = [False]
    monkeypatch.setattr(theme_module, "system_is_dark", lambda: os_dark[0])
    hints = qapp.styleHints()
    theme.set_choice("system")
    assert colors() is LIGHT
    os_dark[0] = True
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert colors() is DARK and QApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    theme.set_choice("light")  # a fixed choice is kept whatever the OS does
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert colors() is LIGHT
    theme.set_choice("system")
    assert colors() is DARK
    os_dark[0] = False
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert colors() is LIGHT


def test_the_system_choice_follows_the_os_scheme(theme: AppTheme, qapp: QApplication) -> None:
    from medsender_desktop.ui.theme import system_is_dark

    theme.set_choice("system")
    assert theme.dark is system_is_dark()
    assert (colors() is DARK) is system_is_dark()
    theme.set_choice("nonsense")  # an unknown choice (a hand-edited settings file) = the OS's
    assert theme.choice == "system"


ICONS = {**{f"glyph {name}": (lambda n=name: glyph_icon(n)) for name in GLYPHS},
         "app": app_icon, "unread": unread_icon,
         **{f"status {tone}": (lambda t=tone: status_icon(t)) for tone in STATUS_TONES}}


@pytest.mark.parametrize("make", ICONS.values(), ids=ICONS.keys())
def test_icons_are_drawn_at_every_size_and_pixel_ratio(make) -> None:
    icon = make()
    assert not icon.isNull()
    for side in (16, 32, 64):
        for ratio in (1.0, 2.0):
            pixmap = icon.pixmap(QSize(side, side), ratio)
            assert not pixmap.isNull()
            assert pixmap.devicePixelRatio() == ratio
            assert pixmap.size() == QSize(round(side * ratio), round(side * ratio)), "drawn, not scaled up"
            image = pixmap.toImage()
            opaque = sum(1 for x in range(image.width()) for y in range(image.height())
                         if image.pixelColor(x, y).alpha() > 128)
            assert opaque >= image.width(), "something is drawn"


def test_the_app_icon_is_sharp_up_to_512_pixels() -> None:
    assert QSize(16, 16) in app_icon().availableSizes() and QSize(512, 512) in app_icon().availableSizes()
    large = app_icon().pixmap(QSize(512, 512)).toImage()
    assert large.size() == QSize(512, 512)
    assert large.pixelColor(256, 256).alpha() == 255


def test_a_disabled_glyph_is_drawn_in_the_disabled_colour() -> None:
    icon = glyph_icon("refresh")
    disabled = icon.pixmap(QSize(32, 32), 1.0, QIcon.Mode.Disabled)
    image = disabled.toImage()
    drawn = {image.pixelColor(x, y).name() for x in range(32) for y in range(32)
             if image.pixelColor(x, y).alpha() == 255}
    assert QColor(colors().disabled_text).name() in drawn


def test_an_unknown_glyph_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no glyph"):
        glyph_icon("no-such-glyph")


async def test_every_toolbar_action_shows_an_icon_beside_its_words(tmp_path, qapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    from medsender_desktop.app import AppOptions
    from tests.gui.helpers import open_desktop

    async with open_desktop(None, tmp_path, sign_in=False, options=AppOptions()) as desktop:
        toolbar = desktop.window.toolbar
        assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        actions = [a for a in toolbar.actions() if isinstance(toolbar.widgetForAction(a), QToolButton)]
        assert len(actions) >= 7
        for action in actions:
            assert action.text() and not action.icon().isNull(), (
                f"{action.text()!r} has no icon: give it glyph_icon(name) (drawings in ui/glyphs.py)")
            pixmap = action.icon().pixmap(QSize(24, 24), 2.0)
            assert pixmap.size() == QSize(48, 48)

