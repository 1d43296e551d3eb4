"""Metric series: one authority's figures for one indicator across papers, in as-of order.

A 2020 report that lists 2017-18 figures keeps the figure's own as-of, so points
are ordered by what they describe, not by the meeting that heard them. Two
papers quoting the same figure for the same as-of make one point with
`sources=2` (the earliest paper is the cited source). A change pair ("from 319
in December 2016 to 345 in December 2017") gives the earlier point too, when
the text dates it. Which claims are points at all (not benchmarks, sizes of a change, parts of the
whole, table cells ...) is `series_filters.py`.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from miner.model import Claim, Extraction, SeriesPoint, stable_id
from miner.nlp.claim_table import table_row
from miner.nlp.dates import find_dates, normalise_period, parse_date
from miner.series_filters import basis, cue_data, cues, is_risk_register, not_a_level, not_a_point, set_ahead

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def as_of_key(as_of: str | None) -> str | None:
    """A sortable ISO date for an as-of: a day as is, a month/year at its end, a financial
    year ("2017-18") at 31 March of its second year, a span of years ("2020-22") at its last day."""
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
        if mo > 12 and 2 <= (mo - y % 100) % 100 <= 4:  # "2020-22": a rolling span of years (life expectancy)
            return f"{y + (mo - y % 100) % 100}-12-31"
        if not 1 <= mo <= 12:
            return None
        return f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if re.fullmatch(r"\d{4}", s):
        return f"{s}-12-31"
    p = normalise_period(s) or parse_date(s)
    return as_of_key(p) if p and p != s else None


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
    if inspected and any(rx.match(after) for rx in cues()["at_inspection"]):
        return inspected, c.from_value, (m.group(0) + re.split(r"\s+to\b", after)[0]).strip()
    sentence = re.split(r"(?<=[.!?])\s+", window[: m.start()])[-1]
    if to_when and any(rx.search(sentence) for rx in cues()["year_ago"]):
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
        window = doc_text[c.end : c.end + 130]
        m = re.match(r"[^.;]{0,80}?(?P<q>\bfrom\s+(?:the\s+)?" + num + r"\b(?:%|\s*per\s?cent)?\s+(?:at|in|on|as at)\s+(?P<d>[^.;,]{0,30}))",
                     window)  # the date, not the next clause ("from 104 in 2022/23, a rate of ...")
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


def _earlier_of(c: Claim, dated: list[Claim]) -> Claim | None:
    """The dated figure just before this one that is compared with it as its previous value."""
    before = [d for d in dated if d.section_id == c.section_id and d.indicator == c.indicator
              and d.comparator == "previous" and d.comparator_value == c.value
              and d.end <= c.start <= d.end + INHERIT_CHARS]
    return max(before, key=lambda d: d.end) if before else None


def _year_earlier(c: Claim, later: Claim, doc_text: str) -> str | None:
    """A year before the figure it is compared with, when the words after it say so; else undated."""
    after = doc_text[c.end : c.end + 80]
    return _year_before(later.as_of or "") if any(rx.search(after) for rx in cues()["year_earlier"]) else None


# the same figure stated again, dated, a little later in the paragraph ("... from 313 to 343 ... On 31
# March 2018, the 343 children subject to a CP plan ...") dates the first statement
RESTATED_CHARS = 400


def _restated_as_of(c: Claim, dated: list[Claim]) -> str | None:
    after = [d for d in dated if d.section_id == c.section_id and d.indicator == c.indicator
             and d.value == c.value and c.end <= d.start <= c.end + RESTATED_CHARS]
    return min(after, key=lambda d: d.start).as_of if after else None


def _begins(as_of: str) -> str:
    """The first day of an as-of's time: a financial year in April, a year in January, a month on its 1st."""
    s = as_of.strip()
    m = _PERIOD.match(s)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return f"{m.group(1)}-04-01"
    return {4: f"{s}-01-01", 7: f"{s}-01"}.get(len(s), s[:10])


def _latest_inspection(ex: Extraction) -> str | None:
    """Date of the latest dated inspection the paper reports (up to its meeting): what 'at the time of
    the inspection' refers to."""
    meeting = (ex.document.meeting_date or "9999-12-31")[:10]
    dates = [i.date for i in ex.inspections if i.date and as_of_key(i.date) and as_of_key(i.date) <= meeting]
    return max(dates, key=lambda d: as_of_key(d) or "") if dates else None


_PER_BEFORE = re.compile(r"\bper\s*$", re.I)
# "the rate per 10,000 was 65", "First-Time Entrants ... per 100,000 in December was 175"
_RATE_CLAUSE = re.compile(r"\bper\s+(10,?000|100,?000)\b[^.;\d]{0,30}$", re.I)
RATES = {"per_10000": 1.0, "per_100000": 10.0, "per_1000": 0.1, "per_100": 0.01}  # rate units, and what divides them to a rate per 10,000
OTHERS = ("national", "statistical_neighbours", "regional")  # comparators that are another body's figure
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


TARGET_MIN_CONFIDENCE = 0.5  # a classifier's guess near its threshold hides no level ("requirement to deliver savings and additional income of £81.9m")


def _promised_targets(ex: Extraction) -> set[tuple[str, float]]:
    """(statement id, value) of each promise's numeric target: "Recruit 25 additional foster carers",
    "so that at least 60% are issued within 20 weeks" state an aim, not a level. Only a promise read with
    some confidence: the classifier's threshold is set for finding statements, and a weak guess that a
    budget's description is a promise would drop the paper's figure from the series."""
    from miner.verdicts import numeric_target  # late: the tracker's verdict rules import this module

    return {(st.id, t) for st in ex.statements if st.kind in ("priority", "commitment")
            and st.confidence >= TARGET_MIN_CONFIDENCE and (t := numeric_target(st.text)) is not None}


def _benchmarks_told_apart(claims: list[Claim]) -> set[str]:
    """Claims that are the benchmark a figure before them in their section was compared with, stated in a
    sentence of their own ("... 18.2% of children were obese. The North West average is 16.8."): the claims
    layer gives the figure that `comparator_value`; the benchmark is another body's level, not the authority's."""
    first: dict[tuple, int] = {}
    for b in claims:
        if b.comparator in OTHERS and b.comparator_value is not None and b.indicator:
            key = (b.section_id, b.indicator, b.comparator_value)
            first[key] = min(first.get(key, b.start), b.start)
    return {c.id for c in claims if c.start > first.get((c.section_id, c.indicator, c.value), c.start)}


def series_points(extractions: Iterable[Extraction]) -> list[SeriesPoint]:
    """Raw points (before de-duplication) from every claim with an indicator, value and as-of."""
    points: list[SeriesPoint] = []
    for ex in extractions:
        doc = ex.document
        if not doc.authority:
            continue
        paths = {s.id: s.path for s in ex.sections}
        dated = [c for c in ex.claims if c.indicator and c.as_of and as_of_key(c.as_of)]
        targets = _promised_targets(ex)
        inspected = _latest_inspection(ex)
        risks_only = is_risk_register(doc.text)
        others = _benchmarks_told_apart(ex.claims)
        for c in ex.claims:
            if risks_only and c.indicator not in cue_data()["risk_register"]["keep"]:
                continue
            if c.id in others:
                continue
            if not c.indicator or c.value is None or not_a_level(c, doc.text) or (c.statement_id, c.value) in targets:
                continue
            unit = _unit(c, doc.text)
            if unit is None or not_a_point(c, unit, doc.text):
                continue
            earlier = _earlier_of(c, dated)
            if earlier:  # "compared with 310 a year earlier": not the time of the figure it is compared with
                when = c.as_of or c.period or _year_earlier(c, earlier, doc.text)
            else:
                when = c.as_of or c.period or _inherited_as_of(c, dated) or _restated_as_of(c, dated)
            base = dict(authority=doc.authority, indicator=c.indicator, unit=unit, claim_id=c.id,
                        document_id=doc.id, meeting_date=doc.meeting_date,
                        section_path=paths.get(c.section_id or ""), quote=c.text, basis=basis(c, doc.text))
            if when and as_of_key(when):
                point = SeriesPoint(as_of=when, value=c.value, **base)
                # a count or rate for a time that had not begun at the meeting is a target or a plan
                # ("increasing our establishment ... to 90" in 2018-19, places to commission by 2026-27),
                # not a value; a budget for the coming year is one (money stays)
                if unit == "GBP" or c.indicator in set_ahead() or not _planned(point):
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


def compare(db_or_points: Any, indicator: str, basis: str | None = None) -> list[dict[str, Any]]:
    """Latest value per authority for one indicator, with a per-10,000 rate where one was given; a figure for
    a time that had not begun when its paper was written (a budget plan) only when there is nothing else, unless
    its indicator is set ahead (a council tax or a pay award decided for the coming year is the latest value).
    With `basis` ("plan" or "outturn"), each authority's latest point of that basis only."""
    points = _points(db_or_points)
    latest: dict[str, dict[str, Any]] = {}
    by_auth: dict[str, list[SeriesPoint]] = defaultdict(list)
    for p in points:
        if p.indicator == indicator and (basis is None or p.basis == basis):
            by_auth[p.authority].append(p)
    for auth, pts in by_auth.items():
        # an outturn, not next year's budget line; but a council tax or pay award set for the coming year is its value
        pts = [p for p in pts if not _planned(p) or p.indicator in set_ahead()] or pts
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
            "claim_id": head.claim_id, "quote": head.quote, "basis": head.basis,
        }
    return with_staleness([latest[a] for a in sorted(latest)])


STALE_YEARS = 2.0  # an authority's latest value more than this many years before the newest shown is flagged


def with_staleness(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row's `years_behind` the newest as-of shown for the indicator (by `as_of_key`, in years, one decimal),
    and `stale` when that is more than two years: Walsall's 2017 figure beside Kent's 2024 one is no like-for-like
    comparison, and a reader of the table should see so without working out the dates."""
    keys = {id(r): as_of_key(r.get("as_of")) for r in rows}
    newest = max((k for k in keys.values() if k), default=None)
    for r in rows:
        key = keys[id(r)]
        behind = round((_days(newest) - _days(key)) / 365.25, 1) if key and newest else None
        r["years_behind"] = behind
        r["stale"] = behind is not None and behind > STALE_YEARS
    return rows


def _days(key: str) -> int:
    return date.fromisoformat(key).toordinal()


# words that may stand in a figure's name before the word the indicator's pattern finds ("Dedicated Schools Grant",
# "total usable revenue reserves"): words, not figures, and not the words that open or join a clause
_NAME_WORD = re.compile(r"(?:[A-Za-z][\w'’&/-]*|&|\([A-Z]{2,}\))$")
_NOT_NAME = frozenset(cue_data()["not_name_words"]["words"])  # "the", "was", "which" ... (`series_cues.json`)
_JOINING = frozenset(("of", "and", "for", "&"))  # inside a name ("Department for Education"), not at its start


def metric_words(indicator: str, doc_text: str, start: int, end: int) -> str | None:
    """What the paper calls the figure: its "|" row's label, or the words of its sentence that name its indicator
    nearest it, widened to the capitalised name they end ("Dedicated Schools Grant" beside a parish's "precept
    instalment"). An item indicator (grants, contracts) holds different things by nature; the row says which."""
    from miner.nlp.claim_indicator import indicators

    line_start = doc_text.rfind("\n", 0, start) + 1
    row = table_row(doc_text, start) if doc_text[line_start:start].lstrip().startswith("|") else None
    if row is not None and row.label.strip():
        return row.label.strip()
    regexes = next((ind["regex"] for ind in indicators() if ind["id"] == indicator), [])
    lo = max(0, start - 200)
    a = max((m.end() for m in re.finditer(r"[.!?]\s|\n\s*\n", doc_text[lo:start])), default=0) + lo
    b_match = re.search(r"[.!?]\s|\n\s*\n", doc_text[end : end + 200])
    b = end + (b_match.start() if b_match else 200)
    sentence = doc_text[a:b]
    found = [m for rx in regexes for m in rx.finditer(sentence)]
    if not found:
        return None
    at, until = start - a, end - a
    m = min(found, key=lambda m: max(m.start() - until, at - m.end(), 0))
    words = sentence[: m.start()].split()
    head = []
    while words and len(head) < 3 and _NAME_WORD.match(words[-1]) and words[-1].lower() not in _NOT_NAME:
        head.insert(0, words.pop())
    while head and head[0].lower() in _JOINING:
        head.pop(0)
    tail = re.match(r"(?:\s+(?:[A-Z][\w'’/-]*|\([A-Z]{2,}\)))*", sentence[m.end() :])
    named = (m.group(0) + (tail.group(0) if tail else "")).split()
    while len(named) > 1 and named[-1].lower() in _NOT_NAME | _JOINING:  # "funding of £4,028": the name, not "of"
        named.pop()
    return " ".join([*head, *named]) or None


def like_for_like(indicator: str, doc_text: str | None, start: int | None) -> bool:
    """False for a row of an item indicator (`series_cues.json` table_parts "items": one grant or contract of many)
    unless the figure is a "|" table's total row ("| Total Grants | 470.5 |", table_parts "total_row"): one paper's
    largest grant beside another's total of grants compares unlike things. A total in prose ("the total Dedicated
    Schools' Grant") is one item's total, not the paper's."""
    parts = cue_data()["table_parts"]
    if indicator not in parts["items"]:
        return True
    if not doc_text or start is None:
        return False
    if not doc_text[doc_text.rfind("\n", 0, start) + 1 : start].lstrip().startswith("|"):
        return False
    row = table_row(doc_text, start)
    return row is not None and bool(re.search(parts["total_row"], row.label.strip(), re.I))


def _planned(p: SeriesPoint) -> bool:
    """A figure for a time that had not begun at its paper's meeting ("£5.9m in 2027-28" in a 2025 paper):
    a plan or forecast, not the latest value."""
    return bool(p.meeting_date and _begins(p.as_of or "") > p.meeting_date[:10])


def _points(db_or_points: Any) -> list[SeriesPoint]:
    if isinstance(db_or_points, list):
        if db_or_points and isinstance(db_or_points[0], Extraction):
            return build_series(db_or_points)
        return db_or_points
    from miner import store

    return store.load_series(db_or_points)
