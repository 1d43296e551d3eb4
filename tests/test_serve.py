"""The Datasette web UI and full-text search over the real seeds: canned queries, FTS, read-only."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import urllib.parse

import pytest

import browser  # tests/browser.py
from miner import query, serve, store


@pytest.fixture(scope="module")
def ds(seeds_db_path):
    return serve.make_app(seeds_db_path)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def test_database_is_mounted_immutable_as_miner(ds):
    db = ds.get_database("miner")
    assert not db.is_mutable
    assert get(ds, "/miner.json").status_code == 200


def test_promised_vs_delivered_canned_query(ds, seeds_db_path):
    r = get(ds, "/miner/promised_vs_delivered.json?authority=Medway+Council&status=delivered&_shape=array")
    assert r.status_code == 200, r.text
    rows = r.json()
    assert rows and all(x["status"] == "delivered" and x["authority"] == "Medway Council" for x in rows)
    assert all(x["evidence_quote"] and x["evidence_count"] >= 1 for x in rows)
    every = get(ds, "/miner/promised_vs_delivered.json?_shape=array&_size=max").json()
    expected = store.open_db(seeds_db_path).execute(
        "select count(*) from statements where kind in ('priority', 'commitment')").fetchone()[0]
    assert len(every) == expected  # blank parameters: every promise, one row each


@pytest.mark.parametrize("name,params", [
    ("metric_series", {"indicator": "child_protection_plans", "authority": "Medway Council"}),
    ("compare_authorities", {"indicator": "children_looked_after"}),
    ("repeated_priorities", {}),
    ("services_mentioned", {"authority": "Walsall Council"}),
    ("promises_by_theme", {}),
])
def test_every_canned_query_returns_rows(ds, name, params):
    r = get(ds, f"/miner/{name}.json?_shape=array&" + urllib.parse.urlencode(params))
    assert r.status_code == 200, r.text
    assert r.json(), name
    assert name in serve.load_metadata()["databases"]["miner"]["queries"]


def test_series_are_in_as_of_order(ds):
    rows = get(ds, "/miner/metric_series.json?_shape=array&indicator=child_protection_plans&authority=Medway+Council").json()
    counts = [r["as_of"] for r in rows if r["unit"] == "count"]
    assert counts == sorted(counts) and len(counts) >= 3


def test_full_text_search_in_the_ui(ds):
    r = get(ds, "/miner/statements.json?_search=foster+carers&_shape=array")
    assert r.status_code == 200 and r.json()
    assert all("foster" in x["text"].lower() for x in r.json())
    assert get(ds, "/miner/sections.json?_search=Ofsted&_shape=array").json()


def test_writes_are_refused(ds, seeds_db_path):
    before = store.open_db(seeds_db_path).execute("select count(*) from documents").fetchone()[0]
    r = get(ds, "/miner.json?sql=" + urllib.parse.quote("delete from documents"))
    assert r.status_code == 400 and "SELECT" in r.json()["error"]
    r = asyncio.run(ds.client.post("/miner/documents/-/insert", json={"row": {"id": "x"}}))
    assert r.status_code >= 400
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(ds.get_database("miner").execute_fn(lambda conn: conn.execute("delete from documents")))
    assert store.open_db(seeds_db_path).execute("select count(*) from documents").fetchone()[0] == before


def test_missing_page_is_a_plain_404(ds):
    """Datasette 0.65 + rich crashed on 404s; serve.make_app switches that off."""
    assert get(ds, "/no-such-page").status_code == 404


def test_metadata_describes_every_table(seeds_db_path):
    tables = serve.load_metadata()["databases"]["miner"]["tables"]
    db = store.open_db(seeds_db_path)
    for name in ("documents", "sections", "statements", "verdicts", "evidence", "claims", "series"):
        assert tables[name]["description"]
        assert set(tables[name].get("columns", {})) <= set(db[name].columns_dict), name


# --- miner search (query.search) ------------------------------------------------


def test_search_finds_snippets(seeds_db_path):
    db = store.open_db(seeds_db_path)
    hits = query.search(db, "foster carers")
    assert hits and {h["type"] for h in hits} <= {"statement", "section"}
    assert any("[foster]" in h["snippet"].lower() or "[foster" in h["snippet"].lower() for h in hits)
    assert query.search(db, 'unbalanced "quote (') is not None  # user input cannot break FTS syntax


def test_search_filters_by_authority_and_year(seeds_db_path):
    db = store.open_db(seeds_db_path)
    everyone = query.search(db, "social workers", limit=100)
    assert {h["authority"] for h in everyone} >= {"Medway Council", "Walsall Council"}
    walsall = query.search(db, "social workers", authority="Walsall Council", limit=100)
    assert walsall and all(h["authority"] == "Walsall Council" for h in walsall)
    y2020 = query.search(db, "social workers", year="2020", limit=100)
    assert y2020 and all((h["meeting_date"] or "").startswith("2020") or "2020" in (h["period"] or "") for h in y2020)
    assert len(y2020) < len(everyone)


def test_search_cli(seeds_db_path):
    from typer.testing import CliRunner

    from miner.cli import app

    result = CliRunner().invoke(app, ["search", "foster carers", "--db", str(seeds_db_path), "--authority", "Medway Council", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["authority"] == "Medway Council" for r in rows)


# --- in a real browser ------------------------------------------------------------


@pytest.mark.browser
def test_canned_query_in_chromium(seeds_db_path):
    browser.require_chromium()
    with serve.BackgroundServer(seeds_db_path) as url:
        page = url + "/miner/promised_vs_delivered?authority=Medway+Council&status=delivered"
        shot = browser.screenshot(page, browser.SCREENSHOTS / "serve-promised-vs-delivered.png", width=1280, height=1000)
        assert browser.png_colours(shot) > 10
        dom = browser.dump_dom(page)
        assert "Promised vs delivered" in dom
        rows = re.findall(r"<tr>\s*<td class=\"col-authority", dom)
        assert rows, "the canned query shows result rows"
        home = browser.dump_dom(url + "/miner")
        assert "promised_vs_delivered" in home and "_sqlite_migrations" not in home
        search = browser.dump_dom(url + "/miner/statements?_search=foster+carers")
        assert re.search(r"\d+ rows? where search matches", search)


def test_canned_queries_count_statuses_as_promises_does(ds, seeds_db_path):
    """A promise with no later paper to check is `not_tracked` everywhere, not `no_evidence`."""
    db = store.open_db(seeds_db_path)
    want: dict[str, int] = {}
    for p in query.promises(db):
        want[p["status"]] = want.get(p["status"], 0) + 1
    assert want.get("not_tracked") and want.get("no_evidence")  # the seeds have both
    rows = get(ds, "/miner/promised_vs_delivered.json?_shape=array&_size=max").json()
    got: dict[str, int] = {}
    for r in rows:
        got[r["status"]] = got.get(r["status"], 0) + 1
    assert got == want
    themes = get(ds, "/miner/promises_by_theme.json?_shape=array&_size=max").json()  # the tracked ones
    judged: dict[str, int] = {}
    for p in query.promises(db):
        if p["checked_documents"] is not None:
            judged[p["status"]] = judged.get(p["status"], 0) + 1
    assert judged.get("not_tracked")
    for status in ("no_evidence", "not_tracked", "delivered"):
        assert sum(t[status] for t in themes) == judged.get(status, 0)
