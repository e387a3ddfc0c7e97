"""Send later and the Outbox view, through the controls, against the sandbox: a fax scheduled in
the send dialog is held (status bar and Outbox view say so), Send now sends it, Cancel (asked
first) keeps it from ever reaching the sandbox, Cancel is refused in plain words once the
upload has started, and a fax sent during an outage waits for the network (said so, with the
failed attempt in its timeline) until Send now hands it over once the sandbox is back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from medsender_desktop import wire
from medsender_desktop.documents import DocumentWorker
from medsender_desktop.services.outbox_store import OutboxState
from medsender_desktop.ui import formatting as fmt
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.dialogs.outbox_dialog import OutboxDialog
from medsender_desktop.ui.models.outbox_model import PROGRESS_ROLE, OutboxColumn
from tests.gui.helpers import (
    CORPUS,
    Backend,
    Desktop,
    drop_files,
    focus_in,
    open_desktop,
    sandbox_sent_pages,
    shown_dialog,
    slot_running,
    start_backend,
    until,
)
from tests.gui.keyboard import describe, reachable_controls, tab_stops

DOCUMENT = CORPUS / "minimal-document.pdf"


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _sent_for(backend: Backend, patient: str) -> int:
    """How many faxes for ``patient`` the sandbox's database holds."""
    return sum(1 for name, _ in sandbox_sent_pages(backend) if name == patient)


async def _to_section(edit: QDateTimeEdit, section: QDateTimeEdit.Section) -> None:
    """Move through the date-time field's parts with the arrow keys, as a keyboard user does."""
    QTest.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(len(edit.text()) + 1):
        if edit.currentSection() == section:
            return
        QTest.keyClick(edit, Qt.Key.Key_Right)
    raise AssertionError(f"no {section} in {edit.displayFormat()}")


async def _schedule(desktop: Desktop, patient: str) -> dict[str, object]:
    """Drop the document on the window and schedule it with the keyboard: Tab to Send later,
    Space, Tab to the time; a time in the past is refused beside the field first."""
    seen: dict[str, object] = {}

    async def fill(dialog: NewFaxDialog) -> int:
        dialog.open()
        fields, later = dialog.fields, dialog.send_later
        await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                    and fields.from_combo.count() > 0, "the document and the numbers")
        await focus_in(fields.to_edit, "the To field focused in the active dialog")  # Tab below
        QTest.keyClicks(fields.to_edit, "(404) 555-0112")
        QTest.keyClicks(fields.patient_edit, patient)
        fields.type_combo.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(fields.type_combo, Qt.Key.Key_Tab)
        seen["tab_to_check"] = QApplication.focusWidget() is later.check
        QTest.keyClick(later.check, Qt.Key.Key_Space)
        QTest.keyClick(later.check, Qt.Key.Key_Tab)
        seen["tab_to_time"] = QApplication.focusWidget() is later.when_edit
        seen["button"] = dialog.send_button.text()
        await _to_section(later.when_edit, QDateTimeEdit.Section.YearSection)
        QTest.keyClick(later.when_edit, Qt.Key.Key_Down)  # a year ago
        seen["past"] = (later.error.isVisible() and later.error.text(),
                        dialog.send_button.isEnabled())
        QTest.keyClick(later.when_edit, Qt.Key.Key_Up)  # back to the time offered
        seen["later_ok"] = not later.error.isVisible() and dialog.send_button.isEnabled()
        seen["send_at"] = dialog.send_at()
        _click(dialog.send_button)
        await until(lambda: dialog.result() != 0, "the dialog accepted")
        return dialog.result()

    desktop.dialogs.answers.append(fill)
    assert drop_files(desktop.window, [DOCUMENT])
    await until(lambda: "send_at" in seen and not slot_running("MainWindow.compose"), "scheduled")
    assert seen["tab_to_check"] and seen["tab_to_time"], seen
    assert seen["button"] == "Schedule fax"
    error, enabled = seen["past"]  # type: ignore[misc]
    assert "already passed" in str(error) and enabled is False
    assert seen["later_ok"] is True
    return seen


async def _open_outbox_from_status_bar(desktop: Desktop) -> OutboxDialog:
    _click(desktop.window.status.outbox_label)
    view = await shown_dialog(OutboxDialog, "the Outbox view")
    await until(lambda: view.model.rowCount() > 0, "the outbox listed")
    return view


async def test_a_scheduled_fax_is_held_then_sent_now(backend: Backend, tmp_path: Path, qapp,
                                                     qtmodeltester) -> None:
    patient = "Held Then Sent"
    async with open_desktop(backend, tmp_path) as desktop:
        seen = await _schedule(desktop, patient)
        send_at = float(seen["send_at"])  # type: ignore[arg-type]
        when = fmt.when(dt.datetime.fromtimestamp(send_at, dt.UTC))
        status = desktop.window.status.outbox_label
        await until(lambda: status.text() == f"Outbox: Scheduled for {when}", "held in the status bar")
        (entry,) = await desktop.session.outbox.entries()
        assert entry.state is OutboxState.QUEUED and entry.send_at == send_at
        assert _sent_for(backend, patient) == 0  # held: not uploaded

        view = await _open_outbox_from_status_bar(desktop)
        qtmodeltester.check(view.model)
        state = view.model.index(0, OutboxColumn.STATE)
        assert state.data() == f"Scheduled for {when}"
        assert view.model.index(0, OutboxColumn.RECIPIENT).data() == "(404) 555-0112"
        await until(lambda: view.model.index(0, OutboxColumn.PAGES).data() == "1", "the page count")
        await until(lambda: view.timeline.count() and "Queued" in view.timeline.item(0).text(),
                    "the timeline")
        assert view.send_now_button.isEnabled() and view.cancel_fax_button.isEnabled()
        _click(view.send_now_button)
        await until(lambda: _sent_for(backend, patient) == 1, "the fax in the sandbox", timeout=30)
        await until(lambda: view.model.index(0, OutboxColumn.STATE).data().startswith("Handed over"),
                    "the view follows it live")
        await until(lambda: status.text() == "Outbox: empty", "the count")
        texts = [view.timeline.item(i).text() for i in range(view.timeline.count())]
        assert any("Sent now" in t for t in texts) and any("Uploaded" in t for t in texts), texts
        assert not view.cancel_fax_button.isEnabled() and not view.send_now_button.isEnabled()
        _click(view.buttons.button(QDialogButtonBox.StandardButton.Close))
        await until(lambda: not view.isVisible(), "the view closed")
        assert _sent_for(backend, patient) == 1  # exactly once


async def test_a_cancelled_fax_never_reaches_the_sandbox(backend: Backend, tmp_path: Path, qapp) -> None:
    patient = "Scheduled Then Cancelled"
    async with open_desktop(backend, tmp_path) as desktop:
        await _schedule(desktop, patient)
        desktop.window.outbox_action.trigger()  # the toolbar's Outbox
        view = await shown_dialog(OutboxDialog, "the Outbox view")
        await until(lambda: view.model.rowCount() == 1 and view.selected() is not None, "listed")
        _click(view.cancel_fax_button)
        box = await shown_dialog(QMessageBox, "the confirmation")
        assert "Cancel the fax to (404) 555-0112?" in box.text()
        _click(box.button(QMessageBox.StandardButton.Yes))
        # the row turns Cancelled (the outbox's own signal) a moment before the slot says so
        await until(lambda: view.model.index(0, OutboxColumn.STATE).data() == "Cancelled"
                    and not slot_running("OutboxDialog.on_cancel_fax_button_clicked"), "cancelled")
        assert "will not be sent" in view.status_label.text()
        (entry,) = await desktop.session.outbox.entries()
        assert entry.state is OutboxState.CANCELLED
        assert not view.send_now_button.isEnabled() and not view.cancel_fax_button.isEnabled()
        await until(lambda: desktop.window.status.outbox_label.text() == "Outbox: empty", "count")
        # nothing left that could upload it: the outbox settles with the sandbox untouched
        await desktop.session.outbox.wait_settled()
        assert _sent_for(backend, patient) == 0
        _click(view.buttons.button(QDialogButtonBox.StandardButton.Close))


async def test_closing_the_view_while_a_cancel_is_answered_is_no_crash(
        backend: Backend, tmp_path: Path, qapp) -> None:
    """Cancel confirmed, then the view closed at once (Esc): the fax is still cancelled and the
    answer that comes after the view is gone is dropped (it once raised "Internal C++ object
    already deleted" and showed the crash dialog; open_desktop fails on a crash report)."""
    async with open_desktop(backend, tmp_path) as desktop:
        await _schedule(desktop, "Cancelled Then Closed")
        desktop.window.outbox_action.trigger()
        view = await shown_dialog(OutboxDialog, "the Outbox view")
        await until(lambda: view.model.rowCount() == 1 and view.selected() is not None, "listed")
        _click(view.cancel_fax_button)
        box = await shown_dialog(QMessageBox, "the confirmation")
        _click(box.button(QMessageBox.StandardButton.Yes))
        QTest.keyClick(view.table, Qt.Key.Key_Escape)  # closed before the outbox answered
        await until(lambda: desktop.window._outbox_view is None, "the view closed")
        await until(lambda: not slot_running("OutboxDialog.on_cancel_fax_button_clicked"), "done")
        (entry,) = await desktop.session.outbox.entries()
        assert entry.state is OutboxState.CANCELLED


@pytest.fixture(scope="module")
def slow_backend(tmp_path_factory: pytest.TempPathFactory, documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox that reads uploads slowly (fault injection), so an upload lasts seconds."""
    with start_backend(tmp_path_factory.mktemp("slow-backend"), documents, speed="instant") as servers:
        response = httpx.put(servers.api_url + wire.SANDBOX_FAULTS, trust_env=False, timeout=10,
                             auth=(servers.api_key, servers.client_secret),
                             json={"slow_upload": 1.0, "slow_upload_bps": 4096, "methods": "POST",
                                   "paths": wire.SENT_FAXES})
        assert response.status_code == 200, response.text
        yield servers


async def test_cancel_is_refused_in_plain_words_once_the_upload_started(
        slow_backend: Backend, tmp_path: Path, qapp) -> None:
    patient = "Uploading Already"
    async with open_desktop(slow_backend, tmp_path) as desktop:
        async def send(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                        and dialog.fields.from_combo.count() > 0, "ready")
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            QTest.keyClicks(dialog.fields.patient_edit, patient)
            _click(dialog.send_button)
            await until(lambda: dialog.result() != 0, "sent")
            return dialog.result()

        desktop.dialogs.answers.append(send)
        assert drop_files(desktop.window, [DOCUMENT])
        await until(lambda: desktop.window.status.outbox_label.text() == "Outbox: 1 sending", "queued")
        view = await _open_outbox_from_status_bar(desktop)
        state = view.model.index(0, OutboxColumn.STATE)
        await until(lambda: view.model.index(0, OutboxColumn.STATE).data(PROGRESS_ROLE) is not None,
                    "the upload's progress")
        assert view.model.index(0, OutboxColumn.STATE).data().startswith("Uploading")
        assert not view.table.viewport().grab().isNull()  # the progress bar is drawn
        assert state.isValid() and view.cancel_fax_button.isEnabled()
        _click(view.cancel_fax_button)
        await until(lambda: "can no longer be cancelled: its upload has already started"
                    in view.error_label.text(), "the refusal in words")
        assert not any(isinstance(w, QMessageBox) and w.isVisible()
                       for w in QApplication.topLevelWidgets())  # refused, not asked
        await until(lambda: _sent_for(slow_backend, patient) == 1, "the upload finishes", timeout=60)
        await until(lambda: view.model.index(0, OutboxColumn.STATE).data().startswith("Handed over"),
                    "handed over")
        await until(lambda: not slot_running("MainWindow.compose"), "the send followed to the end")
        _click(view.buttons.button(QDialogButtonBox.StandardButton.Close))


def _tab_reaches_everything(window: QWidget, start: QWidget) -> list[QWidget]:
    stops = tab_stops(start)
    missing = [describe(w) for w in reachable_controls(window) if w not in stops]
    assert not missing, f"Tab never reaches {missing}; it visits {[describe(w) for w in stops]}"
    return stops


async def test_tab_reaches_send_later_and_every_control_of_the_outbox_view(
        backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window = desktop.window
        window.resize(1366, 768)
        window.activateWindow()
        await until(window.isActiveWindow, "the main window active")
        stops: list[str] = []

        async def walk(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: not dialog.pages.loading and dialog.fields.from_combo.count() > 0
                        and dialog.isActiveWindow(), "the dialog ready")
            later = dialog.send_later
            later.check.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(later.check, Qt.Key.Key_Space)
            assert later.when_edit.isEnabled()
            walked = _tab_reaches_everything(dialog, dialog.fields.to_edit)
            at = walked.index(later.check)  # right after the document type, then the time
            assert walked[at - 1] is dialog.fields.type_combo and walked[at + 1] is later.when_edit
            stops.extend(describe(w) for w in walked)
            _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
            return dialog.result()

        desktop.dialogs.answers.append(walk)
        assert drop_files(window, [DOCUMENT])
        await until(lambda: stops and window._compose is None, "the dialog walked and closed")
        assert "TimeEdit(Send at)" in stops, stops

        await _schedule(desktop, "Keyboard Walk")
        window.activateWindow()
        await until(window.isActiveWindow, "the main window active again")
        window.outbox_action.trigger()
        view = await shown_dialog(OutboxDialog, "the Outbox view")
        await until(lambda: view.cancel_fax_button.isEnabled() and view.isActiveWindow(), "ready")
        view.table.setFocus(Qt.FocusReason.TabFocusReason)
        walked = _tab_reaches_everything(view, view.table)
        assert {view.send_now_button, view.cancel_fax_button, view.timeline} <= set(walked)
        QTest.keyClick(view.table, Qt.Key.Key_Escape)  # Esc closes it
        await until(lambda: not view.isVisible(), "the Outbox view closed")
        await until(lambda: window._outbox_view is None, "forgotten by the window")


@pytest.fixture(scope="module")
def own_backend(tmp_path_factory: pytest.TempPathFactory, documents: DocumentWorker) -> Iterator[Backend]:
    """A sandbox this module may stop and start again (an outage), shared with no other test."""
    with start_backend(tmp_path_factory.mktemp("outage-backend"), documents, speed="instant") as servers:
        yield servers


async def test_a_fax_waiting_for_the_network_is_sent_now_once_it_is_back(
        own_backend: Backend, tmp_path: Path, qapp) -> None:
    patient = "Waiting For Network"
    async with open_desktop(own_backend, tmp_path) as desktop:
        async def send(dialog: NewFaxDialog) -> int:
            dialog.open()
            await until(lambda: dialog.pages.page_count == 1 and not dialog.pages.loading
                        and dialog.fields.from_combo.count() > 0, "ready")
            own_backend.stop_sandbox()  # the network goes before Send is clicked
            QTest.keyClicks(dialog.fields.to_edit, "(404) 555-0112")
            QTest.keyClicks(dialog.fields.patient_edit, patient)
            _click(dialog.send_button)
            await until(lambda: dialog.result() != 0, "sent")
            return dialog.result()

        try:
            desktop.dialogs.answers.append(send)
            assert drop_files(desktop.window, [DOCUMENT])
            view = await _open_outbox_from_status_bar(desktop)
            state = view.model.index(0, OutboxColumn.STATE)
            await until(lambda: str(view.model.index(0, OutboxColumn.STATE).data())
                        .startswith("Waiting for the network (next try "), "waiting", timeout=30)
            assert state.isValid() and view.send_now_button.isEnabled()
            await until(lambda: any("Upload failed" in view.timeline.item(i).text()
                                    for i in range(view.timeline.count())),
                        "the failed attempt in the timeline")
        finally:
            own_backend.restart_sandbox()
        _click(view.send_now_button)  # back: no need to wait for the next try
        await until(lambda: _sent_for(own_backend, patient) == 1, "the fax in the sandbox", 30)
        await until(lambda: str(view.model.index(0, OutboxColumn.STATE).data())
                    .startswith("Handed over"), "handed over")
        await until(lambda: not slot_running("MainWindow.compose"), "the send followed to the end")
        assert _sent_for(own_backend, patient) == 1  # once
        _click(view.buttons.button(QDialogButtonBox.StandardButton.Close))
