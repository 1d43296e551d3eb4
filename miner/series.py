"""Metric series: one authority's figures for one indicator across papers, in as-of order.

A 2020 report that lists 2017-18 figures keeps the figure's own as-of, so points
are ordered by what they describe, not by the meeting that heard them. Two
papers quoting the same figure for the same as-of make one point with
`sources=2` (the earliest paper is the cited source). A change pair ("from 319
in December 2016 to 345 in December 2017") gives the earlier point too, when
the text dates it. Benchmarks (national, statistical neighbours) are not the
authority's own figures and stay out, nor are sizes of a change ("an increase of 14") and parts of
the whole ("980 (48.6%) were UASC").
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from miner.model import Claim, Extraction, SeriesPoint, stable_id
from miner.nlp.dates import find_dates, normalise_period, parse_date

_BENCHMARK = re.compile(
    r"\b(?:national(?:ly)?|england|statistical neighbours?|regional|sn average|comparators?|target)\b", re.I
)
_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def as_of_key(as_of: str | None) -> str | None:
    """A sortable ISO date for an as-of: a day as is, a month/year at its end, a financial
    year ("2017-18") at 31 March of its second year."""
    if not as_of:
        return None
    s = as_of.strip()
    m = _PERIOD.match(s)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:  # "2017-18", not "2018-03"
        return f"{int(m.group(1)) + 1}-03-31"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, mo = int(s[:4]), int(s[5:])
        if not 1 <= mo <= 12:
            return None
        return f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if re.fullmatch(r"\d{4}", s):
        return f"{s}-12-31"
    p = normalise_period(s) or parse_date(s)
    return as_of_key(p) if p and p != s else None


def _is_benchmark(c: Claim, doc_text: str) -> bool:
    if c.comparator in ("national", "statistical_neighbours", "regional", "target") and c.comparator_value is None:
        return True
    # the words just before the number name whose figure it is ("the national rate of 44")
    before = doc_text[max(0, c.start - 45) : c.start]
    # ("no more than 18" is one quantity: its "than" opens no clause)
    clause = re.split(r"(?<!\d),|,(?!\d{3})|[;(]|\band\b|\bwhich\b|\bcompared\b|(?<!more )(?<!less )(?<!fewer )\bthan\b|\bbut\b",
                      before)[-1]
    # "43 per 10,000 for England", "56 per 10,000 for our Statistical Neighbours"; not the next clause's
    after = re.split(r"[,;.(]\s|\b(?:and|but|which|compared|whereas|while)\b", doc_text[c.end : c.end + 60])[0]
    return bool(_BENCHMARK.search(clause) or re.search(r"\b(?:for|in|across|of) (?:our |the |its )?(?:england|the country|statistical neighbours?|"
                                                              r"comparators?|similar authorities)\b|\bnational", after, re.I))


@lru_cache(maxsize=1)
def _cue_data() -> dict[str, Any]:
    return json.loads((Path(__file__).resolve().parent / "nlp" / "patterns" / "series_cues.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[re.Pattern[str]]]:
    data = _cue_data()
    sided = ("change_amount", "part_of_whole", "part_of_group", "elided_noun", "earlier_period", "not_received", "qualified_part", "treasury",
             "single_item", "reversed", "financing", "contribution")
    cues = {k: [re.compile(p, re.I) for p in v["patterns"]] for k, v in data.items()
            if isinstance(v, dict) and k not in sided}
    for name in sided:  # "before:" patterns end at the number, "after:" ones start there
        for where in ("before", "after"):
            cues[f"{name}_{where}"] = [re.compile(p.split(":", 1)[1], re.I) for p in data[name]["patterns"]
                                       if p.startswith(where + ":")]
    return cues


def _not_a_level(c: Claim, doc_text: str) -> bool:
    """The figure is the size of a change ("an increase of 14 children", "a 12% decrease", "6% fewer") or a
    part of the whole ("980 (48.6%) were UASC", "50 out of 73"), not the indicator's level: no point."""
    before, after = doc_text[max(0, c.start - 90) : c.start], doc_text[c.end : c.end + 40]
    names = (("change_amount", "part_of_whole", "earlier_period") + (("part_of_group",) if c.unit != "%" else ())
             + (("elided_noun",) if c.unit == "count" else ()))
    return any(any(rx.search(before) for rx in _cues()[f"{name}_before"]) or
               any(rx.match(after) for rx in _cues()[f"{name}_after"]) for name in names)


def _a_flow(c: Claim, doc_text: str) -> bool:
    """A count of events over a period ("Nine fostering households were approved between January and
    December 2019", "Six commenced university") is no level of a stock indicator (carers, care leavers)."""
    return (c.indicator in _cue_data()["flow_count"]["indicators"]
            and any(rx.match(doc_text[c.end : c.end + 80]) for rx in _cues()["flow_count"]))


def _impossible_count(c: Claim, unit: str) -> bool:
    """A negative count or amount is a change (a variance, a reduction: "offsetting the pressure by
    -£965.0k"), not a level; a whole-count indicator (children, plans, places) counted in fractions ("95.4")
    is some other measure under the wrong indicator."""
    if unit not in ("count", "GBP") or c.value is None:
        return False
    return c.value < 0 or (unit == "count" and c.indicator in _cue_data()["whole_counts"]["indicators"]
                           and c.value != int(c.value))


# a figure as a table prints it: "1,429,506.8", "-20,766.2", "(£3.2m)", "95.4%"
_CELL_FIGURE = r"[-–(]?£?\d[\d,.]*(?:%|[km]\b)?\)?"
# a row of two or more figures, perhaps ending on its row label ("209,578.3 -9,380.7 200,197.6 TOTAL SPENDING")
_FIGURES_ROW = re.compile(rf"[ \t]*(?:{_CELL_FIGURE}[ \t]+)+{_CELL_FIGURE}(?:[ \t]+[A-Za-z][\w&'’ -]{{0,40}})?[ \t]*")
_FIGURE_ALONE = re.compile(rf"[ \t]*{_CELL_FIGURE}[ \t]*")


def _line(doc_text: str, at: int) -> tuple[int, int]:
    start = doc_text.rfind("\n", 0, at) + 1
    end = doc_text.find("\n", at)
    return start, end if end >= 0 else len(doc_text)


def _table_cell(c: Claim, doc_text: str) -> bool:
    """The figure is a cell of a table: in a row of figures, or alone on its line next to a line of figures.
    The text no longer ties a cell to its row and column (a directorate, a year, a change line or a level),
    and its quote is a row of numbers a reader cannot check, so a cell is no point of a series (the claim
    itself stays). A figure alone between lines of words ("Children in care\n413\nper 10,000") is not one."""
    start, end = _line(doc_text, c.start)
    line = doc_text[start:end]
    if _FIGURES_ROW.fullmatch(line):
        return True
    if not _FIGURE_ALONE.fullmatch(line):
        return False
    neighbours = [_line(doc_text, at) for at in (start - 1, end + 1) if 0 <= at < len(doc_text)]
    return any(_FIGURES_ROW.fullmatch(doc_text[a:b]) or _FIGURE_ALONE.fullmatch(doc_text[a:b]) for a, b in neighbours)


def _implausible(c: Claim, unit: str) -> bool:
    """The value is outside what its indicator can measure in its unit (`indicators.json` "plausible", e.g.
    a council tax rise of 0-15%, a pay rate of £5 or more): a misread figure, no point. An indicator with a
    "plausible" map takes only the units it lists."""
    bounds = _plausible().get(c.indicator or "")
    if not bounds or c.value is None:
        return False
    if unit not in bounds:
        return True
    low, high = bounds[unit]
    return not low <= c.value <= high


@lru_cache(maxsize=1)
def _plausible() -> dict[str, dict[str, list[float]]]:
    from miner.nlp.claim_indicator import indicators

    return {ind["id"]: ind["plausible"] for ind in indicators() if ind.get("plausible")}


@lru_cache(maxsize=1)
def _set_ahead() -> frozenset[str]:
    """Indicators a council sets before the period they apply to (`indicators.json` "set_ahead": a council
    tax rise, a pay award): a figure for the coming year is their value, not a target."""
    from miner.nlp.claim_indicator import indicators

    return frozenset(ind["id"] for ind in indicators() if ind.get("set_ahead"))


def _in_benchmark_sentence(c: Claim, doc_text: str) -> bool:
    """The figure's sentence opens on the country ("In England, the number ... increased to 575,963")."""
    before = doc_text[max(0, c.start - 300) : c.start]
    opening = re.split(r"(?<=[.!?])\s+|\n\s*\n", before)[-1].lstrip()
    return any(rx.match(opening) for rx in _cues()["benchmark_sentence"])


def _ring_fenced(c: Claim, doc_text: str) -> bool:
    """The figure's sentence is about a ring-fenced fund the council reports apart from its own budget (the
    schools' Dedicated Schools Grant: "The total Dedicated Schools' Grant ... is forecast to overspend by
    £53.5m"), so it is no point of the council's own money indicators (`series_cues.json` "ring_fenced")."""
    data = _cue_data()["ring_fenced"]
    if c.indicator not in data["indicators"]:
        return False
    before = re.split(r"(?<=[.!?])\s+|\n\s*\n", doc_text[max(0, c.start - 300) : c.start])[-1]
    after = re.split(r"(?<=[.!?])\s", doc_text[c.end : c.end + 200])[0]
    return any(rx.search(before + " " + after) for rx in _cues()["ring_fenced"])


def _not_received(c: Claim, doc_text: str) -> bool:
    """Money bid or applied for, or a deficit or surplus, under an indicator of money received (`series_cues.json`
    "not_received"); an amount qualified as one kind of an authority's savings or overspend ("£4.5m of
    alternative savings", "qualified_part"); treasury money (cash, working capital, investments, "treasury");
    one saving, cut or pressure named in the singular ("the £3.2m pressure", "single_item"); cuts a motion would
    undo ("reversed"); the sources meeting one cost ("met ... from this £8,021k flexible use of capital
    receipts", "financing", read over the sentence); a contribution of one fund to another ("contribution").
    None is a point of those indicators: a part or a transfer, not the authority's level."""
    before, after = doc_text[max(0, c.start - 90) : c.start], doc_text[c.end : c.end + 90]
    # the sentence up to the figure, for cues that name a whole sentence's subject (financing, contributions)
    sentence = re.split(r"(?<=[.!?])\s+|\n\s*\n", doc_text[max(0, c.start - 300) : c.start])[-1]
    for name in ("not_received", "qualified_part", "treasury", "single_item", "reversed", "financing", "contribution"):
        scope = sentence if name in ("financing", "contribution") else before
        if c.indicator in _cue_data()[name]["indicators"] and (
                any(rx.search(scope) for rx in _cues()[f"{name}_before"])
                or any(rx.match(after) for rx in _cues()[f"{name}_after"])):
            return True
    return False


def _cumulative(c: Claim, doc_text: str) -> bool:
    """An amount totalled up to a later date ("totalling £140m by 2027-28"): no value at the sentence's date."""
    return any(rx.match(doc_text[c.end : c.end + 40]) for rx in _cues()["cumulative_by"])


def _quoted(c: Claim, doc_text: str) -> bool:
    """The figure is inside a quotation from another body's report or finding (`series_cues.json`
    "quoted_source": "the PAC Report highlights that: \"... only half of EHC plans ..."): its figure, not the
    authority's."""
    before = doc_text[max(0, c.start - 500) : c.start]
    for rx in _cues()["quoted_source"]:
        opened = None
        for opened in rx.finditer(before):
            pass
        if (opened is not None and not re.search(r"[\"”]", before[opened.end() :])
                and not any(re.search(w, before[max(0, opened.start() - 40) : opened.end()], re.I)
                            for w in _cue_data()["quoted_source"]["not_from"])):
            return True
    return False


# the end of a count's own noun phrase: its verb, a relative pronoun, "to", another figure, or the end of its
# clause (a comma outside brackets: "5,300 referrals in the year, 20% from schools")
_NP_END = re.compile(r"(?<!i\.e)(?<!e\.g)[.;:!?,](?=\s|$)|\d|\b(?:were|was|are|is|have|has|had|will|would|that|which|who|whom|to)\b", re.I)


def _subset(c: Claim, unit: str, doc_text: str) -> bool:
    """A count whose own noun phrase restricts whom it counts to a setting, source or kind ("125 referrals
    from schools", "12 in house beds", "106 young people ... in local mainstream colleges"; `series_cues.json`
    "subset_modifier"): a subset, not the indicator's whole, unless the indicator itself is that subset
    (`indicators.json` "whole_of")."""
    if unit != "count":
        return False
    after = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), doc_text[c.end : c.end + 160])  # brackets aside
    m = _NP_END.search(after)
    phrase = after[: m.start()] if m else after
    for rx in _whole_of().get(c.indicator or "", []):
        phrase = rx.sub(" ", phrase)
    return any(rx.search(phrase) for rx in _cues()["subset_modifier"])


@lru_cache(maxsize=1)
def _whole_of() -> dict[str, list[re.Pattern[str]]]:
    from miner.nlp.claim_indicator import indicators

    return {ind["id"]: [re.compile(p, re.I) for p in ind["whole_of"]] for ind in indicators() if ind.get("whole_of")}


def _risk_register(doc_text: str) -> bool:
    """The paper opens on a risk register's column head (`series_cues.json` "risk_register"): its figures are
    risks, not the authority's values."""
    head = doc_text[:2000]
    return all(rx.search(head) for rx in _cues()["risk_register"])


def _year_before(as_of: str) -> str | None:
    key = as_of_key(as_of)
    if not key:
        return None
    y, mo = int(key[:4]) - 1, int(key[5:7])
    return f"{y}-{mo:02d}"


def _undated_from(c: Claim, doc_text: str, to_when: str | None, inspected: str | None) -> tuple[str, float, str] | None:
    """The earlier value of a change pair dated by words, not a date: 'In the last 12 months ... from 313
    to 343' (a year before the later value's as-of), 'from 32.5 at the time of the inspection' (the
    paper's latest dated inspection)."""
    num = re.escape(f"{c.from_value:g}")
    window = doc_text[max(0, c.start - 160) : c.end]
    m = None
    for m in re.finditer(r"\bfrom\s+(?:the\s+)?" + num + r"\b", window):
        pass
    if m is None:
        return None
    after = window[m.end() :]
    if inspected and any(rx.match(after) for rx in _cues()["at_inspection"]):
        return inspected, c.from_value, (m.group(0) + re.split(r"\s+to\b", after)[0]).strip()
    sentence = re.split(r"(?<=[.!?])\s+", window[: m.start()])[-1]
    if to_when and any(rx.search(sentence) for rx in _cues()["year_ago"]):
        when = _year_before(to_when)
        return (when, c.from_value, m.group(0)) if when else None
    return None


def _from_point(c: Claim, doc_text: str, to_when: str | None = None,
                inspected: str | None = None) -> tuple[str, float, str] | None:
    """The earlier value of a dated change pair, its as-of and the words to quote: '... from 319 in
    December 2016 to 345 ...', or after the later value: '... was 1954, an increase from 1857 in January 2017';
    failing a date, the words that date it (`_undated_from`)."""
    if c.from_value is None:
        return None
    num = re.escape(f"{c.from_value:g}".replace(".0", ""))
    window = doc_text[max(0, c.start - 160) : c.end]
    m = re.search(r"(?P<q>\bfrom\s+(?:the\s+)?" + num + r"\b(?:\s+(?:at|in|on|as at)\s+)?(?P<d>.{0,40}?))\s+to\b", window)
    if not m:  # the earlier figure after the later one, in the same clause
        window = doc_text[c.end : c.end + 90]
        m = re.match(r"[^.;]{0,40}?(?P<q>\bfrom\s+(?:the\s+)?" + num + r"\b\s+(?:at|in|on|as at)\s+(?P<d>[^.;]{0,30}))",
                     window)
    if not m:
        return _undated_from(c, doc_text, to_when, inspected)
    dates = find_dates(m.group("d"))
    periods = normalise_period(m.group("d")) if not dates else None
    when = dates[0][2] if dates else periods
    return (when, c.from_value, m.group("q").strip()) if when else _undated_from(c, doc_text, to_when, inspected)


# an undated figure this close after a dated one of the same indicator, in the same paragraph,
# describes the latest time given there ("... from 370 in December 2018 to 438 at end of January 2020.
# Our current rate of 69 plans per 10,000 ..."; "is 434 in January 2020, compared to 425 December 2018.
# This is 68 per 10,000")
INHERIT_CHARS = 160


def _inherited_as_of(c: Claim, dated: list[Claim]) -> str | None:
    before = [d for d in dated if d.section_id == c.section_id and d.indicator == c.indicator
              and d.end <= c.start <= d.end + INHERIT_CHARS]
    return max(before, key=lambda d: as_of_key(d.as_of) or "").as_of if before else None


# the same figure stated again, dated, a little later in the paragraph ("... from 313 to 343 ... On 31
# March 2018, the 343 children subject to a CP plan ...") dates the first statement
RESTATED_CHARS = 400


def _restated_as_of(c: Claim, dated: list[Claim]) -> str | None:
    after = [d for d in dated if d.section_id == c.section_id and d.indicator == c.indicator
             and d.value == c.value and c.end <= d.start <= c.end + RESTATED_CHARS]
    return min(after, key=lambda d: d.start).as_of if after else None


def _latest_inspection(ex: Extraction) -> str | None:
    """Date of the latest dated inspection the paper reports (up to its meeting): what 'at the time of
    the inspection' refers to."""
    meeting = (ex.document.meeting_date or "9999-12-31")[:10]
    dates = [i.date for i in ex.inspections if i.date and as_of_key(i.date) and as_of_key(i.date) <= meeting]
    return max(dates, key=lambda d: as_of_key(d) or "") if dates else None


_PER_BEFORE = re.compile(r"\bper\s*$", re.I)
# "the rate per 10,000 was 65", "First-Time Entrants ... per 100,000 in December was 175"
_RATE_CLAUSE = re.compile(r"\bper\s+(10,?000|100,?000)\b[^.;\d]{0,30}$", re.I)
RATES = {"per_10000": 1.0, "per_100000": 10.0}  # rate units, and what divides them to a rate per 10,000
WHOLES = ("count", "GBP")  # units in which a part (a district's, a service's) is smaller than the whole


def _unit(c: Claim, doc_text: str) -> str | None:
    """The figure's unit, read again from its clause: "the rate (per 10,000) was 65" is a rate, not a count;
    None when the number is the rate's denominator ("per 10,000") rather than a figure."""
    before = doc_text[max(0, c.start - 60) : c.start]
    if _PER_BEFORE.search(before):
        return None
    rate = _RATE_CLAUSE.search(before) if c.unit == "count" else None
    if rate:
        return "per_10000" if rate.group(1).replace(",", "") == "10000" else "per_100000"
    return c.unit


def series_points(extractions: Iterable[Extraction]) -> list[SeriesPoint]:
    """Raw points (before de-duplication) from every claim with an indicator, value and as-of."""
    points: list[SeriesPoint] = []
    for ex in extractions:
        doc = ex.document
        if not doc.authority:
            continue
        paths = {s.id: s.path for s in ex.sections}
        dated = [c for c in ex.claims if c.indicator and c.as_of and as_of_key(c.as_of)]
        inspected = _latest_inspection(ex)
        risks_only = _risk_register(doc.text)
        for c in ex.claims:
            if risks_only and c.indicator not in _cue_data()["risk_register"]["keep"]:
                continue
            if (not c.indicator or c.value is None or _is_benchmark(c, doc.text) or _in_benchmark_sentence(c, doc.text)
                    or _not_a_level(c, doc.text) or _a_flow(c, doc.text) or _ring_fenced(c, doc.text)
                    or _not_received(c, doc.text) or _cumulative(c, doc.text) or _quoted(c, doc.text)):
                continue
            unit = _unit(c, doc.text)
            if (unit is None or _impossible_count(c, unit) or _table_cell(c, doc.text) or _implausible(c, unit)
                    or _subset(c, unit, doc.text)):
                continue
            when = c.as_of or c.period or _inherited_as_of(c, dated) or _restated_as_of(c, dated)
            base = dict(authority=doc.authority, indicator=c.indicator, unit=unit, claim_id=c.id,
                        document_id=doc.id, meeting_date=doc.meeting_date,
                        section_path=paths.get(c.section_id or ""), quote=c.text)
            if when and as_of_key(when):
                point = SeriesPoint(as_of=when, value=c.value, **base)
                # a count or rate for a time that had not begun at the meeting is a target or a plan
                # ("increasing our establishment ... to 90" in 2018-19, places to commission by 2026-27),
                # not a value; a budget for the coming year is one (money stays)
                if unit == "GBP" or c.indicator in _set_ahead() or not _planned(point):
                    points.append(point)
            fp = _from_point(c, doc.text, when, inspected)
            if fp and as_of_key(fp[0]):
                points.append(SeriesPoint(as_of=fp[0], value=fp[1], **{**base, "quote": fp[2]}))
    return points


def dedupe(points: Iterable[SeriesPoint]) -> list[SeriesPoint]:
    """Merge points with the same authority, indicator, unit, as-of and value; earliest paper cited."""
    merged: dict[tuple, SeriesPoint] = {}
    for p in sorted(points, key=lambda p: (p.meeting_date or "", p.document_id or "")):
        key = (p.authority, p.indicator, p.unit, as_of_key(p.as_of), round(p.value, 4))
        if key in merged:
            if merged[key].document_id != p.document_id:
                merged[key].sources += 1
            continue
        p.id = stable_id(*key)
        merged[key] = p
    return sorted(merged.values(), key=lambda p: (p.authority, p.indicator, p.unit or "", as_of_key(p.as_of) or "", p.meeting_date or ""))


def build_series(extractions: Iterable[Extraction]) -> list[SeriesPoint]:
    """All metric series of the given papers: de-duplicated points in (authority, indicator, as-of) order."""
    return dedupe(series_points(extractions))


def series_of(points: Iterable[SeriesPoint], authority: str, indicator: str, unit: str | None = None) -> list[SeriesPoint]:
    return [p for p in points if p.authority == authority and p.indicator == indicator and (unit is None or p.unit == unit)]


def compare(db_or_points: Any, indicator: str) -> list[dict[str, Any]]:
    """Latest value per authority for one indicator, with a per-10,000 rate where one was given; a figure for
    a time that had not begun when its paper was written (a budget plan) only when there is nothing else."""
    points = _points(db_or_points)
    latest: dict[str, dict[str, Any]] = {}
    by_auth: dict[str, list[SeriesPoint]] = defaultdict(list)
    for p in points:
        if p.indicator == indicator:
            by_auth[p.authority].append(p)
    for auth, pts in by_auth.items():
        pts = [p for p in pts if not _planned(p)] or pts  # an outturn, not next year's budget line
        pts.sort(key=lambda p: (as_of_key(p.as_of) or "", p.unit not in RATES))
        last = pts[-1]
        key = as_of_key(last.as_of)
        counts = [p for p in pts if as_of_key(p.as_of) == key and p.unit not in RATES]
        rates = [p for p in pts if as_of_key(p.as_of) == key and p.unit in RATES]
        head = counts[-1] if counts else last
        if head.unit in WHOLES:  # a whole is never smaller than its parts: show the whole, not a part
            head = max((p for p in counts if p.unit == head.unit), key=lambda p: p.value)
        latest[auth] = {
            "authority": auth, "indicator": indicator, "as_of": head.as_of, "value": head.value,
            "unit": head.unit, "per_10000": round(rates[-1].value / RATES[rates[-1].unit], 2) if rates else None,
            "document_id": head.document_id, "meeting_date": head.meeting_date,
            "claim_id": head.claim_id, "quote": head.quote,
        }
    return [latest[a] for a in sorted(latest)]


def _planned(p: SeriesPoint) -> bool:
    """A figure for a time that had not begun at its paper's meeting ("£5.9m in 2027-28" in a 2025 paper):
    a plan or forecast, not the latest value."""
    s = (p.as_of or "").strip()
    m = _PERIOD.match(s)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        begins = f"{m.group(1)}-04-01"  # a financial year begins in April
    else:  # a year, a month or a day
        begins = {4: f"{s}-01-01", 7: f"{s}-01"}.get(len(s), s[:10])
    return bool(p.meeting_date and begins > p.meeting_date[:10])


def _points(db_or_points: Any) -> list[SeriesPoint]:
    if isinstance(db_or_points, list):
        if db_or_points and isinstance(db_or_points[0], Extraction):
            return build_series(db_or_points)
        return db_or_points
    from miner import store

    return store.load_series(db_or_points)
