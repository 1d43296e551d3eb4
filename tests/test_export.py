"""`miner export`: stable columns in every format, row counts that match the database."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from miner import export, store
from miner.cli import app


@pytest.fixture(scope="module")
def seeds(seeds_db_path):
    return store.open_db(seeds_db_path)


def _read(path):
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            return reader.fieldnames, list(reader)
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return (list(data[0]) if data else None), data
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return table.schema.names, table.to_pylist()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_has_the_documented_columns_and_all_rows(seeds, tmp_path, fmt):
    paths = export.export(seeds, tmp_path, fmt)
    assert [p.name for p in paths] == [f"{n}.{fmt}" for n in export.COLUMNS]
    expected = {
        "promises": "select count(*) from statements where kind in ('priority', 'commitment')",
        "evidence": "select count(*) from evidence",
        "claims": "select count(*) from claims",
        "series": "select count(*) from series",
        "documents": "select count(*) from documents",
    }
    for path in paths:
        name = path.stem
        columns, rows = _read(path)
        assert columns == [c for c, _ in export.COLUMNS[name]], name
        assert len(rows) == seeds.execute(expected[name]).fetchone()[0], name
    assert len(rows) == 5  # documents: the five seeds


def test_promise_rows_carry_their_first_evidence(seeds, tmp_path):
    export.export(seeds, tmp_path, "json")
    promises = json.loads((tmp_path / "promises.json").read_text(encoding="utf-8"))
    evidence = json.loads((tmp_path / "evidence.json").read_text(encoding="utf-8"))
    by_promise: dict[str, list] = {}
    for e in evidence:
        by_promise.setdefault(e["promise_id"], []).append(e)
    with_evidence = [p for p in promises if p["evidence_count"]]
    assert with_evidence
    for p in with_evidence:
        links = sorted(by_promise[p["promise_id"]], key=lambda e: e["rank"])
        assert len(links) == p["evidence_count"] and links[0]["quote"] == p["evidence_quote"]
    assert all(p["evidence_count"] == 0 and p["evidence_quote"] is None for p in promises if p["status"] == "no_evidence")
    assert {p["status"] for p in promises} <= {"delivered", "in_progress", "not_delivered", "no_evidence", "unmeasurable", "not_tracked"}
    assert all(len(p["promise_document_id"]) == 64 for p in promises)


def test_parquet_types(seeds, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    export.export(seeds, tmp_path, "parquet")
    schema = pq.read_schema(tmp_path / "promises.parquet")
    assert schema.field("carried_over").type == pa.bool_()
    assert schema.field("confidence").type == pa.float64()
    assert pq.read_schema(tmp_path / "claims.parquet").field("value").type == pa.float64()


def test_empty_tables_still_have_their_columns(seeds_db, tmp_path):
    seeds_db.execute("delete from series")
    seeds_db.conn.commit()
    export.export(seeds_db, tmp_path, "parquet")
    export.export(seeds_db, tmp_path, "csv")
    columns, rows = _read(tmp_path / "series.parquet")
    assert rows == [] and columns == [c for c, _ in export.COLUMNS["series"]]
    assert (tmp_path / "series.csv").read_text(encoding="utf-8").startswith("authority,indicator,as_of,")


def test_cli_export_and_usage_errors(seeds_db_path, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["export", "--db", str(seeds_db_path), "--format", "csv", "--out", str(tmp_path / "out")])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "out" / "promises.csv").exists()
    bad = runner.invoke(app, ["export", "--db", str(seeds_db_path), "--format", "xml", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "csv, json, parquet" in bad.output
    report = runner.invoke(app, ["report", "--db", str(seeds_db_path), "--authority", "Nowhere", "--out", str(tmp_path / "r.html")])
    assert report.exit_code == 2 and "Medway Council" in report.output
    good = runner.invoke(app, ["report", "--db", str(seeds_db_path), "--authority", "walsall", "--out", str(tmp_path / "w.html"), "--quiet"])
    assert good.exit_code == 0 and (tmp_path / "w.html").read_text(encoding="utf-8").count("Walsall Council") >= 2


def test_series_rows_cite_paragraph_and_sentence(seeds, tmp_path):
    """A researcher checking a figure ("413") needs where it is and what it counts, as `miner metrics` shows."""
    export.export(seeds, tmp_path, "csv")
    _, rows = _read(tmp_path / "series.csv")
    assert rows
    for r in rows:
        assert r["section_path"] and r["quote"] in r["sentence"], r
        assert len(r["sentence"].split()) > len(r["quote"].split()), r
