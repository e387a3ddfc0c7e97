"""The Sent table: faxes and secure e-mails this account sent."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medsender_desktop.api import Email, SentFax
from medsender_desktop.services.record_codec import SentRecord
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.i18n import translate_message, translated
from medsender_desktop.ui.icons import status_icon
from medsender_desktop.ui.models.record_model import Column, RecordTableModel

KIND_EMAIL: Final = QT_TRANSLATE_NOOP("SentTableModel", "E-mail")
KIND_FAX: Final = QT_TRANSLATE_NOOP("SentTableModel", "Fax")


def status_look(record: SentRecord) -> fmt.StatusLook:
    if isinstance(record, Email):
        look = fmt.email_look(record.email_status)
        return fmt.EMAIL_VIEWED if record.last_viewed_at and look.tone == "ok" else look
    return fmt.sent_look(record.sent_status)


def _to(record: SentRecord) -> str:
    if isinstance(record, Email):
        return record.recipient_email or ""
    return fmt.phone(record.to_number)


def _attempts(record: SentRecord) -> str:
    if isinstance(record, SentFax) and record.attempts:
        return str(len(record.attempts))
    return ""


def _status_tip(record: SentRecord) -> str:
    if isinstance(record, SentFax):
        return translate_message(record.error_text or "")
    return ""


class SentColumn(IntEnum):
    STATUS = 0
    SENT_AT = 1
    KIND = 2
    TO = 3
    RECIPIENT = 4
    PATIENT = 5
    SENDER = 6
    FROM = 7
    ATTEMPTS = 8
    COMPLETED_AT = 9


SENT_COLUMNS: dict[SentColumn, Column[SentRecord]] = {
    SentColumn.STATUS: Column(
        QT_TRANSLATE_NOOP("columns", "Status"), lambda r: status_look(r).words,
        sort=lambda r: status_look(r).order, icon=lambda r: status_icon(status_look(r).tone),
        tooltip=_status_tip, width=110),
    SentColumn.SENT_AT: Column(
        QT_TRANSLATE_NOOP("columns", "Sent"), lambda r: fmt.when(r.sent_at),
        sort=lambda r: r.sent_at.timestamp() if r.sent_at else 0.0, width=130,
        widest=fmt.widest_when),
    SentColumn.KIND: Column(
        QT_TRANSLATE_NOOP("columns", "Type"),
        lambda r: translated("SentTableModel", KIND_EMAIL if isinstance(r, Email) else KIND_FAX), width=60),
    SentColumn.TO: Column(QT_TRANSLATE_NOOP("columns", "To"), _to, width=150),
    SentColumn.RECIPIENT: Column(QT_TRANSLATE_NOOP("columns", "Recipient"), lambda r: r.recipient_name or "",
                                 width=160),
    SentColumn.PATIENT: Column(QT_TRANSLATE_NOOP("columns", "Patient"), lambda r: r.patient_name or "", width=150),
    SentColumn.SENDER: Column(QT_TRANSLATE_NOOP("columns", "Sender"), lambda r: r.sender_name or "", width=150),
    SentColumn.FROM: Column(
        QT_TRANSLATE_NOOP("columns", "From"), lambda r: fmt.phone(r.from_number) if isinstance(r, SentFax) else "",
        width=130),
    SentColumn.ATTEMPTS: Column(
        QT_TRANSLATE_NOOP("columns", "Attempts"), _attempts,
        sort=lambda r: len(r.attempts) if isinstance(r, SentFax) else 0, width=70, align_right=True),
    SentColumn.COMPLETED_AT: Column(
        QT_TRANSLATE_NOOP("columns", "Completed"), lambda r: fmt.when(r.completed_at),
        sort=lambda r: r.completed_at.timestamp() if r.completed_at else 0.0, width=130,
        widest=fmt.widest_when),
}


class SentTableModel(RecordTableModel[SentRecord]):
    Columns = SentColumn
    COLUMNS = SENT_COLUMNS

    def key(self, record: SentRecord) -> str:
        return record.token

    def extra_search_terms(self, record: SentRecord) -> Iterable[str]:
        if isinstance(record, SentFax):
            yield fmt.digits(record.to_number)
            yield fmt.digits(record.from_number)
        yield record.token
        yield fmt.day(record.patient_dob)
