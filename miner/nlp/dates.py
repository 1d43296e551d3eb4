"""Dates, financial-year periods and deadlines as they are written in UK committee papers.

Papers write dates many ways ("8 March 2018", "March 8th, 2018", "08/03/2018",
"October 2020", "the beginning of February 2019", "Q3 2024-25", "2018/19") and
every stage that compares dates (statements, claims, tracking) needs one
normalised form. The outputs are ISO strings at the precision the text gives:

- day:   "2018-03-08"
- month: "2020-10"
- year:  "2019"

A financial-year quarter ("Q2 2023/24", "Quarter 4 2022-23") is as at its last
month ("2023-09", "2023-03"; `find_quarters`), quarters running from April. A
quarter with a single year ("by Q2 2025") is read, for deadlines only, as the
calendar's ("2025-06"; `find_calendar_quarters` says why).

Periods (financial or academic years) normalise to "YYYY-YY": "2018/19",
"2018-2019", "2018 – 19" and "2018-19" all become "2018-19". A span of months
that crosses a year end ("May 2019 – March 2020") becomes the year pair it
covers ("2019-20"); a span inside one calendar year gives that year ("2019").

UK convention: numeric dates are day first ("08/03/2018" is 8 March).
Nothing here raises on odd input; unparseable text gives None.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|/|to)\s*"

# Order matters: longest, most specific forms first.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "8 March 2018", "8th of March, 2018", "Thursday 8 March 2018"
    ("dmy", re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I)),
    # "March 8, 2018", "March 8th 2018"
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    # "08/03/2018", "8.3.18", "22.01.25" (day first)
    ("num", re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b")),
    # "2018-03-08" (already ISO)
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "March 2018", "Sept. 2019", "30th-Jan-2025" handled by dmy-dash below
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I)),
    # "30th-Jan-2025"
    ("dmy_dash", re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I)),
    # "31-Mar-24", "30-Sep-24": a finance table's column head ("31-Mar-24 Balance £m"), its year written short
    ("dmy_dash_short", re.compile(rf"\b{_DAY}-{_MONTH}-(?P<year>\d\d)\b(?!-)", re.I)),
    # "June '24", "(May '24)", "Sept 24", "April 26", "Jan 25-October 25": a month and its year written short, as
    # action plans' timescale cells give them (Kent ICS priorities 2025); without the apostrophe only a capitalised
    # month not followed by a lower-case word other than "to", "and" ... or by another figure ("in March 24 children"
    # counts children)
    ("my_short", re.compile(rf"\b{_MONTH}\s*['’](?P<year>[1-4]\d)\b|\b(?-i:(?=[A-Z])){_MONTH.replace('(?P<month>', '(?P<month2>')}\s+(?P<year2>1\d|[2-4]\d)\b(?![.,:]\d)"
                rf"(?!\s*(?:\d|%|£|(?-i:(?!(?:to|and|or|onwards|for|at|in|the|with)\b)[a-z])))", re.I)),
    # "Jan17", "Feb20": a capitalised month glued to its year written short, as a minutes' payments list dates a row
    # ("EON Streetlighting Jan17 £78.80", "Handyman's Payment & Travel for Feb20")
    ("my_glued", re.compile(rf"\b(?-i:(?=[A-Z]))(?P<month>{_MONTH_NAMES})(?P<year>[12]\d)\b", re.I)),
    # "by mid-2025": the year (the bare year's pattern below does not take a year after a hyphen)
    ("mid_y", re.compile(r"\bmid-(?P<year>(?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)", re.I)),
    # bare year "2019" not part of a period like 2018/19 or 2018-2019, nor the decimals of a rate ("5.2000%", "5.2020%":
    # an interest rate printed to four places)
    ("y", re.compile(r"(?<![\d/\-–])(?<!\d\.)\b(?P<year>(?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)(?!\s?%)")),
]

# Every form above has a digit, and those naming a month have one of these stems (all a month's names start with
# one): `find_dates` skips the searches a text without them would fail.
_DIGIT = re.compile(r"\d")
_MONTH_STEM = re.compile("|".join(sorted({name[:3] for name in MONTHS})), re.I)
_NAMES_MONTH = frozenset(style for style, pattern in _DATE_PATTERNS if _MONTH_NAMES in pattern.pattern)

# After "to" or a spaced dash, two digits before a month are the day of a date, not a year written short:
# "1 April 2024 to 31 March 2025" is no period "2024-31", nor "2024 to 25 March" one of "2024-25" (a tight
# "2024-25 March" still is).
_NOT_A_DAY = rf"(?!\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|[/.]\d)"
_PERIOD_RE = re.compile(
    # (not a share after "to": "from 22.3% in 2015 to 19% 2016" is no period 2015-19)
    rf"\b(?P<y1>(?:19|20)\d\d)(?:(?P<tight>/|-|–|—)|\s*(?:/|-|–|—|to)\s*)(?P<y2>(?:19|20)\d\d|\d\d(?(tight)|{_NOT_A_DAY}))\b"
    r"(?!\s?(?:%|per\s?cent\b|percent\b))",
    re.I,
)
# Two-digit year pairs, "17/18", "16/17" (a financial year written short), only when the
# second year follows the first and a period cue comes before it ("in 17/18", "for
# 2017/18"'s short form; also "academic year", "financial year" or a benchmark's "average": "10.9% (academic
# year 21/22)", "10% (England average 21/22)"): alone, "17/18" could be a score or a reference.
_SHORT_PERIOD_RE = re.compile(
    r"(?:\b(?:in|for|during|from|since|of|to|and|by|at|end of|academic\s+year|financial\s+year|average)\s+|\()"
    r"(?P<y1>[0-4]\d)\s?/\s?(?P<y2>[0-4]\d)\b(?!/)", re.I
)
# The same with a dash ("£0.5m in 26-27"), only for years 2015-2049 and not before a unit or an age
# ("for 16-17 year olds", "in 24-25 weeks"): a dashed pair is more often a range than a slashed one.
_SHORT_DASH_PERIOD_RE = re.compile(
    r"(?:\b(?:in|for|during|from|since|of|to|and|by|at|end of)\s+|\()(?P<y1>1[5-9]|[2-4]\d)\s?[-–]\s?(?P<y2>[1-4]\d)\b"
    r"(?![-–/]|\s*(?:-\s*)?(?:years?|yrs?|year-olds?|months?|weeks?|days?|hours?|minutes?|mins?|%|per\b|percent|am\b|pm\b))",
    re.I,
)
# "the 24/25 revenue budget": a short slashed pair after "the" and before a word of a year's finances names the
# financial year (alone, "the 24/25" could be a score)
_SHORT_THE_PERIOD_RE = re.compile(
    r"\bthe\s+(?P<y1>[1-4]\d)\s?/\s?(?P<y2>[1-4]\d)\s+(?=(?:revenue|capital|budget|financial|outturn|forecast|"
    r"savings|spending|council\s+tax|business\s+plan|accounts?)\b)", re.I
)
_MONTH_SPAN_RE = re.compile(
    rf"\b(?P<m1>{_MONTH_NAMES})\.?,?\s+(?P<y1>(?:19|20)\d\d){_DASH}(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string at the given precision, or None when the parts are not a real date."""
    if not 1900 <= year <= 2099:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(text: str) -> int | None:
    text = text.lower().rstrip(".")
    if text.isdigit():
        return int(text)
    return MONTHS.get(text)


def _year_number(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _from_match(style: str, m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if style == "my_short" and groups.get("month") is None:  # the form without an apostrophe
        groups = {"month": groups["month2"], "year": groups["year2"]}
    year = _year_number(groups["year"])
    month = _month_number(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    if style in ("y", "mid_y"):
        return _iso(year)
    return _iso(year, month, day)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in `text` as (start, end, iso), non-overlapping, most specific form first."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if not text or not _DIGIT.search(text):
        return found
    month_named = _MONTH_STEM.search(text) is not None
    for style, pattern in _DATE_PATTERNS:
        if style in _NAMES_MONTH and not month_named:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _from_match(style, m)
            if iso:
                found.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found)


def parse_date(text: str, *, default_year: int | None = None) -> str | None:
    """The first date in `text` as ISO ("2018-03-08", "2020-10", "2019"), else None.

    `default_year` completes a month with no year ("by October" in a paper
    dated 2020 → "2020-10").
    """
    if not text:
        return None
    dates = find_dates(text)
    if dates:
        return dates[0][2]
    if default_year is not None:
        m = re.search(rf"\b{_MONTH}\b", text, re.I)
        if m:
            return _iso(default_year, _month_number(m.group("month")))
    return None


def _pair(y1: int, y2: int) -> str | None:
    if y2 == y1 + 1 and 1900 <= y1 <= 2098:
        return f"{y1:04d}-{y2 % 100:02d}"
    return None


def normalise_period(text: str) -> str | None:
    """A financial/academic year as "YYYY-YY"; None when `text` names no period.

    "2018/19", "2018-2019", "2018 – 19", "2018 to 2019" → "2018-19".
    "May 2019 – March 2020" → "2019-20" (the years the span covers);
    "April 2019 – June 2019" → "2019". Multi-year plans ("2025-29") stay as
    "2025-29" because they are still one period a promise belongs to.
    """
    if not text:
        return None
    m = _MONTH_SPAN_RE.search(text)
    if m:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 == y2:
            return f"{y1:04d}"
        return _pair(y1, y2) or (f"{y1:04d}-{y2 % 100:02d}" if y1 < y2 <= y1 + 9 else None)
    m = _PERIOD_RE.search(text)
    if m:
        y1 = int(m.group("y1"))
        raw2 = m.group("y2")
        if len(raw2) == 2:
            y2 = (y1 // 100) * 100 + int(raw2)
            if y2 < y1:
                y2 += 100
        else:
            y2 = int(raw2)
        if y1 < y2 <= y1 + 9:
            return f"{y1:04d}-{y2 % 100:02d}"
    return None


# a financial year whose two years are glued together, as minutes typed from a form print it: "the Precept for 201819"
_GLUED_PERIOD_RE = re.compile(r"(?<![\d.,£$/-])\b(?P<y1>(?:19|20)\d\d)(?P<y2>\d\d)\b(?![.,/-]?\d)")


def find_periods(text: str, *, short_years: bool = False) -> list[tuple[int, int, str]]:
    """Every period in `text` as (start, end, "YYYY-YY").

    With `short_years`, also two-digit year pairs after a cue ("in 17/18", "in 26-27" → "2017-18", "2026-27").
    """
    out = []
    for m in _PERIOD_RE.finditer(text or ""):
        period = normalise_period(m.group(0))
        if period:
            out.append((m.start(), m.end(), period))
    for m in _GLUED_PERIOD_RE.finditer(text or ""):  # "Precept 201819": the year's digits printed without "/"
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 == (y1 + 1) % 100 and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), f"{y1:04d}-{y2:02d}"))
    out.sort()
    if short_years:
        for m in [*_SHORT_PERIOD_RE.finditer(text or ""), *_SHORT_DASH_PERIOD_RE.finditer(text or ""),
                  *_SHORT_THE_PERIOD_RE.finditer(text or "")]:
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if y2 == y1 + 1 and not any(s <= m.start("y1") < e for s, e, _ in out):
                out.append((m.start("y1"), m.end("y2"), f"20{y1:02d}-{y2:02d}"))
        out.sort()
    return out


# A quarter of a financial year: "Q2 2023/24", "Quarter 4 2022-23", "quarter 3 (2024/25)", "Q3 of 2024-25",
# "the third quarter of 2023/24", "2023/24 Q2", "Q1 23/24". UK councils number quarters from April, so
# Q1 is April-June. A quarter with a calendar year only ("Q2 2023") is left alone: it may be the calendar's.
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3, "four": 4}
_FY = r"(?P<y1{n}>(?:19|20)?\d\d)\s?(?:/|-|–)\s?(?P<y2{n}>(?:19|20)?\d\d)"
_QUARTER_RE = re.compile(
    r"\b(?:(?:Q|Quarter\s?)(?P<q>[1-4])|Quarter\s+(?P<qw>one|two|three|four)|(?:the\s+)?(?P<qo>first|second|third|fourth)\s+quarter)"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?|\s*\(\s*|\s+)" + _FY.format(n="") + r"\b(?![/-]\d)"
    r"|\b" + _FY.format(n="b") + r"\s*,?\s+(?:Q|Quarter\s?)(?P<qb>[1-4])\b",
    re.I,
)


def quarter_end(year1: int, quarter: int) -> str:
    """The last month of financial quarter `quarter` of the year starting in April `year1` ("YYYY-MM"):
    Q2 2023/24 ends in September 2023, Q4 in March 2024."""
    month = _QUARTER_END[quarter]
    return f"{year1 + (1 if quarter == 4 else 0):04d}-{month:02d}"


def find_quarters(text: str) -> list[tuple[int, int, str]]:
    """Financial-year quarters as (start, end, "YYYY-MM"), the month the quarter ends: a quarter's figures
    are as at its end, so they sort between the months around it and before the year's own "2023-24"
    (31 March 2024), and a deadline "by the end of Q3" (`find_deadline`) reads the same way."""
    out = []
    for m in _QUARTER_RE.finditer(text or ""):
        g = m.groupdict()
        raw1, raw2 = (g["y1"], g["y2"]) if g["y1"] else (g["y1b"], g["y2b"])
        y1, y2 = _year_number(raw1), _year_number(raw2)
        if len(raw1) == 2 and not 15 <= y1 % 100 <= 49:
            continue  # "Q3 98/99": a short year pair is read for 2015-2049 only, as `find_periods` does
        if y2 % 100 != (y1 + 1) % 100:
            continue  # "Q2 2023-2025" or a range, not one financial year
        q = g["q"] or g["qb"] or _QUARTER_ORDINALS.get((g["qw"] or g["qo"] or "").lower())
        out.append((m.start(), m.end(), quarter_end(y1, int(q))))
    return out


# A quarter with one calendar year: "by Q2 2025", "start on site in Q3 2024", "in Quarter 1 of 2026"; not "Q2 2025/26"
# (`find_quarters`) nor a range "Q1 2024-2026".
_CALENDAR_QUARTER_RE = re.compile(
    r"\b(?:Q|Quarter\s?)(?P<q>[1-4])(?:\s*,\s*|\s+of\s+|\s+)(?P<year>(?:19|20)\d\d)\b(?!\s?[/\-–]\s?\d)", re.I
)


def find_calendar_quarters(text: str) -> list[tuple[int, int, str]]:
    """Quarters written with one year ("by Q2 2025") as (start, end, "YYYY-MM"), the month the quarter ends, read
    as quarters of the calendar year: Q2 2025 is April-June 2025, "2025-06".

    Why the calendar's: council papers write a financial quarter with its year pair ("Q2 2025/26",
    `find_quarters`), and capital programmes and Local Plan timetables date milestones by calendar quarter. The
    calendar reading also lies between the two financial readings a single year could mean (Q2 of 2024/25 ends
    September 2024, Q2 of 2025/26 September 2025), so it is never more than a quarter away from either. Used for
    deadlines only: a claim's as-of date keeps to `find_quarters`."""
    return [(m.start(), m.end(), f"{int(m.group('year')):04d}-{3 * int(m.group('q')):02d}")
            for m in _CALENDAR_QUARTER_RE.finditer(text or "")]


def _financial_if_past(quarter: tuple[int, int, str], text: str, meeting_date: str | None) -> tuple[int, int, str]:
    """A calendar quarter that ended before the meeting, in a sentence about the future ("The project will start on
    site in Q3 2024" in a paper of December 2024), was meant as the financial year's quarter (Q3 of 2024/25 ends in
    December 2024): a paper does not promise what is already past."""
    start, end, iso = quarter
    meeting = _year_month(meeting_date)
    if meeting is None or iso >= f"{meeting[0]:04d}-{meeting[1]:02d}" or not _FUTURE.search(text):
        return quarter
    year, q = int(iso[:4]), int(iso[5:7]) // 3
    return start, end, quarter_end(year, q)


# A quarter named without its year after a preposition: "in Quarter 2", "at the end of Q3"; not "the Quarter 3 QPR"
# (a title), "Quarter 3 last year", "Quarter 3, 2023/24" (`find_quarters`), nor an ordinal ("for the second quarter
# in succession" counts quarters).
_BARE_QUARTER_RE = re.compile(
    # ("the" only before a lower-case quarter: "The quarter 2 outturn forecast", not a title's "The Quarter 3 QPR")
    # (two quarters are as at the later: "Performance information in quarter 1 and 2 had shown ...")
    r"(?:\b(?:in|at|during|for|by|end\s+of)\s+|\bthe\s+(?=(?-i:quarter|q)\s?[1-4]))(?P<quarter>(?:Q|Quarters?\s?)(?:[1-4]\s*(?:and|to|&|-|–)\s*(?:Q\s?|Quarter\s?)?)?(?P<q>[1-4]))\b"
    r"(?!\s*,?\s*(?:of\s+)?(?:\(\s*)?(?:(?:19|20)?\d\d\s?[/-]|(?:19|20)\d\d|last\s+year|of\s+(?:last|the\s+previous)|the\s+previous))",
    re.I,
)


def find_bare_quarters(text: str, *, period: str | None = None, meeting_date: str | None = None) -> list[tuple[int, int, str]]:
    """Quarters written without their year, as (start, end, "YYYY-MM") like `find_quarters`: the quarter of the
    unit's financial year, else the last one begun by the meeting (a paper in February 2024 speaks of Quarter 3
    ending December 2023)."""
    out = []
    fy = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", period or "")
    meeting = _year_month(meeting_date)
    for m in _BARE_QUARTER_RE.finditer(text or ""):
        q = int(m.group("q"))
        if fy and int(fy.group(2)) == (int(fy.group(1)) + 1) % 100:
            out.append((m.start("quarter"), m.end("quarter"), quarter_end(int(fy.group(1)), q)))
        elif meeting is not None:
            year, month = meeting
            first = _QUARTER_END[q] - 2  # the quarter's first month
            begun = year if first <= month else year - 1
            out.append((m.start("quarter"), m.end("quarter"), f"{begun:04d}-{_QUARTER_END[q]:02d}"))
    return out


# Months of one year: "From January to September 2024", "April-December 2024", "between May and
# July 2019", "from April to end September 2017". The span starts at "from"/"between" so that the cue is part of the period.
_MONTH_RANGE_RE = re.compile(
    rf"\b(?:(?:from|between)\s+)?(?P<m1>{_MONTH_NAMES})\.?\s*(?:-|–|—|to|and)\s*(?:(?:the\s+)?end\s+(?:of\s+)?)?(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)",
    re.I,
)


# whole financial years from April to March, two or more: "between April 2016 to March 2018" is 2016-18
_FINANCIAL_SPAN_RE = re.compile(
    r"\b(?:(?:from|between)\s+)?April\s+(?P<y1>(?:19|20)\d\d)\s*(?:-|–|—|to|and|until)\s*(?:the\s+end\s+of\s+)?March\s+(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


# a span of whole dates inside one calendar year, read like its months: "Between 1st April 2024 and 30th November 2024"
_DAY_RANGE_RE = re.compile(
    rf"(?:\b(?:from|between)\s+|\(\s*)\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES})\.?(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*(?:-|–|—|to|and|until)\s*"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


def find_month_ranges(text: str) -> list[tuple[int, int, str]]:
    """Spans of months inside one calendar year as (start, end, "YYYY"): "From January to September 2024", "Between
    1st April 2024 and 30th November 2024"; and
    spans of two or more financial years, April to March, as their years ("between April 2016 to March 2018": "2016-18")."""
    out = []
    for m in _MONTH_RANGE_RE.finditer(text or ""):
        if MONTHS[m.group("m1").lower()] < MONTHS[m.group("m2").lower()]:
            out.append((m.start(), m.end(), m.group("y")))
    for m in _DAY_RANGE_RE.finditer(text or ""):
        # (the first date may leave its year to the second: "(1 September – 30 November 2022)")
        if m.group("y1") in (None, m.group("y2")) and MONTHS[m.group("m1").lower()] < MONTHS[m.group("m2").lower()]:
            out.append((m.start(), m.end(), m.group("y2")))
    for m in _FINANCIAL_SPAN_RE.finditer(text or ""):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 >= y1 + 2:  # (one year, "Between April 2016 and March 2017", is as at its last month, as before)
            out.append((m.start(), m.end(), f"{y1}-{y2 % 100:02d}"))
    return sorted(out)


# The end of a school or academic year, or of a school term: "by the end of the 2024/25 school year" is due
# when that year's summer term ends (July 2025), not the financial year 2024-25 (which ends in March); "by the
# end of the spring term 2026" is due at Easter (April), the summer term's end July, the autumn term's December.
_SCHOOL_END_RE = re.compile(
    r"\bend\s+of\s+(?:the\s+)?(?:(?P<y1>(?:19|20)\d\d)\s?[/-]\s?(?P<y2>(?:19|20)?\d\d)\s+(?:school|academic)\s+year"
    r"|(?:school|academic)\s+year\s+(?P<y3>(?:19|20)\d\d)\s?[/-]\s?(?P<y4>(?:19|20)?\d\d)"
    r"|(?P<term>spring|summer|autumn)\s+term\s+(?P<ty>(?:19|20)\d\d))\b",
    re.I,
)
_TERM_END = {"spring": 4, "summer": 7, "autumn": 12}


def find_school_year_ends(text: str) -> list[tuple[int, int, str]]:
    """Ends of school or academic years and of terms as (start, end, "YYYY-MM"), the span from "end of"."""
    out = []
    for m in _SCHOOL_END_RE.finditer(text or ""):
        if m.group("term"):
            out.append((m.start(), m.end(), f"{m.group('ty')}-{_TERM_END[m.group('term').lower()]:02d}"))
            continue
        y1, y2 = int(m.group("y1") or m.group("y3")), m.group("y2") or m.group("y4")
        end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if end == y1 + 1:
            out.append((m.start(), m.end(), f"{end:04d}-07"))
    return out


# A month named without its year: "December performance finalised at 64%", "in May". Full
# names only, capitalised (lower-case "may", "march" are verbs); "May" only after a preposition.
_BARE_MONTH_RE = re.compile(
    r"(?<![\w-])(?<!\d )(?<!\d(?:st|nd|rd|th) )(?<!\d(?:st|nd|rd|th) of )(?<!\d of )(?:(?P<m>January|February|March|April|June|July|August|September|October|November|December)"
    r"|(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\bduring )|(?<=\buntil )|(?<=\bend )|(?<=\bfrom )|(?<=\bto ))(?P<may>May))"
    r"\b(?!\.?,?\s*(?:\d(?![\d.]*\s?%)(?!\d*\.\d\d(?![\d.]))|-\s*\d))"  # not "December 2024", "March 3"; but "December 68% of plans", "HMRC December 62.40" (pounds and pence)
)


def year_of_bare_month(month: int, *, period: str | None = None, meeting_date: str | None = None) -> int | None:
    """The year a month written without one falls in: inside the unit's period, else the last
    such month on or before the meeting (a report in March 2018 speaks of December 2017).

    A financial year "2018-19" runs April to March: "December" is 2018, "January" 2019.
    """
    if period:
        m = re.fullmatch(r"((?:19|20)\d\d)(?:-(\d\d))?", period)
        if m:
            y1 = int(m.group(1))
            if m.group(2) is None:
                return y1
            if int(m.group(2)) == (y1 + 1) % 100:
                return y1 if month >= 4 else y1 + 1
    if meeting_date:
        m = re.match(r"((?:19|20)\d\d)-(\d\d)", meeting_date)
        if m:
            year, meeting_month = int(m.group(1)), int(m.group(2))
            return year if month <= meeting_month else year - 1
    return None


def find_bare_months(text: str, *, period: str | None = None, meeting_date: str | None = None) -> list[tuple[int, int, str]]:
    """Months written without a year, as (start, end, "YYYY-MM"), the year from `year_of_bare_month`.

    Months that are part of a full date, a range or a day-month are left to the other finders;
    callers drop the spans those cover.
    """
    out = []
    for m in _BARE_MONTH_RE.finditer(text or ""):
        name = m.group("m") or m.group("may")
        month = MONTHS[name.lower()]
        year = year_of_bare_month(month, period=period, meeting_date=meeting_date)
        if year is not None:
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return out


# Deadline cues: the date that follows is when something is due.
_DEADLINE_RE = re.compile(
    r"\b(?:by|before|until|no later than|in|from|during|within|due(?: to \w+)?(?: in| by)?|"
    r"go(?:es)? live (?:in|on|from)|starting|start(?:ing)? in|ready (?:by|for)|"
    r"(?:planned|scheduled|set|programmed|timetabled|expected|due|booked) for|"
    r"(?:the )?(?:beginning|start|end|middle|close) of|early|late|mid-?|spring|summer|autumn|winter)"
    r"\s+(?:of\s+)?(?:the\s+)?",
    re.I,
)
# Cues that name when something must be done by, not when it starts or happens: "declared a climate
# emergency in 2019 and has committed to reaching net zero by 2030" is due in 2030.
_FINAL_CUE = re.compile(r"\b(?:by|before|until|no later than|within|ready by|due by)\s+(?:of\s+)?(?:the\s+)?$|\bend\s+of\s+(?:the\s+)?$", re.I)

# A full date after "on" in a clause about the future: "the plan will be presented to Cabinet on 25 March 2025".
# Only a day with its month and year, and only with the future verb in the same clause, since "on <date>" is
# mostly when something happened ("was agreed by Council on 19 February 2025 and will be implemented ...").
_ON_FUTURE_DAY = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|(?:is|are)\s+(?:due|scheduled|planned|expected|programmed|timetabled))\b"
    r"[^.;,:]{0,60}\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?$",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|shall|go(?:es)? live|is to|are to|to be|plans? to|planned|scheduled|aims?|expected|due|intends?|intention)\b", re.I)
# a sentence telling what happened: "I wrote to the Secretary of State in June", "In June the Cabinet agreed ..."
_PAST = re.compile(r"\b(?:was|were|had|did|wrote|met|went|took|made|gave|held|began|saw|came|brought|told|spoke|said|found|led|sent|won|ran|built|bought|paid|spent|sold)\b"
                   r"|\b(?:I|we|they|he|she|it|who|[Cc]abinet|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel|[Mm]embers|[Oo]fficers)\s+(?:\w+ly\s+)?[a-z]{2,}ed\b")
_SEASONS = {"spring": 5, "summer": 8, "autumn": 11}  # the month a season is over by
_QUARTER_END = {1: 6, 2: 9, 3: 12, 4: 3}  # UK local government financial quarters: Q1 April-June ... Q4 January-March
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18,
                 "twenty-four": 24}
_N = r"(?P<{}>\d{{1,2}}|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)"
# Deadlines written relative to the paper's meeting; resolved only when the meeting date is known.
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<fy>(?:in|from|during|by|for)\s+(?:the\s+)?(?:new|next|coming)\s+financial\s+year)"
    r"|(?:by|in|during|before|within|until|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:quarter\s+(?P<qn>[1-4])|q(?P<q>[1-4]))\b(?!\s*(?:of\s+)?(?:19|20)\d\d|\s*\d\d[/-])"
    # "within 12 months", "over the next three years", "in the next six months", "in six months' time", a report
    # "back in 12 months."; not "in 12 months to March" (a past period) nor "waiting over 12 months" (a claim)
    r"|(?P<within>(?:(?:within|in|over)\s+the\s+(?:next|coming)|within)\s+" + _N.format("n") + r"\s+(?P<unit>months?|years?)\b)"
    r"|(?P<inn>in\s+" + _N.format("n2") + r"\s+(?P<unit2>months?|years?)(?:(?:'|’)?\s+time\b|(?=\s*(?:[.;,)]|$))))"
    r"|(?P<thisyear>(?:later|by\s+the\s+end\s+of|before\s+the\s+end\s+of)\s+(?:this|the)(?:\s+calendar)?\s+year\b(?!\s*(?:end|\d))|\bthis\s+year\b(?=\s*[.,;]?\s*$))"
    r"|(?P<newyear>\bin\s+the\s+new\s+year\b)"
    r"|(?P<municipal>(?:by|before|until)\s+the\s+end\s+of\s+(?:the|this)\s+(?:current\s+)?municipal\s+year)"
    r"|(?P<yearend>(?:by|before|until)\s+(?:the\s+)?(?:financial\s+)?year(?:\s+|-)end\b)"
    r"|(?P<nextyear>\b(?:by|in|during)\s+next\s+year\b|\bnext\s+year\b(?=\s*[.,;]?\s*$))"
    r"|(?:(?:in|by|over|during|later\s+in|before|until)\s+(?:the\s+)?(?P<season>spring|summer|autumn)\b(?!\s*(?:of\s+)?(?:19|20)\d\d))"
    r"|(?:\bnext\s+(?P<nextseason>spring|summer|autumn)\b)"
    r"|(?P<fyend>(?:by|before|until)\s+the\s+end\s+of\s+(?:the|this)\s+(?:current\s+)?financial\s+year)"
    r"|(?P<schoolyear>(?:by|before|until)\s+the\s+end\s+of\s+(?:the|this)\s+(?:current\s+)?(?:school|academic)\s+year)"
    r"|(?:(?:by|in|before|until|during)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b(?!\s*,?\s*(?:19|20)?\d\d)))",
    re.I,
)


def find_deadline(text: str, *, default_year: int | None = None, meeting_date: str | None = None) -> tuple[int, int, str] | None:
    """The date a promise is due, from a cue such as "by February 2019" or "in October 2020".

    Returns (start, end, iso) of the date, or None. A date not introduced by a
    cue (a meeting date, "as at 31 March 2018") is not a deadline. A financial
    year after a cue ("by 2019/20") is returned as its period ("2019-20"). A
    date a promise must be met by ("by 2030", "by the end of") is preferred to
    one it happens in ("declared ... in 2019 and committed to net zero by 2030").
    With the paper's `meeting_date` ("2025-01-21"), deadlines written relative
    to it count too: "by the end of March" (the next March), "by the end of Q3"
    (financial quarters; "by Q2 2025", a calendar quarter, needs no meeting
    date), "in the new financial year" ("2025-26"), "within 12
    months", "over the next three years", "later this year", "in the summer",
    "next summer", "by the end of the financial year" (the next March).
    """
    if not text:
        return None
    found: list[tuple[bool, int, int, str]] = []  # (final, start, end, iso)
    for start, end, iso in find_dates(text):
        before = text[max(0, start - 40) : start]
        if _cue_before(before) or (len(iso) == 10 and _ON_FUTURE_DAY.search(text[max(0, start - 80) : start])):
            found.append((bool(_FINAL_CUE.search(before[-30:])), start, end, iso))
    for start, end, iso in find_school_year_ends(text):  # "by the end of the 2024/25 school year": July 2025
        if re.search(r"\b(?:by|before|until|no later than)\s+(?:the\s+)?$", text[max(0, start - 30) : start], re.I):
            found = [f for f in found if not (f[1] < end and start < f[2])] + [(True, start, end, iso)]
    if not found:
        # "by Q3 2024/25", "go live in Quarter 2 of 2025/26": the month the quarter ends. After a bare "in" only
        # in a sentence about the future: "Performance in Q3 2024-25 was below target" is no deadline.
        quarters = find_quarters(text)
        calendar = [q for q in find_calendar_quarters(text) if not any(s < q[1] and q[0] < e for s, e, _ in quarters)]
        quarters += [_financial_if_past(q, text, meeting_date) for q in calendar]
        for start, end, iso in quarters:
            before = text[max(0, start - 40) : start]
            final = bool(_FINAL_CUE.search(before[-30:]))
            if (start, end) in [(s, e) for s, e, _ in calendar] and not final and meeting_date is None:
                continue  # "will be reviewed in Q3 2024": which year's quarter, and whether past, needs the meeting
            if _cue_before(before) and (not re.search(r"\b(?:in|during|from)\s+(?:the\s+)?$", before, re.I) or _FUTURE.search(text)):
                found.append((final, start, end, iso))
    if not found:
        for start, end, period in find_periods(text):
            before = text[max(0, start - 40) : start]
            if _cue_before(before):
                found.append((bool(_FINAL_CUE.search(before[-30:])), start, end, period))
    meeting = _year_month(meeting_date)
    if meeting is not None:
        taken = [(s, e) for _, s, e, _ in found]
        for m in _RELATIVE_RE.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _relative(m, *meeting)
            final = bool(re.match(r"(?:by|within|before|until|end)\b", m.group(0), re.I))
            # "in June", "in the summer" name when, not a due date: only in a sentence about the future
            # ("I wrote to the Secretary of State in June" is no deadline of next June)
            ahead = final or re.search(r"\b(?:next|coming|new)\b", m.group(0), re.I)  # "over the next two years"
            if iso and (ahead or _FUTURE.search(text) or not _PAST.search(text)):
                found.append((final, m.start(), m.end(), iso))
    if not found:
        return None
    finals = [f for f in found if f[0]]
    _, start, end, iso = min(finals or found, key=lambda f: f[1])
    return start, end, iso


def _year_month(meeting_date: str | None) -> tuple[int, int] | None:
    m = re.match(r"((?:19|20)\d\d)-(\d\d)", meeting_date or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _next(month: int, year: int, meeting_month: int) -> int:
    """The year of the first `month` on or after the meeting's month."""
    return year if month >= meeting_month else year + 1


def _add_months(year: int, month: int, n: int) -> str:
    total = year * 12 + month - 1 + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _relative(m: re.Match[str], year: int, month: int) -> str | None:
    g = m.groupdict()
    if g["fy"]:
        y = year + 1 if month >= 4 else year
        return f"{y:04d}-{(y + 1) % 100:02d}"
    if g["q"] or g["qn"]:
        end = _QUARTER_END[int(g["q"] or g["qn"])]
        return f"{_next(end, year, month):04d}-{end:02d}"
    if g["within"] or g["inn"]:
        raw = (g["n"] or g["n2"]).lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        if not n:
            return None
        if (g["unit"] or g["unit2"]).lower().startswith("year"):
            # "over the next three years" ends with a year; "within 2 years" counts from the meeting
            return f"{year + n:04d}" if (g["within"] or "").lower().startswith("over") else _add_months(year, month, 12 * n)
        return _add_months(year, month, n)
    if g["thisyear"]:
        return f"{year:04d}"
    if g["newyear"]:
        return f"{year + 1:04d}" if month >= 9 else None
    if g["municipal"]:
        return f"{_next(5, year, month):04d}-05"  # the municipal year ends at the annual meeting in May
    if g["yearend"]:
        return f"{_next(3, year, month):04d}-03"  # "year end" in a council paper is the financial year's
    if g["nextyear"]:
        return f"{year + 1:04d}"
    if g["fyend"]:
        return f"{_next(3, year, month):04d}-03"
    if g["schoolyear"]:
        return f"{_next(7, year, month):04d}-07"  # the summer term ends in July (`find_school_year_ends`)
    if g["nextseason"]:
        end = _SEASONS[g["nextseason"].lower()]
        return f"{year + 1 if month > end - 3 else year:04d}"
    if g["season"]:
        end = _SEASONS[g["season"].lower()]
        return f"{_next(end, year, month):04d}"
    if g["month"]:
        mo = MONTHS[g["month"].lower()]
        return f"{_next(mo, year, month):04d}-{mo:02d}"
    return None


def _cue_before(before: str) -> bool:
    tail = before[-30:]
    for m in _DEADLINE_RE.finditer(tail):
        if not tail[m.end() :].strip(" ,"):
            return not re.search(r"\bas (?:at|of)\s+$", tail, re.I)
    return False


__all__ = ["parse_date", "find_dates", "find_bare_months", "find_quarters", "find_calendar_quarters", "find_bare_quarters", "quarter_end", "year_of_bare_month", "normalise_period", "find_periods", "find_month_ranges", "find_school_year_ends", "find_deadline", "MONTHS"]
