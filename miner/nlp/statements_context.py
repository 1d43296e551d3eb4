"""What a reader knows of a unit from the units before it: the classifier's "ctx" feature group (statements round 62).

A sentence's kind often shows only in where it sits: "That the recommendations be approved." under an item headed
"Resolved", "Officers would report back in March" in a list under "Members raised the following points:". The unit
carries its nearest heading (`TextUnit.header`) but a list item does not (its header is empty; its lead-in is the
unit before it). `UnitContext` is fed every unit of a paper in reading order, by the finder (`StatementFinder`) and
by the training rows (`miner.evaluation.statements.candidates_and_labels`) alike, and returns the unit's context as
tokens: the words of its heading (`h_<word>`), for a list item the words of the lead-in it hangs under
(`l_<word>`), and `u_first` for the first unit under a heading. No word list: the tokens are the papers' own words,
weighed by the classifier (a separate TF-IDF block, `statement_model.build_pipeline`).
"""

from __future__ import annotations

import re

from miner.model import TextUnit

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_LEAD_END = re.compile(r"(?::-?|[-–—]|\.\.\.)\s*$")  # a lead-in: "... as follows:-", "RESOLVED:", "noted that -"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
HEAD_WORDS = 12  # a heading's first words
LEAD_WORDS = 12  # a lead-in's last words (its last sentence)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


class UnitContext:
    """Call with each unit of a paper in reading order (its text); a new paper, or the same one read again, resets."""

    def __init__(self) -> None:
        self._doc: str | None = None
        self._at = -1
        self._heading = ""  # the heading the units now sit under
        self._lead = ""  # the last sentence of the last non-item unit when it is a lead-in, else ""
        self._under = 0  # units read under the current heading

    def __call__(self, unit: TextUnit, text: str) -> tuple[str, ...]:
        if unit.document_id != self._doc or unit.start <= self._at:
            self.__init__()
            self._doc = unit.document_id
        self._at = unit.start
        if unit.role == "heading":
            self._heading = " ".join(text.split())
            self._lead, self._under = "", 0
            return ()
        heading = unit.header or self._heading
        if unit.header:
            self._heading = unit.header
        out = [f"h_{w}" for w in _words(heading)[:HEAD_WORDS]]
        if unit.role == "item":
            out += [f"l_{w}" for w in _words(self._lead)[-LEAD_WORDS:]]
        else:
            last = _SENTENCE_END.split(text.strip())[-1] if text.strip() else ""
            self._lead = last if _LEAD_END.search(last) else ""
        if self._under == 0:
            out.append("u_first")
        self._under += 1
        return tuple(out)
