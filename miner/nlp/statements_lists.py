"""The lines that head a list rather than state anything: headers, labels, lead-ins, topics and named themes.

A list item inherits its kind and period from what heads it, so the finder must tell a header ("Key priorities
for 2025/26 include:"), a sub-heading left as a paragraph ("What we have achieved"), a lead-in ("Over the past
year we have:") and a theme's name ("Priority 3: Preventing exploitation") from a statement, and find the parent
of an item by its section path. These are the tests it uses; the memory of what each header introduced stays in
the finder (`StatementFinder._list_kind`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from miner.nlp.dates import find_periods
from miner.nlp.doctext import text_of
from miner.nlp.statements_cues import header_kind
from miner.nlp.statements_text import strip_marker


# a resolution that decides before it lists: "RESOLVED: That the premises licence be granted ..., subject to the
# following conditions:" (a licensing or planning minute), "RESOLVED that the grant be awarded on these terms:"
_RESOLVES_BEFORE_LIST = re.compile(
    r"\bthat\b.{0,160}?\b(?:be|is|are)\s+(?:hereby\s+)?(?:granted|approved|agreed|adopted|refused|awarded|allocated|"
    r"suspended|revoked|deferred|declined|confirmed|endorsed|authori[sz]ed|delegated|made|issued|varied|added)\b", re.I | re.S)


def is_header_text(text: str) -> bool:
    """A list header or heading line itself is not a statement, unless it is a resolution that decides before
    listing its conditions or terms."""
    t = text.strip()
    if not t.endswith(":"):
        return False
    kind = header_kind(t)
    return kind is not None and not (kind == "decision" and _RESOLVES_BEFORE_LIST.search(t))


_LABEL_WORDS = 6
# a resolution's lead-in run into its own line: "RESOLVED: That", "RESOLVED that the Committee"
_RESOLVED_LEAD = re.compile(
    r"^\W*resolved\W*(?:that\b)?(?:\s+(?:the\s+)?(?:county\s+|borough\s+|district\s+|city\s+)?"
    r"(?:committee|sub-committee|council|cabinet|panel|board|executive|members))?\W*$", re.I)


def is_label(text: str) -> bool:
    """A short unpunctuated line that names a kind ("What we have achieved", "What we will do",
    "Actions to improve", "RESOLVED: That"): a sub-heading the sectioner left as a paragraph. It
    introduces the items that follow and is no statement itself. A resolution that is a whole
    short decision ("RESOLVED that the report be noted") is not a label."""
    t = " ".join(text.split())
    if not t or len(t.split()) > _LABEL_WORDS or t[-1] in ".;!?":
        return False
    kind = header_kind(t)
    return kind is not None and (kind != "decision" or bool(_RESOLVED_LEAD.match(t)))


# "Over the past year we have:", "Progress this year includes:", "These are as follows:"
_LEAD_IN_END = re.compile(
    r"(?:\b(?:we|i|they|it|the\s+(?:[\w'-]+\s+){0,3}?(?:council|service|team|partnership|authority|department|directorate|board))\s+(?:have|has|will|are|were|had)|\b(?:include[sd]?|including|are|were|is|comprise[sd]?|"
    r"as\s+follows|the\s+following|below|these|this\s+included))"
    r"(?:\s+(?:in|during|for|over|since)\s+(?:the\s+)?[\w/'’-]+(?:\s+[\w/'’-]+){0,3})?\s*(?::|…|\.\.\.)\s*$", re.I)  # "... the following in 2023/24:", "Together we will…"


_LEAD_IN_WORDS = 12


def is_lead_in(text: str) -> bool:
    """One short sentence that only introduces the list after it ("Over the past year we have:"): its
    items are the statements, it is none itself."""
    t = " ".join(text.split())
    t = t[strip_marker(t):]
    return len(t.split()) <= _LEAD_IN_WORDS and bool(_LEAD_IN_END.search(t)) and not re.search(r"[.!?]\s", t)


_SUB_HEADING_WORDS = 8
_TOPIC_WORDS = 4
_CLAUSE_WORD = re.compile(r"\b(?:we|i|will|shall|would|have|has|had|are|is|were|was|be|to)\b", re.I)


def _topic_lead(text: str) -> bool:
    """A topic that heads the items after it ("4.3 Transport:", "Nature and waste:"): a few words and a colon, no
    clause; it says nothing itself."""
    t = " ".join(text.split())
    t = t[strip_marker(t):]
    return t.endswith(":") and 0 < len(t.split()) <= _TOPIC_WORDS and not _CLAUSE_WORD.search(t)


def _sub_heading(text: str) -> bool:
    """A short line without a sentence's end ("Theme 1: Council buildings and energy", "Fleet and travel")."""
    return 0 < len(text.split()) <= _SUB_HEADING_WORDS and text[-1] not in ".;:!?"


_NAMED_LINE = re.compile(r"^\W*(?:theme|priority|objective|outcome|ambition|aim|pillar|strand|workstream)\s+(?:\d{1,2}[a-z]?|[a-z])\s*[:.\u2013-]\s*[^.!?:;]{1,80}$", re.I)
_PRIORITY_LINE = re.compile(r"^\W*priority\s+(?:\d{1,2}[a-z]?|[a-z])\s*[:.\u2013-]\s*[^.!?:;]{1,120}[.;]?$", re.I)


def _named_priorities(doc: Doc, list_kind: str | None) -> tuple[list[Span], str | None]:
    """Each numbered priority line of a unit that is a list of them ("The Board has agreed four priorities:" /
    "Priority 1: Give every child the best start in life" / "Priority 2: ..."), one statement a line: the
    lines are the priorities the lead-in announces. Only after a lead-in or heading that names priorities
    (`header_kind`), or under a priorities header; a theme's or objective's name stays none (`_names_only`).
    Also the lead-in's period ("Key priorities for 2025/26"), for the lines."""
    doc_text = text_of(doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text) if m.group(0).strip()]
    if not lines:
        return [], None
    first = doc_text[lines[0][0] : lines[0][1]].strip()
    first = first[strip_marker(first):]
    named = [(a, b) for a, b in lines if _PRIORITY_LINE.match(doc_text[a:b].strip())]
    if named and named[0] != lines[0] and header_kind(first) == "priority" and len(named) == len(lines) - 1:
        pass  # a lead-in or heading line, then its priorities
    elif not (list_kind == "priority" and len(named) == len(lines) >= 2):
        return [], None
    periods = find_periods(first) if named[0] != lines[0] else []
    out = []
    for a, b in named:
        a += len(doc_text[a:b]) - len(doc_text[a:b].lstrip())
        span = doc.char_span(a, b - (len(doc_text[a:b]) - len(doc_text[a:b].rstrip())), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out, periods[0][2] if periods else None


# a sentence that opens a promise of its own: "We will ...", "As a first milestone, we will ...", "The Council will ...",
# "Our headline commitment is to ..."
_OWN_PROMISE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:[A-Z][\w'’ -]{0,40},\s+)?(?:we|the (?:council|authority|service|board))\s+will\s+"
                          r"(?!be\s+asked\b)|(?:our|the (?:council|authority)['’]s)\s+(?:[\w-]+\s+)?(?:commitment|ambition|aim)\s+is\s+to\b)",
                          re.I)


def _several_promises(text: str) -> bool:
    """Two or more sentences of an item each open a promise of their own (each has its own target and date)."""
    return len(_OWN_PROMISE.findall(text)) >= 2


def _names_only(text: str) -> bool:
    """A lead-in whose lines after it only name numbered themes or priorities ("The plan is built around four
    improvement themes:" / "Theme 1: Effective front door and early help" / ...): names, like a bare
    "Priority 1: <title>" line, not statements; the actions under each theme are."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and lines[0].endswith(":") and all(_NAMED_LINE.match(line) for line in lines[1:])


def _base_path(path: str | None) -> str | None:
    """The path without the sectioner's repeat marks: '4(a)~2' -> '4(a)', '4~4' -> '4'.

    Minutes restart their paragraph numbers in every item, so the sectioner tells the fourth "4." from the
    first by a "~4" after the whole path ("4(a)~2" is item (a) under the second "4."-numbered paragraph to
    have an (a), not a child of "4~2"). Units arrive in reading order, so what a list header introduces is
    kept under its base path and the latest "4." is the one whose items follow ("4. RESOLVED that Cabinet
    agree to:" / "(a) Adopt the Integrated Care Strategy Delivery Plan ...")."""
    return re.sub(r"~\d+", "", path) if path else path


def _parent_path(path: str | None) -> str | None:
    """'9.3.1-2' -> '9.3.1', '2.p4-1' -> '2.p4', '3.4(iv)' -> '3.4', '4.10' -> '4', '4(a)~2' -> '4'; None at the top."""
    path = _base_path(path)
    if not path:
        return None
    m = re.match(r"^(.+)\([^()]+\)$", path) or re.match(r"^(.*)[.-][^.-]+$", path)
    return m.group(1) if m else None


def _last_line(text: str) -> str | None:
    """The last line of a unit that runs a heading into its lead-in ("2. Objective 1: Prevent homelessness"
    / "We will:"): the lead-in names the kind of the items, not the heading. None for one line, or a last
    line that continues a wrapped sentence (it opens lower case)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not lines[-1][:1].isupper():
        return None
    return lines[-1]


def _last_sentence(text: str) -> str:
    """The last sentence of a lead-in paragraph: the words that name what its list is of."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text.strip())
    return parts[-1] if parts else text
