"""PDF stream filters undone with a cap, to learn how large a stream expands before pdfium does.

Only the filters that can be undone here in plain Python are handled: ASCIIHex and ASCII85
(they shrink), LZW, RunLength and Flate (they expand). A chain of them (e.g. ``[/LZWDecode
/FlateDecode]``) is undone layer by layer; no layer is allowed past ``cap`` bytes, and the last
Flate layer is only counted, never kept. Damaged data ends the count where it breaks: pdfium
then judges the stream as it is.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Sequence
from typing import Final

MIB: Final = 1024 * 1024
ASCII: Final = frozenset({b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85"})
FLATE: Final = frozenset({b"FlateDecode", b"Fl"})
LZW: Final = frozenset({b"LZWDecode", b"LZW"})
RUN_LENGTH: Final = frozenset({b"RunLengthDecode", b"RL"})
#: filters that make a stream larger than it is in the file
EXPANDING: Final = FLATE | LZW | RUN_LENGTH
UNDONE_HERE: Final = ASCII | EXPANDING
_PIECE: Final = 256 * 1024
_LZW_CLEAR, _LZW_END, _LZW_MAX = 256, 257, 4096


def inflated_size(data: bytes, start: int, cap: int) -> int:
    """How many bytes the zlib stream at ``start`` inflates to, counting at most ``cap + 1``."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):  # zlib-wrapped, else raw deflate
        inflater = zlib.decompressobj(wbits)
        total = 0
        position = start
        try:
            while position < len(data) and not inflater.eof and total <= cap:
                piece = data[position : position + _PIECE]
                position += len(piece)
                out = inflater.decompress(piece, MIB)
                total += len(out)
                while inflater.unconsumed_tail and total <= cap:
                    out = inflater.decompress(inflater.unconsumed_tail, MIB)
                    total += len(out)
            return total
        except zlib.error:
            if total:
                return total
    return 0


def inflate(data: bytes, cap: int) -> bytes:
    """The zlib (or raw deflate) stream, inflated to at most ``cap + 1`` bytes."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        try:
            return inflater.decompress(data, cap + 1)
        except zlib.error:
            continue
    return b""


def ascii_decode(name: bytes, raw: bytes) -> bytes | None:
    try:
        if name in (b"ASCIIHexDecode", b"AHx"):
            text = re.sub(rb"\s", b"", raw.split(b">", 1)[0])
            return binascii.unhexlify(text + b"0" * (len(text) % 2))
        return base64.a85decode(raw.split(b"~>", 1)[0].strip() + b"~>", adobe=False)
    except (ValueError, binascii.Error):
        return None


def lzw_decode(raw: bytes, cap: int, early_change: int = 1) -> bytes:
    """PDF LZWDecode (codes of 9 to 12 bits, most significant bit first), at most ``cap + 1``
    bytes; stops at the end code or at damage."""
    out = bytearray()
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    width, previous, bits, count = 9, b"", 0, 0
    for byte in raw:
        bits = (bits << 8) | byte
        count += 8
        while count >= width:
            count -= width
            code = bits >> count
            bits &= (1 << count) - 1
            if code == _LZW_CLEAR:
                del table[258:]
                width, previous = 9, b""
                continue
            if code == _LZW_END:
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if previous and len(table) < _LZW_MAX:
                    table.append(previous + entry[:1])
            elif code == len(table) and previous:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                return bytes(out)  # damaged
            out += entry
            if len(out) > cap:
                return bytes(out[: cap + 1])
            previous = entry
            if len(table) + early_change >= 1 << width and width < 12:
                width += 1
    return bytes(out)


def run_length_decode(raw: bytes, cap: int) -> bytes:
    """PDF RunLengthDecode (PackBits), at most ``cap + 1`` bytes."""
    out = bytearray()
    position = 0
    while position < len(raw) and len(out) <= cap:
        length = raw[position]
        if length == 128:
            break
        if length < 128:
            out += raw[position + 1 : position + 2 + length]
            position += length + 2
        else:
            out += raw[position + 1 : position + 2] * (257 - length)
            position += 2
    return bytes(out[: cap + 1])


def expanded_size(chain: Sequence[bytes], raw: bytes, cap: int, early_change: int = 1) -> int:
    """The size of ``raw`` once every filter of ``chain`` (all in :data:`UNDONE_HERE`) is undone,
    counting at most ``cap + 1``; 0 when a layer is damaged before it yields anything."""
    for index, name in enumerate(chain):
        if name in FLATE and index == len(chain) - 1:
            return inflated_size(raw, 0, cap)
        if name in FLATE:
            decoded: bytes | None = inflate(raw, cap)
        elif name in LZW:
            decoded = lzw_decode(raw, cap, early_change)
        elif name in RUN_LENGTH:
            decoded = run_length_decode(raw, cap)
        else:
            decoded = ascii_decode(name, raw)
        if decoded is None:
            return 0
        if len(decoded) > cap:
            return len(decoded)
        raw = decoded
    return len(raw)
