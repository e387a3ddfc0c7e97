"""Filters undone before pdfium to bound a stream: they decode what pdfium decodes, and never
more than their cap."""

from __future__ import annotations

import random
import zlib

import pytest

from medsender_desktop.documents import DocumentWorker, bounds, pdf_filters
from medsender_desktop.errors import DocumentError
from tests import hostile_documents as hostile

RNG = random.Random(7)
NOISE = bytes(RNG.getrandbits(8) for _ in range(300_000))  # like compressed data
TEXT = b"".join(b"BT /F1 6 Tf 10 %d Td (line %d) Tj ET\n" % (830 - i % 130 * 6, i)
                for i in range(8000))


@pytest.mark.parametrize("data", [b"", b"a", TEXT, NOISE], ids=["empty", "one", "text", "noise"])
def test_lzw_and_run_length_undo_their_encodings(data: bytes) -> None:
    assert pdf_filters.lzw_decode(hostile.lzw_encode(data), 10**9) == data
    assert pdf_filters.run_length_decode(hostile.run_length_encode(data), 10**9) == data


def test_each_layer_stops_one_byte_past_its_cap() -> None:
    assert len(pdf_filters.lzw_decode(hostile.lzw_spaces(10**7), 1000)) == 1001
    assert len(pdf_filters.run_length_decode(b"\x81 " * 10_000, 1000)) == 1001
    assert len(pdf_filters.inflate(zlib.compress(b" " * 10**7), 1000)) == 1001
    chain = [b"LZWDecode", b"FlateDecode"]
    assert pdf_filters.expanded_size(chain, hostile.lzw_encode(zlib.compress(TEXT)), 10**9) == len(TEXT)
    assert pdf_filters.expanded_size(chain, hostile.lzw_encode(zlib.compress(TEXT)), 100) == 101


def test_damaged_lzw_ends_the_count_where_it_breaks() -> None:
    good = hostile.lzw_encode(TEXT)
    half = pdf_filters.lzw_decode(good[: len(good) // 2], 10**9)
    assert len(TEXT) > len(half) > 0 and TEXT.startswith(half)
    assert pdf_filters.lzw_decode(b"\xff" * 64, 10**9) == b""  # an unknown first code


@pytest.mark.parametrize("chain", ["[/LZWDecode /FlateDecode]", "[/RunLengthDecode /FlateDecode]",
                                   "LZWDecode", "[/ASCIIHexDecode /LZWDecode]"])
async def test_an_honest_document_with_these_filters_is_accepted(
        documents: DocumentWorker, chain: str) -> None:
    inner = zlib.compress(TEXT) if "Flate" in chain else TEXT
    encoded = (hostile.run_length_encode(inner) if "RunLength" in chain
               else hostile.lzw_encode(inner))
    if "ASCIIHex" in chain:
        encoded = encoded.hex().encode() + b">"
    pdf = hostile.RawPdf([hostile.RawPage(encoded=encoded, filter_name=chain)]).build()
    bounds.check_pdf_streams(pdf)
    assert (await documents.inspect(pdf)).pages == 1


@pytest.mark.parametrize("bomb", [hostile.lzw_flate_bomb_pdf, hostile.run_length_flate_bomb_pdf,
                                  hostile.lzw_bomb_pdf])
def test_bombs_behind_or_made_of_these_filters_are_refused_before_pdfium(bomb) -> None:
    with pytest.raises(DocumentError, match="expands to far more data"):
        bounds.check_pdf_streams(bomb(256 * hostile.MIB))
