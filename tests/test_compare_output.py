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


def _database(folder: Path, papers: tuple[str, ...]) -> list[str]:
    """`--db` args of a real database of real corpus papers, ingested and tracked as a user would."""
    db = ["--db", str(folder / "m.db")]
    got = runner.invoke(app, ["ingest", *[str(corpus_path(name)) for name in papers], *db, "-j", "1"])
    assert got.exit_code == 0, got.output
    assert runner.invoke(app, ["track", *db]).exit_code == 0
    return db


@pytest.fixture(scope="module")
def db_args(tmp_path_factory) -> list[str]:
    return _database(tmp_path_factory.mktemp("compare"), PAPERS)


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
    assert csv[0].split(",")[-5:-2] == ["metric", "years_behind", "stale"]  # round 14 appended basis, like_for_like
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


def test_compare_marks_single_items_apart_from_a_tables_total(db_args):
    """Compare round 14: a row of an item indicator (one grant of many) is no like-for-like figure unless a "|" table's
    total row gives it: Kent's "| Total Grants |" row keeps `like_for_like`, the parish's one tranche of funding loses
    it, and the table says so in one line under it; the new fields come last in the csv."""
    rows = {r["authority"]: r for r in _rows(db_args, "grant_funding")}
    assert rows["Kent County Council"]["like_for_like"] is True
    assert rows["Stoke Ferry Parish Council"]["like_for_like"] is False
    [kent] = _rows(db_args, "reserves")  # not an item indicator: always comparable as it stands
    assert kent["like_for_like"] is True and kent["basis"] is None
    csv = runner.invoke(app, ["compare", *db_args, "-m", "grant_funding", "-f", "csv"]).output.splitlines()
    assert csv[0].split(",")[-2:] == ["basis", "like_for_like"]
    table = runner.invoke(app, ["compare", *db_args, "-m", "grant_funding"], env={"COLUMNS": "300"}).output
    assert "single items (one grant or contract) or a paper's total, not comparable as they stand" in table
    reserves = runner.invoke(app, ["compare", *db_args, "-m", "reserves"], env={"COLUMNS": "300"}).output
    assert "not comparable" not in reserves and "mix plans" not in reserves


BASIS_PAPERS = ("Birmingham City Council - Cabinet 2018-11-13.txt", "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
                "Appendix N - Capital Strategy.txt")


@pytest.fixture(scope="module")
def basis_db(tmp_path_factory) -> list[str]:
    return _database(tmp_path_factory.mktemp("basis"), BASIS_PAPERS)


def test_compare_tells_a_planned_figure_from_an_outturn(basis_db):
    """Compare round 14: Birmingham's "draft proposals for reducing cost ... that amount to £18.2m in 2019/20" is a
    plan, Kent's "£90 million saved for 2024-25" an outturn; the table shows each row's basis and says the rows mix
    the two; `--basis` keeps each authority's latest figure of one kind (Kent's latest plan is the £80.3m of 2024-25
    savings the minutes give as forecast, not the £90 million saved)."""
    rows = {r["authority"]: r for r in _rows(basis_db, "savings")}
    assert (rows["Birmingham City Council"]["value"], rows["Birmingham City Council"]["basis"]) == (18.2e6, "plan")
    assert (rows["Kent County Council"]["value"], rows["Kent County Council"]["basis"]) == (90e6, "outturn")
    table = runner.invoke(app, ["compare", *basis_db, "-m", "savings"], env={"COLUMNS": "300"}).output
    assert "basis" in table and "outturn" in table and "mix plans (budgeted, forecast) and outturns" in table
    plans = {r["authority"]: r for r in _rows([*basis_db, "--basis", "plan"], "savings")}
    assert plans["Kent County Council"]["value"] == 80.3e6 and {r["basis"] for r in plans.values()} == {"plan"}
    outturns = _rows([*basis_db, "--basis", "outturn"], "savings")
    assert [(r["authority"], r["value"]) for r in outturns] == [("Kent County Council", 90e6)]
    one_kind = runner.invoke(app, ["compare", *basis_db, "-m", "savings", "--basis", "plan"],
                             env={"COLUMNS": "300"}).output
    assert "mix plans" not in one_kind


def test_a_tables_column_head_gives_each_cells_basis(basis_db):
    """Compare round 14: in the capital strategy's "| | 2023-24 actual | 2024-25 forecast | 2025-26 budget | ..." table
    the TOTAL row's cells are an outturn, then plans: `miner metrics` gives each series point its basis."""
    got = runner.invoke(app, ["metrics", *basis_db, "-m", "capital_budget", "-f", "json"])
    assert got.exit_code == 0, got.output
    by_year = {r["as_of"]: r["basis"] for r in json.loads(got.output)}
    assert by_year["2023-24"] == "outturn"
    assert by_year["2024-25"] == by_year["2025-26"] == by_year["2027-28"] == "plan"
