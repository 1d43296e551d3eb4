"""Words a regular expression cannot match without: a cheap test that skips a search bound to fail.

The cue files hold hundreds of patterns tried in order over every sentence, and
most sentences match none of them. Each pattern is parsed once (`re._parser`)
for the literal runs any match must contain ("will" in `\\bwe\\s+will\\b`, one of
"agreed" / "approved" in `(?:agreed|approved)\\s+to`); a sentence whose lowered
text holds none of them is not searched. The test only ever skips searches that
would fail, so results are the same as searching every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

# Non-ASCII characters that IGNORECASE matches to ASCII letters (dotted and dotless i, the Kelvin sign, long s):
# a text holding one is searched without the test, since lowering it does not give the ASCII letter.
_ASCII_LOOKALIKES = frozenset("\u0130\u0131\u212a\u017f")
_MIN_LEN = 3  # shorter runs ("of", "to") are in nearly every sentence and skip nothing
_MAX_CLAUSES = 3

Clause = frozenset[str]  # a match contains at least one of these (lowered) strings


def required(pattern: re.Pattern[str]) -> tuple[Clause, ...] | None:
    """Clauses a match needs, all of them (each satisfied by any one of its strings); None when none is known."""
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern the private parser reads differently: never filtered
        return None
    clauses = sorted(set(_seq(list(parsed))), key=lambda c: -min(map(len, c)))
    return tuple(clauses[:_MAX_CLAUSES]) or None


def fold(text: str) -> str | None:
    """The text the clauses are looked for in (lowered), or None when the test cannot be trusted on it."""
    if not text.isascii() and not _ASCII_LOOKALIKES.isdisjoint(text):
        return None
    return text.lower()


def may_match(clauses: tuple[Clause, ...] | None, folded: str | None) -> bool:
    """False only when the pattern cannot match the text `folded` came from."""
    if clauses is None or folded is None:
        return True
    return all(any(s in folded for s in clause) for clause in clauses)


class LiteralIndex:
    """Which of a list of patterns a text may match, each literal looked for once per text.

    `may_match` pattern by pattern looks for the same words again and again (hundreds of cues, a few
    microseconds each, on every sentence). Here the literals of all the patterns are indexed by their
    first three characters (`_MIN_LEN`), so a text is searched only for those whose start it holds;
    a pattern may match when each of its clauses has a literal in the text: the same answer as `may_match`.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]):
        self.clauses = [required(p) for p in patterns]
        self.unfiltered = frozenset(i for i, clauses in enumerate(self.clauses) if clauses is None)
        self._by_start: dict[str, set[str]] = {}
        self._first: dict[str, list[int]] = {}  # a literal -> the patterns whose first clause it satisfies
        for i, clauses in enumerate(self.clauses):
            for n, clause in enumerate(clauses or ()):
                for s in clause:
                    self._by_start.setdefault(s[:_MIN_LEN], set()).add(s)
                    if n == 0:
                        self._first.setdefault(s, []).append(i)

    def possible(self, text: str) -> frozenset[int] | None:
        """Indices of the patterns that may match `text`; None when any may (`fold` cannot be trusted on it)."""
        folded = fold(text)
        if folded is None:
            return None
        starts = {folded[i : i + _MIN_LEN] for i in range(len(folded) - _MIN_LEN + 1)}
        present = {s for start in starts.intersection(self._by_start) for s in self._by_start[start] if s in folded}
        found = {i for s in present for i in self._first.get(s, ())}
        return frozenset(i for i in found if all(not c.isdisjoint(present) for c in self.clauses[i][1:])) | self.unfiltered  # type: ignore[index]


def _seq(items: list) -> list[Clause]:
    """Clauses of a sequence: its literal runs and what its mandatory parts need."""
    out: list[Clause] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LEN:
            out.append(frozenset(["".join(run).lower()]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            out.extend(_seq(list(av[-1])))
        elif op is C.ATOMIC_GROUP:
            out.extend(_seq(list(av)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_seq(list(av[2])))
        elif op is C.ASSERT:  # lookahead or lookbehind: the asserted words are in the text too
            out.extend(_seq(list(av[1])))
        elif op is C.BRANCH:
            either = _branch(av[1])
            if either is not None:
                out.append(either)
    flush()
    return out


def _branch(alternatives: list) -> Clause | None:
    """One clause for an alternation: the best clause of each alternative, any of them; None if one has none."""
    strings: set[str] = set()
    for alt in alternatives:
        clauses = _seq(list(alt))
        if not clauses:
            return None
        strings |= max(clauses, key=lambda c: min(map(len, c)))
    return frozenset(strings)
