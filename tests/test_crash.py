"""`kill -9` of a real `miner ingest` mid-batch: the database stays whole, a re-run finishes the job.

A reader polls the database while the ingest writes (WAL): it never errors and
never sees half a document.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from test_batch import content, seeds_folder

ROOT = Path(__file__).resolve().parent.parent


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "miner.cli", "ingest", str(folder), "--db", str(db), "--jobs", "1"]


def children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def half_documents(con: sqlite3.Connection) -> list:
    """Documents a reader can see without their sections: a transaction that leaked."""
    return con.execute(
        "select path from documents d where not exists (select 1 from sections s where s.document_id = d.id)"
    ).fetchall()


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun_finishes_without_duplicates(seeds_db_path, tmp_path):
    folder = seeds_folder(tmp_path / "in")
    db = tmp_path / "crash.db"
    proc = subprocess.Popen(ingest_cmd(folder, db), cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    reads, seen, workers = 0, 0, set()
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= children(proc.pid)
            if db.exists():
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    seen = con.execute("select count(*) from documents").fetchone()[0]
                    assert half_documents(con) == []
                    con.execute("select count(*) from statements_fts where statements_fts match 'children'").fetchone()
                    reads += 1
                except sqlite3.OperationalError as err:  # only before the schema exists
                    assert "no such table" in str(err), err
                finally:
                    con.close()
            if seen >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert reads > 3 and 2 <= seen < len(SEEDS)

    # The orphaned worker notices its writer is gone and exits on its own.
    assert workers
    gone_by = time.monotonic() + 30
    while any(running(pid) for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.2)
    assert not any(running(pid) for pid in workers)

    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert half_documents(con) == []
    stored_before = con.execute("select count(*) from documents").fetchone()[0]
    con.close()

    rerun = subprocess.run(ingest_cmd(folder, db), cwd=tmp_path, capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    summary = " ".join((rerun.stdout + rerun.stderr).split())
    assert f"{len(SEEDS) - stored_before} stored, {stored_before} skipped, 0 failed" in summary

    from miner import store

    got, reference = store.open_db(db), store.open_db(seeds_db_path)
    ids = {r["id"] for r in reference.query("select id from documents")}
    assert {r["id"] for r in got.query("select id from documents")} == ids
    assert content(got, ids) == content(reference, ids)
    assert got.execute("select count(*) - count(distinct path) from documents").fetchone()[0] == 0
    assert got.execute("pragma integrity_check").fetchone()[0] == "ok"
