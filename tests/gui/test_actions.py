"""Toolbar actions and failures: New fax (Ctrl+N), Refresh (F5), profile switching, and one
clear message when something cannot be done."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.dialogs.profile_dialog import ProfileDialog
from tests.gui.helpers import Backend, open_desktop, profile_for, slot_running
from tests.paths import CORPUS
from tests.waiting import until


async def test_new_fax_from_the_toolbar(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        problems: list[str] = []

        async def fill(dialog: NewFaxDialog) -> int:
            dialog.open()
            # nothing chosen yet: Send is disabled and says why
            problems.append(dialog.reason_label.text())
            assert not dialog.send_button.isEnabled()
            QTest.mouseClick(dialog.pages.add_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                        and dialog.fields.from_combo.count() > 0, "the chosen document")
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            QTest.keyClicks(dialog.fields.patient_edit, "Grace Kowalski")
            QTest.keyClicks(dialog.fields.dob_edit.edit, "12/05/1966")
            QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            await until(lambda: dialog.result() != 0, "the dialog accepted")
            return dialog.result()

        def choose(dialog: QDialog) -> int:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(CORPUS / "minimal-document.pdf"))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.extend([fill, choose])  # New fax, then Add files… in it
        window.new_fax_action.trigger()  # Ctrl+N
        sent = window.sent_tab

        def new_row() -> bool:
            record = sent.selected_record()
            return record is not None and record.patient_name == "Grace Kowalski"

        await until(new_row, "the new fax selected in the Sent tab")
        assert problems == ["Add the document to send: drop a PDF or TIFF file here or click Add files…"]
        assert window.tabs.currentWidget() is sent
        token = sent.selected_record().send_token
        await until(lambda: sent.model.find(token).sent_status == "success", "delivery")
        assert window.new_fax_action.isEnabled()


async def test_refresh_and_switching_profiles(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window, controller = desktop.window, desktop.controller
        second, secrets = profile_for(backend, "Second Practice")
        controller.app.profiles.save(second, secrets)
        controller._refresh_profiles()
        assert window.profile_combo.count() == 2
        window.refresh_action.trigger()  # F5
        await until(lambda: not slot_running("MainWindow.on_refresh_action_triggered"), "the refresh")
        assert window.refresh_action.isEnabled() and not desktop.dialogs.errors
        first_session = desktop.session
        combo = window.profile_combo
        target = combo.findData(second.id)
        key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
        combo.setFocus()
        QTest.keyClick(combo, key)  # the user picks the other profile with the arrow keys
        assert combo.currentIndex() == target
        await until(lambda: controller.session is not None and controller.session is not first_session
                    and not slot_running("AppController.on_window_profile_selected"), "the switch")
        assert desktop.session is not first_session and desktop.session.profile == second
        assert window.status.profile_label.text() == "Profile: Second Practice"
        await until(lambda: window.sent_tab.model.rowCount() > 0, "the lists of the new profile")


async def test_without_a_keychain_live_keys_are_refused_clearly(backend: Backend, tmp_path: Path, qapp) -> None:
    keyring.set_keyring(fail.Keyring())
    async with open_desktop(backend, tmp_path, sign_in=False) as desktop:
        notes: list[str] = []

        def fill(dialog: ProfileDialog) -> int:
            notes.append(dialog.store_note.text())
            dialog.name_edit.setText("Clinic")
            dialog.api_key_edit.setText(backend.api_key)
            dialog.secret_edit.setText(backend.client_secret)
            dialog.base_url_edit.setText(backend.api_url)
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(fill)
        await desktop.controller.start()
        assert "no secure password store" in notes[0]
        assert desktop.controller.session is None
        assert desktop.dialogs.errors[-1].startswith("No secure password store is available")
        settings = desktop.controller.app.settings.path
        assert not settings.exists() or backend.api_key not in settings.read_text()


async def test_the_ai_tab_analyzes_a_document(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.show_tab("ai")
        ai_tab = window.ai_tab

        def choose(dialog: QDialog) -> int:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(CORPUS / "pdflatex-4-pages.pdf"))
            return QDialog.DialogCode.Accepted

        desktop.dialogs.answers.append(choose)
        QTest.mouseClick(ai_tab.analyze_button, Qt.MouseButton.LeftButton)

        def done() -> bool:
            return ai_tab.model.rowCount() == 1 and ai_tab.model.records[0].is_final

        await until(done, "the analysis result in the AI tab")
        entry = ai_tab.model.records[0]
        assert entry.result is not None and entry.result.succeeded
        assert entry.result.document_classification and entry.file_name == "pdflatex-4-pages.pdf"
        assert ai_tab.analyze_button.isEnabled()

async def test_send_with_medsender_desktop_opens_new_fax_with_the_file(
    backend: Backend, tmp_path: Path, qapp,
) -> None:
    """`medsender-desktop --send FILE` (a PDF's right-click menu): New fax starts with FILE."""
    from medsender_desktop.ui.app import parse_args

    document = CORPUS / "minimal-document.pdf"
    assert parse_args(["--send", str(document)]).send == document
    async with open_desktop(backend, tmp_path, sign_in=False) as desktop:
        backend_profile, secrets = profile_for(backend)
        desktop.controller.app.profiles.save(backend_profile, secrets)
        shown: list[str] = []

        async def look(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.pages.page_count, "the file read")
            shown.append(dialog.pages.count_label.text())
            QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
            return dialog.result()

        desktop.dialogs.answers.append(look)
        await desktop.controller.start(send_file=document)
        await until(lambda: shown, "the New fax dialog")
        assert shown == ["1 page"]

        async def empty(dialog: NewFaxDialog) -> int:  # the next New fax starts empty
            shown.append(str(dialog.pages.page_count))
            return QDialog.DialogCode.Rejected

        desktop.dialogs.answers.append(empty)
        desktop.window.new_fax_action.trigger()
        await until(lambda: len(shown) == 2, "a second New fax")
        assert shown[1] == "0"
