"""A corpus of hostile documents, generated here, plus random damage to real ones: each is
refused with a DocumentError or accepted within the time bound, and nothing else escapes."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medsender_desktop.documents import DocumentWorker, generate_tiff, pdf_filters
from medsender_desktop.errors import DocumentError
from tests import hostile_documents as hostile
from tests.fuzz.strategies import Tally, bounded
from tests.paths import CORPUS

pytestmark = pytest.mark.fuzz
SECONDS = 5.0
SEEDS = {
    "pdf": (CORPUS / "minimal-document.pdf").read_bytes(),
    "crop": hostile.crop_outside_pdf(),
    "tiff": generate_tiff(2),
    "looping tiff": hostile.tiff(3, 1728, 2200, loop_to=1),
    "bomb": hostile.flate_bomb_pdf(256 * hostile.MIB),
    "lzw bomb": hostile.lzw_flate_bomb_pdf(256 * hostile.MIB),
}


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["truncate", "flip", "insert", "count"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if how == "truncate":
            del data[at:]
        elif how == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:  # make any page count or size the file declares enormous
            data = bytearray(bytes(data).replace(b"/Count 1", b"/Count 999999999", 1)
                             .replace(b"595", b"9999999", 1))
    return bytes(data)


def judge(worker: DocumentWorker, data: bytes, tally: Tally) -> float:
    """Inspect, then render the first page and the thumbnails of what is accepted."""
    tally.tried += 1
    started = time.monotonic()

    async def run() -> None:
        try:
            info = await worker.inspect(data)
        except DocumentError:
            return
        for action in (worker.render_page(data, 0, scale=1.0),
                       worker.render_thumbnails(data, max_side=120)):
            with contextlib.suppress(DocumentError, IndexError):
                await action
        assert info.pages >= 1

    try:
        asyncio.run(run())
    except Exception as exc:  # anything but a DocumentError is a crash
        tally.crashes.append(f"{type(exc).__name__}: {exc}")
        raise
    return time.monotonic() - started


def test_the_hostile_corpus_is_judged_within_bounds(
    tmp_path: Path, run_summary: Callable[[str], None]
) -> None:
    tally = Tally("hostile document corpus")
    slowest = 0.0
    with DocumentWorker() as worker:
        for path in hostile.write_all(tmp_path).values():
            slowest = max(slowest, judge(worker, path.read_bytes(), tally))
    assert slowest < SECONDS
    run_summary(f"{tally.line()} (slowest {slowest:.2f} s)")


def test_randomly_damaged_documents_are_refused_or_shown(
    run_summary: Callable[[str], None],
) -> None:
    tally = Tally("damaged documents")
    slowest = [0.0]
    with DocumentWorker() as worker:

        @bounded(120)
        @given(damaged())
        def check(data: bytes) -> None:
            seconds = judge(worker, data, tally)
            slowest[0] = max(slowest[0], seconds)
            assert seconds < SECONDS

        check()
    run_summary(f"{tally.line()} (slowest {slowest[0]:.2f} s)")


CHAINS = [[b"LZWDecode"], [b"RunLengthDecode"], [b"LZWDecode", b"FlateDecode"],
          [b"RunLengthDecode", b"FlateDecode"], [b"ASCIIHexDecode", b"LZWDecode"],
          [b"FlateDecode", b"LZWDecode"], [b"ASCII85Decode", b"FlateDecode"]]


def test_random_filter_data_is_undone_within_its_cap_and_never_crashes(
    run_summary: Callable[[str], None],
) -> None:
    """Any bytes behind any chain of the filters counted before pdfium: a size up to cap + 1,
    and nothing raised."""
    tally = Tally("PDF filter chains")
    lzw_seed = hostile.lzw_spaces(200_000)

    @bounded(300)
    @given(st.sampled_from(CHAINS), st.one_of(st.binary(max_size=4096), st.builds(
        lambda cut, flip: bytes(b ^ (flip if i == cut else 0) for i, b in enumerate(lzw_seed)),
        st.integers(0, len(lzw_seed) - 1), st.integers(1, 255))),
        st.integers(1, 100_000), st.sampled_from([0, 1]))
    def check(chain: list[bytes], raw: bytes, cap: int, early: int) -> None:
        tally.tried += 1
        try:
            size = pdf_filters.expanded_size(chain, raw, cap, early)
        except Exception as exc:  # anything raised is a crash
            tally.crashes.append(f"{type(exc).__name__}: {exc}")
            raise
        assert 0 <= size <= cap + 1

    check()
    run_summary(tally.line())
