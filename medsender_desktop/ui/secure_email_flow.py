"""Every way to send a secure e-mail link ends here: the toolbar (a file chosen or dropped in
the dialog), a received fax, a sent fax. The dialog sends through the session and stays open
on a refusal; the e-mail sent is listed in the Sent tab and followed from then on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from medsender_desktop.api import Email
from medsender_desktop.services.secure_email import SecureEmail, email_request
from medsender_desktop.services.session import Session
from medsender_desktop.ui.dialogs.factory import DialogFactory

#: the name the file goes by at Medsender: never the person's own file name (it may name a patient)
UPLOAD_NAME = "document.pdf"


@dataclass(frozen=True, repr=False)
class EmailSource:
    """What a secure e-mail starts from: a document (None: chosen in the dialog) and what is
    already known about it."""

    document: bytes | None = None
    name: str = ""
    sender_name: str = ""
    recipient_name: str | None = None
    patient_name: str | None = None
    patient_dob: str | dt.date | None = None
    reason: str = ""  # why a fax is being sent this way (it was not delivered)

    def __repr__(self) -> str:
        return f"EmailSource(document={self.document is not None})"


async def send_secure_email(parent: QWidget, dialogs: DialogFactory, session: Session,
                            source: EmailSource) -> Email | None:
    """The dialog, filled from ``source``; the e-mail sent, or None when cancelled."""

    async def send(document: bytes, name: str, email: SecureEmail) -> Email:
        same = source.document is not None and document is source.document
        request = email_request(
            document, email, filename=UPLOAD_NAME, recipient_name=source.recipient_name,
            patient_name=source.patient_name if same else None,
            patient_dob=source.patient_dob if same else None)
        return await session.send_secure_email(request)

    dialog: Any = dialogs.secure_email_dialog(
        parent, documents=session.documents, send=send, sender_name=source.sender_name,
        reason=source.reason, document=source.document, document_name=source.name)
    dialog.set_dialogs(dialogs)
    accepted = await dialogs.run(dialog)
    record = dialog.result_record
    dialog.deleteLater()
    return record if accepted and isinstance(record, Email) else None
