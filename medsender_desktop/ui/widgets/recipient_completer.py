"""To-field completion from the address book (recent recipients first), and the warning for
a number never faxed from this computer.

Several numbers may be typed, separated by ``;`` or ``,``: completion works on the one being
typed and replaces only it. The book is searched off the event loop (its own SQLite thread),
a moment after the typing pauses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from medsender_desktop.api import validation
from medsender_desktop.errors import MedsenderError, ValidationError
from medsender_desktop.services.address_book import AddressBook, Contact
from medsender_desktop.ui import formatting as fmt

log = logging.getLogger(__name__)

SEPARATORS = re.compile(r"[;,\n]")
SEARCH_DELAY_MS = 120
MAX_SUGGESTIONS = 10


def split_numbers(text: str) -> list[str]:
    """The numbers typed in a To field (empty entries dropped)."""
    return [part.strip() for part in SEPARATORS.split(text) if part.strip()]


def suggestion(contact: Contact) -> str:
    """How a contact is offered, e.g. ``Dr Ada Lee (Northgate Cardiology) — (212) 555-0101``."""
    who = contact.name or contact.organization
    if contact.name and contact.organization:
        who = f"{contact.name} ({contact.organization})"
    number = fmt.phone(contact.fax_number)
    return f"{who} — {number}" if who else number


class RecipientCompleter(QObject):
    contact_chosen = Signal(object)  #: the Contact picked from the suggestions
    searched = Signal(int)  #: how many suggestions the last search found
    never_faxed_changed = Signal(str)  #: the warning for unknown numbers ("" when none)

    def __init__(self, edit: QLineEdit, book: AddressBook) -> None:
        super().__init__(edit)
        self._edit = edit
        self._book = book
        self._contacts: list[Contact] = []
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.warning = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._task: asyncio.Task[None] | None = None
        self._check_task: asyncio.Task[None] | None = None
        edit.textEdited.connect(self.on_edit_text_edited)
        edit.textChanged.connect(self.on_edit_text_changed)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.completer.activated.connect(self.on_completer_activated)

    @property
    def suggestions(self) -> list[Contact]:
        return list(self._contacts)

    def _current_word(self) -> str:
        parts = SEPARATORS.split(self._edit.text())
        return parts[-1].strip() if parts else ""

    def on_edit_text_edited(self, text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        if self._task is not None:
            self._task.cancel()
        with contextlib.suppress(RuntimeError):
            self._task = asyncio.get_running_loop().create_task(self._search(self._current_word()))

    async def _search(self, word: str) -> None:
        try:
            contacts = await self._book.search(word, limit=MAX_SUGGESTIONS) if word else []
        except MedsenderError as exc:
            log.info("address book search failed: %s", type(exc).__name__)
            contacts = []
        self._contacts = contacts
        self.model.setStringList([suggestion(c) for c in contacts])
        if contacts and self._edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self.searched.emit(len(contacts))

    def on_completer_activated(self, text: str) -> None:
        labels = self.model.stringList()
        if text not in labels:
            return
        contact = self._contacts[labels.index(text)]
        parts = SEPARATORS.split(self._edit.text())
        kept = [p.strip() for p in parts[:-1] if p.strip()]
        self._edit.setText("; ".join([*kept, fmt.phone(contact.fax_number)]))
        self.completer.popup().hide()
        self.contact_chosen.emit(contact)

    # --- never faxed ------------------------------------------------------------------------
    def on_edit_text_changed(self, text: str) -> None:
        if self._check_task is not None:
            self._check_task.cancel()
        with contextlib.suppress(RuntimeError):
            self._check_task = asyncio.get_running_loop().create_task(self._check(text))

    async def _check(self, text: str) -> None:
        unknown = []
        for typed in split_numbers(text):
            try:
                number = validation.normalize_phone(typed, "to_number")
            except ValidationError:
                continue  # the field's own check names it
            try:
                if await self._book.never_faxed(number):
                    unknown.append(fmt.phone(number))
            except MedsenderError as exc:
                log.info("never-faxed check failed: %s", type(exc).__name__)
        if unknown:
            warning = self.tr("No fax has been sent to {numbers} from this computer before. Check the "
                              "number digit by digit before sending.").format(numbers=", ".join(unknown))
        else:
            warning = ""
        if warning != self.warning:
            self.warning = warning
            self.never_faxed_changed.emit(warning)

    def stop(self) -> None:
        self._timer.stop()
        for task in (self._task, self._check_task):
            if task is not None:
                task.cancel()
