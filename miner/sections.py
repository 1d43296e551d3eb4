"""Lines → the paper's section tree, addressable by the paper's own numbers.

Why a tree: a scrutiny officer cites "paragraph 4.10.3" or "item (iv) of 3.4",
and a list item's meaning ("Key priorities in 2018-19 include:") comes from
its header, so every record downstream needs its place in the tree.

How lines are read:

1. Lines are grouped into *blocks*: a line plus its continuation lines (no
   paragraph gap, no new number or bullet, same style). A bare number on its
   own line (PDF number columns: "1.1", "1.2", "1.3" then three paragraphs) is
   queued and given to the next blocks in order. A number that opens a line
   continuing a sentence cut mid-way ("there have been" / "57 Sheppey
   residents") is text, unless it carries on the paper's numbering.
2. Each block gets a label: a dotted number ("4", "2.2.", "4.10.3"), a list
   label ("(iv)", "(a)", "a)", "i.", "A."), a bullet (`Line.bullet`) or none.
3. A block is a *heading* when it is short, has no final full stop and is
   followed by content of its own (body text, deeper numbers, items), and when
   unnumbered also has style (bold, a larger font, or title case in text
   without styles) or is a standard report heading ("Summary", "Appendices").
   Dates, sums of money and page furniture are never headings.
4. Blocks are placed with a stack: a number goes under the nearest open
   number it extends; items go under the paragraph, list header or heading
   above; body text under the nearest heading or paragraph.

Paths (unique within a document):

- numbered headings and paragraphs: the paper's number ("4", "2.2", "4.10.3");
- labelled list items: parent path + label ("3.4(iv)", "3.4(a)");
- bullets: parent path + "-" + ordinal ("3.4-2" is the 2nd bullet of 3.4);
- unnumbered headings: parent path + ".h" + ordinal ("3.h2" is the 2nd
  unnumbered heading inside section 3; "h1" at top level). One that sits
  exactly in a gap of the top-level numbering (1, <heading>, 3) takes the
  missing number ("2"): the paper's numbering says that is what it is;
- body text: parent path + ".p" + ordinal ("2.p1"; "p1" at top level);
- a path already used gets "~2", "~3" (minutes restart numbers per item).

`kind`/`period` come from headings and list headers (cues in
`miner/nlp/patterns/section_kinds.json`); children inherit them unless they
set their own.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from miner.model import Document, Line, Section, stable_id
from miner.nlp.dates import find_dates, normalise_period

__all__ = ["build_sections", "METHOD"]

METHOD = "sections-1"
PATTERNS = Path(__file__).parent / "nlp" / "patterns" / "section_kinds.json"

_NUMBER = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<dot>\.?)(?=\s|$)")
_ITEM = re.compile(
    r"^(?:\((?P<p>[ivxlcdm]{1,6}|[a-zA-Z]|\d{1,2})\)|(?P<b>[ivxlcdm]{1,6}|[a-zA-Z])[.)])(?=\s|$)"
)
_MONEY_OR_NUMBER = re.compile(r"^[£$€]?\s?[\d.,]+\s?(?:%|[kmb]n?|million|billion|fe)?$", re.I)
_FIELD = re.compile(r"^[A-Z][\w'’()&/ -]{1,40}:\s+\S")
_ITEM_REF = re.compile(r"^\(?(?:agenda\s+)?item\s+\w{1,4}\)?\.?$", re.I)  # minutes: "(Item 4)" under an item heading
_ROMAN = re.compile(r"^[ivxlcdm]+$")
_TERMINAL = (".", ";", ",", ":", "?", "!")
_FIRST_NUMBER_MAX = 20  # a paper's own numbering starts low; "220 Medical Squadron" before any is a figure
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "&", "-", "–"}


@lru_cache(maxsize=1)
def _cues() -> tuple[list[tuple[str, list[re.Pattern[str]]]], re.Pattern[str]]:
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    kinds = [(k, [re.compile(p, re.I) for p in data["kinds"][k]["patterns"]]) for k in data["order"]]
    standard = re.compile(r"^(?:%s)\s*:?$" % "|".join(data["standard_headings"]["patterns"]), re.I)
    return kinds, standard


@lru_cache(maxsize=1)
def _line_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(action item, labelled line) patterns: see `action_item` and `labelled_line` in section_kinds.json."""
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    return tuple(re.compile("|".join(f"(?:{p})" for p in data[name]["patterns"]), re.I)  # type: ignore[return-value]
                 for name in ("action_item", "labelled_line"))


def _action_item(text: str) -> bool:
    """A line's words after its number open with an imperative action ("Open the new Eastgate family hub"): an
    item of a list of actions, not a heading."""
    return bool(_line_cues()[0].match(text.strip()))


def _labelled_line(text: str) -> bool:
    """A line opening with a plan entry's numbered label ("Action 3: Replace the pool ...", "Priority 1: ...")."""
    return bool(_line_cues()[1].match(text.strip()))


@dataclass
class _Block:
    lines: list[Line]
    start: int
    end: int
    text: str  # label stripped, lines joined by spaces
    label: str | None = None  # "2.2" / "(iv)" / None
    label_kind: str | None = None  # "num" | "item" | "bullet" | None
    gap: bool = True  # paragraph gap before it
    role: str = "body"

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def depth(self) -> int:
        return self.label.count(".") + 1 if self.label_kind == "num" and self.label else 0


@dataclass
class _Node:
    path: str
    title: str | None
    role: str
    start: int
    own_end: int
    end: int
    page: int | None
    number: str | None = None  # dotted number when numbered
    kind: str | None = None
    period: str | None = None
    header: bool = False  # ends with ":" (a list header)
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None
    style: tuple[float, bool] = (0.0, False)


# --- blocks -----------------------------------------------------------------


def _split_label(text: str, bullet: bool) -> tuple[str | None, str | None, str]:
    """(label, kind, rest) for a line's text; numbers must look like paragraph numbers."""
    m = _NUMBER.match(text)
    if m:
        rest = text[m.end() :].strip()
        num = m.group("num")
        dotted = "." in num or m.group("dot")
        # "5 MARCH 2020", "10 FTE posts": a bare number is a label only when
        # a capitalised word follows and the line is not a date.
        if dotted or (rest[:1].isupper() and not _is_date_line(text)):
            # (after a bullet only a dotted number before a capital: "- 15.9 days (Last year: 12.8 days)" is a figure)
            if not (bullet and (not dotted or not rest[:1].isupper())):
                return num, "num", rest
    m = _ITEM.match(text)
    if m:
        label = m.group("p") or m.group("b")
        rest = text[m.end() :].strip()
        if m.group("b") and len(label) == 1 and label.isupper() and not rest[:1].isupper():
            return None, None, text  # "A lot of..." is not item A.
        return f"({label})", "item", rest
    if bullet:
        return None, "bullet", text
    return None, None, text


def _is_date_line(text: str) -> bool:
    stripped = text.strip().rstrip(".")
    spans = find_dates(stripped)
    covered = sum(e - s for s, e, _ in spans)
    return bool(spans) and covered >= len(re.sub(r"^\w+day\s+", "", stripped)) - 3


def _is_furniture(text: str) -> bool:
    t = text.strip()
    return (
        not re.search(r"[A-Za-z]{2}", t)
        or bool(_MONEY_OR_NUMBER.match(t))
        or bool(re.match(r"^page\s*\|?\s*\d+(\s+of\s+\d+)?$", t, re.I))
        or _is_date_line(t)
    )


def _gap_before(document: Document, line: Line) -> bool:
    return line.start < 2 or document.text[line.start - 2 : line.start] == "\n\n"


_ITEM_END = re.compile(r"(?:;|;\s+(?:and|or)|\.)$")
_MAX_ITEM_LINES = 5


def _unmarked_items(lines: list[Line]) -> set[int]:
    """Indexes of lines that open the items of a list whose markers the reader lost (a PDF whose bullets
    are drawn shapes, not text): a line ending ":" followed by two or more unlabelled runs of lines, each
    ending ";" ("; and", "; or") and the last "." ("The Committee's priorities for 2025/26 are:" / "the
    rising cost of temporary accommodation ...;" / "the delivery of the Climate Action Plan ...; and" / ...).
    Without this the items run into their lead-in as one sentence and lose the lead-in's kind."""
    starts: set[int] = set()
    for i, line in enumerate(lines):
        if not line.text.rstrip().endswith(":"):
            continue
        items: list[int] = []
        j, closed = i + 1, False
        while j < len(lines) and not closed:
            first, n = j, 0
            while j < len(lines):
                text = lines[j].text.strip()
                if not text or lines[j].bullet or _NUMBER.match(text) or _ITEM.match(text) or n >= _MAX_ITEM_LINES:
                    j = len(lines) + 1  # a labelled line or a runaway item: no unmarked list here
                    break
                n, j = n + 1, j + 1
                if _ITEM_END.search(text):
                    items.append(first)
                    closed = text.endswith(".")
                    break
        if j <= len(lines) and closed and len(items) >= 2:
            starts.update(items)
    return starts


def _blocks(document: Document) -> list[_Block]:
    unmarked = _unmarked_items(document.lines)
    blocks: list[_Block] = []
    pending: list[str] = []  # bare numbers from a number column
    top = 0  # last top-level number seen, to tell "85 Year R" (a table cell) from section 4
    list_next: int | None = None  # the next number of a numbered list opened by a lead-in
    for index, line in enumerate(document.lines):
        text = line.text.strip()
        if not text:
            continue
        label, kind, rest = _split_label(text, line.bullet or index in unmarked)
        if kind == "num" and line.same_row:
            label, kind, rest = None, None, text  # a PDF table's cell right of its row's label ("12.6"), not paragraph 12.6
        gap = _gap_before(document, line)
        prev = blocks[-1] if blocks else None
        label, kind, list_next = _list_number(label, kind, rest, prev, top, list_next, gap)
        if kind == "num" and rest and prev is not None and not gap and _runs_on(prev, line, label, top):
            label, kind, rest = None, None, text
        if kind == "num" and label:
            n = int(label.split(".")[0])
            if (not top and "." not in label and n > _FIRST_NUMBER_MAX and not text.startswith(label + ".")
                    and prev is not None and prev.label_kind == "bullet" and not gap):
                # "- 220 Medical Squadron, ..." right under a bullet item is the next item (a unit's number; the
                # reader keeps a dash before a number as a converter's paragraph dash), not section 220
                label, kind, rest = None, "bullet", text
            elif top and not (top - 3 <= n <= top + 3) and "." not in label and not text.startswith(label + "."):
                label, kind, rest = None, None, text
            elif "." in label and _figure_not_number(label, rest, top):
                label, kind, rest = None, None, text
            elif "." not in label or top == 0 or abs(n - top) <= 3:
                top = n if "." not in label else max(top, n)  # "5.1" after 4.x moves the numbering on too
        if kind in ("num", "item") and not rest:
            pending.append(label or "")
            blocks.append(_Block([line], line.start, line.end, "", label, kind, gap, role="label"))
            continue
        same_style = prev is not None and prev.first.bold == line.bold and _size(prev.first) == _size(line)
        # (a block of two lines or more is no furniture: furniture never takes a continuation line)
        if (prev is not None and prev.role != "label" and kind is None and not gap and same_style
                and (len(prev.lines) > 1 or not _is_furniture(prev.text)) and not _starts_entry(prev, text)
                and not _leaves_item(prev, line)):
            prev.lines.append(line)
            prev.end = line.end
            prev.text = f"{prev.text} {text}".strip()
            continue
        if kind is not None:
            pending.clear()  # a bare label is only ever completed by the unlabelled block(s) right after it
        elif pending:
            label, kind = pending.pop(0), "num"
            if label.startswith("("):
                kind = "item"
        blocks.append(_Block([line], line.start, line.end, rest, label, kind, gap))
    # a label used by a following block keeps its start; bare labels left over are dropped
    out: list[_Block] = []
    for block in blocks:
        if block.role == "label":
            continue
        out.append(block)
    _attach_label_starts(blocks)
    return out


_ITEM_OUTDENT = 3.0  # PDF points left of the item's first line
_PARAGRAPH_SPACE = 4.0  # PDF points more than the item's own line spacing


def _leaves_item(prev: _Block, line: Line) -> bool:
    """A line back at the margin, after more space than the list item's own lines have, opens the paragraph after
    the list: "c. the conditions ... be added to the licence." / "Councillor Carver asked that officers report back
    ..." (a PDF whose paragraph spacing is too small to read as a blank line). Without this the paragraph runs
    into the last item and takes its kind. Text files give no spacing between consecutive lines, so never."""
    if prev.label_kind not in ("item", "bullet") or not prev.lines[-1].text.rstrip().endswith((".", ";", ":")):
        return False
    spacing = min((ln.space_before for ln in prev.lines[1:]), default=prev.first.space_before)
    return line.x < prev.first.x - _ITEM_OUTDENT and line.space_before > spacing + _PARAGRAPH_SPACE


def _starts_entry(prev: _Block, text: str) -> bool:
    """A line opening with a plan entry's label that reads as a sentence or carries a status ("Action 1: Refurbish
    ... - Status: Complete", "Priority 1: Reduce first-time entrants. Achieved. ...") after a line that ends a
    sentence, a numbered heading's one line ("4. Progress against the action plan") or another entry: a block of
    its own, not the wrapped rest of the line above. Bare names ("Priority 1: Give every child the best start in
    life") after their lead-in stay with it, which announces them."""
    if not _labelled_line(text) or not (re.search(r"[.;!?](?:\s|$)", text) or re.search(r"\bstatus\s*:", text, re.I)):
        return False
    last = prev.lines[-1].text.strip()
    return (last.endswith((".", ";", "!", "?")) or _labelled_line(prev.text)
            or (prev.label_kind == "num" and len(prev.lines) == 1 and not _DANGLING.search(last)))


def _list_number(label: str | None, kind: str | None, rest: str, prev: _Block | None, top: int,
                 expected: int | None, gap: bool) -> tuple[str | None, str | None, int | None]:
    """(label, kind, next expected number): "1." right after a lead-in ending in ':' ("What we will do:")
    before the paper's own numbering begins or once it is past 1, and "2.", "3." ... after it, are that lead-in's list items, not
    sections 1, 2, 3 over again (nor "4. Reduce sickness absence ..." a heading). An item's wrapped line
    keeps the list open; a new paragraph without a number closes it."""
    if kind is None and not gap:
        return label, kind, expected
    if kind != "num" or not label or "." in label or not rest:
        return label, kind, None
    n = int(label)
    if n == top + 1 and _title_case(rest) and not rest.rstrip().endswith((".", ";")):
        return label, kind, None  # "3. Financial Implications" after a two-item list: the paper's next section
    opens = n == 1 and top != 1 and prev is not None and prev.role != "label" and (
        prev.text.rstrip().endswith(":") or _opens_action_list(prev, top, rest))
    if opens or (expected is not None and n == expected):
        return f"({n})", "item", n + 1
    return label, kind, None


def _opens_action_list(prev: _Block, top: int, rest: str) -> bool:
    """A "1." opening an imperative action right after the paper's current top-level heading line ("5. Actions for
    2024/25" / "1. Repair 95% of potholes within 28 days."): the heading's list, not section 1 over again."""
    heading = prev.label_kind == "num" and prev.label == str(top) and len(prev.lines) <= 2 \
        and not prev.text.rstrip().endswith(_TERMINAL)
    return heading and _action_item(rest)


def _figure_not_number(label: str, rest: str, top: int) -> bool:
    """A dotted number that is a figure in a table row, not a paragraph number: a line mostly of figures
    ("586.1 621.6 +35.4", "0.0 1,429,506.8"; not "8.2.1 6% fewer permanent exclusions"), one far beyond
    the paper's numbering ("12.1" when only 1 came before) or alone on its line before any numbering
    ("836.6"), or one with a part over 99."""
    words = rest.split()
    figures = sum(1 for w in words if re.match(r"[-+−–£(]?\d", w))
    n, *subs = (int(part) for part in label.split("."))
    beyond = n > top + 10 if top else not words and n > 60  # a bare "836.6" on its own line, no numbering yet
    return ((bool(words) and figures * 2 >= len(words)) or n == 0 or beyond
            or any(sub > 99 for sub in subs))  # "1.868" is £1.868m, not paragraph 868 of section 1


def _runs_on(prev: _Block, line: Line, label: str | None, top: int) -> bool:
    """A number opening a line that continues a wrapped sentence is a figure, not paragraph 57:
    "... there have been" / "57 Sheppey residents who ...". The line above stops mid-sentence on a
    lower-case word in the same style, and the number does not carry on the paper's numbering (a table's
    next row number, 15 then 16, does)."""
    if not label or "." in label or prev.role == "label" or top < int(label) <= top + 2:
        return False
    last = prev.lines[-1]
    same_style = last.bold == line.bold and _size(last) == _size(line)
    return same_style and len(last.text.split()) >= 6 and bool(re.search(r"\b[a-z][a-z'’-]*$", last.text.strip()))


def _attach_label_starts(blocks: list[_Block]) -> None:
    """Stretch a block back over a bare number line directly above it ("1." / "Introduction")."""
    for i, block in enumerate(blocks[1:], 1):
        prev = blocks[i - 1]
        if prev.role == "label" and block.role != "label" and block.label == prev.label:
            block.start = prev.start


def _size(line: Line) -> float:
    return round(line.font_size or 0.0, 1)


# --- headings ----------------------------------------------------------------


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.75


def _has_content_after(blocks: list[_Block], i: int) -> bool:
    """A heading owns something: body text, deeper numbers or items, not just a numbered sibling."""
    while i + 1 < len(blocks) and _ITEM_REF.match(blocks[i + 1].text):
        i += 1
    if i + 1 >= len(blocks):
        return False
    nxt, cur = blocks[i + 1], blocks[i]
    if nxt.label_kind == "num":
        if cur.label_kind != "num":
            return True
        return nxt.label.startswith(cur.label + ".")  # type: ignore[union-attr]
    if nxt.label_kind in ("item", "bullet") or cur.label_kind == "num":
        return True
    words = len(nxt.text.split())
    return words >= 15 or (words >= 4 and nxt.text.rstrip().endswith((".", ":")))


LIST_LINE_WORDS = 14  # a numbered line longer than a numbered heading may be (`_is_heading`'s limit)


def _list_end(blocks: list[_Block], i: int) -> bool:
    """A short numbered line right after its numbered sibling that is a list line, one too long for a heading and
    ending in no sentence mark ("3. Embedding financial accountability across the council and implement a business
    partnering approach, to ensure our financial plans are robust and deliverable" / "4. Delivering and embedding
    audit and risk management"): the list's last item, not a heading over the lines after the list. Not a line in
    title case or capitals: minutes number their item headings after long unpunctuated items ("14. PARISH
    FACILITIES", "7. Project Updates")."""
    if i == 0 or not (blocks[i].label or "").isdigit() or _title_case(blocks[i].text):
        return False
    prev, text = blocks[i - 1], blocks[i - 1].text.strip()
    return (prev.label_kind == "num" and prev.label == str(int(blocks[i].label or 0) - 1) and len(prev.lines) <= 2
            and len(text.split()) > LIST_LINE_WORDS and not text.endswith(_TERMINAL))


def _body_size(document: Document) -> float:
    sizes = [_size(line) for line in document.lines if line.font_size]
    return statistics.median(sizes) if sizes else 0.0


def _is_heading(blocks: list[_Block], i: int, body_size: float) -> bool:
    block = blocks[i]
    text = block.text.strip()
    if block.label_kind in ("item", "bullet") or not text or _is_furniture(text):
        return False
    _, standard = _cues()
    if standard.match(text) and (block.label_kind is None or _has_content_after(blocks, i)):
        return True
    if _FIELD.match(text):
        return False  # "Lead Officer: Julian Wooster" is a front-matter field
    if i < 3 and block.label_kind is None and find_dates(text):
        return False  # "CORPORATE PARENTING PANEL – 29 October 2024" is the title page
    words = text.split()
    styled_line = block.first.bold or (bool(block.first.font_size) and _size(block.first) >= body_size + 1.0)
    limit = 25 if block.depth == 1 else 14 if block.label_kind == "num" else 16 if styled_line else 12
    if len(words) > limit or text.endswith(_TERMINAL) or not text[0].isupper() and not text[0].isdigit():
        return False
    if not _has_content_after(blocks, i):
        return False
    if block.label_kind == "num":
        # "5.1 Open the new Eastgate family hub" (an action under "5. Actions for 2024/25") is an item, not a heading
        return len(block.lines) <= 2 and not (block.depth > 1 and _action_item(text)) and not _list_end(blocks, i)
    larger = bool(block.first.font_size) and _size(block.first) >= body_size + 1.0
    styled = block.first.bold or larger
    if not styled and (not _title_case(text) or find_dates(text) or not block.gap or body_size):
        return False
    return len(block.lines) <= 2


def _fill_numbering_gaps(blocks: list[_Block]) -> None:
    """An unnumbered heading alone between top-level headings N-1 and N+1 is section N."""
    tops = [i for i, b in enumerate(blocks) if b.role == "heading" and b.depth == 1]
    _, standard = _cues()
    for a, b in zip(tops, tops[1:]):
        lo, hi = int(blocks[a].label), int(blocks[b].label)  # type: ignore[arg-type]
        between = [j for j in range(a + 1, b) if blocks[j].role == "heading" and blocks[j].label_kind is None]
        if hi == lo + 2 and len(between) == 1 and not standard.match(blocks[between[0]].text):
            blocks[between[0]].label, blocks[between[0]].label_kind = str(lo + 1), "num"


def _demote_front_matter(blocks: list[_Block]) -> None:
    """Before the first numbered heading, only standard headings ("Summary") are headings: the rest is the title page."""
    first = next((i for i, b in enumerate(blocks) if b.role == "heading" and b.label_kind == "num"), None)
    if first is None:
        return
    _, standard = _cues()
    for block in blocks[:first]:
        if block.role == "heading" and not standard.match(block.text.strip()):
            block.role = "body"


# --- tree ----------------------------------------------------------------------


# A line that stops on a word a sentence cannot end on: the sentence goes on in the next block.
_DANGLING = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|and|or|which|that|from|at)$", re.I)


def _is_continuation(block: _Block, node: _Node, document: Document) -> bool:
    """Text cut by a page break or a figure: starts lowercase, or the node's text stops mid-sentence."""
    if block.label_kind is not None or node.role == "heading":
        return False
    own = document.text[node.start : node.own_end].rstrip()
    if block.text[:1].islower():
        return True
    if node.role == "item" and _DANGLING.search(own):
        return True  # a bullet wrapped after "in the": its next line is no paragraph of its own
    return node.role == "paragraph" and not own.endswith((".", ":", "?", "!", ")", '"', "'"))


def _parent_for_number(stack: list[_Node], number: str, heading: bool) -> None:
    while stack:
        top = stack[-1]
        if top.number is not None and number.startswith(top.number + "."):
            return
        anchor = _numbered_ancestor(top)
        if top.role == "heading" and top.number is None:
            if anchor is not None and number.startswith(anchor + ".") and not heading:
                return
            if anchor is None and not heading:
                return  # minutes: "1. RESOLVED..." under an unnumbered item heading
        stack.pop()


def _numbered_ancestor(node: _Node | None) -> str | None:
    while node is not None:
        if node.number is not None:
            return node.number
        node = node.parent
    return None


def _build(document: Document, blocks: list[_Block]) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    last: _Node | None = None
    for block in blocks:
        role = block.role
        style = (_size(block.first), block.first.bold)
        if role == "body" and last is not None and (_ITEM_REF.match(block.text) and last.role == "heading" or _is_continuation(block, last, document)):
            last.own_end = block.end
            last.header = block.text.rstrip().endswith(":")
            continue
        if block.label_kind == "num":
            _parent_for_number(stack, block.label or "", role == "heading")
            role = "heading" if role == "heading" else "paragraph"
        elif role == "heading":  # unnumbered heading: under the nearest heading of a bigger style
            _, standard = _cues()
            while stack and (stack[-1].role != "heading" or stack[-1].number is None and stack[-1].style <= style):
                stack.pop()
            if standard.match(block.text):
                stack.clear()
        elif block.label_kind in ("item", "bullet"):
            role = "item"
            while stack and stack[-1].role == "item" and not (stack[-1].header and _marker(stack[-1]) != block.label_kind):
                stack.pop()
        else:
            while stack and stack[-1].role in ("item", "body"):
                stack.pop()
        parent = stack[-1] if stack else None
        node = _Node(
            path="",
            title=_title(block, role),
            role=role,
            start=block.start,
            own_end=block.end,
            end=block.end,
            page=block.first.page,
            number=block.label if block.label_kind == "num" else None,
            header=block.text.rstrip().endswith(":"),
            parent=parent,
            style=style,
        )
        node.path = _local_path(node, block, parent.children if parent else roots)
        (parent.children if parent else roots).append(node)
        stack.append(node)
        last = node
    return roots


def _marker(node: _Node) -> str:
    return "bullet" if re.search(r"-\d+$", node.path) else "item"


def _title(block: _Block, role: str) -> str | None:
    if role == "heading":
        return block.text.strip().rstrip(":").strip()
    return None


def _local_path(node: _Node, block: _Block, siblings: list[_Node]) -> str:
    base = node.parent.path if node.parent else ""
    if node.number is not None:
        return node.number
    if node.role == "item" and block.label_kind == "item":
        return f"{base}{block.label}"
    if node.role == "item":
        n = sum(1 for s in siblings if s.role == "item" and _marker(s) == "bullet") + 1
        return f"{base}-{n}"
    prefix = "h" if node.role == "heading" else "p"
    n = sum(1 for s in siblings if s.number is None and s.role == node.role) + 1
    return f"{base}.{prefix}{n}" if base else f"{prefix}{n}"


# --- kinds and periods -------------------------------------------------------------


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    return parts[-1] if parts else text


def classify_kind(text: str) -> str | None:
    """The kind a heading title or list header announces, or None."""
    kinds, _ = _cues()
    for kind, patterns in kinds:
        if any(p.search(text) for p in patterns):
            return kind
    return None


def _assign_kinds(nodes: list[_Node], document: Document, inherited: tuple[str, str | None]) -> None:
    for node in nodes:
        kind, period = inherited
        own = document.text[node.start : node.own_end]
        cue_text = None
        if node.role == "heading":
            cue_text = node.title or ""
        elif node.header:
            cue_text = _last_sentence(" ".join(own.split()))
        if cue_text:
            found = classify_kind(cue_text)
            if found:
                kind = found
                period = normalise_period(cue_text) or (normalise_period(own) if node.header else None) or period
            elif node.role == "heading":
                kind, period = "other", normalise_period(cue_text) or period
        node.kind, node.period = kind, period
        _assign_kinds(node.children, document, (kind, period))


# --- public ------------------------------------------------------------------------


def build_sections(document: Document) -> list[Section]:
    """The section tree of a paper, flattened in reading order (parents before children)."""
    blocks = _blocks(document)
    body_size = _body_size(document)
    for i, block in enumerate(blocks):
        if _is_heading(blocks, i, body_size):
            block.role = "heading"
    _fill_numbering_gaps(blocks)
    _demote_front_matter(blocks)
    roots = _build(document, blocks)
    _close(roots, len(document.text))
    _assign_kinds(roots, document, ("other", None))
    sections: list[Section] = []
    seen: dict[str, int] = {}
    _flatten(roots, document, None, 1, sections, seen)
    return sections


def _close(nodes: list[_Node], limit: int) -> None:
    """Subtree end = end of its last descendant (or own text)."""
    for node in nodes:
        _close(node.children, limit)
        node.end = max([node.own_end] + [c.end for c in node.children])
        node.own_end = min(node.own_end, node.children[0].start) if node.children else node.own_end
        node.end = min(node.end, limit)


def _flatten(nodes: list[_Node], document: Document, parent_id: str | None, level: int, out: list[Section], seen: dict[str, int]) -> None:
    for node in nodes:
        path = node.path
        if path in seen:
            seen[path] += 1
            path = f"{path}~{seen[path]}"
        else:
            seen[path] = 1
        node.path = path  # children's paths are built from this already; keep ids consistent
        section = Section(
            id=stable_id(document.id, "section", path, node.start),
            document_id=document.id,
            path=path,
            title=node.title,
            level=level,
            role=node.role,
            start=node.start,
            end=node.end,
            own_end=max(node.start, node.own_end),
            kind=node.kind or "other",
            period=node.period,
            page=node.page,
            parent_id=parent_id,
        )
        out.append(section)
        _flatten(node.children, document, section.id, level + 1, out, seen)
