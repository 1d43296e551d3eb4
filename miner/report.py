"""`miner report`: one self-contained HTML page per authority, to email or print.

Everything is inline (CSS, a few lines of JS for filtering, SVG charts) so the
page opens offline and makes no requests. Data comes from `miner.query` and
the `series`/`claims` tables; rendering is a Jinja2 template in
`miner/templates/`. The page works when tracking has not run yet (no
verdicts, no series): it says so instead of showing empty tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from sqlite_utils import Database

from miner import charts, query
from miner.errors import MinerError, UsageError
from miner.query import Texts, indicator_labels, sentence_around
from miner.store import rows

# Order and wording of verdicts, as a scrutiny officer reads them.
STATUSES: list[tuple[str, str, str]] = [
    ("delivered", "Delivered", "A later paper reports it done."),
    ("in_progress", "In progress", "Later papers report it under way, rescheduled or still a priority."),
    ("not_delivered", "Not delivered", "Later evidence contradicts it."),
    ("unmeasurable", "Too vague to judge", "Later papers mention it, but it has no deliverable, target or date to judge against."),
    ("no_evidence", "No evidence", "No later paper of this authority says anything about it."),
    ("not_tracked", "Not tracked", "No verdict yet: no later dated paper of this authority to check it against (or tracking has not run)."),
]
STATUS_LABELS = {s: label for s, label, _ in STATUSES}
THEME_LABELS = {
    "send": "SEND (special educational needs and disabilities)",
    "fostering_adoption": "Fostering and adoption",
    "improvement_inspection": "Improvement and inspection",
    "health_wellbeing": "Health and wellbeing",
    "looked_after_children": "Looked-after children",
}


class ReportError(MinerError):
    """The report cannot be written (e.g. no papers for that authority)."""


def theme_label(theme: str | None) -> str:
    if not theme:
        return "Other (no theme recognised)"
    return THEME_LABELS.get(theme, theme.replace("_", " ").capitalize())


def indicator_label(indicator: str) -> str:
    return indicator_labels().get(indicator) or indicator.replace("_", " ").capitalize()


def nice_date(value: str | None) -> str:
    """'2020-03-05' → '5 Mar 2020'; anything else as given."""
    if not value:
        return ""
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {d:%b %Y}"


def mark_figure(quote: str | None, figure: str | None) -> Markup:
    """The quote, escaped, with the figure the tracker matched highlighted."""
    text = escape(quote or "")
    if figure:
        fig = str(escape(figure))
        text = Markup(re.sub(r"(?<!\w)" + re.escape(fig) + r"(?!\w)", lambda m: f"<mark>{m.group(0)}</mark>", str(text), count=1))
    return text


def authorities(db: Database) -> list[str]:
    return query.authorities(db)


def resolve_authority(db: Database, name: str) -> str:
    """The stored authority name for `name` (exact, any case, or a unique part of one)."""
    try:
        return query.resolve_authority(db, name)
    except UsageError as exc:
        raise ReportError(str(exc)) from exc


def _date(value: str | None) -> dt.date | None:
    from miner.series import as_of_key

    key = as_of_key(value) if value else None
    try:
        return dt.date.fromisoformat(key) if key else None
    except ValueError:
        return None


def _widen_quotes(db: Database, promises: list[dict[str, Any]], texts: Texts) -> None:
    """Evidence quoted as a bare figure or word ("four") gets the sentence it stands in."""
    for p in promises:
        for ev in p["evidence"]:
            quote = (ev.get("quote") or "").strip()
            if len(quote.split()) >= 5 or not quote or ev.get("target_kind") != "section":
                continue
            sec = db.execute(
                'select document_id, start, "end" from sections where id = ?', [ev.get("target_id")]
            ).fetchone()
            if not sec:
                continue
            texts.quote(sec[0], 0, 0, None)  # load the document text
            body = texts.cache.get(sec[0], "")
            # not inside a paragraph number ("4.2") or a longer figure ("2,400")
            m = re.search(r"(?<![\w.,])" + re.escape(quote) + r"(?![\w]|[.,]\d)", body[sec[1] : sec[2]])
            if m:
                ev["quote"] = sentence_around(body, sec[1] + m.start(), sec[1] + m.end())
                ev["figure"] = quote


def _papers(db: Database, authority: str) -> list[dict[str, Any]]:
    papers = rows(
        db,
        "select id, path, title, committee, meeting_date, period, pages from documents where authority = ? order by meeting_date, path",
        [authority],
    )
    for i, p in enumerate(papers, 1):
        p["ref"] = f"P{i}"
        p["name"] = p["title"] or Path(p["path"]).name
        p["file"] = Path(p["path"]).name
    return papers


def _promise_groups(promises: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Promises by theme (largest first, unthemed last), then by period."""
    by_theme: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for p in promises:
        by_theme[p["theme"]].append(p)
    order = sorted(by_theme, key=lambda t: (t is None, -len(by_theme[t]), t or ""))
    groups = []
    for theme in order:
        periods: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for p in by_theme[theme]:
            periods[p["period"] or "Period not stated"].append(p)
        groups.append(
            {
                "id": f"theme-{theme or 'other'}",
                "label": theme_label(theme),
                "count": len(by_theme[theme]),
                "counts": Counter(p["status"] for p in by_theme[theme]),
                "periods": [(k, periods[k]) for k in sorted(periods, key=lambda k: (k.startswith("Period"), k))],
            }
        )
    return groups


def _chart_series(db: Database, authority: str, texts: Texts, papers: dict[str, dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(charts, single figures): one chart per indicator and unit with two or more dates or a benchmark."""
    series = rows(
        db,
        """select s.indicator, s.as_of, s.value, s.unit, s.meeting_date, s.document_id, s.quote,
                  s.sources, c.start, c."end", c.comparator, c.comparator_value, sec.path as section_path
           from series s left join claims c on c.id = s.claim_id
           left join sections sec on sec.id = c.section_id
           where s.authority = ? order by s.indicator, s.unit, s.as_of""",
        [authority],
    )
    # Figures quoted against a benchmark ("54 per 10,000 against 56 for statistical neighbours").
    benchmarked = rows(
        db,
        """select c.indicator, c.as_of, c.value, c.unit, d.meeting_date, c.document_id, c.text as quote,
                  1 as sources, c.start, c."end", c.comparator, c.comparator_value, sec.path as section_path
           from claims c join documents d on d.id = c.document_id
           left join sections sec on sec.id = c.section_id
           where d.authority = ? and c.indicator is not null and c.comparator is not null
             and c.comparator_value is not null and c.id not in (select claim_id from series where claim_id is not null)""",
        [authority],
    )
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for r in series + benchmarked:
        groups[(r["indicator"], r["unit"])].append(r)
    chart_list, singles = [], []
    for (indicator, unit), members in sorted(groups.items(), key=lambda kv: (indicator_label(kv[0][0]), kv[0][1] or "")):
        cs = charts.ChartSeries(title=indicator_label(indicator), unit=unit, own_label=authority)
        table = []
        for r in members:
            as_of = r["as_of"] or r["meeting_date"]
            when = _date(as_of) or _date(r["meeting_date"])
            if when is None:
                continue
            cs.points.append(charts.Point(when, r["value"], as_of or ""))
            if r["comparator"] and r["comparator_value"] is not None:
                cs.benchmarks.setdefault(r["comparator"], []).append(charts.Point(when, r["comparator_value"], as_of or ""))
            paper = papers.get(r["document_id"], {})
            table.append(
                {
                    "as_of": as_of, "when": when, "value": charts.format_value(r["value"], unit),
                    "comparator": charts.COMPARATOR_LABELS.get(r["comparator"] or "", r["comparator"] or ""),
                    "comparator_value": charts.format_value(r["comparator_value"], unit),
                    "paper": paper.get("ref"), "meeting_date": r["meeting_date"],
                    "section_path": r["section_path"], "sources": r["sources"],
                    "quote": texts.quote(r["document_id"], r["start"], r["end"], r["quote"]),
                }
            )
        if not table:
            continue
        table.sort(key=lambda t: (t["when"], t["value"]))
        item = {
            "id": f"metric-{indicator}-{unit or 'value'}".replace("%", "pct"),
            "title": indicator_label(indicator), "indicator": indicator,
            "unit": charts.UNIT_LABELS.get(unit or "", unit or ""), "rows": table,
        }
        if len({p.when for p in cs.points}) >= 2 or cs.benchmarks:
            item["svg"] = charts.series_svg(cs)
            item["description"] = charts.describe(cs)
            chart_list.append(item)
        else:
            singles.extend({**row, "title": item["title"]} for row in table)
    return chart_list, singles


def report_data(db: Database, authority: str) -> dict[str, Any]:
    """Everything the template shows, as plain data (tests read this too)."""
    authority = resolve_authority(db, authority)
    papers = _papers(db, authority)
    by_id = {p["id"]: p for p in papers}
    by_name_date = {(p["name"], p["meeting_date"]): p["ref"] for p in papers}
    promises = query.promises(db, authority=authority)
    for p in promises:  # status not_tracked when no later paper could have said anything (query.STATUS_SQL)
        p["paper"] = by_name_date.get((p["promise_document"], p["promise_date"]))
        for ev in p["evidence"]:
            ev["paper"] = by_name_date.get((ev["document"], ev["date"]))
    counts = Counter(p["status"] for p in promises)
    texts = Texts(db)
    _widen_quotes(db, promises, texts)
    chart_list, singles = _chart_series(db, authority, texts, by_id)
    repeated = [p for p in promises if p.get("carried_over")]
    tracked = any(p["status"] != "not_tracked" for p in promises)
    return {
        "authority": authority,
        "generated": dt.date.today().isoformat(),
        "papers": papers,
        "promises": promises,
        "groups": _promise_groups(promises),
        "statuses": [
            {"id": s, "label": label, "meaning": meaning, "count": counts.get(s, 0)}
            for s, label, meaning in STATUSES
            if counts.get(s, 0) or s != "not_tracked"
        ],
        "total": len(promises),
        "tracked": tracked,
        "tracked_anywhere": bool(db.execute("select 1 from verdicts limit 1").fetchone()),
        "repeated": repeated,
        "charts": chart_list,
        "singles": singles,
        "status_labels": STATUS_LABELS,
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("miner", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["status_label"] = lambda s: STATUS_LABELS.get(s, s)
    env.filters["theme_label"] = theme_label
    env.filters["nice_date"] = nice_date
    env.filters["mark"] = mark_figure
    return env


def render_report(db: Database, authority: str) -> str:
    return _environment().get_template("report.html.j2").render(**report_data(db, authority))


def write_report(db: Database, authority: str, out_file: str | Path) -> Path:
    """Render the report for `authority` to `out_file` (UTF-8); raises ReportError for an unknown authority."""
    html = render_report(db, authority)
    out = Path(out_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
