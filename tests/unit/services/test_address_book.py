"""The address book: real SQLite in a temp folder, search order, never-faxed, CSV round trips."""

from __future__ import annotations

import stat

import pytest

from medsender_desktop.errors import ValidationError
from medsender_desktop.services.address_book import AddressBook, Contact
from medsender_desktop.services.address_book_csv import (
    EXPORT_HEADER,
    ImportRefused,
    export_csv,
    import_csv,
    parse_csv,
)


@pytest.fixture
def book(tmp_path):
    store = AddressBook.in_dir(tmp_path)
    yield store
    store.close()


async def test_numbers_are_normalized_and_unique(book):
    saved = await book.save(Contact(name="Dr Ada Lee", fax_number="(212) 555-0101",
                                    organization="Northgate Cardiology"))
    assert saved.fax_number == "+12125550101" and saved.id > 0
    again = await book.save(Contact(name="Ada Lee MD", fax_number="212.555.0101"))
    assert again.id == saved.id and again.name == "Ada Lee MD"
    assert len(await book.all()) == 1
    assert (await book.find_number("+1 212 555 0101")).id == saved.id
    assert await book.find_number("not a number") is None


async def test_invalid_entries_are_refused_with_the_field(book):
    with pytest.raises(ValidationError) as bad_number:
        await book.save(Contact(name="X", fax_number="123"))
    assert bad_number.value.field == "to_number"
    with pytest.raises(ValidationError) as no_name:
        await book.save(Contact(name=" ", fax_number="2125550101"))
    assert no_name.value.field == "name"
    first = await book.save(Contact(name="A", fax_number="2125550101"))
    second = await book.save(Contact(name="B", fax_number="2125550102"))
    with pytest.raises(ValidationError):
        await book.save(Contact(name="B", fax_number=first.fax_number, id=second.id))


async def test_search_puts_recent_recipients_first_and_matches_digits(book):
    await book.save(Contact(name="Zed Clinic", fax_number="2125550101"))
    await book.save(Contact(name="Alpha Labs", fax_number="2125550102", notes="lab results"))
    await book.save(Contact(name="Mid Imaging", fax_number="4155550103",
                            organization="Lab Imaging Group"))
    await book.record_use("2125550101", when=1000.0)
    await book.record_use("415-555-0103", when=2000.0)
    names = [c.name for c in await book.search("")]
    assert names == ["Mid Imaging", "Zed Clinic", "Alpha Labs"]
    assert [c.name for c in await book.search("lab")] == ["Mid Imaging", "Alpha Labs"]
    assert [c.name for c in await book.search("(212) 555-01")] == ["Zed Clinic", "Alpha Labs"]
    assert [c.name for c in await book.search("Zed_")] == []  # LIKE wildcards are literal
    assert len(await book.search("", limit=2)) == 2


async def test_never_faxed_until_a_fax_is_recorded(book):
    await book.save(Contact(name="Imported Only", fax_number="2125550101"))
    assert await book.never_faxed("212-555-0101")
    assert await book.never_faxed("3125550199")
    used = await book.record_use("(312) 555-0199", name="New Office")
    assert used.use_count == 1 and used.name == "New Office" and used.last_used
    again = await book.record_use("3125550199", name="Other label")
    assert again.use_count == 2 and again.name == "New Office"
    assert not await book.never_faxed("+13125550199")


async def test_the_file_is_private(book):
    await book.save(Contact(name="A", fax_number="2125550101"))
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600


EHR_EXPORT = (
    "\ufeffProvider Last Name;Provider First Name;Credentials;Practice Name;Fax #;Phone;Comments\r\n"
    "Lee;Ada;MD;Northgate Cardiology;(212) 555-0101;212-555-0100;prefers cover sheet\r\n"
    "Doe;Jon;;Southside Labs;not on file;;\r\n"
    ";;;;;;\r\n"
    "Kim;Sam;DO;Harbor Ortho;415.555.0102;;\r\n"
).encode("utf-8")


async def test_import_accepts_ehr_header_variants_and_reports_bad_rows(book):
    result = await import_csv(book, EHR_EXPORT)
    assert (result.added, result.updated) == (2, 0)
    assert [n for n, _ in result.skipped] == [3]
    assert "1 rows skipped (rows 3" in result.summary
    lee = await book.find_number("2125550101")
    assert (lee.name, lee.organization, lee.notes) == ("Ada Lee, MD", "Northgate Cardiology",
                                                       "prefers cover sheet")
    again = await import_csv(book, EHR_EXPORT)
    assert (again.added, again.updated) == (0, 2)


def test_import_variants_tab_and_cp1252():
    data = "Name\tFax Number\tOrganisation\nRené Côté\t+1 (646) 555-0107\tClinique\n".encode("cp1252")
    contacts, skipped = parse_csv(data)
    assert not skipped
    assert [(c.name, c.fax_number, c.organization) for c in contacts] == [
        ("René Côté", "+16465550107", "Clinique")]


@pytest.mark.parametrize(("data", "words"), [
    (b"Name,Phone\nA,2125550101\n", "no fax number column"),
    (b"Fax,Phone\n2125550101,1\n", "no name or organization column"),
    (b"", "empty"),
    (b"Name,Fax\n\"A,2125550101\n", "not a valid CSV"),
    (b"x" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
])
def test_unusable_files_are_refused_in_plain_words(data, words):
    with pytest.raises(ImportRefused) as refused:
        parse_csv(data)
    assert words in refused.value.message


async def test_export_round_trips_and_neutralizes_formulas(book, tmp_path):
    await book.save(Contact(name="=HYPERLINK(\"x\")", organization="@Org", fax_number="2125550101",
                            notes="line one"))
    await book.record_use("2125550101")
    data = await export_csv(book)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(EXPORT_HEADER)
    assert "'=HYPERLINK" in text and "'@Org" in text
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    other = AddressBook(tmp_path / "other.sqlite3")
    try:
        result = await import_csv(other, path)
        assert result.added == 1
        (contact,) = await other.all()
        assert (contact.name, contact.organization, contact.notes) == (
            '=HYPERLINK("x")', "@Org", "line one")
    finally:
        other.close()
