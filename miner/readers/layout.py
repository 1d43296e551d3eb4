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
from miner.readers.normalise import join_hyphenated, normalise_line

__all__ = [
    "Glyph",
    "RawLine",
    "assemble",
    "finish_pdf_lines",
    "is_page_number",
    "mend_hyphenation",
    "order_page",
    "remove_furniture",
    "split_bullet",
    "turned_lines",
    "with_turned",
]

CHAR_MARGIN = 4.0  # as pdfminer's LAParams.char_margin: a wider gap (in char widths) ends the line
WORD_MARGIN = 0.1  # a gap (in char widths) that reads as a space


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
    turned: bool = False  # read from text turned on the page (a "Page 12" stamp up the margin)
    width: float = 0.0  # left to right edge (0: unknown, never split into columns)
    same_row: bool = False  # drawn on the row of the line before, to its right (another table cell)


@dataclass
class Glyph:
    """One character drawn turned by a quarter turn or more, with its box in page space (y up).

    Both PDF backends read upright text their own way; turned text (modern.gov's "Page 12" up
    the side of every agenda pack page, a rotated table heading, a sideways "This page is
    intentionally left blank") is read here, the same for both, instead of letter by letter."""

    char: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    bold: bool


def _upright_box(g: Glyph, quarter: int, width: float, height: float) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in the frame where text turned `quarter` quarter turns
    counter-clockwise runs left to right, with the frame's origin at its bottom left."""
    if quarter == 1:  # reads bottom to top
        return g.bottom, width - g.right, g.top, width - g.left
    if quarter == 2:  # upside down
        return width - g.right, height - g.top, width - g.left, height - g.bottom
    return height - g.top, g.left, height - g.bottom, g.right  # reads top to bottom


def turned_lines(glyphs: list[Glyph], quarter: int, page: int, width: float, height: float) -> list[RawLine]:
    """Lines of glyphs turned by `quarter` quarter turns, read in their own frame by geometry alone
    (`y` from the frame's top)."""
    frame_top = height if quarter == 2 else width
    boxes = sorted(((_upright_box(g, quarter, width, height), g) for g in glyphs if g.char.strip()),
                   key=lambda bg: (-bg[0][3], bg[0][0]))
    rows: list[list[tuple]] = []
    for box, g in boxes:
        if rows:
            _, bottom, _, top = rows[-1][0][0]
            if min(top, box[3]) - max(bottom, box[1]) >= 0.5 * min(top - bottom or 1.0, box[3] - box[1] or 1.0):
                rows[-1].append((box, g))
                continue
        rows.append([(box, g)])
    out: list[RawLine] = []
    for row in rows:
        row.sort(key=lambda bg: bg[0][0])
        pieces: list[list[tuple]] = [[row[0]]]
        for prev, cur in zip(row, row[1:]):
            if cur[0][0] - prev[0][2] > CHAR_MARGIN * max(prev[0][2] - prev[0][0], 0.1):
                pieces.append([])
            pieces[-1].append(cur)
        for piece in pieces:
            text = piece[0][1].char
            for (b0, _), (b1, g) in zip(piece, piece[1:]):
                text += (" " if b1[0] - b0[2] > WORD_MARGIN * max(b0[2] - b0[0], 0.1) else "") + g.char
            top, bottom = max(b[3] for b, _ in piece), min(b[1] for b, _ in piece)
            out.append(RawLine(
                text=text, page=page, font_size=round(statistics.median(g.size for _, g in piece), 1),
                bold=sum(g.bold for _, g in piece) * 2 > len(piece), x=round(piece[0][0][0], 1),
                y=frame_top - top, height=top - bottom, turned=True))
    return out


def with_turned(upright: list[RawLine], turned: dict[int, list[Glyph]], upright_chars: int, page: int,
                width: float, height: float) -> tuple[list[RawLine], float]:
    """A page's lines and height once its turned glyphs are read. When most of the page is turned
    (a landscape table set sideways), that frame is the page and its lines are content like any;
    otherwise turned lines are marked, to be read after the page and checked as furniture."""
    if not turned:
        return upright, height
    quarter, most = max(turned.items(), key=lambda kv: len(kv[1]))
    lines = [ln for q, gs in sorted(turned.items()) for ln in turned_lines(gs, q, page, width, height)]
    if len(most) > upright_chars:
        for ln in lines:
            ln.turned = False
        return upright + lines, height if quarter == 2 else width
    return upright + lines, height


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
                same_row=raw.same_row,
            )
        )
    return "".join(parts), lines


_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\|?\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$",
    re.IGNORECASE,
)
EDGE_FRACTION = 0.09  # running headers/footers sit in the top or bottom 9% of a page


def is_page_number(text: str) -> bool:
    """A bare page number: "12", "Page 12", "Page 12 of 40", "Page | 12", "12 / 40", "- 12 -", "iv"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _is_running(group: list[RawLine]) -> bool:
    """Same text on every page, or text whose number moves in step with the page ("Page 3 of 9")."""
    if len({raw.text for raw in group}) == 1:
        return True
    offsets = []
    for raw in group:
        number = re.search(r"\d+", raw.text)
        offsets.append(int(number.group()) - raw.page if number else None)
    return len(set(offsets)) == 1 and offsets[0] is not None


def remove_furniture(raw_lines: list[RawLine], page_heights: dict[int, float]) -> list[RawLine]:
    """Drop running headers/footers and bare page numbers.

    A line is furniture when it sits near the top or bottom edge of its page and
    either is a bare page number or recurs near the edge of at least half the
    pages (compared with digits masked, so "Page 3 of 9" matches "Page 4 of 9",
    but only when the number follows the page: "Question 1", "Question 2" on
    successive pages are content).
    """
    n_pages = len(page_heights) or 1

    def near_edge(raw: RawLine) -> bool:
        if raw.turned:  # sideways text beside the page's own lines: a stamp up the margin
            return True
        height = page_heights.get(raw.page) or 842.0
        return raw.y < EDGE_FRACTION * height or raw.y + raw.height > (1 - EDGE_FRACTION) * height

    groups: dict[str, list[RawLine]] = {}
    for raw in raw_lines:
        if near_edge(raw):
            groups.setdefault(_furniture_key(raw.text), []).append(raw)
    repeating = {
        key
        for key, group in groups.items()
        if n_pages >= 2 and len({raw.page for raw in group}) >= max(2, n_pages / 2) and _is_running(group)
    }
    return [
        raw
        for raw in raw_lines
        if not (near_edge(raw) and (is_page_number(raw.text) or _furniture_key(raw.text) in repeating))
    ]


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


# --- bullets -----------------------------------------------------------------

# Glyphs used as list markers, including the Symbol/Wingdings private-use code
# points PDFs leak ("\uf0b7" is the Symbol-font bullet Word emits).
_BULLET_MARKER = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25ab\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25a1\u25ba\u27a2\u2713\u2714\u2192\ue000-\uf8ff])(?:\s+|$)")
# A paragraph or list number a converter may put a dash in front of:
# "1.1", "2.8.10", "4.", "(iv)", "iv)", "(a)", "b)", "(3)", or "5 " + capital.
_NUMBER_AFTER_BULLET = re.compile(
    # (a dotted number before a lower-case word is a figure: "- 15.9 days (Last year: 12.8 days)")
    r"^(?:\d{1,3}(?:\.\d{1,3})+\.?\s(?![a-z%])|\d{1,3}\.\s|\d{1,3}\s+(?=[A-Z])|\(?[ivxlcdm]{1,6}\)\s|\(?[a-zA-Z]\)\s|\(\d{1,3}\)\s)"
)


def split_bullet(text: str) -> tuple[str, bool]:
    """Strip a leading un-numbered list marker: (rest, True); a marker before a number is dropped, (rest, False).

    "- 1.1 The areas" → ("1.1 The areas", False): converters put a dash before
    numbered paragraphs, and numbered markers belong in the text.
    """
    marker = _BULLET_MARKER.match(text)
    if not marker:
        return text, False
    rest = text[marker.end() :]
    if not rest.strip():
        return text, False  # a lone dash is content ("-" in a table cell), not a marker
    return rest, not _NUMBER_AFTER_BULLET.match(rest)


def is_bullet_only(text: str) -> bool:
    return bool(_BULLET_MARKER.match(text)) and not _BULLET_MARKER.sub("", text, count=1).strip()


# --- PDF page lines → document lines -----------------------------------------


def _rows(page_lines: list[RawLine]) -> list[list[RawLine]]:
    """Group lines whose vertical extents overlap by half (table cells, bullet + text) into rows."""
    rows: list[list[RawLine]] = []
    for raw in sorted(page_lines, key=lambda r: (r.y, r.x)):
        if rows:
            last = rows[-1][0]
            overlap = min(last.y + last.height, raw.y + raw.height) - max(last.y, raw.y)
            if overlap >= 0.5 * min(last.height or 1.0, raw.height or 1.0):
                rows[-1].append(raw)
                continue
        rows.append([raw])
    return [sorted(row, key=lambda r: r.x) for row in rows]


_NUMBER_LABEL = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[ivxlcdm]{1,6}\)|\(?[a-zA-Z]\)|\(\d{1,3}\))\s*$")


COLUMN_WORDS = 4  # a line of prose has this many words at least (table cells and labels are shorter)
COLUMN_LINES = 8  # lines of prose each of two columns needs before a page is read column by column
COLUMN_RATIO = 1.4  # two columns of an article are about as wide as each other (a summary beside its detail is not)
COLUMN_FILL = 0.6  # most prose lines of a column span this share of its width (a table's cells do not)
COLUMN_EDGE = 6.0  # points: lines of a column start this close to its left edge
COLUMN_WRAPS = 0.25  # share of a column's lines that carry a sentence on in lower case


def _prose(raw: RawLine) -> bool:
    """Words, not a row of figures ("83% 80% 83% 85% 1,043,275") or a short cell."""
    return raw.width > 0 and sum(1 for w in raw.text.split() if any(c.isalpha() for c in w)) >= COLUMN_WORDS


def _gutter(page_lines: list[RawLine]) -> float | None:
    """The x of the gap between two columns of prose, if the page is set that way.

    Candidates lie in the middle of the text's span; the one crossed by the fewest prose lines wins
    (headings and intros may span both columns). Each side must then hold COLUMN_LINES lines of
    prose that mostly fill it: a table's columns of short cells never do.
    """
    prose = [r for r in page_lines if _prose(r)]
    if len(prose) < 2 * COLUMN_LINES:
        return None
    lo, hi = min(r.x for r in prose), max(r.x + r.width for r in prose)
    band = (lo + 0.3 * (hi - lo), lo + 0.7 * (hi - lo))
    candidates = [e + 0.5 for r in prose if band[0] < (e := r.x + r.width) < band[1]]
    if not candidates:
        return None
    best = min(candidates, key=lambda g: (sum(r.x < g < r.x + r.width for r in prose), abs(g - (lo + hi) / 2)))
    left = [r for r in prose if r.x + r.width <= best]
    right = [r for r in prose if r.x >= best]
    if len(left) < COLUMN_LINES or len(right) < COLUMN_LINES or len(left) + len(right) < 0.7 * len(prose):
        return None
    right_lo = min(r.x for r in right)
    if not 1 / COLUMN_RATIO <= (best - lo) / max(hi - right_lo, 1.0) <= COLUMN_RATIO:
        return None
    for side, width in ((left, best - lo), (right, hi - right_lo)):
        if sum(r.width >= COLUMN_FILL * width for r in side) < 0.5 * len(side):
            return None
    # a column of prose has one left edge; a table has cells further left (a name, an amount) than
    # its text column: only paragraph numbers and bullets may hang out
    for side in ([r for r in page_lines if r.x + r.width <= best], [r for r in page_lines if r.x >= best]):
        edge = min(r.x for r in side if _prose(r))
        outside = [r for r in side if r.x < edge - COLUMN_EDGE
                   and not (is_bullet_only(r.text) or _NUMBER_LABEL.match(r.text))]
        if len(outside) > 0.1 * len(side):
            return None
        # and wraps its sentences: read down the column, lines carry on in lower case (a table's cells
        # each start afresh, "CareCubed", "24-25 +0.036 ...")
        texts = [r.text.strip() for r in sorted(side, key=lambda r: r.y)]
        if sum(t[:1].islower() for t in texts[1:]) < COLUMN_WRAPS * (len(texts) - 1):
            return None
    return best


def _bands(page_lines: list[RawLine], gutter: float) -> list[list[RawLine]]:
    """Runs of lines from top to bottom, cut at each line that spans the gutter (a heading across
    both columns ends the columns above it)."""
    bands: list[list[RawLine]] = [[]]
    for raw in sorted(page_lines, key=lambda r: (r.y, r.x)):
        if raw.x < gutter < raw.x + raw.width:
            bands += [[raw], []]
        else:
            bands[-1].append(raw)
    return [b for b in bands if b]


def order_page(page_lines: list[RawLine]) -> list[RawLine]:
    """Reading order: top-to-bottom, then left-to-right within a row; a page set in two columns of
    prose is read down the left column, then down the right (between headings spanning both).

    A lone bullet glyph or paragraph number ("4.1", "(iv)") set apart by a tab
    stop joins the text to its right, so "4.1 The Local Authority..." is one
    line as it reads; other fragments on a row (table cells) stay separate lines.
    """
    gutter = _gutter(page_lines)
    if gutter is None:
        return _order_rows(page_lines)
    ordered: list[RawLine] = []
    for band in _bands(page_lines, gutter):
        ordered += _order_rows([r for r in band if r.x < gutter])
        ordered += _order_rows([r for r in band if r.x >= gutter])
    return ordered


def _order_rows(page_lines: list[RawLine]) -> list[RawLine]:
    ordered: list[RawLine] = []
    for row in _rows(page_lines):
        label: RawLine | None = None
        first = True
        for raw in row:
            if label is not None:
                prefix = "\u2022" if is_bullet_only(label.text) else label.text.strip()
                raw = replace(raw, text=f"{prefix} {raw.text}", x=label.x)
                label = None
            if (is_bullet_only(raw.text) or _NUMBER_LABEL.match(raw.text)) and raw is not row[-1]:
                label = raw
                continue
            ordered.append(replace(raw, same_row=not first))
            first = False
    return ordered


def finish_pdf_lines(pages: dict[int, list[RawLine]], page_heights: dict[int, float]) -> list[RawLine]:
    """Order, normalise, mark bullets, measure gaps, drop furniture, mend hyphens: ready to `assemble`.

    `pages` holds each page's raw lines with un-normalised text; shared by both PDF backends.
    """
    lines: list[RawLine] = []
    for page in sorted(pages):
        upright = [raw for raw in pages[page] if not raw.turned]
        turned = order_page([raw for raw in pages[page] if raw.turned])
        for raw in order_page(upright) + [replace(t, paragraph_break=True) for t in turned[:1]] + turned[1:]:
            text, bullet = split_bullet(raw.text)
            text = normalise_line(text)
            if text:
                lines.append(replace(raw, text=text, bullet=bullet))
    lines = remove_furniture(lines, page_heights)
    prev: RawLine | None = None
    for ln in lines:
        if prev is not None and prev.page == ln.page:
            ln.space_before = round(max(0.0, ln.y - (prev.y + prev.height)), 1)
        prev = ln
    gaps = [ln.space_before for ln in lines]
    sizes = [ln.font_size for ln in lines if ln.font_size]
    threshold = paragraph_gap_threshold(gaps, sizes)
    for ln in lines:
        ln.paragraph_break = ln.paragraph_break or ln.space_before >= threshold
    return mend_hyphenation(lines)
