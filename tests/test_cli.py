"""Every command through typer's CliRunner, on real papers."""

from __future__ import annotations

import json
from collections import Counter
import shutil

import pytest
from typer.testing import CliRunner

from miner import store
from miner.cli import app

from conftest import PDFS, seed

runner = CliRunner()
COMMANDS = ["ingest", "sections", "extract", "track", "promises", "metrics", "compare",
            "search", "export", "report", "serve"]


def test_help_lists_every_verb_with_a_description():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


def test_python_dash_m_runs_the_same_cli():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "miner", "--help"], capture_output=True, text=True, check=True).stdout
    assert all(name in out for name in COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(name):
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    assert (command.callback.__doc__ or "").strip(), f"{name} lacks a docstring"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0


def test_unknown_option_is_a_usage_error():
    assert runner.invoke(app, ["promises", "--no-such-option"]).exit_code == 2


def test_sections_prints_the_papers_own_numbers():
    result = runner.invoke(app, ["sections", str(seed("001"))])
    assert result.exit_code == 0, result.output
    assert "4.10.3" in result.output


def test_extract_json_has_the_design_shape():
    result = runner.invoke(app, ["extract", str(seed("000")), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"document", "sections", "statements", "mentions", "claims"}
    assert {"id", "title", "authority", "committee", "meeting_date", "author", "period"} <= set(data["document"])
    assert {"id", "path", "title", "level", "kind", "period", "start", "end"} <= set(data["sections"][0])
    for st in data["statements"]:
        assert st["kind"] in {"priority", "commitment", "achievement", "challenge", "decision"}


def test_ingest_reports_a_bad_file_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed("002"), folder / "walsall.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    db = tmp_path / "m.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1
    assert "broken.pdf" in result.output
    database = store.open_db(db)
    assert database["documents"].count == 1
    assert [r["path"].endswith("broken.pdf") for r in database["failures"].rows] == [True]


def test_second_ingest_of_the_same_folder_adds_no_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed("003"), folder / "a.txt")
    shutil.copy(PDFS[0], folder / "b.pdf")
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "1"]).exit_code == 0
    before = store.counts(store.open_db(db))
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0
    assert "2 skipped" in result.output
    assert store.counts(store.open_db(db)) == before


def test_promises_json_has_the_design_shape(seeds_db_path):
    result = runner.invoke(app, ["promises", "--db", str(seeds_db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data, "the seeds contain promises"
    keys = {"authority", "promise_document", "promise_date", "period", "section_path",
            "promise", "status", "confidence", "evidence"}
    assert keys <= set(data[0])


def test_promises_filters_by_authority_and_csv_has_a_header(seeds_db_path):
    result = runner.invoke(app, ["promises", "--db", str(seeds_db_path), "--authority", "Walsall Council", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("authority,")
    assert len(lines) > 1 and all("Medway" not in line.split(",")[0] for line in lines[1:])


def test_promises_table_says_when_no_later_paper_exists(seeds_db_path):
    """Walsall has one paper: its promises cannot be checked yet, and the table says why."""
    result = runner.invoke(app, ["promises", "--db", str(seeds_db_path), "--authority", "Walsall Council"],
                           env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "(no later paper to check yet)" in result.output
    records = json.loads(runner.invoke(app, ["promises", "--db", str(seeds_db_path), "--authority",
                                             "Medway Council", "--format", "json"]).stdout)
    checked = [r for r in records if r["checked_documents"]]
    assert checked and any(r["evidence"] for r in checked)


def test_commands_on_a_missing_database_say_how_to_create_one(tmp_path):
    result = runner.invoke(app, ["promises", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "miner ingest" in result.output


def test_search_finds_words_from_the_papers(seeds_db_path):
    result = runner.invoke(app, ["search", "adoption", "--db", str(seeds_db_path), "--format", "json"])
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert hits and all("adopt" in (h["snippet"] + (h["label"] or "")).lower() for h in hits[:3])


def test_metrics_and_compare_cite_paper_paragraph_and_sentence(seeds_db_path):
    """A figure alone ("345") cannot be cited: each point comes with its sentence and paragraph path."""
    got = runner.invoke(app, ["metrics", "--db", str(seeds_db_path), "--authority", "Medway Council",
                              "-m", "child_protection_plans", "-f", "json"])
    assert got.exit_code == 0, got.output
    points = json.loads(got.output)
    assert points and all(p["section_path"] and p["meeting_date"] for p in points)
    for p in points:
        figure = p["figure"].replace(",", "")
        assert figure in p["quote"].replace(",", "") and len(p["quote"].split()) > len(figure.split())
    as_of = [p["as_of"] for p in points if p["unit"] == "count"]
    assert as_of == sorted(as_of)
    got = runner.invoke(app, ["compare", "--db", str(seeds_db_path), "-m", "children_looked_after", "-f", "json"])
    assert got.exit_code == 0, got.output
    latest = {r["authority"]: r for r in json.loads(got.output)}
    assert {"Medway Council", "Walsall Council"} <= set(latest)
    medway = latest["Medway Council"]
    assert medway["meeting_date"] == "2020-03-05" and medway["section_path"]
    assert str(int(medway["value"])) in medway["quote"]


def test_themes_view_counts_every_promise_of_each_authority_once(seeds_db_path):
    """Shares per authority add up to one, and a paper with no later paper (untracked) is still themed."""
    got = runner.invoke(app, ["themes", "--db", str(seeds_db_path), "-f", "json"])
    assert got.exit_code == 0, got.output
    groups = json.loads(got.output)
    promised = json.loads(runner.invoke(app, ["promises", "--db", str(seeds_db_path), "-f", "json"]).output)
    per_authority: dict[str, int] = {}
    for g in groups:
        assert g["promises"] == sum(g[s] for s in ("delivered", "in_progress", "not_delivered", "unmeasurable",
                                                   "no_evidence", "not_tracked"))
        per_authority[g["authority"]] = per_authority.get(g["authority"], 0) + g["promises"]
    assert per_authority == dict(Counter(p["authority"] for p in promised))
    for who in per_authority:
        assert abs(sum(g["share"] for g in groups if g["authority"] == who) - 1) < 0.01
    untracked = [g for g in groups if g["not_tracked"]]
    assert any(g["theme"] != "other" for g in untracked)


def _json(args: list[str]) -> list[dict]:
    got = runner.invoke(app, [*args, "-f", "json"])
    assert got.exit_code == 0, got.output
    return json.loads(got.stdout)


def test_a_filter_value_that_cannot_match_is_a_usage_error_naming_the_valid_ones(seeds_db_path):
    """A typo must not look like "no promises": exit 2 and the values that would match."""
    db = ["--db", str(seeds_db_path)]
    for args, expected in ((["--status", "deliverd"], ["delivered", "not_tracked"]),
                           (["--theme", "erly help"], ["early_help"]),
                           (["--authority", "Nowhere"], ["Medway Council", "Walsall Council"]),
                           (["--authority", "Council"], ["matches several"])):
        got = runner.invoke(app, ["promises", *db, *args])
        assert got.exit_code == 2, (args, got.output)
        assert all(word in got.output for word in expected), got.output
        assert len(got.output.strip().splitlines()) == 1, got.output
    got = runner.invoke(app, ["compare", *db, "-m", "childrenlookedafter"])
    assert got.exit_code == 2 and "children_looked_after" in got.output
    assert runner.invoke(app, ["metrics", *db, "-m", "no_such_indicator"]).exit_code == 2


def test_filters_take_values_as_users_type_them(seeds_db_path):
    """'medway', 'early help', '2018/19', 'in progress', 'children looked after' select what the stored
    forms select."""
    db = ["promises", "--db", str(seeds_db_path)]
    medway = _json([*db, "--authority", "Medway Council"])
    assert medway and _json([*db, "--authority", "medway"]) == medway
    period = _json([*db, "--period", "2018-19"])
    assert period and _json([*db, "--period", "2018/19"]) == period
    theme = _json([*db, "--theme", "early_help"])
    assert theme and _json([*db, "--theme", "Early help"]) == theme
    assert _json([*db, "--status", "in progress"]) == _json([*db, "--status", "in_progress"])
    compare = ["compare", "--db", str(seeds_db_path), "-m"]
    assert _json([*compare, "children looked after"]) == _json([*compare, "children_looked_after"])
    metrics = ["metrics", "--db", str(seeds_db_path), "--authority", "walsall"]
    assert {p["authority"] for p in _json(metrics)} == {"Walsall Council"}


def test_promises_by_theme_are_the_promises_themes_counts(seeds_db_path):
    """`themes` themes untracked promises from their words; `promises --theme` must find those same ones."""
    db = ["--db", str(seeds_db_path)]
    groups = [g for g in _json(["themes", *db]) if g["not_tracked"] and g["theme"] != "other"]
    assert groups, "the seeds have an authority with one paper, so untracked promises"
    for g in groups[:3]:
        found = _json(["promises", *db, "--authority", g["authority"], "--theme", g["theme"]])
        assert len(found) == g["promises"], g


def test_tables_print_bracketed_text_as_written(seeds_db_path):
    """Search marks hits as [word]; rich markup would swallow lowercase [..] and leave gaps."""
    got = runner.invoke(app, ["search", "foster carers", "--db", str(seeds_db_path), "--limit", "3"],
                        env={"COLUMNS": "300"})
    assert got.exit_code == 0, got.output
    assert "[foster]" in got.output.lower()
    got = runner.invoke(app, ["search", "xyzzy", "--db", str(seeds_db_path)])
    assert got.exit_code == 0 and "nothing found" in got.output


def test_sections_and_extract_on_a_folder_are_usage_errors(tmp_path):
    for verb in ("sections", "extract"):
        got = runner.invoke(app, [verb, str(tmp_path)])
        assert got.exit_code == 2, got.output
        assert got.exception is None or isinstance(got.exception, SystemExit)
        assert "is a folder" in got.output


def test_ingest_errors_are_one_line_naming_file_and_reason(tmp_path):
    """Long paths must not wrap: a batch log is read with grep, one line per bad file."""
    folder = tmp_path / ("papers received for the children and young people overview and scrutiny committee" + "x" * 20)
    folder.mkdir()
    (folder / "Budget Amendments 13th-Feb-2025 [draft] 09.30 County Council.pdf").write_text("not a pdf at all")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "m.db"
    got = runner.invoke(app, ["ingest", str(folder), str(tmp_path / "missing.pdf"), "--db", str(db), "-j", "1"])
    assert got.exit_code == 1, got.output
    lines = got.output.splitlines()
    assert any("[draft] 09.30 County Council.pdf: not a PDF" in line for line in lines), got.output
    assert any(line.endswith("empty.txt: empty file") for line in lines), got.output
    assert any("missing.pdf: no such file" in line for line in lines), got.output
    assert runner.invoke(app, ["ingest", "--db", str(db)]).exit_code == 2


def test_the_same_bytes_twice_in_a_batch_share_one_result(tmp_path):
    """Two copies of a bad file both fail; a copy is never 'already stored' when nothing was."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.pdf").write_bytes(b"")
    db = tmp_path / "m.db"
    got = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "1"])
    assert got.exit_code == 1, got.output
    assert "already stored" not in got.output
    assert "0 stored, 0 skipped, 2 failed" in got.output
    assert sorted(r["path"].rsplit("/", 1)[-1] for r in store.open_db(db)["failures"].rows) == ["a.txt", "b.pdf"]


def test_figures_are_quoted_with_their_whole_sentence_across_pdf_line_wraps():
    """A PDF wraps a sentence over lines: the quote of a figure (metrics, compare, report) runs to the
    sentence's end, not to the line's ("... a child protection plan, an"), and never starts mid-word."""
    import re

    from miner.query import sentence_around
    from miner.readers import read_document

    for path, allowed in ((next(p for p in PDFS if p.name.startswith("CPP Minutes")), 0.05), (seed("002"), 0.0)):
        text = read_document(path).text
        flat = " ".join(text.split())
        figures = list(re.finditer(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?%?", text))
        cut = []
        for m in figures:
            quote = sentence_around(text, m.start(), m.end())
            core = quote.removeprefix("… ").removesuffix(" …")
            at = flat.find(core)
            assert at >= 0, quote
            after = flat[at + len(core) : at + len(core) + 2].strip()[:1]
            mid_sentence = after.islower() and not quote.endswith(" …") and core[-1] not in ".;!?:"
            if mid_sentence or flat[at - 1 : at].isalnum():
                cut.append(quote)
        assert figures and len(cut) <= allowed * len(figures), (path.name, cut[:5])



def test_a_table_cell_is_quoted_with_its_row_not_the_whole_table():
    """Written for this test (stop 27): a "|" row is a line of its own, so a cell's quote names its measure."""
    from miner.query import sentence_around

    text = ("| Measure | 2021/22 (baseline) | 2023/24 | Target 2025/26 | Status |\n|---|---|---|---|---|\n"
            "| Library visits | 410,000 | 463,200 | 500,000 | On track |\n"
            "| Active library members | 18,900 | 21,450 | 24,000 | On track |\n")
    at = text.index("21,450")
    assert sentence_around(text, at, at + 6) == "| Active library members | 18,900 | 21,450 | 24,000 | On track |"

def test_unusable_db_and_out_paths_are_usage_errors_not_tracebacks(seeds_db_path, tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_text("minutes of the meeting, not a database", encoding="utf-8")
    a_file = tmp_path / "a_file"
    a_file.write_text("", encoding="utf-8")
    db = ["--db", str(seeds_db_path)]
    for args in (["promises", "--db", str(not_db)], ["ingest", str(seed("002")), "--db", str(not_db)],
                 ["report", *db, "--authority", "walsall", "--out", str(tmp_path)],
                 ["export", *db, "--out", str(a_file)]):
        got = runner.invoke(app, args)
        assert got.exit_code == 2, (args, got.output, got.exception)
        assert isinstance(got.exception, SystemExit), (args, got.exception)
        assert got.output.startswith("error: ") and len(got.output.strip().splitlines()) == 1, got.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    new_db = tmp_path / "new" / "folder" / "m.db"  # a batch's database in a folder not made yet
    got = runner.invoke(app, ["ingest", str(empty), "--db", str(new_db), "-j", "1"])
    assert got.exit_code == 1 and new_db.exists(), got.output


def test_promises_themes_and_report_count_each_status_alike(seeds_db_path):
    """A councillor comparing `promises --status no_evidence` with the report's summary must see the
    same numbers: a promise with no later paper to check is not_tracked everywhere."""
    from miner import report

    db = ["--db", str(seeds_db_path)]
    groups = _json(["themes", *db])
    for authority in ("Medway Council", "Walsall Council"):
        promised = Counter(p["status"] for p in _json(["promises", *db, "--authority", authority]))
        summary = report.report_data(store.open_db(seeds_db_path), authority)["statuses"]
        assert {s["id"]: s["count"] for s in summary if s["count"]} == dict(promised), authority
        themed = Counter()
        for g in groups:
            if g["authority"] == authority:
                themed.update({s: g[s] for s in promised})
        assert themed == promised, authority
        for status, n in promised.items():
            assert len(_json(["promises", *db, "--authority", authority, "--status", status])) == n


def test_promises_table_names_the_paper_of_each_promise_and_evidence(seeds_db_path):
    """An authority often files several papers on one date: date and paragraph alone do not say which. Each row
    names its papers by a key, and the list under the table gives each key's title and file once."""
    db = ["--db", str(seeds_db_path), "--authority", "Medway Council"]
    records = [r for r in _json(["promises", *db, "--status", "delivered"]) if r["evidence"]]
    assert records
    got = runner.invoke(app, ["promises", *db, "--status", "delivered"], env={"COLUMNS": "300"})
    first_row = next(line for line in got.output.splitlines() if line.startswith("│"))
    paper_key, evidence_key = first_row.split("│")[1].split()[0], first_row.split("│")[5].split(",")[0].split()[0]
    legend = {line.split()[0]: line for line in got.output.split("Papers:\n", 1)[1].splitlines()}
    assert records[0]["promise_document"] in legend[paper_key] and records[0]["document_path"] in legend[paper_key]
    evidence = records[0]["evidence"][0]
    assert evidence["document"] in legend[evidence_key] and evidence["date"] in legend[evidence_key]
    assert evidence["document_path"] in legend[evidence_key]
    used = {r["document_path"] for r in records} | {r["evidence"][0]["document_path"] for r in records}
    assert len(legend) == len(used) and all(got.output.count(path) == 1 for path in used)  # each paper listed once


def test_extract_text_prints_one_statement_a_line():
    """`extract -f text` is for grep and diff: a PDF's line breaks inside a statement must not split it."""
    pdf = next(p for p in PDFS if p.name.startswith("CPP Minutes"))
    data = json.loads(runner.invoke(app, ["extract", str(pdf)]).stdout)
    got = runner.invoke(app, ["extract", str(pdf), "-f", "text"])
    assert got.exit_code == 0, got.output
    lines = got.stdout.splitlines()
    assert len(lines) == len(data["statements"]) and any("\n" in st["text"] for st in data["statements"])
    for line, st in zip(lines, data["statements"]):
        assert line.startswith(st["kind"]) and line.endswith(" ".join(st["text"].split())[-30:])


def test_promises_by_service_find_it_by_any_of_its_names(seeds_db_path):
    """Papers define an acronym once ("(MYPWS)") and then use either form: --service takes either."""
    db = store.open_db(seeds_db_path)
    named = store.rows(db, """
        select e.aliases, group_concat(m.text, '|') || '|' || e.name as names, group_concat(s.id) as promise_ids
        from entities e join mentions m on m.entity_id = e.id join statements s on s.id = m.statement_id
        where s.kind in ('priority', 'commitment') and e.aliases not in ('', '[]') group by e.id""")
    cases = [(alias, set(r["promise_ids"].split(","))) for r in named for alias in json.loads(r["aliases"])
             if alias.lower() not in r["names"].lower()]
    assert cases, "a promise names a service by a name other than its alias"
    for alias, promise_ids in cases[:3]:
        found = {p["promise_id"] for p in _json(["promises", "--db", str(seeds_db_path), "--service", alias])}
        assert promise_ids <= found, alias


def test_metrics_table_figures_show_their_unit(seeds_db_path):
    """A rate of 65 per 10,000 printed as "65" next to counts of 413 reads as a count."""
    from miner import query
    from miner.cli_output import UNIT_LABELS, with_figure as _with_figure

    points = query.metric_series(store.open_db(seeds_db_path))
    rates = [p for p in points if p["unit"] in UNIT_LABELS]
    assert rates
    for p in rates:
        shown = _with_figure(p)["figure"].replace(",", "")
        assert UNIT_LABELS[p["unit"]].replace(",", "") in shown or "per cent" in shown, p


def test_out_of_range_numbers_are_usage_errors(seeds_db_path, tmp_path):
    """--limit 0 printed "nothing found"; a negative worker count or limit is a typo, not a request."""
    assert runner.invoke(app, ["search", "adoption", "--db", str(seeds_db_path), "--limit", "0"]).exit_code == 2
    for option in ("--jobs", "--timeout", "--memory-mb", "--max-pages"):
        got = runner.invoke(app, ["ingest", str(seed("002")), "--db", str(tmp_path / "m.db"), option, "-1"])
        assert got.exit_code == 2, (option, got.output)


def test_every_option_has_help_text():
    """`miner VERB --help` is the manual: an option without a line of help is one a user must guess."""
    import typer.main

    for name, command in typer.main.get_command(app).commands.items():
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert (param.help or "").strip(), f"miner {name} {param.opts[0]} has no help"


def test_serve_on_a_port_in_use_is_a_usage_error(seeds_db_path):
    import socket

    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        got = runner.invoke(app, ["serve", "--db", str(seeds_db_path), "--port", str(port)])
    assert got.exit_code == 2, got.output
    assert f"127.0.0.1:{port}" in got.output and "--port" in got.output


def test_csv_with_no_rows_still_has_its_header(seeds_db_path):
    """`-f csv > x.csv` feeds a script: no rows must still be a CSV with the columns a row would have."""
    from miner import query

    db = store.open_db(seeds_db_path)
    indicator = next(i for i in query.indicator_labels()
                     if not db.execute("select 1 from series where indicator = ?", [i]).fetchone())
    cases = [(["compare", "-m", indicator], ["compare", "-m", "children_looked_after"]),
             (["metrics", "-m", indicator], ["metrics", "-m", "children_looked_after"]),
             (["search", "xyzzyqx"], ["search", "adoption"])]
    for empty, full in cases:
        got = runner.invoke(app, [*empty, "--db", str(seeds_db_path), "-f", "csv"])
        rows = runner.invoke(app, [*full, "--db", str(seeds_db_path), "-f", "csv"]).stdout.splitlines()
        assert got.exit_code == 0 and len(rows) > 1
        assert got.stdout.splitlines() == rows[:1], empty


def _first_row(output: str, header: str) -> str:
    """The text of one column (by its header) of a rich table's first row, its folded lines joined."""
    heads = [line.split("┃") for line in output.splitlines() if line.startswith("┃")]
    column = next(i for cells in heads for i, cell in enumerate(cells) if cell.strip() == header)
    cells = []
    for line in output.splitlines():
        if line.startswith(("├", "└")):
            break
        if line.startswith("│"):
            cells.append(line.split("│")[column].strip())
    return " ".join(c for c in cells if c)


def test_metrics_compare_and_search_tables_name_the_paper(seeds_db_path):
    """A figure or hit is cited by its paper; the date alone does not say which of a day's papers: the row's key
    is listed under the table with the paper's authority and title."""
    db = ["--db", str(seeds_db_path)]
    for args in (["metrics", "--authority", "Medway Council", "-m", "child_protection_plans"],
                 ["compare", "-m", "children_looked_after"], ["search", "adoption"]):
        first = _json([*args, *db])[0]
        titles = {r["id"]: r["title"] for r in store.rows(store.open_db(seeds_db_path), "select id, title from documents")}
        name = first.get("document") or titles[first["document_id"]]
        assert name
        got = runner.invoke(app, [*args, *db], env={"COLUMNS": "300"})
        assert got.exit_code == 0, got.output
        key, date = _first_row(got.output, "paper").split()
        assert date == (first["meeting_date"] or "undated"), args
        listed = next(line for line in got.output.split("Papers:\n", 1)[1].splitlines() if line.split()[0] == key)
        assert listed.split(None, 2)[2].startswith(f"{first['authority']}: {name}"), (args, listed)


def test_an_empty_database_says_so_rather_than_drawing_empty_tables(tmp_path):
    db = tmp_path / "m.db"
    store.open_db(db).close()
    for args in (["promises"], ["themes"], ["metrics"], ["search", "adoption"]):
        got = runner.invoke(app, [*args, "--db", str(db)])
        assert got.exit_code == 0, got.output
        assert "┏" not in got.output and got.output.strip(), (args, got.output)


def test_a_scheduler_address_that_cannot_work_is_a_usage_error(tmp_path):
    """A bad --scheduler was a traceback (or silently ignored without --executor dask)."""
    db = ["--db", str(tmp_path / "m.db")]
    got = runner.invoke(app, ["ingest", str(seed("002")), *db, "--scheduler", "tcp://127.0.0.1:1"])
    assert got.exit_code == 2 and "--executor dask" in got.output, got.output
    got = runner.invoke(app, ["ingest", str(seed("002")), *db, "--executor", "dask", "--scheduler", "foo://x:1"])
    assert got.exit_code == 2 and isinstance(got.exception, SystemExit), got.output
    assert got.output.startswith("error: cannot reach the Dask scheduler foo://x:1")


def test_a_period_that_matches_nothing_names_the_periods_that_would(seeds_db_path):
    db = ["--db", str(seeds_db_path), "--authority", "Medway Council"]
    stated = {p["period"] for p in _json(["promises", *db]) if p["period"]}
    year = min(stated)[:4]  # '2018' for '2018-19': what users type
    got = runner.invoke(app, ["promises", *db, "--period", year])
    assert got.exit_code == 0 and "no promises match" in got.output
    assert all(period in got.output for period in stated), got.output


def test_promises_before_tracking_say_how_to_get_verdicts(seeds_db):
    seeds_db.execute("delete from evidence")
    seeds_db.execute("delete from verdicts")
    seeds_db.conn.commit()
    path = seeds_db.conn.execute("pragma database_list").fetchone()[2]
    got = runner.invoke(app, ["promises", "--db", path, "--authority", "Walsall Council"])
    assert got.exit_code == 0 and "miner track" in got.output, got.output


def test_a_pdf_promise_is_cited_with_its_page(tmp_path, seeds_db_path):
    """Minutes do not number every paragraph ("h3.p2"): a reader finds it by the PDF's page."""
    from miner import query

    pdf = next(p for p in PDFS if p.name.startswith("CPP Minutes"))
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(pdf), "--db", str(db), "-j", "1"]).exit_code == 0
    database = store.open_db(db)
    pages = database.execute("select pages from documents").fetchone()[0]
    got = query.promises(database)
    assert got and all(1 <= p["page"] <= pages for p in got)
    assert all(p["page"] is None for p in query.promises(store.open_db(seeds_db_path)))  # a text paper has none
    table = runner.invoke(app, ["promises", "--db", str(db)], env={"COLUMNS": "200"}).stdout
    first = got[0]
    assert f"{first['section_path']} (p. {first['page']})" in table
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "--db", str(db), "--authority", "kent", "--out", str(out)]).exit_code == 0
    assert f"para {first['section_path']}, p. {first['page']}" in out.read_text(encoding="utf-8")


# written for this test: a district's environment and health report with figures in years, tonnes and kg
UNITS_PAPER = """Thornbury District Council

Overview and Scrutiny Committee

14 March 2024

Environment and Health Performance Report 2022/23

1. Waste

1.1 The council collected 12,400 tonnes of residual household waste in 2022/23, down from 13,100 tonnes in 2021/22.

1.2 Residual household waste per household was 112 kg in 2022/23.

2. Health

2.1 Healthy life expectancy for women in the district was 61.3 years in 2022, compared with 63.9 nationally.
"""


def test_metrics_and_compare_show_years_tonnes_and_kg(tmp_path):
    """A reader expects "61.3 years", "12,400 tonnes", "112 kg"; a benchmark printed bare ("63.9 nationally") takes
    the unit of the figure it is compared with, and a figure that names its unit is not labelled twice."""
    from miner.cli_output import with_figure

    (tmp_path / "paper.txt").write_text(UNITS_PAPER, encoding="utf-8")
    db = ["--db", str(tmp_path / "m.db")]
    assert runner.invoke(app, ["ingest", str(tmp_path / "paper.txt"), *db, "-j", "1"]).exit_code == 0
    assert runner.invoke(app, ["track", *db]).exit_code == 0
    shown = runner.invoke(app, ["metrics", *db], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    for figure in ("61.3 years", "12,400 tonnes", "112 kg"):
        assert figure in shown.output, figure
    latest = runner.invoke(app, ["compare", *db, "-m", "healthy_life_expectancy"], env={"COLUMNS": "300"})
    assert "61.3 years" in latest.output, latest.output
    claims = store.rows(store.open_db(tmp_path / "m.db"), "select text as figure, value, unit from claims")
    bare = next(c for c in claims if c["figure"] == "63.9")
    assert bare["unit"] == "years" and with_figure(bare)["figure"] == "63.9 years"
    for figure, unit in (("8,950 tons", "tonnes"), ("498 kilograms", "kg"), ("2 percentage points", "pp"),
                         ("45 per cent", "%"), ("20 working days", "days"), ("1,150 MWh", "kWh"), ("420 kWp", "kW"),
                         ("0.8 hectares", "sq_m")):
        assert with_figure({"figure": figure, "unit": unit})["figure"] == figure, figure
    assert with_figure({"figure": "112", "unit": "kg"})["figure"] == "112 kg"
    assert with_figure({"figure": "2,400", "unit": "sq_m"})["figure"] == "2,400 sq m"
