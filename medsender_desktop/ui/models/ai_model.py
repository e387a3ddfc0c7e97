"""The AI tab's table: every document analysed on this computer, with what the AI read."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from medsender_desktop.services.ai_history import AiEntry, AiState
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.icons import status_icon
from medsender_desktop.ui.models.record_model import Column, RecordTableModel


def state_words(entry: AiEntry) -> tuple[str, str]:
    """(words, icon kind) for an entry's state; uploading shows its progress."""
    state = entry.state
    if state is AiState.DONE:
        return QCoreApplication.translate("AiResults", "Done"), "ok"
    if state is AiState.FAILED:
        return QCoreApplication.translate("AiResults", "Failed"), "failed"
    if state is AiState.UPLOADING and entry.total:
        words = QCoreApplication.translate("AiResults", "Uploading {percent}%")
        return words.format(percent=entry.sent * 100 // entry.total), "active"
    if state is AiState.UPLOADING:
        return QCoreApplication.translate("AiResults", "Uploading…"), "active"
    if state is AiState.ANALYSING:
        return QCoreApplication.translate("AiResults", "Analyzing…"), "active"
    return QCoreApplication.translate("AiResults", "Waiting"), "neutral"


class AiColumn(IntEnum):
    FILE = 0
    STATUS = 1
    CLASSIFICATION = 2
    PATIENT = 3
    DOB = 4
    GENDER = 5
    PHONE = 6
    ADDED = 7
    SUMMARY = 8  # last: it takes the width left


def _result(entry: AiEntry, name: str) -> str:
    return str(getattr(entry.result, name, None) or "") if entry.result is not None else ""


class AiResultTableModel(RecordTableModel[AiEntry]):
    Columns = AiColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = {  # type: ignore[misc]  # per instance: titles translated at creation
            AiColumn.FILE: Column(
                QCoreApplication.translate("AiResults", "File"), lambda e: e.file_name,
                tooltip=lambda e: e.file_name, width=180),
            AiColumn.STATUS: Column(
                QCoreApplication.translate("AiResults", "Status"), lambda e: state_words(e)[0],
                icon=lambda e: status_icon(state_words(e)[1]), tooltip=lambda e: e.error,
                width=95),
            AiColumn.CLASSIFICATION: Column(
                QCoreApplication.translate("AiResults", "Classification"),
                lambda e: fmt.document_type_words(_result(e, "document_classification") or None),
                width=110),
            AiColumn.PATIENT: Column(
                QCoreApplication.translate("AiResults", "Patient"),
                lambda e: _result(e, "patient_name"), width=130),
            AiColumn.DOB: Column(
                QCoreApplication.translate("AiResults", "DOB"),
                lambda e: fmt.day(_result(e, "patient_dob") or None),
                sort=lambda e: _result(e, "patient_dob"), width=95),
            AiColumn.GENDER: Column(
                QCoreApplication.translate("AiResults", "Gender"),
                lambda e: _result(e, "gender").capitalize(), width=65),
            AiColumn.PHONE: Column(
                QCoreApplication.translate("AiResults", "Phone"),
                lambda e: fmt.phone(_result(e, "phone_number") or None), width=115),
            AiColumn.SUMMARY: Column(
                QCoreApplication.translate("AiResults", "Summary"), lambda e: _result(e, "summary"),
                tooltip=lambda e: _result(e, "summary"), width=260),
            AiColumn.ADDED: Column(
                QCoreApplication.translate("AiResults", "Added"), lambda e: fmt.when(e.added_at),
                sort=lambda e: e.added_at.isoformat(), width=110, widest=fmt.widest_when),
        }

    def key(self, record: AiEntry) -> str:
        return record.id
