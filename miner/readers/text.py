"""Plain-text / markdown-ish reader (the seed papers are PDFs converted to this form).

One `Line` per non-blank source line. Conventions of the converter we undo:

* `**bold**` markers are removed. `bold=True` when the whole line is bold apart
  from a leading paragraph number: `2.2 **Edge of Care Services**` and
  `**Summary**` are bold; a bold run-in lead (`5.4 **The Fostering Service**
  recruits...`) or a bold phrase mid-sentence is not, since neither is a heading.
* A leading "- ", "* ", "• " marker is stripped. `bullet=True` unless what follows
  is itself a number ("- 1.1 The areas...", "- (iv) Recruit..."): the converter
  puts a dash before numbered paragraphs, and numbered markers stay in the text.
* Leading spaces are `x`; the count of blank lines above is `space_before`, and
  any blank line makes the join a paragraph break ("\\n\\n").
"""

from __future__ import annotations

import re

from miner.errors import ReadError
from miner.model import Line
from miner.readers.layout import RawLine, assemble, split_bullet
from miner.readers.normalise import normalise_line

__all__ = ["decode_text", "parse_text_lines", "read_text_bytes", "READER"]

READER = "text-1"

_LEADING_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[ivxlcdm]{1,6}\)|\(?[a-z]\)|\(\d{1,3}\))\s*")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or a one-line ReadError saying why not."""
    if b"\x00" in data:
        raise ReadError("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadError(f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset {err.start})") from None
    if not text.strip():
        raise ReadError("empty file")
    return text


def _is_whole_line_bold(marked: str) -> bool:
    """True when everything but a leading number sits inside **...** (trailing punctuation allowed)."""
    rest = _LEADING_NUMBER.sub("", marked, count=1) if not marked.startswith("**") else marked
    if "**" not in rest:
        return False
    outside = _BOLD.sub("", rest)
    return not re.sub(r"[\s.:;,]", "", outside)


def parse_text_lines(text: str) -> list[RawLine]:
    """Source lines → RawLines with bold/bullet/indent cues (see module docstring)."""
    raw_lines: list[RawLine] = []
    blanks = 0
    for source in text.splitlines():
        stripped_source = normalise_line(source)
        if not stripped_source:
            blanks += 1
            continue
        indent = len(source) - len(source.lstrip(" \t\u00a0"))
        body = stripped_source
        body, bullet = split_bullet(body)
        bold = _is_whole_line_bold(body)
        body = normalise_line(_BOLD.sub(r"\1", body).replace("**", ""))
        if not body:
            blanks += 1
            continue
        raw_lines.append(
            RawLine(
                text=body,
                bold=bold,
                x=float(indent),
                space_before=float(blanks),
                bullet=bullet,
                paragraph_break=blanks > 0,
            )
        )
        blanks = 0
    return raw_lines


def read_text_bytes(data: bytes) -> tuple[str, list[Line], int]:
    """Bytes of a text file → (Document.text, lines, pages)."""
    raw_lines = parse_text_lines(decode_text(data))
    if not raw_lines:
        raise ReadError("empty file")
    text, lines = assemble(raw_lines)
    return text, lines, 1
