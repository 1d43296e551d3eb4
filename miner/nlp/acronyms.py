"""Acronym definitions in brackets: "Youth Offending Team (YOT)".

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text": the short form is a bracketed token with a
capital letter; the long form is the shortest run of words before it whose
letters, matched right to left, spell the short form, the first letter at
the start of a word. Papers define an acronym once and then use it bare, so
the definitions found here feed a per-document table that resolves later
mentions ("the YOT could realise ...").

Bracketed words that are not acronyms are skipped: "(the Board)", "(0-25)",
"(Item 4)", "(i)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AcronymDefinition", "find_definitions", "initials_spell", "looks_like_acronym"]

# "(MYPWS)", "(CAMHs)", "(GCP2)", "(Adopt SW)"; not "(the Board)" or "(iv)". A constitution's or a legal text's
# quoted short form counts as well: 'The West Berkshire Domestic Abuse Board ("DAB") is the Council's DALPB'
# (West Berkshire constitution, Domestic Abuse Board appendix); its quotes must pair.
_BRACKETED = re.compile(r"\([\"“]?([A-Za-z][A-Za-z0-9&\-]{1,9}(?: [A-Z][A-Za-z]{1,4})?)[\"”]?\)")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.I)
_WORD = re.compile(r"[^\s()]+")
# A long form stops at a sentence or clause break, a blank line or a numbered line; it
# runs on over a single line break, where PDFs wrap names ("the Kent\nSafeguarding ... (KSCMP)").
_BREAK = re.compile(r"[.;:]|\n\s*\n|\n\s*\(?\d|\)\s")
# Words an acronym leaves out of a lower-case long form: "holiday activities and food (HAF)".
_MINOR_WORDS = frozenset({"and", "&", "of", "for", "the", "in", "on", "to", "with", "a", "an"})


@dataclass(frozen=True)
class AcronymDefinition:
    short: str
    long: str
    short_start: int  # offsets into the text searched
    short_end: int
    long_start: int
    long_end: int


def looks_like_acronym(token: str) -> bool:
    """Two or more letters, mostly capitals, not a roman numeral: YOT, CAMHs, GCP2."""
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2 or _ROMAN.match(token) and token.islower():
        return False
    capitals = sum(c.isupper() for c in letters)
    return token[0].isupper() and capitals >= max(2, len(letters) - 1)


def _letters(short: str) -> list[str]:
    """An acronym's letters in lower case, digits and "&" left out: what a long form's initials must spell."""
    return [c.lower() for c in short if c.isalpha()]


def initials_spell(short: str, long_form: str, skip: frozenset[str] = _MINOR_WORDS) -> bool:
    """Whether the first letters of `long_form`'s words, `skip` words left out, spell the acronym exactly: "Kent
    Association of Local Councils" spells KALC; the loose Schwartz-Hearst match would take letters from inside words."""
    return [w[0].lower() for w in long_form.split() if w.lower() not in skip] == _letters(short)


def _initials_start(short: str, window: str) -> int | None:
    """Where a lower-case long form starts in `window`: the words whose initials spell the
    acronym, with at most one kind word after them: "the supplementary substance misuse treatment
    and recovery grant (SSMTRG)", "holiday activities and food programme (HAF)". Letters picked from
    inside words ("the council (TC)") are the loose matches Schwartz-Hearst allows for capitalised
    names only."""
    letters = _letters(short)
    words = list(_WORD.finditer(window))
    for extra in (0, 1):
        initials: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group(0).lower()
            if word in _MINOR_WORDS:
                continue
            initials.insert(0, word[0])
            if initials[: len(initials) - extra] == letters and len(initials) == len(letters) + extra:
                return words[i].start()
            if len(initials) > len(letters) + extra:
                break
    return None


def _cut_into_parts(short: str, word: str, shortest: int = 3) -> bool:
    """Whether the acronym's letters start the parts of a one-word long form, each part `shortest` letters or more:
    "Glazewing (GW)" is Glaze|wing (Norfolk parish minutes 2016); "Accountants (ACCA)", letters from one word's
    inside, is not a name of its own."""
    letters = _letters(short)
    lowered = word.lower()
    if not letters or lowered[:1] != letters[0]:
        return False
    at = 0
    for letter in letters[1:]:
        at = lowered.find(letter, at + shortest)
        if at < 0:
            return False
    return len(lowered) - at >= shortest


def _inside_another_acronym(short: str, long_form: str) -> bool:
    """A long form opening with another acronym that gives the short form more than its first letter: "DMADF
    Deposits (DMO)" (Kent treasury management mid-year update 2024-25: deposits with the Debt Management Office) took
    "DM" from "DMADF". The other acronym may open it whole: "KCC Highways Service (KCCHS)"."""
    words = long_form.split()
    first = words[0]
    if len(words) < 2 or not (first.isupper() and sum(c.isalpha() for c in first) >= 2):
        return False
    if short.upper().startswith(first.upper()):
        return False
    return _best_long_form(short[1:], " ".join(words[1:])) is None


def _best_long_form(short: str, candidate: str) -> int | None:
    """Schwartz–Hearst match: index in `candidate` where the long form starts, or None."""
    s = [c.lower() for c in short if c.isalnum()]
    lf = candidate.lower()
    s_i, l_i = len(s) - 1, len(lf) - 1
    while s_i >= 0:
        ch = s[s_i]
        while l_i >= 0 and (
            lf[l_i] != ch or (s_i == 0 and l_i > 0 and lf[l_i - 1].isalnum())
        ):
            l_i -= 1
        if l_i < 0:
            return None
        s_i -= 1
        l_i -= 1
    return max(lf.rfind(" ", 0, l_i + 1), lf.rfind("\n", 0, l_i + 1)) + 1


# "IRO (Independent Reviewing Officer)": an acronym with its long form in brackets after it
_REVERSED = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9&]{1,9})[ \t]*\(([A-Z][^()\n]{3,80}?)\)")


def _reversed_definitions(text: str) -> list[AcronymDefinition]:
    """Acronyms defined before their long form: "The IRO (Independent Reviewing Officer) service raised 17
    escalations" (written for the probe). Only where the long form's initials, minor words left out or not, spell
    the acronym exactly, so "the ICB (NHS Kent and Medway)" or "Ofsted (March 2024)" define nothing."""
    found = []
    for match in _REVERSED.finditer(text):
        short, long_form = match.group(1), match.group(2).strip()
        if not looks_like_acronym(short) or len(long_form.split()) < 2:
            continue
        # (or every word's initial: "CATIE(Countywide Approach to Inclusive Education)", Kent ICS activity
        # appendix 2025, where the table's text also lost the space before the bracket)
        if not (initials_spell(short, long_form) or initials_spell(short, long_form, frozenset())):
            continue
        found.append(AcronymDefinition(short=short, long=long_form, short_start=match.start(1),
                                       short_end=match.end(1), long_start=match.start(2),
                                       long_end=match.start(2) + len(long_form)))
    return found


def find_definitions(text: str) -> list[AcronymDefinition]:
    """Every "Long Form (SF)" and "SF (Long Form)" definition in `text`, in order."""
    found = _reversed_definitions(text) if "(" in text else []
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        if (match.start(1) > match.start() + 1) != (match.end(1) < match.end() - 1):
            continue  # a quote on one side only
        if not looks_like_acronym(short.split()[0]):
            continue
        # The long form lies in the same sentence/line, within min(|SF|+5, 2|SF|) words.
        region_start = max(0, match.start() - 200)
        breaks = [b.end() for b in _BREAK.finditer(text, region_start, match.start())]
        region_start = breaks[-1] if breaks else region_start
        words = list(_WORD.finditer(text, region_start, match.start()))
        n = len(short.replace(" ", ""))
        words = words[-min(n + 5, 2 * n) :]
        if not words:
            continue
        window_start = words[0].start()
        window = text[window_start : match.start()].rstrip()
        start = _best_long_form(short, window)
        if start is None and short[-1].isdigit():
            # a round or phase number the long form leaves out: "the sixth round of the Household Support
            # Fund (HSF6)" (written for the probe) defines HSF6 as the Fund
            start = _best_long_form(short.rstrip("0123456789"), window)
        if start is None:
            continue
        if not window[start:][:1].isupper():  # a name in lower case is spelt by its initials
            # (a capitalised name whose acronym skips "of the" lands there too: "Office of the Police and
            # Crime Commissioner (OPCC)", written for the probe, matched "of the Police ...")
            start = _initials_start(short, window)
            if start is None:
                continue
        long_form = window[start:].strip()
        if not long_form or len(long_form) <= len(short):
            continue
        if len(long_form.split()) == 1 and "/" not in long_form and not _cut_into_parts(short, long_form):
            # letters from inside one word: the name's initials, if any, spell it ("the Association of Chartered
            # Certified Accountants (ACCA)", Kent capital strategy, matched "Accountants")
            start = _initials_start(short, window)
            if start is None:
                continue
            long_form = window[start:].strip()
        if _inside_another_acronym(short, long_form):
            continue
        long_start = window_start + start
        found.append(
            AcronymDefinition(
                short=short,
                long=long_form,
                short_start=match.start(1),
                short_end=match.end(1),
                long_start=long_start,
                long_end=long_start + len(long_form),
            )
        )
    return sorted(found, key=lambda d: d.short_start)
