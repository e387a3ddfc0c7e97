"""The send dialog's patient check: which patient the document names (Medsender AI, in the
background), and a warning beside Send when the cover sheet names another one."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medsender_desktop.errors import MedsenderError
from medsender_desktop.services.patient_check import DocumentPatient, mismatch, us_date
from medsender_desktop.ui.i18n import translate_message

log = logging.getLogger(__name__)

PatientReader = Callable[[bytes], Awaitable[DocumentPatient]]


class PatientCheck(QWidget):
    patient_found = Signal(object)  #: the DocumentPatient read from the document
    warning_changed = Signal(str)  #: the wrong-patient warning ("" when none)

    def __init__(self, reader: PatientReader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._task: asyncio.Task[None] | None = None
        self.patient: DocumentPatient | None = None
        self.warning = ""
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("hintText")
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("patientWarning")
        self.warning_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warning_label)
        self.setVisible(reader is not None)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def check(self, document: Callable[[], Awaitable[bytes]]) -> None:
        """Read the patient of the pages now in the dialog (a newer check replaces an older)."""
        if self._reader is None:
            return
        self.stop()
        self.patient = None
        self.status_label.setText(self.tr("Checking which patient the document is about…"))
        self._task = asyncio.get_running_loop().create_task(self._run(document))

    async def _run(self, document: Callable[[], Awaitable[bytes]]) -> None:
        assert self._reader is not None
        try:
            patient = await self._reader(await document())
        except MedsenderError as exc:
            log.info("patient check not run: %s", type(exc).__name__)
            self.status_label.setText(self.tr("The patient check could not run. {reason}")
                                      .format(reason=translate_message(exc.message)))
            return
        self.patient = patient
        if patient.name or patient.dob:
            who = patient.name or self.tr("a patient")
            if patient.dob:
                self.status_label.setText(self.tr("The document names {patient}, date of birth {dob}.")
                                          .format(patient=who, dob=us_date(patient.dob)))
            else:
                self.status_label.setText(self.tr("The document names {patient}.").format(patient=who))
        else:
            self.status_label.setText(self.tr("No patient name was found in the document; check it yourself."))
        self.patient_found.emit(patient)

    def compare(self, cover_name: str | None, cover_dob: str | None) -> None:
        """Update the warning for the cover sheet's patient as now typed."""
        warning = mismatch(self.patient, cover_name, cover_dob) if self.patient else None
        warning = translate_message(warning or "")
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        if warning != self.warning:
            self.warning = warning
            self.warning_changed.emit(warning)

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(Exception):
                self._task = None

