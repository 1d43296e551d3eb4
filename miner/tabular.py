"""Is a stretch of text a table? Extraction skips the statistical components on tables, and the
tracker does not link promises to a table's words; both ask here (no spaCy import)."""

from __future__ import annotations

import re

_FIGURE = re.compile(r"\d")


def is_tabular(text: str) -> bool:
    """A table of figures or of short cells, where tagging and parsing earn nothing.

    Figures in most words ("0.0 -20,537.5 -6,844.6"), or several short lines that
    are cells rather than wrapped prose (wrapped prose continues lines in lower
    case). Headings and short list items never count: they name things the
    entity rules and the NER must see.
    """
    words = text.split()
    if len(words) < 8:
        return False
    if sum(1 for w in words if _FIGURE.search(w)) >= 0.3 * len(words):
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or len(words) >= 5 * len(lines):
        return False
    continued = sum(1 for line in lines[1:] if line[0].islower())
    return continued < 0.25 * (len(lines) - 1)
