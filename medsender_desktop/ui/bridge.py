"""Qt signals for a session's plain-Python events (same thread: the qasync loop)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from medsender_desktop.relay.subscriber import RelayState
from medsender_desktop.services.session import Session
from medsender_desktop.services.sync import Connectivity, ReceivedChange


class SessionBridge(QObject):
    sent_reset = Signal(list)  #: list[SentFax | Email]: the whole Sent list changed
    sent_changed = Signal(object)  #: SentFax | Email: one record is new or changed
    received_reset = Signal(list)  #: list[ReceivedFax]
    received_changed = Signal(object, bool)  #: ReceivedFax, is_new (arrived while running)
    connectivity_changed = Signal(bool, str)  #: online, reason when offline
    relay_state_changed = Signal(str)  #: RelayState value, "" when the profile has no relay
    read_changed = Signal(str, bool)  #: send token, read
    outbox_count_changed = Signal(int)  #: faxes in the outbox Medsender does not have yet
    outbox_failed = Signal(object)  #: SendFailure: a fax that will not arrive, and why
    ai_entry_changed = Signal(object)  #: AiEntry: a document of the AI tab is new or changed
    ai_entry_removed = Signal(str)  #: id of an AI tab entry removed from the history
    outbox_changed = Signal(object)  #: OutboxEntry: one outbox entry is new or changed
    outbox_progress = Signal(object)  #: UploadProgress: bytes of an upload sent so far
    outbox_summary_changed = Signal(object)  #: OutboxSummary: pending and scheduled faxes

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.sent_reset.connect(self.sent_reset.emit)
        session.sent_changed.connect(self.sent_changed.emit)
        session.received_reset.connect(self.received_reset.emit)
        session.received_changed.connect(self._on_received_change)
        session.connectivity_changed.connect(self._on_connectivity)
        session.relay_state_changed.connect(self._on_relay_state)
        session.read_changed.connect(self._on_read_changed)
        session.outbox.count_changed.connect(self.outbox_count_changed.emit)
        session.outbox.failed.connect(self.outbox_failed.emit)
        session.ai_runs.changed.connect(self.ai_entry_changed.emit)
        session.ai_runs.removed.connect(self.ai_entry_removed.emit)
        session.outbox.changed.connect(self.outbox_changed.emit)
        session.outbox.progress.connect(self.outbox_progress.emit)
        session.outbox.summary_changed.connect(self.outbox_summary_changed.emit)

    def _on_received_change(self, change: ReceivedChange) -> None:
        self.received_changed.emit(change.record, change.is_new)

    def _on_connectivity(self, value: Connectivity) -> None:
        self.connectivity_changed.emit(value.online, value.message)

    def _on_relay_state(self, state: RelayState | None) -> None:
        self.relay_state_changed.emit(state.value if state is not None else "")

    def _on_read_changed(self, value: tuple[str, bool]) -> None:
        self.read_changed.emit(*value)
