"""Plain words everywhere: no label, header, button, list or dialog shows the API's own
vocabulary or raw values; dates follow the user's locale; small comforts (file names,
feedback) work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from medsender_desktop.api import Email, SentFax
from medsender_desktop.app import AppOptions
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.controller import SANDBOX_PROFILE_NOTE
from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog
from medsender_desktop.ui.dialogs.settings_dialog import SettingsDialog
from medsender_desktop.ui.models.record_model import RECORD_ROLE
from tests.gui.helpers import (
    CORPUS,
    FAST_SYNC,
    Backend,
    Desktop,
    free_port,
    open_desktop,
    open_received_fax,
    receive_a_fax,
    shown_dialog,
    until,
)
from tests.gui.words import raw_words, shown_texts


def select(tab, record_type: type) -> bool:
    rows = [r for r in range(tab.proxy.rowCount())
            if isinstance(tab.proxy.index(r, 0).data(RECORD_ROLE), record_type)]
    if rows:
        tab.table.selectRow(rows[0])
    return bool(rows)


async def words_of_dialog(desktop: Desktop, kind: type[QDialog], open_it, act=None) -> list[str]:
    desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
    open_it()
    dialog = await shown_dialog(kind, f"the {kind.__name__}")
    if act is not None:
        await act(dialog)
    texts = shown_texts(dialog)
    dialog.reject()
    await until(lambda: not dialog.isVisible(), "the dialog closed")
    return texts


async def test_no_api_words_in_any_tab_or_dialog(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        sent, received = window.sent_tab, window.received_tab
        await until(lambda: window.numbers_tab.model.rowCount() and window.clients_tab.model.rowCount(),
                    "numbers and clients")
        await until(lambda: window.status.relay_label.text() == "Live updates: on", "the relay")
        found: list[str] = []
        sent.filters_button.click()
        assert select(sent, SentFax)
        found += raw_words(shown_texts(window))
        if select(sent, Email):  # an e-mail's details, when the account sent one
            found += raw_words(shown_texts(window))
        window.tabs.setCurrentWidget(received)
        received.filters_button.click()
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        await until(lambda: received.viewer.current_image is not None, "the fax shown")
        assert received.detail.value_of("Live update") and received.detail.value_of("Reference")
        found += raw_words(shown_texts(window))
        for tab in (window.numbers_tab, window.clients_tab, window.ai_tab):
            window.tabs.setCurrentWidget(tab)
            found += raw_words(shown_texts(window))
        assert "Our relay" in [
            window.numbers_tab.proxy.index(r, 2).data() for r in range(window.numbers_tab.proxy.rowCount())]

        async def bad_address(dialog: ProfileDialog) -> None:
            dialog.name_edit.setText("Clinic")
            dialog.api_key_edit.setText("sk_test_x")
            dialog.secret_edit.setText("cs_x")
            dialog.base_url_edit.setText(f"http://127.0.0.1:{free_port()}/api/v2")
            QTest.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.result_label.text().startswith("✖"), "the test's verdict")

        found += raw_words(await words_of_dialog(desktop, ProfileDialog, window.sign_in_action.trigger,
                                                 bad_address))
        found += raw_words(await words_of_dialog(desktop, QDialog, window.new_fax_action.trigger))

        async def every_page(dialog: SettingsDialog) -> None:
            for index in range(dialog.pages.count()):
                dialog.pages.setCurrentIndex(index)
                words.extend(shown_texts(dialog))

        words: list[str] = []
        await words_of_dialog(desktop, SettingsDialog, window.settings_action.trigger, every_page)
        found += raw_words(words)
        window.tabs.setCurrentWidget(received)
        found += raw_words(await words_of_dialog(desktop, ForwardDialog, received.forward_action.trigger))
        # the crash dialog and the secure-link message
        desktop.dialogs.crash("report")
        found += raw_words(shown_texts(desktop.dialogs.crash_dialog))
        desktop.dialogs.crash_dialog.close()
        desktop.dialogs.crashes.clear()
        desktop.dialogs.link_not_opened(window, "https://example.org/secure/1?sig=2")
        box = await shown_dialog(QMessageBox, "the link message")
        found += raw_words(shown_texts(box))
        box.close()
        assert not found, found


async def test_forward_confirms_in_plain_words_and_fills_the_patient(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        await until(lambda: received.model.rowCount() > 0, "received faxes")
        record = next(r for r in received.model.records if r.patient_name and r.patient_dob)
        open_received_fax(received, record.send_token)
        filled: list[tuple[str, str]] = []

        def fill(dialog: ForwardDialog) -> int:
            filled.append((dialog.fields.patient_edit.text(), dialog.fields.dob_edit.text()))
            dialog.fields.to_edit.setText("(617) 555-0134")
            QTest.mouseClick(dialog.forward_button, Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        received.forward_action.trigger()
        await until(lambda: desktop.dialogs.infos, "the confirmation")
        day = dt.date.fromisoformat(fmt.iso_day(record.patient_dob or ""))
        assert filled == [(record.patient_name, f"{day.month:02d}/{day.day:02d}/{day.year}")]  # as typed
        assert desktop.dialogs.infos[-1] == "The fax is on its way. Follow it in the Sent tab."


async def test_save_as_pdf_suggests_a_name_in_documents(backend: Backend, tmp_path: Path, qapp) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        token = await receive_a_fax(desktop)  # from (305) 555-0121
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        await until(lambda: received.save_button.isEnabled(), "the fax opened")
        offered: list[tuple[str, list[str]]] = []

        def answer(dialog: QFileDialog) -> int:
            offered.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
            dialog.selectFile(str(documents / "kept.pdf"))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(answer)
        received.save_action.trigger()
        await until(lambda: (documents / "kept.pdf").is_file(), "the saved file")
        folder, files = offered[0]
        today = dt.datetime.now().astimezone().strftime("%Y-%m-%d")
        assert Path(folder) == documents
        assert Path(files[0]).name == f"Fax {today} from 305-555-0121.pdf"
        assert (documents / "kept.pdf").read_bytes() == received.viewer.data


async def test_refresh_says_what_it_does(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        messages: list[str] = []
        window.status.messageChanged.connect(messages.append)
        window.refresh_action.trigger()  # F5
        await until(lambda: any(m.startswith("Lists updated at") for m in messages), "the feedback")
        assert messages[0] == "Refreshing…"


async def test_the_sandbox_profile_explains_why_it_cannot_be_edited(tmp_path: Path, qapp) -> None:
    options = AppOptions(sandbox=True, sandbox_speed="instant", sync=FAST_SYNC, api_max_attempts=1)
    async with open_desktop(None, tmp_path, options=options) as desktop:
        window = desktop.window
        assert window.settings_action.isEnabled()
        desktop.dialogs.answers.append(desktop.dialogs.open_for_real)
        window.settings_action.trigger()
        dialog = await shown_dialog(SettingsDialog, "Settings")
        assert dialog.pages.currentWidget() is dialog.fields.account
        assert dialog.fields.store_note.text() == SANDBOX_PROFILE_NOTE
        assert not dialog.fields.api_key_edit.isEnabled() and not dialog.fields.relay_url_edit.isEnabled()
        assert dialog.fields.name_edit.text() == "Sandbox"
        dialog.reject()
        await until(lambda: not dialog.isVisible(), "Settings closed")


async def test_ai_results_name_their_file(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        ai = desktop.window.ai_tab
        desktop.window.tabs.setCurrentWidget(ai)
        document = CORPUS / "minimal-document.pdf"

        def choose(dialog: QFileDialog) -> int:
            dialog.selectFile(str(document))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(choose)
        QTest.mouseClick(ai.analyze_button, Qt.MouseButton.LeftButton)
        await until(lambda: ai.model.rowCount() == 1 and ai.proxy.index(0, 1).data() == "Done",
                    "the AI's answer", timeout=30)
        assert ai.proxy.index(0, 0).data() == "minimal-document.pdf"
        assert ai.proxy.headerData(0, Qt.Orientation.Horizontal) == "File"


def test_dates_and_phones_read_as_people_write_them(qapp) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert fmt.day("1980-02-28") == "02/28/1980"
        moment = dt.datetime(2024, 5, 1, 14, 3, 9).astimezone()
        assert fmt.when(moment) == "05/01/2024 2:03\u202fPM" or fmt.when(moment) == "05/01/2024 2:03 PM"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert fmt.day(dt.date(1980, 2, 28)) == "28.02.1980"
        assert fmt.when_long(moment) == "01.05.2024 14:03:09"
    finally:
        QLocale.setDefault(before)
    assert fmt.phone("+16025550122") == "(602) 555-0122"
    assert fmt.iso_day("02/28/1980") == "1980-02-28"
