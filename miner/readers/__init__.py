"""Readers: one module per input format, each turning a file into a `Document`.

`read_document` picks the reader by content (magic bytes) and extension, and
raises `ReadError` with a one-line reason for input that cannot be read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from miner.errors import ReadError
from miner.model import Document

__all__ = ["ReadError", "file_sha256", "read_document", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = {".pdf", ".txt", ".md", ".text", ".html", ".htm"}


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: str | Path, *, pdf_backend: str = "auto") -> Document:
    """Read any supported file into a normalised Document (metadata not yet filled)."""
    raise NotImplementedError  # implemented by the readers work
