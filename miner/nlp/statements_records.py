"""A found statement as the record it is stored as: exact span, period, deadline, actor and specificity.

Every route of the statement finder ends here, so a statement's fields are filled one way whichever rule or the
classifier found it: its absolute offsets, its own period unless a comparison's baseline ("higher than in
2021/22"), its deadline (`statements_fields.deadline`), its actor, and for a promise or challenge a
`Specificity` profile. The record goes on the span as `span._.miner_record`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from miner.model import Statement, TextUnit, stable_id
from miner.nlp.dates import find_periods
from miner.nlp.specificity import assess
from miner.nlp.statements_fields import PROMISES, benchmark_target, find_actor
from miner.nlp.statements_fields import deadline as _deadline


# words just before a period that make it a comparison's baseline, not the statement's period
# ("increased to 19.3%, from 17.1% in 2022-23", "79 adoption orders were granted, against 71 in 2022-23")
_BASELINE = re.compile(r"(?:\b(?:than|compared\s+(?:with|to)|since|against|(?:up|down|rising|falling|risen|fallen|increased|reduced)\s+from)|,\s*from)\s+"
                       r"(?:£?\d[\d.,]*(?:%|m|bn|k)?\s+)?(?:in\s+|at\s+|during\s+)?(?:the\s+)?(?:end\s+of\s+)?$", re.I)


def record(span: Span, unit: TextUnit, kind: str, period: str | None, method: str, confidence: float,
           due_text: str | None = None, actor: str | None = None) -> Span:
    """The span with its `Statement` set as `span._.miner_record`. `due_text` and `actor`: the deadline's text and the actor when they are not in the span (an action
    table's timescale and lead cells)."""
    start, end = unit.start + span.start_char, unit.start + span.end_char
    deadline = _deadline(due_text if due_text is not None else span.text, kind, unit)
    if actor is None and span.doc.has_annotation("DEP"):
        actor = find_actor(span)
    own_period = period
    if own_period is None:  # the sentence's own period, not the baseline it compares with ("higher than in 2021/22")
        periods = [p for p in find_periods(span.text) if not _BASELINE.search(span.text[: p[0]])]
        own_period = periods[0][2] if periods else None
    statement = Statement(
        id=stable_id(unit.document_id, "statement", start, end),
        document_id=unit.document_id,
        section_id=unit.section_id,
        section_path=unit.section_path,
        kind=kind,
        text=span.text,
        start=start,
        end=end,
        period=own_period,
        deadline=deadline,
        actor=actor,
        confidence=confidence,
        method=method,
    )
    if kind in PROMISES or kind == "challenge":
        statement.specificity = assess(span.text, deadline=statement.deadline, actor=actor)
        if kind in PROMISES and benchmark_target(span.text) is not None:
            statement.specificity.measurable = True  # "to at least in line with the national average"
    span._.miner_record = statement
    return span
