"""Batch execution: Dask gives the same database as one local worker; limits kill and replace workers;
an unchanged re-run starts nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, SEEDS

ROOT = Path(__file__).resolve().parent.parent
CONTENT_TABLES = ("documents", "sections", "statements", "mentions", "claims", "inspections", "entities")


def seeds_folder(folder: Path, seeds: list[Path] = SEEDS) -> Path:
    """Seeds with their MANIFEST, as the shared `seeds_db_path` fixture ingests them."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in seeds:
        shutil.copy(p, folder / p.name)
    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").replace("seeds/", "")
    (folder / "MANIFEST.tsv").write_text(manifest, encoding="utf-8")
    return folder


def content(db, doc_ids: set[str]) -> dict[str, set]:
    """What a run stored for these documents (ids and key fields), whatever the order it stored it in."""
    marks = ", ".join("?" for _ in doc_ids)
    params = sorted(doc_ids)
    out = {
        t: {r["id"] for r in db.query(f"select id from {t} where document_id in ({marks})", params)}
        for t in CONTENT_TABLES if t not in ("documents", "entities")
    }
    out["entities"] = {r["entity_id"] for r in db.query(
        f"select distinct entity_id from mentions where document_id in ({marks})", params)}
    out["documents"] = {tuple(r.values()) for r in db.query(
        f"select id, title, authority, meeting_date, pages, length(text) from documents where id in ({marks})",
        params)}
    return out


@pytest.mark.slow
def test_dask_local_cluster_stores_what_one_local_worker_stores(tmp_path):
    from miner import store
    from miner.ingest import ingest

    two = sorted(SEEDS, key=lambda p: p.stat().st_size)[:2]
    folder = seeds_folder(tmp_path / "in", two)
    # Canonical entities depend on what is already stored, so the reference is the same files.
    reference = store.open_db(tmp_path / "local.db")
    ingest([folder], reference, jobs=1)
    db = store.open_db(tmp_path / "dask.db")
    results = ingest([folder], db, jobs=2, executor="dask")
    assert [r.status for r in results] == ["stored"] * 2, [r.error for r in results]
    assert all(r.peak_rss_mb for r in results)  # ran in the isolated child, under the limits
    ids = {r.sha256 for r in results}
    got, want = content(db, ids), content(reference, ids)
    for table in want:
        assert got[table] == want[table], table
    assert all(len(v) for v in want.values())


def test_time_limit_kills_the_worker_and_the_batch_goes_on(tmp_path):
    from hostile import long_pdf

    from miner.batch import run
    from miner.ingest import IngestOptions
    from miner.limits import DocLimits

    slow = tmp_path / "slow.pdf"
    slow.write_bytes(long_pdf(1000))
    # the opening of a real paper (its title page and first sections): a second or so, where a whole seed took
    # over 8 s on a shared machine under heavy load. The 1,000-page paper takes about 40 s of extraction on a
    # 2-core machine (stop 46); 200 pages took 8.4 s, so a faster CI machine finished it inside the limit.
    good = tmp_path / "opening.txt"
    good.write_text("\n".join(SEEDS[0].read_text(encoding="utf-8").splitlines()[:60]), encoding="utf-8")
    options = IngestOptions(limits=DocLimits(seconds=8))
    results = {Path(r.path).name: (r, ex) for r, ex in run([str(slow), str(good)], options, jobs=1)}
    r, ex = results["slow.pdf"]
    assert (r.status, r.error, ex) == ("failed", "timed out after 8 s", None)
    r, ex = results[good.name]
    assert r.status == "stored" and ex.sections, r.error  # the replacement worker took it
    assert 0 < r.peak_rss_mb < 1024


def test_memory_limit_gives_a_reason_not_a_crash(tmp_path):
    from miner.batch import run
    from miner.ingest import IngestOptions
    from miner.limits import DocLimits

    options = IngestOptions(limits=DocLimits(memory=200 * 1024**2))  # too small even for spaCy
    [(result, extraction)] = list(run([str(SEEDS[0])], options, jobs=1))
    assert result.status == "failed" and extraction is None
    assert "memory" in result.error.lower(), result.error


def test_unchanged_rerun_loads_no_nlp_and_starts_no_worker(seeds_db_path, tmp_path):
    copy = tmp_path / "seeds.db"
    shutil.copy(seeds_db_path, copy)
    folder = seeds_folder(tmp_path / "in")
    script = f"""
import json, multiprocessing, sys, time
t0 = time.perf_counter()
from miner import store
from miner.ingest import ingest
db = store.open_db({str(copy)!r})
results = ingest([{str(folder)!r}], db, jobs=2)
print(json.dumps({{
    "statuses": sorted({{r.status for r in results}}),
    "spacy": "spacy" in sys.modules,
    "children": len(multiprocessing.active_children()),
    "seconds": time.perf_counter() - t0,
}}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    report = json.loads(out.stdout.splitlines()[-1])
    assert report["statuses"] == ["skipped"]
    assert report["spacy"] is False and report["children"] == 0
    assert report["seconds"] < 5


def test_sql_from_user_input_is_parameterised(seeds_db):
    """Quotes, SQL metacharacters and FTS syntax in user input neither error nor inject."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from miner import query

    before = seeds_db["documents"].count
    nasty = st.sampled_from(["'", '"', ";", "--", "%", "_", "*", "(", ")", "OR", "NOT", "NEAR",
                             "drop table documents", "1'='1", "\\", ":", "^", "\x00", "children's"])
    text = st.lists(st.one_of(nasty, st.text(min_size=1, max_size=8)), min_size=1, max_size=6).map(" ".join)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(q=text, authority=text)
    def check(q: str, authority: str) -> None:
        assert isinstance(query.search(seeds_db, q), list)
        assert isinstance(query.search(seeds_db, q, authority=authority, year=q), list)
        assert query.promises(seeds_db, authority=authority, period=q, status=q) == []

    check()
    assert seeds_db["documents"].count == before
    assert query.search(seeds_db, "children's services")
    assert query.promises(seeds_db, authority="Medway' OR '1'='1") == []


def _report_peak(queue) -> None:
    from miner.batch import _peak_rss_mb

    queue.put(_peak_rss_mb())


def test_a_workers_peak_memory_is_its_own_not_its_parents():
    """Linux keeps `ru_maxrss` across the exec of a spawned worker, so a worker of a large parent (a pytest worker, a
    notebook) read the parent's size as its own peak; the reported peak is the worker's."""
    import multiprocessing as mp

    ballast = b"\x01" * (600 * 1024 * 1024)  # written, so resident
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_report_peak, args=(queue,))
    child.start()
    peak = queue.get(timeout=120)
    child.join()
    assert peak is not None and 0 < peak < 300, peak
    del ballast
