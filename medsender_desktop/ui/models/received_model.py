"""The Received table: inbound faxes, with the AI columns and local read/unread state."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon

from medsender_desktop.api import FaxStatus, ReceivedFax
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.icons import status_icon, unread_icon
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


class ReceivedColumn(IntEnum):
    STATUS = 0
    RECEIVED_AT = 1
    FROM = 2
    CALLER = 3
    TO = 4
    PAGES = 5
    CLASSIFICATION = 6
    PATIENT = 7
    CLIENT = 8
    CALLBACK = 9


def _when(r: ReceivedFax) -> float:
    moment = r.completed_at or r.sent_at
    return moment.timestamp() if moment else 0.0


class ReceivedTableModel(RecordTableModel[ReceivedFax]):
    Columns = ReceivedColumn

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._read: Callable[[str], bool] = lambda token: True
        self._client_names: Mapping[str, str] = {}
        self.COLUMNS = self._columns()  # type: ignore[misc]  # per instance: uses read state

    def _columns(self) -> dict[ReceivedColumn, Column[ReceivedFax]]:
        def status_icon_for(r: ReceivedFax) -> QIcon:
            if not self._read(r.send_token):
                return unread_icon()
            return status_icon(fmt.received_look(r.fax_status).tone)

        def status_text(r: ReceivedFax) -> str:
            if not self._read(r.send_token) and r.fax_status == FaxStatus.SUCCESS:
                return new_word
            return fmt.received_look(r.fax_status).words

        new_word = QCoreApplication.translate("ReceivedTableModel", "New")
        not_opened = QCoreApplication.translate("ReceivedTableModel", "Not opened yet")

        return {
            ReceivedColumn.STATUS: Column(
                QT_TRANSLATE_NOOP("columns", "Status"), status_text,
                sort=lambda r: fmt.received_look(r.fax_status).order, icon=status_icon_for,
                tooltip=lambda r: not_opened if not self._read(r.send_token) else "", width=95),
            ReceivedColumn.RECEIVED_AT: Column(
                QT_TRANSLATE_NOOP("columns", "Received"), lambda r: fmt.when(r.completed_at or r.sent_at),
                sort=_when, width=140, widest=fmt.widest_when),
            ReceivedColumn.FROM: Column(QT_TRANSLATE_NOOP("columns", "From"), lambda r: fmt.phone(r.from_number),
                                        width=125),
            ReceivedColumn.CALLER: Column(QT_TRANSLATE_NOOP("columns", "Caller"), lambda r: r.caller_name or "",
                                          width=160),
            ReceivedColumn.TO: Column(QT_TRANSLATE_NOOP("columns", "To"), lambda r: fmt.phone(r.to_number), width=125),
            ReceivedColumn.PAGES: Column(
                QT_TRANSLATE_NOOP("columns", "Pages"), lambda r: str(r.num_pages) if r.num_pages else "",
                sort=lambda r: r.num_pages, width=50, align_right=True),
            ReceivedColumn.CLASSIFICATION: Column(
                QT_TRANSLATE_NOOP("columns", "Document type"), lambda r: r.document_classification or "", width=130),
            ReceivedColumn.PATIENT: Column(QT_TRANSLATE_NOOP("columns", "Patient"), lambda r: r.patient_name or "",
                                           width=150),
            ReceivedColumn.CLIENT: Column(QT_TRANSLATE_NOOP("columns", "Client"), self._client_text, width=130),
            ReceivedColumn.CALLBACK: Column(
                QT_TRANSLATE_NOOP("columns", "Live update"), lambda r: fmt.callback_words(r.callback_status),
                width=80),
        }

    def key(self, record: ReceivedFax) -> str:
        return record.send_token

    def is_emphasised(self, record: ReceivedFax) -> bool:
        return not self._read(record.send_token)

    def extra_search_terms(self, record: ReceivedFax) -> Iterable[str]:
        yield fmt.digits(record.from_number)
        yield fmt.digits(record.to_number)
        yield record.send_token
        yield record.patient_dob or ""
        yield record.summary or ""

    def _client_text(self, record: ReceivedFax) -> str:
        if not record.client:
            return ""
        return self._client_names.get(record.client, record.client[:8])

    def set_read_state(self, is_read: Callable[[str], bool]) -> None:
        self._read = is_read
        self.refresh_all()

    def set_client_names(self, names: Mapping[str, str]) -> None:
        self._client_names = dict(names)
        self.refresh_all()  # texts and search texts include client names; selection stays

    def unread_count(self) -> int:
        return sum(1 for r in self._records if not self._read(r.send_token))
