"""Contradiction rules for the tracker: when a later passage says a promise was not kept.

Split from `miner/track.py` to keep it small: an inspection judged below Good after a
promise about inspections, an indicator moving the wrong way, a numeric target missed
by a comparable figure, or a plan dropped; and the opposite, a numeric target met.
Quotes are whole sentences, never a bare figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from miner.model import Claim
from miner.nlp.claim_filter import masked_spans, not_a_claim
from miner.nlp.claim_indicator import named_ids
from miner.nlp.claim_table import is_target_column, table_row
from miner.nlp.dates import find_dates, find_deadline
from miner.nlp.numbers import find_quantities
from miner.series import as_of_key
from miner.similarity import analyse
from miner.track_links import THRESHOLD, Candidate
from miner.track_passages import ROW_LABEL_WORDS, Passage, Promise, names_row, table_rows
from miner.track_text import PARAGRAPH_LABEL, citable, cue_alternatives, cue_words, cues, has_cue, sentences, status_label

BAD_JUDGEMENTS = cue_words("bad_judgements")
# a "decided not to proceed" sentence speaks for the promise when it has this many of its stems, and this share
DROPPED_SHARED, DROPPED_COVER = 3, 1 / 3
NOT_BEGUN_SHARED = 2  # stems a "has not started" sentence shares with a promise past its deadline to say it was not kept
LOOSE_STEM = 6  # letters of a stem kept when a figure's measure words are matched to a promise's
# words that say how a count grew, not what it counts: "14 new Shared Lives carers" measures Shared Lives carers
_COUNT_WORDS = frozenset(analyse(" ".join(cue_words("count_words")), bigrams=False))
_FROM_TO = re.compile(r"\bfrom (?:the current |around |approximately )?[£]?(?P<start>[\d,.]+)\s*%?\s*to\s+"
                      r"(?:(?:below|under|fewer than|less than|above|over|more than|at least|no more than)\s+)?"
                      r"(?:[£]?(?P<target>[\d,.]+)|(?P<none>zero|nil|none)\b)", re.I)


_NUMBER_WORDS = {w: n for n, w in enumerate(cue_words("number_words"))}  # "five" -> 5, zero first
_WORD_NUMBERS = "|".join(w for w in _NUMBER_WORDS if w != "zero")


def _number(text: str) -> float | None:
    """"1,024" -> 1024.0, "1.1 million" -> 1100000.0, "five" -> 5.0."""
    if text.lower() in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text.lower()])
    scale = re.search(r"\s*(?:million|m)$", text)
    try:
        value = float(text[: scale.start() if scale else len(text)].replace(",", "").rstrip("."))
    except ValueError:
        return None
    return value * 1_000_000 if scale else value


# "reduce this to 140 by March 2023", "increase the number of foster carers to 200": a level to move to, not a year
_MOVE_TO = re.compile(rf"\b(?:{cue_alternatives('move_to_verbs')})\w*\b[^.;]{{0,80}}?\bto\s+(?:around\s+|about\s+)?£?"
                      r"(?!(?:19|20)\d\d\b)(\d[\d,]*(?:\.\d+\s*(?:million|m)\b|\s*million\b)?)\b(?![-–/]\d)"
                      r"(?!\s*(?:years?|months?|weeks?|days?|hours?)\b)", re.I)
_TO_ZERO = re.compile(rf"\b(?:{cue_alternatives('to_zero_verbs')})\w*\b[^.;]{{0,120}}?\bto\s+(?:zero|nil|none)\b", re.I)


# "reduce agency staff spend by £1.5m": a change to make, met by a difference that large ("£1.7m lower than last year")
_BY_AMOUNT = re.compile(rf"\b(?:{cue_alternatives('by_amount_verbs')})\w*\b[^.;]{{0,60}}?\bby\s+(£?\d[\d,.]*\s*(?:[km]\b|million\b|%)?)",
                        re.I)
# a figure stated as a change: "11% lower than ...", "31% below the 2018/19 baseline" (not "below target": a shortfall)
_DIFFERENCE = re.compile(r"^\s*(?:lower|less|fewer|down|higher|more|up|reduction|decrease|increase"
                         r"|(?:below|above)(?=\s+(?:the|its|our)\s+(?:[\w/-]+\s+){0,2}?(?:baseline|levels?)\b))\b", re.I)


def _by_amount(text: str) -> tuple[str, float] | None:
    """(unit, value) of the change a promise aims at: "reduce ... by £1.5m" -> ("GBP", 1500000.0)."""
    m = _BY_AMOUNT.search(text)
    found = find_quantities(m.group(1)) if m else []
    return (found[0].quantity.unit, found[0].quantity.normalised) if found else None


@lru_cache(maxsize=8192)  # asked again for each candidate passage and figure of a promise
def numeric_target(text: str) -> float | None:
    """The number a promise aims at: "from 80 to 90" -> 90, "at least 60%" -> 60, "to below 300" -> 300,
    "to 8 days" -> 8, "a minimum attendance of 75%" -> 75, "recruit 25 additional foster carers" -> 25,
    "repair 90% of ..." -> 90, "reduce this to 140" -> 140, "reduce ... to zero" -> 0, "at 75% of fires" -> 75,
    "achieve no permanent exclusions" -> 0, "keep ... below 620" -> 620, "a target of 90%" -> 90."""
    m = _FROM_TO.search(text)
    if m:
        return 0.0 if m.group("none") else _number(m.group("target"))
    # each way of stating a target; where a promise states two ("carry out 8,500 visits, with at least 70% of
    # visits to ..."), the first is its aim and the later one a condition on it
    found = [m for m in (
        re.search(r"\b(?:to(?:\s+an?\s+average\s+of)?|at least|no (?:less|more) than|(?:minimum|maximum)(?:\s+[\w-]+){0,2}\s+of)\s+(?:(?:below|under|above|over|less than|more than|no more than)\s+)?[£]?(\d[\d,.]*)\s*(?:%|per ?cent|days|weeks)", text, re.I),
        # "so that the first appliance arrives within 10 minutes at 75% of dwelling fires": a share to reach
        re.search(r"\bat\s+(\d[\d,.]*)\s*(?:%|per ?cent)\s+of\b", text, re.I),
        # "brought below five minutes": a time to keep under
        re.search(rf"\b(?:below|under|less than)\s+(\d[\d.]*|{_WORD_NUMBERS})\s+(?:minutes?|seconds?|working days|days|weeks)\b",
                  text, re.I),
        # "to below 300": a count target needs its comparison word (not "to 2025", "to 16-19")
        re.search(r"\bto\s+(?:below|under|above|over|less than|more than|fewer than|no more than)\s+(\d[\d,]*)\b(?![-–/]\d)", text, re.I),
        # "with a target of 90% in EET": the aim named as such
        re.search(r"\btarget\s+of\s+(?:at least\s+)?£?(\d[\d,.]*)\s*(?:%|per ?cent)", text, re.I),
        # "keep permanent admissions ... below 620 per 100,000": a level to stay on the right side of
        re.search(r"\b(?:keep|maintain)\w*\b[^.;]{0,120}?\b(?:below|under|less than|fewer than|no more than|above|over"
                  r"|more than|at least)\s+£?(?!(?:19|20)\d\d\b)(\d[\d,.]*)", text, re.I),
        has_cue("count_aim", text), _MOVE_TO.search(text)) if m]
    if found:
        return _number(min(found, key=lambda m: m.start(1)).group(1))
    # "end the use of bed and breakfast" (the `end_aim` cue): none left
    return 0.0 if _TO_ZERO.search(text) or has_cue("end_aim", text) else None


def _target_is_share(text: str, target: float | None) -> bool:
    """The promise's target is a percentage ("down to 15%"): only a percentage meets or misses it."""
    return target is not None and any(_number(m.group(1)) == target for m in
                                      re.finditer(r"(\d[\d,.]*)\s*(?:%|per ?cent)", text, re.I))


def _is_increment(text: str) -> bool:
    """The target is a count to add ("recruit 25 additional foster carers"), not a level to reach."""
    m = has_cue("count_aim", text)
    return bool(m) and "%" not in m.group(0) and "cent" not in m.group(0) and not _FROM_TO.search(text)


def _direction(text: str) -> str | None:
    up = has_cue("direction_up", text) or has_cue("count_aim", text)
    down = has_cue("direction_down", text) or has_cue("end_aim", text)
    if up and not down and up.group(0).lower().startswith("improv") and _lower_is_better(text):
        return "down"  # "improve outcomes for rough sleepers": better is fewer where the measure counts a harm
    if up and down:  # "reduce this to 140 by increasing prevention work": the aim comes first, the means after
        return "up" if _first(("direction_up", "count_aim"), text) < _first(("direction_down", "end_aim"), text) else "down"
    return "up" if up else "down" if down else None


_OBJECT_END = re.compile(r"[.;:,(]|\s(?:and|by|to|from|so|in order|through|while|whilst)\s")


def _aimed_elsewhere(text: str, c: Claim) -> bool:
    """The promise's direction word acts on another thing than the figure's measure, which the promise names only
    before it: "Model of NHS Health Checks in place ... to reduce/mitigate risk of LTCs" asks for less risk, not for
    fewer checks; "This additional funding, along with the extra funding from the DfE ... will have reduced the
    accumulated deficit" sets no figure for the funding. "Reduce the number of children looked after" and "The
    number of children looked after will reduce by 10%" stay aimed at it."""
    split = _direction_object(text)
    return bool(c.indicator and split and c.indicator in split[0] and c.indicator not in split[1])


@lru_cache(maxsize=4096)
def _direction_object(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The indicators the promise names before its first direction word and in the words it acts on (to the clause's
    end), once per promise; None without a direction word or with no words after it."""
    found = [m for g in ("direction_up", "count_aim", "direction_down", "end_aim") if (m := has_cue(g, text))]
    if not found:
        return None
    cue = min(found, key=lambda m: m.start())
    after = _OBJECT_END.split(text[cue.end() :], maxsplit=1)[0]
    if not analyse(after, bigrams=False):
        return None
    return frozenset(named_ids(text[: cue.start()])), frozenset(named_ids(after))


def _lower_is_better(text: str) -> bool:
    """The promise measures a harm, fewer being better (waits, arrears, rough sleeping; statement cues)."""
    from miner.nlp.statements import load_cues

    return any(rx.search(text) for rx in load_cues().target_comparison["lower_is_better"])


def _first(groups: tuple[str, ...], text: str) -> int:
    """Where the earliest cue of the groups starts."""
    return min((m.start() for g in groups for rx in cues()[g] if (m := rx.search(text))), default=len(text))


def _sentence_of(passage: Passage, pos: int) -> str:
    """The sentence containing a claim: a bare figure ("four") is no citable evidence on its own. In a
    table read as one line per row, the figure's row ("Council tax collected in year (%) | 96.4% | 97.0%"),
    not the whole table, which has no sentence breaks."""
    at = pos - passage.start
    if table_row(passage.text, at) is not None or any(cut <= at < end for _, cut, end, _ in table_rows(passage.text)):
        line_start = passage.text.rfind("\n", 0, at) + 1
        line_end = passage.text.find("\n", at)
        return passage.text[line_start : line_end if line_end >= 0 else len(passage.text)].strip()
    for a, b, s in sentences(passage.text, passage.start):
        if a <= pos < b:
            return PARAGRAPH_LABEL.sub("", s, count=1) or s
    return passage.text.strip()


def _bad_judgement(p: Passage, date: str) -> bool:
    if any(i.judgement and i.judgement.lower() in BAD_JUDGEMENTS and (i.date or p.date) > date for i in p.inspections):
        return True
    # the judgement's words first: a cheap search that rules out nearly every sentence before the cue index does
    return any(re.search(r"inadequate|requir\w* improvement", s, re.I) and has_cue("contradicts", s)
               and not dated_before(s, date) for _, _, s in sentences(p.text, p.start))


def dated_before(text: str, date: str) -> bool:
    """Every date the text gives is before `date` (and it gives one): "On 30 July 2024, a consultation was
    launched" is not news of a promise made in January 2025, nor a 2020 paper's achievement dated 2017."""
    found = [d for _, _, d in find_dates(text)]
    return bool(date and found) and all(d < date[: len(d)] for d in found)


def _same_measure(promise_text: str, indicators: set[str], claim: Claim) -> bool:
    """The claim measures what the promise names: the same indicator, or, for a measure the taxonomy
    lacks, a metric whose content words (two or more) all appear in the promise ("the number of shared
    lives carers has fallen to 35" against "increasing the number of shared lives carers from 40 to 60")."""
    if claim.indicator:
        return claim.indicator in indicators
    words = set(analyse(claim.metric or "", bigrams=False)) - _COUNT_WORDS
    if len(words) == 1:  # "5,340 trees were planted" against "Plant 5,000 trees": the word the target counts
        return words <= _target_nouns(promise_text)
    return len(words) >= 2 and _loose(words) <= _loose(set(analyse(promise_text, bigrams=False)))


def _loose(stems: set[str]) -> set[str]:
    """Stems cut to LOOSE_STEM letters, so a noun and its verb meet ("satisfaction with support" is what
    "carers ... satisfied with support" measures; the stemmer leaves "satisfaction" and "satisfy" apart)."""
    return {w[:LOOSE_STEM] for w in stems}


_DIFFERENCE_DIRECTION = {"lower": "down", "less": "down", "fewer": "down", "down": "down", "reduction": "down",
                         "decrease": "down", "below": "down", "above": "up", "higher": "up", "more": "up", "up": "up", "increase": "up"}


def _difference(p: Passage, c: Claim) -> str | None:
    """The way a figure given as a difference moves: "11% lower than the baseline" -> "down"."""
    m = _DIFFERENCE.match(p.text[c.end - p.start :][:60])
    return _DIFFERENCE_DIRECTION.get(m.group(0).strip().lower()) if m else None


def _bare_figure_on(promise_text: str, p: Passage, c: Claim) -> bool:
    """A figure the claim layer gave no measure ("ran 14 events in 2023/24", "is 11% lower than the
    baseline") is on the promise's measure when the noun right after it is what the promise's target counts,
    or when it is a difference in a sentence sharing DROPPED_SHARED of the promise's words."""
    if set(analyse(c.metric or "", bigrams=False)) - _COUNT_WORDS:
        return False
    after = re.match(r"\s*((?:[A-Za-z'’-]+\s+){0,1}[A-Za-z'’-]+)", p.text[c.end - p.start :])
    if after and set(analyse(after.group(1), bigrams=False)) & _target_nouns(promise_text):
        return True
    shared = set(analyse(promise_text, bigrams=False)) & set(analyse(_sentence_of(p, c.start), bigrams=False))
    return _difference(p, c) is not None and len({w for w in shared if not w[0].isdigit()}) >= DROPPED_SHARED


def _in_named_row(promise_text: str, p: Passage, c: Claim) -> bool:
    """A cell of a table row whose label names the promise's measure ("Physical visits | 968,000 | 1,024,000"
    for "increase physical visits to 1.1 million"), whatever measure the claim layer read for it."""
    at = c.start - p.start
    want = set(analyse(promise_text, bigrams=False))
    return any(cut <= at < end and names_row(len(words & want), len(words)) for _, cut, end, words in table_rows(p.text))


# what a clause says its subject measured: "Average on-call appliance availability was 72%"
_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\.\s+)(?:\(?[a-z\d]{1,3}[.)]\s+|\d+(?:\.\d+)+\s+)?(?P<words>[A-Za-z][\w'’ -]{3,80}?)\s+(?:now\s+)?(?:was|were|is|are|stood at|reached|rose to|fell to|totall?ed|totals?)"
                      r"(?:\s+(?:about|around|just over|just under|over|under))?\s*$")
# where a subject's place or time begins ("Weekly opening hours | across the service")
_SUBJECT_SCOPE = re.compile(r"\s+(?:across|in|at|during|for|over|throughout)\s+")


def _subject_named(promise_text: str, p: Passage, c: Claim) -> bool:
    """A figure stated of a subject the promise names in all its words ("Average on-call appliance availability
    was 72% across the year" for "raise average on-call appliance availability from 68% to 80%"; "Weekly
    opening hours across the service now total 331" for "increase total weekly opening hours"), a place or
    time after the subject aside, when the claim layer read no other measure for it."""
    m = _SUBJECT.search(p.text[max(0, c.start - p.start - 120) : c.start - p.start])
    if not m:
        return False
    subject = set(analyse(m.group("words"), bigrams=False))
    if set(analyse(c.metric or "", bigrams=False)) - _COUNT_WORDS - subject:
        return False
    words = set(analyse(_SUBJECT_SCOPE.split(m.group("words"), maxsplit=1)[0], bigrams=False))
    return ROW_LABEL_WORDS[0] <= len(words) <= ROW_LABEL_WORDS[1] and words <= set(analyse(promise_text, bigrams=False))


def _target_nouns(text: str) -> set[str]:
    """Stems of the words right after the promise's numeric target ("Plant 5,000 trees" -> {"tree"})."""
    target = numeric_target(text)
    for m in re.finditer(r"(\d[\d,.]*)\s*%?\s+((?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+)", text):
        if _number(m.group(1)) == target:
            return set(analyse(m.group(2), bigrams=False)) - _COUNT_WORDS
    return set()


def _baseline(text: str) -> float | None:
    """Where the promise starts from: "from 15.2% to 13%" -> 15.2."""
    m = _FROM_TO.search(text)
    return _number(m.group("start")) if m else None


def _figures_on(pr: Promise, p: Passage) -> list[Claim]:
    """The passage's figures on the promise's measure, but not those dated before the promise ("71% in
    2022, up from 48% in 2021" against a promise of June 2022: 48% is where it started) unless they
    move from the promise's own starting figure (statistics lag: "14.1% in 2022, down from 15.2% in
    2021" against "from 15.2% to 13%" made in 2023), nor a benchmark another figure is compared with,
    nor the aim told again ("remains above the 22% we aimed for"), nor a measure the promise's direction word does
    not act on (`_aimed_elsewhere`). A figure dated by the year the promise
    was made in ("the autumn 2023 count" against an April 2023 strategy) is not before it.
    The figures of the sentence closest to the promise come first: that is the one to quote."""
    benchmarks = {c.comparator_value for c in p.claims if c.comparator_value is not None}
    base, want = _baseline(pr.statement.text), set(analyse(pr.statement.text, bigrams=False))
    kept = [c for c in p.claims if (_same_measure(pr.statement.text, pr.indicators, c) or _bare_figure_on(pr.statement.text, p, c)
                                    or _in_named_row(pr.statement.text, p, c) or _subject_named(pr.statement.text, p, c))
            and not ((key := as_of_key(c.as_of)) and key < pr.date[: len(key)] and not (base is not None and c.from_value == base))
            and not (c.comparator is None and c.value in benchmarks)  # "below the target of 45%": the aim, not a level
            and not _the_aim(p, c) and not _aimed_elsewhere(pr.statement.text, c)]
    return sorted(kept, key=lambda c: -len(want & set(analyse(_sentence_of(p, c.start), bigrams=False))))


# the figure a later paper names as the aim, not the level reached: "the 22% we aimed for", "against the 170 we
# set out to reach", "short of the 90 planned"
_AIM_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+)?(?:we|the council|it|they|the service)\s+"
                        r"(?:had\s+)?(?:aimed|set out|planned|hoped|promised|committed|wanted|intended|targeted|expected)\b"
                        r"|^\s*(?:[\w-]+\s+){0,2}?(?:planned|promised|aimed for|targeted|committed to)\b", re.I)
_AIM_BEFORE = re.compile(r"\b(?:against|short of|towards?)\s+(?:the|our|its|a)\s+$", re.I)


def _the_aim(p: Passage, c: Claim) -> bool:
    """The figure is the aim, not a level reached: named so in the text, or a cell of a table's target column
    ("| Library visits | 410,000 | 463,200 | 500,000 |" under "| Measure | Baseline | 2023/24 | Target 2025/26 |")."""
    before = p.text[max(0, c.start - p.start - 20) : c.start - p.start]
    if _AIM_AFTER.match(p.text[c.end - p.start :][:60]) or _AIM_BEFORE.search(before):
        return True
    row = table_row(p.text, c.start - p.start)
    return row is not None and is_target_column(row)


def _moves(p: Passage, c: Claim, direction: str | None) -> bool:
    """The figure moves the promised way: its own change, a difference ("11% lower than the baseline"), or
    against the passage's earlier figure on the same measure ("62 per 100,000 collections in 2023/24,
    against 71 in 2022/23")."""
    if direction is None:
        return False
    if (c.direction or _difference(p, c)) == direction:
        return True
    key = as_of_key(c.as_of) if c.as_of else None
    for d in p.claims:
        if d is c or d.value is None or c.value is None or not key or not d.as_of:
            continue
        # the same indicator (a unit left off the earlier figure: "against 71"), or the same words and unit
        same = (d.indicator and d.indicator == c.indicator) or (
            not d.indicator and not c.indicator and d.metric == c.metric and d.unit == c.unit)
        if same and (as_of_key(d.as_of) or "") < key and (c.value < d.value if direction == "down" else c.value > d.value):
            return True
    return False


def _not_yet_due(pr: Promise, p: Passage) -> bool:
    """The promise's deadline is after the later paper: a target not reached yet is not yet missed."""
    due = as_of_key(pr.statement.deadline) if pr.statement.deadline else None
    return bool(due) and due > p.date


def _open_ended(pr: Promise, p: Passage) -> bool:
    """The promise sets no date and its period (if any) runs past the later paper ("Reduce average caseloads
    to 18" in an improvement plan): a figure moving its way is under way, not a target missed."""
    if pr.statement.deadline:
        return False
    end = as_of_key(pr.statement.period) if pr.statement.period else None
    return end is None or end > p.date


@lru_cache(maxsize=8192)
def _own_figures(promise_text: str) -> frozenset[tuple[str, float]]:
    """(unit, value) of every figure a promise states, parsed once per promise, not once per passage. Only
    figures the claims filter keeps: the years of "in 2021/22" and the school year of "Year 7 places" are no
    figures of the promise, so "six of the seven sub sectors" is no part of them."""
    masked = masked_spans(promise_text)
    return frozenset((q.quantity.unit, q.quantity.normalised) for q in find_quantities(promise_text)
                     if not not_a_claim(promise_text, q, masked))


def _measured_against(pr: Promise, c: Claim) -> bool | None:
    """Whether a figure the later paper sets against a target that is the promise's own figure met it
    ("generated £38,000 against the £60,000 target" for "introduce charges, generating £60,000": missed);
    None when the figure is not measured against the promise's figure. The figure is the link, so the
    metric's words need not match."""
    if c.comparator != "target" or c.comparator_value is None or c.value is None:
        return None
    if (c.unit, c.comparator_value) not in _own_figures(pr.statement.text):
        return None
    return c.value <= c.comparator_value if _direction(pr.statement.text) == "down" else c.value >= c.comparator_value


_FEW = _WORD_NUMBERS
_ORDINALS = {w: n for n, w in enumerate(cue_words("ordinal_words"), start=1)}  # "second" -> 2
_PART_OF = re.compile(rf"(?P<part>£?\d[\d,.]*\s*(?:[km]\b|million\b)?|\b(?:{_FEW}|{'|'.join(_ORDINALS)})\b)\s+of\s+"
                      rf"(?:the|our|its|their|(?:the\s+)?[\w-]+['’]s?)\s+"  # "31 of the borough's 38 GP practices"
                      rf"(?P<whole>£?\d[\d,.]*(?:\s*(?:[km]\b|million\b))?|\b(?:{_FEW})\b)"
                      rf"(?P<noun>(?:\s+[\w'’-]+){{0,3}})", re.I)
_YEARLY = re.compile(r"\b(?:a|each|every|per)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.I)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s", re.I)  # "24 of its 30 units": the whole is what was delivered


def _all_told(pr: Promise, p: Passage, c: Claim) -> bool:
    """The figure's sentence tells all of a count to add, by its parts or whole ("Fifteen new cameras went live,
    11 in the town centre and 4 in Fenby" for "install 15 new CCTV cameras"): a part under the target is no
    shortfall."""
    target = numeric_target(pr.statement.text)
    if not target or not _is_increment(pr.statement.text):
        return False
    sent = _sentence_of(p, c.start)
    counts = [d.value for d in _figures_on(pr, p) if d.unit == "count" and d.value is not None and not d.from_value
              and _sentence_of(p, d.start) == sent]
    parts = [v for v in counts if 0 < v < target]
    return max(counts, default=0) >= target or (len(parts) >= 2 and sum(parts) >= target)


# "training for every practitioner" / "completed by 88% of practitioners": a share of the whole promised
_EVERY = re.compile(r"\b(?:every|each|all)\s+(?:(?:of\s+)?(?:the|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]{4,})\b", re.I)
_SHARE_OF = re.compile(r"\b(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|our\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?P<noun>[a-z]{4,})\b", re.I)


_PLURALS = dict(pair.split() for pair in cue_words("irregular_plurals"))  # "children" -> "child"


def _noun(words: str) -> set[str]:
    """Stems, with the irregular plurals the stemmer leaves alone ("93% of children" against "every child")."""
    return set(analyse(" ".join(_PLURALS.get(w.lower(), w) for w in words.split()), bigrams=False))


PART_WHOLE_MIN = 3  # "one of the two" is everywhere; "11 of the 15 posts" names what a promise of 15 counted


def wholes_counted(text: str) -> set[str]:
    """The wholes a text counts part of ("Eleven of the 15 additional posts have been filled" -> {"15"}), as
    normalised figures, so a later paper reporting part of a promise's own figure links to it however reworded."""
    out = set()
    for m in _PART_OF.finditer(text):
        whole = find_quantities(m.group("whole"))
        if whole and whole[0].quantity.normalised >= PART_WHOLE_MIN:
            out.add(f"{whole[0].quantity.unit}:{whole[0].quantity.normalised:g}")
    return out


def own_figures_named(promise_text: str) -> set[str]:
    """The promise's own figures as `wholes_counted` writes them ("Recruit 15 additional ..." -> {"count:15"}):
    a whole matches in unit as well as value ("four of the five checks" is no part of "below 5%")."""
    return {f"{unit}:{value:g}" for unit, value in _own_figures(promise_text) if value >= PART_WHOLE_MIN}


def part_of_own_figure(promise_text: str, p: Passage) -> str | None:
    """The sentence saying only part of what the promise counts was done: part of its own figure ("£110,000
    of the £250,000 saving was delivered in 2023/24" against "..., saving £250,000"; "the first of the two
    new homes opened"), or a share of the whole it promised ("completed by 88% of practitioners", "runs in 31 of
    the borough's 38 GP practices" against "for every practitioner", "to every GP practice"), if the passage has one."""
    own = _own_figures(promise_text)
    every = {w for m in _EVERY.finditer(promise_text) for w in _noun(m.group("noun"))}
    if not own and not every:
        return None
    for _, _, sent in sentences(p.text, p.start):
        delivered = has_cue("supports", sent)
        for m in _PART_OF.finditer(sent):
            if delivered and _OF_ITS.search(m.group(0)):
                continue  # "opened in September 2023 and 24 of its 30 units are let": the use of what was delivered
            whole = find_quantities(m.group("whole"))
            part = _ORDINALS.get(m.group("part").lower()) or next(
                (q.quantity.normalised for q in find_quantities(m.group("part"))), None)
            ours = whole and ((whole[0].quantity.unit, whole[0].quantity.normalised) in own
                              or every & _noun(m.group("noun")))
            if part and ours and part < whole[0].quantity.normalised:
                return PARAGRAPH_LABEL.sub("", sent, count=1)
        for m in _SHARE_OF.finditer(sent) if every else ():
            if every & _noun(m.group("noun")):
                return PARAGRAPH_LABEL.sub("", sent, count=1)
    return None


def _rest_to_come(p: Passage) -> bool:
    """The passage says more is to come: "The remaining reviews will be completed by March 2025", "the
    fourth transfers in April 2025" (a date after the paper's), not "the saving will not be achieved"."""
    for _, _, sent in sentences(p.text, p.start):
        if has_cue("contradicts", sent):
            continue
        if has_cue("progresses", sent) or has_cue("future", sent):
            return True
        if any(d > p.date[: len(d)] for _, _, d in find_dates(sent) if len(d) >= 7):
            return True
    return False


def _against_own_figure(pr: Promise, p: Passage) -> bool | None:
    """Met (True), missed (False) or not said (None) by the passage's figures set against the promise's own."""
    found = {_measured_against(pr, c) for c in p.claims} - {None}
    return None if not found else False not in found


def _change_by(pr: Promise, p: Passage) -> tuple[Claim, bool] | None:
    """For a promise to change a figure by an amount ("reduce ... by 10%", "cut ... by £1.5m"): the passage's
    figure stated as a change that way ("6% fewer than the 2,355", "£1.7m lower than last year") and whether it
    is as large as the amount."""
    amount, direction = _by_amount(pr.statement.text), _direction(pr.statement.text)
    for c in _figures_on(pr, p) if amount and direction else ():
        if c.unit == amount[0] and c.value is not None and (c.direction or _difference(p, c)) == direction \
                and _DIFFERENCE.match(p.text[c.end - p.start :][:60]):
            return c, c.value >= amount[1]
    return None


def on_course(pr: Promise, cand: Candidate) -> str | None:
    """The sentence of a figure moving the promised way towards a target not yet due ("down from 15.2%
    to 14.1%" against "from 15.2% to 13% by 2025"), or a target set no date: under way."""
    direction = _direction(pr.statement.text)
    target, increment = numeric_target(pr.statement.text), _is_increment(pr.statement.text)
    by = _change_by(pr, cand.passage)
    if by and not by[1] and (_not_yet_due(pr, cand.passage) or not pr.statement.deadline):
        return _sentence_of(cand.passage, by[0].start)  # part of the change, with time (or no date) to go
    if direction is None or not (_not_yet_due(pr, cand.passage) or (target is not None and _open_ended(pr, cand.passage))):
        return None
    base = _baseline(pr.statement.text)
    share = _target_is_share(pr.statement.text, target)
    for c in _figures_on(pr, cand.passage):
        if share and c.unit in ("count", "GBP"):
            continue  # "from 18 care leavers to 30" is no way towards "100% of our care leavers receive ..."
        # a count to add, part added ("4,300 trees were planted" against "plant 10,000 trees by March 2025")
        part = increment and target and c.unit == "count" and c.value is not None and 0 < c.value < target
        # a level past the promise's own starting figure ("11 people sleeping rough" against "from 14 to zero")
        moved = base is not None and c.value is not None and c.from_value is None and c.value != target and (
            c.value < base if direction == "down" else c.value > base)
        if _moves(cand.passage, c, direction) or part or moved:
            return _sentence_of(cand.passage, c.start)
    return None


def target_met(pr: Promise, cand: Candidate) -> str | None:
    """The sentence of a figure that meets the promise's numeric target in its direction ("at least 60%
    issued within 20 weeks" met by "71% ... were issued within the 20-week timescale"), if one does."""
    direction, target = _direction(pr.statement.text), numeric_target(pr.statement.text)
    if _against_own_figure(pr, cand.passage):
        met = next(c for c in cand.passage.claims if _measured_against(pr, c))
        # a year's milestone met before the promise is due ("| Affordable homes completed | 150 | 212 |" in the first
        # year of "450 new affordable homes by March 2025") is on course, not done
        if met.comparator_value == target or not _not_yet_due(pr, cand.passage):
            return _sentence_of(cand.passage, met.start)
    by = _change_by(pr, cand.passage)
    if by and by[1]:
        return _sentence_of(cand.passage, by[0].start)  # "£1.7m lower than last year" for "reduce ... by £1.5m"
    if target is None:
        return None
    share = _target_is_share(pr.statement.text, target)
    for c in _figures_on(pr, cand.passage):
        if _all_told(pr, cand.passage, c) and c.value is not None and c.value < target:
            return _sentence_of(cand.passage, c.start)  # its parts add up to it
    for c in _figures_on(pr, cand.passage):
        if has_cue("future", _sentence_of(cand.passage, c.start)):
            continue  # "we aim to reach 45% by 2025" restates an aim
        if share and c.unit != "%":
            continue  # "a first cohort of 14 social workers" is no share against "down to 15%"
        # "Bring gas safety compliance to 100%" says no way to move: reaching the figure meets it
        if c.value is not None and target / 2 <= c.value <= target * 2 and (
                (direction == "up" and c.value >= target) or (direction == "down" and c.value <= target)
                or (direction is None and c.value == target)):
            return _sentence_of(cand.passage, c.start)
    return None


def study_done(pr: Promise, cand: Candidate) -> str | None:
    """The sentence saying the promised piece of work was done or what it found ("The business case
    showed that an in-house routing team would cost more" keeps "prepare a business case"), whatever was
    then decided: the recommendation's "Status: Not implemented" is not the business case's."""
    m = has_cue("study_promise", pr.statement.text)
    if not m:
        return None
    word = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
    for _, _, sent in sentences(cand.passage.text, cand.passage.start):
        if word.search(sent) and has_cue("study_done", sent) and citable(sent) and not dated_before(sent, pr.date):
            return PARAGRAPH_LABEL.sub("", sent, count=1)
    return None


REQUEST_SHARED = 3  # stems a "decision awaited" sentence shares with a promise to make a request, to be about that request
_WHETHER_TO = re.compile(r"\bwhether\s+(?:or\s+not\s+)?to\b", re.I)


def request_made(pr: Promise, cand: Candidate) -> str | None:
    """The sentence saying the other body's decision on the promised request is awaited ("whilst a decision was
    awaited from Government on Kent's inclusion on the Devolution Priority Programme" keeps "submit a request to
    Government ... for Kent and Medway to be included in the Devolution Priority Programme"): the request was
    made, whatever is then decided. Not a decision still to take on whether to make it."""
    if not has_cue("request_promise", pr.statement.text):
        return None
    want = set(analyse(pr.statement.text, bigrams=False))
    for _, _, sent in sentences(cand.passage.text, cand.passage.start):
        if (has_cue("request_pending", sent) and not _WHETHER_TO.search(sent) and citable(sent)
                and len(want & set(analyse(sent, bigrams=False))) >= REQUEST_SHARED and not dated_before(sent, pr.date)):
            return PARAGRAPH_LABEL.sub("", sent, count=1)
    return None


# a thing promised repair and minuted removed, closed or abandoned ("quote to repair the climbing wall"; "following the
# removal of the climbing wall"): the thing is the words after "removal of the" or before "was removed", up to a word of
# no matter
_REPAIR = re.compile(r"\b(?:" + cue_alternatives("repair_promises") + r")\b", re.I)
_REMOVED = re.compile(r"\b(?:" + cue_alternatives("removal_nouns") + r") of (?:the|a|an|this|that|its)\s+"
                      r"(?P<after>[a-z]+(?:\s+[a-z]+){0,2})"
                      r"|\b(?:the|a|an|this|that|its)\s+(?P<before>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:was|were|has been|have been|"
                      r"had been)\s+(?:now\s+)?(?:permanently\s+)?(?:" + cue_alternatives("removal_outcomes") + r")\b", re.I)
_TEMPORARY = re.compile(r"\b(?:" + cue_alternatives("removal_temporary") + r")\b", re.I)
_REPLACED = frozenset(cue_words("removal_replaced"))
REMOVED_WORDS = 2  # content words the removed thing and the promise share, all the thing's: "climbing wall", not "tree"


def _removed_instead(pr: Promise, p: Passage) -> str | None:
    """The sentence that minutes the removal, closure or abandonment of the thing the promise was to repair (cue lists
    `repair_promises`, `removal_nouns`, `removal_outcomes`, `removal_replaced`, `removal_temporary`; tracker rounds 38
    and 39): the thing named by at least `REMOVED_WORDS` content words, all the promise's, and no replacement ("the
    old bench was removed and a new one installed") nor an end to it ("closed for one day") said with it."""
    text = pr.statement.text
    if not _REPAIR.search(text):
        return None
    want = set(analyse(text, bigrams=False))
    for _, _, sent in sentences(p.text, p.start):
        if _REPLACED & set(re.findall(r"[a-z]+", sent.lower())) or _TEMPORARY.search(sent) or dated_before(sent, pr.date):
            continue
        for m in _REMOVED.finditer(sent):
            thing = set(analyse(m.group("after") or m.group("before"), bigrams=False))
            if len(thing) >= REMOVED_WORDS and thing <= want:
                return PARAGRAPH_LABEL.sub("", sent, count=1)
    return None


def _contradiction(pr: Promise, cand: Candidate) -> str | None:
    """The contradicting quote, if this passage contradicts the promise."""
    text, p = pr.statement.text, cand.passage
    if has_cue("inspection_promise", text):
        for ins in p.inspections:
            if ins.judgement and ins.judgement.lower() in BAD_JUDGEMENTS and (ins.date or p.date) > pr.date:
                return _sentence_of(p, ins.start)  # the sentence, not the bare "judged 'Inadequate'"
        for _, _, sent in sentences(p.text, p.start):
            if has_cue("contradicts", sent) and re.search(r"inadequate|requir\w* improvement", sent, re.I):
                if dated_before(sent, pr.date):  # "inspected in September 2015": an old judgement
                    continue
                return PARAGRAPH_LABEL.sub("", sent, count=1)
    removed = _removed_instead(pr, p)
    if removed:
        return removed
    direction, target, increment = _direction(text), numeric_target(text), _is_increment(text)
    partial = part_of_own_figure(text, p)
    # part done and the rest to come ("Five of the eight ... opened. The other three will open in January 2025"):
    # late, not missed
    late = bool(partial) and _rest_to_come(p)
    share = _target_is_share(text, target)
    base = _baseline(text)
    # a count to add with no date (a yearly minimum, "at least 12 events a year", is missed by a year short of it)
    undated_count = increment and find_deadline(text) is None and not _YEARLY.search(text)
    for c in _figures_on(pr, p):
        # a count of things to do ("replace 8,000 streetlights") has no way to move: a figure falling in the
        # sentence ("reducing energy use by 62%") is another measure
        if direction and not increment and c.direction and c.direction != "flat" and c.direction != direction:
            return _sentence_of(p, c.start)
        if (share and c.unit != "%") or (base is not None and c.value == base):
            continue  # the promise's own starting figure ("38" of "from 38 to 30 a year") is where it began
        if _OF_ITS.match(p.text[c.end - p.start :]) and has_cue("supports", _sentence_of(p, c.start)):
            continue  # "opened in September 2023 and 24 of its 30 units are let": the use of what was delivered
        if _all_told(pr, p, c):
            continue  # "Fifteen new cameras went live, 11 in the town centre and 4 in Fenby": all, by place
        # a target is only missed by a figure of the same order ("three" is not a count against "80 to 90"),
        # but a count to add is missed by any smaller count added ("recruited 14 new" against "recruit 40 more")
        comparable = target is not None and c.value is not None and (
            target / 2 <= c.value <= target * 2 or (increment and c.unit == "count" and 0 < c.value < target)
            or (target == 0 and c.unit == "count"))  # any count misses "to zero"
        short = comparable and ((direction == "up" and c.value < target) or (direction == "down" and c.value > target))
        # a level moving its way, or part of a count to add, with no date set: under way, not missed
        if short and not late and not _not_yet_due(pr, p) and not ((_moves(p, c, direction) or undated_count) and _open_ended(pr, p)):
            return _sentence_of(p, c.start)
    # "£110,000 of the £250,000 saving was delivered": the rest was not, unless the report calls the action
    # done ("Implemented. Signed copies of 38 of the 41 contracts ... and the remaining three terminated")
    # a share of every one promised with no date ("every child in care will have a PEP": 93% have) is under way
    standing = _open_ended(pr, p) and not _own_figures(text)
    if partial and not late and not standing and not _not_yet_due(pr, p) and status_label(p.text) != "supports":
        return partial
    by = _change_by(pr, p)
    if by and not by[1] and not _not_yet_due(pr, p) and pr.statement.deadline:
        return _sentence_of(p, by[0].start)  # "6% fewer" against "reduce ... by 10% by March 2024"
    if _against_own_figure(pr, p) is False and not _not_yet_due(pr, p):
        return _sentence_of(p, next(c.start for c in p.claims if _measured_against(pr, c) is False))
    want = set(analyse(text, bigrams=False))
    if study_done(pr, cand):
        return None  # the work promised was done; the label or "will not be taken forward" is the decision's
    label = status_label(p.text)
    if label == "contradicts":  # the report's own label: "Status: Not implemented"
        return _closest_sentence(p, want)
    if label == "not_started" and pr.statement.deadline and not _not_yet_due(pr, p):  # after the deadline
        return _label_and_reason(p, has_cue("status_not_started", p.text))
    if pr.statement.deadline and not _not_yet_due(pr, p):  # not begun, or failed, after the deadline
        began = [(len(want & set(analyse(s, bigrams=False))), s) for _, _, s in sentences(p.text, p.start)
                 if has_cue("not_begun", s) and not dated_before(s, pr.date)]
        shared, hit = max(began, default=(0, ""))
        if shared >= NOT_BEGUN_SHARED or (began and cand.score >= THRESHOLD + 0.15):
            return PARAGRAPH_LABEL.sub("", hit, count=1)
    # a plan dropped before the promise was made ("From 1st September 2024, inspections no longer include ...")
    # is no news of it
    hits = [s for _, _, s in sentences(p.text, p.start)
            if (m := has_cue("contradicts", s)) and not re.search(r"inadequate|requir\w* improvement", s, re.I)
            and not dated_before(s, pr.date) and not _HYPOTHETICAL.search(s[max(0, m.start() - 30) : m.start()])]
    if hits:
        # a plan dropped: on a strong link, or where the dropping sentence itself names the promise's subject
        # ("Cabinet decided not to proceed with the proposed changes to the charging policy")
        shared, hit = max((len(want & set(analyse(s, bigrams=False))), s) for s in hits)
        if cand.score >= THRESHOLD + 0.15 or (shared >= DROPPED_SHARED and shared >= DROPPED_COVER * len(want)):
            return PARAGRAPH_LABEL.sub("", hit, count=1)
    return None


# a plan dropped only in a condition or a fear ("discriminates against those if no longer able to access services",
# "the scheme could no longer go ahead"): no news that it was
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|would|could|may|might|otherwise)\b[^.;]*$", re.I)


def _label_and_reason(p: Passage, label: re.Match[str]) -> str:
    """The status label and the sentence after it, which says why ("Status: Not started. Officer capacity
    was diverted to the cost of living response.")."""
    start = label.start() + (len(label.group(0)) - len(label.group(0).lstrip(".:; ")))
    end = label.end() + len(re.match(r"[.:;]*", p.text[label.end() :]).group(0))
    after = sentences(p.text[end:])
    return " ".join([p.text[start:end].strip(), after[0][2] if after else ""]).strip()


def _closest_sentence(p: Passage, want: set[str]) -> str:
    """The passage's sentence sharing most stems with the promise: the reason, not the bare label
    ("Recommendation 3 (in-house routing).")."""
    sents = [x for x in sentences(p.text, p.start) if citable(x[2])] or sentences(p.text, p.start)
    best = max(sents, key=lambda x: len(want & set(analyse(x[2], bigrams=False))))[2]
    return PARAGRAPH_LABEL.sub("", best, count=1)
