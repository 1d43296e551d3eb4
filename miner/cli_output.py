"""How the CLI prints records: a readable table, or every field as JSON or CSV.

Tables keep short fields unbroken and give quotes the width left; a figure shows as the paper writes
it with its unit; a paragraph is cited by its path and, in a PDF, its page.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from rich.console import Console

# Piped output (make demo, CI logs) is not a terminal: give tables room to breathe.
out = Console() if sys.stdout.isatty() else Console(width=160)
WIDE_COLUMNS = {"promise", "evidence", "snippet", "quote"}
# metric points as a table: the figure as the paper writes it ("£3.2m"), which is what one cites, its as-of
# date and where a citation finds it
SERIES_TABLE = ["authority", "indicator", "as_of", "figure", "paper", "section_path", "quote"]
HEADERS = {"as_of": "as of", "meeting_date": "paper of", "section_path": "para", "per_10000": "per 10,000",
           "years_behind": "years behind", "metric": "called"}


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# units a bare figure does not show: "65" next to counts of "413" is a rate per 10,000
UNIT_LABELS = {"per_100": "per 100", "per_1000": "per 1,000", "per_10000": "per 10,000", "per_100000": "per 100,000", "%": "%", "pp": "pp",
               "days": "days", "weeks": "weeks", "months": "months", "years": "years", "tonnes": "tonnes", "kg": "kg",
               "kWh": "kWh", "kW": "kW", "sq_m": "sq m", "ug_m3": "µg/m³"}
UNITS_FILE = Path(__file__).parent / "nlp" / "patterns" / "units.json"


@cache
def unit_words(unit: str) -> tuple[str, ...]:
    """Every way a paper writes this unit after a number ("tons", "kilograms", "per cent", "percentage points"), from
    the words the claim reader knows, so a figure that already says its unit is not labelled twice ("8,950 tons
    tonnes")."""
    data = json.loads(UNITS_FILE.read_text(encoding="utf-8"))
    words = [w for group in ("duration_words", "mass_words") for w, u in data[group].items() if u == unit]
    words += {"%": data["percent_words"], "pp": data["pp_words"], "per_10000": data["per_10000_words"]}.get(unit, [])
    words += data["other_rate_words"].get(unit, [])
    words += [w for w, (u, _) in data.get("measure_words", {}).items() if u == unit]  # "1,150 MWh" is in kWh
    return tuple(words + [UNIT_LABELS.get(unit, unit)])


def shows_unit(figure: str, unit: str) -> bool:
    """Whether the figure as written already names its unit ("61.3 years", "112kg", "45 per cent")."""
    flat = figure.replace(",", "").lower()
    return any(re.search(rf"(?<![a-z]){re.escape(w.replace(',', '').lower())}(?![a-z])", flat) for w in unit_words(unit))


def with_figure(record: dict[str, Any], papers: "PaperKeys | None" = None) -> dict[str, Any]:
    """The figure as written, or the normalised value with its unit when the claim kept none; the paper by its key."""
    figure = record.get("figure") or f"{record.get('value'):g} {record.get('unit') or ''}".strip()
    unit = record.get("unit") or ""
    label = UNIT_LABELS.get(unit)
    if label and not shows_unit(figure, unit):
        figure = f"{figure}{'' if label == '%' else ' '}{label}"
    per = record.get("per_10000")
    return {**record, "figure": figure, "per_10000": None if per is None else f"{per:g}", "paper": (papers or PaperKeys()).of(record),
            "section_path": cite(record.get("section_path"), record.get("page"))}


def cite(path: str | None, page: int | None) -> str:
    """Where to find a paragraph: its path, and a PDF's page (the paper may not number the paragraph)."""
    return f"{path or '?'} (p. {page})" if page else (path or "")


def emit(records: list[dict[str, Any]], fmt: Fmt, columns: list[str] | None = None, title: str | None = None,
         command: str | None = None) -> None:
    """Print records as JSON, CSV (the header even with no rows: `command` names the read's fields) or a table."""
    if fmt == Fmt.json:
        out.print_json(json.dumps(records, ensure_ascii=False, default=str))
        return
    from miner.query import FIELDS

    columns = columns or list(records[0] if records else FIELDS.get(command or "", ()))
    if fmt == Fmt.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for r in records:
            writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
        sys.stdout.write(buf.getvalue())
        return
    from rich.table import Table
    from rich.text import Text

    if records:  # a column empty in every row ("per 10,000" of a money metric) only takes width from the quotes
        columns = [c for c in columns if any(r.get(c) not in (None, "") for r in records)]
    table = Table(title=title, show_lines=True, expand=True)
    cells = {c: ["" if r.get(c) is None else str(r.get(c)) for r in records] for c in columns}
    caps = _short_widths({c: cells[c] + [HEADERS.get(c, c)] for c in columns if c not in WIDE_COLUMNS},
                         sum(c in WIDE_COLUMNS for c in columns))
    for col in columns:
        header = HEADERS.get(col, col)
        if col in WIDE_COLUMNS:  # quotes share the width left by the short fields
            table.add_column(header, overflow="fold", ratio=1)
        else:
            table.add_column(header, overflow="fold", max_width=caps[col])
    for r in records:
        # Text, not markup: "[foster] carers" (a search hit) or "[sic]" in a quote must print as written
        table.add_row(*(Text("" if r.get(c) is None else str(r.get(c))) for c in columns))
    out.print(table)


def _short_widths(short: dict[str, list[str]], n_wide: int, wide_min: int = 36) -> dict[str, int]:
    """How wide each short field may be: at most 24, and when the quotes would get less than `wide_min` each, the
    widest fields are cut to a common width, never below their longest word (a folded word reads badly). Rich does
    not shrink a column below its `max_width` to make room, so with many fields a quote folded one letter a line."""
    natural = {c: max(len(line) for v in vals for line in v.split("\n")) for c, vals in short.items()}
    floor = {c: min(24, max((len(w) for v in vals for w in v.split()), default=1)) for c, vals in short.items()}
    room = out.width - 3 * (len(short) + n_wide) - 1 - n_wide * wide_min  # each column costs its border and padding
    cap = 24
    while n_wide and cap > 1 and sum(max(floor[c], min(natural[c], cap)) for c in short) > room:
        cap -= 1
    return {c: max(floor[c], min(24, cap)) for c in short}


class PaperKeys:
    """Short keys ("P1 2018-03-08") that stand for papers in a table's rows, listed in full below it.

    A paper's title repeated on every row of a promises table took more lines than the promise; the key keeps
    the row citable (the list gives authority, title and file) and the date in view."""

    def __init__(self) -> None:
        self._keys: dict[tuple, str] = {}
        self._lines: list[str] = []

    def number(self, records: list[dict[str, Any]]) -> "PaperKeys":
        """Key the rows' papers in date order (undated last), as the HTML report numbers its source papers."""
        for r in sorted(records, key=lambda r: (r.get("meeting_date") is None, r.get("meeting_date") or "",
                                                r.get("document") or "")):
            self.of(r)
        return self

    def of(self, record: dict[str, Any]) -> str:
        """The key of a query row's paper (a series point, a compare row, a search hit)."""
        return self.key(record.get("authority"), record.get("meeting_date"), record.get("document"), record.get("path"),
                        record.get("document_id"))

    def key(self, authority: str | None, date: str | None, title: str | None, path: str | None,
            ident: str | None = None) -> str:
        ident = (ident or path,) if ident or path else (authority, date, title)
        if ident not in self._keys:
            n = f"P{len(self._keys) + 1}"
            self._keys[ident] = f"{n} {date or 'undated'}"
            where = f" ({path})" if path else ""
            self._lines.append(f"  {n}  {date or 'undated'}  {authority or '?'}: {title or '?'}{where}")
        return self._keys[ident]

    def legend(self) -> str:
        return "Papers:\n" + "\n".join(self._lines) if self._lines else ""
