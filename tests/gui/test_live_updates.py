"""Rows update themselves: relay events, polling without a relay, inbound faxes with a tray
notification, the viewer, Forward, Print and Save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from medsender_desktop.api import CoverSheet, FaxRequest, ReceivedFax, SentFax, SentStatus
from medsender_desktop.app import AppOptions
from medsender_desktop.ui.dialogs.forward_dialog import ForwardDialog
from medsender_desktop.ui.models.sent_model import SentColumn
from medsender_desktop.ui.notifier import TrayNotifier
from tests.gui.helpers import (
    FAST_SYNC,
    FOUR_PAGES,
    Backend,
    Desktop,
    click,
    open_desktop,
    open_received_fax,
    our_number,
    press_accept,
    receive_a_fax,
)
from tests.waiting import until

THIRD_TRY_NUMBER = "(718) 555-0002"  # the sandbox's test table: succeeds on the 3rd attempt


def status_of(desktop: Desktop, token: str) -> str | None:
    sent = desktop.window.sent_tab
    row = sent.model.row_of(token)
    if row is None:
        return None
    return sent.model.index(row, SentColumn.STATUS).data()


async def follow_to_the_end(desktop: Desktop, token: str, timeout: float = 20.0) -> list[str]:
    """The distinct statuses the Sent tab showed for ``token`` until it was delivered."""
    seen: list[str] = []

    def delivered() -> bool:
        status = status_of(desktop, token)
        if status and (not seen or seen[-1] != status):
            seen.append(status)
        return status == "Delivered"

    await until(delivered, f"fax {token} to be delivered", timeout)
    return seen


async def test_a_fax_sent_through_the_api_turns_from_queued_to_success(
        fast_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(fast_backend, tmp_path) as desktop:
        (result,) = await desktop.session.send_fax(FaxRequest(
            to_numbers=(THIRD_TRY_NUMBER,), from_number=await our_number(desktop),
            files=(FOUR_PAGES,), cover=CoverSheet(patient_name="Test Patient"),
        ))
        seen = await follow_to_the_end(desktop, result.token)
        assert seen[0] in ("Queued", "Sending") and seen[-1] == "Delivered", seen
        record = desktop.window.sent_tab.model.find(result.token)
        assert isinstance(record, SentFax) and record.sent_status == SentStatus.SUCCESS
        assert len(record.attempts) == 3
        assert result.token not in desktop.session.sync.tracked_tokens  # final: no more polling


async def test_a_fax_sent_elsewhere_appears_by_itself(backend: Backend, tmp_path: Path, qapp) -> None:
    """Someone else (another desktop, a script) sends with the same account: the relay tells us."""
    async with open_desktop(backend, tmp_path) as desktop:
        async with backend.client() as other:
            result = await other.send_fax(FaxRequest(
                to_numbers=("(212) 555-0177",), from_number=await our_number(desktop),
                files=(FOUR_PAGES,),
            ))
        await follow_to_the_end(desktop, result.token)
        await until(lambda: desktop.session.relay_state.value == "connected", "the relay connected")


async def test_without_a_relay_open_records_are_polled(
        fast_backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(fast_backend, tmp_path, relay=False) as desktop:
        assert desktop.session.relay is None
        assert desktop.window.status.relay_label.text().startswith("Checking Medsender regularly")
        (result,) = await desktop.session.send_fax(FaxRequest(
            to_numbers=(THIRD_TRY_NUMBER,), from_number=await our_number(desktop),
            files=(FOUR_PAGES,),
        ))
        assert result.token in desktop.session.sync.tracked_tokens
        seen = await follow_to_the_end(desktop, result.token)
        assert seen[0] in ("Queued", "Sending") and seen[-1] == "Delivered", seen
        assert not desktop.session.sync.tracked_tokens & {result.token}


def ink_pixels(image: QImage) -> int:
    """Pixels clearly darker than paper."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    row_bytes = gray.bytesPerLine()
    data = bytes(gray.constBits())
    return sum(1 for y in range(gray.height()) for v in data[y * row_bytes:y * row_bytes + gray.width()]
               if v < 160)


async def test_an_inbound_fax_appears_notifies_and_renders(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        window, received = desktop.window, desktop.window.received_tab
        unread_before = received.model.unread_count()
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax in Received")
        await until(lambda: any(t == token for _, _, t in desktop.notifier.messages), "a notification")
        title, message, _ = next(m for m in desktop.notifier.messages if m[2] == token)
        assert title == "New fax received" and message.startswith("4 pages")
        assert "Harbor" not in message, "notifications carry no names"
        assert window.status.currentMessage() == "New fax received: 4 pages."  # seen without a tray too
        assert received.model.unread_count() == unread_before + 1
        await until(lambda: window.tabs.tabText(1) == f"Received ({unread_before + 1})", "the unread count")
        # clicking the notification opens the fax
        desktop.notifier.clicked.emit(token)
        assert window.tabs.currentWidget() is received
        assert received.selected_record().send_token == token
        viewer = received.viewer
        await until(lambda: viewer.page_count == 4 and viewer.current_image is not None, "the rendered fax")
        assert viewer.thumbnails.count() == 4
        image = viewer.current_image
        assert image.width() >= 200 and image.height() > image.width()  # a portrait page
        assert ink_pixels(image) > 500, "the page shows text, not a blank image"
        await until(lambda: desktop.session.is_read(token), "marked read")
        assert received.model.unread_count() == unread_before
        assert received.detail.value_of("Caller") == "Harbor Clinical Laboratory"


def test_the_tray_notifier_opens_the_fax_it_announced(qapp) -> None:
    """The real tray notifier (offscreen: no tray): notifying never fails, and a click on the
    balloon asks for the fax it was about."""
    notifier = TrayNotifier()
    clicked: list[str] = []
    notifier.clicked.connect(clicked.append)
    notifier.on_tray_message_clicked()  # nothing announced yet: nothing to open
    notifier.notify("New fax received", "2 pages. Click to open it.", "tok-1")
    notifier.notify("New fax received", "1 page. Click to open it.", "tok-2")
    notifier.on_tray_message_clicked()
    assert clicked == ["tok-2"]
    notifier.close()
    notifier.deleteLater()


async def test_viewer_zoom_rotate_print_and_save(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        viewer = received.viewer
        await until(lambda: viewer.current_image is not None and viewer.page_count == 4, "rendered")
        assert viewer.fit_to_width
        width, height = viewer.current_image.width(), viewer.current_image.height()
        await click(viewer.rotate_right_button, "DocumentViewer.on_rotate_right_button_clicked")
        assert viewer.rotation == 90
        assert viewer.current_image.width() > viewer.current_image.height()
        await click(viewer.zoom_in_button, "DocumentViewer.on_zoom_in_button_clicked")
        assert not viewer.fit_to_width and viewer.zoom > 0
        await click(viewer.fit_button, "DocumentViewer.on_fit_button_clicked")
        await click(viewer.rotate_left_button, "DocumentViewer.on_rotate_left_button_clicked")
        assert (viewer.current_image.width(), viewer.current_image.height()) == (width, height)
        await click(viewer.next_button, "DocumentViewer.on_next_button_clicked")
        assert viewer.page == 1 and viewer.page_label.text() == "Page 2 of 4"
        assert received.print_button.isEnabled() and received.save_button.isEnabled()
        desktop.dialogs.save_to = tmp_path / "saved-fax.pdf"
        await click(received.save_button, "ReceivedTab.on_save_button_clicked")
        saved = desktop.dialogs.save_to.read_bytes()
        assert saved.startswith(b"%PDF") and saved == viewer.data
        assert desktop.dialogs.infos[-1] == "Saved as saved-fax.pdf."


async def test_forward_a_received_fax(backend: Backend, tmp_path: Path, qapp) -> None:
    async with open_desktop(backend, tmp_path) as desktop:
        received = desktop.window.received_tab
        token = await receive_a_fax(desktop)
        await until(lambda: received.model.row_of(token) is not None, "the new fax")
        open_received_fax(received, token)
        shown: list[ReceivedFax] = []

        def fill(dialog: ForwardDialog) -> int:
            shown.append(received.selected_record())
            dialog.fields.to_edit.setText("(617) 555-0134")
            dialog.fields.recipient_edit.setText("Dr. Alan Pierce")
            dialog.fields.note_edit.setPlainText("Forwarded for your review.")
            press_accept(dialog)
            return dialog.result()

        desktop.dialogs.answers.append(fill)
        await click(received.forward_button, "ReceivedTab.on_forward_button_clicked")
        assert shown and shown[0].send_token == token
        assert desktop.dialogs.infos[-1].startswith("The fax is on its way"), desktop.dialogs.errors
        sent = desktop.window.sent_tab
        forwarded = [r for r in sent.model.records
                     if isinstance(r, SentFax) and r.recipient_name == "Dr. Alan Pierce"]
        assert forwarded, "the forwarded fax is in the Sent tab"
        await follow_to_the_end(desktop, forwarded[0].send_token)

        # a bad number never reaches Medsender: the dialog says why and stays open
        def bad_number(dialog: ForwardDialog) -> int:
            dialog.fields.to_edit.setText("12")
            press_accept(dialog)
            error = dialog.error_label.text()
            assert "not a valid number" in error or "not a phone number" in error
            assert dialog.result() != QDialog.DialogCode.Accepted
            return QDialog.DialogCode.Rejected

        desktop.dialogs.answers.append(bad_number)
        await click(received.forward_button, "ReceivedTab.on_forward_button_clicked")
        assert received.forward_button.isEnabled()


async def test_sandbox_mode_signs_in_and_routes_callbacks(tmp_path: Path, qapp) -> None:
    """``medsender-desktop --sandbox``: embedded sandbox + relay, profile "Sandbox"."""
    options = AppOptions(sandbox=True, sandbox_speed="instant", sync=FAST_SYNC, api_max_attempts=1)
    async with open_desktop(None, tmp_path, options=options) as desktop:
        session = desktop.session
        assert session.profile.name == "Sandbox" and session.profile.sandbox
        embedded = desktop.controller.app.embedded
        assert embedded is not None
        numbers = await session.fax_numbers(refresh=True)
        assert numbers and all(n.callback_url == embedded.endpoints.callback_url for n in numbers)
        assert desktop.window.status.connection_label.text() == "Sandbox (test data)"
        await until(lambda: desktop.window.received_tab.model.rowCount() > 0, "demo faxes")
        # the throwaway keys are in the in-memory keyring only, never the OS one
        store = desktop.controller.app.profiles.credentials
        assert store.load("sandbox") is None
