"""Passages and promises of a paper: what the tracker compares.

A passage is one section's own text (a numbered paragraph, list item or body) with the
statements, entities, indicators, claims and inspections found inside it, so evidence is not
limited to what the statement finder caught and every link has a paragraph path to cite. A
promise is a priority or commitment with the names, indicators, themes and headings it carries.
`mark_copies` flags what a later paper merely retells from an earlier one (yearly reports
recall last year's plan before saying what happened).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from miner.model import Claim, Extraction, Inspection, Mention, Statement
from miner.similarity import analyse, stop_words
from miner.tabular import has_cell_rows, is_tabular
from miner.track_text import PARAGRAPH_LABEL, as_reported, cue_alternatives, cue_words, cues, has_cue, sentences, themes_of

PROMISE_KINDS = ("priority", "commitment")  # tracked, and so are decisions that commit to act (`acts`)
MIN_PASSAGE = 40  # shorter paragraphs are headings or labels, not evidence
MIN_ITEM = 15  # a list item is short and still says something ("Improving the quality of EHCPs")
RESTATED = 0.8  # a passage this much copied from an earlier paper retells the promise, it reports nothing


@dataclass
class Passage:
    """A citable stretch of a later paper: one section's own text and what was found in it."""

    document_id: str
    date: str
    section_id: str | None
    section_path: str | None
    start: int
    end: int
    text: str
    kinds: set[str] = field(default_factory=set)  # statement kinds inside
    entities: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    themes: set[str] = field(default_factory=set)
    heading: str = ""  # titles of the headings it sits under
    section_kind: str = "other"  # achievements / priorities / ... of its section (list headers inherit)
    header: str = ""  # the list header an item hangs from ("... was developed jointly ... including:")
    copied: float = 0.0  # share of its text copied from an earlier paper of the authority (history retold)
    retold: set[int] = field(default_factory=set)  # start offsets of its sentences an earlier paper has
    tabular: bool = False  # a table of figures or cells: its words are cell soup, its figures still count
    committee: str = ""  # the body whose paper it is ("Cabinet"): a report promised to that body may be this paper
    resolved: bool = False  # minuted as what the body resolved ("3) RESOLVED that Council: ... (iii) Adopts ..."), not proposed


@dataclass
class Promise:
    statement: Statement
    document_id: str
    date: str
    authority: str
    entities: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    themes: list[str] = field(default_factory=list)
    heading: str = ""
    named: bool = False  # names a service, programme, system, board or place (not the authority's own)
    places: tuple[frozenset[str], ...] = ()  # the places it names, as words beyond the authority's own ("dover")
    context: str = ""  # the sentence before, when the promise points back to it ("We will reduce this to 140")
    things: set[str] = field(default_factory=set)  # entity keys of the services, programmes, systems and boards it names
    only_names: bool = False  # every word of it is in a name it gives, or joins two: a label ("Adult Social Care & Health")


NAMED_LABELS = ("SERVICE", "PROGRAMME", "SYSTEM", "BOARD", "PLACE")
_JOINERS = frozenset(cue_words("name_joiners"))  # "Kent and Medway", "Newcastle upon Tyne"


def entity_key(m: Mention) -> str:
    return m.entity_id or (m.entity or m.text).lower()


def _indicator_ids(text: str) -> set[str]:
    """Indicators named in free text (promises rarely carry a claim of their own)."""
    try:
        from miner.nlp.claim_indicator import named_ids
    except Exception:  # claims module mid-change or missing: no indicator signal
        return set()
    return named_ids(text)


def _reported_indicators(text: str) -> set[str]:
    """Indicators the promise names once its acts are put as a report puts them ("answer 90% of calls" ->
    "answered 90% of calls": the calls-answered measure a later table reports)."""
    return {i for past in as_reported(text) for i in _indicator_ids(past)}


def headings_of(ex: Extraction) -> dict[str, str]:
    """Section id -> the titles of the headings above it and its own ("Inclusion", "SEND Transport")."""
    by_id = {s.id: s for s in ex.sections}
    out: dict[str, str] = {}
    for s in ex.sections:
        titles, node, seen = [], s, set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            if node.title:
                titles.append(node.title)
            node = by_id.get(node.parent_id) if node.parent_id else None
        out[s.id] = " / ".join(reversed(titles))
    return out


_YEAR = re.compile(r"^\(?(?:19|20)\d\d(?:[-/]\d\d)?[),.;:]*$")


_CELL_START = re.compile(r"\s*(?:\||[-+–(]?[£$]?\d)")
_CELLS = re.compile(r"(?:[-+–(]?[£$]?\d[\d,.]*[%kKmM)]?(?:\s+(?:mins?|s|secs?|hrs?|days?))?\s*){2,}")
ROW_LABEL_WORDS = (2, 8)  # a row label names a measure in two to eight words ("Physical visits")
ROW_SLACK_FROM = 4  # a label of this many words may miss one in the promise ("answered" for "respond to")


@lru_cache(maxsize=4096)  # the verdict rules ask again for each figure of a passage
def table_rows(text: str) -> tuple[tuple[int, int, int, frozenset[str]], ...]:
    """(start, end of label, end, stemmed label words) of each table row, its label being the words before
    its first cell ("Physical visits | 968,000 | 1,024,000", "Calls answered 78% 91%"). Not `claim_table`'s
    rows: its cells are figures only, and a tracker must read "6 min 50 s" rows too."""
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        bar = line.find("|")
        m = re.search(r"\s(?=[-+–(]?[£$]?\d)", line) if bar < 0 else None
        cut = bar if bar >= 0 else (m.start() if m else -1)
        if cut <= 0 or _CELL_START.match(line) or (bar < 0 and not _CELLS.fullmatch(line[cut:].strip())):
            continue  # without bars, a row is its label then figures only: not a sentence with a year in it
        words = frozenset(analyse(line[:cut], bigrams=False))
        if ROW_LABEL_WORDS[0] <= len(words) <= ROW_LABEL_WORDS[1]:
            out.append((start, start + cut, start + len(line.rstrip()), words))
    return tuple(out)


def names_row(shared: int, label: int) -> bool:
    """A promise naming a table row's measure: all the label's words, or all but one of a long label."""
    return shared >= label - (label >= ROW_SLACK_FROM)


def _one_sentence(text: str) -> bool:
    """One sentence of prose that quotes figures and their years ("adult smoking prevalence was 14.1% in
    2022, down from 15.2% in 2021."): not a table, though its words are a third figures."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = [w for w in text.split() if not _YEAR.match(w)]
    return (len(lines) <= 2 and text.rstrip().endswith((".", ";")) and len(words) >= 8
            and sum(any(ch.isdigit() for ch in w) for w in words) < 0.3 * len(words))


def passages_of(ex: Extraction) -> list[Passage]:
    """One passage per section with own text; records are attached by span containment."""
    doc = ex.document
    heads = headings_of(ex)
    by_id = {s.id: s for s in ex.sections}
    marks = (_openings(doc.text, "resolution_opens"), _openings(doc.text, "motion_opens"))
    out: list[Passage] = []
    for s in sorted(ex.sections, key=lambda s: s.start):
        text = doc.text[s.start : s.own_end]
        if len(text.strip()) < (MIN_ITEM if s.role == "item" else MIN_PASSAGE):
            continue
        parent = by_id.get(s.parent_id or "")
        ptext = doc.text[parent.start : parent.own_end].strip() if parent is not None else ""
        header = ptext if s.role == "item" and ptext.endswith(":") else ""
        out.append(Passage(doc.id, doc.meeting_date or "", s.id, s.path, s.start, s.own_end, text,
                           heading=heads.get(s.id, ""), section_kind=s.kind or "other", header=header,
                           tabular=(is_tabular(text) and not _one_sentence(text)) or has_cell_rows(text),
                           committee=doc.committee or "", resolved=resolved_at(doc.text, s.start, marks)))
    if not out:  # an unsectioned paper still gets one passage
        out.append(Passage(doc.id, doc.meeting_date or "", None, None, 0, len(doc.text), doc.text,
                           committee=doc.committee or ""))
    starts = [p.start for p in out]

    def owner(start: int) -> Passage | None:
        i = int(np.searchsorted(starts, start, side="right")) - 1
        return out[i] if i >= 0 and start < out[i].end else None

    for st in ex.statements:
        if (p := owner(st.start)) is not None:
            p.kinds.add(st.kind)
    for m in ex.mentions:
        if (p := owner(m.start)) is not None:
            p.entities.add(entity_key(m))
    for c in ex.claims:
        if (p := owner(c.start)) is not None:
            p.claims.append(c)
            if c.indicator:
                p.indicators.add(c.indicator)
    for ins in ex.inspections:
        if (p := owner(ins.start)) is not None:
            p.inspections.append(ins)
    for p in out:
        p.themes = set(themes_of(p.text))
    return out


RESOLVED_SPAN = 3000  # characters before a passage searched for the resolution or motion it is minuted under


def _openings(text: str, group: str) -> list[int]:
    return sorted(m.start() for rx in cues()[group] for m in rx.finditer(text))


def resolved_at(text: str, start: int, marks: tuple[list[int], list[int]] | None = None) -> bool:
    """The passage starting at `start` is minuted as what a body resolved: the last resolution opening before it
    (cue group `resolution_opens`: "(27) RESOLVED that:", "3) RESOLVED that Council:"), within RESOLVED_SPAN
    characters, the passage's own first line included, comes after the last motion or recommendations opening
    (`motion_opens`: "Mr Oakford proposed and Mr Gough Seconded the following motion:", "Recommendations:"). Minutes
    print a budget motion twice, as moved and as resolved, in the same words; a report's recommendations are
    proposed only. `marks`: the openings of both groups in `text`, found once per paper."""
    resolutions, motions = marks or (_openings(text, "resolution_opens"), _openings(text, "motion_opens"))
    line_end = text.find("\n", start)
    end = line_end if line_end >= 0 else len(text)
    k = bisect.bisect_left(resolutions, end) - 1
    if k < 0 or resolutions[k] < start - RESOLVED_SPAN:
        return False
    j = bisect.bisect_left(motions, end) - 1
    return j < 0 or motions[j] < resolutions[k]


def acts(st: Statement) -> bool:
    """A minuted decision that commits the authority to act ("RESOLVED that Cabinet agree to transfer
    ...", "Adopt the ... Delivery Plan"): tracked like a commitment. One that notes, records or runs
    the meeting is not (cues in patterns/verdict_cues.json)."""
    return st.kind == "decision" and bool(has_cue("decision_acts", st.text)) and not has_cue("decision_records", st.text)


def tracked(st: Statement) -> bool:
    return st.kind in PROMISE_KINDS or acts(st)


def promises_of(ex: Extraction) -> list[Promise]:
    """The paper's tracked statements; a resolution minuted again (a motion restated with each
    amendment put to the vote) is one promise."""
    doc = ex.document
    heads = headings_of(ex)
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", doc.authority or "")}
    out, decided = [], set()
    for st in ex.statements:
        if not tracked(st):
            continue
        if st.kind == "decision":
            key = frozenset(analyse(st.text, False))
            if key in decided:
                continue
            decided.add(key)
        context, lo = _antecedent(doc.text, st, doc.kind == "minutes")
        inside = [m for m in ex.mentions if st.start <= m.start and m.end <= st.end]
        ents = {entity_key(m) for m in ex.mentions if lo <= m.start and m.end <= st.end}  # with what "the hub" names
        # the body that makes the promise ("The Virtual School will continue to ...") is no deliverable
        named = any(m.label in NAMED_LABELS and not {w.lower() for w in re.findall(r"[A-Za-z]+", m.text)} <= own
                    and not _is_actor(m, st) for m in inside) or bool(has_cue("titled_deliverable", st.text))
        places = {frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", m.text)) - own - _JOINERS
                  for m in inside if m.label == "PLACE"} - {frozenset()}
        inds = {c.indicator for c in ex.claims if c.indicator and lo <= c.start < st.end}
        inds |= _indicator_ids(context + st.text) | _reported_indicators(st.text)
        things = {" ".join(entity_key(m).split()) for m in inside if m.label in NAMED_LABELS and m.label != "PLACE"
                  and not _is_actor(m, st)}
        out.append(
            Promise(st, doc.id, doc.meeting_date or "", doc.authority or "", ents,
                    inds, themes_of(st.text), heads.get(st.section_id or "", ""),
                    named, tuple(sorted(places, key=sorted)), context, things, _only_names(doc.text, st, inside))
        )
    return out


# "We will reduce this to 140 by March 2023": the measure is in the sentence before
_POINTS_BACK = re.compile(r"^\W*(?:(?:we|i|the (?:council|service|authority))\s+"
                          r"(?:" + cue_alternatives("points_back_openers") + r")\s+)?"
                          r"(?:\w+ly\s+)?(?:" + cue_alternatives("points_back_verbs") + r")\s+"
                          r"(?:this|these|that|it|them)\b", re.I)


# "The Clerk will contact NCC Highways and chase this up": what is chased is in the sentence before ("The salt bins had
# still not been filled at Bradfield Place and Oxborough Road.")
_FOLLOWS_UP = re.compile(r"\b(?:" + cue_alternatives("follow_up_verbs") + r")\s+(?:into\s+)?"
                         r"(?:this|it|these|them|that)(?:\s+up)?\W*$", re.I)


# "It was agreed that Swift Electrics should be asked to do the work": the work is named earlier in the minute item
# ("Cllr S Gillet had two further quotes for installation of the defibrillator."); not "the work on the roof"
_GENERIC = re.compile(r"\b(?:the|this|these|that)\s+(?:" + cue_alternatives("generic_matters") + r")\b"
                      r"(?!\s+(?:on|to|at|of|for|in)\b)", re.I)
GENERIC_BACK = 3  # sentences of the paragraph before the promise that may name "the work"
# "It was agreed that this would have significant implications ...", "... will finalise it and send it off": in minutes,
# a promise naming its matter by a pronoun alone has it in the sentence before (not a dummy "it was agreed", nor "this
# suggestion"); cue lists `pronoun_subject_verbs`, `pronoun_object_particles` (annotations/README.md, Tracker round 45)
_PRONOUN_MATTER = re.compile(r"\b(?:this|these)\s+(?:" + cue_alternatives("pronoun_subject_verbs") + r")\b"
                             r"|\b(?!(?:that|if|as|whether|when|because|and|but|so|or)\b)[a-z]+\s+(?:it|them)\s+(?:"
                             + cue_alternatives("pronoun_object_particles") + r")\b", re.I)


_LABEL_JOINERS = frozenset(cue_words("label_joiners"))
# "Prevent Youth Crime": a priority opening with a verb, however the entity linker reads it
_LABEL_VERB = re.compile(r"^\W*(?:" + "|".join(w.replace(" ", r"\s+") for w in cue_words("label_verbs")) + r")\b", re.I)
_LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")


def _only_names(text: str, st: Statement, inside: list[Mention]) -> bool:
    """Every word of the statement is inside a name of a service, programme, system, board or place it gives, or one of
    the small words joining two (`label_joiners`), or a capitalised word going on from a name or a joiner (the linker
    names "Adult Social Care" in "Adult Social Care & Health"): "Adult Social Care & Health including Public Health", a
    report's heading or a table's label taken for a priority (annotations/README.md, Tracker rounds 42-43). A statement
    opening with a verb (`label_verbs`: "Prevent Youth Crime") is an undertaking, not a label."""
    named = [m for m in inside if m.label in NAMED_LABELS]
    if not named:
        return False
    span = text[st.start:st.end]
    if _LABEL_VERB.match(span):
        return False
    inner = [(m.start - st.start, m.end - st.start) for m in named]
    follows = False  # the word before was inside a name, a joiner or a capitalised word going on from one
    for w in _LABEL_WORD.finditer(span):
        if any(a <= w.start() < b for a, b in inner):
            follows = True
        elif w.group().lower() in _LABEL_JOINERS:
            continue
        elif follows and w.group()[0].isupper() and not _LABEL_VERB.match(w.group()):
            continue
        else:
            return False
    return True


def _is_actor(m: Mention, st: Statement) -> bool:
    """The mention is the statement's actor, named where it opens it."""
    return bool(st.actor) and m.text.lower() in st.actor.lower() and m.start - st.start <= len(st.actor) + 8


# "Building work started in March 2023 and the hub will open by spring 2024": the hub is named earlier
_DEFINITE = re.compile(r"\b(?:the|this)\s+(?:new\s+)?(?P<head>[a-z]{3,})\s+(?:" + cue_alternatives("definite_futures") + r")\b")


def _antecedent(text: str, st: Statement, minutes: bool = False) -> tuple[str, int]:
    """The sentence before a promise that points back to it, in the same paragraph, and where it starts; or
    the paragraph's first sentence naming the thing the promise calls "the hub" ("The Eastgate Library and
    Community Hub ... will replace the existing branch library."); or, for a promise that calls its matter only
    "the work" (cue list `generic_matters`) in minutes, up to `GENERIC_BACK` sentences of the minute item before it
    (a report's "this work" sums up its section, whose words the promise's links have already)."""
    para = text.rfind("\n\n", 0, st.start) + 1
    if _POINTS_BACK.match(st.text) or _FOLLOWS_UP.search(st.text):
        before = sentences(text[para : st.start], para)
        return (before[-1][2], before[-1][0]) if before else ("", st.start)
    if minutes and _PRONOUN_MATTER.search(st.text):
        # the sentence before that names something (not a bare label, "ii)")
        before = [b for b in sentences(text[para : st.start], para) if len(PARAGRAPH_LABEL.sub("", b[2]).split()) >= 3]
        if before:
            return before[-1][2], before[-1][0]
    if minutes and _GENERIC.search(st.text):
        # the item's opening sentence, which names its matter (not its bare label, "x.")
        before = [b for b in sentences(text[para : st.start], para)[-GENERIC_BACK:]
                  if len(PARAGRAPH_LABEL.sub("", b[2]).split()) >= 3]
        if before:
            return before[0][2], before[0][0]
    definite = _DEFINITE.search(st.text)
    if definite:
        head = re.compile(rf"\b{definite.group('head')}\b", re.I)
        for start, _, sent in sentences(text[para : st.start], para):
            if head.search(sent):
                return sent, start
    return "", st.start


def _sentence_key(sentence: str) -> str:
    """Content words of a sentence, labels and auxiliaries dropped: "6.3 Ofsted ... in December 2017." and
    "(iii) Ofsted ... in December 2017." are one sentence, as are "will be a key priority" and "has been a
    key priority" (a retold plan is not news of its delivery)."""
    stop = stop_words()
    return " ".join(w for w in re.findall(r"[a-z][a-z'’-]+", PARAGRAPH_LABEL.sub("", sentence.strip()).lower()) if w not in stop)


def mark_copies(papers: list[Extraction], passages: list[Passage]) -> None:
    """Set `copied` on each passage: the share of its text in sentences an earlier paper of the same
    authority already has (yearly reports retell the last year's plan before saying what happened).
    One hash per sentence, so linear in the authority's text."""
    first: dict[str, str] = {}

    def index(key: str, date: str, least: int) -> None:
        if len(key.split()) >= least and (key not in first or date < first[key]):
            first[key] = date

    for ex in papers:
        d = ex.document.meeting_date or ""
        for _, _, sent in sentences(ex.document.text):
            index(_sentence_key(sent), d, 2)
            for line in sent.splitlines():  # list items the reader left without markers are one per line
                index(_sentence_key(line), d, 3)

    def said_before(text: str, date: str, least: int) -> bool:
        key = _sentence_key(text)
        return len(key.split()) >= least and first.get(key, date) < date

    for p in passages:
        total = old = 0
        for start, _, sent in sentences(p.text, p.start):
            total += len(sent)
            said = len(sent) if said_before(sent, p.date, 2) else \
                sum(len(line) for line in sent.splitlines() if said_before(line, p.date, 3))
            old += said
            if said >= RESTATED * len(sent):
                p.retold.add(start)
        p.copied = old / total if total else 0.0
