"""Send later and the Outbox view, for docs/screenshots/ (see docs/screenshots/README.md).

A sandbox and relay on loopback (the GUI tests' helpers), the app signed in to them. Writes
into OUT_DIR: ``send-dialog-send-later.png`` (a referral dropped on the window, the fields
filled, Send later ticked with the time offered), ``send-dialog-send-later-past.png`` (a time
in the past refused beside the field), and ``outbox-view.png`` (the Outbox view opened from
the status bar: a fax delivered, one cancelled, one scheduled, one uploading with its progress
bar; the scheduled one selected with its timeline). Run under Xvfb at 1366x768:
``python scripts/screenshot_outbox.py OUT_DIR``.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import httpx
from PySide6.QtCore import QDateTime, Qt
from screenshot_harness import run, shoot  # first: it sets QT_API and the import path

from medsender_desktop import wire
from medsender_desktop.api import CoverSheet, FaxRequest
from medsender_desktop.documents import generate_document, pad_pdf
from medsender_desktop.ui.dialogs.outbox_dialog import OutboxDialog
from tests.gui.helpers import Backend, drop_files, open_desktop, shown_dialog
from tests.waiting import until


def referral(folder: Path) -> Path:
    path = folder / "referral-kowalski.pdf"
    path.write_bytes(generate_document(pages=3, title="Referral", kind_of_doc="Referral", lines=[
        "Patient: Grace Kowalski", "DOB: 12/05/1966", "Referring provider: Dr. Ada Lee",
        "Reason for referral: persistent knee pain; please evaluate and treat."]))
    return path


def faults(backend: Backend, **settings: object) -> None:
    response = httpx.put(backend.api_url + wire.SANDBOX_FAULTS, json=settings, trust_env=False,
                         auth=(backend.api_key, backend.client_secret), timeout=10)
    response.raise_for_status()


async def capture(backend: Backend, root: Path, out: Path) -> None:
    document = referral(root)
    async with open_desktop(backend, root) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        session = desktop.session
        number = (await session.fax_numbers())[0].number
        pictures: dict[str, bool] = {}

        async def send_later(dialog: object) -> int:
            opened = asyncio.ensure_future(desktop.dialogs.open_for_real(dialog))  # type: ignore[arg-type]
            d = dialog  # the NewFaxDialog, as a person fills it in
            d.move(0, 0)  # type: ignore[attr-defined]
            await until(lambda: not d.pages.loading and d.fields.from_combo.count() > 0, "ready")  # type: ignore[attr-defined]
            d.fields.to_edit.setText("(404) 555-0112")  # type: ignore[attr-defined]
            d.fields.recipient_edit.setText("Lakeside Orthopedics")  # type: ignore[attr-defined]
            d.fields.sender_edit.setText("Main Street Clinic")  # type: ignore[attr-defined]
            d.fields.patient_edit.setText("Grace Kowalski")  # type: ignore[attr-defined]
            d.fields.dob_edit.edit.setText("12/05/1966")  # type: ignore[attr-defined]
            d.send_later.check.click()  # type: ignore[attr-defined]
            d.send_later.when_edit.setFocus()  # type: ignore[attr-defined]
            await shoot(out / "send-dialog-send-later.png")
            offered = d.send_later.when_edit.dateTime()  # type: ignore[attr-defined]
            d.send_later.when_edit.setDateTime(QDateTime.currentDateTime().addSecs(-2 * 3600))  # type: ignore[attr-defined]
            await shoot(out / "send-dialog-send-later-past.png")
            d.send_later.when_edit.setDateTime(offered)  # type: ignore[attr-defined]
            d.send_button.click()  # type: ignore[attr-defined]
            pictures["dialog"] = True
            return await opened

        desktop.dialogs.answers.append(send_later)
        drop_files(window, [document])
        await until(lambda: pictures and session.outbox.summary.scheduled, "scheduled", 60)

        # more faxes, so the view shows each state: one delivered, one cancelled, one uploading
        def request(note: str, to: str, files: tuple[Path | bytes, ...] = (document,)) -> FaxRequest:
            return FaxRequest(to_numbers=(to,), from_number=number, files=files,
                              cover=CoverSheet(note=note, recipient_name=note,
                                               patient_name="Grace Kowalski"))

        (sent,) = await session.queue_fax(request("Harbor Cardiology", "(212) 555-0143"))
        await until(lambda: session.outbox.get(sent.id), "delivered", 60,
                    ready=lambda e: e is not None and e.delivery == "success")
        (cancelled,) = await session.queue_fax(request("Riverside Imaging", "(305) 555-0121"),
                                               send_at=time.time() + 7200)
        await session.outbox.cancel(cancelled.id)
        faults(backend, slow_upload=1.0, slow_upload_bps=512 * 1024, methods="POST",
               paths=wire.SENT_FAXES)
        big = pad_pdf(generate_document(pages=12, title="Imaging report"), 8 * 1024 * 1024)
        (uploading,) = await session.queue_fax(request("Northside Neurology", "(617) 555-0150",
                                                       (big,)))
        window.status.outbox_label.click()
        view = await shown_dialog(OutboxDialog, "the Outbox view")
        view.move(120, 60)
        view.resize(1000, 620)
        await until(lambda: view.model.rowCount() == 4, "four faxes listed")
        await until(lambda: any((p := view.model.progress(e)) and 50 < p < 900
                                for e in view.model.entries), "the upload under way", 60)
        row = next(r for r, e in enumerate(view.model.entries) if e.send_at and not e.tries
                   and e.state.value == "queued")
        view.table.selectRow(row)
        view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        await until(lambda: view.timeline.count() > 0, "the timeline")
        await shoot(out / "outbox-view.png")
        faults(backend)
        await until(lambda: session.outbox.get(uploading.id), "the upload finished", 120,
                    ready=lambda e: e is not None and e.state.value == "sent")
        view.close()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    run(lambda backend, root: capture(backend, root, out))


if __name__ == "__main__":
    main()
