"""Line post-processing shared by every reader: assemble `Document.text` and its `Line`s.

Readers produce `RawLine`s (already normalised text plus style cues); `assemble`
joins them into the one text the rest of miner quotes from, so the offset rule
`text[line.start:line.end] == line.text` holds by construction. PDF-only steps
(furniture removal, hyphen mending) live here too so both PDF backends share them.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace

from miner.model import Line
from miner.readers.normalise import join_hyphenated

__all__ = ["RawLine", "assemble", "remove_furniture", "mend_hyphenation", "is_page_number"]


@dataclass
class RawLine:
    """A visual line before offsets are known. `y` is the top edge (PDF points, from the top)."""

    text: str
    page: int = 1
    font_size: float | None = None
    bold: bool = False
    x: float = 0.0
    space_before: float = 0.0
    bullet: bool = False
    paragraph_break: bool = False  # join with "\n\n" instead of "\n"
    y: float = 0.0
    height: float = 0.0


def assemble(raw_lines: list[RawLine]) -> tuple[str, list[Line]]:
    """Join lines with "\\n" ("\\n\\n" at a paragraph gap) and record each line's offsets."""
    parts: list[str] = []
    lines: list[Line] = []
    pos = 0
    for raw in raw_lines:
        if not raw.text:
            continue
        if lines:
            sep = "\n\n" if raw.paragraph_break else "\n"
            parts.append(sep)
            pos += len(sep)
        start = pos
        parts.append(raw.text)
        pos += len(raw.text)
        lines.append(
            Line(
                text=raw.text,
                start=start,
                end=pos,
                page=raw.page,
                font_size=raw.font_size,
                bold=raw.bold,
                x=raw.x,
                space_before=raw.space_before,
                bullet=raw.bullet,
            )
        )
    return "".join(parts), lines


_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s+(?:of|/)\s+\d{1,4})?$|^-\s*\d{1,4}\s*-$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    """A bare page number: "12", "Page 12", "Page 12 of 40", "12 / 40", "- 12 -", "iv"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def remove_furniture(raw_lines: list[RawLine], page_heights: dict[int, float]) -> list[RawLine]:
    """Drop running headers/footers and bare page numbers.

    A line is furniture when it sits in the top or bottom 12% of its page and
    either is a bare page number or its text (digits masked, so "Page 3 of 9"
    matches "Page 4 of 9") recurs near the edge of at least half the pages.
    Single-page documents keep everything but bare edge page numbers.
    """
    n_pages = len(page_heights) or 1

    def near_edge(raw: RawLine) -> bool:
        height = page_heights.get(raw.page) or 842.0
        return raw.y < 0.12 * height or raw.y + raw.height > 0.88 * height

    edge_pages: dict[str, set[int]] = {}
    for raw in raw_lines:
        if near_edge(raw):
            edge_pages.setdefault(_furniture_key(raw.text), set()).add(raw.page)
    repeating = {key for key, pages in edge_pages.items() if n_pages >= 2 and len(pages) >= max(2, n_pages / 2)}
    kept = []
    for raw in raw_lines:
        if near_edge(raw) and (is_page_number(raw.text) or _furniture_key(raw.text) in repeating):
            continue
        kept.append(raw)
    return kept


def mend_hyphenation(raw_lines: list[RawLine]) -> list[RawLine]:
    """Join "safe-" / "guarding" split across consecutive lines of the same paragraph.

    The joined word goes on the first line and the rest of the second line stays
    where it was, so each line is still one visual line.
    """
    out: list[RawLine] = []
    for raw in raw_lines:
        prev = out[-1] if out else None
        if prev is not None and not raw.paragraph_break and prev.page == raw.page:
            head, _, rest = raw.text.partition(" ")
            joined = join_hyphenated(prev.text, head)
            if joined is not None:
                out[-1] = replace(prev, text=joined)
                if not rest:
                    continue
                raw = replace(raw, text=rest)
        out.append(raw)
    return out


def paragraph_gap_threshold(gaps: list[float], font_sizes: list[float]) -> float:
    """Vertical gap above which a new paragraph starts: well above the usual line spacing."""
    size = statistics.median(font_sizes) if font_sizes else 10.0
    positive = [g for g in gaps if g > 0]
    usual = Counter(round(g) for g in positive).most_common(1)[0][0] if positive else 0.0
    return max(usual * 1.6, usual + 0.5 * size, 0.8 * size)
