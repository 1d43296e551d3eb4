"""SMART facets of a promise: deliverable, measurable target, deadline, owner.

A verdict on "Better engagement with staff" cannot say delivered or not, so the
tracker needs to know how specific a promise is before it judges it. Each facet
is a cheap, explainable test on the statement text (plus the deadline and
actor the statement finder already found).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from miner.model import Specificity
from miner.nlp.dates import find_deadline

CUES_PATH = Path(__file__).parent / "patterns" / "statement_cues.json"


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[re.Pattern[str]]]:
    """The facet term lists (group `specificity` of the statement cue file): words, not code."""
    group = json.loads(CUES_PATH.read_text(encoding="utf-8"))["specificity"]
    return {k: [re.compile(p, re.I) for p in v] for k, v in group.items() if k != "comment"}


def _any(facet: str, text: str) -> bool:
    return any(p.search(text) for p in _cues()[facet])


def is_measurable(text: str) -> bool:
    return _any("measurable", text)


def has_deliverable(text: str) -> bool:
    """An action verb with a concrete object ("Launch a new Inclusion strategy")."""
    action = _any("action", text)
    if _any("vague", text) and not action:
        return False
    return action and _any("deliverable", text)


def assess(text: str, *, deadline: str | None = None, actor: str | None = None) -> Specificity:
    """The SMART facets of one promise."""
    return Specificity(
        deliverable=has_deliverable(text),
        measurable=is_measurable(text),
        deadline=bool(deadline or find_deadline(text)),
        owner=bool(actor or _any("owner", text)),
    )


__all__ = ["assess", "is_measurable", "has_deliverable"]
