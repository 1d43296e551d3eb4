"""The `miner` command: options in, one library call, output out.

Exit codes: 0 success, 1 some inputs failed (reported), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from miner.cli_output import SERIES_TABLE, Fmt, PaperKeys, cite, emit, out, with_figure

app = typer.Typer(
    help="Mine UK council committee papers: what was promised, and what was later reported as delivered.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
# soft_wrap: an error stays one line ("error: FILE: reason"), whatever the path's length, so it can be grepped
console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="SQLite database (default: $MINER_DB or ./miner.db).", envvar="MINER_DB"),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors and results.")]
FormatOption = Annotated[Fmt, typer.Option("--format", "-f", help="table to read; json or csv (every field) to process.")]


class TextFmt(str, Enum):
    text = "text"
    json = "json"


class Executor(str, Enum):
    local = "local"
    dask = "dask"


class PdfBackend(str, Enum):
    auto = "auto"
    pdfminer = "pdfminer"
    pdfium = "pdfium"


class Basis(str, Enum):
    """A money flow's figure as the paper gives it: planned (budgeted, forecast) or outturn (saved, spent)."""

    plan = "plan"
    outturn = "outturn"


def _open(db: Path | None, *, create: bool = False):
    import sqlite3

    from miner import store

    path = Path(db or store.default_db_path())
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        return store.open_db(path, create=create)
    except FileNotFoundError as exc:
        raise _usage_error(exc) from exc
    except (sqlite3.DatabaseError, OSError) as exc:  # not SQLite, a folder, unwritable...
        raise _usage_error(f"{path}: cannot open it as a miner database ({exc})") from exc


def _usage_error(exc: Exception | str) -> typer.Exit:
    """Print a usage error as one plain line (its text may hold brackets) and give exit code 2."""
    from rich.text import Text

    console.print(Text.assemble(("error:", "red"), f" {exc}"))
    return typer.Exit(2)


def _filters(db, **values: str | None) -> dict[str, str | None]:
    """Filter values as users type them, resolved to stored ones ('Medway' → 'Medway Council')."""
    from miner import query
    from miner.errors import UsageError

    try:
        return query.resolve_filters(db, **values)
    except UsageError as exc:
        raise _usage_error(exc) from exc


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of papers (PDF, text, HTML).")],
    db: DbOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (default: number of cores).")] = 0,
    executor: Annotated[Executor, typer.Option(help="local process pool, or a Dask cluster.")] = Executor.local,
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://host:8786 (default: start a LocalCluster).")] = None,
    pdf_backend: Annotated[PdfBackend, typer.Option(help="PDF text extraction backend: auto (= pdfium, fast) or pdfminer (the reference).")] = PdfBackend.auto,
    timeout: Annotated[float, typer.Option(min=0, help="Per-document wall-clock limit in seconds; a document over it is killed and reported (0: none).")] = 300.0,
    memory_mb: Annotated[int, typer.Option(min=0, help="Per-worker address-space limit in MB (0: none).")] = 2048,
    max_pages: Annotated[int, typer.Option(min=0, help="Refuse documents with more pages than this (0: reader default).")] = 0,
    retry_failed: Annotated[bool, typer.Option(help="Parse again files that failed before with the same bytes.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Read, section, extract and store papers; skips files already stored.

    Each document runs in a worker process under time and memory limits, so
    one hostile file is reported and skipped while the batch goes on.
    """
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from miner import batch, store
    from miner.ingest import IngestOptions, discover
    from miner.ingest import ingest as run_ingest
    from miner.limits import DocLimits

    if scheduler and executor != Executor.dask:  # an address for a cluster the batch would not use
        raise _usage_error("--scheduler needs --executor dask")
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        console.print(f"[red]error:[/red] {escape(str(p))}: no such file or folder", highlight=False)
    database = _open(db, create=True)
    files = discover(p for p in paths if p.exists())
    jobs = jobs or batch.default_jobs()
    failed = len(missing)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, disable=quiet or not console.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def on_result(result) -> None:
            nonlocal failed
            progress.advance(task)
            copy = f" (same bytes as {result.same_as})" if result.same_as else ""
            if result.status == "failed":
                failed += 1
                console.print(f"[red]error:[/red] {escape(result.path)}: {escape(result.error or '')}{escape(copy)}",
                              highlight=False)
            elif not quiet:
                detail = (", ".join(f"{v} {k}" for k, v in result.counts.items()) if result.counts
                          else f"same bytes as {result.same_as}" if result.same_as else "already stored")
                console.print(f"{result.status}: {escape(result.path)} ({escape(detail)})", highlight=False)

        try:
            results = run_ingest(
                files, database, jobs=jobs, executor=executor.value, scheduler=scheduler,
                options=IngestOptions(pdf_backend=pdf_backend.value, limits=DocLimits(
                    seconds=timeout or None, memory=memory_mb * 1024**2 or None, max_pages=max_pages or None)),
                on_result=on_result, retry_failed=retry_failed,
            )
        except batch.SchedulerError as exc:
            raise _usage_error(exc) from exc
    stored = sum(r.status == "stored" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    if not quiet:
        console.print(f"{stored} stored, {skipped} skipped, {failed} failed → {database.conn.execute('pragma database_list').fetchone()[2]}")
    raise typer.Exit(1 if failed else 0)


def _onepaper_label(file: Path, command: str) -> None:
    """`sections` and `extract` read one paper: a folder is a usage error, not a traceback."""
    if file.is_dir():
        console.print(f"[red]error:[/red] {file}: is a folder; `miner {command}` reads one paper "
                      "(`miner ingest` takes folders)", highlight=False)
        raise typer.Exit(2)


def _read_for_cli(file: Path):
    from miner.errors import MinerError
    from miner.ingest import IngestOptions, process_path

    _onepaper_label(file, "extract")
    try:
        return process_path(file, IngestOptions())
    except MinerError as exc:
        console.print(f"[red]error:[/red] {file}: {exc}", highlight=False)
        raise typer.Exit(1) from exc
    except OSError as exc:
        console.print(f"[red]error:[/red] {file}: cannot open file ({exc.strerror or exc})", highlight=False)
        raise typer.Exit(1) from exc


@app.command()
def sections(
    file: Annotated[Path, typer.Argument(help="One paper.")],
    format: Annotated[TextFmt, typer.Option("--format", "-f", help="text: the indented tree; json: sections with offsets and text.")] = TextFmt.text,
) -> None:
    """Print a paper's section tree (no database)."""
    from miner.metadata import fill_metadata
    from miner.readers import read_document
    from miner.sections import build_sections
    from miner.errors import MinerError

    _onepaper_label(file, "sections")
    try:
        document = fill_metadata(read_document(file))
    except MinerError as exc:
        console.print(f"[red]error:[/red] {file}: {exc}", highlight=False)
        raise typer.Exit(1) from exc
    except OSError as exc:
        console.print(f"[red]error:[/red] {file}: cannot open file ({exc.strerror or exc})", highlight=False)
        raise typer.Exit(1) from exc
    tree = build_sections(document)
    if format == TextFmt.json:
        out.print_json(json.dumps([_section_json(s, document.text) for s in tree], ensure_ascii=False))
        return
    for s in tree:
        indent = "  " * (s.level - 1)
        label = s.title or _first_words(document.text[s.start : s.own_end])
        tags = " ".join(t for t in (s.kind if s.kind != "other" else "", s.period or "") if t)
        out.print(f"{indent}{s.path}  {label}" + (f"  [{tags}]" if tags else ""), highlight=False, markup=False)


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _section_json(s, text: str) -> dict[str, Any]:
    return {
        "id": s.id, "path": s.path, "title": s.title, "level": s.level, "kind": s.kind,
        "period": s.period, "start": s.start, "end": s.end, "role": s.role, "page": s.page,
        "parent_id": s.parent_id, "text": text[s.start : s.own_end],
    }


def extraction_json(ex) -> dict[str, Any]:
    """`miner extract --format json`: the DESIGN.md shape (plus provenance fields)."""
    d = ex.document
    doc = {k: getattr(d, k) for k in ("id", "title", "authority", "committee", "meeting_date", "author", "period", "path", "format", "pages", "reader")}
    return {
        "document": doc,
        "sections": [_section_json(s, d.text) for s in ex.sections],
        "statements": [
            {**{k: v for k, v in asdict(st).items() if k != "document_id"}} for st in ex.statements
        ],
        "mentions": [
            {"text": m.text, "label": m.label, "entity": m.entity or m.text, "start": m.start, "end": m.end,
             "section_id": m.section_id, "statement_id": m.statement_id, "method": m.method}
            for m in ex.mentions
        ],
        "claims": [{k: v for k, v in asdict(c).items() if k != "document_id"} for c in ex.claims],
        "inspections": [{k: v for k, v in asdict(i).items() if k != "document_id"} for i in ex.inspections],
    }


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="One paper.")],
    format: Annotated[TextFmt, typer.Option("--format", "-f", help="json: every record (DESIGN.md shape); text: one statement a line.")] = TextFmt.json,
) -> None:
    """Print everything extracted from one paper (no database)."""
    ex = _read_for_cli(file)
    data = extraction_json(ex)
    if format == TextFmt.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return
    for st in ex.statements:
        text = " ".join(st.text.split())  # one statement a line, whatever the PDF's line breaks
        out.print(f"{st.kind:11} {st.section_path or '':10} {st.period or '':8} {text}", markup=False, highlight=False,
                  soft_wrap=True)


@app.command()
def track(
    db: DbOption = None,
    quiet: QuietOption = False,
    embeddings: Annotated[bool, typer.Option(help="Experimental: also link promises a later paper rewords, by sentence embeddings. About three times slower; on the corpus 3 of its 4 verdict changes were right (annotations/README.md, Tracker round 23).")] = False,
) -> None:
    """(Re)compute verdicts, evidence links and metric series."""
    from miner.track import run_tracking

    database = _open(db)
    summary = run_tracking(database, embeddings=embeddings)
    if not quiet:
        console.print(str(summary), highlight=False)


@app.command()
def promises(
    db: DbOption = None,
    authority: Annotated[Optional[str], typer.Option(help="Authority name, any case, or a unique part of one, e.g. 'Medway'.")] = None,
    period: Annotated[Optional[str], typer.Option(help="Period promised for, e.g. 2018-19 (or 2018/19).")] = None,
    status: Annotated[Optional[str], typer.Option(help="delivered, in_progress, not_delivered, unmeasurable, no_evidence, or not_tracked (no later paper to check it against yet).")] = None,
    theme: Annotated[Optional[str], typer.Option(help="Theme, e.g. 'early help' (`miner themes` lists them).")] = None,
    service: Annotated[Optional[str], typer.Option(help="A named service or body mentioned in the promise.")] = None,
    format: FormatOption = Fmt.table,
) -> None:
    """Promised vs delivered: each promise with its verdict and evidence."""
    from miner import query

    database = _open(db)
    chosen = _filters(database, authority=authority, period=period, status=status, theme=theme)
    records = query.promises(database, authority=chosen["authority"], period=chosen["period"], status=chosen["status"],
                             theme=chosen["theme"], service=service)
    if format != Fmt.table:
        emit(records, format, columns=["authority", "promise_document", "promise_date", "period", "section_path", "promise", "status", "confidence", "overdue", "evidence"])
        return
    papers = PaperKeys().number(
        [{"authority": r["authority"], "meeting_date": r["promise_date"], "document": r["promise_document"],
          "path": r.get("document_path")} for r in records]
        + [{"authority": r["authority"], "meeting_date": e["date"], "document": e["document"], "path": e.get("document_path")}
           for r in records for e in r["evidence"][:1]])
    table_rows = []
    for r in records:
        ev = r["evidence"][0] if r["evidence"] else None
        if ev:
            key = papers.key(r["authority"], ev["date"], ev["document"], ev.get("document_path"))
            evidence = f"{key}, para {cite(ev['section_path'] or '?', ev.get('page'))}: “{' '.join(ev['quote'].split())}”"
        elif r["status"] == "not_tracked" and r["checked_documents"] == 0:
            evidence = "(no later paper to check yet)"
        else:
            evidence = ""
        table_rows.append(
            {
                # an authority often has several papers of one date: the key names the paper in the list below
                "paper": papers.key(r["authority"], r["promise_date"], r["promise_document"], r.get("document_path")),
                "para": cite(r["section_path"], r.get("page")),
                "promise": " ".join(r["promise"].split()),  # a PDF's line breaks are not the table's
                "status": r["status"] + ("\n(past its deadline)" if r.get("overdue") else ""),
                "evidence": evidence,
            }
        )
    if not records:  # an empty table would not say why
        filtered = any((authority, period, status, theme, service))
        hint = ""
        if chosen["period"]:  # '--period 2018' finds nothing; say which periods would
            known = query.periods(database, authority=chosen["authority"])
            hint = f"; periods with promises{' of ' + chosen['authority'] if chosen['authority'] else ''}: {', '.join(known) or 'none'}"
        console.print(("no promises match these filters" + hint) if filtered else
                      "no promises in this database yet: `miner ingest PATH` adds papers", highlight=False, markup=False)
        return
    emit(table_rows, Fmt.table, title=f"Promised vs delivered ({len(records)} promises)")
    out.print(papers.legend(), highlight=False, markup=False, soft_wrap=True)
    if not database.execute("select 1 from verdicts limit 1").fetchone():
        console.print("no verdicts yet: `miner track` checks these promises against later papers", highlight=False,
                      markup=False)


@app.command()
def search(
    query_text: Annotated[str, typer.Argument(metavar="QUERY", help="Words to search for.")],
    db: DbOption = None,
    authority: Annotated[Optional[str], typer.Option(help="Only this authority (any case, or a unique part such as 'Medway').")] = None,
    year: Annotated[Optional[str], typer.Option(help="Only papers of this year (meeting date or period).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most results.")] = 20,
    format: FormatOption = Fmt.table,
) -> None:
    """Full-text search over sections and statements."""
    from miner import query

    database = _open(db)
    results = query.search(database, query_text, authority=_filters(database, authority=authority)["authority"],
                           year=year, limit=limit)
    if not results and format == Fmt.table:
        console.print(f"nothing found for '{query_text}'", highlight=False, markup=False)
        return
    papers = PaperKeys().number(results)
    if format == Fmt.table:
        results = [{**r, "paper": papers.of(r)} for r in results]
    emit(results, format, columns=["type", "authority", "paper", "section_path", "label", "snippet"] if format == Fmt.table else None,
          command="search")
    if format == Fmt.table:
        out.print(papers.legend(), highlight=False, markup=False, soft_wrap=True)


@app.command()
def metrics(
    db: DbOption = None,
    authority: Annotated[Optional[str], typer.Option(help="Only this authority (any case, or a unique part such as 'Medway').")] = None,
    metric: Annotated[Optional[str], typer.Option("--metric", "-m", help="Indicator id, e.g. child_protection_plans.")] = None,
    format: FormatOption = Fmt.table,
) -> None:
    """Metric series: the same indicator across papers, in as-of order, each figure with its sentence."""
    from miner import query

    database = _open(db)
    chosen = _filters(database, authority=authority, metric=metric)
    records = query.metric_series(database, authority=chosen["authority"], indicator=chosen["metric"])
    if format == Fmt.table:
        if not records:
            console.print("no series points match; run `miner track` after ingesting, or drop a filter", highlight=False)
            return
        papers = PaperKeys().number(records)
        records = [with_figure(r, papers) for r in records]
        emit(records, format, columns=SERIES_TABLE, command="metrics")
        out.print(papers.legend(), highlight=False, markup=False, soft_wrap=True)
        return
    emit(records, format, command="metrics")


@app.command()
def themes(
    db: DbOption = None,
    authority: Annotated[Optional[str], typer.Option(help="Only this authority (any case, or a unique part such as 'Medway').")] = None,
    format: FormatOption = Fmt.table,
) -> None:
    """Which themes each authority's promises fall into, with the share and verdicts of each."""
    from miner import query

    database = _open(db)
    records = query.themes(database, authority=_filters(database, authority=authority)["authority"])
    if format == Fmt.table:
        if not records:
            console.print("no promises in this database yet: `miner ingest PATH` adds papers", highlight=False)
            return
        records = [{**r, "share": f"{r['share']:.0%}"} for r in records]
    columns = ["authority", "theme", "promises", "share", *query.STATUSES, "not_tracked"]
    emit(records, format, columns=columns if format == Fmt.table else None, title="Promises by theme", command="themes")


@app.command()
def compare(
    metric: Annotated[str, typer.Option("--metric", "-m", help="Indicator id, e.g. children_looked_after (the ids are in miner/nlp/patterns/indicators.json; `miner metrics` lists those with points).")],
    basis: Annotated[Basis | None, typer.Option("--basis", help="Money flows only (savings, overspend, budget ...): each authority's latest planned (budgeted, forecast) or outturn (saved, spent) figure; default: either.")] = None,
    db: DbOption = None,
    format: FormatOption = Fmt.table,
) -> None:
    """The latest value of one indicator for each authority, side by side."""
    from miner import query

    database = _open(db)
    metric = _filters(database, metric=metric)["metric"]
    records = query.compare(database, metric, basis.value if basis else None)
    if not records and format == Fmt.table:  # an empty table would not say why
        of = f" with basis '{basis.value}'" if basis else ""
        console.print(f"no series points{of} for indicator '{metric}' in this database; `miner metrics` lists the indicators that have points", highlight=False)
        return
    papers = PaperKeys().number(records)
    if format == Fmt.table:  # "7 (stale)": the value is years older than the newest shown
        records = [{**with_figure(r, papers), "years_behind": "" if not r["years_behind"] else
                    f"{r['years_behind']:g}{' (stale)' if r['stale'] else ''}"} for r in records]
    # one indicator: named in the title, not on every row
    columns = [SERIES_TABLE[0], SERIES_TABLE[2], "years_behind", SERIES_TABLE[3], "metric", "basis", "per_10000", *SERIES_TABLE[4:]]
    emit(records, format, columns=columns if format == Fmt.table else None, command="compare",
         title=f"{metric}: the latest value for each authority" if format == Fmt.table else None)
    if format == Fmt.table:  # what the rows shown do not let a reader compare, in one line each
        out.print(papers.legend(), highlight=False, markup=False, soft_wrap=True)
        if {"plan", "outturn"} <= {r["basis"] for r in records}:
            out.print("note: these rows mix plans (budgeted, forecast) and outturns (saved, spent); "
                      "`--basis plan` or `--basis outturn` shows one kind", highlight=False, soft_wrap=True)
        if any(not r["like_for_like"] for r in records):
            out.print("note: these figures are single items (one grant or contract) or a paper's total, "
                      "not comparable as they stand", highlight=False, soft_wrap=True)


@app.command()
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write to.")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="csv, json or parquet.")] = "csv",
    quiet: QuietOption = False,
) -> None:
    """Export promises (with verdicts and evidence), claims, series and documents with stable columns."""
    from miner.errors import MinerError
    from miner.export import export as export_fn

    if out_dir.exists() and not out_dir.is_dir():
        raise _usage_error(f"{out_dir}: is a file; --out names a folder to write the five files to")
    database = _open(db)
    try:
        paths = export_fn(database, out_dir, format)
    except MinerError as exc:
        raise _usage_error(exc) from exc
    except OSError as exc:  # --out names a file, or a folder one cannot write to
        raise _usage_error(f"{out_dir}: cannot write the export there ({exc.strerror or exc})") from exc
    if not quiet:
        for path in paths:
            console.print(f"wrote {path}", highlight=False)


@app.command()
def report(
    authority: Annotated[str, typer.Option(help="Authority to report on (as stored, any case, or a unique part such as 'Medway').")],
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write one self-contained HTML report for an authority (no external requests; prints well)."""
    from miner.errors import MinerError
    from miner.report import write_report

    database = _open(db)
    try:
        path = write_report(database, authority, out_file)
    except MinerError as exc:
        raise _usage_error(exc) from exc
    except OSError as exc:  # --out names a folder, or a place one cannot write to
        raise _usage_error(f"{out_file}: cannot write the report there ({exc.strerror or exc})") from exc
    if not quiet:
        console.print(f"wrote {path}", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8001,
    host: Annotated[str, typer.Option(help="Host to bind.")] = "127.0.0.1",
) -> None:
    """Browse the database in Datasette, read-only, with canned queries."""
    import os
    import socket

    from miner.serve import serve as serve_fn

    database = _open(db)
    try:  # a port in use is the user's to change: say so, rather than the server's exit code 3
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise _usage_error(f"cannot listen on {host}:{port} ({reason}); choose another with --port") from exc
    serve_fn(Path(database.conn.execute("pragma database_list").fetchone()[2]), host=host, port=port)


if __name__ == "__main__":
    app()
