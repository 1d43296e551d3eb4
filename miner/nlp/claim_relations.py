"""How the numbers of one sentence relate: change pairs, comparators, benchmarks, direction.

A change pair ("from 319 ... to 345") is one claim on the newer value with
from_value/to_value; a benchmark ("the national rate of 44") is a claim of its own
and the comparator_value of the figure it is compared with; a change named after
a figure ("up 5% on the previous year") makes that figure's comparator "previous".
Comparator cue words are `comparators` in `patterns/units.json`; change verbs,
comparison words and place cues are in `patterns/claim_cues.json`.
"""

from __future__ import annotations

import math
import re
from functools import cache

from miner.nlp.claim_as_of import periods
from miner.nlp.claim_cues import cue_alternation, cue_words
from miner.nlp.dates import find_dates, find_periods, find_quarters
from miner.nlp.numbers import QuantityMatch, unit_words


def cue_kind(text: str) -> str | None:
    """The kind of benchmark the comparator cue nearest the end of `text` names."""
    words = unit_words()["comparators"]
    low = text.lower()
    hits = []
    for kind, cues in words.items():
        for cue in cues:
            if cue not in low:
                continue  # (the search needs the cue as written: most sentences name none of the cues)
            for m in re.finditer(rf"\b{re.escape(cue)}(?![a-z])", low):  # not "targeted"
                if (cue in cue_words("place_cues") and re.search(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", low[: m.start()])
                        and m.end() < len(low.rstrip())
                        and not re.match(r"\s*(?:was|is|were|are|of|at|stood|stands|average|rate|figure|level)\b", low[m.end() :])):
                    continue  # "local authorities in England to the top 20%": where, not a benchmark
                hits.append((m.start(), kind))
    return max(hits)[1] if hits else None  # the cue nearest the benchmark number


@cache
def _clause_opener_after_comma() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{cue_alternation('clause_openers')})\b[^,]*$", re.I)


def _cue_clause_closed(between: str) -> bool:
    """A comma and a new clause ("..., following the introduction of") come after the benchmark cue and before the
    figure: the cue named its own clause's figure, and this figure is another thing (`claim_cues.json` "clause_openers")."""
    m = _clause_opener_after_comma().search(between)
    return m is not None and cue_kind(m.group(0)) is None and cue_kind(between[: m.start()]) is not None


def _cue_right_after(text: str) -> str | None:
    """A benchmark named right after its figure: "compared to 32.1% nationally", "44 in England"."""
    m = re.match(r"^\s*(?:in|across|for)?\s*(?:the\s+)?([A-Za-z' -]{3,25}?)(?=[\s,.;)]|$)", text)
    if not m or not m.group(1).strip():
        return None
    kind = cue_kind(m.group(1).strip()) or _cue_words_right_after(text)
    return kind if kind in ("national", "regional", "statistical_neighbours", "target") else None


def _cue_words_right_after(text: str) -> str | None:
    """A benchmark of two or three words named right after its figure: "88.4 per 1,000 across the police force
    area", "79 per 10,000 for our statistical neighbours" (the words are the cue, whole)."""
    m = re.match(r"^\s*(?:in|across|for)\s+(?:the\s+|our\s+|its\s+)?((?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+)", text, re.I)
    if m is None:
        return None
    words = m.group(1).lower().split()
    for n in (3, 2):
        phrase = " ".join(words[:n])
        kind = next((k for k, cues in unit_words()["comparators"].items() if phrase in cues), None)
        if len(words) >= n and kind:
            return kind
    return None


def direction(text: str) -> str | None:
    """"up" or "down" from the last word of rising or falling in `text` (`patterns/units.json`)."""
    u = unit_words()
    # a name of capitalised words is not a change: "Growth, Environment & Transport", "Rising Stars"
    text = re.sub(r"\b[A-Z][a-z]+(?:,?\s+(?:&\s+|and\s+|of\s+)?[A-Z][a-z]+)+", " ", text)
    low = re.sub(r"\bor (?:more|less|fewer|above|below|over|under|higher|lower)\b", "", text.lower())  # a threshold
    low = re.sub(rf"\b(?:{cue_alternation('thresholds')})\b", "", low)  # "no more than 18": a limit
    low = re.sub(rf"\b(?:{cue_alternation('not_direction')})", "", low)  # "parents raising their children"
    # "10 additional temporary officers", "four more posts": an amount added, not a change of a measure
    low = re.sub(r"\b(?:additional|extra|further)\b|\bmore\b(?!\s+than)", "", low)
    # (a word not in the text is not searched for)
    ups = [m.start() for w in u["direction_up"] if w in low for m in re.finditer(rf"\b{re.escape(w)}\b", low)]
    downs = [m.start() for w in u["direction_down"] if w in low for m in re.finditer(rf"\b{re.escape(w)}\b", low)]
    if not ups and not downs:
        return None
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


@cache
def _change_to() -> re.Pattern[str]:
    """The older value, then a verb of change and "to" the newer one: "peaked at just over 18,000 in
    2012 and dropped to 15,000 by 2023", "stood at 12% in March, then rose to 14%"."""
    return re.compile(
        r"^[^;]{0,45}?\b(?:and|but|then|before|since when it has|,)\s+(?:has\s+|had\s+|have\s+)?(?:then\s+|since\s+|now\s+)?"
        # (or a forecast of it: "equated to 36.0% of GDP in 2023-24 and are forecast to rise to 38.3%")
        r"(?:(?:is|are|was|were)\s+(?:forecast|expected|projected|set)\s+to\s+(?:rise|fall|increase|decrease|grow|reduce|decline|climb)|"
        rf"{cue_alternation('change_verbs')})\s+(?:again\s+)?to\s+"
        r"(?:an?\s+|just\s+(?:over|under)\s+|over\s+|around\s+|about\s+)?$", re.I)


@cache
def _it_changed_to() -> re.Pattern[str]:
    """The older value, then later in its sentence the same thing named back ("this", "it", "which") as changed "to" the
    newer one: "At Quarter 2 the forecast overspend was £13.8m, as a result of management action alongside expenditure
    controls this had been reduced to £10.7m at Quarter 3"."""
    return re.compile(r"^[^;.]{0,100}?\b(?:this|it|which)\s+(?:has|had|have)\s+(?:now\s+|since\s+)?been\s+"
                      rf"(?:{cue_alternation('change_verbs')})\s+to\s+(?:an?\s+|just\s+(?:over|under)\s+|around\s+|about\s+)?$", re.I)


@cache
def _changed_to_before() -> re.Pattern[str]:
    """A verb of change and "to" right before the newer value: "fell to", "has risen to just over", "rising to" (then
    "from" the older value)."""
    verbs = f"{cue_alternation('change_verbs')}|{cue_alternation('change_participles')}"
    return re.compile(rf"\b(?:(?:{verbs})|(?:{cue_alternation('change_nouns')})\s+down)\s+to\s+"
                      r"(?:an?\s+|just\s+(?:over|under)\s+|around\s+|about\s+)?£?$", re.I)


# After the newer value, its own date if any, then "from" the older one: "12.1% in 2022 from ", "88.3% from "
# (or what it counts, then an older value named as an outturn or level: "down to 18 households in bed and breakfast from
# a second quarter outturn of 36")
_THEN_FROM = (r"^(?:\s+(?:in|at|as\s+at|by|for|during)\s+[^,;()\d]{0,20}(?:(?:19|20)\d\d(?:[-/]\d\d)?|Q[1-4]|Quarter\s+[1-4]))?"
              r"(?:\s+[a-z][\w&-]*(?:\s+[a-z][\w&-]*){0,5}?)?\s*,?\s+from\s+(?:an?\s+|the\s+)?"
              r"(?:(?:[\w-]+\s+){0,3}(?:outturn|level|figure|position|total)\s+of\s+)?$")


@cache
def _then_from() -> re.Pattern[str]:
    return re.compile(_THEN_FROM, re.I)


@cache
def _change_from() -> re.Pattern[str]:
    """The newer value, its date, then its change from the older one: "1954, an increase from 1857",
    "was 24% in 2018, an increase from 19% in 2017", "96%, up from 95%"."""
    return re.compile(
        r"^(?:\s+(?:in|at|as at|as of|for|during)\s+[^,;()\d]{0,20}(?:19|20)\d\d(?:[-/]\d\d)?)?\W*(?:an?\s+)?"
        rf"(?:(?:{cue_alternation('change_nouns')}|up|down)\s+(?:of\s+\S+\s+)?|(?:has|have)\s+(?:improved|worsened|deteriorated|{cue_alternation('change_verbs')})\s+)"
        r"from\s+(?:an?\s+|the\s+(?:performance|figure|level|rate)\s+at\s+the\s+end\s+of\s+[^;,.()]{0,25}\(\s*)?$", re.I)


@cache
def _judged_change_on() -> re.Pattern[str]:
    """The newer value, its date (a year or a quarter), then a judged change "on" or "from" the older one: "42 days in
    Quarter 4, an improvement on 51 days", "71%, a deterioration from 74%" (`claim_cues.json` "judged_change_nouns")."""
    return re.compile(
        r"^(?:\s+(?:in|at|as at|as of|for|during)\s+[^,;()\d]{0,20}(?:(?:19|20)\d\d(?:[-/]\d\d)?|Q[1-4]|Quarter\s+[1-4]))?\s*,?\s*"
        rf"(?:which\s+(?:was|is|represents|represented)\s+)?(?:an?\s+)?(?:{cue_alternation('judged_change_nouns')})\s+(?:on|from)\s+(?:an?\s+|the\s+)?$", re.I)


@cache
def _change_from_after_clause() -> re.Pattern[str]:
    """The newer value, the rest of its clause, then its change from the older one after a comma or dash:
    "84.3% of people ... were still at home 91 days after discharge, up from 79.1%", "1,287 people waiting for
    an assessment, down from 1,540"; or a judged change or a verb of change: "85% (on par with national rate), improvement
    from 78% in 2017/18", "1194 (48.2 per 10,000), reduced from 1296"."""
    words = f"up|down|{cue_alternation('change_nouns')}|{cue_alternation('judged_change_nouns')}|{cue_alternation('change_verbs')}"
    # ("on" after a noun or "up"/"down": "38% ... met the 20 week statutory timescale, an increase on 34% compared with
    # 2021"; "71%, up on 65%")
    nouns = f"up|down|{cue_alternation('change_nouns')}"
    return re.compile(rf"^[^;]{{0,150}}?(?:,|\s[–-]|\s(?:but|though|although|yet))\s*(?:and\s+)?(?:an?\s+)?"
                      rf"(?:(?:{words})\s+from|(?:{nouns})\s+on)\s+(?:an?\s+|the\s+)?$", re.I)


def _change_size_from(text: str, q: QuantityMatch, size: QuantityMatch, older: QuantityMatch) -> bool:
    """After the rest of its clause, a change's size then the older level: "1,264 ... in Quarter 3, down 9% from
    1,389", "£4.2m, an increase of 12% from £3.75m", "312, a 6% rise from 294"."""
    if size.quantity.unit not in ("%", "pp", q.quantity.unit):
        return False
    pre = _change_size_after_clause().search(text[q.end : size.start])
    mid = re.fullmatch(rf"\s+((?:{cue_alternation('change_nouns')})\s+)?from\s+(?:an?\s+|the\s+)?", text[size.end : older.start], re.I)
    # (or a change noun "on" an older level named as such: "40.5% of GDP, a 3.6% increase on the pre-pandemic level of
    # 36.9% of GDP in 2019-20")
    mid = mid or re.fullmatch(rf"\s+((?:{cue_alternation('change_nouns')})\s+)on\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}"
                              r"(?:level|rate|figure|total)\s+of\s+", text[size.end : older.start], re.I)
    return pre is not None and mid is not None and bool(pre.group(1) or mid.group(1))


@cache
def _change_size_after_clause() -> re.Pattern[str]:
    return re.compile(rf"^[^;]{{0,150}}?(?:,|\s[–-])\s*(?:an?\s+)?((?:up|down)(?:\s+by)?\s+|(?:{cue_alternation('change_nouns')})\s+of\s+)?$", re.I)


def _benchmarked(qs: list[QuantityMatch], fields: dict[int, dict], i: int, between: str) -> int:
    """The figure an earlier value after the figure at `i` belongs to: `i` itself, or, when `i` is the target another
    figure is measured against and the value is in brackets after it or after "but", that figure. "96.4% in
    2023/24, below the target of 97% (2022/23: 96.8%)", "46.2%, below the target of 48% but up from 44.1%" and "27.8%,
    above the England average of 26.2%, and up from 25.9%" give
    the measure's earlier values; a target has no outturn of its own (a bracket after a national average may be the
    nation's earlier figure, so only a contrast moves that one)."""
    if not fields[i].get("is_benchmark"):
        return i
    # (or "and" then a change: "27.8%, above the England average of 26.2%, and up from 25.9% at March 2024")
    contrast = re.match(r"^\s*,?\s*(?:but|though|although|yet|and\s+(?:an?\s+)?(?:up|down|(?:increase|decrease|rise|fall)s?)\s+from)\b",
                        between, re.I) is not None
    for k in range(i - 1, -1, -1):
        f = fields[k]
        if f.get("comparator_value") == qs[i].quantity.normalised and "from_value" not in f:
            return k if (f.get("comparator") == "target" or contrast) else i
    return i


def _bare_count(text: str, r: QuantityMatch) -> bool:
    """A figure written with no unit that may take the unit of the figure it is compared with ("the national rate of
    44"); not a count out of a total ("where 122 out of 148 (82.43%) ...", a count of its own)."""
    return (r.quantity.unit == "count" and r.quantity.value == r.quantity.normalised
            and re.match(r"\s+out\s+of\s+\d", text[r.end : r.end + 12]) is None)


def _restates_before(text: str, qs: list[QuantityMatch], i: int, older: QuantityMatch) -> bool:
    """The figure at `i` restates the one before it in brackets in another unit, and `older` has that one's unit:
    "1194 (48.2 per 10,000), reduced from 1296"."""
    if i == 0 or qs[i].quantity.unit == older.quantity.unit or qs[i - 1].quantity.unit != older.quantity.unit:
        return False
    return (re.fullmatch(r"\s*\(\s*", text[qs[i - 1].end : qs[i].start]) is not None
            and re.match(r"[^()]{0,12}\)", text[qs[i].end : qs[i].end + 13]) is not None)


# "27.4% of adults (2022: 21.9%)"; with the place it is of, "(2021/22: Kent 84.5%)"
_BRACKET_EARLIER = re.compile(r"\(\s*(?P<when>[^():;]{2,40}?)\s*[:=]\s*(?-i:[A-Z][a-z]+\s+)?$")


def _bracketed_earlier(between: str, after: str) -> bool:
    """The other figure is an earlier period's value of this one, in brackets after it with its date and a colon:
    "27.4% of eligible adults (2022: 21.9%)", "42 per 100,000 collections (Quarter 3 2022/23: 57)", "(Quarter 1: 64%)",
    "(last year: 48%)"."""
    m = _BRACKET_EARLIER.search(between)
    # (the bracket may go on to a benchmark: "9.2% ... (2022-23: 10.5%; England 10%)")
    if m is None or not re.match(r"\s*(?:[a-z%]+\s*)?[);]", after, re.I):
        return False
    return _earlier_label(m.group("when"))


# "(26.4 percent at 31 March 2016)", "(4.8 percent in 2015/16)": the older figure, then its date, closing the bracket
_BRACKET_DATED_AFTER = re.compile(r"\s*(?:per\s*cent|percent|%)?\s*(?:at|in|as\s+at|for|during)\s+(?P<when>[^()]{4,25}?)\s*\)")


def _bracketed_dated(text: str, q: QuantityMatch, r: QuantityMatch) -> bool:
    """The other figure is this one's value at an earlier date, alone in brackets after it with that date, possibly
    after a bracket restating this one: "27.4 percent (26.4 percent at 31 March 2016)", "4.5 percent (31 people) (4.8
    percent in 2015/16)". The date must be a date or period that is not after this figure's own, if it has one."""
    if not re.fullmatch(r"\s*(?:\([^()\d]{0,3}\d[^()]{0,25}\)\s*)?\(\s*", text[q.end : r.start]):
        return False
    m = _BRACKET_DATED_AFTER.match(text, r.end)
    if m is None:
        return False
    when = m.group("when")
    if not any(e == len(when) and s == 0 for s, e, _ in find_dates(when) + find_periods(when, short_years=True)):
        return False
    own = text[max(0, q.start - 60) : q.start]
    return not _not_before(when, own)


_BRACKET_FROM = re.compile(r"\s*\(\s*(?:(?:(?:up|down)\s+)?from|previously|formerly|was)\s+", re.I)


def _bracketed_from(between: str, after: str) -> bool:
    """The other figure is this one's older value, in brackets after it with "from" (or "previously", "formerly", "was")
    and the bracket closing after its date or source: "The draft capital programme ... is £1,419m (from £1,665m in the
    January draft)", "The rate now stands at 17.4% (previously 26.3%)"."""
    return _BRACKET_FROM.fullmatch(between) is not None and re.match(r"[^()]{0,50}\)", after) is not None


# A bracket of labelled figures after a figure, up to the label of one of them: "48.1% (target 50%; 2022/23 " -
# each earlier item a label and its figure, then a separator
_BRACKET_LIST_EARLIER = re.compile(r"^\s*(?:[A-Za-z][^();:\d]{0,30}?\s*[:=]?\s*[-£]?\d[\d,.]*\s*(?:%|[a-z]+)?\s*[;,]\s*)+"
                                   r"(?P<when>[^():;,]{2,40}?)\s*[:=]?\s*$")


def _listed_earlier(text: str, qs: list[QuantityMatch], fields: dict[int, dict], absorbed: set[int]) -> None:
    """A figure, then a bracket listing a benchmark and the value of an earlier period: "48.1% in 2023/24 (target
    50%; 2022/23 46.3%)" is a change pair from 46.3% whatever comes first in the bracket (fields updated in place)."""
    for i, q in enumerate(qs):
        if i in absorbed or "from_value" in fields[i] or fields[i].get("is_benchmark"):
            continue
        m = re.match(r"[^();.]{0,40}\(", text[q.end : q.end + 45])  # "48.1% in Q2 2023/24 (": its own date may come between
        if m is None or any(q.end < r.start < q.end + m.end() for r in qs):
            continue
        open_at = q.end + m.end()
        close_at = text.find(")", open_at)
        for j in range(i + 2, len(qs)):
            r = qs[j]
            if close_at < 0 or r.start > close_at or j in absorbed:
                break
            bare = _bare_count(text, r)
            listed = _BRACKET_LIST_EARLIER.match(text[open_at : r.start])
            if (listed and (r.quantity.unit == q.quantity.unit or bare) and _earlier_label(listed.group("when"))
                    and re.match(r"\s*(?:[;,)])", text[r.end : r.end + 3])
                    and not _not_before(listed.group("when"), text[max(0, q.start - 60) : open_at])):
                fields[i].update(from_value=r.quantity.normalised, to_value=q.quantity.normalised)
                fields[j].pop("is_benchmark", None)
                absorbed.add(j)
                break


# A change from an earlier time whose older figures follow in brackets: "319 primary schools and 78 secondary schools, a
# significant increase from attendance in 2023 (231 primaries and 38 secondaries)"
_CHANGE_FROM_BRACKET = re.compile(r"\b(?:increase|rise|fall|decrease|drop|reduction|up|down)\s+(?:from|on)\s+"
                                  r"[^()\d.;:]{0,40}?(?:\b(?:19|20)\d\d(?:[-/]\d\d)?)?[^()\d.;:]{0,15}\(\s*$", re.I)


def _bracketed_older_list(text: str, qs: list[QuantityMatch], fields: dict[int, dict], absorbed: set[int]) -> None:
    """Figures, a change "from" an earlier time, then a bracket of as many figures of the same units: each bracketed
    figure is the older value of the figure in the same place before (fields updated in place)."""
    for j, r in enumerate(qs):
        if j == 0 or j in absorbed or not _CHANGE_FROM_BRACKET.search(text[qs[j - 1].end : r.start]):
            continue
        close_at = text.find(")", r.end)
        inside = [k for k in range(j, len(qs)) if close_at >= 0 and qs[k].end <= close_at]
        n = len(inside)
        if n == 0 or j - n < 0 or re.search(r"[;:=]|\b(?:national|england|target|average|regional|neighbours?)\b",
                                                  text[qs[j - 1].end : close_at], re.I):
            continue
        newer = list(range(j - n, j))
        if any(k in absorbed or "from_value" in fields[k] for k in newer):
            continue
        if any(qs[a].quantity.unit != qs[b].quantity.unit for a, b in zip(newer, inside)):
            continue
        # the newer figures run together, joined by "and" or a comma, right before the change
        if any(not re.fullmatch(r"[^.;:()\d]{0,60}", text[qs[k].end : qs[k + 1].start]) for k in newer[:-1]):
            continue
        for a, b in zip(newer, inside):
            fields[a].update(from_value=qs[b].quantity.normalised, to_value=qs[a].quantity.normalised)
            absorbed.add(b)


def _target_names_figure(between: str) -> bool:
    """The last target cue before a figure names that figure: "a target of 700", "(target 92%)", "the target caseload
    of no more than 18", "Target: 85%"; not a status then another clause ("19 (59%) are on or above target (green), 8
    are ...", "Of the 32 measures with a target, 19", "85%, above target, compared with 80% last year")."""
    cues = "|".join(re.escape(c) for c in unit_words()["comparators"]["target"])
    last = None
    for last in re.finditer(rf"\b(?:{cues})s?\b", between, re.I):
        pass
    if last is None:
        return True  # another cue word named the kind
    if re.search(r"\b\d+[\s-]?(?:(?:working|calendar)[\s-])?(?:hours?|days?|weeks?|months?)\s+$", between[: last.start()], re.I):
        return False  # "within the 28 day target a 27% increase on 2014/15": a standard that names its own figure
    # a conjunction after the cue starts another clause: "5 were within 5% of target and 4 missed their target"
    return re.fullmatch(r"(?:\s+(?!(?:and|or|but|while|whereas|with)\b)[\w-]+){0,2}?\s*(?:(?:of|was|is|at|set\s+at|for\s+\S+|level\s+of|=|:)\s*)?(?:of\s+)?"
                        r"(?:an?\s+|just\s+|around\s+|about\s+|no\s+(?:more|less|fewer)\s+than\s+)?", between[last.end() :], re.I) is not None


# a figure named as a target right after it, then its outturn: "its 9 day target at 7.62 days"
_TARGET_THEN_OUTTURN = re.compile(r"\s*targets?\s+(?:at|was|is|of)\s+(?:just\s+|around\s+|about\s+)?", re.I)
_SHARED_UNITS = ("%", "pp", "days", "weeks", "months", "years", "per_100", "per_1000", "per_10000", "per_100000", "tonnes", "kg")


def _shared_units(text: str, qs: list[QuantityMatch], fields: dict[int, dict]) -> None:
    """A bare figure and the next one with a unit, joined by "and", share it: "63.1 and 63.9 years for England",
    "(79.3 and 83.2 years)" (not the lower end of a range, "between 400 and 700 staff"; fields updated in place)."""
    for i, (q, r) in enumerate(zip(qs, qs[1:])):
        bare = q.quantity.unit == "count" and q.quantity.value == q.quantity.normalised and not q.is_word
        if (bare and r.quantity.unit in _SHARED_UNITS and re.fullmatch(r"\s+and\s+", text[q.end : r.start])
                and not re.search(r"\bbetween\s+$", text[max(0, q.start - 12) : q.start], re.I) and "unit" not in fields[i]):
            fields[i]["unit"] = r.quantity.unit


def _month_key(iso: str) -> str:
    """A period's last month, to order periods: "2023-24" is 2024-03, "2023-09" and "2023-09-30" are 2023-09."""
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", iso)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return f"{int(m.group(1)) + 1}-03"
    return iso[:7] if len(iso) >= 7 else f"{iso}-12"


def _not_before(when: str, own: str) -> bool:
    """The bracket's period is not before the figure's own ("91% in 2023/24 (target 95%; 2024/25 96%)": a plan)."""
    dated, mine = find_dates(when) + periods(when), find_dates(own) + periods(own)
    if not dated or not mine:
        return False
    return _month_key(max(dated)[2]) >= _month_key(max(mine)[2])


def _earlier_label(when: str) -> bool:
    """A bracket's label that names an earlier period: a date ending it ("2022", "Quarter 3 2022/23"), a bare
    quarter ("Quarter 1"), or "last year", "the previous quarter"."""
    dated = find_dates(when) + find_periods(when, short_years=True) + find_quarters(when)
    if any(e == len(when) and not re.search(r"[A-Za-z]", when[:s].replace("Quarter", "").replace("Q", "")) for s, e, _ in dated):
        return True  # the bracket opens with its date: "2022", "Quarter 3 2022/23", "March 2023"
    if re.fullmatch(r"(?:Q|Quarter\s?)[1-4]|(?:the\s+)?(?:first|second|third|fourth)\s+quarter", when, re.I):
        return True  # "71% in Quarter 2 (Quarter 1: 64%)"
    return re.fullmatch(rf"(?:the\s+)?(?:same\s+(?:{cue_alternation('same_period')})\s+)?(?:{cue_alternation('previous_words')})\s+"
                        rf"(?:{cue_alternation('previous_period_nouns')})", when, re.I) is not None


@cache
def _same_as_previous() -> re.Pattern[str]:
    """A bracket after a count's words saying the earlier period had the same figure: "11 indicators showed a positive
    trend (the same as the previous Quarter)" (the figure is its own comparator value, no change)."""
    return re.compile(rf"^[^\d();.]{{0,60}}\(\s*(?:the\s+)?same\s+as\s+(?:in\s+)?(?:the\s+)?(?:{cue_alternation('previous_words')})\s+"
                      r"(?:quarter|year|month|period)\s*\)", re.I)


@cache
def _when_there_were() -> re.Pattern[str]:
    """An earlier period a sentence compares with, then "when there were" right before a difference of that period: "in
    comparison to Quarter 2 last year when there were four fewer KPIs on an improving trend and six more KPIs on a
    worsening trend"."""
    return re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than\s+(?:in|at))\s+[^.;]{0,50}?"
                      r"\bwhen\s+there\s+(?:were|was)\s+(?:[^.;]{0,60}?\band\s+)?$", re.I)  # "... and six more KPIs"


@cache
def _previous_after() -> re.Pattern[str]:
    """After a change or a level, the period it is compared with: "over 3,000 more than the previous
    year", "up 5% on the previous year", "a reduction of £3.5 million compared to the end of Q2",
    "an increase of 477 (2.5%) since January 2023", "up by 11% from 2023"."""
    same = cue_alternation("same_period")
    return re.compile(
        rf"^(?:[^;.]|\.(?=\d)){{0,60}}?\b(?:(?:than|on|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:same\s+(?:{same})\s+)?"
        rf"(?:{cue_alternation('previous_words')})\b"
        # "8.8% lower than the response rate to last year's budget consultation": the same measure, a year before (of the
        # figure right before it only)
        rf"|(?P<measure>than\s+the\s+(?:[\w-]+\s+){{1,3}}(?:to|in|of|for|at)\s+(?:last|the\s+previous)\s+year(?:'s|\u2019s)?\b)"
        # "an increase of 3 from the previous Quarter", "compared to the end of the previous Quarter", "in the Quarter to 1,409"
        rf"|(?:compared\s+(?:to|with)|from)\s+{_previous_period()}"
        # "has reduced by £3.5m compared with the (forecast) position at Quarter 2"
        r"|(?:on|than)\s+(?:Quarter|Q)\s?[1-4]\b(?!\s*,?\s*(?:19|20)\d\d)"  # "up 3.1 percentage points on Q1"
        r"|compared\s+(?:to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:at|in|for)\s+(?:the\s+end\s+of\s+)?(?:Quarter|Q)\s?[1-4]\b|(?:in|over|during)\s+the\s+(?:{cue_alternation('previous_period_nouns')})\b(?!\s+(?:to|ending))"
        rf"|compared\s+(?:to|with)\s+(?:the\s+)?end\s+of\s+(?:Q[1-4]|quarter|the\s+(?:first|second|third)\s+quarter)"
        r"|(?:since|from)\s+(?:the\s+end\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\s+)?(?:(?:19|20)\d\d\b|\d\d/\d\d\b)"
        # "a 4% increase on the same period in 2023/24", "decreased by 9% compared to Quarter 3, 2023/24"
        rf"|(?:on|than|(?:compared|in\s+comparison)\s+(?:to|with))\s+(?:the\s+)?(?:same\s+(?:{same})\s+(?:in|of)\s+)?"
        r"(?:(?:Quarter|Q)\s?[1-4],?\s+)?(?:(?:19|20)\d\d\b|\d\d/\d\d\b))", re.I)


@cache
def _previous_period() -> str:
    """'the (end of the) previous Quarter', 'Quarter 3 last year', 'the same period last year', 'the same
    point last year', 'a year earlier'."""
    nouns = cue_alternation("previous_period_nouns")
    return (rf"(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:{cue_alternation('previous_words')})\s+(?:{nouns})"
            rf"|(?:the\s+)?(?:same\s+(?:{cue_alternation('same_period')})|{nouns})(?:\s+\d)?\s+(?:last|the\s+previous)\s+year"
            r"|(?:a|one|twelve\s+months)\s+(?:year\s+)?(?:earlier|ago|before))\b")


@cache
def _previous_bracket_between() -> re.Pattern[str]:
    """Between a figure and the previous period's value in brackets: "... when compared to the
    previous Quarter (", "... than Quarter 3 last year (", "... from the end of the previous Quarter ("."""
    # also a named earlier year: "a reduction of 3.8% compared with 2022/23 (43,516)"
    return re.compile(rf"\b(?:compared\s+(?:to|with)|than|from|on)\s+(?:{_previous_period()}|{_EARLIER_YEAR})\s*\(\s*$", re.I)


# An earlier year named as such after a comparison word, its value in the brackets after it
# (or an earlier year's quarter: "an increase of 14% compared with Quarter 2 2023/24 (1,126)")
_EARLIER_YEAR = (r"(?:the\s+same\s+period\s+(?:in|of)\s+|the\s+end\s+of\s+)?"
                 r"(?P<year>(?:(?:Quarter|Q)\s?[1-4]\s+(?:of\s+)?)?(?:19|20)\d\d(?:\s?[-/]\s?\d\d(?:\d\d)?)?)")


def previous_period_date(stext: str, start: int) -> str | None:
    """The earlier year a bracketed figure is the value of ("compared with 2022/23 (43,516)": 2022-23), else None."""
    m = _previous_bracket_between().search(stext[max(0, start - 80) : start])
    if m is None or not m.group("year"):
        return None
    found = find_quarters(m.group("year")) or find_periods(m.group("year"), short_years=True) or find_dates(m.group("year"))
    return found[0][2] if found else None


@cache
def previous_period_after() -> re.Pattern[str]:
    """Right after a figure: it is the previous period's ("23.4% the previous Quarter",
    "72.7% at the end of the previous quarter")."""
    return re.compile(rf"^\s*(?:in\s+|at\s+|for\s+|during\s+)?{_previous_period()}", re.I)


@cache
def _change_verb_before() -> re.Pattern[str]:
    """A verb of change and its article right before the older value: "Reduce the £12m ..."."""
    return re.compile(rf"\b(?:{cue_alternation('change_verbs_base')}|{cue_alternation('change_verbs')})\s+(?:the\s+|its\s+|our\s+|their\s+)?$", re.I)


@cache
def changed_by_amount() -> re.Pattern[str]:
    """A verb of change earlier in the clause of a figure after "by": "Increase all points within
    grades KSB to KSF by 5%", "increased in Kent and Medway by 10%"."""
    verbs = f"{cue_alternation('change_verbs_base')}|{cue_alternation('change_verbs')}|rises?|falls?"
    return re.compile(rf"\b(?:{verbs})\b[^,;:.()]{{0,90}}\bby\s+(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+|up\s+to\s+)?$", re.I)


@cache
def changed_to_level() -> re.Pattern[str]:
    """A verb of change, as a decision writes it, earlier in the clause of a figure after "to": "To increase the
    home care charge rates to £13.46", "reduce the alarm fee to £2" (its older value unnamed)."""
    return re.compile(rf"(?:^|[\n.;:]\s*|\b(?:to|and|will|would|shall|should|agreed|approved|proposed|recommended)\s+)"
                      rf"(?:{cue_alternation('change_verbs_base')})\b[^,;:.()\d£%]{{0,60}}\bto\s+(?:an?\s+)?$", re.I)


@cache
def changed_then_to() -> re.Pattern[str]:
    """A past change, then within its clause "to" right before the figure, its new level: "has generally fallen in recent
    years, to 554kg", "fell again in 2022/23 by 2.4% to just under 679,000 tonnes", "a reduction in carbon dioxide
    emissions, to 4.2 tonnes" (the level moved the change's way; the older value unnamed)."""
    return re.compile(rf"\b(?:{cue_alternation('change_verbs')}|(?:{cue_alternation('change_nouns')})\s+in)\b"
                      r"(?:[^;:.()]|\.(?=\d)){0,60}?\bto\s+(?:just\s+(?:over|under)\s+|around\s+|about\s+|almost\s+|nearly\s+)?£?$",
                      re.I)


@cache
def changed_by_before() -> re.Pattern[str]:
    """A change by an amount: "decreased by 25 ...", "increased by 12 children ..."."""
    return re.compile(rf"\b(?:{cue_alternation('change_verbs')}|rose|fell|went\s+(?:up|down))\s+by\s+$", re.I)


# the size of a change named right after it: "a 12% decrease", "6% fewer", "3,000 more than", "an 8.3%\nincrease"
_CHANGE_SIZE_AFTER = re.compile(r"^\s*(?:increase|decrease|rise|fall|drop|reduction|growth|fewer|more\s+than|less\s+than|higher\s+than|lower\s+than)\b", re.I)
# a figure restated in brackets after another ("an increase of 477 (2.5%)", "a reduction of £180,000 (5%)")
_BRACKETED_AFTER_FIGURE = re.compile(r"£?\d[\d,.]*\s?(?:m|k|bn|million|%)?\s*\(\s*$", re.I)


def change_size(text: str, start: int, end: int) -> bool:
    """The figure at start..end is the size of a change ("a reduction of 41%", "down 12% on last year", "fell by
    18%", "a 12% decrease", "an increase of 477 (2.5%)"), not the level of what changed. The claim keeps the size as
    its value with its direction; the series (`series_filters`) take no such figure as a level."""
    before = text[max(0, start - 100) : start]
    if change_word_before().search(before[-40:]) or changed_by_before().search(before) or changed_by_amount().search(before):
        return True
    if _CHANGE_SIZE_AFTER.match(text[end : end + 20]) and not re.search(r"\b(?:no|not)\s+$", before, re.I):
        return True
    bracket = _BRACKETED_AFTER_FIGURE.search(before)
    return bracket is not None and change_size(text, start - len(before) + bracket.start(), start - len(before) + bracket.start() + 1)


# A number that is the change of the one before it: "70.5%, up 5% on the previous year",
# "22,866 young people voting, over 3,000 more than the previous year".
_CHANGE_WORD_AFTER = re.compile(r"^\s*(?:up|down|higher|lower|increase|decrease|rise|fall|more|fewer|less)\b", re.I)


@cache
def change_word_before() -> re.Pattern[str]:
    """A change named right before the number: "up 5%", "an increase of 477"."""
    return re.compile(rf"\b(?:up|down|(?:an?\s+)?(?:{cue_alternation('change_nouns')})\s+of)\s+(?:by\s+)?$", re.I)


@cache
def _change_of_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('change_nouns')}|growth)\s+of\s+$", re.I)


def _dated(text: str) -> bool:
    """`text` (what follows a number) starts with its date: " in December 2017", " (2017/18)", " in the same period
    of 2023", " in autumn 2023"."""
    m = re.match(rf"^\s*(?:\(|,)?\s*(?:in|at|as at|as of|for|during|on)?\s*(?:the\s+end\s+of\s+|(?:the\s+)?same\s+"
                 rf"(?:{cue_alternation('same_period')})\s+(?:of|in)\s+|(?:spring|summer|autumn|winter)\s+)?", text, re.I)
    at = m.end() if m else 0
    spans = find_dates(text) + find_periods(text, short_years=True) + find_quarters(text)  # "at the end of Q3 22/23"
    return any(s <= at + 1 for s, _, _ in spans)


@cache
def _better_worse() -> str:
    return f"(?:{cue_alternation('comparison_words')})"


@cache
def _benchmark_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    kinds = {cue: kind for kind, cues in unit_words()["comparators"].items() if kind != "previous" for cue in cues}
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(kinds, key=len, reverse=True))
    after = re.compile(rf"^(?:[^;.]|\.(?=\d)){{0,40}}?\b{_better_worse()}\b[^;.\d]{{0,25}}?\b(?P<cue>{cue})\b", re.I)
    before = re.compile(rf"\b{_better_worse()}\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?(?P<cue>{cue})\b[^,;.\d]{{0,30}}$", re.I)
    # the number is itself the benchmark: "Against a national average of 50%", "the England rate was 44"
    own = re.compile(rf"\b(?P<kind>against|compared\s+(?:to|with))\s+(?:an?\s+|the\s+)?(?P<cue>{cue})\s+(?:average\s+|rate\s+|figure\s+|level\s+)?(?:of|at)\s+$", re.I)
    return after, before, kinds, own


@cache
def _benchmark_sentence_re() -> re.Pattern[str]:
    kinds = _benchmark_cues()[2]
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(kinds, key=len, reverse=True) if kinds[c] != "target")
    nouns = cue_alternation("benchmark_nouns")
    lead = cue_alternation("benchmark_sentence_leads")
    return re.compile(
        rf"^[\W\d]{{0,6}}(?:(?:{lead}),?\s+)?(?:"
        rf"(?P<adverb>nationally|regionally|(?:in|across|for)\s+england)\b"
        rf"|(?:(?:the|an?)\s+)?(?:latest\s+|comparable\s+|published\s+)?(?P<cue>{cue})(?:'s?)?\s+(?:[\w-]+\s+){{0,1}}?(?:{nouns})\b)"
        rf"[^;]{{0,60}}$", re.I)


def benchmark_sentence(stext: str, first: int, first_end: int | None = None) -> str | None:
    """The kind of benchmark a sentence gives when it opens by naming one and has no figure of its own before it:
    "Nationally the figure is 52.1%.", "The England average is 64 per 10,000.", "The London average is 17.9 per
    1,000." (`units.json` comparators), or opens on a comparison and names it right after its first figure ("This
    compares with 67 per 10,000 in England and 79 per 10,000 for our statistical neighbours."). Its figures belong
    to the figure of the sentence before (`find_claims`)."""
    m = _benchmark_sentence_re().search(stext[:first])
    if m is None and first_end is not None and _lead_only().fullmatch(stext[:first]):
        return _cue_right_after(stext[first_end : first_end + 30])
    if m is None or re.search(rf"\b(?:{cue_alternation('own_figure_words')})\b", stext[:first], re.I):
        return None
    if m.group("adverb"):
        return "regional" if m.group("adverb").lower().startswith("region") else "national"
    return _benchmark_cues()[2].get(re.sub(r"\s+", " ", m.group("cue").lower()))


@cache
def _lead_only() -> re.Pattern[str]:
    """A sentence's opening that is only a comparison's connective: "This compares with ", "By comparison, "."""
    return re.compile(rf"[\W\d]{{0,6}}(?:{cue_alternation('benchmark_sentence_leads')}),?\s+(?:an?\s+|the\s+)?", re.I)


def names_itself_benchmark(before: str) -> bool:
    """The number is the benchmark a cue names right before it: "a national average of 50%",
    "the target caseload of no more than 18", "The national average for 2023 was 50.3%"."""
    kinds = _benchmark_cues()[2]
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(kinds, key=len, reverse=True))
    return re.search(rf"\b(?:{cue})\s+(?:[\w-]+\s+){{0,3}}?(?:of|at|is|was)\s+(?:(?:{cue_alternation('thresholds')})\s+)?$",
                     before, re.I) is not None


def _benchmark_named(before: str, after: str) -> str | None:
    """The kind of benchmark a number is compared with in words only ("above the national average")."""
    after_re, before_re, kinds, _ = _benchmark_cues()
    m = after_re.search(after)
    # "a national average of 50%", "a target caseload of no more than 18": the number is the benchmark
    if m is None and not re.search(rf"\b(?:of|at|is|was|were|=|:)\s*(?:(?:{cue_alternation('thresholds')})\s*)?$", before):
        m = before_re.search(before)
    return kinds[re.sub(r"\s+", " ", m.group("cue").lower())] if m else None


def _up_down(text: str) -> str | None:
    m = re.search(r"\b(up|down)\b", text, re.I)
    return m.group(1).lower() if m else None



# a share restated in pounds right after it: "1.9% of the rent roll, or £612,000", "4% (£2.1m)"
_RESTATED_AS = re.compile(r"(?:,\s*or|\(|,\s*(?:i\.e\.|that\s+is))\s*$", re.I)


# the population of a rate after its base ("per 100 pupils", "per 1,000 population aged 65"), up to its date
_RATE_POPULATION = re.compile(r"^(?:\s+(?!(?:in|at|for|during|on|as)\b)[A-Za-z][\w-]*){1,3}(?=\s+(?:in|at|for|during|on|as)\b)")


def _unsigned(between: str, r: QuantityMatch) -> str:
    """The words between two figures without the minus sign of the second: a negative score's sign is its
    value's, not a dash ("Progress 8 was -0.12, an improvement from -0.21": "from", then the older value)."""
    if r.quantity.value < 0 and between.endswith(("-", "\u2212")):
        return between[:-1]
    return between


def relations(text: str, qs: list[QuantityMatch]) -> tuple[dict[int, dict], set[int]]:
    """Change pairs and comparators between the quantities of one sentence.

    Returns per-quantity fields and the indices absorbed as the `from` side of a pair.
    """
    fields: dict[int, dict] = {i: {} for i in range(len(qs))}
    absorbed: set[int] = set()
    sized: set[int] = set()
    for i, q in enumerate(qs):
        for j in range(i + 1, len(qs)):
            r = qs[j]
            between = _unsigned(text[q.end : r.start], r)
            # a comparison or a benchmark named just before the other figure lets the pair span a longer clause
            near = (re.search(r"(?:compar\w*\s+(?:to|with)|than|against|versus)\s*$", between) or cue_kind(between[-45:])
                    or _previous_bracket_between().search(between) or _it_changed_to().search(between))
            limit = 140 if near else 90
            if r.quantity.unit == "pp" and q.quantity.unit == "%":
                continue  # "35%, fifteen percentage points better than the target of 50%": the gap, then the target
            bare = _bare_count(text, r)
            aside = j == i + 2 and re.fullmatch(r"\s*\(\s*", text[q.end : qs[i + 1].start]) is not None
            if (j == i + 1 or aside) and q.quantity.unit == r.quantity.unit and _bracketed_dated(text, q, r):
                # "27.4 percent (26.4 percent at 31 March 2016)", "4.5 percent (31 people) (4.8 percent in 2015/16)"
                fields[i].update(from_value=r.quantity.normalised, to_value=q.quantity.normalised)
                absorbed.add(j)
                continue
            if j == i + 1 and (q.quantity.unit == r.quantity.unit or bare) and (
                    _change_from_after_clause().search(between) or _bracketed_earlier(between, text[r.end : r.end + 6])
                    or _bracketed_from(between, text[r.end : r.end + 60])):
                # "72%, up from 48% in 2021" after the rest of the clause; "27.4% of eligible adults (2022: 21.9%)"
                k = _benchmarked(qs, fields, i, between)
                if _restates_before(text, qs, i, r):
                    k = i - 1  # "1194 (48.2 per 10,000), reduced from 1296": the count's older value, not the rate's
                fields[k].update(from_value=r.quantity.normalised, to_value=qs[k].quantity.normalised)
                absorbed.add(j)
                continue  # a benchmark may follow
            if j == i + 1 and j + 1 < len(qs) and q.quantity.unit == qs[j + 1].quantity.unit and _change_size_from(text, q, r, qs[j + 1]):
                # "1,264 fly-tipping incidents in Quarter 3, down 9% from 1,389": the level, the change's size, the older level
                fields[i].update(from_value=qs[j + 1].quantity.normalised, to_value=q.quantity.normalised)
                absorbed.add(j + 1)
                sized.add(j)  # the size is no change pair of its own with the older level ("a 6% rise from 294")
                break
            if i in sized:
                break
            points = {q.quantity.unit, r.quantity.unit} == {"%", "pp"}
            if (j == i + 1 and q.quantity.unit == "%" and r.quantity.unit == "GBP" and _RESTATED_AS.search(between)
                    and len(between) <= limit):
                continue  # "1.9% of the rent roll, or £612,000 ..., above the 1.5% target": the same figure in pounds
            if (q.quantity.unit != r.quantity.unit and re.fullmatch(r"\s*\(\s*", between)
                    and re.search(r"\bfrom\s+(?:\S+\s+){0,4}$", text[max(0, q.start - 40) : q.start])):
                continue  # "from £121.9bn (4.5% of GDP) last year to £127.5bn": the older level restated in brackets
            if len(between) > limit or q.quantity.unit != r.quantity.unit and "count" not in (q.quantity.unit, r.quantity.unit) and not points:
                break
            before_q = text[max(0, q.start - 25) : q.start].lower()
            if (q.quantity.unit == r.quantity.unit or bare) and _changed_to_before().search(before_q) and _then_from().match(between):
                # "fell to 12.1% in 2022 from 14.3% in 2021": the newer value first, then the older one
                fields[i].update(from_value=r.quantity.normalised, to_value=q.quantity.normalised)
                absorbed.add(j)
                continue  # a benchmark may follow: "..., compared with 12.7% in England"
            # (the older value may be signed or named a low or a peak: "from -10.4% in July to +11.9%", "rose from a
            # two-year low of 5.2% in July to 5.6%")
            # (or its current level: "From its current level of 5%, Bank Rate is expected to fall to 3.5%")
            if (i not in absorbed and re.search(r"\bfrom\s+(?:the\s+current\s+|an?\s+|a\s+total\s+of\s+"
                                                r"|an?\s+(?:[\w-]+\s+)?(?:low|high|peak)\s+of\s+"
                                                r"|(?:its|the|their)\s+current\s+(?:level|rate|figure)\s+of\s+)?[-−+]?$",
                                                text[max(0, q.start - 40) : q.start].lower())
                    and re.search(r"\bto\b", between)):
                fields[j].update(from_value=q.quantity.normalised, to_value=r.quantity.normalised)
                absorbed.add(i)
                break
            if (q.quantity.unit == r.quantity.unit and _change_verb_before().search(before_q)
                    and re.fullmatch(r"\s+[^,;.\d£%()]{0,40}?\bto\s+(?:an?\s+)?", between)):
                # "Reduce the £12m waste reserve to £11m": the older value, its noun, the newer value
                fields[j].update(from_value=q.quantity.normalised, to_value=r.quantity.normalised)
                absorbed.add(i)
                break
            if (_change_to().search(between) or _it_changed_to().search(between)) and q.quantity.unit == r.quantity.unit:
                fields[j].update(from_value=q.quantity.normalised, to_value=r.quantity.normalised)
                absorbed.add(i)
                break
            if _change_from().search(between) or (q.quantity.unit == r.quantity.unit and _judged_change_on().search(between)):
                fields[i].update(from_value=r.quantity.normalised, to_value=q.quantity.normalised)
                absorbed.add(j)
                continue  # a benchmark may follow: "96%, up from 95% in 2017, and above the national rate ... of 94%"
            before_q = text[max(0, q.start - 30) : q.start]
            from_older = re.search(r"^\s+from\s+(?:an?\s+)?$", between) or (
                re.match(r"^\s+(?:[a-z']+\s+){0,2}from\s", between) and _previous_bracket_between().search(between))
            if q.quantity.unit == r.quantity.unit and from_older and _change_of_before().search(before_q):
                # "an increase of 2% from 6% in 2017": the change, and the level it started from
                fields[i].update(comparator="previous", comparator_value=r.quantity.normalised)
                absorbed.add(j)
                break
            if j == i + 1 and _previous_bracket_between().search(between):
                # "an 8.3% increase when compared to the previous Quarter (5,869)": that quarter's value
                fields[i].update(comparator="previous", comparator_value=r.quantity.normalised)
                fields[j]["is_benchmark"] = True
                break
            if changed_by_before().search(before_q) and re.fullmatch(r"\s+(?:[\w']+\s+){0,4}?to\s+(?:an?\s+)?|\s+(?:[\w']+\s+){0,8}?[\w']+,\s+to\s+(?:an?\s+)?", between):
                # "decreased by 25 in the Quarter to 1,409", "fell by 8% compared with the same period last
                # year, to 4,120": the change, then the level it reached
                moved = direction(before_q)
                fields[i].update(comparator="previous", direction=moved)
                fields[j].update(comparator="previous", direction=moved)
                break
            after_r = text[r.end : r.end + 50]
            if r.quantity.unit.startswith("per_"):  # "1.2 per 100 pupils in 2021/22": the rate's population, then its date
                after_r = _RATE_POPULATION.sub("", after_r)
            if ((q.quantity.unit == r.quantity.unit or bare and previous_period_after().match(after_r))
                    and re.search(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|against)\s+(?:the\s+)?$", between)
                    and (_dated(after_r[:30]) or previous_period_after().match(after_r)
                         or re.match(r"\s*(?:in|at|for|during)\s+(?:Quarter|Q)\s?[1-4]\b", text[r.end : r.end + 20], re.I))
                    # (a status before "compared to" names no benchmark when the value is the previous period's: "on or
                    # above target compared to 76% in the previous year")
                    and (not cue_kind(between[-45:]) or previous_period_after().match(after_r))):
                # "546 in January 2019 compared to 523 in December 2017": the same measure earlier
                k = _benchmarked(qs, fields, i, "")
                if k != i:  # "88.6% of calls (target 90%), compared with 84.2% in Quarter 2": the measure's, not the target's
                    fields[k].update(from_value=r.quantity.normalised, to_value=qs[k].quantity.normalised)
                    absorbed.add(j)
                    break
                fields[i].update(comparator="previous", comparator_value=r.quantity.normalised)
                a, b = r.quantity.normalised, q.quantity.normalised
                fields[i].setdefault("direction", "up" if b > a else "down" if b < a else None)
                fields[j]["is_benchmark"] = True
                break
            if (_bare_count(text, q) and r.quantity.unit.startswith("per_") and "unit" not in fields[i]
                    and re.fullmatch(r"\s*(?:compared\s+(?:to|with)|against|vs\.?|versus)\s+", between)):
                # "England (28.5 compared to 13.0 per 1,000 women aged 15-17 years)": the rate named once is both figures'
                fields[i]["unit"] = r.quantity.unit
                if fields[i].get("comparator") and fields[i].get("comparator_value") is None:
                    fields[i]["comparator_value"] = r.quantity.normalised
                fields[j]["is_benchmark"] = True
                break
            kind = cue_kind(between[-45:]) or _cue_right_after(text[r.end : r.end + 30])
            if kind and _cue_clause_closed(between[-45:]):
                kind = None  # "down from 1,388 tCO2e the previous year, following the introduction of 24 electric vehicles"
            if kind == "target" and not _target_names_figure(between[-45:]):
                kind = None  # "19 (59%) are on or above target (green), 8 are within tolerance": no target's figure
            # a bare figure ("the national rate of 44") takes the unit of the one it is compared with; "1.4m visits" does not
            bare = _bare_count(text, r)
            same_unit = q.quantity.unit == r.quantity.unit or bare or points
            if r.quantity.unit == "count" and any(qs[k].quantity.unit == "count" and k not in absorbed for k in range(i + 1, j)):
                kind = None  # "14 libraries had 1.1m visits ..., below the 1.4m visits in 2019/20": the nearer figure's
            if bare and any(k not in absorbed and qs[k].quantity.unit not in (q.quantity.unit, "count") for k in range(i + 1, j)):
                kind = None  # "fell to 86 ..., a rate of 243 per 100,000 (England 174)": the bare benchmark is the rate's
            # "X while Y" contrasts two measures, unless a benchmark is named after the "while"
            # (not a ";" inside a bracket of the figure's earlier value and benchmark: "9.2% (2022-23: 10.5%; England 10%)")
            in_bracket = re.search(r"\([^()]*;[^()]*$", between) is not None
            contrast = (";" in between and not in_bracket) or (re.search(r"\bwhile\b", between) and not cue_kind(between[between.rfind("while") :]))
            if kind == "target" and same_unit and _TARGET_THEN_OUTTURN.fullmatch(between):
                # "continued to out-perform its 9 day target at 7.62 days", "beat its 95% target at 97%": the figure
                # before is the target, the one after its outturn
                if "comparator" not in fields[j]:
                    fields[j].update(comparator="target", comparator_value=q.quantity.normalised)
                fields[i]["is_benchmark"] = True
                break
            if kind and not contrast and same_unit:
                # a change or a bracketed aside of the figure that already took this benchmark does not take it too:
                # "71.8% ..., up 0.8% from 16/17, above the national average ... 71.5%", "34.8% (34% in 2023) ... 43.1%"
                change_of_earlier = fields[j].get("is_benchmark") and (
                    change_word_before().search(text[max(0, q.start - 25) : q.start]) or re.search(r"\(\s*$", text[max(0, q.start - 3) : q.start]))
                # nor one a benchmark's own name opens ("The national average for 2023 was 50.3% and our statistical
                # neighbours averaged 47.9%": two benchmarks, of the figure before)
                # nor one a benchmark names right after it ("67 per 10,000 in England and 79 per 10,000 for our
                # statistical neighbours": two benchmarks, of the figure of the sentence before)
                if ("comparator" not in fields[i] and not fields[i].get("is_benchmark") and not change_of_earlier
                        and not (kind != "target" and names_itself_benchmark(text[max(0, q.start - 70) : q.start]))
                        and not (kind != "target" and _cue_right_after(text[q.end : q.end + 30]) not in (None, "target"))):
                    fields[i].update(comparator=kind, comparator_value=r.quantity.normalised)
                fields[j]["is_benchmark"] = True
                if not points:
                    fields[j]["unit"] = fields[i].get("unit", q.quantity.unit)
                break
    _listed_earlier(text, qs, fields, absorbed)
    _bracketed_older_list(text, qs, fields, absorbed)
    _shared_units(text, qs, fields)
    for i, q in enumerate(qs):
        f = fields[i]
        if i in absorbed or f.get("is_benchmark") or "comparator" in f:
            continue
        if _same_as_previous().match(text[q.end : q.end + 100]):
            f.update(comparator="previous", comparator_value=q.quantity.normalised)  # "11 ... (the same as the previous Quarter)"
            continue
        then_way = re.match(r"\s+(fewer|less|more)\b", text[q.end : q.end + 8], re.I)
        if then_way and _when_there_were().search(text[max(0, q.start - 100) : q.start]):
            # "in comparison to Quarter 2 last year when there were four fewer KPIs on an improving trend": the
            # difference is the earlier period's, so the count now moved the other way
            f.update(comparator="previous", direction="up" if then_way.group(1).lower() in ("fewer", "less") else "down")
            continue
        m = _previous_after().search(text[q.end : q.end + 110])
        if m is None:
            continue
        between = [r for r in qs if q.end < r.start < q.end + m.end()]
        if between and m.group("measure"):
            continue  # "2,389 people responded ..., which is 8.8% lower than the response rate to last year's": the rate's
        # (a signed restatement in brackets is this figure's too: "a reduction of £33.8m (-8.6%) on the previous year")
        if any(not (re.match(r"^\s*\(\s*[-\u2212\u2013+]?$", text[q.end : r.start]) or _CHANGE_WORD_AFTER.match(text[r.end : r.end + 20])
                    or change_word_before().search(text[max(0, r.start - 25) : r.start])) for r in between):
            continue  # the cue belongs to a nearer number that is not this one's change
        if names_itself_benchmark(text[max(0, q.start - 70) : q.start]):
            continue  # "the target caseload of no more than 18 children and an increase from the previous quarter"
        window = text[max(0, q.start - 30) : q.end] + m.group(0)
        moved = direction(window) or _up_down(window)
        if "from_value" in f or moved:  # a change, not a level "since 2019"
            f["comparator"] = "previous"
            if "from_value" not in f:
                f.setdefault("direction", moved)
            # "6,357 referrals ..., an 8.3% increase when compared to the previous Quarter (5,869)"
            older = [r for r in qs[i + 1 :] if r.quantity.unit == q.quantity.unit and r.start - q.end <= 140
                     and _previous_bracket_between().search(text[q.end : r.start])]
            if older and "comparator_value" not in f:
                f["comparator_value"] = older[0].quantity.normalised
    for i, q in enumerate(qs):  # the benchmark first: "Against a national average of 50% ..., we delivered 90%"
        m = _benchmark_cues()[3].search(text[max(0, q.start - 50) : q.start])
        if m is None or i in absorbed or "comparator" in fields[i] or fields[i].get("is_benchmark"):
            continue  # "412 homes against a target of 500, and 1,876 ...": the target of the figure before it
        later = [j for j in range(i + 1, len(qs)) if j not in absorbed and qs[j].quantity.unit == q.quantity.unit
                 and "comparator" not in fields[j] and not fields[j].get("is_benchmark") and qs[j].start - q.end <= 120]
        if later:
            kind = _benchmark_cues()[2][re.sub(r"\s+", " ", m.group("cue").lower())]
            fields[later[0]].update(comparator=kind, comparator_value=q.quantity.normalised)
            fields[i]["is_benchmark"] = True
    for i, q in enumerate(qs):  # a benchmark named without its figure: "503 days, which is lower than the national average"
        f = fields[i]
        if i in absorbed or f.get("is_benchmark") or "comparator" in f:
            continue
        kind = _benchmark_named(text[max(0, q.start - 70) : q.start], text[q.end : q.end + 90])
        if kind:
            f["comparator"] = kind
        elif i > 0 and re.fullmatch(r"\s*\(", text[qs[i - 1].end : q.start]) and text[q.end : q.end + 1] == ")":
            for key in ("comparator", "comparator_value"):  # "by 3.5pp (5%)": the same figure restated
                if key in fields[i - 1]:
                    f[key] = fields[i - 1][key]
    _parallel_benchmarks(text, qs, fields)
    for i in range(len(qs) - 1):  # "of whom 2,190 completed it (64%), compared with a national completion rate of 52%":
        f, share = fields[i], fields[i + 1]  # the share in brackets is what the rate is compared with, not the count
        if (qs[i].quantity.unit == "count" and qs[i + 1].quantity.unit == "%" and f.get("comparator") not in (None, "previous")
                and f.get("comparator_value") in (None, share.get("comparator_value"))
                and f.get("comparator") == share.get("comparator") and re.fullmatch(r"[^()]{0,30}\(\s*", text[qs[i].end : qs[i + 1].start])
                and text[qs[i + 1].end : qs[i + 1].end + 1] == ")"):
            f.pop("comparator"), f.pop("comparator_value", None)
    if _tally().search(text):
        for i, q in enumerate(qs):  # "Of the 24 key performance indicators with targets, 15 met their target": no figure
            if q.quantity.unit == "count" and i not in absorbed:  # of a tally of measures is another's benchmark
                for key in ("comparator", "comparator_value", "is_benchmark", "unit"):
                    fields[i].pop(key, None)
    for i, f in fields.items():
        if "from_value" in f:
            a, b = f["from_value"], f["to_value"]
            f["direction"] = "up" if b > a else "down" if b < a else "flat"
    return fields, absorbed


def _parallel_benchmarks(text: str, qs: list[QuantityMatch], fields: dict[int, dict]) -> None:
    """Two figures and two benchmarks given in the same order pair up: "61.2 years for men and 61.9 years for women,
    compared with 63.1 and 63.9 years for England", "79.0 years for men and 82.6 years for women, slightly below England
    (79.3 and 83.2 years)" (the first loop gives both figures the benchmark nearest the cue; fields updated in place)."""
    for a in range(len(qs) - 1):
        fa, fb = fields[a], fields[a + 1]
        value = fa.get("comparator_value")
        if (value is None or fb.get("comparator_value") != value or fa.get("comparator") != fb.get("comparator")
                or qs[a].quantity.unit != qs[a + 1].quantity.unit or not re.search(r"\band\s+$", text[qs[a].end : qs[a + 1].start])):
            continue
        for b in range(a + 2, len(qs) - 1):
            first, second = qs[b], qs[b + 1]
            if not re.fullmatch(r"\s+and\s+", text[first.end : second.start]) or value not in (
                    first.quantity.normalised, second.quantity.normalised):
                continue
            fa["comparator_value"], fb["comparator_value"] = first.quantity.normalised, second.quantity.normalised
            for k in (b, b + 1):
                fields[k]["is_benchmark"] = True
            break


@cache
def _tally() -> re.Pattern[str]:
    """A sentence that counts a paper's measures by status (`claim_cues.json` "tally_nouns"): "Of the 24 key performance
    indicators with targets, 15 met ...", "Of the 30 measures, 20 were on target": its counts are of measures, which
    are not compared with each other or with a target."""
    return re.compile(rf"\b(?:of|out\s+of)\s+(?:the|our|these|its|all)?\s*\d+\s+(?:[\w-]+\s+){{0,3}}?(?:{cue_alternation('tally_nouns')})\b", re.I)


# A level, then its change after a comma: "monitors 4,798 pupils ..., 26% up on the same point last
# year", "71.8% ... in 17/18, up 0.8% from 16/17". The level moved the same way, against the same period. So does
# one with its change in brackets: "a Band D Council Tax ... of £193.73 for 2024/25 (a £2.99% increase)".
_LEVEL_THEN_CHANGE = re.compile(r"^[^,;.()]{0,70}(?:(?:,|\s[–-])\s*(?:an?\s+|up\s+|down\s+)?|\s\(\s*(?:an?\s+|up\s+|down\s+))"
                                r"(?:(?:just\s+)?over\s+|around\s+|about\s+|almost\s+|nearly\s+)?£?$", re.I)


@cache
def _change_named_between() -> re.Pattern[str]:
    """A level, then its change named after a comma or dash: "1,109 children ..., an increase of 14"."""
    return re.compile(rf"^[^,;.()]{{0,70}}(?:,|\s[–-])\s*(?:an?\s+)?(?:{cue_alternation('change_nouns')})\s+of\s+$", re.I)


def level_takes_its_bracketed_change(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    """A level with its signed change in points in brackets right after it moves the way the sign says, and so
    does the change: a staff survey's "satisfied with the total employment offer 56% (+0.1p.p.)", "Voluntary
    Turnover 10.5% (-2.8 p.p.)"; no way for "(0.0 p.p.)" (fields updated in place)."""
    for (lq, level), (cq, change) in zip(here, here[1:]):
        if cq.quantity.unit != "pp" or not re.fullmatch(r"\s*\(\s*[+\-−–]?", stext[lq.end : cq.number_start]):
            continue
        sign = stext[max(lq.end, cq.number_start - 1) : cq.number_start + 1]
        way = "up" if "+" in sign and cq.quantity.value else "down" if re.search(r"[-−–]", sign) or cq.quantity.value < 0 else None
        if way is None:
            continue
        change["direction"] = change["direction"] or way
        if level["direction"] is None and level.get("from_value") is None:
            level["direction"] = way


def parts_of_a_change(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    """Figures listed right after a change named as one ("an increase of 4.99%, 2.99% under general powers ... and 2.00%
    Social Care Precept"), in its unit, that add up to it are its parts and move its way (fields updated in place)."""
    for i, (cq, change) in enumerate(here):
        if (change["direction"] is None or cq.quantity.normalised <= 0 or i + 1 >= len(here)
                or not re.search(rf"\b(?:{cue_alternation('change_nouns')})\s+of\s+$", stext[max(0, cq.start - 30) : cq.start], re.I)
                or not re.fullmatch(r"\s*,\s*", stext[cq.end : here[i + 1][0].start])):
            continue
        total, parts = 0.0, []
        for lq, part in here[i + 1 :]:
            if lq.quantity.unit != cq.quantity.unit or not 0 < lq.quantity.normalised < cq.quantity.normalised:
                break
            total += lq.quantity.normalised
            parts.append(part)
            if len(parts) >= 2 and math.isclose(total, cq.quantity.normalised, rel_tol=1e-6, abs_tol=1e-6):
                for part in parts:
                    part["direction"] = part["direction"] or change["direction"]
                break


def level_after_its_change(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    """The level a change "by" an amount reached moves the change's way: "increase the fee ... by 5% to £30.37"
    (fields updated in place)."""
    for (cq, change), (lq, level) in zip(here, here[1:]):
        if (change["direction"] and level["direction"] is None and level.get("from_value") is None
                and re.search(r"\bby\s+(?:about\s+|around\s+|over\s+|almost\s+|nearly\s+)?$", stext[max(0, cq.start - 20) : cq.start])
                and re.fullmatch(r"\s+to\s+(?:an?\s+)?", stext[cq.end : lq.start])):
            level["direction"] = change["direction"]


def level_takes_its_change(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    """A level followed by its change after a comma moves the same way (fields updated in place)."""
    for (lq, level), (cq, change) in zip(here, here[1:]):
        if level["direction"] is not None or level.get("from_value") is not None or change["direction"] is None:
            continue
        between = stext[lq.end : cq.start]
        named_before = re.search(r"\b(?:up|down)\s+$", between, re.I)
        named = _change_named_between().match(between) and cq.quantity.unit == lq.quantity.unit
        if not named and (not _LEVEL_THEN_CHANGE.match(between) or not (named_before or _CHANGE_WORD_AFTER.match(stext[cq.end : cq.end + 12]))):
            continue
        level["direction"] = change["direction"]
        if level["comparator"] in (None, "previous") and change["comparator"] == "previous":
            level["comparator"] = "previous"
            # the older level the change is counted from: "1,109 ..., an increase of 14 ... (1,095)", and the
            # earlier count a percentage change names: "6,357 referrals ..., an 8.3% increase ... (5,869)"
            if level["comparator_value"] is None and (named or lq.quantity.unit != cq.quantity.unit):
                level["comparator_value"] = change["comparator_value"]



@cache
def _box_label() -> re.Pattern[str]:
    """The label of a figure in a performance box, right before it on its line ("Target: 85%")."""
    current, target = cue_alternation("current_labels"), cue_alternation("target_labels")
    return re.compile(rf"(?:^|\n|,|\s)(?:(?P<current>{current})|(?P<target>{target}))\s*:\s*$", re.I)


@cache
def _any_box_label() -> re.Pattern[str]:
    labels = "|".join((cue_alternation("current_labels"), cue_alternation("target_labels"), cue_alternation("other_box_labels")))
    return re.compile(rf"(?:^|\n|,|\s)(?:{labels})\s*:\s*$", re.I)


def box_labelled(text: str, start: int) -> bool:
    """The figure at `start` is labelled as a box's figure: "Latest: 75.2%", "Floor 75%", "Previous: 74.7%"."""
    return _any_box_label().search(text[max(0, start - 20) : start]) is not None or re.search(
        rf"(?:^|\s)(?:{cue_alternation('other_box_labels')})\s+$", text[max(0, start - 12) : start], re.I) is not None


def starts_a_box(text: str) -> bool:
    """A unit that opens with a box's current figure ("Latest: 35%"), whatever else it holds."""
    return re.match(rf"\s*(?:{cue_alternation('current_labels')})\s*:\s*£?\d", text, re.I) is not None


def labelled_targets(text: str, found: list[tuple[QuantityMatch, dict]]) -> None:
    """In a box of labelled figures, the "Target:" figure is the target of the "Latest:" figure
    before it (fields updated in place): "Latest: 613 / Target: 700 Floor: 650"."""
    current: tuple[QuantityMatch, dict] | None = None
    for q, record in found:
        m = _box_label().search(text[max(0, q.start - 20) : q.start])
        if m is None:
            continue
        if m.group("current"):
            current = (q, record)
        elif current is not None and q.start - current[0].end <= 60:
            cq, crecord = current
            if crecord["comparator"] is None and cq.quantity.unit == q.quantity.unit:
                crecord["comparator"], crecord["comparator_value"] = "target", q.quantity.normalised
            current = None


def previous_months_after(after: str) -> int:
    """How many months before the period of the figure it is compared with the figure right before `after` is:
    3 for "last quarter" / "the previous quarter" ("42 compliments ..., compared to 34 last quarter"), 1 for "last
    month", else 0 (a year back is `previous_period`'s)."""
    m = re.match(rf"\s*(?:in\s+|at\s+|for\s+|during\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
                 rf"(?:{cue_alternation('previous_words')})\s+(quarter|month)\b", after, re.I)
    return 0 if m is None else 3 if m.group(1).lower() == "quarter" else 1


def previous_period_figure(stext: str, start: int, end: int) -> bool:
    """The figure at start..end is the previous period's value ("compared to the previous Quarter
    (5,869)", "23.4% the previous Quarter"): the sentence's date is not its as-of."""
    return bool(_previous_bracket_between().search(stext[max(0, start - 80) : start])
                or previous_period_after().match(stext[end : end + 50]))


# "the rate per 1,000 population was 63.2"; a subject that is a rate, "Missed bins per 100,000 collections were 42"
# (its base's nouns, not a date: "... per 100,000 in December was 175" is left as the tuned gold reads it)
# (or a verb that gives a level: "Missed bins per 100,000 collections averaged 38", "... fell to 31")
_LEVEL_VERB = r"(?:was|is|were|are|stood\s+at|averaged|averaging|totall?ed|reached|remained\s+at|(?:fell|rose|increased|decreased|improved|reduced)\s+to)"
_RATE_BEFORE = re.compile(rf"\brate\b(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:{_LEVEL_VERB}|of|at)\s+$"
                          # a change pair of a rate: "The rate of LAC per 10,000 under-18s increased from 103 to 107"
                          rf"|\brate\b(?:[^.;]|\.(?=\d)){{0,80}}?\b(?:{cue_alternation('change_verbs')})(?:\s+\w+ly)?\s+from\s+"
                          r"(?:[\d.,]+\b(?:[^.;\d]|\.(?=\d)){0,40}?\s+to\s+)?$"
                          rf"|\bper\s+(?:100|1,?000|10,?000|100,?000)\s+(?:(?!(?:in|at|on|for|during|by)\b)[a-z][\w-]*\s+){{1,3}}?{_LEVEL_VERB}\s+$",
                          re.I)


def rate_unit(stext: str, start: int) -> str | None:
    """The rate unit of a bare figure that a sentence about a rate per 100, 1,000, 10,000 or 100,000 calls a
    rate ("The rate per 10,000 children (aged 0-17) was 32.9, ... the last published rate for England of 41.6",
    "The rate per 1,000 population was 63.2": per_1000), else None."""
    before = stext[:start]
    base = re.findall(r"\bper\s+(100,?000|10,?000|1,?000|100)\b(?![,\d])", before)
    if not base or not _RATE_BEFORE.search(before[-100:]):
        return None
    return f"per_{base[-1].replace(',', '')}"


@cache
def _share_sentence() -> re.Pattern[str]:
    # a sentence (after a bullet or list mark) that opens with a share ("Proportion of adults receiving direct
    # payments was 16.8", `claim_cues.json` share_labels, as a table row's label makes its bare cells percentages)
    return re.compile(rf"[\W\d]{{0,6}}(?:{cue_alternation('share_labels')})\s[^.;%\d]{{3,120}}?"
                      rf"\b(?:{_LEVEL_VERB}|of|at)\s+$", re.I)


def share_unit(stext: str, start: int, value: float) -> str | None:
    """"%" for a bare figure of at most 100 that a sentence opening with a share calls its level ("Proportion of
    adults receiving direct payments was 16.8", printed without "%"), when no figure, "%" or rate base comes between
    the share's words and it (the benchmark after it takes its unit as a bare benchmark does), else None."""
    if value > 100 or re.search(r"\bper\s+(?:cent|100|1,?000|10,?000|100,?000)\b|\brate\b", stext[:start], re.I):
        return None
    return "%" if _share_sentence().match(stext[:start]) else None
