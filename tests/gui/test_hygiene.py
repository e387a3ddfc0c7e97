"""After a whole working session (sign in, send, receive and open, AI), nothing on disk gives
away a secret or a patient: config, data, cache and log folders (crash reports included) are
scanned byte by byte for the keys, the relay token and the session's PHI."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medsender_desktop.services.logs import LOG_FILE, configure_logging
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from tests.gui.helpers import Backend, open_desktop, open_received_fax, receive_a_fax, until
from tests.paths import CORPUS

PATIENT, DOB, NOTE = "Grace Kowalski", "1966-12-05", "Allergic to penicillin"
TO_NUMBER = "(404) 555-0112"
PHI = {"patient name": PATIENT, "patient surname": "Kowalski", "date of birth": DOB,
       "note": NOTE, "recipient number": "4045550112", "recipient number as typed": TO_NUMBER,
       "caller": "Harbor Clinical Laboratory", "sender number": "3055550121"}


def encodings(text: str) -> list[bytes]:
    return [text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(roots: list[Path]) -> Iterator[Path]:
    for root in roots:
        yield from (p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    """The app's own log file, configured as ``medsender-desktop`` does, at DEBUG."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    log_dir = tmp_path / "app" / "logs"
    configure_logging(log_dir, verbose=True)
    try:
        yield log_dir / LOG_FILE
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


async def test_a_full_session_leaves_no_secret_and_no_plain_phi(
    backend: Backend, tmp_path: Path, qapp, app_log: Path
) -> None:
    document = CORPUS / "minimal-document.pdf"
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window

        def fill(dialog: NewFaxDialog) -> int:
            dialog.add_files([document])
            dialog.fields.to_edit.setText(TO_NUMBER)
            dialog.fields.patient_edit.setText(PATIENT)
            dialog.fields.dob_edit.setText(DOB)
            dialog.fields.note_edit.setPlainText(NOTE)
            QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        window.new_fax_action.trigger()
        sent = window.sent_tab
        await until(lambda: any(r.patient_name == PATIENT for r in sent.model.records),
                    "the sent fax listed")

        token = await receive_a_fax(desktop)
        received = window.received_tab
        window.tabs.setCurrentWidget(received)
        await until(lambda: received.model.row_of(token) is not None, "the received fax")
        open_received_fax(received, token)
        await until(lambda: received.viewer.current_image is not None, "the fax shown")

        ai_tab = window.ai_tab
        window.tabs.setCurrentWidget(ai_tab)

        async def choose(*_: object, **__: object) -> list[Path]:
            return [document]

        desktop.dialogs.open_paths = choose  # type: ignore[method-assign]  # the file chooser
        QTest.mouseClick(ai_tab.analyze_button, Qt.MouseButton.LeftButton)
        await until(lambda: any(r.state.value == "done" for r in ai_tab.model.records),
                    "the AI result", timeout=30)
        assert not desktop.dialogs.errors, desktop.dialogs.errors

    secrets = {"API key": backend.api_key, "client secret": backend.client_secret,
               "relay token": backend.relay_token}
    scanned, found = await asyncio.to_thread(scan, tmp_path, {**secrets, **PHI})
    leaks = [(label, where) for label, where in found if not known_open(label, where)]
    assert app_log in scanned, "the session was logged"
    assert leaks == [], "\n".join(f"{label} in {where}" for label, where in leaks)
    assert len(scanned) >= 4  # settings, cache, read state, log at least


def known_open(label: str, where: str) -> bool:
    """Plain data this test knowingly lets through, for a stated reason: the address book is
    the clinic's list of *recipients* (other practices' names and fax numbers, searchable by
    design), not patient data. (The outbox is sealed: nothing of it is excepted.)"""
    return label.startswith("recipient number") and where.endswith("address_book.sqlite3")


def scan(tmp_path: Path, needles: dict[str, str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every file under the app's folders, and which needle (by label) each one contains."""
    roots = [tmp_path / "app" / name for name in ("config", "data", "cache", "logs")]
    scanned = [path for path in files_under(roots) if path.stat().st_size > 0]
    leaks = [(label, str(path.relative_to(tmp_path))) for path in scanned
             for label, value in needles.items()
             if any(needle in path.read_bytes() for needle in encodings(value))]
    return scanned, leaks
