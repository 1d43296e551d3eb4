"""Is a stretch of text a table? Extraction skips the statistical components on tables, and the
tracker does not link promises to a table's words; both ask here (no spaCy import)."""

from __future__ import annotations

import re

_FIGURE = re.compile(r"\d")
# a table cell: a figure ("-294.9", "£1.2m", "70%"), a code or rating in capitals (GREEN, ASCH), a dash
_CELL = re.compile(r"^(?:[-+–(]?[£$]?\d[\d,.]*[%kKmM)]?|[A-Z]{2,}|n/?a|N/?A|-|–)$")
CELL_ROWS = 0.15  # share of a passage's lines that are bare cells for it to be a table read row by row
PROSE_FIGURES = 0.6  # share of figures that makes even a sentence a table ("0.0 -20,537.5 ... were reported.")
# a markdown table's rule under its head row ("|---|:---:|"): part of the table, never a row or a head
MARKDOWN_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")
_PARA_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?$")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s*$")
# the little words prose puts between its figures (verbs of being, prepositions, conjunctions)
_PROSE_WORDS = frozenset(
    "a an and are as at by compared during for from in is of on or rose fell than that the there this to up down "
    "was were which while who with".split()
)


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
    if _reads_as_sentence(text, words):
        if _figure_share(words, skip_number=True) >= PROSE_FIGURES:
            return True
    elif _figure_share(words) >= 0.3:
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or len(words) >= 5 * len(lines):
        return False
    continued = sum(1 for line in lines[1:] if line[0].islower())
    return continued < 0.25 * (len(lines) - 1)


def _figure_share(words: list[str], skip_number: bool = False) -> float:
    """The share of words that hold a figure; with `skip_number`, not counting the paragraph number a
    sentence opens with ("3.2 In 2024/25 there were ..."): a label, not a cell."""
    figures = sum(1 for w in words if _FIGURE.search(w))
    if skip_number and _PARA_NUMBER.match(words[0]):
        figures -= 1
    return figures / len(words)


def _reads_as_sentence(text: str, words: list[str]) -> bool:
    """A short paragraph of figures that is still a sentence: it ends like one and its words between the
    figures are the little words of prose ("In 2024/25 there were 1,204 referrals, 312 assessments and 45
    plans."). A table's rows and labels leave few of them."""
    if not _SENTENCE_END.search(text):
        return False
    small = sum(1 for w in words if w.lower().strip(",;:()") in _PROSE_WORDS)
    return small >= 3 and small >= 0.15 * len(words)


def has_cell_rows(text: str) -> bool:
    """Lines of bare cells ("-294.0", "458 70%", "AMBER GREEN") between lines of words: a table whose
    columns a PDF reader interleaved with its text columns, so its sentences splice cells together.
    Wrapped prose never leaves a line of figures alone; `is_tabular` misses these because the text
    columns still read as wrapped prose."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    cells = sum(1 for toks in lines if len(toks) <= 4 and all(_CELL.match(t) for t in toks))
    return cells >= 2 and cells >= CELL_ROWS * len(lines) or any(_figure_run(toks) for toks in lines)


def _figure_run(tokens: list[str], run: int = 3) -> bool:
    """Three figures side by side ("180.0 -310.0 -1,122.0"): a table row's columns; prose puts words
    between its numbers."""
    n = 0
    for t in tokens:
        n = n + 1 if _FIGURE.search(t) and _CELL.match(t) else 0
        if n >= run:
            return True
    return False
