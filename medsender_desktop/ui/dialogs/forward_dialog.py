"""Forward a received fax to another number, with the docs' forward arguments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from medsender_desktop.api import FaxNumber, ForwardRequest, ReceivedFax
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dates import typed
from medsender_desktop.ui.dialogs.fax_fields import FaxFieldsDialog


class ForwardDialog(FaxFieldsDialog):
    def __init__(self, parent: QWidget | None = None, *, numbers: list[FaxNumber],
                 record: ReceivedFax) -> None:
        super().__init__(parent)
        self._send_token = record.send_token
        self.setWindowTitle(self.tr("Forward fax"))
        source = record.caller_name or fmt.phone(record.from_number) or self.tr("unknown sender")
        if record.num_pages:
            pages = self.tr("%n page(s)", "", record.num_pages)
            words = self.tr("Forward the fax from {source} ({pages}) to:").format(source=source, pages=pages)
        else:
            words = self.tr("Forward the fax from {source} to:").format(source=source)
        intro = QLabel(words, self)
        intro.setWordWrap(True)
        self.forward_button = self._add_fields(intro, numbers, self.tr("Forward"), from_optional=True)
        if record.patient_name:
            self.fields.patient_edit.setText(record.patient_name)
        if record.patient_dob:  # as read by Medsender's AI, written as people type it (MM/DD/YYYY)
            day = fmt.iso_day(record.patient_dob)
            try:
                self.fields.dob_edit.setText(typed(dt.date.fromisoformat(day)))
            except ValueError:
                self.fields.dob_edit.setText(day)
        self.setMinimumWidth(460)

    def request(self) -> ForwardRequest:
        """The forward as filled in (checked when the user pressed Forward)."""
        return ForwardRequest(
            send_token=self._send_token, to_number=self.fields.to_number(),
            from_number=self.fields.from_number(), cover=self.fields.cover(),
        )
