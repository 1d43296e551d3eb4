"""Which council tax a pound figure is: the charge on one property or the total an authority raises.

`council_tax` (the % rise and the charge per Band D property, about £100-£2,500) and `council_tax_requirement`
(the council tax requirement or a precept, £ thousands for a parish, £ hundreds of millions for a county) share
their words ("council tax", "precept"), so the taxonomy alone would set a Band D charge and a total in one series,
and `miner compare` would set one beside the other. The cues that tell them apart are data: the council tax group's
"charge_cues" and "total_cues" in `patterns/indicators.json`.
"""

from __future__ import annotations

import json
import re
from functools import cache

from miner.nlp.numbers import PATTERNS_DIR

CHARGE = "council_tax"
TOTAL = "council_tax_requirement"
IDS = frozenset({CHARGE, TOTAL})
# the two kinds of cue in `indicators.json` and the indicator each tells, the charge's first: in a figure's own clause
# a charge word outranks a total word ("a Band D precept of £250" is a charge)
_KINDS = (("charge_cues", CHARGE), ("total_cues", TOTAL))

# where a figure's clause ends: a comma, semicolon or colon (not in "18,600"), a bracket, a sentence's end
_CLAUSE_END = re.compile(r"[;:()]|,(?!\d)|[.!?](?!\d)")
_SENTENCE_END = re.compile(r"[.!?](?!\d)\s|\n\s*\n")


@cache
def _group() -> dict:
    """The council tax group of `indicators.json`: its two indicators and their cues."""
    with open(PATTERNS_DIR / "indicators.json", encoding="utf-8") as fh:
        groups = json.load(fh)["groups"]
    return next(g for g in groups if any(i["id"] == CHARGE for i in g["indicators"]))


@cache
def _cues(kind: str) -> re.Pattern[str]:
    """One kind of cue ("charge_cues" or "total_cues") as one pattern."""
    return re.compile("|".join(_group()[kind]["alternatives"]), re.I)


@cache
def _charge_max() -> float:
    """The largest charge on one property (council_tax's plausible GBP maximum): a larger figure is a total."""
    return next(i for i in _group()["indicators"] if i["id"] == CHARGE)["plausible"]["GBP"][1]


def council_tax_kind(text: str, start: int, end: int, value: float | None) -> str:
    """`council_tax` or `council_tax_requirement` for the pound figure at start..end of `text`, read as a careful
    reader does: a charge word in the figure's own clause ("a Band D Council Tax for district services of £193.73"),
    else a total word there ("council tax requirement of £10.048m", "bringing in £47.3 million", "reduce the precept
    by £1000"), else the nearest of either in its sentence (words after the figure count double), else a charge. A
    figure larger than any charge on one property is the total whatever its words."""
    if value is not None and value > _charge_max():
        return TOTAL
    before = _SENTENCE_END.split(text[max(0, start - 300) : start])[-1]
    after = _SENTENCE_END.split(text[end : end + 200])[0]
    own_before, own_after = _CLAUSE_END.split(before)[-1], _CLAUSE_END.split(after)[0]
    for kind, indicator in _KINDS:
        if _cues(kind).search(own_before) or _cues(kind).search(own_after):
            return indicator
    # (distance, indicator): a tie goes to the charge, as "council_tax" sorts first
    nearest = [(len(before) - m.end(), indicator) for kind, indicator in _KINDS for m in _cues(kind).finditer(before)]
    nearest += [(2 * m.start(), indicator) for kind, indicator in _KINDS for m in _cues(kind).finditer(after)]
    return min(nearest)[1] if nearest else CHARGE
