"""The date or period a number is as of.

A financial-year quarter is as at its last month ("in Q2 2023/24" is "2023-09",
`dates.find_quarters`), so quarterly figures sort in order within their year.
The number's own date right after it wins ("345 in December 2017"); else the
nearest date before it in the sentence; else a later one in its own clause; else
the unit's period. Dates of an older value ("from 19% in 2017"), deadlines ("by
2020/21") and years in titles ("Children and Families Act 2014") are skipped;
their lead-in words are in `patterns/claim_cues.json`.
"""

from __future__ import annotations

import re
from functools import cache

from miner.model import TextUnit
from miner.nlp.claim_cues import claim_cues, cue_alternation
from miner.nlp.dates import (
    MONTHS,
    find_bare_months,
    find_bare_quarters,
    find_dates,
    find_month_ranges,
    find_periods,
    find_quarters,
    quarter_end,
    year_of_bare_month,
)


@cache
def _old_side() -> re.Pattern[str]:
    """A date right after these belongs to the older value of a change or to a starting point
    ("from 19% in 2017", "a 68% increase since 2015/16", "compared to 425 December 2018"),
    or is a deadline ("up to March 2020", "by 2020/21"): not what the number is as of."""
    same = cue_alternation("same_period")
    return re.compile(
        rf"(?:\b(?:{cue_alternation('old_side_before')})\b(?:[^,;.()]|(?<=\d)[.,](?=\d)){{0,30}}|"  # "from 74.7% in September 2024", "from 1,020 in March 2023", "Since the legal judgement of July 2023"
        # "a 4% increase on the same period in 2023/24", "in comparison with Quarter 3, 2023/24"
        rf"\b(?:compared|in comparison) (?:to|with)\s+(?:the\s+)?(?:same\s+(?:{same})\s+(?:in|of|last)\s+)?"
        r"(?:(?:Quarter|Q)\s?[1-4],?\s+)?|"
        # "Compared to last quarter (Q1 2021/22), performance for 40% ...": the base period glossed in brackets
        r"\b(?:compared|in comparison) (?:to|with)\s+(?:the\s+)?(?:last|previous|same)\s+[a-z ]{0,25}?\(\s*|"
        rf"\b(?:on|than)\s+(?:the\s+)?same\s+(?:{same})\s+(?:in|of|last)\s+(?:(?:Quarter|Q)\s?[1-4],?\s+)?|"
        rf"\b(?:{cue_alternation('deadline_before')})\b(?:\s+the)?(?:\s+(?:end|start|beginning) of)?\s+)$",
        re.I,
    )


@cache
def _same_period_after() -> re.Pattern[str]:
    """The words between a change and the period it is counted from: "up 6% on the same period in 2023/24"."""
    same = cue_alternation("same_period")
    return re.compile(rf"^\s*(?:on|than)\s+(?:the\s+)?same\s+(?:{same})\s+(?:in|of|last)\s+(?:(?:Quarter|Q)\s?[1-4],?\s+)?$", re.I)


@cache
def _change_on_before() -> re.Pattern[str]:
    """A change, its size, then "on" or "upon" and the date it is counted from: "a 9% reduction on 2021/22", "up 5% on 2022",
    "an increase of £4.1 million (12%) on 2022/23"; not "increased to 345 on 31 March" (the date it was reached)."""
    size = r"£?\d[\d,.]*(?:\s?(?:%|m\b|k\b|bn\b|million|billion|percentage\s+points?|pp\b))?"
    change = f"(?:{cue_alternation('change_verbs')}|{cue_alternation('change_nouns')}|up|down|rose|fell)"
    return re.compile(rf"(?:\b{change}(?:\s+(?:of|by))?\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+)?{size}"
                      rf"|{size}\s+{change})(?:\s*\([^()]*\))?\s+(?:up)?on\s+(?:the\s+)?$", re.I)


@cache
def _change_base_after() -> re.Pattern[str]:
    """The words between a figure and the date it is compared with (`claim_cues.json` change_base_after): ", an
    improvement on 2016/17"."""
    return re.compile(rf"^\s*,?\s*(?:{cue_alternation('change_base_after')})$", re.I)


@cache
def _changed_since() -> re.Pattern[str]:
    """After a dated older value, a verb of change and "to" right before the number: "stood at 12% in March,
    then rose to 14%", "was 2.5 years in 2019 and has now fallen to 14 weeks"."""
    return re.compile(rf"^[^;]{{0,45}}?\b(?:and|but|then|,)\s+(?:has\s+|had\s+|have\s+)?(?:then\s+|since\s+|now\s+)?"
                      rf"(?:{cue_alternation('change_verbs')})\s+(?:again\s+)?to\s+(?:an?\s+|just\s+(?:over|under)\s+|over\s+|around\s+|about\s+)?$"
                      # "... to 38.3% of GDP in 2027-28 before stabilising at 38.2%": the date is the level's before
                      rf"|^[^;]{{0,20}}?\bbefore\s+\w+ing\s+(?:\w+\s+){{0,2}}(?:at|to)\s+(?:around\s+|about\s+)?$", re.I)


@cache
def _title_before() -> re.Pattern[str]:
    """A year right after a capitalised name is part of a title, not an as-of date:
    "Children and Families Act 2014", "Mental Health and Wellbeing 2015–2020", "CYPP 2019 – 2022"."""
    return re.compile(rf"\w[\s,]+(?!(?:{cue_alternation('not_title_words')})\b)[A-Z][A-Za-z']*\s+$")


# a figure whose own noun a date names: "the 2018/19 baseline of 11,596", "the 2023/24 outturn was £4.2m"
_DATED_NOUN_BETWEEN = re.compile(r"\s*(?:\(\s*)?(?:baseline|outturn|position|level|figure|total)\s*\)?\s+(?:of|was|is|stood\s+at|at)\s+"
                                 r"(?:about\s+|around\s+|approximately\s+|some\s+)?£?\s?", re.I)
_BENCHMARK_AFTER = re.compile(r"\s+(?:national|regional|england|english|statistical\s+neighbours?'?)\s+(?:average|rate|figure|level)", re.I)


def _bracketed_with_other_figure(sentence: str, f: tuple[int, int, str], offset: int, end: int) -> bool:
    """The date `f` sits in brackets that hold another figure and not the number at offset..end."""
    open_at = sentence.rfind("(", 0, f[0])
    close_at = sentence.find(")", f[1])
    if open_at < 0 or close_at < 0 or ")" in sentence[open_at : f[0]] or open_at <= offset < close_at:
        return False
    if open_at > end and re.search(r"\d%?\s*$", sentence[end:open_at]):
        return True  # "... for England of 41.6 (31st March 2024)": the date of the figure before the bracket
    inside = sentence[open_at + 1 : f[0]] + sentence[f[1] : close_at]
    return re.search(r"\d", inside) is not None


# a calendar quarter named in words with one year: "in the third quarter of 2024" (an economic commentary's; a
# financial quarter carries its year pair, "Quarter 3 2024/25")
_WORDED_QUARTER = re.compile(r"\b(first|second|third|fourth)\s+quarter\s+of\s+((?:19|20)\d\d)\b(?!\s?[/\-–]\s?\d)", re.I)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# a quarter of a financial year written with "to": "Quarter Three 2023 to 2024" (`find_quarters` reads "2023/24")
_QUARTER_YEARS_TO = re.compile(r"\b(?:Q|Quarter\s?)(?:([1-4])|\s(one|two|three|four))(?:\s+of)?\s+((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b", re.I)
_QUARTER_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4}
# a span of financial years: "over the medium term 2025-26 to 2027-28" is the three years 2025-28 (a plan's term; not
# "from 2023-24 to 2025-26", a change's two ends)
_YEARS_SPAN_BETWEEN = re.compile(r"\s*(?:to|-|–)\s*")


def periods(text: str) -> list[tuple[int, int, str]]:
    """Financial years ("2018/19", "in 17/18") and their quarters ("in Q2 2023/24" is as at September 2023,
    `find_quarters`), a quarter in place of the year it names; a span of financial years ("2025-26 to 2027-28")
    as one period ("2025-28"); a calendar quarter in words ("the third quarter of 2024": 2024-09)."""
    quarters = find_quarters(text) + [(m.start(), m.end(), f"{m.group(2)}-{3 * _QUARTER_WORDS[m.group(1).lower()]:02d}")
                                      for m in _WORDED_QUARTER.finditer(text)]
    quarters += [(m.start(), m.end(), quarter_end(int(m.group(3)), int(m.group(1) or _QUARTER_NUMBERS[m.group(2).lower()])))
                 for m in _QUARTER_YEARS_TO.finditer(text) if int(m.group(4)) == int(m.group(3)) + 1]
    found = sorted([f for f in find_periods(text, short_years=True) if not any(qs <= f[0] and f[1] <= qe for qs, qe, _ in quarters)]
                   + quarters)
    out: list[tuple[int, int, str]] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev and re.fullmatch(r"\d{4}-\d\d", prev[2]) and re.fullmatch(r"\d{4}-\d\d", f[2])
                and _YEARS_SPAN_BETWEEN.fullmatch(text[prev[1] : f[0]]) and int(f[2][:4]) >= int(prev[2][:4]) + 2
                and (not re.search(r"\b(?:from|between)\s+$", text[max(0, prev[0] - 10) : prev[0]], re.I)
                     or re.search(r"\b(?:years|period|term)\s+(?:from|between)\s+$", text[max(0, prev[0] - 25) : prev[0]], re.I))):
            # (not a change's two ends, "from 2023-24 to 2025-26", nor one year to the next; but "over the years from
            # 2025-26 to 2034-35" is the ten years of a programme)
            out[-1] = (prev[0], f[1], f"{prev[2][:4]}-{f[2][-2:]}")
            continue
        out.append(f)
    return out


@cache
def _own_quarter() -> re.Pattern[str]:
    """ "in the quarter", "this quarter" (`claim_cues.json` "own_quarter"); not "the quarter to June", "this quarter
    last year"."""
    # ("of" then an amount is the quarter's figure: "a significant budget movement in the quarter of £3.3 million")
    return re.compile(rf"\b(?:{cue_alternation('own_quarter')})(?![\w-]|\s+(?:to|ending|ended|before|earlier|prior|last)\b"
                      r"|\s+of\b(?!\s+(?:£|\d(?!\d{3}\b))))", re.I)


@cache
def _budget_month() -> re.Pattern[str]:
    """ "Month 6", "Period 6", "P8", "at period 6" (`claim_cues.json` "budget_month"), with a financial year right after
    it if one is written ("at Month 6 2023/24", or in brackets: "Month 3 (2024/25)" is June 2024, not the year; claims
    round 73); not a count ("6 months") nor a decimal."""
    return re.compile(rf"\b(?:{cue_alternation('budget_month')})(?P<n>1[0-2]|[1-9])\b(?![.,]\d|\s?%)"
                      r"(?:(?:\s+|,\s*)(?P<b>\()?(?P<y>(?:19|20)\d\d\s?[/-]\s?\d\d(?:\d\d)?)\b(?(b)\)))?", re.I)


@cache
def _budget_month_context() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('budget_month_context')})\b", re.I)


def budget_months(sentence: str, unit: TextUnit | None) -> list[tuple[int, int, str]]:
    """Budget monitoring months and periods numbered from April (`_budget_month`) as (start, end, "YYYY-MM"): "based on
    the Month 6 profiled budget" in a 2024/25 paper is September 2024. The year: the financial year written right
    after it, else the one its sentence names, else the unit's period, else the paper's, else the last such month on
    or before the paper's meeting; none, no date."""
    if not _budget_month_context().search(sentence) and not (unit is not None and unit.header
                                                               and _budget_month_context().search(unit.header)):
        return []
    named = {iso for _, _, iso in periods(sentence) if re.fullmatch(r"\d{4}-\d\d", iso) and _one_year(iso)}
    fallback = next(iter(named)) if len(named) == 1 else None
    for p in (getattr(unit, "period", None), getattr(unit, "doc_period", None)):
        if fallback is None and p and re.fullmatch(r"\d{4}-\d\d", p) and _one_year(p):
            fallback = p
    out = []
    for m in _budget_month().finditer(sentence):
        year = None
        if m.group("y"):
            found = periods(m.group("y"))
            year = found[0][2] if found and _one_year(found[0][2]) else None
        year = year or fallback
        n = int(m.group("n"))
        month = (n + 2) % 12 + 1  # month 1 is April
        if year is None:
            # no year written nor the paper's: the last such month on or before the meeting, as a bare month's
            # ("The Month 9 monitor currently identifies net pressures of £7.501 million" at a Cabinet of 25 February
            # 2020 is December 2019; claims round 70)
            bare_year = year_of_bare_month(month, meeting_date=getattr(unit, "meeting_date", None))
            if bare_year is not None:
                out.append((m.start(), m.end(), f"{bare_year:04d}-{month:02d}"))
            continue
        first = int(year[:4])
        out.append((m.start(), m.end(), f"{first if month >= 4 else first + 1:04d}-{month:02d}"))
    return out


def heading_like(text: str, stops: tuple[str, ...] = (".", ":", ";")) -> bool:
    """One short line that is not a sentence: a title or a heading ("Quarter 3", "Waste Performance 2023/24"), not
    ending on one of `stops` (a minutes item's numbered title may end in a full stop: "9. Village Assets.")."""
    line = text.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= 16 and not line.endswith(stops)


# a quarter named in a heading apart from its year: "Quarter 3 Performance Report 2022/23", "Revenue Budget Monitoring
# 2018/19 - Quarter 2", "Revenue Budget Monitoring - September 2018 (Quarter 2)"
# (or its number in words: "Financial Performance Report 2017/18 - Quarter Three"; claims round 89)
_HEADING_QUARTER_WORD = re.compile(r"\b(?:Q|Quarter\s?)([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b"
                                   r"|\bQuarter\s+(one|two|three|four)\b", re.I)
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                     "one": 1, "two": 2, "three": 3, "four": 4}


def heading_quarter(text: str, meeting_date: str | None = None) -> str | None:
    """The quarter a title or heading line names with its year ("Waste and Recycling Performance: Quarter 1
    2023/24": 2023-06), else None: one short line, not a sentence, naming one quarter. The quarter and its year may
    stand apart in the line, with the one financial year it names ("Quarter 3 Performance Report 2022/23": 2022-12;
    "Revenue Budget Monitoring 2018/19 - Quarter 2": 2018-09), or with the month and year it ends in, the financial
    quarter's last month ("Revenue Budget Monitoring - September 2018 (Quarter 2)": 2018-09; "Quarter 3 - September
    to December 2010": 2010-12). With the paper's `meeting_date`, a budget-monitoring heading's month of a year it does
    not name is the last such month on or before the meeting (`_heading_month`)."""
    line = text.strip()
    if not heading_like(line):
        return None
    quarters = {iso for _, _, iso in find_quarters(line)}
    if quarters:
        return quarters.pop() if len(quarters) == 1 else None
    named = {int(m.group(1)) if m.group(1) else _ORDINAL_QUARTERS[(m.group(2) or m.group(3)).lower()]
             for m in _HEADING_QUARTER_WORD.finditer(line)}
    years = {iso for _, _, iso in find_periods(line, short_years=True)}
    months = {iso[:7] for _, _, iso in find_dates(line) if re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", iso)}
    if not named:
        return _heading_month(line, years, months, meeting_date)
    if len(named) != 1:
        return None
    q = named.pop()
    if len(years) == 1 and _one_year(year := next(iter(years))):
        # (with the month it ends in, the same month: "2018/19 Second Quarter Financial Monitoring Report (to
        # September 2018)": 2018-09)
        end = quarter_end(int(year[:4]), q)
        return end if not months or months == {end} else None
    if len(years) == 1 and not months:
        return None
    if len(months) == 1 and not years:
        month = months.pop()
        return month if int(month[5:7]) == {1: 6, 2: 9, 3: 12, 4: 3}[q] else None
    return None


@cache
def _heading_months() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(a, re.I) for a in claim_cues()["heading_month_periods"]["alternatives"])


def _heading_month(line: str, years: set[str], months: set[str], meeting_date: str | None = None) -> str | None:
    """The month a budget-monitoring heading's month or period of its one financial year ends in ("Month 10
    Financial Monitoring 2023-24": 2024-01; "2017/18 Budget Monitoring Report - P4": 2017-07): period N of the year
    starting in April is its Nth month (`claim_cues.json` "heading_month_periods"). None unless the line names one
    such period, one financial year, no other month (or only that one) and money monitoring. A heading naming no year
    at all ("Month 9 Financial Performance Report", Croydon's decision of 22/03/2023) is at the last such month on or
    before the paper's meeting (2022-12), as a bare month is (`year_of_bare_month`); the tuned gold has no such heading.
    """
    if not re.search(cue_alternation("heading_month_money_words"), line, re.I):
        return None
    ns = {int(m.group("n")) for p in _heading_months() for m in p.finditer(line)}
    if len(ns) == 1 and not years and not months and meeting_date and not _YEAR_TOKEN.search(line):
        month = (next(iter(ns)) + 2) % 12 + 1
        # (a month name printed with it must be that month: "FINANCIAL MONITORING: MONTH 9 (December)")
        if {MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", line) if w.lower() in MONTHS and len(w) > 3} - {month}:
            return None
        year = year_of_bare_month(month, meeting_date=meeting_date)
        return f"{year:04d}-{month:02d}" if year else None
    if len(ns) != 1 or len(years) != 1 or not _one_year(year := next(iter(years))):
        return None
    month = (ns.pop() + 2) % 12 + 1  # period 1 is April, 9 December, 10 January of the year's second calendar year
    iso = f"{int(year[:4]) + (month < 4):04d}-{month:02d}"
    return iso if not months or months == {iso} else None


# a minutes item's heading line: its number, then a short title ("81. Quarterly Performance Report, Q2 2024-2025",
# "57 Year-end Council Plan Monitoring Report 2018/19", "9. Village Assets."), which may open with its year ("50
# 2012/13 Revenue and Capital Outturn, Carry Forwards and Significant Variances - Overview"); not a numbered paragraph
# ("1. Mr Wagner outlined ...") nor a short resolution ("4. RESOLVED that Cabinet note the report.")
@cache
def _item_heading() -> re.Pattern[str]:
    return re.compile(rf"\s*\d{{1,4}}\.?\s+(?:(?:19|20)\d\d(?:\s?[-/]\s?\d\d(?:\d\d)?)?\s+)?"
                      rf"(?!(?:{cue_alternation('resolution_openers')})\b)[A-Z]")


# a stop inside a line, with more after it: the line is a sentence or two, not a title ("1. Mr Wagner said: ...")
_STOP_INSIDE = re.compile(r"[.:;]\s+\S")


# a year or a span of years as written ("2018/19", "2024-2025", "2025-35", "2024"): first year, second part
_YEAR_TOKEN = re.compile(r"\b((?:19|20)\d\d)(?:\s?[-/–]\s?(\d\d(?:\d\d)?))?\b")


def _years_named(line: str) -> set[tuple[str, str]]:
    """The years and spans of years a line names, each by its first year and the last two digits of its second:
    "2024-2025" and "2024-25" are one; "2025-35", a programme's ten years no period `periods` reads, is another."""
    return {(m.group(1), (m.group(2) or "")[-2:]) for m in _YEAR_TOKEN.finditer(line)}


SUM_OR_SHARE = re.compile(r"[£$€]\s?\d|\d\s?%")


@cache
def _file_size_suffix() -> re.Pattern[str]:
    return re.compile(cue_alternation("file_size_suffix"), re.I)


# the day of a decision a decision page prints before its title ("27/07/2021 - Quarterly Performance Monitor - Outturn
# 2020/21 (CAB04_21/22)"): when it was decided, no period of the item
_DECISION_DAY_BEFORE = re.compile(r"\s*\d\d?/\d\d?/(?:19|20)\d\d\s+[-–]\s+(?=\S)")


def _heading_line(text: str) -> str:
    """The first line of `text`, without the linked file's format and size a meeting page ends an item's heading
    with ("126 Quarterly Performance Report - Quarter 2 - July to September 2011 pdf icon PDF 75 KB") and without
    the day of the decision a decision page opens its title's line with ("27/07/2021 - ...")."""
    line = _file_size_suffix().sub("", text.strip().split("\n", 1)[0].strip())
    return _DECISION_DAY_BEFORE.sub("", line, count=1) if _DECISION_DAY_BEFORE.match(line) else line


def item_heading(text: str) -> bool:
    """`text` opens with a minutes item's heading line: a number and a short title that is no sentence, which starts
    a new item (`item_period`)."""
    first = _heading_line(text)
    m = _item_heading().match(first)
    # (a line stating a sum or a share is a numbered paragraph of the item, no title: "1. The savings achieved in year
    # to date total £366k with a further £363k in progress.")
    return (m is not None and heading_like(first, (":", ";")) and not _STOP_INSIDE.search(first, m.end())
            and not SUM_OR_SHARE.search(first))


def meeting_page_item(title: str | None) -> bool:
    """`title` is a meeting page's agenda item line: an item heading (`item_heading`) ending in the linked file's format
    and size ("14 Children and Families Portfolio Budget Monitoring for the Second Quarter 2018-19 PDF 306 KB"), so the
    page is that item's minutes, whatever kind its other words make it (a decision's "To inform the Cabinet Member of
    ..." reads as a report)."""
    first = (title or "").strip().split("\n", 1)[0]
    return bool(first) and _file_size_suffix().search(first) is not None and item_heading(first)


@cache
def _item_part_heading() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{cue_alternation('item_part_headings')})\s*[:.]?\s*", re.I)


def item_part_heading(text: str) -> bool:
    """`text` opens with the heading of a part of one minutes item ("Purpose of report", "Recommendations",
    "Resolved", "Decision:"), which starts no new item: the figures after it are still the item's."""
    return _item_part_heading().fullmatch(text.strip().split("\n", 1)[0]) is not None


def item_period(line: str, meeting_date: str | None = None) -> str | None:
    """The one period a minutes item's heading names, which dates the item's figures that carry no date of their own
    (the lead's decision, stop 36): a quarter as its last month ("Quarterly Performance Report, Q2 2024-2025": 2024-09),
    else one year or financial year ("Year-end Council Plan Monitoring Report 2018/19": 2018-19). A heading naming
    two ("Capital Programme 2025-35 and Revenue Budget 2025-26") dates nothing: which one a figure is of is a guess.
    `meeting_date` gives the year of a budget-monitoring month the heading names without one (`heading_quarter`)."""
    line = _heading_line(line)
    if not heading_like(line) or len(_years_named(line)) > 1:
        return None
    quarter = heading_quarter(line, meeting_date)
    if quarter:
        return quarter
    found = {iso for _, _, iso in periods(line)}
    return found.pop() if len(found) == 1 else None


# "28.3% of people receiving long-term support received a direct payment at the end of Quarter 2": the clause's
# own quarter, later in it (no other figure, date or clause between)
_LATER_QUARTER = re.compile(r"[^\d;:()£%]{0,100}?\b(?:at\s+the\s+end\s+of|during|in)\s+(?:the\s+)?")


# the words from a figure to a month without its year later in its clause that dates it: "630 children who were looked
# after at the end of September"
# (or in brackets: "prevented 213 households from homelessness (as at end of September)")
_MONTH_END_AFTER = re.compile(r"[^\d;:()£%.]{0,80}?(?:\(\s*)?\b(?:at\s+the\s+end\s+of|as\s+(?:at|of)(?:\s+(?:the\s+)?end\s+of)?)\s+(?:the\s+month\s+of\s+)?", re.I)


_FINANCIAL_YEAR = re.compile(r"(?:19|20)\d\d\s?[/-]\s?\d\d(?:\d\d)?")


@cache
def _same_point_before() -> re.Pattern[str]:
    return re.compile(rf"\bsame\s+(?:{cue_alternation('same_period')})\s+(?:in|of)\s+(?:the\s+)?(?:financial\s+year\s+)?$", re.I)


def _same_quarter(quarter: str, year: str) -> str:
    """The paper's quarter ("2024-12", Quarter 3 2024/25) in another financial year ("2023-24"): "2023-12"."""
    y, m = int(quarter[:4]), int(quarter[5:7])
    start = y if m >= 4 else y - 1  # the financial year the paper's quarter falls in
    return f"{y + int(year[:4]) - start:04d}-{m:02d}"


# a period then a figure, repeated: "Persistent absence 2021/22 25.8% 2022/23 24.9% 2023/24 22.3%"
_PERIOD_THEN_FIGURE = r"(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)[ \t]+[-(£]?\d[\d,.]*%?"


def _year_value_pairs(sentence: str, offset: int, end: int, own: list[tuple[int, int, str]]) -> bool:
    """The figure sits in a row of period-figure pairs: the period right before it is its own, and the one right
    after it opens the next pair."""
    first = min(own)
    if sentence[end : first[0]].strip() or not re.match(r"[ \t]+[-(£]?\d", sentence[first[1] :]):
        return False
    return re.search(rf"{_PERIOD_THEN_FIGURE}[ \t]+$", sentence[:offset] + "0 ") is not None and re.search(
        rf"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?[ \t]+$", sentence[:offset]) is not None


# A day and month without a year after words of a position at a date: "Library income to 30 September was £96,000",
# "as at 31st March"; not a day something happened ("On 6 February I cycled ... photographing around 100 potholes")
_DAY_MONTH = re.compile(r"\b(?:as\s+at|as\s+of|at|to|up\s+to|ending|end(?:ed)?)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b(?!,?\s*(?:19|20)\d\d)")


def _bare_day_months(sentence: str, unit: TextUnit) -> list[tuple[int, int, str]]:
    """Days of a month written without the year, dated like a bare month (`dates.year_of_bare_month`: inside
    the unit's period, else the last such month before the meeting): "to 30 September" in a December 2024
    report is 2024-09-30."""
    out = []
    for m in _DAY_MONTH.finditer(sentence):
        month, day = MONTHS[m.group("m").lower()], int(m.group("d"))
        year = year_of_bare_month(month, period=unit.period, meeting_date=unit.meeting_date)
        if year is not None and 1 <= day <= 31:
            out.append((m.start("d"), m.end(), f"{year:04d}-{month:02d}-{day:02d}"))
    return out


_SINCE_CLAUSE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+|[•·\-–]\s*)?Since\b[^,;]*$", re.I)
# a figure alone in brackets right after a date is as of it: "between January 2011 (331) and December 2011 (365)"
_BRACKET_AFTER_DATE = re.compile(r"\s*\(\s*$")
# a figure opening the brackets after a dated figure is as of that date: "2021/22 of 34 (11% of those total tenancies),
# 2022/23 of 104 (25%)" (the 11% is 2021/22's, not the next year's)
_BRACKET_AFTER_DATED_FIGURE = re.compile(r"\s+(?:of|was|were|is|at|stood\s+at)\s+£?\d[\d,]*(?:\.\d+)?\s*%?\s*\(\s*$", re.I)
# The older side of a comparison right before a figure: "..., compared to 484 at the last time of reporting".
_COMPARED_RIGHT_BEFORE = re.compile(r"[,;]?\s*\b(?:compared|in\s+comparison)\s+(?:to|with)\s+(?:an?\s+|the\s+)?$", re.I)
_LAST_REPORT_AFTER = re.compile(r"\s+(?:at|in|on)\s+(?:the\s+)?(?:last|previous|prior)\s+(?:time\s+of\s+)?(?:report(?:ing)?|update|meeting)\b", re.I)
# A change noun (after its figure) over its own span of years: "a 17.6% increase in requests from 2021 to 2022".
_CHANGE_SPAN_AFTER = re.compile(r"\s+(?:increase|rise|growth|decrease|fall|drop|reduction|decline)\b[^,;.()\d]{0,40}?\bfrom\s+"
                                r"(?P<a>(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?)\s+(?:to|and)\s+"
                                r"(?P<b>(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?)\b", re.I)


_PREVIOUS_YEAR_AFTER = re.compile(r"\s+(?:in|during|for|over)\s+the\s+(?:previous|prior|preceding)\s+(?:financial\s+)?year\b", re.I)


def _year_before(iso: str) -> str | None:
    """The year before a year ("2020" -> "2019") or a financial year ("2020-21" -> "2019-20"); None for other periods."""
    if re.fullmatch(r"(?:19|20)\d\d", iso):
        return str(int(iso) - 1)
    if m := re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", iso):
        start = int(m.group(1)) - 1
        return f"{start}-{(start + 1) % 100:02d}" if int(m.group(2)) == (int(m.group(1)) + 1) % 100 else None
    return None


def previous_year_named(sentence: str, offset: int, end: int) -> str | None:
    """A figure right before "in the previous year" is of the year before the last year or financial year the sentence
    names before it ("the outturn for 2020/21 resulted in rent arrears of £1.854m compared to £1.815m in the previous
    year": 2019-20); None when the sentence names none (then "in the previous year" dates nothing)."""
    if not _PREVIOUS_YEAR_AFTER.match(sentence[end:]):
        return None
    before = [f for f in find_dates(sentence[:offset]) + periods(sentence[:offset])]
    return _year_before(max(before, key=lambda f: f[1])[2]) if before else None


# a figure (and up to three words of its) right before "in the previous year": the phrase dates that figure only
_FIGURE_RIGHT_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|days?)?\)?\s*(?:[A-Za-z]+\s+){0,3}$")


def previous_period(sentence: str, offset: int | None = None, end: int | None = None) -> bool:
    """The sentence dates its figures to the year before the paper's (`_previous_period`). Given the figure's span, only
    when the phrase dates that figure: its own ("compared to 4572.4 in the previous year" dates 4572.4), or one over the
    clause it is in ("In the previous year, 40 ..."); not the older value's of a comparison before it ("The Council lost
    4040.5 working days ..., compared to 4572.4 in the previous year (a decrease of 11.6%, 531.9 days)": 4040.5 and
    11.6% are the paper's)."""
    found = list(_previous_period().finditer(sentence))
    if offset is None or end is None:
        return bool(found)
    for m in found:
        if m.start() >= end and not re.search(r"\d", sentence[end : m.start()]):
            return True
        if m.end() <= offset and not _FIGURE_RIGHT_BEFORE.search(sentence[: m.start()]):
            return True
        if m.start() < end and m.end() > offset:
            return True
    return False


@cache
def _previous_period() -> re.Pattern[str]:
    """A figure dated "in the previous year" or "last year's" is of the year before, not of the paper's (the tuned gold
    leaves such figures undated: "Last year's auditor charged £52"); not the base of a change ("up 5% on the previous
    year", "more than the previous year")."""
    prev = cue_alternation("previous_words")
    return re.compile(rf"\b(?:in|during|for|over|throughout)\s+the\s+(?:{prev})\s+(?:financial\s+|calendar\s+|municipal\s+)?year\b"
                      rf"|\b(?:{prev})\s+year['’]s\b|^\W*(?:Last|In\s+the\s+previous)\s+year\s*,", re.I)


def names_own_quarter(sentence: str) -> bool:
    """The sentence dates a figure by the paper's own quarter without naming it ("in the quarter", `_own_quarter`)."""
    return _own_quarter().search(sentence) is not None


def as_of(sentence: str, offset: int, end: int, unit: TextUnit | None, quarter: str | None = None) -> str | None:
    """Date or period the number is as of: right after it, else nearest before it in the sentence. `quarter` is
    the paper's own quarter (`heading_quarter` of its title or a heading): "in the quarter" is as of it."""
    found = [(s, e, iso) for s, e, iso in find_dates(sentence) if not (len(iso) == 4 and not 1990 <= int(iso) <= 2035)]
    if quarter:  # "112 kg in the quarter" in "... Performance: Quarter 1 2023/24"
        found += [(m.start(), m.end(), quarter) for m in _own_quarter().finditer(sentence)]
    found += periods(sentence)
    # "based on the Month 6 profiled budget was £9.956m", "£21.065m at Month 4": a budget monitoring month, before the
    # number or right after it (`budget_months`); the financial year written with it is part of it
    months = budget_months(sentence, unit)
    if months:
        found = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e, _ in months)]
        found += [b for b in months if b[1] <= offset or re.fullmatch(
            r"\s*|\s+(?:in|at|as\s+at|during|for|to|(?:at\s+)?the\s+end\s+of)\s+(?:the\s+)?", sentence[end : b[0]])]
    # (one year's title only: "within the 2025-28 MTFP" names the years it covers)
    found = [f for f in found if not (_PLAN_AFTER.match(sentence[f[1] : f[1] + 40]) and _one_year(f[2]))]
    ranges = find_month_ranges(sentence)  # "From January to September 2024" is 2024, not its last month
    found = [f for f in found if not any(rs <= f[0] and f[1] <= re_ for rs, re_, _ in ranges)] + ranges
    if unit is not None:  # "December performance": the year from the unit's period or the meeting date
        bare = find_bare_months(sentence, period=unit.period, meeting_date=unit.meeting_date) + _bare_day_months(sentence, unit)
        # before the number, or right after it; a later one is a plan ("moving ... in April")
        # (or further on in its clause after "at the end of" or "as at": "There were 630 children who were looked after
        # at the end of September")
        found += [b for b in bare if not any(s <= b[0] < e for s, e, _ in found)
                  and (b[1] <= offset or 0 <= b[0] - end <= 30 or _MONTH_END_AFTER.fullmatch(sentence[end : b[0]]))]
        # "71% in Quarter 2": the quarter of the unit's year, before the number or right after it
        # (of the one financial year the sentence names when the unit has none: "The forecast 2023/24 outturn shows a
        # net overspend of £10.7 million at Quarter 3" is December 2023; claims round 63)
        # (only in a paper that names no quarter or meeting date of its own, and not the older side of a change: "from
        # 108 at the end of 2014/15 to 121 at the end of quarter 2" is not 2014/15's quarter 2)
        years = {p for ps, _e, p in periods(sentence) if re.fullmatch(r"\d{4}-\d\d", p) and _one_year(p)
                 and not re.search(r"\bfrom\b[^.;]{0,40}$", sentence[max(0, ps - 40) : ps], re.I)}
        own_year = unit.period or (next(iter(years)) if len(years) == 1 and quarter is None and not unit.meeting_date else None)
        quarters = find_bare_quarters(sentence, period=own_year, meeting_date=unit.meeting_date)
        found += [b for b in quarters if not any(s <= b[0] < e for s, e, _ in found)
                  and (b[1] <= offset or re.fullmatch(r"\s+(?:in|at|during|for|(?:at\s+)?the\s+end\s+of)\s+(?:the\s+)?", sentence[end : b[0]])
                       or _LATER_QUARTER.fullmatch(sentence[end : b[0]]))]
    found = [f for f in found if not (f[0] < end and offset < f[1])]
    dated = [f for f in found if f[1] <= offset and _BRACKET_AFTER_DATE.fullmatch(sentence[f[1] : offset])]
    if dated and re.match(r"\s*\)", sentence[end : end + 3]):
        return max(dated)[2]
    dated = [f for f in found if f[1] <= offset and _BRACKET_AFTER_DATED_FIGURE.fullmatch(sentence[f[1] : offset])]
    if dated and re.match(r"[^()\d]{0,40}\)", sentence[end : end + 42]):
        return max(dated)[2]
    named = [f for f in found if f[1] <= offset and _DATED_NOUN_BETWEEN.fullmatch(sentence[f[1] : offset])]
    if named:  # "a reduction of 41% against the 2018/19 baseline of 11,596 tCO2e": the baseline is 2018/19's
        return max(named, key=lambda f: f[1])[2]
    if quarter:  # "57.4% at the same point in 2023/24" in a Quarter 3 2024/25 report: Quarter 3 of 2023/24
        found = [(f[0], f[1], _same_quarter(quarter, f[2])) if _same_point_before().search(sentence[max(0, f[0] - 40) : f[0]])
                 and _FINANCIAL_YEAR.fullmatch(sentence[f[0] : f[1]].strip()) else f for f in found]
    # "at 0.04% is still well below the 2022/23 national average for England of 0.11%": the benchmark's date
    found = [f for f in found if not (f[0] >= end and _BENCHMARK_AFTER.match(sentence[f[1] : f[1] + 40]))]
    # "was published on 7th February 2025": when the figure was made known, not what it is as of
    found = [f for f in found if not _published_on_before().search(sentence[max(0, f[0] - 60) : f[0]])]
    # "forecasted to overspend its current 2025/26 budget by £1.9 million based on figures through 30th June 2025": how
    # far the actuals run, when the sentence names the financial year the forecast is for
    cutoff = [f for f in found if _data_cutoff_before().search(sentence[max(0, f[0] - 60) : f[0]])]
    if cutoff and any(_FINANCIAL_YEAR.fullmatch(sentence[f[0] : f[1]].strip()) for f in found if f not in cutoff):
        found = [f for f in found if f not in cutoff]
    # "An update would be provided to the Board at the next meeting in July regarding ... the three Waste Collection
    # Teams": when a later meeting is held, not what the figure is as of
    found = [f for f in found if not _LATER_MEETING_BEFORE.search(sentence[max(0, f[0] - 40) : f[0]])]
    # a period a sum is moved into is where it goes, not what it is as of: "had slipped £37.615m into 2023/2024", "£23.9m
    # net rescheduling of expenditure into 2019/20", "to the Vulnerable Adults Reserve to use on 2020/21 projects"
    # (`claim_cues.json` "destination_period_before"); the period it comes "from" is its own ("the capital spend outturn
    # from 2022/2023 had slipped £37.615m into 2023/2024" is 2022-23), else the item's (claims round 77)
    # (before the sum only with the period it came from: "... from 2022/2023 had slipped £37.615m into 2023/2024, of which
    # £35.294m related to ..." is 2022-23 too)
    # (not a year's budget it is put into: "including £1m back into the 2024-25 budget" is of that budget)
    moved_to = [f for f in found if _destination_before().search(sentence[max(0, f[0] - 40) : f[0]])
                and not re.match(r"\s+(?:[\w-]+\s+)?budgets?\b", sentence[f[1] :], re.I)]
    origin = [f for f in found if moved_to and f[0] < moved_to[0][0]
              and re.search(r"\bfrom\s+(?:the\s+)?$", sentence[max(0, f[0] - 12) : f[0]], re.I)]
    if origin or any(f[0] >= end for f in moved_to):
        found = [f for f in found if f not in moved_to]
        if origin:
            return max(origin)[2]
    # dates of an older value or a deadline, unless the number itself is that older value
    # (a month with its year written short is no title's: "EON Streetlighting Jan17 £78.80", "Westcotec Feb 17")
    found = [f for f in found if not _title_before().search(sentence[max(0, f[0] - 40) : f[0]])
             or re.fullmatch(r"[A-Za-z]{3,9}\.?\s?['’]?\d\d", sentence[f[0] : f[1]])]
    # the base of a change: "a 9% reduction on 2021/22", "up 5% on 2022", "an increase of £4.1m (12%) on 2022/23"
    found = [f for f in found if not _change_on_before().search(sentence[max(0, f[0] - 70) : f[0]])]
    # "by" after a past change is when it was reached ("dropped to 15,000 by 2023"), or after a trajectory when it will
    # be ("a budget gap of £3.4m in 2023/24, rising to £6.1m by 2025/26"), else a deadline ("reduce ... to 120 by March")
    # (also a forecast's path: "reaching 42.4% by 2029-30", "reducing gradually each year thereafter to 44.5% of GDP by
    # 2029-30", "fall in each year to £70.6bn by 2029-30", "settle at around 44% of GDP by 2029-30", and a share in
    # brackets after such a level, "falling back to £70.6bn (2.1%) by 2029-30")
    reached = re.search(r"(?:\b(?:\w+ed|fell|rose|grew|risen|fallen|grown|rising|falling|increasing|decreasing|growing|climbing|"
                        r"reducing|declining|stabilising|stabilizing|falls?|rises?|grows?|settle[sd]?)\s+"
                        r"(?:(?:back|gradually|further|slightly|steadily|thereafter|(?:in\s+)?each\s+year)\s+){0,3}"
                        r"(?:to|at)\s+(?:just\s+|around\s+|about\s+|approximately\s+)?(?:over\s+|under\s+)?"
                        r"|\breach(?:es|ed|ing)?\s+(?:around\s+|about\s+|approximately\s+)?)"
                        r"(?:£?\d[\d,.]*\s?(?:%|bn|m|k|billion|million)?\s*\(\s*)?$", sentence[max(0, offset - 60) : offset])
    # ("by" right before the date: "paid by the Council in 2019/20" names who paid, not a deadline)
    deadline = r"\b(?:until|before|commenc\w*|live)\b" if reached else r"\b(?:until|before|commenc\w*|live)\b|\bby\s+(?:the\s+)?(?:(?:end|start)\s+of\s+(?:the\s+)?)?$"
    # (nor one past "but" or "whereas", another figure's clause: "in August 2023 this figure was 2.3% but August 2024
    # was 51.6%")
    own = [f for f in found if f[0] >= end and f[0] - end <= 30 and not re.search(r"[;]|\b(?:to|from|since|compar\w*|than|against|versus|vs|but|whereas|as\s+(?:many|much|high|large|likely|often)\s+as)\b", _SPAN_FROM.sub("", sentence[end : f[0]])) and not re.search(deadline, sentence[end : f[0]])]
    # nor right after it when it is the base of the change: "up 6% on the same period in 2023/24"
    own = [f for f in own if not _same_period_after().match(sentence[end : f[0]])]
    # nor the base of a comparison after it: "a year to date outturn of 26.7%, an improvement on 2016/17 outturn of 14.7%"
    # (nor, as a later date of its clause, the figure's own period)
    own = [f for f in own if not _change_base_after().search(sentence[end : f[0]])]
    found = [f for f in found if not (f[0] >= end and _change_base_after().search(sentence[end : f[0]]))]
    # nor one opening a clause of another figure after a comma: "for August was down to 1405, in February that figure
    # had been 2,118" (February is 2,118's)
    own = [f for f in own if not (re.fullmatch(r"\s*,\s*(?:in|at|by|for|during)?\s*", sentence[end : f[0]])
                                  and re.match(r"[^,;.]{0,40}?\d", sentence[f[1] : f[1] + 60]))]
    if (change_span := _CHANGE_SPAN_AFTER.match(sentence[end:])) and not any(
            end <= f[0] < end + change_span.start("a") for f in found):
        # "a 17.6% increase in requests from 2021 to 2022": a change over its own span of years is as of the later one
        later_end = [f for f in found if f[0] == end + change_span.start("b")]
        if later_end:
            return later_end[0][2]
    spans = found  # a span's end may sit where an old side's cue dropped it: "5.8% between January and March"
    kept: list[tuple[int, int, str]] = []
    dropped_end = -1
    for f in sorted(found):
        # an older/deadline date, or one joined to it: "commence on 1 April 2018 and 1 June 2018"
        if (_old_side().search(sentence[max(0, f[0] - 40) : f[0]]) and not _reached_by(sentence, f, unit)
                and not _SPAN_FROM.search(sentence[max(0, f[0] - 25) : f[0]])
                and not (f[1] <= offset and _APPLIES_FROM.search(sentence[max(0, f[0] - 30) : f[0]]))
                and not (f[1] <= offset and _WHEN_CLAUSE_BETWEEN.fullmatch(sentence[f[1] : offset]))
                # the older value itself, in brackets after its dated name: "higher than the 2018/19 national average
                # CPP rate (43.7)"
                and not (f[1] <= offset and _DATED_VALUE_BRACKET.fullmatch(sentence[f[1] : offset]))) or (
                dropped_end >= 0 and re.fullmatch(r"\s*(?:,|and|or|&)\s*|\s*\([^()]*", sentence[dropped_end : f[0]])):
            # ... or glossed in brackets after it: "by September 2025 (the start of academic year 2025/26)"
            dropped_end = f[1]
            continue
        kept.append(f)
    # a date in brackets with another figure is that figure's: "34.8% of children (34% in 2023)"
    found = [f for f in kept if not _bracketed_with_other_figure(sentence, f, offset, end)]
    own = [f for f in own if not _bracketed_with_other_figure(sentence, f, offset, end)]
    # "By 31 December 2024 the Council had collected 83.1% of the Council Tax due for 2024/25": the year a charge is
    # due for says what the share is of; the date it was reached by is when
    if any(f[1] <= offset and _reached_by(sentence, f, unit) for f in found):
        own = [f for f in own if not _DUE_FOR_BEFORE.search(sentence[max(0, f[0] - 30) : f[0]])]
    if own and _year_value_pairs(sentence, offset, end, own):
        own = []  # "2022 55% 2023 56% 2024 58%": each figure takes the period printed right before it
    if own:
        first = min(own)
        if span := _span_end(sentence, spans, first):
            return span
        if re.fullmatch(r"\d{4}", first[2]) and re.search(r"\bend\s+of\s+(?:the\s+)?$", sentence[max(0, first[0] - 20) : first[0]], re.I):
            return f"{first[2]}-12"  # "to fall to 4.5% by the end of 2024": as at December
        return first[2]
    # a date before a change "to" this number is the older value's: "2.5 years in 2019 and has now fallen to 14 weeks"
    # (and the dates before that one are older still: "36.0% of GDP in 2023-24 and ... to 38.3% in 2027-28 before
    # stabilising at 38.2%")
    before = [f for f in found if f[1] <= offset]
    # "Since the height of 702 looked after children during September 2020, there has been a reduction of 167": the
    # date of a clause opened by "Since" is where the change after its comma is counted from
    before = [f for f in before if not (_SINCE_CLAUSE.match(sentence[: f[0]]) and "," in sentence[f[1] : offset])]
    last = max(before, key=lambda f: f[1]) if before else None
    if last is not None and _COMPARED_RIGHT_BEFORE.search(sentence[last[1] : offset]):
        # "As at the end of December 2022 there were 493 ..., compared to 484 at the last time of reporting": the date
        # is the newer figure's; the older one has its own time or none
        return None if _previous_period().search(sentence[end:]) or _LAST_REPORT_AFTER.match(sentence[end:]) else last[2]
    if last is not None and not _changed_since().search(sentence[last[1] : offset]):
        return last[2]
    # a later date in the number's own clause, not past "and"/";" ("a 68% increase since 2015/16 and
    # high levels have continued at the start of 2018/19")
    # nor past another figure, whose date it is ("the capital programme of £198m had been reprofiled, with £22m
    # moved into 2024/25")
    # nor one of a clause of time after it ("not renew the two contracts when they come to an end on 31 March 2025")
    # (a figure restating the number in brackets right after it is no other figure: "£70bn per year (a little over 2% of
    # GDP) over the period 2025-26 to 2029-30")
    # (past the sum's own title-case name, whose "and" joins no clause: "£4.700m Adults and Health Pressures and
    # Recovery Reserve – to fund anticipated pandemic rebound pressures in 2021/22")
    named = _OWN_NAME_AFTER_SUM.match(sentence, end) if re.search(r"[£$€]", sentence[offset:end]) else None
    after = named.end() if named else end
    later = [f for f in found if f[0] >= after and (_SHARED_DATE_BETWEEN.fullmatch(sentence[end : f[0]])
                                                    or _RESPECTIVELY_BEFORE.search(sentence[end : f[0]]) or not re.search(
        r";|\band\b(?!\s+(?:in|at|by|for)\b)|£\s?\d|\b\d[\d,.]*\s?(?:%|m\b|k\b)|\b(?:when|once|until|unless|but|however|whereas)\b"
        r"|\b(?:upon|on|than)\s+(?:the\s+)?\d",  # past the base of a change: "a 15% reduction upon the 1517 applications received during 2014/15"
        _RESTATED_BRACKET.sub("", sentence[after : f[0]], count=1)))]
    if later:
        return _span_end(sentence, spans, min(later)) or min(later)[2]
    if _previous_period().search(sentence):
        return None  # "In the previous year, services ... had experienced an overspend of £2.5 million": not the paper's year
    return header_period(unit, quarter)


# a sum's own title-case name right after it, up to a dash, colon or stop ("£4.700m Adults and Health Pressures and
# Recovery Reserve – ..."; as `claim_indicator._OWN_NAME_AFTER`)
_OWN_NAME_AFTER_SUM = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|for)\s+)?)*[A-Z][\w'’-]*(?=\s*(?:[–—:;,.(]|-\s|$))")


def _span_end(sentence: str, found: list[tuple[int, int, str]], first: tuple[int, int, str]) -> str | None:
    """The last month of a span of months that `first` opens, across years: "in the October 2013-September 2014
    cohort" is as at 2014-09, "heard between April 2018 and March 2019" 2019-03 (a span within one year is its year,
    `find_month_ranges`)."""
    between = (re.search(r"\bbetween\s+$", sentence[max(0, first[0] - 12) : first[0]], re.I) is not None
               or re.match(r"between\b", sentence[first[0] :], re.I) is not None)  # a range's span may hold its "between"
    # (between two periods alike, the later: "comparing the outturn between January-December 2012 and January –
    # December 2013" is 2013)
    ends = [f for f in found if f[0] > first[1] and (len(f[2]) >= 7 and len(first[2]) >= 7 or between and len(f[2]) == len(first[2]))
            and re.fullmatch(r"\s*(?:\([^()]{0,20}\))?\s*(?:-|–|—|to|until|and)\s*" if between else r"\s*(?:-|–|—|to|until)\s*",
                             sentence[first[1] : f[0]])]
    return min(ends)[2][:7] if ends else None


def header_period(unit: TextUnit | None, paper_quarter: str | None = None) -> str | None:
    """The period of the heading or list header a figure with no date of its own is under (the unit's `period`),
    a quarter as its last month when the header, or else the paper's title or headings (`paper_quarter`), names one
    quarter of that year: the figures under "Quarter 4 2013/14 - Performance Summary" are as at March 2014 (the
    quarter convention), not of the whole of 2013-14; so are those under a committee's sub-heading in "Quarter 1
    2024/2025 - Performance Exceptions" (2024-06)."""
    if unit is None:
        return None
    period = unit.period
    quarter = heading_quarter(unit.header or "") if period and re.fullmatch(r"\d{4}-\d\d", period) else None
    quarter = quarter or (paper_quarter if period and re.fullmatch(r"\d{4}-\d\d", period) else None)
    if quarter:  # (only a quarter of that financial year, April to March)
        year, month = int(quarter[:4]), int(quarter[5:7])
        if (year, month >= 4) in ((int(period[:4]), True), (int(period[:4]) + 1, False)):
            return quarter
    return period


# the date a rule or rate takes effect, before the figure it dates, is no older value: "the higher business rate
# multiplier applicable from 2026/27 ... affected 35 businesses" (after a figure it stays a start, no as-of: table cells
# "82.2 -75.0" read into "... back in-house with effect from September 2026")
_APPLIES_FROM = re.compile(r"\b(?:applicable|applies|apply|effective|with\s+effect|in\s+force|payable)\s+from\s+(?:the\s+)?$", re.I)
_LATER_MEETING_BEFORE = re.compile(r"\b(?:next|following|future|forthcoming|subsequent)\s+(?:\w+\s+)?meeting\s+(?:in|on|of|at)\s+(?:the\s+)?$"
                                   # the day a meeting was held: "the concurrent decision made in the Council meeting of
                                   # 4th March, 2020 to invest an additional £2m ... in 2020-21"
                                   r"|\bmeeting\s+(?:held\s+)?(?:of|on)\s+(?:the\s+)?$", re.I)
# plans named by the year they were set, which span several years: "a 4.99 per cent council tax increase, as built into
# the 2017/18 Medium Term Financial Strategy" is of no year the title names
_PLAN_AFTER = re.compile(r"\s+(?:Medium[- ]Term\s+Financial\s+(?:Strategy|Plan)|MTFS|MTFP)\b", re.I)


def _in_financial_year(month: str, year: str) -> bool:
    """`month` ("2023-07") falls in the financial year `year` ("2023-24"), April to March."""
    first, m = int(month[:4]), int(month[5:7])
    return int(year[:4]) == (first if m >= 4 else first - 1)


def _one_year(iso: str) -> bool:
    """`iso` is one financial year ("2017-18"), not a span of them ("2025-28")."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", iso)
    return m is not None and (int(m.group(1)) + 1) % 100 == int(m.group(2))


# a span of years named as such: "over the years from 2025-26 to 2034-35" (`periods` reads it as one period, 2025-35)
# the older date's own clause holds the number: "This is in comparison to January 2022, where 198 category 1 potholes
# were reported" (198 is January 2022's)
_DATED_VALUE_BRACKET = re.compile(r"[^\d;.,()]{0,60}\(\s*")
_WHEN_CLAUSE_BETWEEN = re.compile(r"\s*,?\s*(?:where|when)\b[^.;]{0,80}", re.I)
_SPAN_FROM = re.compile(r"\b(?:years|period|term)\s+(?:from|between)\s+$", re.I)
# the bracket right after a figure (and its "per year"), which restates it: "£70bn per year (a little over 2% of GDP)"
_RESTATED_BRACKET = re.compile(r"^(?:\s+(?:per|a|an)\s+(?:year|annum|month|week))?\s*\([^()]*\)")


@cache
def _destination_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_alternation('destination_period_before')})", re.I)


@cache
def _data_cutoff_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('data_cutoff_before')})\s+(?:the\s+)?$", re.I)


@cache
def _published_on_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('publication_verbs')})\s+(?:[\w,]+\s+){{0,6}}?on\s+(?:the\s+)?$", re.I)


# a sentence opening "Up to the end of <date>," (after an opening phrase of its subject: "In respect of Council Tax, ")
@cache
def _up_to_opening() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:{cue_alternation('up_to_opening_subjects')})\s+[^,;.]{{1,60}},\s+)?"
                      r"up\s+to\s+(?:and\s+including\s+)?(?:the\s+end\s+of\s+)?", re.I)


# a sentence opening "By <date>," then saying what had been done by then: the date is when it was reached
_BY_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?By\s+(?:the\s+end\s+of\s+)?", re.I)
# a forecast's subject and verb right after the opening date: "By 2029-30 tax revenue would equate to ..."
_FORECAST_AFTER = re.compile(r",?\s+(?:[\w-]+\s+){1,5}?(?:would|is\s+(?:forecast|projected|expected)\s+to)\s", re.I)


@cache
def _target_after() -> re.Pattern[str]:
    """A measure, then a target's "will", after a sentence's opening date: the level the measure is to reach by then
    ("By 2028 pupil absence rates will have fallen from 7.9% to below 5%"), as the tuned gold dates its targets; not a
    plan's action with no measure ("By March 2027 we will have installed 40 charge points", a deadline)
    (`claim_cues.json` target_measures)."""
    return re.compile(rf"^(?![^.;]*?\b(?:we|I|they)\b[^.;]*?\b(?:will|shall)\b)[^.;]{{0,160}}?(?<!\w)"
                      rf"(?:{cue_alternation('target_measures')})(?!\w)[^.;]{{0,160}}?\b(?:will|shall)\b", re.I)


_DUE_FOR_BEFORE = re.compile(r"\b(?:due|collectable|payable|billed|raised)\s+(?:for|in)\s+(?:the\s+)?$", re.I)
_PERFECT_AFTER = re.compile(r"\b(?:had|has|have)\s+(?:been\s+|now\s+|already\s+)?[a-z]+(?:ed|en|t)\b|\b(?:was|were)\b", re.I)


def _reached_by(sentence: str, f: tuple[int, int, str], unit: TextUnit | None) -> bool:
    """"By 31 October 2025 the Council had collected 62.4%", "By March 2025, 11 measures had been completed", "By 31
    December 2025, 219 households were in temporary accommodation": a date opening the sentence after "By", past at the
    meeting, with a perfect or past tense after it, is what the figures are as of, and so is one a target's "will"
    follows ("By 2028, 65% of employees will ..."); "by March 2026" inside a plan's sentence is a deadline."""
    if _up_to_opening().fullmatch(sentence[: f[0]]) and re.match(r"\s*,", sentence[f[1] :]):
        # "In respect of Council Tax, up to the end of Quarter 3 2022/23, in-year collection ... was up by 1.76%": the
        # period to date a clause opening the sentence gives its figures (past at the meeting), no deadline
        meeting = getattr(unit, "meeting_date", None)
        return meeting is None or f[2][:7] <= meeting[:7]
    if not _BY_OPENING.fullmatch(sentence[: f[0]]):
        return False
    if _FORECAST_AFTER.match(sentence[f[1] :]):
        return True  # "By 2029-30 tax revenue would equate to an historic high of 38% of GDP": the forecast's year
    if _target_after().match(sentence[f[1] :]):
        return True  # "By 2028/29, the proportion of mothers smoking ... will have reduced from 10.2% to no more than 6%"
    if not _PERFECT_AFTER.search(sentence[f[1] :]):
        return False
    meeting = getattr(unit, "meeting_date", None)
    return meeting is None or f[2][:7] <= meeting[:7]


# two counts of one kind joined by "and" before the date they share: "2,148 suspensions and 31 permanent exclusions in
# 2023/24" (the words between the number and the date)
_SHARED_DATE_BETWEEN = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,4}and\s+\d[\d,]*\s+(?:[A-Za-z-]+\s+){1,4}(?:in|during)\s+(?:the\s+)?"
                                  # or a noun phrase of two nouns joined by "and": "8,912 domestic abuse incidents and
                                  # crimes in 2024/25" (not a clause: "... since 2015/16 and high levels have continued")
                                  r"|\s+(?:[A-Za-z-]+\s+){1,4}and\s+[A-Za-z-]+\s+(?:in|during)\s+(?:the\s+)?")
# a date the clause gives its figures "respectively": "£184,749 (saving) for the General Fund and £13,951 HRA
# respectively for 2025/26" dates both
_RESPECTIVELY_BEFORE = re.compile(r"\brespectively\s+(?:for|in|during|at|as\s+at)\s+(?:the\s+)?(?:financial\s+year\s+)?$", re.I)


_AS_AT_BEFORE = re.compile(r"\b(?:as\s+(?:at|of)|at\s+(?:the\s+)?end\s+of|position\s+at)\s+$", re.I)


def caption_period(caption: str | None) -> str | None:
    """The one period or "as at" date a caption or a paper's title line gives ("APPENDIX E - 2025-26
    Proposed Budget by Directorate", "Reserves as at 31 March 2024", "Q3 2024/25": its last month, 2024-12),
    else None. The cells of a table under it that carry no date of their own are as of it; a meeting's date
    ("Cabinet 30 January 2025") and a plan of several years ("2025-29") are not."""
    if not caption:
        return None
    quarters = {iso for _, _, iso in find_quarters(caption)}  # "Performance Report: Quarter 2 2023/24"
    found = {iso for _, _, iso in periods(caption)
             if len(iso) == 4 or (len(iso) == 7 and (int(iso[5:]) - int(iso[2:4])) % 100 == 1) or iso in quarters}
    found |= {iso for s, _, iso in find_dates(caption) if _AS_AT_BEFORE.search(caption[max(0, s - 25) : s])}
    return found.pop() if len(found) == 1 else None


# a sentence that introduces the table printed after it: "The table below sets out ...", "as set out in the following table"
_TABLE_INTRO = re.compile(r"\b(?:(?:table|figures)\s+below|following\s+table)\b", re.I)


def table_intro_period(text: str | None) -> str | None:
    """The one period the sentence introducing the next table names ("The table below sets out the County Council's
    updated net share of business rates for 2025-26 compared to the estimates ..."): the table's cells that its heads and
    row labels do not date are as of it. None when no sentence of `text` introduces a table below, or it names no single
    period (a span of years "2025-29" is not one)."""
    if not text:
        return None
    sentences = re.split(r"(?<=[.!?:])\s+", text.strip().strip("|").strip())
    if sentences and sentences[-1].rstrip().endswith(":"):
        # a lead-in cell or line right over the table: "... for the period 1 June 2024 to 31 January 2025 we note:"
        return _date_span_end(sentences[-1]) or caption_period(sentences[-1])
    for sentence in reversed(sentences):
        if _TABLE_INTRO.search(sentence):
            return caption_period(sentence)
    return None


@cache
def _data_date_sentence() -> re.Pattern[str]:
    return re.compile(cue_alternation("data_date_sentences"), re.I)


@cache
def _minute_report_sentence() -> re.Pattern[str]:
    return re.compile(cue_alternation("minute_report_period_sentences"), re.I)


_QUARTER_ENDED_BEFORE = re.compile(r"\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?(?:the\s+)?$", re.I)


def data_date(text: str, minutes: bool = False) -> str | None:
    found = data_date_at(text, minutes)
    return found[0] if found else None


def data_date_at(text: str, minutes: bool = False) -> tuple[str, int] | None:
    """The one date a sentence of `text` says the figures after it are as at (`claim_cues.json` "data_date_sentences":
    "Some key performance figures for 2015/16 are outlined below", "a list of all open cases was extracted on 31st July
    2014"): a reader dates the later figures that print no date of their own by it, as by a list's lead-in. In
    `minutes`, so does a sentence saying the meeting took a report naming its period ("minute_report_period_sentences":
    "The Committee considered a joint report ... which provided an update on departmental performance at the end of
    quarter 2 of 2017/18")."""
    # (with the offset in `text` where the announcing sentence ends: the figures of later sentences of the same
    # paragraph are dated by it too; claims round 76)
    for sm in re.finditer(r".+?(?:[.!?](?=\s)|$)", text, re.S):
        sentence = sm.group(0).strip()
        minute = not _data_date_sentence().search(sentence)
        if not minute or minutes and _minute_report_sentence().search(sentence):
            # (the day a quarter ended is the quarter's, as at its month: "for the 2nd quarter ended 30th September
            # 2016" is 2016-09; so is the day a minute's report period ends, as a monitoring period's month: "was
            # informed of the financial position as at 31st July 2018 (Period 4)", "for the period 1st April to 30th
            # November 2015" date the item's figures 2018-07 and 2015-11; claims round 73)
            dates = [(s, iso) for s, _e, iso in find_dates(sentence) if not (len(iso) == 4 and not 1990 <= int(iso) <= 2035)]
            found = {iso[:7] if len(iso) == 10 and (minute or _QUARTER_ENDED_BEFORE.search(sentence[:s])) else iso
                     for s, iso in dates}
            # (a monitoring month with its year is the month: "an update on the budget position for Children's
            # Services - Month 3 (2024/25)" dates the item's later figures June 2024, not the year)
            # (only with the year written with it: "Period 4, 2014/15" leaves the tuned gold's year)
            named = periods(sentence)
            budget = [b for b in (budget_months(sentence, None) if minute else [])
                      if any(b[0] <= s and e <= b[1] for s, e, _ in named)]
            years = {iso for s, e, iso in named if not any(bs <= s and e <= be for bs, be, _ in budget)}
            # (a month inside the one financial year also named is the point the year's position is at: "the budget
            # monitoring position for 2023/24 ..., based on activity up to the end of July 2023" is 2023-07)
            months = {iso[:7] for iso in found if len(iso) >= 7}
            if minute:
                years = {y for y in years if not (_one_year(y) and any(_in_financial_year(m, y) for m in months))}
            found |= years | {iso for _s, _e, iso in budget}
            if len(found) == 1:
                return found.pop(), sm.end()
    return None


_SPAN_JOIN = re.compile(r"\s*(?:-|–|—|to|and|until)\s*$", re.I)


def _date_span_end(sentence: str) -> str | None:
    """The month a span of two whole dates ends in ("for the period 1 June 2024 to 31 January 2025": 2025-01), as a
    span of months is its last month ("Between April 2017 and January 2018": 2018-01); None when the sentence has no
    such span or more than one."""
    days = [f for f in find_dates(sentence) if len(f[2]) == 10]
    spans = [b[2][:7] for a, b in zip(days, days[1:]) if _SPAN_JOIN.fullmatch(sentence[a[1] : b[0]])]
    return spans[0] if len(spans) == 1 else None


# a lead-in's last sentence that only opens the list, pointing back at the sentence before ("This includes:"; not "Key
# points included:", which opens a list of its own)
_BACK_LEAD = re.compile(r"\s*(?:(?:this|these|which|it|they)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|"
                        r"(?:is|was|are|were)\s+made\s+up\s+of)|"
                        # a minute's "The following was outlined: -" after the sentences saying what was presented
                        r"the\s+following\s+(?:(?:points|issues|matters)\s+)?(?:was|were)\s+(?:outlined|noted|highlighted|reported))"
                        r"\s*:\s*[-–]?\s*", re.I)


@cache
def _not_lead_in_date_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('lead_in_not_dates')})\s+(?:the\s+(?:end|start)\s+of\s+)?$", re.I)


def _lead_dates(plain: str) -> list[tuple[int, int, str]]:
    """The dates of a lead-in's sentence that may date its list (`lead_in_date`)."""
    spans = periods(plain)
    found = [f for f in find_dates(plain) if not (len(f[2]) == 4 and not 1990 <= int(f[2]) <= 2035)
             and not any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, _ in spans)] + spans
    # how long something has held ("in post since February 2018") or a deadline ("by March 2026") dates no item
    return [f for f in found if not _not_lead_in_date_before().search(plain[max(0, f[0] - 20) : f[0]])]


def lead_in_date(lead: str) -> str | None:
    """The date or period a list's lead-in gives ("Key achievements in 2017-18 include:", "... the following
    uplifts to be applied from April 2025 (consistent with the pay strategy agreed in May 2024):"), for the
    figures of its items: the last one in its last sentence, outside brackets (they gloss the lead-in)."""
    plain = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), lead)
    last = plain[max(0, plain.rfind(".", 0, len(plain.rstrip()) - 1) + 1) :]  # its last sentence
    back = _BACK_LEAD.fullmatch(last) is not None
    if back:
        # a last sentence that only opens the list says of what in the sentence before: "Forecast revenue budget
        # outturn for 2017/18, is £21m overspend (...). This includes:"
        cut = len(plain) - len(last)
        last = plain[max(0, plain.rfind(".", 0, max(0, cut - 2)) + 1) :]
    found = _lead_dates(last)
    if back and re.match(r"\s*(?:it|this|they|these)\s+also\b", last, re.I) and all(
            _old_side().search(last[max(0, f[0] - 40) : f[0]]) for f in found):
        # a sentence that "also" gives what the period was compared with dates no item: "... for Quarter Three 2023 to
        # 2024. It also included a summary of Service performance in comparison to the same period in 2022 to 2023,
        # ... The following was outlined: -": the sentence before it names the list's period
        cut = len(plain) - len(last)
        found = _lead_dates(plain[max(0, plain.rfind(".", 0, max(0, cut - 2)) + 1) : cut])
    # the date nearest the list: "agreed by full Council in May 2024 and the following uplifts to be applied from
    # April 2025:" is April 2025
    if found:
        return max(found)[2]
    return _bracketed_period(lead)


# a lead-in's closing brackets that hold its period alone: "Health visiting mandated checks (Q3 2024/25):"
_BRACKETED_END = re.compile(r"\(\s*([^()]{4,30}?)\s*\)\s*:?\s*$")


def _bracketed_period(lead: str) -> str | None:
    """The period a lead-in gives in brackets at its end, when the brackets hold nothing else ("(Q3 2024/25):",
    "(2023/24):"): a heading's date, not a gloss like "(consistent with the pay strategy agreed in May 2024)"."""
    m = _BRACKETED_END.search(lead)
    if not m:
        return None
    inner = m.group(1)
    found = periods(inner) or find_dates(inner)
    if len(found) != 1 or re.sub(r"[\s,.-]", "", inner[: found[0][0]] + inner[found[0][1] :]):
        return None
    return found[0][2]


_HEADER_LINE = re.compile(r"[ \t]*((?:19|20)\d\d(?:\s?[-–/]\s?(?:\d\d|(?:19|20)\d\d))?)[ \t]*$")
_CELL_LINE = re.compile(r"[ \t]*[-–]?£?(\d[\d,]*(?:\.\d+)?)(.*)$")


class TableColumns:
    """As-of periods of table cells printed under a row of year column headers.

    A PDF table read as text prints its header row as one year or period per line
    ("2025-26", "2026-27", ...) and then its cells, often split over several units;
    the cells of one row share a shape ("0.3FE", "5FE"; "85 Year R", "10 Year R"),
    so the n-th cell of a shape is under the n-th header. Cells beyond the last
    header (a "Post 2032" column) are left alone; a line of prose ends the table.
    Feed the units of a document in order with `read`.
    """

    def __init__(self) -> None:
        self.headers: list[str] = []
        self.seen: dict[str, int] = {}
        self.document: str | None = None

    def read(self, text: str, document_id: str | None = None) -> dict[int, str]:
        """Periods of the cells in `text`, by the offset of their number."""
        if document_id != self.document:
            self.headers, self.seen, self.document = [], {}, document_id
        out: dict[int, str] = {}
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            run = []
            while i + len(run) < len(lines) and (m := _HEADER_LINE.fullmatch(lines[i + len(run)][1])):
                found = find_periods(m.group(1)) or find_dates(m.group(1))
                if not found:
                    break
                run.append(found[0][2])
            if len(run) >= 2:
                self.headers, self.seen = run, {}
                i += len(run)
                continue
            start, line = lines[i]
            i += 1
            m = _CELL_LINE.fullmatch(line)
            if m is None:
                if len(line.split()) > 3:
                    self.headers = []  # prose: the table is over
                continue  # a blank line or a text cell ("temp places")
            if not self.headers:
                continue
            shape = re.sub(r"\d", "", m.group(2)).strip().lower()
            n = self.seen.get(shape, 0)
            self.seen[shape] = n + 1
            if n < len(self.headers):
                out[start + m.start(1)] = self.headers[n]
        return out


_HEAD_PERIOD = re.compile(r"[ \t]*(?:(?:Q|Quarter\s?)[1-4]\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?(?:\d\d|(?:19|20)\d\d))?[ \t]*")
_HEAD_QUARTER = re.compile(r"[ \t]*(?:Q|Quarter\s?)([1-4])[ \t]*", re.I)
# a head of a few cells only: a PDF table's head broken one word a line ("Forecast", "against", "2024-25", "Savings",
# "Target", ...) is no column of periods
_MAX_HEAD_LINES = 6
_NUMBERED_PARAGRAPH = re.compile(r"\s*\d+(?:\.\d+)*\.?\s+\S")


class HeadedRows:
    """As-of periods of a flattened table's rows under a head that names a period, one cell a line.

    A web page or PDF table read as text prints its head one cell a line ("Performance Indicator", "Q4 2021/22",
    "Value", "Target"; or "2014/15", "Q2", "2015/16" with blank lines between, "Q2" over "2015/16" being one head),
    then each row as its label on a line and its cells one a line below it, often one unit each. The n-th cell under
    a label is under the n-th period head (a "Target" column after the period's value takes none). A head of two or
    more years on consecutive lines is `TableColumns`'s, and one of more than a few lines is a PDF head broken one
    word a line, not this; a line of prose (a full stop, a numbered paragraph) ends the table. Feed the units of a
    document in order with `read`.
    """

    def __init__(self) -> None:
        self.document: str | None = None
        self._reset()

    def _reset(self) -> None:
        self.heads: list[str] = []  # the table's period heads, once its first row has begun
        self.building: list[str] = []  # period heads read so far in a head being read
        self.head_lines = 0  # lines of that head
        self.quarter: int | None = None  # a quarter alone on its line, waiting for its year
        self.adjacent_years = False  # two years on consecutive lines: `TableColumns`'s head
        self.last_was_year = False
        self.row = 0

    def read(self, text: str, document_id: str | None = None) -> dict[int, str]:
        if document_id != self.document:
            self.document = document_id
            self._reset()
        out: dict[int, str] = {}
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                self.last_was_year = False
                continue
            if _HEAD_PERIOD.fullmatch(line):
                if self.heads:
                    self._reset()  # a new head: another table
                quarters = find_quarters(stripped)
                found = quarters or find_periods(stripped)
                if not found:
                    self._reset()
                    continue
                iso = found[0][2]
                if self.quarter and not quarters:
                    iso = quarter_end(int(iso[:4]), self.quarter) if re.fullmatch(r"\d{4}-\d\d", iso) else iso
                if self.last_was_year and _HEADER_LINE.fullmatch(line):
                    self.adjacent_years = True
                self.building.append(iso)
                self.head_lines += 1
                self.quarter = None
                self.last_was_year = _HEADER_LINE.fullmatch(line) is not None
                continue
            self.last_was_year = False
            if (m := _HEAD_QUARTER.fullmatch(line)) and not self.heads:
                self.quarter = int(m.group(1))
                self.head_lines += 1
                continue
            cell = _CELL_LINE.fullmatch(line)
            if cell and len(cell.group(2).split()) <= 2:
                if self.heads:
                    if self.row < len(self.heads):
                        out[start + cell.start(1)] = self.heads[self.row]
                    self.row += 1
                elif self.building:
                    self._reset()  # a figure right under the head, with no row label: not this shape of table
                continue
            words = stripped.split()
            prose = stripped.endswith(".") or _NUMBERED_PARAGRAPH.match(line) is not None or len(words) > 30
            if prose:
                self._reset()
                continue
            if self.building and len(words) <= 4 and not re.search(r"\d", stripped) and not self.heads:
                self.head_lines += 1  # another column's head: "Value", "Target", "Performance Indicator"
                continue
            if self.building and not self.heads:
                if (not self.adjacent_years and self.quarter is None and self.head_lines <= _MAX_HEAD_LINES
                        and (len(self.building) >= 2 or self.head_lines >= 2)):
                    self.heads = self.building
                else:
                    self._reset()
                    continue
            if self.heads:
                self.row = 0  # a row's label: its cells follow
        return out


@cache
def _payment_list() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('payment_list_words')})\b", re.I)


# a month written short and alone in a payment row ("Wages and Expenses - Dec 270.46"), with no year after it
# (or in full: "Eon DD April - Street Lights 52.52")
_SHORT_MONTH = re.compile(r"(?-i:\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|ember|ober)?)\b\.?(?!\s*['’]?(?:\d\d|\d{4})\b(?!\.\d))")


def payment_row_date(sentence: str, start: int, end: int, money: list[tuple[int, int]], unit: TextUnit | None,
                     quarter: str | None = None, paragraph: str = "", rows: bool = False) -> tuple[bool, str | None]:
    """(True, the date of its own row) for an amount in a minutes' list of payments run on in one sentence (four
    pound figures or more and a payments word, `claim_cues.json` "payment_list_words"): "EON Streetlighting Jan17
    £78.80" is 2017-01, "J A Taylor Annual Leave Entitlement £40.00" undated, whatever the list's head says ("for
    approval 7.3.17"); the row is the words since the amount before. The payments word may be in the sentence's
    `paragraph` (the parser parts a long list), or the caller may know the figures are payment rows (`rows`: Net, VAT
    and Gross that add up, whose head "Payment of Bills Nett VAT Total" is a paragraph of its own). (False, None) for any
    other figure."""
    if len(money) < 4 or not (rows or _payment_list().search(sentence) or _payment_list().search(paragraph)):
        return False, None
    # (past the row's other cells right before it: "Eon December Streetlights 55.59 2.78 58.37" dates all three)
    ends = sorted(e for s, e in money if e <= start)
    starts = {s for s, e in money}
    row_start = 0
    for e in reversed(ends):
        nxt = min((s for s in starts if s >= e), default=start)
        if sentence[e:nxt].strip():
            row_start = e
            break
    head = re.search(cue_alternation("money_column_heads"), sentence[:start], re.I)
    row_start = max(row_start, head.end() if head else 0)  # the first row opens after the list's "Net VAT Total" head
    row = sentence[row_start:end]
    own = as_of(row, start - row_start, end - row_start, unit, quarter)
    line = sentence[sentence.rfind("\n", 0, start) + 1 : start]
    if own is None and ":" in line:  # "Finance – @ 30th April 2019: Community Account £8319.07 Business Premium Account
        own = lead_in_date(line[: line.rfind(":") + 1])  # £3460.74": the balances' lead-in on their line dates them
    if own is None and (at := _POSITION_AT.search(line)):  # "Financial position @ October 31st 2014 Community Account
        days = [iso for _s, _e, iso in find_dates(line[at.end() :]) if len(iso) == 10]  # Balance £3222.67 Business
        own = days[0] if days else None  # Saver Account (1) £687.55": every balance on the line is as at that day
    short = _SHORT_MONTH.search(row[: start - row_start]) if own is None and unit is not None else None
    if short:  # "Clerks Wages and Expenses - Dec 270.46": a row's month written short, of the year before the meeting
        month = MONTHS[short.group(1).lower()]
        year = year_of_bare_month(month, period=unit.period, meeting_date=unit.meeting_date)
        own = f"{year:04d}-{month:02d}" if year is not None else None
    if own is None and (dated := _ROW_MONTH_YEAR.findall(row[: start - row_start])):
        # "HMRC 101590 PAYE Apr 2017 72.80": the row's month and year (a title's year elsewhere, but a row's own date
        # here); with its day, that day ("CASHBOOK BALANCE 5th June 2018 £40,996.93")
        day, month, year = dated[-1]
        own = f"{int(year):04d}-{MONTHS[month.lower()]:02d}" + (f"-{int(day):02d}" if day else "")
    if (own is None and (dated := _ROW_MONTH_SHORT_YEAR.search(row[: start - row_start]))
            and not re.search(r"\b(?:approv\w*|\d{1,2}(?:st|nd|rd|th)?)\s+$", row[: row.find(dated.group(0))], re.I)):
        # "N Cooper Clerks Salary Jun 17 328.61": the row's month and a two-digit year right before its amount (not an
        # approval's month, "payments as approved May 18 £2,050.02", nor a day's, "Reconciled Balance 5th June 18")
        own = f"20{dated.group(2)}-{MONTHS[dated.group(1).lower()]:02d}"
    return True, own


# (past the row's cells before the amount: "Clerks Wages and Expenses -Feb 19 273.76 0.00 273.76" dates the VAT and
# the total as the net)
_ROW_MONTH_SHORT_YEAR = re.compile(r"(?-i:\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[a-z]{0,6}\.?[ \t]+(\d\d)[ \t]*£?[ \t]*(?:\d[\d,]*\.\d\d[ \t]+£?[ \t]*){0,2}$")
_ROW_MONTH_YEAR = re.compile(r"(?:\b([0-3]?\d)(?:st|nd|rd|th)?\s+)?(?-i:\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))(?:[a-z]{0,6})\.?\s+((?:19|20)\d\d)\b(?![-/.]\d)")


def payments_intro_period(text: str) -> str | None:
    """The one month or period a paragraph introducing a list of payments names ("Cheque Payments for Approval for
    February 2020 - ... noted the following payments that were due."), or the day a short line heading bank balances
    gives ("Balance as per cash book at 11/11/14"), for the rows of amounts printed after it."""
    if _BALANCES_AT.search(text) and len(text.split()) <= 12:
        # "Balance as per cash book at 11/11/14" over "Business Saver £10,100.13": the balances are as at its day
        days = {iso for _s, _e, iso in find_dates(text) if len(iso) == 10}
        return days.pop() if len(days) == 1 else None
    if not _payment_list().search(text):
        return None
    found = {iso for _s, _e, iso in find_dates(text) if len(iso) == 7} | {iso for _s, _e, iso in periods(text)}
    return found.pop() if len(found) == 1 else None


# a short line heading a minutes' bank balances with the day they are at
# a line of balances headed by its day ("Financial position @ October 31st 2014", "Balances as at 30/11/2014")
# (opening its line; not a bank reconciliation's "Bank Balance @20.04.18 ... Reconciled Balance", whose rows run to a later day)
_POSITION_AT = re.compile(r"(?:\bfinancial\s+position|^[ \t]*balances)\b[^.\n£]{0,20}?(?:\bas\s+(?:at|of)\b|@)\s*", re.I)
_BALANCES_AT = re.compile(r"\bbalances?\b[^.\n]{0,40}?(?:\bas\s+at\b|\bat\b|@)\s*\d", re.I)




# a footnote mark glued to the word before a figure ("Full Time Equivalent (FTE) staff* 2,370.3")
_MARK_BEFORE = re.compile(r"\w(?P<mark>\*{1,3})\)?:?\s*$")
_MARKED = re.compile(r"\w\*{1,3}\)?:?[ \t]*[£(+\-]?\d")
# a footnote that says when its figures were taken: "*FTE is as per December 2024 data", "* as at 31 March 2024"
_FOOTNOTE_DATED = re.compile(r"\bas\s+(?:at|of|per)\b|\bdata\b|\bfigures?\b|\bposition\b|\bsnapshot\b", re.I)


def footnotes(text: str, after: str) -> tuple[str, ...]:
    """The footnote lines in `after` (the paper's text after a unit) that open with a mark `text` glues to a word
    before a figure ("staff* 2,370.3"): what `footnote_date` reads. Empty when `text` marks no figure."""
    if not _MARKED.search(text):
        return ()
    return tuple(m.group(0) for m in re.finditer(r"^\*{1,3}(?!\*)[^\n]+", after, re.M))


def footnote_date(text: str, at: int, notes: tuple[str, ...]) -> str | None:
    """The date of the footnote a figure's label marks ("staff* 2,370.3" over "*FTE is as per December 2024 data"
    further down: 2024-12): the first of `notes` opening with the same mark, when it says when its figures were taken
    and names one date; else None."""
    mark = _MARK_BEFORE.search(text[text.rfind("\n", 0, at) + 1 : at])
    if mark is None:
        return None
    stars = mark.group("mark")
    note = next((n[len(stars):] for n in notes if n.startswith(stars) and not n[len(stars):].startswith("*")), None)
    if note is None or not _FOOTNOTE_DATED.search(note):
        return None
    found = find_dates(note) + find_periods(note)
    return found[0][2] if len(found) == 1 else None
