"""A unit's text cut into the sentences the statement rules read, and the parts of it that are no one's statement.

The parser's sentences are not a committee paper's: a PDF wraps lines mid-sentence, a form runs its field lines
together, a table row puts a question and its answer in one line, minutes write an action note without a full
stop. These helpers rejoin and split the parser's sentences (`_sentences_of`), trim a sentence's list marker,
run-in title and field label (`_trim`), and find the ranges that are other people's words (long quotations, a
"You said" column) or cells, not sentences.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from miner.nlp.doctext import text_of
from miner.nlp.statements_cues import _views_columns, header_kind, load_cues
from miner.nlp.statements_tables import cell_bounds
from miner.tabular import MARKDOWN_RULE


# "A1 ", "R2 ", "C12 " opening an action plan's or a review's line that ends as a sentence does: a reference, not
# a word (not "Q2", a quarter; not a road in a table's line, "A28 Chart Road, Ashford", nor a road's number before
# its name in a list of schemes, "C19 Station Road, Oakham.")
_REF = r"(?-i:[A-PR-Z]\d{1,2}[a-z]?)\.?[ \t]+(?!(?-i:[A-Z][a-z]+[ \t]+){0,3}(?-i:Road|Lane|Street|Way|Avenue|Drive|Bypass|Link|Hill)\b)(?=(?-i:[A-Z])[^\n]*[.;:!?][ \t]*(?:\n|$))"
# "(iv) ", "- ", "4.10.1 ", "a) ", "A1 " at the start of an item: not part of the statement.
_MARKER = re.compile(r"^\s*(?:[-•*▪●]\s*)?(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3})\)\s*|\d+(?:\.\d+)+\.?\s+|\d{1,2}\.\s+|" + _REF + ")?", re.I)
_REF_START = re.compile(_REF)  # a line opening with a reference starts a new sentence ("... safety\nA1 Complete ...")


def strip_marker(text: str) -> int:
    """Length of the leading list marker ("(iv) ", "4.10.1 ")."""
    m = _MARKER.match(text)
    return m.end() if m else 0


_QUOTE = re.compile(r'["\u201c\u201d]')
_QUOTED_MIN = 80  # shorter quotes are titles or terms ('"Outstanding" judgement'), not someone's words


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of long quoted passages (a resident's verbatim comment), whose sentences are theirs.

    Quote marks pair up in order; an odd one out at the end opens a passage
    running to the end of the unit, and one that follows sentence punctuation
    before any other closes a passage begun in an earlier unit.
    """
    marks = [m.start() for m in _QUOTE.finditer(text)]
    if not marks:
        return []
    out = []
    first = marks[0]
    glued = first > 0 and not text[first - 1].isspace() and text[first + 1 : first + 2] in ("", "?", "!", ".") \
        and text[first + 2 : first + 3] in ("", "\n")  # 'the permanent school building"?' ending its line: a closer
    if len(marks) % 2 and first > 0 and (text[:first].rstrip()[-1:] in ".!?" or glued):
        out.append((text.rfind("\n", 0, first) + 1 if glued else 0, first))  # a glued closer: its own line only
        marks = marks[1:]
    pairs = list(zip(marks[::2], marks[1::2]))
    if len(marks) % 2:
        pairs.append((marks[-1], len(text)))
    out += [(a, b) for a, b in pairs if b - a >= _QUOTED_MIN]
    return out


def _row_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, stripped, an empty cell kept ("|  | We will ... |": the first column is
    empty); the empty text outside a row's outer "|" is no cell."""
    bounds = cell_bounds(line, re.compile(re.escape(separator)))
    if separator == "|" and line.lstrip().startswith("|"):
        bounds = bounds[1:]
    if separator == "|" and line.rstrip().endswith("|"):
        bounds = bounds[:-1]
    return bounds


def _said_cells(text: str) -> list[tuple[int, int]]:
    """Ranges of the cells of a "said" column in a table of what others said beside the council's answer
    ("| Consultation Feedback | Draft KCC Response |", "You said | We did", cue group `views_column`): other
    people's words, like a quoted passage. The table runs from its header row to the first line without cells."""
    views, response = _views_columns()
    out: list[tuple[int, int]] = []
    column: tuple[str, int, int] | None = None  # separator, the said column, the header's width
    pos = 0
    for line in text.split("\n"):
        separator = "|" if "|" in line else "\t" if "\t" in line else None
        cells = _row_cells(line, separator) if separator else []
        names = [" ".join(line[a:b].split()) for a, b in cells]
        said = next((i for i, n in enumerate(names) if any(p.fullmatch(n) for p in views)), None)
        if said is not None and any(any(p.fullmatch(n) for p in response) for j, n in enumerate(names) if j != said):
            column = (separator, said, len(cells))
        elif column is not None and MARKDOWN_RULE.fullmatch(line):
            pass  # "|---|---|" under the header row
        elif column is not None and separator == column[0] and len(cells) == column[2]:
            a, b = cells[column[1]]
            if b > a:
                out.append((pos + a, pos + b))
        else:
            column = None
        pos += len(line) + 1
    return out


def _sentences_of(doc: Doc) -> list[Span]:
    """The unit's sentences as the rules read them: the parser's, rejoined at line wraps and split at field labels,
    table cells and joined promises; without a parser, split at sentence-final punctuation."""
    if doc.has_annotation("SENT_START"):
        return _split_joined_promises(_split_at_cells(_split_at_labels(_rejoin_wraps(list(doc.sents)))))
    # no parser/senter: split on sentence-final punctuation
    spans, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z(])|\n\s*\n|$", text_of(doc)):
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is not None and span.text.strip():
            spans.append(span)
        start = m.end()
    return spans


# "We will resurface 120 miles ... in 2021/22, and we will reduce the backlog of potholes to below 1,000 ...": a second
# promise with its own subject and "will", after a first that promises too
_JOINED_PROMISE = re.compile(r"(?:,|;)?\s+(?:and\s+)?(?=(?:we|the (?:council|authority))\s+will\s+(?!be\s+asked\b))", re.I)
JOINED_MIN_WORDS = 4  # each half of a joined promise says something on its own


def _split_joined_promises(sents: list[Span]) -> list[Span]:
    """Two promises joined in one sentence are two statements, so each is tracked and judged on its own (the
    first done, the second late, or a target in the second)."""
    out: list[Span] = []
    for sent in sents:
        start = sent.start_char
        for m in _JOINED_PROMISE.finditer(sent.text):
            at = sent.start_char + m.start()
            head, rest = text_of(sent.doc)[start:at], text_of(sent.doc)[sent.start_char + m.end() : sent.end_char]
            if re.search(r"[,;]|\band\b", m.group(0)) and re.search(r"\bwill\b", head) \
                    and len(head.split()) >= JOINED_MIN_WORDS and len(rest.split()) >= JOINED_MIN_WORDS:
                span = sent.doc.char_span(start, at, alignment_mode="contract")
                if span is not None:
                    out.append(span)
                    start = sent.start_char + m.end()
        tail = sent.doc.char_span(start, sent.end_char, alignment_mode="expand") if start != sent.start_char else sent
        if tail is not None:
            out.append(tail)
    return out


def _action_note_at(text: str, at: int) -> re.Match[str] | None:
    """The action note ("CLERK TO SEND LETTER TO CATERS", "*Clerk to place on July agenda.") starting at `at`."""
    return next((m for p in load_cues().action_note_start if (m := p.match(text, at))), None)


def _split_at_action_notes(sents: list[Span]) -> list[Span]:
    """Minutes write an action after the discussion with no full stop, often in capitals or after an asterisk
    ("... needs to be trimmed. CLERK TO REQUEST WORK FROM CGM. The parishioner ...", "... received. *Clerk to place
    on July agenda."): the note is a sentence of its own, so it is read as the action it is and the discussion
    around it is not taken for the action (nor the action for the discussion's kind)."""
    out: list[Span] = []
    for sent in sents:
        text = sent.text
        cuts: set[int] = set()
        for p in load_cues().action_note_start:
            for m in p.finditer(text):
                if text[: m.start()].strip():
                    cuts.add(m.start())
                rest = text[m.end() :]
                if m.group(0).isupper() and re.match(r"\s+[A-Z][a-z]", rest):  # mixed case resumes: a new sentence
                    cuts.add(m.end())
        start = 0
        for cut in sorted(cuts) + [len(text)]:
            span = sent.doc.char_span(sent.start_char + start, sent.start_char + cut, alignment_mode="contract")
            if span is not None and span.text.strip():
                out.append(span)
            start = cut
    return out


_CELL = re.compile(r"[^|]+")


def _split_at_cells(sents: list[Span]) -> list[Span]:
    """A table row written with "|" between its cells ("| Gateway is only open 4 days a week | We will review the
    opening ... |") is read a cell at a time: a cell ends a sentence, so a question in one column does not run into
    the answer in the next, and no statement quotes the rule marks."""
    out: list[Span] = []
    for sent in sents:
        if "|" not in sent.text:
            out.append(sent)
            continue
        for m in _CELL.finditer(sent.text):
            cell = m.group(0)
            if not cell.strip():
                continue
            a = sent.start_char + m.start() + len(cell) - len(cell.lstrip())
            b = sent.start_char + m.end() - (len(cell) - len(cell.rstrip()))
            span = sent.doc.char_span(a, b, alignment_mode="expand")
            if span is not None and span.text.strip():
                out.append(span)
    return out


def _split_at_labels(sents: list[Span]) -> list[Span]:
    """A form's unpunctuated field line runs into the next in one parsed sentence ("Current rating: Red
    (Likelihood 4, Impact 5)" / "Further actions: Deliver ... by March 2026."): a new line that opens with a
    label of a kind ("Further actions:", "We did:") or a reference ("Theme A: Building safety" / "A1 Complete
    ...") starts a sentence of its own."""
    doc_text = text_of(sents[0].doc) if sents else ""
    out: list[Span] = []
    for n, sent in enumerate(sents):
        start = sent.start_char
        if n == 0:
            start += _run_in_title(doc_text, start, sent.end_char)
        for m in re.finditer(r"\n[ \t]*(?=\S)", sent.text):
            at = sent.start_char + m.end()
            rest = doc_text[at : sent.end_char]
            if at < sent.end_char and (_label_kind(rest) is not None or _REF_START.match(rest)):
                head = sent.doc.char_span(start, sent.start_char + m.start(), alignment_mode="expand")
                if head is not None and head.text.strip():
                    out.append(head)
                    start = at
        tail = sent.doc.char_span(start, sent.end_char, alignment_mode="expand") if start != sent.start_char else sent
        if tail is not None:
            out.append(tail)
    return out


_RUN_IN_TITLE_WORDS = 8
_RUN_IN_TITLE = re.compile(r"[^\n]*?[A-Za-z)][ \t]*\n[ \t]*(?=[A-Z][a-z]+\s)")


def _run_in_title(text: str, start: int, end: int) -> int:
    """Length of a title line that opens a unit and runs into its first sentence ("4.2 Market Hall refurbishment
    (Levelling Up Fund, £8.9m)" / "Practical completion was achieved ..."): a project's or topic's name, no part
    of the statement. A short first line without a sentence's end, not ending on an article or preposition (a
    wrapped line does), followed by a line opening with a capitalised word, in a numbered paragraph (a table
    flattened from a PDF opens its cells' lines the same way); 0 when there is none."""
    lead = strip_marker(text[start:end])
    m = _RUN_IN_TITLE.match(text, start + lead, end) if lead else None
    if m is None:
        return 0
    title = text[start + lead : m.end()].strip()
    if len(title.split()) > _RUN_IN_TITLE_WORDS or _DANGLING.search(title) or not re.search(r"[.!?]", text[m.end() : end]):
        return 0
    return m.end() - start


# no sentence ends on an article or preposition: "Areas which are in the" / "Devolution Priority Programme will ..."
_DANGLING = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|and|or|which|that|from|at)$", re.I)


def _rejoin_wraps(sents: list[Span]) -> list[Span]:
    """Join what the parser split at a PDF line wrap, and a rating to its figures ("... (target 28 days). RAG: Red."): a sentence with no closing punctuation followed
    by one opening lower case or with a bracketed insert ("... by the Leader of the Council" /
    "[Cabinet] to submit a request to Government ..."), or one ending on an article or preposition or a title's
    abbreviation ("... once the Chairman and Cllr." / "Mack have met ...")."""
    out: list[Span] = []
    for sent in sents:
        head = sent.text.lstrip()
        prev = out[-1].text.rstrip() if out else ""
        wrapped = (head[:1] in "[" + "abcdefghijklmnopqrstuvwxyz" and head[:1] or _DANGLING.search(prev)) \
            and not re.search(r"[.!?:;]\W*$", prev)
        if out and (wrapped or any(p.search(prev) for p in load_cues().abbreviation)):
            out[-1] = sent.doc[out[-1].start : sent.end]
        elif out and any(p.match(head) for p in load_cues().fragment):  # "... (target 28 days). RAG: Red."
            out[-1] = sent.doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _field_label(text: str) -> re.Match[str] | None:
    """The form's field label ("Action: ", "We did: ") opening a line or sentence, after its list marker."""
    t = text[strip_marker(text):].lstrip()
    return next((m for p in load_cues().field_label if (m := p.match(t))), None)


def _label_kind(text: str) -> str | None:
    """The kind a form's field label opening a sentence names ("We did:", "We will:"), None for a neutral one
    ("Action:", "Update:") or none: a sentence the rules cannot read takes it."""
    label = _field_label(text)
    if label is None:
        return None
    if any(p.match(label.group(0)) for p in load_cues().challenge_label):  # "Issue: ...", "Risk: ..."
        return "challenge"
    return header_kind(label.group(0).strip())


_SOUP_LINES = 5
_SOUP_WORDS = 3


def _cell_soup(text: str) -> bool:
    """A "sentence" of table cells a PDF reader emitted one per line, wrapped cells interleaved row by row
    ("DM1 Introduce a single point of" / "Accepted" / "A dedicated damp and" / "October" / "Complete" / ...):
    most lines a few words, so no statement can be quoted from it."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if len(lines) < _SOUP_LINES or re.search(r":\s*\n", text):  # a lead-in's short items are a list, not cells
        return False
    return sorted(map(len, lines))[len(lines) // 2] <= _SOUP_WORDS


def _lead_sentence(doc: Doc, item: Span) -> Span | None:
    """The first trimmed sentence of the unit that ends inside `item` (the item's words after its marker)."""
    return next((s for s in (_trim(x) for x in _sentences_of(doc)) if s is not None and s.end_char > item.start_char), None)


def _trim(sent: Span) -> Span | None:
    """Drop a leading list marker, a minute's run-in title and a form's field label, and surrounding
    space, from a sentence span."""
    text = sent.text
    lead = strip_marker(text)
    lead = max(lead, len(text) - len(text.lstrip()))
    heading = next((m for p in load_cues().run_in_heading if (m := p.match(text[lead:]))), None)
    if heading is not None:  # "23/144 REPORTS FROM COUNTY AND DISTRICT COUNCILLORS County Cllr ...": the minute's title
        lead += heading.end()
    label = next((m for p in load_cues().field_label if (m := p.match(text[lead:]))), None)
    if label is not None:  # "Action: The first report was published ...": the label is the form's
        lead += label.end()
    end = len(text.rstrip())
    if end - lead < 3:
        return None
    return sent.doc.char_span(sent.start_char + lead, sent.start_char + end, alignment_mode="expand")
