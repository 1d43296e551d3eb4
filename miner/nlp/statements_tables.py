"""An action plan's table flattened to text: each row's action is one statement, due by its timescale.

Strategies and service plans carry their promises in an action plan table
("Ref | Action | Lead | Timescale | Measure of success"), and an annual review
repeats it with a status column ("Action | Lead | Status | Update"). Readers
flatten such a table to one line per row with its cells separated by " | " or
tabs. Read sentence by sentence, a row is a run of cells with no verb of
promise and no date cue ("June 2024" alone is not "by June 2024"), so the
sentence rules miss the action and read the group headings between rows as
statements. `ActionTable` reads the header row's column names instead (cue
group `action_table` in `patterns/statement_cues.json`): the action cell is
the statement, a commitment due by its timescale cell, unless a status or RAG
cell says it is done (an achievement) or not started, delayed or Red/Amber (a
challenge); a row whose "Response" cell does not accept the recommendation is
none, and so is every row of a KPI rating table ("Indicator | Target | Q4 |
RAG"), whose indicators the report discusses in prose.

A milestone timetable (a Local Plan's "Milestone | Date", a capital
programme's "Project | Milestone | Date | RAG") gives one commitment a row,
due by its date: its text runs from the project's name through the milestone
to the date ("Riverside Quarter | Start on site | Q3 2024"), because a
milestone's name alone ("Adoption") says nothing; a milestone rated Amber is
still due, a delayed or Red one is a challenge.

Why a reader over units in order rather than the section tree: the sectioner
reads each row as a numbered paragraph ("1.1 | Recruit ...") and hangs none
under the header row, so the reader keeps the header's columns over the units
that follow while they hold rows (a short group heading such as "Priority 2:
Ending rough sleeping" between rows does not end the table).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from miner.nlp.dates import find_dates
from miner.tabular import MARKDOWN_RULE

CUES_PATH = Path(__file__).parent / "patterns" / "statement_cues.json"
_SEPARATORS = {"|": re.compile(r"[ \t]*\|[ \t]*"), "\t": re.compile(r"[ \t]*\t+[ \t]*")}
_REF = re.compile(r"^\(?[a-z]?\d{0,2}(?:\.\d{1,2})*[a-z]?\)?\.?$", re.I)  # "1.1", "A3", "(iv)" - a row reference
_GROUP_WORDS = 12  # a unit this short without rows is a group heading inside the table
_LABEL_WORDS = 10  # a header cell this short is a column name


@dataclass(frozen=True)
class TableCues:
    columns: dict[str, list[re.Pattern[str]]]  # column role -> patterns matched on a whole header cell
    done: list[re.Pattern[str]]
    behind: list[re.Pattern[str]]
    rejected: list[re.Pattern[str]]  # a response column's "Not accepted": the row is no statement
    names: re.Pattern[str]  # one column name of any role, for a header whose cells the reader joined with spaces
    form_action: list[re.Pattern[str]]  # a form's action field label: "Agreed management action"
    milestone: list[re.Pattern[str]]  # an action column of dated milestones: "Milestone"
    subject: list[re.Pattern[str]]  # a column naming what a row's action belongs to: "Project", "Scheme"
    watch: list[re.Pattern[str]]  # a milestone's status that leaves it due: "Amber", "At risk"


@lru_cache(maxsize=1)
def load_table_cues(path: str = str(CUES_PATH)) -> TableCues:
    data = json.loads(Path(path).read_text(encoding="utf-8"))["action_table"]

    def group(patterns: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in patterns]

    names = "|".join(f"(?:{p})" for v in data["columns"].values() for p in v)
    return TableCues(columns={k: group(v) for k, v in data["columns"].items()},
                     done=group(data["done"]), behind=group(data["behind"]), rejected=group(data.get("rejected", [])),
                     names=re.compile(rf"(?:{names})(?=\s|$)", re.I), form_action=group(data.get("form_action", [])),
                     milestone=group(data.get("milestone", [])), subject=group(data.get("subject", [])),
                     watch=group(data.get("watch", [])))


@dataclass(frozen=True)
class Row:
    """One row's action cell (offsets in the unit text), its kind, the text to read its due date from, and
    its lead cell (who is to act)."""

    start: int
    end: int
    kind: str
    due: str | None
    lead: str | None = None


@dataclass(frozen=True)
class _Header:
    separator: str
    width: int
    roles: dict[str, int]  # column role -> cell index
    rating: bool = False  # a KPI table ("Indicator | Target | Q4 | RAG"): rows of names and figures, no statements
    subject: int | None = None  # the project column before a milestone column: the row's statement starts there
    milestone: bool = False  # the action column holds dated milestones


def cell_bounds(line: str, separator: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each stretch of a row between separators, whitespace stripped; empty cells kept."""
    out, pos = [], 0
    for m in list(separator.finditer(line)) + [None]:
        a, b = pos, m.start() if m else len(line)
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        out.append((a, b))
        pos = m.end() if m else len(line)
    return out


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, stripped; a leading or trailing empty cell ("| a | b |") dropped."""
    out = cell_bounds(line, _SEPARATORS[separator])
    if out and out[0][0] == out[0][1]:
        out = out[1:]
    if out and out[-1][0] == out[-1][1]:
        out = out[:-1]
    return out


def read_header(line: str) -> _Header | None:
    """The columns of an action plan's header row: an action column and a timescale, lead, status or RAG column.

    Cells separated by " | " or tabs; or, where the reader joined them with single spaces ("What we will do
    Lead By when How we will measure success"), a line of column names only, whose rows are then read whole."""
    cues = load_table_cues()
    spaced = _spaced_header(line)
    if spaced is not None:
        return spaced
    for separator in _SEPARATORS:
        if separator not in line:
            continue
        cells = [" ".join(line[a:b].split()) for a, b in _cells(line, separator)]
        if len(cells) < 2 or (len(cells) == 2 and not _milestone_timetable(cells) and not _commitments_and_means(cells)):
            continue
        roles: dict[str, int] = {}
        for i, cell in enumerate(cells):
            for role, patterns in cues.columns.items():
                if role not in roles and any(p.fullmatch(cell) for p in patterns):
                    roles[role] = i
                    break
        for i, cell in enumerate(cells):  # "Original date | Revised date": the revised date is the one due
            if i != roles.get("due") and re.match(r"revised\b", cell, re.I) and any(p.fullmatch(cell) for p in cues.columns["due"]):
                roles["due"] = i
        if "action" not in roles and "recommendation" in roles and ({"response", "status"} & roles.keys()):
            roles["action"] = roles["recommendation"]  # an audit tracker's accepted recommendation is the undertaking
        subject = _milestone_after_subject(cells, roles)
        if subject is not None:  # "Project | Milestone | Date | RAG": the milestone is the action
            roles["action"] = next(i for i in range(subject + 1, len(cells)) if any(p.fullmatch(cells[i]) for p in cues.milestone))
        if "action" in roles and ("due" in roles or "lead" in roles or "status" in roles or "rag" in roles
                                  or _commitments_and_means(cells)):
            milestone = any(p.fullmatch(cells[roles["action"]]) for p in cues.milestone)
            return _Header(separator, len(cells), roles, subject=subject, milestone=milestone)
        if "indicator" in roles and ({"rag", "status", "figure"} & roles.keys()):  # a KPI rating table
            return _Header(separator, len(cells), roles, rating=True)
    return None


_TITLE_WORDS = 15  # a caption line before a table's header row
_LEAD_IN_WORDS = 40  # a group title between a header row and its rows


def _leads_in(text: str) -> bool:
    """A paragraph that leads into table rows: a lead-in ending ':' (or ':-'), or a one-line title without a
    sentence's end; never a table line."""
    body = text.strip()
    if not body or "|" in body or "\t" in body:
        return False
    if body.endswith((":", ":-")):
        return True
    return "\n" not in body and len(body.split()) <= _LEAD_IN_WORDS and not body.endswith((".", ";", "?", "!"))


def _names_only(line: str, separator: str) -> bool:
    """A row of column names (every cell a short label without figures or a sentence's end, one of them a known
    column name: "| Indicator | Baseline | Notes |"): another table's header, which no action cue names; not a row
    of short cells ("| Reduce loneliness | Research – HDRC |")."""
    if separator not in line:
        return False
    cells = [" ".join(line[a:b].split()) for a, b in _cells(line, separator)]
    columns = [p for patterns in load_table_cues().columns.values() for p in patterns]
    return len(cells) >= 2 and all(c and len(c.split()) <= 4 and not re.search(r"\d", c)
                                   and not c.endswith((".", ";", ":")) for c in cells) \
        and any(p.fullmatch(c) for c in cells for p in columns)


def _commitments_and_means(cells: list[str]) -> bool:
    """A header row that names the undertakings and what delivers them ("| What we have committed to | Strategies /
    plans in place to deliver |"): each row's first cell is an undertaking, though no timescale or lead column is
    there (`action_table.columns.means`)."""
    cue = load_table_cues()
    means = cue.columns.get("means", ())
    return any(p.fullmatch(cells[0]) for p in cue.columns["action"]) and any(p.fullmatch(c) for c in cells[1:] for p in means)


def names_columns(line: str) -> bool:
    """A table's header row that names an action column ("| What we have committed to | Strategies / plans in
    place to deliver |") though it opens no action table (no timescale, lead or status column): column names,
    every cell a short label, so no statement, whichever cue its words match."""
    cells = [" ".join(line[a:b].split()) for a, b in _cells(line, "|")] if "|" in line else []
    return len(cells) >= 2 and all(0 < len(c.split()) <= _LABEL_WORDS and c[-1:] not in ".;:" for c in cells) \
        and any(p.fullmatch(c) for c in cells for p in load_table_cues().columns["action"])


def _milestone_timetable(cells: list[str]) -> bool:
    """Two header cells, a milestone column and a date column ("Milestone | Date"): a Local Plan's timetable.
    Two cells of other names are too common a line to be read as a table."""
    cues = load_table_cues()
    first, second = cells
    return any(p.fullmatch(first) for p in cues.milestone) and any(p.fullmatch(second) for p in cues.columns["due"])


def _milestone_after_subject(cells: list[str], roles: dict[str, int]) -> int | None:
    """The index of a project or scheme column taken as the action while a milestone column follows it
    ("Project | Milestone | Date | RAG"): each row is one project's milestone, so the milestone is the action."""
    cues = load_table_cues()
    i = roles.get("action")
    if i is None or not any(p.fullmatch(cells[i]) for p in cues.subject):
        return None
    later = [j for j in range(i + 1, len(cells)) if j not in roles.values() and any(p.fullmatch(cells[j]) for p in cues.milestone)]
    return i if later else None


def _spaced_header(line: str) -> _Header | None:
    """A header row whose cells the reader joined with spaces: three or more column names and nothing else,
    one of them an action and one a timescale, and no status column (its rows' words cannot be told apart)."""
    cues = load_table_cues()
    body = " ".join(line.split())
    pos, cells = 0, []
    while pos < len(body):
        m = cues.names.match(body, pos)
        if m is None:
            return None
        cells.append(m.group(0))
        pos = m.end() + 1
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        role = next((r for r, ps in cues.columns.items() if any(p.fullmatch(cell) for p in ps)), None)
        if role is not None and role not in roles:
            roles[role] = i
    if len(cells) < 3 or "action" not in roles or "due" not in roles or "status" in roles or "rag" in roles:
        return None
    return _Header(" ", len(cells), roles)


class ActionTable:
    """Follows one document's units in reading order and reads the rows of its action plan tables."""

    def __init__(self) -> None:
        self._document: str | None = None
        self._header: _Header | None = None
        self._rows_read = False  # the open table has had rows
        self.lead_in: str | None = None  # a lead-in paragraph between the header row and the rows ("Key priorities include:-")
        self.caption: str | None = None  # the title line just before the header row ("Proposed Priorities to Improve ...")
        self._last_title: str | None = None

    def read(self, document_id: str, text: str) -> list[Row] | None:
        """The rows of an open action table in this unit, None when the unit is not part of one.

        An empty list: the unit belongs to the table (its header row, or a group
        heading between rows) but records nothing.
        """
        if document_id != self._document or (self._header is not None and self._header.separator == " "):
            if document_id != self._document:
                self._last_title = None
            self._document, self._header = document_id, None  # a space-joined table's rows are its header's paragraph
            self.lead_in = None
        rows: list[Row] = []
        seen = False
        begun: int | None = None  # where a row wrapped over several lines began
        for start, line in _lines(text):
            header = read_header(line)
            if header is not None:
                self._header, seen, begun, self.lead_in = header, True, None, None
                self._rows_read = False
                self.caption = self._last_title if start == 0 or not text[:start].strip() else None
                continue
            if self._header is not None and self.lead_in is not None and not self._rows_read and not seen \
                    and _names_only(line, self._header.separator):
                self._header = self.lead_in = None  # after the lead-in another table's header row: not this table
            if self._header is None or not line.strip():
                begun = None
                continue
            if MARKDOWN_RULE.fullmatch(line):  # a markdown table's "|---|---|" under its header: part of the table, no row
                seen = True
                continue
            if self._header.separator == " ":  # a space-joined row: the whole line, due by its first date
                seen = True
                rows.append(self._whole_row(line, start))
                continue
            first = start if begun is None else begun
            chunk = text[first : start + len(line)]
            row = self._row(chunk, first) if self._header.separator in chunk else None
            if row is not None:
                seen, begun = True, None
                if row.end > row.start:
                    rows.append(row)
            elif self._header.separator in chunk and len(_cells(chunk, self._header.separator)) < self._header.width:
                begun = first
            else:
                begun = None
        if seen:
            self._rows_read = self._rows_read or bool(rows)
            return rows
        if self._header is not None and len(text.split()) <= _GROUP_WORDS and not text.rstrip().endswith((".", ":", ";")):
            return []  # "Priority 2: Ending rough sleeping" between rows; not a lead-in or list item after the table
        if self._header is not None and not self._rows_read and self.lead_in is None and _leads_in(text):
            # a header row, then a paragraph that leads into the rows ("| What we have committed to | Led by |
            # Timescale |" / "... Key priorities include:-" / "| Optimise ... | Lead for Family Hubs | Mar 2026 |"),
            # or the title of the rows' group ("Develop a system wide approach to reduce poor outcomes ..."): the
            # table stays open for the rows right after it; the paragraph itself is read as prose
            self.lead_in = text
            return None
        self._header, self.lead_in = None, None
        body = " ".join(text.split())
        self._last_title = body if body and "\n" not in text.strip() and len(body.split()) <= _TITLE_WORDS \
            and not body.endswith((".", ";", ":", "?", "!")) and "|" not in body else None
        return None

    @property
    def header(self) -> object | None:
        """The open table's header row (the same object for all its rows), None when no table is open."""
        return self._header

    @staticmethod
    def _whole_row(line: str, offset: int) -> Row:
        a = len(line) - len(line.lstrip())
        dates = find_dates(line)
        return Row(offset + a, offset + len(line.rstrip()), "commitment", f"due by {line[dates[0][0]:dates[0][1]]}" if dates else None)

    def _row(self, line: str, offset: int) -> Row | None:
        header = self._header
        assert header is not None
        if header.separator not in line:
            return None
        cells = _cells(line, header.separator)
        if len(cells) == header.width + 1 and _REF.match(line[slice(*cells[0])]):
            cells = cells[1:]  # a reference number the header has no column for
        if len(cells) != header.width and not (header.rating and len(cells) >= 2):
            return None
        cue = load_table_cues()

        def cell(role: str) -> str:
            i = header.roles.get(role)
            return " ".join(line[slice(*cells[i])].split()) if i is not None else ""

        if header.rating or any(p.search(cell("response")) for p in cue.rejected):
            return Row(offset, offset, "none", None)  # a recommendation not accepted: a row, but no statement
        kind = _kind_of([cell(r) for r in ("status", "rag")], cue, milestone=header.milestone)
        a, b = cells[header.roles["action"]]
        if header.subject is not None and header.subject < header.roles["action"]:
            a = cells[header.subject][0]  # "Riverside Quarter | Start on site": whose milestone it is
        if header.milestone and header.roles.get("due", -1) > header.roles["action"]:
            b = cells[header.roles["due"]][1]  # "Adoption | Q4 2026/27": a milestone is read with its date
        due, lead = cell("due"), cell("lead")
        return Row(offset + a, offset + b, kind, f"due by {due}" if due else None, lead or None)


_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z /()&'-]{0,40}?)\s*:\s*(\S.*?)\s*$")


def read_action_form(text: str, labels: Iterable[re.Pattern[str]]) -> Row | None:
    """An action written as a form, one field a line - an improvement plan's or SEND Accelerated Progress
    Plan's "Action 1.2: Introduce a quality assurance framework" / "Owner: Principal Educational
    Psychologist" / "By: March 2025" / "Status: On track": the action line is the statement, read like a
    table row (due by its "By:" field, its owner the lead, its status deciding the kind). None when the
    unit is not such a form: a numbered action label on its first line and, on the lines after it, a
    timescale, owner or status field (a sentence would break on the field labels and lose the date)."""
    lines = [(start, line) for start, line in _lines(text) if line.strip()]
    if len(lines) < 2:
        return None
    cue = load_table_cues()
    start, first = lines[0]
    m = next((m for p in labels if (m := p.match(first))), None)
    if m is not None:
        action_start, rest = start + m.end(), lines[1:]
    else:
        found = _action_field(lines, cue)
        if found is None:
            return None
        i, action_start = found
        start, first = lines[i]
        rest = lines[i + 1 :]
    fields: dict[str, str] = {}
    end = start + len(first.rstrip())
    for line_start, line in rest:
        f = _FIELD.match(line)
        if f is None:
            if fields:
                break  # prose after the form: an update, read by the sentence rules
            end = line_start + len(line.rstrip())  # the action wrapped onto another line
            continue
        label = " ".join(f.group(1).split())
        role = next((r for r, ps in cue.columns.items() if any(p.fullmatch(label) for p in ps)), None)
        if role == "due" and label.lower().startswith("revised"):
            fields[role] = f.group(2)  # "Original target date: ..." / "Revised target date: ...": the revised one
        elif role in ("due", "lead", "status", "rag", "response"):
            fields.setdefault(role, f.group(2))
    if any(p.search(fields.get("response", "")) for p in cue.rejected):
        return Row(action_start, action_start, "none", None)
    return _form_row(action_start, end, fields, cue) if fields else None


def _action_field(lines: list[tuple[int, str]], cue: TableCues) -> tuple[int, int] | None:
    """An audit follow-up's entry written as fields ("Audit: Payroll 2023/24" / "Recommendation: ..." /
    "Agreed management action: A monthly independent check ... will be introduced" / "Responsible officer:
    ..." / "Revised target date: ..."): the line index of its action field and where the action's words
    begin (after the label and a leading "Agreed."). The recommendation before it is the auditor's; the
    management action is the council's undertaking, recorded once. None unless every line up to the action
    field is a field."""
    for i, (line_start, line) in enumerate(lines):
        f = _FIELD.match(line)
        if f is None:
            return None
        if any(p.fullmatch(" ".join(f.group(1).split())) for p in cue.form_action):
            value = f.start(2)
            agreed = re.match(r"(?:agreed|accepted)\.\s+", line[value:], re.I)
            return i, line_start + value + (agreed.end() if agreed else 0)
    return None


def _form_row(start: int, end: int, fields: dict[str, str], cue: TableCues) -> Row | None:
    if end - start < 12 or not ({"due", "lead", "status", "rag"} & set(fields)):
        return None
    kind = _kind_of([fields.get(r, "") for r in ("status", "rag")], cue)
    due = fields.get("due")
    return Row(start, end, kind, f"due by {due}" if due else None, fields.get("lead"))


def _kind_of(state: list[str], cue: TableCues, *, milestone: bool = False) -> str:
    """A row's kind from its status and RAG cells: behind is a challenge, done an achievement, else a commitment.
    A milestone rated Amber or "At risk" is still due by its date: a commitment."""
    if milestone:
        state = [s for s in state if not any(p.search(s) for p in cue.watch)]
    if any(p.search(s) for s in state for p in cue.behind):
        return "challenge"
    if any(p.search(s) for s in state for p in cue.done):
        return "achievement"
    return "commitment"


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of the unit."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


__all__ = ["ActionTable", "Row", "load_table_cues", "names_columns", "read_action_form", "read_header"]
