"""Limits checked before pdfium or Pillow decode anything, plus a budget checked between pages.

A 1 MB PDF can hold a content stream that inflates to a gigabyte, which pdfium parses in full
when a page loads; a 60 KB TIFF can declare hundreds of 8000 x 11000 pages, which Pillow
decodes one by one. So, from the bytes alone:

* every stream that expands (Flate, LZW, RunLength, alone or chained, also behind ASCIIHex or
  ASCII85) is undone with a cap (:mod:`.pdf_filters`; the last Flate layer is counted in small
  pieces, never kept), and the document is refused once one stream or all of them together
  would expand past a limit;
* a TIFF's page chain (its IFDs) is walked with ``struct``: the page count and each page's
  pixel area come from the headers, a chain that loops is damage.

While pages are decoded, :class:`Budget` refuses a document that has used too much CPU time
on the worker thread or grown the process by too much memory (read as :mod:`.memory` can on
each platform: Linux, Windows, macOS).
"""

from __future__ import annotations

import itertools
import re
import struct
import time
from typing import Final

from medsender_desktop.documents import memory as memory_probe
from medsender_desktop.documents import pdf_filters, refusals
from medsender_desktop.documents.kinds import FileKind
from medsender_desktop.errors import DocumentError

MIB: Final = 1024 * 1024
#: A page's content stream (or an object stream) never needs this much; images may need more.
MAX_CONTENT_STREAM: Final = 32 * MIB
MAX_IMAGE_STREAM: Final = 128 * MIB
MAX_INFLATED_TOTAL: Final = 384 * MIB
#: One page (600 dpi Letter is 34 million pixels) and a whole document of pages.
MAX_PAGE_PIXELS: Final = 50_000_000
MAX_TOTAL_PIXELS: Final = 1_200_000_000
#: Per document, on the worker thread: CPU seconds, and growth of the process's memory.
CPU_SECONDS: Final = 4.0
MEMORY_GROWTH: Final = 400 * MIB

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_EARLY_CHANGE_0 = re.compile(rb"/EarlyChange\s+0\b")


def check_pdf_streams(data: bytes) -> None:
    """Refuse a PDF whose compressed streams would inflate past the limits."""
    total = 0
    for match in _STREAM.finditer(data):
        head_start = max(0, match.start() - 4096)
        head = data[head_start : match.start()]
        if not head.rstrip().endswith(b">>"):
            continue
        objects = list(_OBJ.finditer(head))
        if objects:
            head = head[objects[-1].end() :]
        found = _FILTER.search(head)
        if found is None:
            continue
        names = _NAME.findall(found.group(1))
        chain = list(itertools.takewhile(lambda name: name in pdf_filters.UNDONE_HERE, names))
        if not any(name in pdf_filters.EXPANDING for name in chain):
            continue  # nothing that expands, or only behind a filter not undone here
        cap = MAX_IMAGE_STREAM if re.search(rb"/Subtype\s*/Image", head) else MAX_CONTENT_STREAM
        cap = min(cap, MAX_INFLATED_TOTAL - total)
        if len(chain) == 1 and chain[0] in pdf_filters.FLATE:  # the common case: count in place
            size = pdf_filters.inflated_size(data, match.end(), cap)
        else:
            end = data.find(b"endstream", match.end())
            early = 0 if _EARLY_CHANGE_0.search(head) else 1
            size = pdf_filters.expanded_size(
                chain, data[match.end() : end if end > 0 else len(data)], cap, early)
        total += size
        if size > cap or total > MAX_INFLATED_TOTAL:
            raise refusals.expands_too_much()


# --- TIFF ---------------------------------------------------------------------------------------
_TIFF_TYPES: Final = {3: ("H", 2), 4: ("I", 4), 16: ("Q", 8)}
_WIDTH, _LENGTH = 256, 257


def tiff_page_sizes(data: bytes) -> list[tuple[int, int]]:
    """(width, height) of every page in the IFD chain, from the headers alone.

    Raises a "damaged" DocumentError for a chain that loops or points outside the file.
    """
    if len(data) < 8 or data[:2] not in (b"II", b"MM"):
        raise _damaged("no TIFF byte order mark")
    order = "<" if data[:2] == b"II" else ">"
    (magic,) = struct.unpack_from(order + "H", data, 2)
    big = magic == 43
    if magic not in (42, 43):
        raise _damaged(f"TIFF magic {magic}")
    try:
        offset = struct.unpack_from(order + ("Q" if big else "I"), data, 8 if big else 4)[0]
        count_fmt, count_size = ("Q", 8) if big else ("H", 2)
        entry_size, next_fmt = (20, "Q") if big else (12, "I")
        sizes: list[tuple[int, int]] = []
        seen: set[int] = set()
        while offset:
            if offset in seen:
                raise _damaged(f"the page chain loops back to offset {offset}")
            if offset >= len(data):
                raise _damaged(f"a page directory at {offset} is past the end of the file")
            seen.add(offset)
            (entries,) = struct.unpack_from(order + count_fmt, data, offset)
            base = offset + count_size
            if base + entries * entry_size + (8 if big else 4) > len(data):
                raise _damaged(f"the page directory at {offset} runs past the end of the file")
            width = height = 0
            for index in range(entries):
                at = base + index * entry_size
                tag, kind = struct.unpack_from(order + "HH", data, at)
                if tag in (_WIDTH, _LENGTH) and kind in _TIFF_TYPES:
                    value_at = at + (12 if big else 8)
                    (value,) = struct.unpack_from(order + _TIFF_TYPES[kind][0], data, value_at)
                    width, height = (value, height) if tag == _WIDTH else (width, value)
            sizes.append((width, height))
            (offset,) = struct.unpack_from(order + next_fmt, data, base + entries * entry_size)
    except struct.error as exc:
        raise _damaged("a page directory is cut short") from exc
    return sizes


def _damaged(detail: str) -> DocumentError:
    """"This TIFF is damaged", with what exactly in its cause (for logs, not for people)."""
    error = refusals.corrupt(FileKind.TIFF)
    error.__cause__ = ValueError(detail)
    return error


def check_tiff(data: bytes, max_pages: int | None) -> int:
    """The TIFF's page count, refusing too many pages, pages too large and loops."""
    sizes = tiff_page_sizes(data)
    if max_pages is not None and len(sizes) > max_pages:
        raise refusals.too_many_pages(len(sizes), max_pages)
    total = 0
    for width, height in sizes:
        area = width * height
        total += area
        if area > MAX_PAGE_PIXELS or total > MAX_TOTAL_PIXELS:
            raise refusals.image_too_large()
    return len(sizes)


def check_before_decoding(data: bytes, kind: FileKind, max_pages: int | None = None) -> None:
    if kind is FileKind.PDF:
        check_pdf_streams(data)
    elif kind is FileKind.TIFF:
        check_tiff(data, max_pages)


# --- the budget ---------------------------------------------------------------------------------
class Budget:
    """CPU time on this thread and memory growth of the process, for one document."""

    def __init__(self, cpu_seconds: float = CPU_SECONDS, memory_growth: int = MEMORY_GROWTH,
                 memory: memory_probe.Probe | None = None) -> None:
        """``memory``: how the process's memory is read (default: this platform's way)."""
        self._cpu_deadline = time.thread_time() + cpu_seconds
        self.memory = memory or memory_probe.probe_for()
        start = self.memory()
        self.memory_ceiling = None if start is None else start + memory_growth

    def check(self) -> None:
        """Call between pages: refuses a document that is taking too much."""
        if time.thread_time() > self._cpu_deadline:
            raise refusals.too_slow()
        if self.memory_ceiling is not None:
            now = self.memory()
            if now is not None and now > self.memory_ceiling:
                raise refusals.expands_too_much()
