"""The AI tab's table: document AI results of this session."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from medsender_desktop.api import AiResult
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.icons import status_icon
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


def ai_words(result: AiResult) -> tuple[str, str]:
    if result.succeeded:
        return "Done", "ok"
    if result.failed:
        return "Failed", "failed"
    return "Working…", "active"


class AiColumn(IntEnum):
    FILE = 0
    STATUS = 1
    CLASSIFICATION = 2
    PATIENT = 3
    DOB = 4
    GENDER = 5
    PHONE = 6
    SUMMARY = 7


class AiResultTableModel(RecordTableModel[AiResult]):
    Columns = AiColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._files: dict[str, str] = {}  # AI token -> the name of the file it read
        self.COLUMNS = {  # type: ignore[misc]  # per instance: names the files of this session
            AiColumn.FILE: Column("File", lambda r: self._files.get(r.ai_token, ""),
                                  tooltip=lambda r: self._files.get(r.ai_token, ""), width=180),
            AiColumn.STATUS: Column("Status", lambda r: ai_words(r)[0],
                                    icon=lambda r: status_icon(ai_words(r)[1]), width=100),
            AiColumn.CLASSIFICATION: Column(
                "Document type", lambda r: r.document_classification or "", width=140),
            AiColumn.PATIENT: Column("Patient", lambda r: r.patient_name or "", width=160),
            AiColumn.DOB: Column("DOB", lambda r: fmt.day(r.patient_dob), width=95),
            AiColumn.GENDER: Column("Gender", lambda r: (r.gender or "").capitalize(), width=70),
            AiColumn.PHONE: Column("Phone", lambda r: fmt.phone(r.phone_number), width=120),
            AiColumn.SUMMARY: Column("Summary", lambda r: r.summary or "",
                                     tooltip=lambda r: r.summary or "", width=300),
        }

    def name_file(self, ai_token: str, file_name: str) -> None:
        """The file whose result arrives under ``ai_token`` (shown in the File column)."""
        self._files[ai_token] = file_name

    def key(self, record: AiResult) -> str:
        return record.ai_token
