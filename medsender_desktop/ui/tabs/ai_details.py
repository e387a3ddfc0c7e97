"""What the AI tab's detail pane shows for one entry (label, value rows, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from medsender_desktop.services.ai_history import AiEntry
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.models.ai_model import state_words


def entry_rows(entry: AiEntry) -> tuple[str, list[tuple[str, str]]]:
    """(title, rows) for the detail pane; the summary has its own box under them."""
    result = entry.result
    rows = [
        (QCoreApplication.translate("AiDetails", "Status"), state_words(entry)[0]),
        (QCoreApplication.translate("AiDetails", "Classification"),
         fmt.document_type_words(result.document_classification) if result else ""),
        (QCoreApplication.translate("AiDetails", "Patient"),
         (result.patient_name or "") if result else ""),
        (QCoreApplication.translate("AiDetails", "Date of birth"),
         fmt.day(result.patient_dob) if result else ""),
        (QCoreApplication.translate("AiDetails", "Gender"),
         (result.gender or "").capitalize() if result else ""),
        (QCoreApplication.translate("AiDetails", "Phone"),
         fmt.phone(result.phone_number) if result else ""),
        (QCoreApplication.translate("AiDetails", "Added"), fmt.when_long(entry.added_at)),
    ]
    return entry.file_name, rows
