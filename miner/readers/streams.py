"""A cheap pre-parse check of a PDF's compressed streams, so a decompression bomb is refused up front.

A few kilobytes of FlateDecode can inflate to gigabytes. pdfminer.six would
grow its memory until the worker's limit; PDFium aborts the whole process
when an allocation fails under `RLIMIT_AS`. Both are far more expensive than
inflating each non-image Flate stream here, in bounded chunks, and stopping
as soon as one grows past `max_inflated` bytes. Images are skipped: text
extraction never decodes them. Streams that do not inflate (encrypted,
damaged) are left for the PDF parser to judge.
"""

from __future__ import annotations

import re
import zlib

from miner.errors import ReadError

__all__ = ["check_streams", "DEFAULT_MAX_INFLATED"]

DEFAULT_MAX_INFLATED = 256 * 1024 * 1024
_CHUNK = 1 << 20
_STREAM = re.compile(rb"stream\r?\n")
_DICT_WINDOW = 1024  # bytes before `stream` searched for the stream's own dictionary


def _stream_dict(data: bytes, at: int) -> bytes:
    """The dictionary just before a `stream` keyword (from its last `obj`), lower-cased."""
    window = data[max(0, at - _DICT_WINDOW) : at]
    obj = window.rfind(b" obj")
    return (window[obj:] if obj >= 0 else window).lower()


def _inflated_size(data: bytes, start: int, cap: int) -> int:
    """Bytes the Flate stream at `start` inflates to, counting no further than `cap`."""
    inflater = zlib.decompressobj()
    view = memoryview(data)
    total = 0
    pos = start
    pending = b""
    try:
        while total <= cap and not inflater.eof:
            if not pending:
                if pos >= len(data):
                    break
                pending = view[pos : pos + _CHUNK]
                pos += _CHUNK
            out = inflater.decompress(pending, _CHUNK)
            if not out and len(inflater.unconsumed_tail) == len(pending):
                break  # no progress: nothing more to learn from this stream
            total += len(out)
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # not plain Flate data: the parser decides
    return total


def check_streams(data: bytes, max_inflated: int = DEFAULT_MAX_INFLATED) -> None:
    """Raise ReadError if any non-image FlateDecode stream inflates past `max_inflated` bytes."""
    if not max_inflated:
        return
    for match in _STREAM.finditer(data):
        head = _stream_dict(data, match.start())
        if b"/flatedecode" not in head or b"/image" in head:
            continue
        if _inflated_size(data, match.end(), max_inflated) > max_inflated:
            mb = max_inflated / 1024**2
            raise ReadError(f"decompression bomb (a compressed stream inflates past {mb:.0f} MB)")
