"""A report's recommendations to the meeting: which items ask it to act.

A decision report ends (and often opens) with what it asks the meeting to do:
"Recommendations: County Council is asked to: (1) Endorse the proposed
decision ... to submit a request to Government ...; (3) Note that ...". The
items that act are what a scrutiny officer follows up before the minutes are
out, so the statement finder records them as `decision` statements; the items
that only note, comment or consider are not (annotations/README.md,
Statements amendment of round 10). Cues live in
`patterns/statement_recommendations.json`.

Why a block read in order rather than the section tree: the sectioner does not
always hang the items under their heading (a finance report's "2 |
Recommendations" is a body line followed by numbered paragraphs "2.1 Note
...", a closing "9 Recommendation(s):" precedes a "8.1 Cabinet is asked to
..." paragraph), so `RecommendationReader` keeps a block open from a heading
or an "is asked to:" lead-in over the units that follow while each reads as a
recommendation, and closes it at the first that does not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CUES_PATH = Path(__file__).parent / "patterns" / "statement_recommendations.json"
ACT, RECORDS = "act", "records"

# "(1) ", "2.5 ", "8.1 ", "a) ", "a. ", "iv. ", "- " before an item's words (a Word lettered list prints "a.")
_MARKER = re.compile(
    r"^\s*(?:[-•*▪●]\s*)?(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,3})\)\s*|\d+(?:\.\d+)+\.?\s+|\d{1,2}\.\s+|(?:[ivx]{1,5}|[a-z])\.\s+)?", re.I
)


@dataclass(frozen=True)
class RecommendationCues:
    heading: list[re.Pattern[str]]
    record_heading: list[re.Pattern[str]]
    lead_in: list[re.Pattern[str]]
    asked_to: list[re.Pattern[str]]
    act: list[re.Pattern[str]]
    records: list[re.Pattern[str]]
    records_view: list[re.Pattern[str]]
    cross_reference: list[re.Pattern[str]]


@lru_cache(maxsize=1)
def load_recommendation_cues(path: str = str(CUES_PATH)) -> RecommendationCues:
    data = json.loads(Path(path).read_text(encoding="utf-8"))

    def group(name: str, flags: int = re.I) -> list[re.Pattern[str]]:
        return [re.compile(p, flags) for p in data[name]["patterns"]]

    return RecommendationCues(
        heading=group("heading"), record_heading=group("record_heading"), lead_in=group("lead_in"),
        asked_to=group("asked_to", 0),
        act=group("act"), records=group("records"), records_view=group("records_view"),
        cross_reference=group("cross_reference"),
    )


def _squash(text: str) -> str:
    return " ".join(text.split())


def _any(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.search(text))), None)


def verdict(text: str) -> str | None:
    """`ACT`, `RECORDS`, or None when the text does not read as a recommendation.

    Read at the item's start, after its marker, or after "is asked to" /
    "It is recommended that Cabinet": "Note and agree the Capital budget
    changes" acts, "Note the forecast revenue overspend" records, "endorse the
    report" records a view.
    """
    cues = load_recommendation_cues()
    body = _squash(text)
    body = body[_MARKER.match(body).end():]
    asked = _any(cues.asked_to, body)
    rest = body[asked.end():] if asked else body
    if _any(cues.records_view, rest):
        return RECORDS
    if _any(cues.act, rest) or _any(cues.act, body):  # "That the Plan be approved": the passive reads the whole item
        return ACT
    if _any(cues.records, rest) or _any(cues.records, body) or asked:
        return RECORDS
    return None


def item_bounds(text: str, start: int = 0) -> tuple[int, int]:
    """The recommendation's own words in `text` from `start`: after its marker ("(2) ", "8.1 "), before
    a "Please refer to Section 7" line."""
    rest = text[start:]
    m = _any(load_recommendation_cues().cross_reference, rest)
    end = m.start() if m else len(rest.rstrip())
    return start + _MARKER.match(rest).end(), start + end


@dataclass
class Reading:
    """What one unit is to the recommendations block: `role` heading, lead_in, act or records;
    `start` where the item's words begin in the unit text (after an inline heading)."""

    role: str
    start: int = 0


class RecommendationReader:
    """Follows one document's units in reading order and says which are recommendation items."""

    def __init__(self) -> None:
        self._document: str | None = None
        self._open = False

    def read(self, document_id: str, text: str, *, heading: bool = False, minutes: bool = False) -> Reading | None:
        """This unit's part in a recommendations block, None outside one.

        `heading`: the unit is a heading of the section tree; a heading that is
        not a recommendations heading ends the block. `minutes`: only a decision
        record's heading ("(Key decision):") opens a block; minutes' other
        resolutions are the minutes rules' to read.
        """
        if document_id != self._document:
            self._document, self._open = document_id, False
        cues = load_recommendation_cues()
        body = _squash(text)
        head = _any(cues.record_heading if minutes else cues.heading, body)
        if head is not None:
            self._open = True
            rest = body[head.end():].strip()
            if not rest:
                return Reading("heading")
            # "Recommendation(s): Cabinet is asked to NOTE ...": the item follows its heading
            start = _offset_of(text, rest)
            return self._item(text[start:], start) or Reading("heading")
        if not minutes and _any(cues.lead_in, body):
            self._open = True
            return Reading("lead_in")
        if not self._open:
            return None
        reading = None if heading else self._item(text, 0)
        if reading is None:
            self._open = False
        return reading

    def _item(self, text: str, start: int) -> Reading | None:
        if _any(load_recommendation_cues().lead_in, _squash(text)):
            return Reading("lead_in", start)
        kind = verdict(text)
        return Reading(kind, start) if kind else None


def _offset_of(text: str, squashed_rest: str) -> int:
    """Offset in `text` where the whitespace-collapsed `squashed_rest` begins."""
    m = re.search(r"\s+".join(map(re.escape, squashed_rest.split()[:3])), text)
    return m.start() if m else 0


__all__ = ["ACT", "RECORDS", "Reading", "RecommendationReader", "item_bounds", "load_recommendation_cues", "verdict"]
