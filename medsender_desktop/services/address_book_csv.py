"""Address book CSV import and export, in the column layout of common EHR contact exports.

Export writes a header row and these columns, in this order (UTF-8 with a byte-order mark so
Excel opens it right; comma separated)::

    Name, Organization, Fax Number, Notes, Last Used, Times Faxed

Import reads any CSV (comma, semicolon or tab separated; UTF-8 with or without BOM, else
Windows-1252) whose header names at least a fax column and a name or organization column.
Header variants accepted (case, spaces, ``_``, ``-``, ``#`` and ``.`` ignored):

* name: ``Name``, ``Full Name``, ``Contact``, ``Contact Name``, ``Provider``, ``Provider Name``,
  ``Recipient``, ``Recipient Name``, ``Display Name``, ``Referring Provider``, ``Physician``;
  or ``First Name`` + ``Last Name`` (also ``Given Name``/``Family Name``, ``Surname``, and
  prefixed forms such as ``Provider First Name``),
  with an optional ``Credentials``/``Suffix`` (e.g. ``MD``) appended.
* organization: ``Organization``, ``Organisation``, ``Practice``, ``Practice Name``,
  ``Facility``, ``Facility Name``, ``Clinic``, ``Company``, ``Location``, ``Group``,
  ``Office``, ``Department``, ``Specialty``(only when no other organization column).
* fax: ``Fax``, ``Fax Number``, ``Fax #``, ``Fax No``, ``Business Fax``, ``Work Fax``,
  ``Office Fax``, ``Primary Fax``, ``Fax Phone``.
* notes: ``Notes``, ``Note``, ``Comments``, ``Comment``, ``Description``.

Columns not listed are ignored. A row whose fax number is missing or not a valid number is
skipped and reported by row number (never by content). At most 5 MB and 50,000 rows.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from medsender_desktop.errors import MedsenderError, ValidationError
from medsender_desktop.services.address_book import AddressBook, Contact, normalize_contact

MAX_BYTES: Final = 5 * 1024 * 1024
MAX_ROWS: Final = 50_000
EXPORT_HEADER: Final = ("Name", "Organization", "Fax Number", "Notes", "Last Used",
                        "Times Faxed")
_FORMULA: Final = ("=", "+", "-", "@", "\t", "\r")

_NAME = {"name", "fullname", "contact", "contactname", "provider", "providername", "recipient",
         "recipientname", "displayname", "referringprovider", "physician"}
_FIRST = {"firstname", "givenname", "first"}
_LAST = {"lastname", "familyname", "surname", "last"}
_SUFFIX = {"credentials", "credential", "suffix", "title", "degree"}
_ORG = {"organization", "organisation", "practice", "practicename", "facility", "facilityname",
        "clinic", "clinicname", "company", "location", "group", "groupname", "office",
        "department"}
_ORG_FALLBACK = {"specialty", "speciality"}
_FAX = {"fax", "faxnumber", "faxno", "faxnum", "businessfax", "workfax", "officefax",
        "primaryfax", "faxphone"}
_NOTES = {"notes", "note", "comments", "comment", "description"}


class ImportRefused(MedsenderError):
    """The file cannot be imported at all (too large, no header, no fax column)."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    #: (row number as a spreadsheet shows it, why it was skipped)
    skipped: tuple[tuple[int, str], ...] = field(default=())

    @property
    def summary(self) -> str:
        text = f"{self.added} contacts added, {self.updated} updated"
        if self.skipped:
            rows = ", ".join(str(n) for n, _ in self.skipped[:10])
            more = "…" if len(self.skipped) > 10 else ""
            text += f"; {len(self.skipped)} rows skipped (rows {rows}{more}: no valid fax number)"
        return text + "."


def _key(header: str) -> str:
    return re.sub(r"[\s_\-#.()/]", "", header.strip().lower())


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _columns(header: list[str]) -> dict[str, int | list[int]]:
    found: dict[str, int | list[int]] = {}
    keys = [_key(h) for h in header]
    for index, key in enumerate(keys):
        for role, names in (("name", _NAME), ("first", _FIRST), ("last", _LAST),
                            ("suffix", _SUFFIX), ("org", _ORG), ("fax", _FAX),
                            ("notes", _NOTES)):
            if key in names and role not in found:
                found[role] = index
        if key.endswith(("firstname", "givenname")) and "first" not in found:
            found["first"] = index
        if key.endswith(("lastname", "familyname", "surname")) and "last" not in found:
            found["last"] = index
        if key in _ORG_FALLBACK and "org_fallback" not in found:
            found["org_fallback"] = index
    if "org" not in found and "org_fallback" in found:
        found["org"] = found["org_fallback"]
    if "fax" not in found:
        raise ImportRefused("This file has no fax number column. Export the contacts with a "
                            "column named Fax or Fax Number and try again.")
    if not ({"name", "org", "first", "last"} & found.keys()):
        raise ImportRefused("This file has no name or organization column. Export the "
                            "contacts with a Name or Organization column and try again.")
    return found


def _cell(row: list[str], index: int | list[int] | None) -> str:
    if not isinstance(index, int) or index >= len(row):
        return ""
    value = row[index].strip()
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value  # our export


def parse_csv(data: bytes) -> tuple[list[Contact], list[tuple[int, str]]]:
    """Contacts (normalized, last row wins per number) and skipped rows from CSV bytes."""
    if len(data) > MAX_BYTES:
        raise ImportRefused("This file is larger than 5 MB; split it and import each part.")
    text = _decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportRefused("This file is empty or is not a CSV file.") from exc
    cols = _columns(header)
    contacts: dict[str, Contact] = {}
    skipped: list[tuple[int, str]] = []
    try:
        for number, row in enumerate(reader, start=2):
            if number > MAX_ROWS + 1:
                raise ImportRefused("This file has more than 50,000 rows; split it and import "
                                    "each part.")
            if not any(cell.strip() for cell in row):
                continue
            name = _cell(row, cols.get("name")) or " ".join(
                p for p in (_cell(row, cols.get("first")), _cell(row, cols.get("last"))) if p)
            suffix = _cell(row, cols.get("suffix"))
            if name and suffix and "name" not in cols:
                name = f"{name}, {suffix}"
            try:
                contact = normalize_contact(Contact(
                    name=name, organization=_cell(row, cols.get("org")),
                    fax_number=_cell(row, cols.get("fax")), notes=_cell(row, cols.get("notes"))))
            except ValidationError as exc:
                skipped.append((number, exc.message))
                continue
            contacts[contact.fax_number] = contact
    except csv.Error as exc:
        raise ImportRefused("This file is not a valid CSV file (a quote is not closed).") from exc
    return list(contacts.values()), skipped


def _read(source: Path) -> bytes:
    try:
        if source.stat().st_size > MAX_BYTES:
            raise ImportRefused("This file is larger than 5 MB; split it and import each part.")
        return source.read_bytes()
    except OSError as exc:
        raise ImportRefused("This file could not be read. Check that it still exists and "
                            "try again.") from exc


async def import_csv(book: AddressBook, source: Path | bytes) -> ImportResult:
    data = await asyncio.to_thread(_read, source) if isinstance(source, Path) else source
    contacts, skipped = parse_csv(data)
    added, updated = await book.merge(contacts)
    return ImportResult(added=added, updated=updated, skipped=tuple(skipped))


def _safe(value: str) -> str:
    """Cells a spreadsheet would run as a formula are written as text."""
    return "'" + value if value[:1] in _FORMULA else value


async def export_csv(book: AddressBook) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    for c in await book.all():
        used = (dt.datetime.fromtimestamp(c.last_used).strftime("%Y-%m-%d %H:%M")
                if c.last_used else "")
        writer.writerow([_safe(c.name), _safe(c.organization), c.fax_number,
                         _safe(c.notes), used, str(c.use_count)])
    return out.getvalue().encode("utf-8-sig")
