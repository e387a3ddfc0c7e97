"""The local address book: people and offices this clinic faxes, for the To field.

One SQLite file in the data folder (``address_book.sqlite3``, mode 0600). Fax numbers are
stored normalized (E.164), one entry per number. The outbox calls :meth:`AddressBook.record_use`
after each fax it hands to Medsender, so autocomplete shows recent recipients first and the
send dialog can warn about a number that was never faxed from this computer.

CSV import and export use the column layout of common EHR contact exports; see
:mod:`medsender_desktop.services.address_book_csv`.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from medsender_desktop.api import validation
from medsender_desktop.errors import ValidationError
from medsender_desktop.services.sqlite_store import SqliteStore, private_file

ADDRESS_BOOK_FILE: Final = "address_book.sqlite3"
NAME_MAX: Final = 200
NOTES_MAX: Final = 2000


@dataclass(frozen=True, slots=True, repr=False)
class Contact:
    """One address-book entry. ``id`` is 0 for an entry not saved yet."""

    name: str
    fax_number: str
    organization: str = ""
    notes: str = ""
    id: int = 0
    last_used: float | None = None
    use_count: int = 0

    def __repr__(self) -> str:  # names and numbers stay out of logs
        return f"Contact(id={self.id}, use_count={self.use_count})"

    @property
    def label(self) -> str:
        """What the To field's completion shows, e.g. ``Dr Ada Lee (Northgate) +12125550101``."""
        who = self.name or self.organization or self.fax_number
        if self.name and self.organization:
            who = f"{self.name} ({self.organization})"
        return f"{who} {self.fax_number}" if who != self.fax_number else who


def _clean(value: str | None, limit: int, what: str) -> str:
    text = " ".join((value or "").split()) if what != "notes" else (value or "").strip()
    if len(text) > limit:
        raise ValidationError(f"The {what} is too long ({limit} characters at most).", field=what)
    return text


def normalize_contact(contact: Contact) -> Contact:
    """The contact with its number in E.164 and its texts trimmed (refused if invalid)."""
    number = validation.normalize_phone(contact.fax_number, "to_number")
    name = _clean(contact.name, NAME_MAX, "name")
    organization = _clean(contact.organization, NAME_MAX, "organization")
    if not name and not organization:
        raise ValidationError("Enter a name or an organization for this contact.", field="name")
    return Contact(name=name, fax_number=number, organization=organization,
                   notes=_clean(contact.notes, NOTES_MAX, "notes"), id=contact.id,
                   last_used=contact.last_used, use_count=contact.use_count)


def _row(row: tuple[Any, ...]) -> Contact:
    return Contact(id=row[0], name=row[1], organization=row[2], fax_number=row[3], notes=row[4],
                   last_used=row[5], use_count=row[6])


_COLUMNS = "id, name, organization, fax_number, notes, last_used, use_count"
_ORDER = "ORDER BY last_used IS NULL, last_used DESC, use_count DESC, name COLLATE NOCASE"


class AddressBook(SqliteStore):
    schema = """
    CREATE TABLE IF NOT EXISTS contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        fax_number TEXT NOT NULL UNIQUE,
        notes TEXT NOT NULL DEFAULT '',
        last_used REAL,
        use_count INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL
    );
    """

    @classmethod
    def in_dir(cls, data_dir: Path) -> AddressBook:
        return cls(private_file(data_dir / ADDRESS_BOOK_FILE))

    # --- reading -------------------------------------------------------------------------
    async def all(self) -> list[Contact]:
        return await self.run(lambda c: [_row(r) for r in c.execute(
            f"SELECT {_COLUMNS} FROM contacts {_ORDER}")])

    async def get(self, contact_id: int) -> Contact | None:
        def query(conn: sqlite3.Connection) -> Contact | None:
            row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
            return _row(row) if row else None

        return await self.run(query)

    async def find_number(self, fax_number: str) -> Contact | None:
        """The entry for a number typed in any format (None if unknown or not a number)."""
        try:
            number = validation.normalize_phone(fax_number, "to_number")
        except ValidationError:
            return None

        def query(conn: sqlite3.Connection) -> Contact | None:
            row = conn.execute(f"SELECT {_COLUMNS} FROM contacts WHERE fax_number = ?",
                               (number,)).fetchone()
            return _row(row) if row else None

        return await self.run(query)

    async def search(self, text: str, limit: int = 10) -> list[Contact]:
        """Autocomplete: entries whose name, organization, notes or number contain ``text``
        (digits match the number however it is typed), recent recipients first."""
        words = (text or "").strip()
        digits = "".join(ch for ch in words if ch.isdigit())
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

        def query(conn: sqlite3.Connection) -> list[Contact]:
            if not words:
                rows = conn.execute(f"SELECT {_COLUMNS} FROM contacts {_ORDER} LIMIT ?", (limit,))
            else:
                rows = conn.execute(
                    f"SELECT {_COLUMNS} FROM contacts WHERE name LIKE ? ESCAPE '\\' "
                    "OR organization LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\' "
                    f"OR (? != '' AND fax_number LIKE ?) {_ORDER} LIMIT ?",
                    (like, like, like, digits, f"%{digits}%", limit),
                )
            return [_row(r) for r in rows]

        return await self.run(query)

    async def never_faxed(self, fax_number: str) -> bool:
        """True when nothing was ever sent to this number from this address book's computer."""
        contact = await self.find_number(fax_number)
        return contact is None or contact.use_count == 0

    # --- writing -------------------------------------------------------------------------
    async def save(self, contact: Contact) -> Contact:
        """Add (``id`` 0) or update an entry; a number already in the book updates that entry."""
        clean = normalize_contact(contact)

        def write(conn: sqlite3.Connection) -> int:
            if clean.id:
                clash = conn.execute("SELECT id FROM contacts WHERE fax_number = ? AND id != ?",
                                     (clean.fax_number, clean.id)).fetchone()
                if clash:
                    raise ValidationError("Another contact already has this fax number.",
                                          field="fax_number")
                conn.execute("UPDATE contacts SET name=?, organization=?, fax_number=?, notes=? "
                             "WHERE id=?", (clean.name, clean.organization, clean.fax_number,
                                            clean.notes, clean.id))
                return clean.id
            conn.execute(
                "INSERT INTO contacts (name, organization, fax_number, notes, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(fax_number) DO UPDATE SET "
                "name=excluded.name, organization=excluded.organization, notes=excluded.notes",
                (clean.name, clean.organization, clean.fax_number, clean.notes, time.time()))
            return int(conn.execute("SELECT id FROM contacts WHERE fax_number = ?",
                                    (clean.fax_number,)).fetchone()[0])

        contact_id = await self.run(write)
        saved = await self.get(contact_id)
        assert saved is not None
        return saved

    async def remove(self, contact_id: int) -> None:
        await self.run(lambda c: c.execute("DELETE FROM contacts WHERE id = ?", (contact_id,)))

    async def record_use(self, fax_number: str, name: str | None = None,
                         when: float | None = None) -> Contact:
        """Count one fax sent to ``fax_number`` (adding it to the book when it is new)."""
        number = validation.normalize_phone(fax_number, "to_number")
        label = _clean(name, NAME_MAX, "name")
        at = time.time() if when is None else when

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO contacts (name, fax_number, last_used, use_count, created_at) "
                "VALUES (?, ?, ?, 1, ?) ON CONFLICT(fax_number) DO UPDATE SET "
                "last_used=excluded.last_used, use_count=use_count + 1, "
                "name=CASE WHEN name = '' AND organization = '' THEN excluded.name ELSE name END",
                (label, number, at, at))

        await self.run(write)
        contact = await self.find_number(number)
        assert contact is not None
        return contact

    async def merge(self, contacts: list[Contact]) -> tuple[int, int]:
        """Import already-normalized contacts: new numbers added, known ones updated (texts
        only; use counts kept). Returns (added, updated)."""
        def write(conn: sqlite3.Connection) -> tuple[int, int]:
            added = updated = 0
            now = time.time()
            for c in contacts:
                known = conn.execute("SELECT id FROM contacts WHERE fax_number = ?",
                                     (c.fax_number,)).fetchone()
                if known:
                    conn.execute("UPDATE contacts SET name=?, organization=?, "
                                 "notes=CASE WHEN ? != '' THEN ? ELSE notes END WHERE id=?",
                                 (c.name, c.organization, c.notes, c.notes, known[0]))
                    updated += 1
                else:
                    conn.execute("INSERT INTO contacts (name, organization, fax_number, notes, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)",
                                 (c.name, c.organization, c.fax_number, c.notes, now))
                    added += 1
            return added, updated

        return await self.run(write)
