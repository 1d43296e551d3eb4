"""Readers: one module per input format, each turning a file into a `Document`.

`read_document` picks the reader by content (magic bytes) first and extension
second, and raises `ReadError` with a one-line reason for input that cannot be
read. Every reader normalises per line (`normalise.normalise_line`) and builds
`Document.text` once (`layout.assemble`), so `text[l.start:l.end] == l.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from miner.errors import ReadError
from miner.model import Document
from miner.readers.streams import check_streams

__all__ = ["Limits", "ReadError", "file_sha256", "read_document", "sniff_format", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = {".pdf", ".txt", ".md", ".text", ".html", ".htm"}
_TEXT_SUFFIXES = {".txt", ".md", ".text"}
_HTML_SUFFIXES = {".html", ".htm"}
PDF_BACKENDS = ("auto", "pdfminer", "pdfium")


@dataclass(frozen=True)
class Limits:
    """Per-document guards, checked before heavy parsing so one hostile file cannot stall a batch."""

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 1000
    max_inflated: int = 256 * 1024 * 1024  # per compressed PDF stream (see `streams.py`)


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and b"<html" in head.lower()[:1024]
    )


def sniff_format(head: bytes, suffix: str) -> str:
    """"pdf" | "html" | "text" from the first bytes, then the extension; ReadError otherwise."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".pdf":
        if _looks_like_html(head):
            raise ReadError("not a PDF (looks like HTML)")
        raise ReadError("not a PDF (unknown content)")
    if _looks_like_html(head):
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    raise ReadError(f"unsupported file type '{suffix}'" if suffix else "unsupported file type (no extension)")


def read_document(
    path: str | Path, *, pdf_backend: str = "auto", limits: Limits | None = None
) -> Document:
    """Read any supported file into a normalised Document (metadata not yet filled).

    `pdf_backend`: "pdfminer" (reference, pure Python), "pdfium" (pypdfium2, fast)
    or "auto" (pdfium: `scripts/bench.py` measures it many times faster, and
    `scripts/evaluate.py sections --pdf-backend` scores both the same).
    """
    if pdf_backend not in PDF_BACKENDS:
        raise ValueError(f"pdf_backend must be one of {PDF_BACKENDS}, not {pdf_backend!r}")
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReadError(f"cannot open file ({err.strerror or err})") from None
    if size == 0:
        raise ReadError("empty file")
    if size > limits.max_bytes:
        raise ReadError(f"file too large ({size / 1e6:.1f} MB > {limits.max_bytes / 1e6:.1f} MB)")
    data = path.read_bytes()
    fmt = sniff_format(data[:2048], path.suffix.lower())
    if fmt == "text":
        from miner.readers.text import READER, read_text_bytes

        text, lines, pages = read_text_bytes(data)
        reader = READER
    elif fmt == "html":
        from miner.readers.html import READER, read_html_bytes

        text, lines, pages = read_html_bytes(data)
        reader = READER
    elif pdf_backend == "pdfminer":
        from miner.readers.pdf import read_pdf_bytes, reader_name

        check_streams(data, limits.max_inflated)
        text, lines, pages = read_pdf_bytes(data, limits)
        reader = reader_name()
    else:
        from miner.readers.pdfium import read_pdf_bytes, reader_name

        check_streams(data, limits.max_inflated)
        text, lines, pages = read_pdf_bytes(data, limits)
        reader = reader_name()
    return Document(
        id=hashlib.sha256(data).hexdigest(),
        path=str(path),
        format=fmt,
        text=text,
        lines=lines,
        pages=pages,
        reader=reader,
    )
