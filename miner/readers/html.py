"""HTML reader on the standard library's `html.parser`: visible text as lines with heading cues.

Page chrome (script, style, nav, header, footer, aside, role=navigation/banner/
contentinfo) is skipped. h1-h6 become bold lines with a font size by level, li in
ul becomes a bullet line (li in ol gets its rendered number, "3. ", instead),
indented 18 points per list level. Block elements
(p, div, tr, td, br...) break lines; p, headings, lists and tables also open a
paragraph gap. Body lines have `font_size=None` (there is no rendered size).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from miner.errors import ReadError
from miner.model import Line
from miner.readers.layout import RawLine, assemble, split_bullet
from miner.readers.normalise import normalise_line

__all__ = ["read_html_bytes", "decode_html", "READER"]

READER = "html.parser-1"

HEADING_SIZES = {"h1": 24.0, "h2": 20.0, "h3": 16.0, "h4": 14.0, "h5": 12.0, "h6": 11.0}
LIST_INDENT = 18.0
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "head", "select"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_LINE_BREAK = {"div", "tr", "td", "th", "li", "br", "dt", "dd", "caption", "figcaption", "section", "article", "main", "form", "hr", "address"}
_PARAGRAPH = {"p", "ul", "ol", "dl", "table", "blockquote", "pre", *HEADING_SIZES}
_BOLD_TAGS = {"b", "strong"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode by BOM, then a declared <meta charset>, then UTF-8, then Windows-1252 as browsers do."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary data, not text")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _LineCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self._parts: list[tuple[str, bool]] = []  # (text, inside <b>/<strong>)
        self._skip: list[list] = []  # [tag, depth] of the skipped element we are inside
        self._bold = 0
        self._heading: str | None = None
        self._list_depth = 0
        self._counters: list[int | None] = []  # per open list: next <ol> number, None for <ul>
        self._in_li = False
        self._li_number: int | None = None
        self._in_pre = False
        self._gap = False

    # -- line building --
    def _flush(self) -> None:
        text = normalise_line("".join(t for t, _ in self._parts))
        bold_text = normalise_line("".join(t for t, b in self._parts if b))
        self._parts = []
        if not text:
            return
        text, bullet = split_bullet(text)
        if self._li_number is not None:
            text = f"{self._li_number}. {text}"  # as a browser renders <ol>; a numbered item is no bullet
        heading = self._heading
        self.lines.append(
            RawLine(
                text=text,
                font_size=HEADING_SIZES.get(heading or ""),
                bold=heading is not None or bold_text == text,
                x=LIST_INDENT * self._list_depth,
                space_before=1.0 if self._gap and self.lines else 0.0,
                bullet=(self._in_li and self._li_number is None) or bullet,
                paragraph_break=self._gap,
            )
        )
        self._gap = False
        self._in_li = False
        self._li_number = None

    def _break(self, gap: bool) -> None:
        self._flush()
        self._gap = self._gap or gap

    def _opens_paragraph(self, tag: str, closing: bool = False) -> bool:
        """Paragraph-level tags make a gap, except a list nested inside a list."""
        if tag in ("ul", "ol"):
            return self._list_depth == (1 if closing else 0)
        return tag in _PARAGRAPH

    # -- parser callbacks --
    def handle_starttag(self, tag: str, attrs) -> None:
        if self._skip:
            if tag == self._skip[-1][0] and tag not in _VOID:
                self._skip[-1][1] += 1
            return
        role = (dict(attrs).get("role") or "").lower()
        if (tag in _SKIP_TAGS or role in _SKIP_ROLES) and tag not in _VOID:
            self._skip.append([tag, 1])
            return
        if tag in _PARAGRAPH or tag in _LINE_BREAK:
            self._break(self._opens_paragraph(tag))
        if tag in HEADING_SIZES:
            self._heading = tag
        elif tag in ("ul", "ol"):
            self._list_depth += 1
            start = dict(attrs).get("start") or "1"
            self._counters.append(int(start) if tag == "ol" and start.isdigit() else 1 if tag == "ol" else None)
        elif tag == "li":
            self._in_li = True
            if self._counters and self._counters[-1] is not None:
                self._li_number = self._counters[-1]
                self._counters[-1] += 1
        elif tag in _BOLD_TAGS:
            self._bold += 1
        elif tag == "pre":
            self._in_pre = True

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip[-1][1] -= 1
                if self._skip[-1][1] == 0:
                    self._skip.pop()
            return
        if tag in _PARAGRAPH or tag in _LINE_BREAK:
            self._break(self._opens_paragraph(tag, closing=True))
        if tag in HEADING_SIZES:
            self._heading = None
        elif tag in ("ul", "ol"):
            self._list_depth = max(0, self._list_depth - 1)
            if self._counters:
                self._counters.pop()
        elif tag in _BOLD_TAGS:
            self._bold = max(0, self._bold - 1)
        elif tag == "pre":
            self._in_pre = False

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_pre and "\n" in data:
            first, *rest = data.split("\n")
            self._parts.append((first, self._bold > 0))
            for piece in rest:
                self._flush()
                self._parts.append((piece, self._bold > 0))
            return
        self._parts.append((data, self._bold > 0))

    def close(self) -> None:
        super().close()
        self._flush()


def read_html_bytes(data: bytes) -> tuple[str, list[Line], int]:
    """HTML bytes → (Document.text, lines, pages=1), or ReadError when nothing visible is left."""
    collector = _LineCollector()
    collector.feed(decode_html(data))
    collector.close()
    if not collector.lines:
        raise ReadError("no text in HTML (nothing visible outside navigation and scripts)")
    text, lines = assemble(collector.lines)
    return text, lines, 1
