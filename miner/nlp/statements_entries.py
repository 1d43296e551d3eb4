"""A recommendations tracker's entries and a progress report's status ratings.

A tracker lists another body's recommendations with the council's response ("Recommendation 3: ... Response:
Accepted. ... by December 2025. Lead: Head of HR."): an accepted one is the council's commitment, due by the
entry's date fields, a rejected one nothing. A progress report rates last year's promises ("Priority 1: Reduce
first-time entrants. Achieved.", "R1 (healthy weight): Carried forward."): the rating names an achievement or a
challenge, and the promise before it is not promised again. These helpers read both from the cue file's
`accepted_recommendation` and `status_word` groups.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from miner.nlp.doctext import text_of
from miner.nlp.statements_cues import load_cues
from miner.nlp.statements_text import _sentences_of, strip_marker


def _is_recommendation_item(text: str) -> bool:
    """"Recommendation 3: The Executive Member should lobby ...": an entry of a recommendations tracker."""
    return any(p.search(text) for p in load_cues().accepted.get("item", ()))


_ENTRY_LABEL = re.compile(r"^[^:.;]{1,80}:\s*")


def _status_word(text: str) -> str | None:
    """The kind an entry's rating names ("Achieved." achievement, "Carried forward." challenge, "Partly achieved."
    "partial"), with the entry's name or reference before a colon ("R1 (healthy weight): Carried forward."); None
    for any other sentence."""
    t = text.strip()
    t = t[strip_marker(t):].strip()
    cues = load_cues().status_word
    for body in (t, _ENTRY_LABEL.sub("", t, count=1)):
        for key, kind in (("done", "achievement"), ("behind", "challenge"), ("partial", "partial")):
            if any(p.match(body) for p in cues.get(key, ())):
                return kind
    return None


_DASH_END = re.compile(r"\s[-\u2013\u2014]\s*$")


def _without_dash(span: Span) -> Span:
    """The action without the dash that led to its rating ("Introduce ... by March 2026 -" before "On track.")."""
    m = _DASH_END.search(span.text)
    if m is None:
        return span
    return span.doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract") or span


_RESULT = re.compile(r"^(?=(?:[^.;]|\.\d)*?\b(?:was|were|rose|fell|increased|reduced|decreased|stood|reached)\b)(?:[^.;]|\.\d)*?\d"
                     r"(?:[^.;]|\.\d)*?\bagainst\s+(?:a|an|the|its|our)\s+(?:\w+\s+)?(?:plan|target|ambition|trajectory)\b", re.I)


def _states_result(text: str) -> bool:
    """A figure reported against its plan or target ("Discharge to usual place of residence: 92.8% of people were
    discharged ..., against a plan of 92.0%."), a Better Care Fund year-end entry whose rating ("Met.", "Not
    met.") follows it on the line: the sentence is the result the rating types, not last year's promise."""
    return bool(_RESULT.search(text))


def _status_lines(doc: Doc) -> dict[int, tuple[int, str]]:
    """Per line start, where its rating sentence starts and the kind it names: the sentences before it on the line
    are the entry's name (last year's promise), those after it its evidence."""
    out: dict[int, tuple[int, str]] = {}
    for sent in _sentences_of(doc):
        kind = _status_word(sent.text)
        if kind is not None:
            out.setdefault(text_of(doc).rfind("\n", 0, sent.start_char) + 1, (sent.start_char, kind))
    return out


def _marker_only(text: str) -> bool:
    """The words of a line before a sentence are only its reference or number ("R1. " before "The Council should
    commission ...", split off by the parser): the sentence opens a referenced line."""
    return bool(text.strip()) and strip_marker(text.strip() + " X.") == len(text.strip()) + 1


def _response(after: str) -> str | None:
    """"accepted" when the entry's response (in the rest of its unit, up to the next entry) accepts the
    recommendation, in full or in part, "rejected" when it does not, None when the entry has no response."""
    cues = load_cues().accepted
    lines = after.splitlines()
    nxt = next((i for i, line in enumerate(lines) if i and any(p.search(line) for p in cues.get("item", ()))), len(lines))
    after = "\n".join(lines[:nxt])  # up to the next entry
    if any(p.search(after) for p in cues.get("rejected", ())):
        return "rejected"
    return "accepted" if any(p.search(after) for p in cues.get("accepted", ())) else None


def _recommendation_rule(after: str, lead_kind: str | None) -> tuple[str | None, str]:
    """A recommendation entry ("Recommendation 3: The Council should ..."): a commitment when its response accepts
    it; with no response, one when its lead-in makes it the paper's own ("The report makes the following
    recommendations to the Council and its partners:", what the meeting endorses and a later report reviews);
    else, or when the response rejects it, another body's proposal and none."""
    response = _response(after)
    if response == "accepted":
        return "commitment", "accepted-recommendation#0"
    if response is None and lead_kind == "commitment":
        return "commitment", "lead-in-line#0"
    return None, "recommendation-item#0"


def _response_end(text: str, start: int) -> int:
    """The end of the line of a tracker entry's response that accepts the recommendation ("Response: Accepted.
    The Housing Options team will publish the leaflet ... by December 2025."), where its promise is restated;
    `start` when there is none before the next "Recommendation N:" line. Later lines ("Action: ... The next
    report will be published in April 2025.") report progress and keep their own statements."""
    cues = load_cues().accepted
    pos = start
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        end = nxt if nxt != -1 else len(text)
        line = text[pos:end]
        if pos > start and _is_recommendation_item(line.lstrip("\n")):
            return start
        if any(p.search(line) for p in cues.get("accepted", ())):
            return _after_due_fields(text, end)
        pos = end
    return start


def _as_due(text: str) -> str:
    """A tracker entry's text with its date fields read as due dates ("Target date: January 2025" -> "due by
    January 2025"): a bare month after a label is no due date to the date finder."""
    for p in load_cues().accepted.get("due_label", ()):
        text = p.sub("due by ", text)
    return text


def _entry_lead(text: str) -> str | None:
    """The lead officer a tracker entry names after its response ("Lead: Section 151 Officer."): who is to act."""
    m = next((m for p in load_cues().accepted.get("lead_label", ()) if (m := p.search(text))), None)
    return " ".join(m.group("lead").split()) if m is not None else None


def _after_due_fields(text: str, end: int) -> int:
    """`end` moved over the field lines right after an accepted response ("Lead: Monitoring Officer. Target
    date: January 2025."): the entry's timescale, read for its due date."""
    fields = load_cues().accepted.get("due_fields", ())
    while end < len(text):
        nxt = text.find("\n", end + 1)
        line_end = nxt if nxt != -1 else len(text)
        if not any(p.match(text[end:line_end].lstrip("\n")) for p in fields):
            break
        end = line_end
    return end
