"""Broken and hostile inputs in one real batch: each gets its reason, the good files are stored.

The corpus comes from `tests/hostile.py` (truncated, random-bytes, empty,
encrypted, HTML-as-PDF, binary and non-UTF-8 text, a 400-page PDF and a
FlateDecode bomb of 1 GB of zeros), plus two real seed papers.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile import EXPECTED, make_corpus

ROOT = Path(__file__).resolve().parent.parent
CHILD_TABLES = ("sections", "statements", "mentions", "claims", "inspections")


def miner(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "300"}
    return subprocess.run([sys.executable, "-m", "miner.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    folder = make_corpus(tmp_path_factory.mktemp("hostile") / "in")
    db_path = folder.parent / "hostile.db"
    proc = miner("ingest", str(folder), "--db", str(db_path), "--jobs", "2", "--timeout", "120",
                 cwd=folder.parent)
    return folder, db_path, proc


@pytest.mark.slow
def test_each_bad_file_has_its_one_line_reason_and_the_batch_goes_on(hostile_batch):
    folder, db_path, proc = hostile_batch
    assert proc.returncode == 1, proc.stdout + proc.stderr
    output = " ".join((proc.stdout + proc.stderr).split())  # undo console wrapping
    con = sqlite3.connect(db_path)
    failures = dict(con.execute("select path, error from failures"))
    stored = {Path(p).name for (p,) in con.execute("select path from documents")}
    for name, expected in EXPECTED.items():
        path = str(folder / name)
        if expected == "stored":
            assert name in stored, (name, failures.get(path))
            continue
        assert path in failures, (name, sorted(failures))
        reason = failures[path]
        assert "\n" not in reason and len(reason) < 300
        assert any(word.lower() in reason.lower() for word in expected), (name, reason)
        assert f"{path}: {reason}" in output, (name, reason)
    seeds = {p.name for p in folder.glob("0*.txt")}
    assert seeds and seeds <= stored


@pytest.mark.slow
def test_nothing_partial_is_stored(hostile_batch):
    folder, db_path, _ = hostile_batch
    con = sqlite3.connect(db_path)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert con.execute("pragma foreign_key_check").fetchall() == []
    failed = {p for (p,) in con.execute("select path from failures")}
    stored = {p for (p,) in con.execute("select path from documents")}
    assert not failed & stored
    for table in CHILD_TABLES:
        orphans = con.execute(
            f"select count(*) from {table} where document_id not in (select id from documents)"
        ).fetchone()[0]
        assert orphans == 0, table
    # every stored document is whole: it has its sections
    empty = con.execute(
        "select path from documents d where not exists (select 1 from sections s where s.document_id = d.id)"
    ).fetchall()
    assert empty == []
    pages = dict(con.execute("select path, pages from documents"))
    assert pages[str(folder / "pages-400.pdf")] == 400


@pytest.mark.slow
def test_rerun_reports_known_failures_without_parsing_them_again(hostile_batch):
    folder, db_path, _ = hostile_batch
    t0 = time.perf_counter()
    proc = miner("ingest", str(folder), "--db", str(db_path), "--jobs", "2", cwd=folder.parent)
    seconds = time.perf_counter() - t0
    output = " ".join((proc.stdout + proc.stderr).split())
    assert proc.returncode == 1
    assert "0 stored, 3 skipped, 8 failed" in output
    assert f"{folder / 'encrypted.pdf'}: encrypted PDF (password required) (unchanged since it failed)" in output
    assert seconds < 10  # no worker, no spaCy, no 1 GB bomb inflated again


def test_page_limit_refuses_long_pdf_with_reason(tmp_path):
    from hostile import long_pdf

    from miner import store
    from miner.ingest import IngestOptions, ingest
    from miner.limits import DocLimits

    path = tmp_path / "long.pdf"
    path.write_bytes(long_pdf(60))
    db = store.open_db(tmp_path / "x.db")
    [result] = ingest([path], db, executor="inline",
                      options=IngestOptions(limits=DocLimits(max_pages=50)))
    assert result.status == "failed"
    assert result.error == "too many pages (60 > 50)"
    assert db["failures"].get(str(path))["error"] == result.error
