"""The AI tab against the real sandbox: files dropped or chosen (several at once) go through
the queue, and each result lands against its own file name; results come by relay event when
a relay is configured, by polling otherwise; refused files say why and upload nothing; the
history survives a restart sealed; CSV export; Open; Send this opens New fax pre-filled."""

from __future__ import annotations

import contextlib
import csv
import io
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from medsender_desktop import wire
from medsender_desktop.services.ai_history import HISTORY_FILE, AiState
from medsender_desktop.services.ai_runs import SAFETY_POLL_SECONDS
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.i18n import apply_language
from medsender_desktop.ui.models.ai_model import AiColumn
from tests.gui.helpers import Backend, Desktop, drop_files, open_desktop, until
from tests.gui.test_keyboard import active, assert_tab_reaches_everything
from tests.gui.test_patient_check import referral
from tests.hostile_documents import MIB, flate_bomb_pdf
from tests.paths import CORPUS

CORPUS_FILE = CORPUS / "pdflatex-4-pages.pdf"
PATIENT, DOB_TYPED, DOB_ISO = "Grace Kowalski", "12/05/1966", "1966-12-05"


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def ai_jobs(backend: Backend) -> list[tuple[str, str | None]]:
    """(token, callback_url) of every AI job the sandbox was given."""
    with contextlib.closing(sqlite3.connect(backend.db)) as db:
        return [(r[0], r[1]) for r in db.execute("SELECT token, callback_url FROM ai_jobs")]


def cells(desktop: Desktop, file_name: str) -> dict[AiColumn, str]:
    """The texts of the table row showing ``file_name`` (read from the view's model)."""
    tab = desktop.window.ai_tab
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, AiColumn.FILE).data() == file_name:
            return {c: tab.proxy.index(row, c).data() or "" for c in AiColumn}
    return {}


async def all_done(desktop: Desktop, names: list[str], timeout: float = 30) -> None:
    await until(lambda: all(cells(desktop, n).get(AiColumn.STATUS) == "Done" for n in names),
                f"results for {names}", timeout)


async def test_dropped_files_get_their_own_results_by_relay_event(
        backend: Backend, tmp_path: Path, qapp) -> None:
    letter = referral(tmp_path, PATIENT, DOB_TYPED)
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        tab = window.ai_tab
        window.tabs.setCurrentWidget(tab)
        await until(lambda: desktop.session.relay_state is not None
                    and desktop.session.relay_state.value == "connected", "the relay connected")
        jobs_before = len(ai_jobs(backend))
        runs = desktop.session.ai_runs
        events: list[str] = []  # the relay's ai events as the session hands them on (observed)
        hand_on = runs.on_relay_event
        runs.on_relay_event = lambda token: (events.append(token), hand_on(token))
        assert drop_files(tab, [CORPUS_FILE, letter])
        await until(lambda: len(tab.queue.rows) == 2 or tab.model.rowCount() == 2, "two queued")
        # the safety poll is far longer than this wait: only the relay's ai event gets here
        assert SAFETY_POLL_SECONDS > 20
        await all_done(desktop, [CORPUS_FILE.name, letter.name], timeout=20)
        row = cells(desktop, letter.name)
        assert row[AiColumn.PATIENT] == PATIENT and row[AiColumn.DOB] == fmt.day(DOB_ISO)
        assert row[AiColumn.CLASSIFICATION] == "Referral"
        assert "knee pain" in row[AiColumn.SUMMARY]
        other = cells(desktop, CORPUS_FILE.name)
        assert other[AiColumn.PATIENT] != PATIENT and other[AiColumn.CLASSIFICATION]
        jobs = ai_jobs(backend)[jobs_before:]
        assert len(jobs) == 2 and all(url == backend.relay_url + wire.RELAY_CALLBACKS for _, url in jobs)
        assert {token for token, _ in jobs} <= set(events), "each result came by its relay event"
        assert not tab.queue.isVisible(), "done files leave the queue"

        # details of the selected result, the long summary in its own box
        assert tab.select_entry(next(e.id for e in tab.model.records if e.file_name == letter.name))
        assert tab.detail.value_of("Patient") == PATIENT
        assert "knee pain" in tab.summary.toPlainText()

        # Open document: the pages in the viewer
        _click(tab.open_button)
        await until(lambda: tab.viewer.current_image is not None, "the document shown")
        assert tab.viewer.page_count == 2


async def test_chosen_files_are_polled_without_a_relay(backend: Backend, tmp_path: Path, qapp) -> None:
    letter = referral(tmp_path, PATIENT, DOB_TYPED)
    scan = CORPUS / "smile.tiff"
    async with open_desktop(backend, tmp_path, relay=False) as desktop:
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        jobs_before = len(ai_jobs(backend))

        def choose(dialog: QDialog) -> int:
            assert isinstance(dialog, QFileDialog)
            assert dialog.fileMode() is QFileDialog.FileMode.ExistingFiles  # several at once
            dialog.setDirectory(str(tmp_path))
            dialog.selectFile(f'"{letter}" "{scan}"')
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(choose)
        _click(tab.analyze_button)
        await all_done(desktop, [letter.name, scan.name])
        assert cells(desktop, letter.name)[AiColumn.PATIENT] == PATIENT
        assert cells(desktop, scan.name)[AiColumn.PATIENT] == ""  # an image without text
        jobs = ai_jobs(backend)[jobs_before:]
        assert len(jobs) == 2 and all(url is None for _, url in jobs), "no callback: polled"


async def test_history_survives_a_restart_sealed_and_exports_as_csv(
        backend: Backend, tmp_path: Path, qapp) -> None:
    letter = referral(tmp_path, PATIENT, DOB_TYPED)
    async with open_desktop(backend, tmp_path) as desktop:
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        assert drop_files(tab, [letter, CORPUS_FILE])
        await all_done(desktop, [letter.name, CORPUS_FILE.name])
        await desktop.session.ai_runs.settled()
    history = tmp_path / "app" / "data" / HISTORY_FILE
    stored = b"".join(p.read_bytes() for p in history.parent.glob(HISTORY_FILE + "*"))
    for secret in (PATIENT, "Kowalski", letter.name, "referral-kowalski", "knee pain", DOB_ISO):
        assert secret.encode() not in stored, f"{secret!r} readable in the history file"
    assert history.stat().st_mode & 0o777 == 0o600

    async with open_desktop(backend, tmp_path) as desktop:  # the app started again
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        await until(lambda: cells(desktop, letter.name).get(AiColumn.PATIENT) == PATIENT,
                    "the referral's result after the restart")
        assert cells(desktop, CORPUS_FILE.name)[AiColumn.STATUS] == "Done"
        target = tmp_path / "results.csv"
        desktop.dialogs.save_to = target
        _click(tab.export_button)
        await until(lambda: desktop.dialogs.infos, "the export confirmed")
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        by_file = {r["File"]: r for r in rows}
        assert set(by_file) == {letter.name, CORPUS_FILE.name}
        assert by_file[letter.name]["Patient name"] == PATIENT
        assert by_file[letter.name]["Date of birth"] == DOB_ISO
        assert by_file[letter.name]["Classification"] == "Referral"
        assert by_file[letter.name]["Status"] == "done"
        assert "knee pain" in by_file[letter.name]["Summary"]

        # the document was kept (sealed): Open works although the file is gone
        letter.unlink()
        assert tab.select_entry(next(e.id for e in tab.model.records if e.file_name == letter.name))
        _click(tab.open_button)
        await until(lambda: tab.viewer.current_image is not None, "the kept document shown")


async def test_send_this_opens_new_fax_with_the_document_and_the_patient(
        backend: Backend, tmp_path: Path, qapp) -> None:
    letter = referral(tmp_path, PATIENT, DOB_TYPED)
    async with open_desktop(backend, tmp_path) as desktop:
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        assert drop_files(tab, [letter])
        await all_done(desktop, [letter.name])
        assert tab.select_entry(tab.model.records[0].id)
        seen: dict[str, object] = {}

        async def answer(dialog: QDialog) -> int:
            assert isinstance(dialog, NewFaxDialog)
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.pages.page_count > 0,
                        "the document's pages in New fax")
            seen.update(name=dialog.fields.patient_edit.text(), dob=dialog.fields.dob_edit.text(),
                        pages=dialog.pages.page_count)
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        _click(tab.send_button)
        await until(lambda: "pages" in seen, "New fax opened and looked at", timeout=30)
        assert seen == {"name": PATIENT, "dob": DOB_TYPED, "pages": 2}


async def test_refused_files_say_why_upload_nothing_and_retry(
        backend: Backend, tmp_path: Path, qapp) -> None:
    too_big = tmp_path / "huge-scan.pdf"
    with too_big.open("wb") as stream:  # 20.1 MB: over the limit (the size is read, not the file)
        stream.truncate(wire.MAX_FILE_BYTES + 100_000)
    not_a_document = tmp_path / "notes.pdf"
    not_a_document.write_text("meeting notes, not a PDF at all")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(CORPUS_FILE.read_bytes()[:1500])
    bomb = tmp_path / "lab-results.pdf"  # 128 KB that would expand to 128 MB
    bomb.write_bytes(flate_bomb_pdf(128 * MIB))
    async with open_desktop(backend, tmp_path) as desktop:
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        jobs_before = len(ai_jobs(backend))
        assert drop_files(tab, [too_big, not_a_document, damaged, bomb])

        def reasons() -> dict[str, str]:
            return {e.file_name: e.error for e in desktop.session.ai_runs.entries
                    if e.state is AiState.FAILED}

        found = await until(lambda: reasons() if len(reasons()) == 4 else None, "four refusals")
        assert "expands" in found[bomb.name]
        assert "20 MB" in found[too_big.name]
        assert "PDF" in found[not_a_document.name] or "type" in found[not_a_document.name]
        assert "damaged" in found[damaged.name].lower() or "read" in found[damaged.name].lower()
        for name, reason in found.items():
            assert name not in reason  # the reason names no file: the row does
        row = next(r for r in tab.queue.rows.values() if r.name_label.toolTip() == damaged.name)
        assert row.retry_button.isVisible() and reasons()[damaged.name] in row.state_label.text()
        assert len(ai_jobs(backend)) == jobs_before, "nothing uploaded"
        assert tab.model.rowCount() == 0, "no result rows for refused files"
        await active(desktop)  # the keyboard reaches every queue row's Retry and Remove
        stops = assert_tab_reaches_everything(desktop.window, desktop.window.tabs.tabBar())
        assert row.retry_button in stops and row.remove_button in stops
        assert row.retry_button.accessibleName() == f"Retry {damaged.name}"

        damaged.write_bytes(CORPUS_FILE.read_bytes())  # the file fixed, then Retry
        _click(row.retry_button)
        await all_done(desktop, [damaged.name])
        assert damaged.name not in {r.name_label.toolTip() for r in tab.queue.rows.values()}
        assert len(ai_jobs(backend)) == jobs_before + 1


async def test_send_this_for_an_image_hands_over_a_private_pdf_copy(
        backend: Backend, tmp_path: Path, qapp) -> None:
    photo = tmp_path / "wound-photo-kowalski.png"
    image = QImage(850, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo), "PNG")
    handed: list[Path] = []
    async with open_desktop(backend, tmp_path) as desktop:
        tab = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(tab)
        tab.send_requested.connect(lambda paths, *_: handed.extend(paths))
        assert drop_files(tab, [photo])
        await all_done(desktop, [photo.name])
        assert tab.select_entry(tab.model.records[0].id)
        pages: list[int] = []

        async def answer(dialog: QDialog) -> int:
            assert isinstance(dialog, NewFaxDialog)
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.pages.page_count > 0,
                        "the image's page in New fax")
            pages.append(dialog.pages.page_count)
            _click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return dialog.result()

        desktop.dialogs.answers.append(answer)
        _click(tab.send_button)  # New fax takes PDF and TIFF only: a PDF copy goes
        await until(lambda: pages, "New fax opened", timeout=30)
        assert pages == [1]
        (copy,) = handed
        assert copy != photo and "kowalski" not in str(copy).lower() and copy.suffix == ".pdf"
        assert copy.stat().st_mode & 0o777 == 0o600 and copy.parent.stat().st_mode & 0o777 == 0o700
    assert not copy.exists() and not copy.parent.exists(), "the copy is removed at sign-out"


async def test_the_ai_tab_reads_in_spanish(backend: Backend, tmp_path: Path, qapp) -> None:
    letter = referral(tmp_path, PATIENT, DOB_TYPED)
    try:
        async with open_desktop(backend, tmp_path, language="es") as desktop:
            tab = desktop.window.ai_tab
            desktop.window.tabs.setCurrentWidget(tab)
            assert tab.analyze_button.text() == "Elegir archivos…"
            headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in AiColumn]
            assert headers[AiColumn.FILE] == "Archivo"
            assert headers[AiColumn.CLASSIFICATION] == "Clasificación"
            assert drop_files(tab, [letter])
            await until(lambda: tab.model.rowCount() == 1
                        and tab.proxy.index(0, AiColumn.STATUS).data() == "Hecho", "the result", 30)
            assert tab.select_entry(tab.model.records[0].id)
            assert tab.detail.value_of("Paciente") == PATIENT
    finally:
        apply_language(qapp, "en")  # the other tests read English
