"""The claim finder's knowledge of committee papers, loaded once from `patterns/claim_cues.json`.

Cue words, lead-ins and noun lists live in data so they can be read and extended
without touching the matching code; the `claim_*` modules build their patterns
from these groups.
"""

from __future__ import annotations

import json
from functools import cache

from miner.nlp.numbers import PATTERNS_DIR


@cache
def claim_cues() -> dict:
    """The whole of `patterns/claim_cues.json`."""
    with open(PATTERNS_DIR / "claim_cues.json", encoding="utf-8") as fh:
        return json.load(fh)


def cue_alternation(group: str) -> str:
    """The group's regex alternatives joined with '|', in file order (no surrounding group)."""
    return "|".join(claim_cues()[group]["alternatives"])


@cache
def cue_words(group: str) -> frozenset[str]:
    """A group of plain lower-case words."""
    return frozenset(claim_cues()[group]["words"])
