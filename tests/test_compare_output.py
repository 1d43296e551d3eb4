"""What `miner compare` tells a researcher beside each authority's latest value (compare round 12): how far behind the
newest value shown it is (`years_behind`, `stale`), and what the paper calls the figure (`metric`), on a real database
of two real papers: Kent's draft revenue budget (January 2025) and Stoke Ferry parish's minutes (January 2020)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from miner.cli import app
from miner.evaluation.claims import corpus_path

runner = CliRunner()
PAPERS = ("Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt",
          "Stoke Ferry Parish Council minutes 2020-01-08.txt")


@pytest.fixture(scope="module")
def db_args(tmp_path_factory) -> list[str]:
    db = ["--db", str(tmp_path_factory.mktemp("compare") / "m.db")]
    got = runner.invoke(app, ["ingest", *[str(corpus_path(name)) for name in PAPERS], *db, "-j", "1"])
    assert got.exit_code == 0, got.output
    assert runner.invoke(app, ["track", *db]).exit_code == 0
    return db


def _rows(db_args: list[str], metric: str, fmt: str = "json") -> list[dict]:
    got = runner.invoke(app, ["compare", *db_args, "-m", metric, "-f", fmt])
    assert got.exit_code == 0, got.output
    return json.loads(got.output)


def test_compare_flags_a_value_years_older_than_the_newest_shown(db_args):
    """The parish's grant of December 2019 beside Kent's 2024-25 grants is more than two years behind: `stale`, with
    `years_behind` in the json, csv and table; the newest value is not behind at all."""
    rows = {r["authority"]: r for r in _rows(db_args, "grant_funding")}
    kent, parish = rows["Kent County Council"], rows["Stoke Ferry Parish Council"]
    assert (kent["years_behind"], kent["stale"]) == (0.0, False)
    assert parish["stale"] is True and parish["years_behind"] > 5
    csv = runner.invoke(app, ["compare", *db_args, "-m", "grant_funding", "-f", "csv"]).output.splitlines()
    assert csv[0].split(",")[-3:] == ["metric", "years_behind", "stale"]
    table = runner.invoke(app, ["compare", *db_args, "-m", "grant_funding"], env={"COLUMNS": "300"}).output
    assert "years behind" in table and f"{parish['years_behind']:g} (stale)" in table


def test_compare_says_what_the_paper_calls_each_figure(db_args):
    """An item indicator holds different things by nature: the row names each figure as its paper does, a "|" row's
    label ("Total Grants") or the words naming it in its sentence ("Locality/Groundworks funding", "total usable
    revenue reserves"), so a reader sees a council's grants' total beside one tranche of a parish's funding."""
    rows = {r["authority"]: r for r in _rows(db_args, "grant_funding")}
    assert rows["Kent County Council"]["metric"] == "Total Grants"
    assert rows["Stoke Ferry Parish Council"]["metric"].endswith("Locality/Groundworks funding")
    [kent] = _rows(db_args, "reserves")
    assert (kent["value"], kent["metric"]) == (357600000.0, "total usable revenue reserves")


def test_compare_table_leaves_the_quote_readable(db_args):
    """Nine short fields beside the quote: each is capped so that the quote keeps a readable width (it was folded
    to one letter a line), and a column empty in every row ("per 10,000" of money) is left out of the table."""
    rows = _rows(db_args, "grant_funding")
    table = runner.invoke(app, ["compare", *db_args, "-m", "grant_funding"]).output
    for row in rows:
        assert " ".join(row["quote"].split()[:3]) in table, row["quote"]
    assert "per 10,000" not in table
