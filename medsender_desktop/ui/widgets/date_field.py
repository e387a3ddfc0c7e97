"""A date-of-birth field: typed the way people type dates, or picked from a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from medsender_desktop.errors import ValidationError
from medsender_desktop.ui.dates import parse_typed_date, typed


class DateField(QWidget):
    text_changed = Signal(str)  #: the text as typed or picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("MM/DD/YYYY, e.g. 02/28/1980"))
        self.edit.setAccessibleName(self.tr("Patient date of birth"))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date of birth from a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.text_changed)
        self.calendar.clicked.connect(self.on_calendar_clicked)
        self.calendar.activated.connect(self.on_calendar_clicked)
        menu.aboutToShow.connect(self.on_menu_about_to_show)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def date(self) -> dt.date | None:
        """The date typed, or None when empty (ValidationError when it is not a date)."""
        return parse_typed_date(self.text()) if self.text() else None

    def on_menu_about_to_show(self) -> None:
        try:
            current = self.date()
        except ValidationError:
            current = None
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        elif not self.text():
            self.calendar.setSelectedDate(QDate.currentDate().addYears(-40))

    def on_calendar_clicked(self, date: QDate) -> None:
        self.edit.setText(typed(dt.date(date.year(), date.month(), date.day())))
        self._menu.hide()
