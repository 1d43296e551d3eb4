"""A figure in a table row read as one line of text: its row label and its column head.

Performance and budget tables reach the text as one line per row, a label and then its cells
("Average re-let time (days) | 42 | 35 | 51", or the same with spaces between the cells). What
a cell measures is its row's label, not the words of the rows above or below it; the column
head above it may give its period ("2023/24 Actual") or mark it a target ("Target"). Cue words
are in `patterns/claim_cues.json` ("row_label_units", "target_labels").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from miner.nlp.claim_cues import cue_alternation
from miner.nlp.claim_relations import cue_kind
from miner.nlp.dates import MONTHS, find_dates, find_month_ranges, find_periods, find_quarters
from miner.nlp.numbers import unit_words
from miner.tabular import MARKDOWN_RULE

# a table cell: a figure ("1,046", "98.6%", "£4.1m", "1.21 million", "(1.6)", "-3.8%", "+5.0%"), an empty mark or a
# RAG rating
_FIGURE_CELL = r"[-+–(]?£?\d[\d,]*(?:\.\d+)?(?:%|[kKmM]|bn|\s(?:million|billion))?\)?|n/?a|N/?A|-|–"
_WORD = re.compile(r"[A-Za-z]{3,}")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")


@cache
def _cell() -> re.Pattern[str]:
    return re.compile(rf"{_FIGURE_CELL}|(?:{cue_alternation('rag_cells')})|(?:{cue_alternation('placeholder_cells')})", re.I)


@cache
def _dated_cell() -> re.Pattern[str]:
    """A "|" cell that gives its own period before its figure ("E-book loans | 2023/24 1.05 million | 2024/25 1.21
    million"): the period is that cell's column head."""
    return re.compile(rf"({_YEAR_CELL.pattern}|Q[1-4]\s+{_YEAR_CELL.pattern})\s+(?:{_FIGURE_CELL})", re.I)


@dataclass(frozen=True)
class Row:
    """The row a figure is a cell of: its label, which cell it is, and the column heads above (or None)."""

    label: str
    index: int
    cells: int
    heads: tuple[str, ...] | None
    line_start: int
    worded: bool = False  # some cells are words or dates ("June 2026", "Complete"), not figures


def _split(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A line read as a row: its label and its cells' offsets in the line, or None. Cells are split at
    "|" when the line has them, else the figures at the line's end (two or more) are its cells."""
    if "|" in line:
        parts, spans, pos = line.split("|"), [], 0
        for part in parts:
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        if len(parts) > 2 and not parts[0].strip():  # a row framed by "|" ("| Label | 60% | 88% |"): no empty label
            parts, spans = parts[1:], spans[1:]
        label = parts[0].strip()
        cells = [(s + len(p) - len(p.lstrip()), s + len(p.rstrip())) for p, (s, _e) in zip(parts[1:], spans[1:]) if p.strip()]
        if not cells or not all(_cell().fullmatch(line[s:e]) or _word_cell(line[s:e]) or _dated_cell().fullmatch(line[s:e])
                                for s, e in cells):
            return None
        # a label of words, or a site code followed by a cell of words ("| HD04 | Market Street | 46.2 | 44.0 |")
        # or a grade's or band's code before cells of figures ("| KS R | £217,528 | £222,449 |", a pay scale)
        if not _WORD.search(label) and not (re.fullmatch(r"[A-Z]{1,4}\s?\d{1,4}[A-Za-z]?", label)
                                            and any(_WORD.search(line[s:e]) for s, e in cells)) and not (
                re.fullmatch(r"[A-Z]{1,3}\s?[A-Z]", label) and all(_cell().fullmatch(line[s:e]) for s, e in cells)):
            return None
        figures = [line[s:e] for s, e in cells if _cell().fullmatch(line[s:e]) or _dated_cell().fullmatch(line[s:e])]
        # a row with word cells needs a figure that is no year: "Indicator | 2023 | 2024 | England 2024" is a head
        if len(figures) < len(cells) and all(_YEAR_CELL.fullmatch(f) for f in figures):
            return None
        if len(figures) >= 2 and len(figures) == len(cells) and all(_YEAR_CELL.fullmatch(line[s:e]) for s, e in cells):
            return None  # "| Site | 2023 | 2024 |": a head of years, not a row of counts
        return label, cells
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    n = 0
    while n < len(tokens) and _cell().fullmatch(line[tokens[-1 - n][0] : tokens[-1 - n][1]]):
        n += 1
    if n < 2 or n == len(tokens):
        return None
    cells = [line[b:e] for b, e in tokens[-n:]]
    if n % 2 == 1 and n >= 5 and all(_YEAR_CELL.fullmatch(c) for c in cells[1::2]):
        n -= 1  # period-figure pairs after a name ending in a number: "Attainment 8 2022 45.9 2023 44.1 2024 44.6"
    if n < len(tokens) and re.fullmatch(r"per", line[tokens[-n - 1][0] : tokens[-n - 1][1]], re.I):
        n -= 1  # a rate's base ends the label: "Missed collections per 100,000 52 38 50"
        if n < 2:
            return None
    label = line[: tokens[-n][0]].strip()
    return (label, tokens[-n:]) if _WORD.search(label) else None


# a cell of words or a date in a "|" row of figures: "June 2026", "Complete", "On track", "Q4 2025/26"
# (or a date written with slashes: "| Millmead | Margate | 31/03/2025 | £222,127.44 |", a contract's end)
# (or a counterparty's or fund's name of up to eight words, with a dash, "&" or a bracketed word in it: "| Money Market
# Funds | Aviva Investors GBP Liquidity Class 3 | 19,994,995 | 5.0132% |", "| Bank of Scotland - Bonds |", an
# investments schedule)
_WORD_CELL = re.compile(r"[A-Za-z][A-Za-z'’+-]*(?:\s+(?:[A-Za-z0-9][\w/'’-]*|[-–&]|\([A-Za-z][\w'’ -]*\))){0,7}"
                        r"|\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})")


def _word_cell(cell: str) -> bool:
    """A short cell of words or a date ("June 2026", "Complete"), not a figure: "|" rows of a project table
    mix them with figures ("Market Hall | 12.4 | 3.1 | June 2026 | Amber")."""
    return _WORD_CELL.fullmatch(cell) is not None


def _single(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A line that is a label of words and one figure at its end ("TP05 Satisfaction that the home is safe 73.5%"),
    not a sentence (no full stop, colon or semicolon in it, no "|"), else None."""
    if "|" in line or re.search(r"[.;:](?:\s|$)", line) or re.match(r"\s*[-•*▪●o]\s", line):
        return None  # a sentence, or a list item ("o Hampshire, 15%": its lead-in names the measure)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    if len(tokens) < 3 or not _cell().fullmatch(line[tokens[-1][0] : tokens[-1][1]]) or _cell().fullmatch(line[tokens[-2][0] : tokens[-2][1]]):
        return None
    if not re.search(r"\d", line[tokens[-1][0] : tokens[-1][1]]):
        return None  # a dash or a RAG word alone is no figure
    label = line[: tokens[-1][0]].strip()
    return (label, tokens[-1:]) if _WORD.search(label) and not label.endswith(",") else None


def _heads(lines: list[str], row: int, cells: int, piped: bool) -> tuple[str, ...] | None:
    """The column heads of the row at lines[row]: the first line above its run of rows, when it has a
    head for each cell (a "|" line split the same way, or one word or period per cell at its end). A "|" table's
    head holds over more rows (an investments schedule lists some 30 bonds under one head) than rows of figures
    read with spaces between them, where a line 15 or more above is likely another table's."""
    reach = 60 if piped else 15
    k = row - 1
    # blank lines, other rows and a markdown table's rule ("|---|---|") sit between a row and its heads
    while k >= 0 and (not lines[k].strip() or MARKDOWN_RULE.fullmatch(lines[k]) or _split(lines[k]) is not None
                      or (piped and subheading_row(lines[k]) is not None)
                      or (not piped and _label_wrap(lines[k]) and not all(_single_head(w) for w in lines[k].split()))) and row - k <= reach:
        k -= 1
    if k < 0 or row - k > reach:
        return None
    head = lines[k]
    if piped:
        parts = _piped_heads(head)
        if len(parts) == cells + 1 and all(_MONEY_UNIT_CELL.fullmatch(p) for p in parts[1:] if p) and k > 0:
            # "| | £'000 | £'000 | £'000 |" under the columns' titles: each head is its title and its unit
            top = _piped_heads(lines[k - 1])
            if len(top) == len(parts):
                parts = [f"{t} {p}".strip() for t, p in zip(top, parts)]
        if (len(parts) == cells + 1 and not parts[-1] and parts[0] and not parts[1:-1].count("")
                and (find_periods(parts[0], short_years=True) or find_dates(parts[0]))):
            # "| January to December 2023 | January to December 2024 | |" over "| Buckinghamshire | 168 | 140 |": a head
            # row printed without its empty corner cell, so its heads stand one column to the left of their cells (the
            # label column heads no period)
            return tuple(parts[:-1])
        return tuple(parts[1:]) if "|" in head and len(parts) == cells + 1 else None
    words = head.split()  # one word a head: each a period, a target or a column word ("Change"), else unaligned
    if len(words) > cells and all(_single_head(w) for w in words[-cells:]) and not _single_head(words[-cells - 1]):
        return tuple(words[-cells:])
    # heads that each open with their period, one a cell ("KPI 2021/22 Outturn 2022/23 Outturn Prov. 2021/22 Target
    # 2022/23 Target 2021/22 England Average 2022/23 England Average"): each head runs to the next period
    opens = [k for k, w in enumerate(words) if k > 0 and _YEAR_CELL.fullmatch(w)]
    if len(opens) == cells and len(opens) < len(words) - len(opens) and opens[-1] < len(words) - 1:
        return tuple(" ".join(words[a:b]) for a, b in zip(opens, opens[1:] + [len(words)]))
    # heads of several words ("Measure 2023/24 Actual Target 2022/23 Actual"): one key word per cell, in order
    # "Q1 2024/25" is one head, and so is "England 2024" (a benchmark's column)
    # "2023/24 Actual" is one head too: a column word after a period qualifies it ("Target Actual RAG": three heads)
    # "Sept 2024" is one head too, a month and its year
    # a quarter with no year ("2023/24 outturn Q1 Q2 Q3 Target") is a head of its own, of the paper's year
    keys = tuple(f"{words[k - 1]} {w}" if (re.fullmatch(r"Q[1-4]", words[k - 1], re.I) and not _bare_quarter(words, k))
                 or _benchmark_word(words[k - 1])
                 or (_YEAR_CELL.fullmatch(w) and words[k - 1].lower().rstrip(".") in MONTHS) else w
                 for k, w in enumerate(words) if k > 0 and (_single_head(w) or _bare_quarter(words, k))
                 and not (_qualifier(w) and find_periods(words[k - 1], short_years=True)))
    if len(keys) == cells:
        return keys
    two = _two_line_heads(lines[k - 1] if k > 0 else "", head, cells)
    if two is None and len(words) == cells and all(_single_head(w) for w in words):
        return tuple(words)  # "Budget Forecast Variance Variance": the label column's head is on the line above
    return two


_MONEY_UNIT_CELL = re.compile(r"\(?£\s?'?(?:m|k|bn|000)?s?\)?", re.I)


def _piped_heads(line: str) -> list[str]:
    """The cells of a "|" head line, its frame dropped ("| Indicator | Target | Q1 2024/25 |")."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) > 2 and not parts[0]:
        parts = parts[1:-1] if not parts[-1] else parts[1:]
    return parts


def _bare_quarter(words: list[str], k: int) -> bool:
    """words[k] is a quarter with no period after it ("Q1 Q2 Q3 Target")."""
    return re.fullmatch(r"Q[1-4]", words[k], re.I) is not None and not (
        k + 1 < len(words) and find_periods(words[k + 1], short_years=True))


def _two_line_heads(top: str, bottom: str, cells: int) -> tuple[str, ...] | None:
    """Column heads printed on two lines, a PDF table's ("Ref Measure 2023/24 Q1 Q2 Target RAG" over "outturn 2024/25
    2024/25 2024/25"; "Application type Q3 Q4 Q1 Q2 Q3 National" over "2023/24 2023/24 2024/25 2024/25 2024/25
    target"): the top line ends in one word a cell, the bottom line's words each qualify the one above them, from
    the first column on (a one-line head, "RAG", is most often the last)."""
    words, under = top.split(), bottom.split()
    if not under or len(under) > cells or len(words) < cells or "|" in top or "|" in bottom:
        return None
    heads = words[-cells:]
    if len(words) > cells and _top_head(words[-cells - 1]):
        return None  # more heads than cells: not aligned
    if not all(_top_head(w) for w in heads) or not all(_single_head(w) for w in under):
        return None
    return tuple(f"{w} {u}" for w, u in zip(heads, under)) + tuple(heads[len(under):])


def column_heads_only(text: str) -> bool:
    """Text that is a table's column heads and little else ("Measure 2023/24 Q1 2024/25 Q2 2024/25 Target"): no
    title of the figures under it."""
    words = text.split()
    heads = sum(1 for w in words if _top_head(w))
    return heads >= 2 and heads * 2 >= len(words)


def _top_head(word: str) -> bool:
    """A word that heads a column on a head's top line: a head word, a quarter ("Q3"), a month or a benchmark."""
    return (_single_head(word) or re.fullmatch(r"Q[1-4]", word, re.I) is not None or _benchmark_word(word)
            or word.lower().rstrip(".") in MONTHS)



def _benchmark_word(word: str) -> bool:
    return cue_kind(word) in ("national", "regional", "statistical_neighbours")


def _single_head(word: str) -> bool:
    return bool(find_periods(word, short_years=True) or _YEAR_CELL.fullmatch(word) or _target_head().match(word)
                or re.fullmatch(rf"(?:{cue_alternation('column_words')})", word, re.I) or _qualifier(word))


def _qualifier(word: str) -> bool:
    return re.fullmatch(rf"(?:{cue_alternation('column_qualifiers')})", word, re.I) is not None


def table_row(text: str, at: int, above: str = "") -> Row | None:
    """The row whose cell the figure at offset `at` of `text` is, or None when its line is no such row. `above` is
    the text of the table's parts before `text` (a PDF table's head may be a unit of its own)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    split = _split(line)
    if split is None and _single(line) is not None:
        # a run of lines each a label and one figure ("TP01 Overall satisfaction 64.2%\nTP02 Satisfaction with
        # repairs 68.9%"): each line is a row, so its figure is named by its own label, not the next line's
        prev_end = line_start - 1
        before = text[text.rfind("\n", 0, max(0, prev_end)) + 1 : max(0, prev_end)] if line_start > 0 else ""
        after = text[line_end + 1 : text.find("\n", line_end + 1) if text.find("\n", line_end + 1) >= 0 else len(text)] if line_end >= 0 else ""
        if _single(before) is not None or _single(after) is not None:
            split = _single(line)
    if split is None:
        return None
    label, cells = split
    index = next((n for n, (s, e) in enumerate(cells) if s <= at - line_start < e), None)
    if index is None:
        return None  # a figure in the label ("All crime per 1,000 population")
    lines = (above.split("\n") if above else []) + text[:line_start].split("\n")[:-1] + [line]
    if "|" not in line and line_end >= 0:
        label += _label_wrap(text[line_end + 1 :])
    dated = [_dated_cell().fullmatch(line[s:e]) for s, e in cells]
    if "|" in line and all(dated):
        # each cell names its own period: those are its heads, not a line above
        return Row(label, index, len(cells), tuple(m.group(1) for m in dated), line_start)
    worded = any(not _cell().fullmatch(line[s:e]) for s, e in cells)
    columns = len(cells)
    if "|" in line:  # an empty cell still takes a column: "| Top up grant | 149,107.7 | 149,107.7 | |" under three heads
        index, columns = _piped_column(line, at - line_start)
    return Row(label, index, columns, _heads(lines, len(lines) - 1, columns, "|" in line), line_start, worded)


def _piped_column(line: str, at: int) -> tuple[int, int]:
    """Which column, after the label, offset `at` of a "|" row is in, and how many columns the row has, its empty
    cells counted: the heads above are aligned by column, not by the cells that hold a figure."""
    parts = line.split("|")
    starts = [0] + [i + 1 for i, ch in enumerate(line) if ch == "|"]
    pairs = list(zip(starts, parts))
    if len(pairs) > 2 and not pairs[0][1].strip():
        pairs = pairs[1:]  # framed by "|": no empty label
    if len(pairs) > 2 and not pairs[-1][1].strip() and line.rstrip().endswith("|"):
        pairs = pairs[:-1]  # the frame's closing "|"
    columns = pairs[1:]
    return next((n for n, (s, part) in enumerate(columns) if s <= at <= s + len(part)), 0), len(columns)


def _label_wrap(after: str) -> str:
    """The rest of a row's label a PDF prints under the row's cells: the next lines, up to two, that carry the label
    on ("2A(1) Permanent admissions to care 14.1 3.1 6.8 Green" then "homes, aged 18-64" and "(per 100,000
    population)"): they open in lower case or with a bracket and are no row of their own."""
    out = ""
    for line in after.split("\n")[:2]:
        if not re.match(r"\s*[a-z(]", line) or _split(line) is not None or _single(line) is not None:
            break
        out += " " + line.strip()
    return out


def _statement_label(label: str) -> bool:
    """A "|" row's first cell that is a sentence, not a name: a logframe's "| Pupil absence rates will have fallen
    from 7.9% in 2021/22 to below 5%. | 2028 | |" states its figures (a name or a band is a few words)."""
    # (a long name is no sentence: "| Overall Family Hub Budget across all 12 Kent Districts | £7.3m |")
    label = label.rstrip(" \t|")
    return ("|" in label and len(_WORD.findall(label)) >= 6
            and re.search(r"\b(?:will|was|were|is|are|has|have|had)\b|\.$", label, re.I) is not None)


def piped_cell(text: str, at: int) -> tuple[int, int] | None:
    """The span of the "|" cell holding the figure at `at`, when that cell has words besides its figures ("| KPI 7:
    % of employees who are satisfied with the total employment offer 56% (+0.1p.p.) |"), else None."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].lstrip()[:1] != "|":
        return None
    start, end = text.rfind("|", line_start, at) + 1, text.find("|", at, line_end)
    if start <= line_start or end < 0 or len(_WORD.findall(text[start:end])) < 3:
        return None
    return start, end


# a statement of what will be: a target, not a level measured
_TARGET_STATEMENT = re.compile(r"\bwill\b|\bto\s+(?:at\s+least|no\s+more\s+than|below|above)\b", re.I)


def statement_row_date(text: str, at: int) -> str | None:
    """The date of a target stated in a "|" row's first cell, from a cell of the row that is only a date: a
    logframe's "| Pupil absence rates will have fallen from 7.9% in 2021/22 to below 5%. | 2028 | |" (its Timescale
    column), or the date the statement opens with ("| By 2028, 65% of employees report ... |"); None for a figure
    outside such a cell or a statement of what is."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    cells = line.split("|")
    if len(cells) < 4 or line.lstrip()[:1] != "|":
        return None
    first_end = line.index("|", line.index("|") + 1)
    if not line_start + line.index("|") < at < line_start + first_end or not _statement_label(line[:first_end]):
        return None
    label = line[line.index("|") + 1 : first_end]
    opening = [iso for s, e, iso in (find_periods(label[:30]) or find_dates(label[:30]))
               if re.fullmatch(r"\W*by\s+", label[:s], re.I)]
    if opening:
        return opening[0]  # "| By 2026-28, life expectancy at birth in Kent will increase by 1.5 years ... |"
    if not _TARGET_STATEMENT.search(label):
        return None
    for cell in cells[2:]:
        cell = cell.strip()
        whole = [iso for s, e, iso in (find_periods(cell) or find_dates(cell)) if s == 0 and e == len(cell)]
        if whole:
            return whole[0]
    return None


def in_row_label(text: str, at: int) -> bool:
    """The figure at `at` is in the label of a table row, before its cells ("Families in B&B over 6 weeks | 7 | 19",
    "FOI requests within 20 working days (%) 88.1% 84.9%"): it names the row (a threshold, a band), no value."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    split = _split(line)
    # a row of a table: cells split at "|" or three or more of them, after words ("57 Sheppey residents ...,
    # with 37 (74%)" is a sentence wrapped at a line's end)
    # (a "|" row's label cell may open with its figure: "| 12 months and within 5 years | 5.49% |", a band)
    if (split is not None and at - line_start < split[1][0][0] and ("|" in line or len(split[1]) >= 3)
            and (_WORD.search(line[: at - line_start]) is not None or "|" in line[: at - line_start])
            and not _statement_label(line[: split[1][0][0]])):
        return True
    # or in the rest of such a label that a PDF prints under the row's cells ("Fly-tips removed within 91.0% 93.4%
    # 94.1%" then "two working days (%)")
    if line_start < 2 or split is not None:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = _split(text[above_start : line_start - 1])
    return (above is not None and "|" not in text[above_start:line_start] and len(above[1]) >= 3
            and bool(_label_wrap(line)))


def staff_column(row: Row) -> bool:
    """The cell's column counts staff ("FTE", "Headcount"): its cells are counts, not in the unit a caption gives the
    table's other cells ("Sickness absence by directorate (days per FTE)")."""
    return bool(row.heads) and re.fullmatch(r"FTE|Headcount", row.heads[row.index].strip(), re.I) is not None


def head_period(row: Row, year: str | None = None) -> str | None:
    """The period the cell's column head names ("2023/24 Actual": 2023-24), if any; a bare quarter ("Q3") is of
    `year`, the paper's financial year, when one is known."""
    if not row.heads:
        return None
    head = row.heads[row.index]
    if year and re.fullmatch(r"Q[1-4]", head.strip(), re.I) and re.fullmatch(r"\d{4}-\d{2}", year):
        head = f"{head.strip()} {year}"
    # ("January to December 2023" is that year, as a span of months in prose is)
    found = (find_quarters(head) or find_month_ranges(head) or find_periods(head, short_years=True)
             or find_dates(head))  # "Q1 2024/25": 2024-06
    return found[0][2] if found else None


def spanning_head_period(text: str, row: Row, above: str = "", year: str | None = None) -> str | None:
    """The period a head line higher in the cell's "|" table names over its column, when the row's own head names none
    ("| Table 3.1 | 2025-26 Provisional | | 2024-25 Final | |" over "| | Kent | England | Kent | England |"): the
    nearest line of the table above the row, no row of figures, with a head for each column and a period in one; a head
    followed by empty cells spans them. A table comparing two years dates each column's cells by its own year."""
    lines = (((above + "\n") if above else "") + text[: row.line_start]).split("\n")[:-1]
    for line in reversed(lines[-60:]):  # a "|" table's head reaches as far as `_heads` reaches for it
        if "|" not in line:
            return None  # the table's top
        cells = tuple(_piped_heads(line)[1:])  # the label column's head dropped
        if len(cells) != row.cells or _split(line) is not None or not any(cells):
            continue
        named = [head_period(replace(row, heads=cells, index=k), year) for k in range(len(cells))]
        if not any(named):
            continue
        spanned = next((k for k in range(row.index, -1, -1) if cells[k]), None)  # the head that spans the cell
        return named[spanned] if spanned is not None else None
    return None


def dated_beside(row: Row) -> bool:
    """The cell's column head names no period but another column's does ("Actual 30/09/2024 | Minimum"): the cell is a
    limit or a floor beside a dated actual, and no date of the row is its own."""
    if not row.heads or row.index >= len(row.heads) or head_period(row):
        return False
    return any(head_period(replace(row, index=k)) for k in range(len(row.heads)) if k != row.index)


@cache
def _target_head() -> re.Pattern[str]:
    return re.compile(rf"^(?:{cue_alternation('target_labels')})\b", re.I)


def _piped_block(text: str, row: Row) -> tuple[list[str], str | None]:
    """The "|" lines of the row's table in `text` (its head, rule and rows, row included, from the top down) and the
    line of prose right above them, if any: the table's caption when a page prints it without a blank line. A row
    read with spaces between its cells is in no "|" table: ([], None)."""
    end = text.find("\n", row.line_start)
    end = len(text) if end < 0 else end
    line = text[row.line_start : end]
    if "|" not in line:
        return [], None
    block: list[str] = [line]
    caption = None
    stop = row.line_start - 1  # walks line by line, so a long paper's many cells cost no copy of all the text above
    while stop >= 0:
        start = text.rfind("\n", 0, stop) + 1
        above = text[start:stop]
        if "|" not in above:
            caption = above.strip() or None
            break
        block.insert(0, above)
        stop = start - 1
    start = end + 1
    while start <= len(text) and end < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        below = text[start:end]
        if "|" not in below:
            break
        block.append(below)
        start = end + 1
    return block, caption


def piped_caption(text: str, row: Row) -> str | None:
    """The line of prose right above the row's "|" table ("First-time entrants are measured as a rate per 100,000 of
    the local 10- to 17-year-old population" over "| Buckinghamshire | 168 | 140 |")."""
    return _piped_block(text, row)[1]


def benchmark_table(text: str, row: Row) -> bool:
    """A row of the row's "|" table is a benchmark's ("| National | 169 | 157 |"): its rows are areas compared on one
    measure, not parts of a whole, so the caption's measure is every row's."""
    for line in _piped_block(text, row)[0]:
        if MARKDOWN_RULE.fullmatch(line):
            continue
        cells = _piped_heads(line)
        if cells and len(cells[0].split()) <= 3 and cue_kind(cells[0]) in ("national", "regional", "statistical_neighbours"):
            return True
    return False


def caption_rate(caption: str | None) -> str | None:
    """The one rate base a caption names for its bare cells ("measured as a rate per 100,000 of the local 10- to
    17-year-old population" -> "per_100000"), else None."""
    if not caption or not re.search(r"\brates?\b", caption, re.I):
        return None
    bases = set(re.findall(r"\bper\s+(100,?000|10,?000|1,?000)\b(?![,\d])", caption))
    return f"per_{bases.pop().replace(',', '')}" if len(bases) == 1 else None


def benchmark_column(row: Row) -> str | None:
    """The benchmark a cell's column head names ("England 2023/24": national, "Stat neighbours": statistical
    neighbours), or None: its cells are that benchmark's values, not the authority's."""
    if not row.heads or is_target_column(row):
        return None
    head = row.heads[row.index].strip()
    kind = cue_kind(re.sub(r"\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|\bQ[1-4]\b", " ", head))
    return kind if kind in ("national", "regional", "statistical_neighbours") else None


def is_target_column(row: Row) -> bool:
    """The cell's column head names a target ("Target", "Target 2023/24")."""
    # (after the period it is of: "2021/22 Target")
    head = re.sub(rf"^{_YEAR_CELL.pattern}\s+", "", row.heads[row.index].strip()) if row.heads else ""
    return bool(row.heads) and _target_head().match(head) is not None


@cache
def _label_unit() -> re.Pattern[str]:
    # a bracket opening with the unit ("(days)", "(average days)", "(days per FTE, rolling 12 months)"), or a label opening with
    # "Average days" ("Average days to process new Housing Benefit claims")
    units = cue_alternation("row_label_units")
    # or a label ending in a bare "%" ("Punctuality (non-frequent) %")
    return re.compile(rf"\((?:average\s+)?(?:(?:working|calendar)\s+)?({units})(?![A-Za-z])[^()]*\)|^\s*average\s+(?:number\s+of\s+)?(?:(?:working|calendar)\s+)?({units})\b"
                      r"|\s(%)\s*$", re.I)


_RATE = re.compile(r"\bper\s+(100,?000|10,?000|1,?000|100)\b(?![,\d])", re.I)


def _claim_unit(word: str) -> str:
    """The claim unit a unit word of a label names: "kg" and "days" are their own, "tCO2e" is tonnes, "sq m" sq_m."""
    u = unit_words()
    flat = re.sub(r"\s+", " ", word)
    mass = {w.lower(): unit for w, unit in u["mass_words"].items()}
    measure = {w.lower().replace(".", ""): unit for w, (unit, _factor) in u["measure_words"].items()}
    return mass.get(flat.lower()) or measure.get(flat.lower().replace(".", "")) or measure.get(flat.lower().replace(" ", "")) or flat.lower()


@cache
def _share_label() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{cue_alternation('share_labels')})\s", re.I)


def label_unit(row: Row) -> str | None:
    """The unit a row's label gives its bare figures: "Average re-let time (days)" -> "days", "All crime per
    1,000 population" -> "per_1000"."""
    m = _label_unit().search(row.label)
    if m:
        return _claim_unit(m.group(1) or m.group(2) or m.group(3))
    if _share_label().match(row.label):
        return "%"  # "| Proportion of net revenue stream | 8.17 | 7.41 |": a ratio printed without its "%"
    # or the cell's column head names the rate: "| Authority | Total Family Hub Sites | Family Hubs per 10,000 0-19 Year Olds |"
    rate = _RATE.search(row.label) or (_RATE.search(row.heads[row.index]) if row.heads else None)
    if rate:
        return f"per_{rate.group(1).replace(',', '')}"
    return head_unit(row)


# a "|" column head ending in its cells' unit: "30-Sep-24 Average Rate %", "Rate of Return (%)", "Value Weighted
# Average Life yrs"
_HEAD_UNIT = re.compile(r"(?:^|\s)\(?(%|days|weeks|months|yrs|years)\)?\s*$", re.I)


@cache
def _period_head() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('period_heads')})\s+(?:yrs|years)\s*$", re.I)


def head_unit(row: Row) -> str | None:
    """The unit the cell's column head ends in, when its row's label names none: a treasury table's "Average Rate %"
    column holds percentages beside "Balance £m" columns of money, and its "Average Life yrs" column years."""
    if not row.heads or row.index >= len(row.heads):
        return None
    m = _HEAD_UNIT.search(row.heads[row.index])
    if m is None or _period_head().search(row.heads[row.index]):
        return None  # "Prior Years" over money: a span of years, not cells in years
    word = m.group(1).lower()
    return "years" if word == "yrs" else word


def caption_unit(caption: str | None) -> str | None:
    """The unit a table's caption names in brackets for all its bare cells: "Table 1: Annual mean NO2 (µg/m3) at
    AQMA monitoring sites, 2020 to 2024" -> "ug_m3" (the rows are only site names)."""
    m = _label_unit().search(caption or "")
    return _claim_unit(m.group(1)) if m and m.group(1) else None


# a label's bracket naming a unit no claim unit measures: "Average bus speed (mph)", "Response time (minutes)"
_LABEL_UNMEASURED = re.compile(r"\(\s*(?:mph|kph|km/h|miles?|km|kilomet(?:re|er)s?|minutes?|mins?|seconds?|secs?|hours?|hrs?)\s*\)", re.I)


def label_unmeasured(row: Row) -> bool:
    """The row's label names a unit that no claim unit measures (speed, distance, minutes): its cells are no claims,
    as "9 miles" and "42 seconds" in prose are not."""
    return _LABEL_UNMEASURED.search(row.label) is not None


# a label's bracket naming the count's scale: "Passenger journeys (millions)", "Visits (000s)"
_LABEL_COUNT_SCALE = re.compile(r"\(\s*(millions?|m|thousands?|000s?|'000s?)\s*\)", re.I)


def label_count_scale(row: Row) -> float | None:
    """What a bare count cell is worth when its row's label names a scale: "Passenger journeys (millions) | 17.3 |
    18.4" -> 1000000 (the cells are 17.3 million journeys), else None."""
    m = _LABEL_COUNT_SCALE.search(row.label)
    if m is None:
        return None
    word = m.group(1).lower().lstrip("'")
    return 1000000.0 if word.startswith("m") else 1000.0


# a label's bracket opening with money and its scale: "Agency staff spend (£m, year to date)", "(£000)", "(£k)", "(£)"
_LABEL_MONEY = re.compile(r"\(\s*£\s?'?(m|k|bn|000|million|thousand)?s?\s*(?:[,;)]|\s)", re.I)


# a label ending in money and its scale: "Total net income from service and commercial investments £m"
_LABEL_MONEY_END = re.compile(r"\s£\s?'?(m|k|bn|000|million|thousand)?s?\s*$", re.I)


# a column head naming money and its scale: "Budget £m", "Forecast (£m)", "Variance £000", "£k"
_HEAD_MONEY = re.compile(r"(?:^|[\s(])£\s?'?(m|k|bn|000|million|thousand)?s?\s*(?:\)|$)", re.I)


def label_money_scale(row: Row) -> float | None:
    """What a bare cell is worth in pounds when its row's label names money: "Agency staff spend (£m, year to date)
    4.1 2.3 3.4" -> 1000000; or, when the label names none, its column head does ("Adult Social Care | 298.4 |
    304.8" under "Directorate | Budget £m | Forecast £m"); None when neither names money."""
    m = _LABEL_MONEY.search(row.label) or _LABEL_MONEY_END.search(row.label)
    if m is None and row.heads:
        m = _HEAD_MONEY.search(row.heads[row.index].strip())
    if m is None:
        return None
    mult = (m.group(1) or "").lower()
    return 1000.0 if mult == "000" else float(unit_words()["money_multipliers"].get(mult, 1))


# a "|" column head naming what its money cells are: "Contract value per Annum", "Estimated Annual Rental Cost"
_MONEY_MEASURE_HEAD = re.compile(r"(?:[A-Za-z]+\s+){0,3}(?:contract\s+value|grant|budget|savings?)\b", re.I)


def head_measure_words(row: Row) -> str | None:
    """The words of the cell's column head, when the head names money ("Budget £m"): what its cells are a level
    of when the row's label is only a name ("Adult Social Care")."""
    if not row.heads or (_HEAD_MONEY.search(row.heads[row.index].strip()) is None
                         and not re.fullmatch(r"(?:Revenue\s+|Net\s+|Gross\s+)?Budget", row.heads[row.index].strip(), re.I)
                         and not _MONEY_MEASURE_HEAD.match(row.heads[row.index].strip())):
        return None  # ("Budget" over a table's cells of money: "Revenue Budget" over "Adult Social Care & Health 586.1")
    return row.heads[row.index]


def row_metric(row: Row) -> str:
    """What a cell measures, in words: its row's label, and its column head when that names money ("Budget £m")
    rather than a period or a benchmark. The parse of a row runs across cells, so never the words it reads there."""
    label = re.sub(r"^\s*(?:[-•*▪●o]\s+|\d+(?:\.\d+)+\.?\s+|\(?[a-z]\)\s+)", "", row.label)  # a list mark or paragraph number
    head = head_measure_words(row)
    return f"{label} ({head.strip()})" if head else label


# a column head or row label naming a rise or a fall: its positive cells moved that way ("| Total | 269,141.2 | 269,183.9 |
# 42.7 |" under "Increase"; "| % increase from 2024-25 | 1.87% | 1.89% |"; "| Reduction | 1.2 |")
_RISE_NAME = re.compile(r"(?:%\s*|percentage\s+|net\s+|total\s+)?(?:increases?|rises?|growth)\b", re.I)
_FALL_NAME = re.compile(r"(?:%\s*|percentage\s+|net\s+|total\s+)?(?:decreases?|reductions?|falls?)\b", re.I)


# a head naming a change, with a period before it or its unit after ("2024-25 Movement £m", "Net change (%)")
_CHANGE_HEAD = re.compile(r"(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s+|Q[1-4]\s+)?(?:net\s+)?(?:Change|Variance|Difference|Movement)"
                          r"(?:\s*\(?(?:£\s?'?(?:m|k|bn|000)?s?|%)\)?)?", re.I)


def change_direction(row: Row, value: float) -> str | None:
    """The direction a cell under a "Change" head gives by its sign ("-3.8%": down), or a cell under an "Increase" head
    or in an "Increase" row by its name, else None."""
    head = row.heads[row.index].strip() if row.heads else ""
    if _CHANGE_HEAD.fullmatch(head):
        return "up" if value > 0 else "down" if value < 0 else None
    for name in (head, re.sub(r"^\s*(?:[-•*▪●o]\s+|\d+(?:\.\d+)+\.?\s+)", "", row.label)):
        rise, fall = _RISE_NAME.match(name), _FALL_NAME.match(name)
        if rise or fall:
            moved = "up" if rise else "down"
            return moved if value > 0 else ({"up": "down", "down": "up"}[moved] if value < 0 else None)
    return None


@cache
def _unmeasured_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_alternation('unmeasured_column_heads')})", re.I)


def unmeasured_column(row: Row) -> bool:
    """The cell's column head names a rank, a page or a unit no claim unit measures ("Rank (out of 290 wards)",
    "Hours Per Week"): its cells are no claims, as "ranked 3rd" and "14 hours" in prose are not."""
    return bool(row.heads) and _unmeasured_head().match(row.heads[row.index].strip()) is not None


_CONTENTS = re.compile(r"\s*(?:table\s+of\s+)?contents(?:\s+(?:pages?|page\s+numbers?))?\s*", re.I)  # "Contents Pages" too


def contents_row(text: str, row: Row, above: str = "", title: str | None = None) -> bool:
    """The row is a line of a table of contents ("| Kent Events | 11 |" under "TABLE OF CONTENTS"): its figure is a
    page number. The table's first line that is no "|" row, above it, or else the unit's title, names the contents."""
    lines = ((above + "\n") if above else "") + text[: row.line_start]
    for line in reversed(lines.split("\n")):
        if not line.strip() or "|" in line:
            continue
        return _CONTENTS.fullmatch(line) is not None
    return title is not None and _CONTENTS.fullmatch(title) is not None


def first_row_label(text: str, row: Row) -> str | None:
    """The label of the first row of the "|" table the row is in, when that row is not this one: a money table that
    opens on its whole ("| Overall Family Hub Budget across all 12 Kent Districts | £7.3m | 100% |") and then lists its
    parts by district names what the parts' money is."""
    lines = text[: row.line_start].split("\n")[:-1]
    label = None
    for line in reversed(lines):
        if "|" not in line:
            break
        split = _split(line)
        if split is None:
            return None  # a head line: the table's heads, not a first row, say what its cells are
        label = split[0]
    return label


def subheading_row(line: str) -> str | None:
    """The label of a "|" line that heads a block of rows and holds no cells ("| National Living/Minimum Wage | | | |"
    between "| Rate | 13.8% |" and "| Aged 25 and over | £8.21 |"), else None: it names what the rows under it
    measure, and is no line of column heads."""
    parts = _piped_heads(line)
    if len(parts) < 3 or not _WORD.search(parts[0]) or any(p for p in parts[1:]):
        return None
    return parts[0]


def subheading_label(text: str, row: Row) -> str | None:
    """The label of the sub-heading row over the block of "|" rows the row is in, else None."""
    for line in reversed(text[: row.line_start].split("\n")[:-1]):
        if "|" not in line:
            return None
        label = subheading_row(line)
        if label is not None:
            return label
        if _split(line) is None:
            return None  # the table's head line: no sub-heading above the row
    return None


def piped_head_line(text: str, at: int) -> bool:
    """The figure at `at` is in the head line of a "|" table: the table's first "|" line, every cell of it words
    ("| | 31-Mar-24 Balance £m | 30-Sep-24 6 months return Income % |"), over a row of figures. Its numbers date or
    name the columns ("6 months return"); they measure nothing."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if line.count("|") < 2 or _split(line) is not None:
        return False
    cells = [c.strip() for c in _piped_heads(line) if c.strip()]
    if len(cells) < 2 or not all(_WORD.search(c) for c in cells):
        return False
    before = [ln for ln in text[:line_start].split("\n") if ln.strip()]
    if before and "|" in before[-1]:
        return False  # not the table's first line
    after = [ln for ln in text[line_end:].split("\n") if ln.strip()][:1]
    return bool(after) and "|" in after[0] and _split(after[0]) is not None


@cache
def _term_end_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_alternation('term_end_heads')})", re.I)


def term_end_blanked(text: str) -> str:
    """`text` with the cells of "|" table columns headed by when each row ends ("End", "Maturity") blanked, same
    length: a deposit's or bond's end date is no period of the table's figures, so a schedule of investments whose
    only dates are those still takes the paper's "as at" date."""
    out, blank = [], set()
    for line in text.split("\n"):
        if line.count("|") >= 2:
            starts = [i for i, ch in enumerate(line) if ch == "|"]
            cells = [(a + 1, b) for a, b in zip(starts, starts[1:])]
            words = [line[a:b].strip() for a, b in cells]
            if words and all(not re.search(r"\d", w) for w in words) and any(words):  # a head row
                blank = {n for n, w in enumerate(words) if _term_end_head().fullmatch(w)}
            elif blank:
                chars = list(line)
                for n in blank:
                    if n < len(cells):
                        a, b = cells[n]
                        chars[a:b] = " " * (b - a)
                line = "".join(chars)
        else:
            blank = set()
        out.append(line)
    return "\n".join(out)



# a head cell that names a period: "By 2025-26", "Between 2029-32", "2024/25", "Q3 2024/25"; an open end ("Post 2032",
# "After 2030", "Before 2025") names no one period of its cells
_PERIOD_HEAD_LEAD = re.compile(r"(?:by|between|in|during|for|to|end\s+of)?\s*", re.I)
_OPEN_END_HEAD = re.compile(r"(?:post|after|beyond|pre|before|from)\b", re.I)
_FIGURE_FIRST = re.compile(r"[£(+\-]?\d")


def _column_head_period(cell: str) -> str | None | bool:
    """The period a head cell names; None for an open end ("Post 2032"); False when it names no period."""
    cell = cell.strip()
    if _OPEN_END_HEAD.match(cell) and (find_dates(cell) or find_periods(cell, short_years=True)):
        return None
    found = find_quarters(cell) or find_periods(cell, short_years=True) or find_dates(cell)
    if len(found) == 1 and _PERIOD_HEAD_LEAD.fullmatch(cell[: found[0][0]]) and not cell[found[0][1] :].strip():
        return found[0][2]
    return False


def unlabelled_column_period(text: str, at: int) -> str | None:
    """The period of the column of a "|" table with no label column whose figure is at `at`: a commissioning plan's
    "| By 2025-26 | By 2026-27 | ... | Post 2032 |" over "| 85 Year R temp places | 10 Year R temp places | ... |"
    (every cell of the head a period, every cell of the rows a figure first). A row shorter than its head fills the
    first columns ("| 0.3FE | 5FE | 5FE |" under six years). None when the cell is no such cell or its head is an open
    end ("Post 2032")."""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    lines = text[: line_end if line_end >= 0 else len(text)].split("\n")
    line, at_in_line = lines[-1], at - line_start

    def figure_row(row: str) -> list[str] | None:
        cells = row.strip().split("|")
        if len(cells) < 3 or cells[0].strip() or cells[-1].strip():
            return None
        cells = cells[1:-1]
        if all(isinstance(_column_head_period(c), str) for c in cells):
            return None  # "| 2013/14 | 2014/15 | 2015/16 |": the head of years, whose cells open with a digit too
        return cells if cells and all(_FIGURE_FIRST.match(c.strip()) for c in cells) else None

    cells = figure_row(line)
    if cells is None:
        return None
    offset = line.index("|") + 1
    index = 0
    for index, cell in enumerate(cells):
        if offset <= at_in_line < offset + len(cell):
            break
        offset += len(cell) + 1
    k = len(lines) - 2
    while k >= 0 and len(lines) - 1 - k <= 8 and (not lines[k].strip() or MARKDOWN_RULE.fullmatch(lines[k])
                                                  or figure_row(lines[k]) is not None):
        k -= 1
    if k < 0 or len(lines) - 1 - k > 8 or not lines[k].strip().startswith("|"):
        return None
    cells_above = lines[k].strip().strip("|").split("|")
    while len(cells_above) > len(cells) and not cells_above[-1].strip():
        cells_above.pop()  # "| Q1 2015/16 | ... | Q4 2015/16 | |": an empty last head over no cell
    heads = [_column_head_period(c) for c in cells_above]
    if len(heads) < len(cells) or any(h is False for h in heads):
        return None
    return heads[index]
