"""SMART facets of a promise: deliverable, measurable target, deadline, owner.

A verdict on "Better engagement with staff" cannot say delivered or not, so the
tracker needs to know how specific a promise is before it judges it. Each facet
is a cheap, explainable test on the statement text (plus the deadline and
actor the statement finder already found).
"""

from __future__ import annotations

import re

from miner.model import Specificity
from miner.nlp.dates import find_deadline

# A number the promise can be checked against: "from the current 80 to 90",
# "to 95%", "reduce ... by 10", "8 pupils", "£850K", "3 Head of Service posts".
_MEASURABLE = [
    re.compile(r"\bfrom\s+(?:the\s+current\s+|around\s+|approximately\s+)?[£$]?\d[\d,.]*\s*%?\w*\s+to\s+[£$]?\d", re.I),
    re.compile(r"\b(?:to|by|at least|at|below|above|under|over|than)\s+[£$]?\d[\d,.]*\s*(?:%|per ?cent|pp|k\b|m\b|million)", re.I),
    re.compile(r"\b\d[\d,.]*\s*(?:%|per ?cent)\b", re.I),
    re.compile(r"\b(?:increase|reduce|raise|lower|cut|grow|recruit|create|deliver|provide|open|appoint)\w*\b[^.;]{0,60}?\b(?:to|by)\s+[£$]?\d", re.I),
    re.compile(r"\b(?:recruit|create|deliver|provide|open|appoint|offer|build|train)\w*\s+(?:an?\s+additional\s+|a\s+further\s+|at least\s+)?\d[\d,]*\s+\w+", re.I),
    re.compile(r"\b(?:all|every|100%)\s+(?:of\s+)?(?:our\s+)?(?:children|young people|schools|care leavers|staff|cases|plans|carers)\b", re.I),
]

# A named thing that will exist or be done: a service, plan, strategy, contract...
_DELIVERABLE = re.compile(
    r"\b(?:strategy|plan|policy|service|services|centre|center|hub|hubs|unit|framework|programme|program|"
    r"contract|procurement|review|agency|scheme|model|system|team|board|court|website|facility|provision|"
    r"pathway|protocol|tool|training|audit|assessment|business case|budget|partnership|panel|project|"
    r"school|home|placements?|posts?|workers|carers|families|accommodation|recommendations|action plan)\b",
    re.I,
)
_ACTION = re.compile(
    r"\b(?:implement|launch|open|deliver|introduce|establish|set up|commission|procure|complete|"
    r"develop|publish|create|build|recruit|appoint|mobilise|revise|review|embed|agree|form|expand|"
    r"reprovision|roll(?:ing)? out|go live|in place|transfer)\w*\b",
    re.I,
)
# Aims with no object to check: "better engagement", "continue to improve".
_VAGUE = re.compile(r"^\s*(?:better|improved?|greater|more|continue to|ensure that|work(?:ing)? (?:with|towards))\b", re.I)

_OWNER = re.compile(
    r"\b(?:I|we|the council|the cabinet|officers|the (?:\w+ ){0,3}(?:service|team|board|partnership|directorate|panel))\b",
    re.I,
)


def is_measurable(text: str) -> bool:
    return any(p.search(text) for p in _MEASURABLE)


def has_deliverable(text: str) -> bool:
    """An action verb with a concrete object ("Launch a new Inclusion strategy")."""
    if _VAGUE.search(text) and not _ACTION.search(text):
        return False
    return bool(_ACTION.search(text) and _DELIVERABLE.search(text))


def assess(text: str, *, deadline: str | None = None, actor: str | None = None) -> Specificity:
    """The SMART facets of one promise."""
    return Specificity(
        deliverable=has_deliverable(text),
        measurable=is_measurable(text),
        deadline=bool(deadline or find_deadline(text)),
        owner=bool(actor or _OWNER.search(text)),
    )


__all__ = ["assess", "is_measurable", "has_deliverable"]
