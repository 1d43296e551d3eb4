"""Read-side questions the CLI, the report and exports ask. Plain dicts out."""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlite_utils import Database

from miner.errors import UsageError
from miner.store import rows

PROMISE_KINDS = ("priority", "commitment")
# a promise: a priority or commitment, or a minuted decision to act, which the tracker gave a verdict
# (miner/track_passages.py `acts`; it tracks one copy of a resolution restated with each amendment)
PROMISE_SQL = ("(s.kind in ('priority', 'commitment') or "
               "(s.kind = 'decision' and s.id in (select promise_id from verdicts)))")
STATUSES = ("delivered", "in_progress", "not_delivered", "unmeasurable", "no_evidence")
# A PDF's page, to cite a paragraph the paper does not number ("h5.h29.p1" is where miner found it, page 44
# is where a reader finds it); a text paper has no pages.
PAGE_SQL = "(case when {d}.format = 'pdf' then {sec}.page end)"
# the fields of each read below, in order: csv headers even when there are no rows
FIELDS = {
    "metrics": ("authority", "indicator", "as_of", "value", "unit", "meeting_date", "section_path", "figure",
                "sources", "document_id", "page", "quote", "document", "basis"),
    "compare": ("authority", "indicator", "as_of", "value", "unit", "per_10000", "document_id", "meeting_date",
                "claim_id", "quote", "figure", "section_path", "page", "document", "metric", "years_behind", "stale",
                "basis", "like_for_like"),
    "search": ("type", "id", "label", "period", "snippet", "rank", "authority", "meeting_date", "document", "path",
               "section_path"),
    "themes": ("authority", "theme", "promises", *STATUSES, "not_tracked", "share", "first_paper", "last_paper"),
}
# what `promises --status` accepts: the verdicts, and `not_tracked` for promises the tracker has not judged
STATUS_FILTERS = (*STATUSES, "not_tracked")
# The status users see. A promise with no later paper to check it against is `not_tracked`, not
# `no_evidence`: nothing could have reported on it yet (the tracker stores no_evidence with
# checked_documents = 0). One expression, so promises, themes, export and report count alike.
STATUS_SQL = ("(case when v.status is null or (v.status = 'no_evidence' and coalesce(v.checked_documents, 0) = 0)"
              " then 'not_tracked' else v.status end)")


# Filter values as users type them ("Medway", "early help", "2018/19", "in progress") resolved to the
# stored ones; a value nothing could match is a UsageError naming the values that would, not an empty table.

def _normal(value: str) -> str:
    return re.sub(r"[\s\-]+", "_", value.strip().lower())


def _choose(kind: str, value: str, valid: list[str] | tuple[str, ...], hint: str = "") -> str:
    wanted = _normal(value)
    for candidate in (wanted, wanted.replace("_and_", "_")):
        if candidate in valid:
            return candidate
    close = difflib.get_close_matches(wanted, valid, n=3, cutoff=0.6)
    guess = f" (did you mean {' or '.join(close)}?)" if close else ""
    listing = hint or f"; use one of: {', '.join(valid)}"
    raise UsageError(f"unknown {kind} '{value}'{guess}{listing}")


def authorities(db: Database) -> list[str]:
    return [r["authority"] for r in rows(db, "select distinct authority from documents where authority is not null order by authority")]


def resolve_authority(db: Database, name: str) -> str:
    """The stored authority name for `name` (exact, any case, or a unique part of one)."""
    known = authorities(db)
    lowered = name.strip().lower()
    exact = [a for a in known if a.lower() == lowered]
    partial = [a for a in known if lowered and lowered in a.lower()]
    if exact:
        return exact[0]
    if len(partial) == 1:
        return partial[0]
    listing = ", ".join(f"'{a}'" for a in known) or "none: ingest some papers first"
    reason = "matches several authorities" if partial else "has no papers in this database"
    raise UsageError(f"authority '{name}' {reason}; authorities with papers: {listing}")


def resolve_status(status: str) -> str:
    return _choose("status", status, STATUS_FILTERS)


def theme_ids() -> list[str]:
    from miner.track_text import theme_patterns

    return [tid for tid, _ in theme_patterns()] + ["other"]


def resolve_theme(theme: str) -> str:
    return _choose("theme", theme, theme_ids())


def normal_period(period: str) -> str:
    """'2018/19', '2018-2019', '2018 – 19' → '2018-19', the form periods are stored in."""
    m = re.fullmatch(r"\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*", period)
    return f"{m.group(1)}-{m.group(2)[-2:]}" if m else period.strip()


@lru_cache(maxsize=1)
def indicator_labels() -> dict[str, str]:
    """Indicator id → label, from the indicator taxonomy the claim finder uses."""
    path = resources.files("miner") / "nlp" / "patterns" / "indicators.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return {i["id"]: i.get("label", i["id"]) for g in data.get("groups", []) for i in g.get("indicators", [])}


def periods(db: Database, *, authority: str | None = None) -> list[str]:
    """The periods promises are stated for (of one authority), in order."""
    sql = f"""select distinct s.period from statements s join documents d on d.id = s.document_id
              where {PROMISE_SQL} and s.period is not null""" + (" and d.authority = ?" if authority else "")
    return sorted(r["period"] for r in rows(db, sql, [authority] if authority else []))


def resolve_filters(db: Database, *, authority: str | None = None, status: str | None = None, theme: str | None = None,
                    period: str | None = None, metric: str | None = None) -> dict[str, str | None]:
    """Each filter given, resolved (the ones not given stay None); UsageError for one nothing matches."""
    return {
        "authority": authority and resolve_authority(db, authority),
        "status": status and resolve_status(status),
        "theme": theme and resolve_theme(theme),
        "period": period and normal_period(period),
        "metric": metric and resolve_indicator(db, metric),
    }


def resolve_indicator(db: Database, indicator: str) -> str:
    """An indicator id of the taxonomy or of the stored series ('children looked after' → children_looked_after)."""
    known = sorted(set(indicator_labels()) | {r[0] for r in db.execute("select distinct indicator from series") if r[0]})
    return _choose("indicator", indicator, known, hint="; `miner metrics` lists the indicators with points")


# a sentence ends at . ; ! ? (perhaps before a closing quote) and whitespace, or at a line break that
# ends a line of its own (see `_ends_line`); other line breaks are a PDF's wrapping, not a boundary
_BREAK = re.compile(r"(?<=[.;!?])\s+|(?<=[.;!?][\"”’)])\s+|\n")


def _ends_line(text: str, nl: int) -> bool:
    """Whether the line break at `nl` ends something: a blank line, a short heading-like line before a
    capital, number or bullet, a line that ends with a colon, or a "|" table row. A wrapped line runs on."""
    prev = text[text.rfind("\n", 0, nl) + 1 : nl].rstrip()
    after = text[nl + 1 : nl + 80].lstrip(" \t")
    if not prev or not after or after[0] == "\n" or prev[-1] in ".;!?:":
        return True
    if prev.endswith("|") or after[0] == "|":  # a table's row ("| Library visits | 410,000 | 463,200 |") is one line
        return True
    return len(prev) < 50 and (after[0].isupper() or after[0].isdigit() or after[0] in "-•(")


def _breaks(text: str, lo: int, hi: int):
    for m in _BREAK.finditer(text, lo, hi):
        if m.group(0) != "\n" or _ends_line(text, m.start()):
            yield m


def sentence_around(text: str, start: int, end: int, limit: int = 320) -> str:
    """The sentence holding [start, end), so a bare figure ("413") comes with what it counts.

    A PDF wraps sentences across lines, so a line break alone does not end one; a sentence longer
    than `limit` either side is cut at a word and marked "…", never mid-word.
    """
    lo, hi = max(0, start - limit), min(len(text), end + limit)
    heads = [m.end() for m in _breaks(text, lo, start)]
    lead = ""
    if heads:
        s = min(heads[-1], start)
    elif lo > 0:  # no sentence start within reach: begin at a word
        space = text.find(" ", lo, start)
        s, lead = (space + 1 if space >= 0 else lo), "… "
    else:
        s = 0
    tail = next(_breaks(text, end, hi), None)
    trail = ""
    if tail:
        e = tail.start()
    elif hi < len(text):
        space = text.rfind(" ", end, hi)
        e, trail = (space if space >= 0 else hi), " …"
    else:
        e = hi
    quote = " ".join(text[s:e].split()).lstrip("-•*# ")
    quote = re.sub(r"^(?:\d+(?:\.\d+)*\.?|\([ivx]+\)|[a-z]\))\s+", "", quote).strip()
    return f"{lead}{quote}{trail}" if quote else ""


class Texts:
    """Document texts, loaded once each, for quoting figures in context."""

    def __init__(self, db: Database) -> None:
        self.db, self.cache = db, {}

    def quote(self, document_id: str | None, start: int | None, end: int | None, fallback: str | None) -> str:
        if not document_id or start is None or end is None:
            return fallback or ""
        if document_id not in self.cache:
            r = self.db.execute("select text from documents where id = ?", [document_id]).fetchone()
            self.cache[document_id] = r[0] if r else ""
        return sentence_around(self.cache[document_id], start, end) or (fallback or "")


def metric_series(db: Database, *, authority: str | None = None, indicator: str | None = None) -> list[dict[str, Any]]:
    """Series points with what a citation needs: paper date, paragraph path, the sentence."""
    sql = """select s.authority, s.indicator, s.as_of, s.value, s.unit, s.meeting_date,
                    sec.path as section_path, s.quote as figure, s.sources, s.document_id,
                    c.start, c."end", s.basis, """ + PAGE_SQL.format(d="d", sec="sec") + """ as page
             from series s left join claims c on c.id = s.claim_id
             left join sections sec on sec.id = c.section_id
             left join documents d on d.id = s.document_id where 1=1"""
    params: list[Any] = []
    if authority:
        sql += " and s.authority = ?"
        params.append(authority)
    if indicator:
        sql += " and s.indicator = ?"
        params.append(indicator)
    out = rows(db, sql + " order by s.authority, s.indicator, s.unit, s.as_of", params)
    return _in_order(_with_context(db, out), "metrics")


def compare(db: Database, indicator: str, basis: str | None = None) -> list[dict[str, Any]]:
    """The latest value of an indicator per authority (`series.compare`; of one `basis` only, "plan" or "outturn",
    when given), with its citation, what the paper calls the figure (`metric`), how many years it is behind the
    newest value shown (`years_behind`, `stale`), whether it is a plan or an outturn (`basis`) and whether it can be
    set beside the others as it stands (`like_for_like`: not one grant or contract of many, `series.like_for_like`)."""
    from miner.series import compare as latest, like_for_like, metric_words

    out = []
    for r in latest(db, indicator, basis):
        claim = db.execute(
            f'select c.start, c."end", sec.path, {PAGE_SQL.format(d="d", sec="sec")}, d.text from claims c '
            "left join sections sec on sec.id = c.section_id left join documents d on d.id = c.document_id "
            "where c.id = ?", [r["claim_id"]],
        ).fetchone() or (None, None, None, None, None)
        named = metric_words(indicator, claim[4], claim[0], claim[1]) if claim[4] and claim[0] is not None else None
        out.append({**r, "figure": r.pop("quote"), "section_path": claim[2], "start": claim[0], "end": claim[1],
                    "page": claim[3], "metric": named, "like_for_like": like_for_like(indicator, claim[4], claim[0])})
    return _in_order(_with_context(db, out), "compare")


def _in_order(records: list[dict[str, Any]], command: str) -> list[dict[str, Any]]:
    """Fields in FIELDS' order, whatever order a query or its context added them in: csv columns are only ever
    added at the end, and a csv of no rows prints the same header."""
    return [{**{k: r[k] for k in FIELDS[command] if k in r}, **r} for r in records]


def themes(db: Database, *, authority: str | None = None) -> list[dict[str, Any]]:
    """Which themes each authority's promises fall into: count, share of its promises, verdicts.

    A share, not only a count, so an authority with many papers compares with one with few.
    Promises never tracked (no later paper) still count, themed from their own words.
    """
    sql = f"""select d.authority, s.text, v.theme, {STATUS_SQL} as status, v.status as verdict, d.meeting_date
              from statements s join documents d on d.id = s.document_id
              left join verdicts v on v.promise_id = s.id
              where {PROMISE_SQL}"""
    params: list[Any] = []
    if authority:
        sql += " and d.authority = ?"
        params.append(authority)
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    dates: dict[tuple[str, str], list[str]] = {}
    for r in rows(db, sql, params):
        theme = promise_theme(r["theme"], r["verdict"], r["text"])
        key = (r["authority"], theme)
        g = groups.setdefault(key, {"authority": r["authority"], "theme": theme, "promises": 0,
                                    **dict.fromkeys(STATUSES, 0), "not_tracked": 0})
        g["promises"] += 1
        g[r["status"]] += 1
        dates.setdefault(key, []).extend([r["meeting_date"]] if r["meeting_date"] else [])
    totals = Counter()
    for (who, _), g in groups.items():
        totals[who] += g["promises"]
    for key, g in groups.items():
        g["share"] = round(g["promises"] / totals[key[0]], 3)
        g["first_paper"], g["last_paper"] = (min(dates[key]), max(dates[key])) if dates[key] else (None, None)
    return sorted(groups.values(), key=lambda g: (g["authority"] or "", g["theme"] == "other", -g["promises"], g["theme"]))


def promise_theme(theme: str | None, status: str | None, text: str) -> str:
    """The verdict's theme; a promise never tracked is themed from its own words, so `themes` and
    `promises --theme` count the same promises."""
    from miner.track_text import themes_of

    return theme or (status is None and next(iter(themes_of(text)), None)) or "other"


def _with_context(db: Database, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each point's sentence, and its paper's name: an authority files several papers on one date."""
    texts = Texts(db)
    names = {r["id"]: _document_label(r) for r in rows(db, "select id, title, path from documents")}
    for r in records:
        r["quote"] = texts.quote(r.get("document_id"), r.pop("start", None), r.pop("end", None), r.get("figure"))
        r["document"] = names.get(r.get("document_id") or "")
    return records


def _document_label(row: dict[str, Any]) -> str:
    return row.get("title") or row["path"].rsplit("/", 1)[-1]


def promises(
    db: Database,
    *,
    authority: str | None = None,
    period: str | None = None,
    status: str | None = None,
    theme: str | None = None,
    service: str | None = None,
    kinds: tuple[str, ...] | None = None,
) -> list[dict[str, Any]]:
    """Promised vs delivered, in the DESIGN.md JSON shape (plus a few extra fields). `kinds` narrows
    to statement kinds (default: every promise, `PROMISE_SQL`)."""
    where = [f"s.kind in ({', '.join('?' for _ in kinds)})" if kinds else PROMISE_SQL]
    params: list[Any] = list(kinds or ())
    if authority:
        where.append("d.authority = ?")
        params.append(authority)
    if period:
        where.append("s.period = ?")
        params.append(period)
    if status:
        where.append(f"{STATUS_SQL} = ?")
        params.append(status)
    if service:
        where.append(
            "s.id in (select m.statement_id from mentions m join entities e on e.id = m.entity_id"
            " where e.name like ? or m.text like ? or e.aliases like ?)"  # MYPWS finds the Wellbeing Service
        )
        params += [f"%{service}%"] * 3
    sql = f"""
        select s.id as promise_id, s.kind, s.text as promise, s.period, s.deadline,
               s.section_path, s.specificity, s.start, s."end", {PAGE_SQL.format(d="d", sec="sec")} as page,
               d.id as document_id, d.path, d.title, d.authority, d.meeting_date,
               v.status as verdict, {STATUS_SQL} as status, v.confidence, v.checked_documents, v.carried_over,
               v.first_period, v.theme, v.overdue
        from statements s
        join documents d on d.id = s.document_id
        left join sections sec on sec.id = s.section_id
        left join verdicts v on v.promise_id = s.id
        where {' and '.join(where)}
        order by d.authority, d.meeting_date, s.start
    """
    result = []
    from miner.track_text import themes_of

    promise_rows = rows(db, sql, params)
    for r in promise_rows:
        if r["verdict"] is None:  # untracked: themed from its own words (as `themes` counts it), or None
            r["theme"] = next(iter(themes_of(r["promise"])), None)
    if theme:
        promise_rows = [r for r in promise_rows if (r["theme"] or "other") == theme]
    evidence = _evidence_for(db, [r["promise_id"] for r in promise_rows])
    for r in promise_rows:
        result.append(
            {
                "authority": r["authority"],
                "promise_document": _document_label(r),
                "promise_date": r["meeting_date"],
                "period": r["period"],
                "section_path": r["section_path"],
                "promise": r["promise"],
                "status": r["status"],
                "confidence": r["confidence"],
                "evidence": evidence.get(r["promise_id"], []),
                "promise_id": r["promise_id"],
                "kind": r["kind"],
                "deadline": r["deadline"],
                "specificity": r["specificity"],
                "theme": r["theme"],
                "carried_over": bool(r["carried_over"]) if r["carried_over"] is not None else None,
                "first_period": r["first_period"],
                "overdue": bool(r["overdue"]) if r["overdue"] is not None else None,
                "document_path": r["path"],
                "checked_documents": r["checked_documents"],
                "page": r["page"],
            }
        )
    return result


def _evidence_for(db: Database, promise_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    if not promise_ids:
        return out
    for chunk_start in range(0, len(promise_ids), 500):
        chunk = promise_ids[chunk_start : chunk_start + 500]
        sql = f"""
            select e.promise_id, e.target_id, e.target_kind, e.relation, e.score, e.quote,
                   e.section_path, d.title, d.path, d.meeting_date,
                   (select {PAGE_SQL.format(d="d", sec="x")} from sections x
                    where x.document_id = e.document_id and x.path = e.section_path limit 1) as page
            from evidence e left join documents d on d.id = e.document_id
            where e.promise_id in ({', '.join('?' for _ in chunk)})
            order by e.promise_id, coalesce(e.position, 1e9), e.score desc
        """
        for r in rows(db, sql, chunk):
            out.setdefault(r["promise_id"], []).append(
                {
                    "document": r["title"] or (r["path"] or "").rsplit("/", 1)[-1],
                    "date": r["meeting_date"],
                    "section_path": r["section_path"],
                    "quote": r["quote"],
                    "relation": r["relation"],
                    "score": r["score"],
                    "target_kind": r["target_kind"],
                    "target_id": r["target_id"],
                    "page": r["page"],
                    "document_path": r["path"],
                }
            )
    return out


def search(
    db: Database,
    query: str,
    *,
    authority: str | None = None,
    year: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Full-text search over statements and sections, best first, with snippets."""
    fts_query = _fts_query(query)
    results: list[dict[str, Any]] = []
    if not fts_query:
        return results
    filters = ""
    params: list[Any] = [fts_query]
    if authority:
        filters += " and d.authority = ?"
        params.append(authority)
    if year:
        filters += " and (d.meeting_date like ? or t.period like ?)"
        params += [f"{year}%", f"%{year}%"]
    for kind, table, title_expr in (
        ("statement", "statements", "t.kind"),
        ("section", "sections", "t.title"),
    ):
        sql = f"""
            select '{kind}' as type, t.id, {title_expr} as label, t.period,
                   snippet({table}_fts, -1, '[', ']', ' … ', 16) as snippet,
                   bm25({table}_fts) as rank, d.authority, d.meeting_date, d.title as document,
                   d.path, {'t.section_path' if table == 'statements' else 't.path'} as section_path
            from {table}_fts
            join {table} t on t.rowid = {table}_fts.rowid
            join documents d on d.id = t.document_id
            where {table}_fts match ? {filters}
            order by rank limit ?
        """
        results += rows(db, sql, [*params, limit])
    results.sort(key=lambda r: r["rank"])
    return results[:limit]


def _fts_query(query: str) -> str:
    """Quote each word so user input cannot break FTS syntax."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in query)
    words = [w.replace('"', "") for w in cleaned.split()]
    return " ".join(f'"{w}"' for w in words if w)
