"""The AI tab's table: document AI results of this session."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from medsender_desktop.api import AiResult
from medsender_desktop.ui.icons import status_icon
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


def ai_words(result: AiResult) -> tuple[str, str]:
    if result.succeeded:
        return "Done", "ok"
    if result.failed:
        return "Failed", "failed"
    return "Working…", "active"


class AiColumn(IntEnum):
    STATUS = 0
    CLASSIFICATION = 1
    PATIENT = 2
    DOB = 3
    GENDER = 4
    PHONE = 5
    SUMMARY = 6


class AiResultTableModel(RecordTableModel[AiResult]):
    Columns = AiColumn
    COLUMNS: ClassVar[dict[Any, Column[Any]]] = {
        AiColumn.STATUS: Column("Status", lambda r: ai_words(r)[0],
                                icon=lambda r: status_icon(ai_words(r)[1]), width=100),
        AiColumn.CLASSIFICATION: Column("Document", lambda r: r.document_classification or "", width=140),
        AiColumn.PATIENT: Column("Patient", lambda r: r.patient_name or "", width=160),
        AiColumn.DOB: Column("DOB", lambda r: r.patient_dob or "", width=95),
        AiColumn.GENDER: Column("Gender", lambda r: r.gender or "", width=70),
        AiColumn.PHONE: Column("Phone", lambda r: r.phone_number or "", width=120),
        AiColumn.SUMMARY: Column("Summary", lambda r: r.summary or "", tooltip=lambda r: r.summary or "",
                                 width=300),
    }

    def key(self, record: AiResult) -> str:
        return record.ai_token
