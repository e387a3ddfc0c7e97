"""Field rules checked before upload: phone (E.164), DOB, email, enums and numeric bounds."""

from __future__ import annotations

import datetime as dt

import pytest

from medsender_desktop.api import validation as v
from medsender_desktop.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "e164"),
    [("9174732192", "+19174732192"), ("(917) 473-2192", "+19174732192"),
     ("+1 917.473.2192", "+19174732192"), ("1-917-473-2192", "+19174732192"),
     ("+1 416 555 0134", "+14165550134")],  # Canada: also NANP
)
def test_phone_numbers_normalize_to_e164(raw, e164):
    assert v.normalize_phone(raw) == e164


@pytest.mark.parametrize("raw", ["", "   ", "123", "555-0100", "not a number", "+1 000 000 0000", "917473219212345"])
def test_invalid_phone_numbers_are_refused_with_field_and_no_echo(raw):
    with pytest.raises(ValidationError) as info:
        v.normalize_phone(raw, "from_number")
    assert info.value.field == "from_number"
    assert "sender's fax number" in str(info.value)
    if raw.strip():
        assert raw.strip() not in str(info.value)


def test_dob_rules():
    today = dt.date(2026, 11, 25)
    assert v.validate_dob("1974-08-14", today=today) == "1974-08-14"
    assert v.validate_dob("2026-11-25", today=today) == "2026-11-25"
    for bad in ("2026-11-26", "14/08/1974", "1974-8-14", "1974-02-30", "", "1899-12-31"):
        with pytest.raises(ValidationError) as info:
            v.validate_dob(bad, today=today)
        assert info.value.field == "patient_dob"


@pytest.mark.parametrize("good", ["john.doe@medsender.com", "a+b@sub.example.org", "x@y.co"])
def test_good_emails(good):
    assert v.validate_email(good) == good


@pytest.mark.parametrize("bad", ["", "john", "john@", "@x.com", "a@b", "a b@c.com", "a..b@c.com", "a@-b.com"])
def test_bad_emails(bad):
    with pytest.raises(ValidationError):
        v.validate_email(bad)


def test_enums_and_bounds():
    assert v.validate_document_type(None) == "both"
    assert v.validate_document_type("document_only") == "document_only"
    with pytest.raises(ValidationError):
        v.validate_document_type("cover")
    assert v.validate_page_size(1) == 1 and v.validate_page_size("100") == 100
    for bad in (0, 101, "x", -5, "1.5"):
        with pytest.raises(ValidationError):
            v.validate_page_size(bad)
    assert v.validate_expire_after(1) == 1 and v.validate_expire_after(180) == 180
    for bad in (0, 181, "soon"):
        with pytest.raises(ValidationError):
            v.validate_expire_after(bad)
    assert v.validate_order("asc") == "asc" and v.validate_order(None) == "dsc"
    with pytest.raises(ValidationError):
        v.validate_order("up")


@pytest.mark.parametrize("bad", ["\uff14\uff11\uff15", "\u0664\u0661\u0665", "41\uff15", "015", "41", "4155"])
def test_area_code_must_be_three_ascii_digits(bad):
    with pytest.raises(ValidationError) as err:
        v.validate_area_code(bad)
    assert err.value.field == "area_code" and "3 digits" in str(err.value)


def test_area_code_accepts_ascii_digits():
    assert v.validate_area_code(" 415 ") == "415"


@pytest.mark.parametrize("url", ["https://user:secret@x.com/cb", "https://user@x.com/cb",
                                 "https://:secret@x.com/cb", "http://u:p@127.0.0.1:8000/cb"])
def test_callback_url_with_user_or_password_is_refused_in_plain_words(url):
    with pytest.raises(ValidationError) as err:
        v.validate_callback_url(url)
    message = str(err.value)
    assert "user name or password" in message and "secret" not in message
    assert "must start with https://" not in message


@pytest.mark.parametrize("url", ["https://x.com:99999/cb", "https://x.com:port/cb",
                                 "https://[::1/cb"])
def test_unreadable_callback_url_says_it_cannot_be_read(url):
    with pytest.raises(ValidationError) as err:
        v.validate_callback_url(url)
    message = str(err.value)
    assert "cannot be read" in message and "must start with https://" not in message
    assert "99999" not in message


def test_good_callback_urls_still_pass():
    assert v.validate_callback_url("https://x.com:8443/cb") == "https://x.com:8443/cb"
    assert v.validate_callback_url("http://127.0.0.1:9000/cb") == "http://127.0.0.1:9000/cb"
    with pytest.raises(ValidationError, match="must start with https://"):
        v.validate_callback_url("http://x.com/cb")
