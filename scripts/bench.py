"""Benchmark miner's ingestion against bare pdfminer.six, stage by stage, in one run.

Measures (medians of --repeats runs, all in this one run so numbers compare):

- per stage pages/s over the PDFs (and the seeds): read, metadata+sections,
  NLP (`extract`, with a per-spaCy-component split), store;
- read pages/s for each PDF backend (pdfminer vs pdfium);
- bare pdfminer.six `extract_text` over the same PDFs on one core: the yardstick;
- end to end `miner ingest` with --jobs 1 and --jobs 2 (fresh process each), and
  an unchanged re-run as a % of the first;
- peak RSS of a worker on the real PDFs and on a generated 400-page PDF;
- tracker time (`miner.track.run_tracking`) on the seeds replicated 10x (and
  more with --scales) as new authorities; skipped if the tracker is absent;
- `miner track` on a database you give (--track-db, e.g. the demo's miner.db): the words alone, then
  with the embedding link (--embeddings) on a cold vector cache and again on the cache that run left;
- storing one more paper into a database whose entities are replicated the same
  way (a monthly ingest into a large archive must not slow down with its size).

Prints a table and writes build/bench.json.

    .venv/bin/python scripts/bench.py                 # a few minutes on 2 cores
    .venv/bin/python scripts/bench.py --repeats 3 --scales 10,100
    .venv/bin/python scripts/bench.py --only stages,backends
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PARTS = ("stages", "backends", "baseline", "e2e", "rss", "tracker", "embed", "store")


def median_time(fn, repeats: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def rate(pages: float, seconds: float) -> float | None:
    return round(pages / seconds, 2) if seconds > 0 else None


# --- stages ---------------------------------------------------------------------


def bench_stages(files: list[Path], backend: str, repeats: int) -> dict:
    """Time read, sections, NLP (per component) and store, in this process."""
    from miner import store
    from miner.extract import text_units
    from miner.ingest import manifest_for
    from miner.metadata import fill_metadata
    from miner.nlp.pipeline import STATISTICAL, lines_as_sentences, load_pipeline
    from miner.readers import read_document
    from miner.sections import build_sections
    from miner.errors import MinerError

    nlp = load_pipeline()
    totals = {"read": [], "sections": [], "nlp": [], "store": []}
    components: dict[str, float] = {}
    pages = 0
    chars = 0
    failed: dict[str, str] = {}
    for rep in range(repeats):
        t = dict.fromkeys(totals, 0.0)
        pages = chars = 0
        with tempfile.TemporaryDirectory() as tmp:
            db = store.open_db(Path(tmp) / "stages.db")
            for path in files:
                t0 = time.perf_counter()
                try:
                    doc = read_document(path, pdf_backend=backend)
                except MinerError as exc:
                    failed[path.name] = str(exc)
                    continue
                t1 = time.perf_counter()
                doc = fill_metadata(doc)
                for key, value in manifest_for(path).items():
                    if getattr(doc, key, None) in (None, ""):
                        setattr(doc, key, value)
                sections = build_sections(doc)
                t2 = time.perf_counter()
                from miner.extract import extract

                try:
                    ex = extract(doc, sections, nlp=nlp)
                except Exception as exc:  # a bug in extraction: report it, time the rest
                    failed[path.name] = f"{type(exc).__name__}: {exc}"
                    continue
                t3 = time.perf_counter()
                store.write_extraction(db, ex)
                t4 = time.perf_counter()
                t["read"] += t1 - t0
                t["sections"] += t2 - t1
                t["nlp"] += t3 - t2
                t["store"] += t4 - t3
                pages += doc.pages or 1
                chars += len(doc.text)
                if rep == 0:  # where the NLP time goes, component by component, as extract runs them
                    docs = []
                    for u in text_units(doc, sections):
                        d = nlp.make_doc(u.text)
                        d._.miner_unit = u
                        docs.append(lines_as_sentences(d) if u.tabular else d)
                    for name, proc in nlp.pipeline:
                        todo = [d for d in docs if not (name in STATISTICAL and d._.miner_unit.tabular)]
                        c0 = time.perf_counter()
                        for _ in proc.pipe(todo) if hasattr(proc, "pipe") else map(proc, todo):
                            pass
                        components[name] = components.get(name, 0.0) + time.perf_counter() - c0
            db.close()
        for k in totals:
            totals[k].append(t[k])
    out = {"backend": backend, "files": len(files) - len(failed), "pages": pages, "chars": chars,
           "failed": failed, "stages": {}}
    for k, values in totals.items():
        sec = statistics.median(values)
        out["stages"][k] = {"seconds": round(sec, 3), "pages_per_s": rate(pages, sec)}
    total = sum(out["stages"][k]["seconds"] for k in totals)
    out["total_seconds"] = round(total, 3)
    out["nlp_components_seconds"] = {k: round(v, 3) for k, v in components.items()}
    return out


def bench_backends(pdfs: list[Path], repeats: int) -> dict:
    from miner.errors import MinerError
    from miner.readers import read_document

    out = {}
    for backend in ("pdfminer", "pdfium"):
        def read_all() -> int:
            n = 0
            for p in pdfs:
                try:
                    n += read_document(p, pdf_backend=backend).pages or 0
                except MinerError:
                    pass
            return n

        try:
            sec, pages = median_time(read_all, repeats)
        except Exception as exc:  # backend not available
            out[backend] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        out[backend] = {"seconds": round(sec, 3), "pages": pages, "pages_per_s": rate(pages, sec)}
    return out


def bench_baseline(pdfs: list[Path], repeats: int) -> dict:
    """Bare pdfminer.six extract_text, one core: the yardstick for end to end."""
    from pdfminer.high_level import extract_text

    def run() -> int:
        n = 0
        for p in pdfs:
            try:
                n += len(extract_text(str(p)))
            except Exception:
                pass
        return n

    sec, chars = median_time(run, repeats)
    return {"seconds": round(sec, 3), "chars": chars}


# --- end to end -----------------------------------------------------------------


def _ingest_child(db: str, jobs: int, backend: str, paths: list[str]) -> None:
    """Run in a fresh process: one ingest, JSON on stdout (seconds, statuses, worker peak RSS)."""
    t0 = time.perf_counter()
    from miner import store
    from miner.ingest import IngestOptions, ingest

    database = store.open_db(db)
    results = ingest(paths, database, jobs=jobs, options=IngestOptions(pdf_backend=backend))
    seconds = time.perf_counter() - t0
    rss = [r.peak_rss_mb for r in results if r.peak_rss_mb]
    print(json.dumps({
        "seconds": round(seconds, 3),
        "stored": sum(r.status == "stored" for r in results),
        "skipped": sum(r.status == "skipped" for r in results),
        "failed": {Path(r.path).name: r.error for r in results if r.status == "failed"},
        "worker_peak_rss_mb": round(max(rss), 1) if rss else None,
        "spacy_loaded_in_writer": "spacy" in sys.modules,
    }))


def run_ingest(db: Path, jobs: int, backend: str, paths: list[Path]) -> dict:
    cmd = [sys.executable, __file__, "_ingest", str(db), str(jobs), backend, *map(str, paths)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_e2e(paths: list[Path], backend: str, jobs_list: list[int], repeats: int) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in jobs_list:
            runs = []
            for r in range(repeats):
                db = Path(tmp) / f"e2e-{jobs}-{r}.db"
                runs.append(run_ingest(db, jobs, backend, paths))
            first = sorted(runs, key=lambda x: x["seconds"])[len(runs) // 2]
            rerun = [run_ingest(db, jobs, backend, paths) for _ in range(repeats)]
            re_sec = statistics.median(x["seconds"] for x in rerun)
            out[f"jobs{jobs}"] = {
                **first,
                "rerun_seconds": round(re_sec, 3),
                "rerun_pct_of_first": round(100 * re_sec / first["seconds"], 1),
                "rerun_spacy_loaded": rerun[-1]["spacy_loaded_in_writer"],
            }
    return out


def bench_rss(pages: int) -> dict:
    from hostile import long_pdf

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"pages-{pages}.pdf"
        pdf.write_bytes(long_pdf(pages))
        for backend in ("pdfminer", "pdfium"):
            res = run_ingest(Path(tmp) / f"rss-{backend}.db", 1, backend, [pdf])
            out[backend] = {"pages": pages, "seconds": res["seconds"],
                            "worker_peak_rss_mb": res["worker_peak_rss_mb"], "failed": res["failed"]}
    return out


# --- tracker --------------------------------------------------------------------

_COPY_TABLES = ("documents", "sections", "statements", "mentions", "claims", "inspections")


def replicate(db, copies: int) -> None:
    """Add `copies` copies of every document as new authorities (ids suffixed, authority renamed)."""
    for k in range(1, copies):
        with db.atomic():
            for table in _COPY_TABLES:
                cols = list(db[table].columns_dict)
                exprs = []
                for c in cols:
                    if c == "id" or (c.endswith("_id") and c != "entity_id"):
                        exprs.append(f"case when [{c}] is null then null else [{c}] || '~{k}' end")
                    elif table == "documents" and c == "authority":
                        exprs.append(f"coalesce([authority], 'Unknown') || ' copy {k}'")
                    elif table == "documents" and c == "path":
                        exprs.append(f"[path] || '#copy{k}'")
                    else:
                        exprs.append(f"[{c}]")
                col_list = ", ".join(f"[{c}]" for c in cols)
                db.execute(f"insert into [{table}] ({col_list}) select {', '.join(exprs)} from [{table}] "
                           f"where id not like '%~%'")


def bench_tracker(seeds: list[Path], scales: list[int]) -> dict:
    try:
        from miner.track import run_tracking
    except ImportError as exc:
        return {"skipped": f"miner.track.run_tracking not available ({exc})"}
    from miner import store
    from miner.ingest import ingest
    from miner.query import PROMISE_SQL

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "seeds"
        folder.mkdir()
        for p in seeds:
            shutil.copy(p, folder / p.name)
        manifest = ROOT / "corpus" / "MANIFEST.tsv"
        if manifest.exists():
            (folder / "MANIFEST.tsv").write_text(manifest.read_text(encoding="utf-8").replace("seeds/", ""),
                                                 encoding="utf-8")
        base = Path(tmp) / "base.db"
        db = store.open_db(base)
        ingest([folder], db, executor="inline")
        db.close()
        for scale in [1, *scales]:
            path = Path(tmp) / f"x{scale}.db"
            shutil.copy(base, path)
            db = store.open_db(path)
            replicate(db, scale)
            n_docs = db["documents"].count
            n_promises = db.execute(
                f"select count(*) from statements s where {PROMISE_SQL}").fetchone()[0]
            t0, c0 = time.perf_counter(), time.process_time()
            run_tracking(db)
            sec, cpu = time.perf_counter() - t0, time.process_time() - c0
            # CPU seconds too: on a shared machine the wall clock counts the other jobs' turns as well
            out[f"x{scale}"] = {"documents": n_docs, "promises": n_promises, "seconds": round(sec, 3),
                                "cpu_seconds": round(cpu, 3), "verdicts": db["verdicts"].count}
            db.close()
            path.unlink()
    return out


def bench_track_embed(db_path: Path | None, repeats: int) -> dict:
    """Tracking a real database three ways, each on a fresh copy and with the process's vector cache empty
    (as a new `miner track` starts): the words alone, `--embeddings` with no stored vectors, and
    `--embeddings` with the vectors the cold run stored (a re-run, or a month's ingest of a few papers)."""
    from miner import embed, store
    from miner.track import run_tracking

    if db_path is None or not db_path.exists():
        return {"skipped": "give --track-db, a database ingested from corpus/ (e.g. by `make demo`)"}
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.db"
        for name, embeddings in (("off", False), ("cold", True), ("warm", True)):
            runs = []
            for _ in range(repeats):
                path = Path(tmp) / "run.db"
                shutil.copy(warm if name == "warm" else db_path, path)
                db = store.open_db(path)
                if name == "cold":
                    db.execute("delete from embeddings")
                    db.conn.commit()
                embed.clear_cache()
                t0 = time.perf_counter()
                run_tracking(db, embeddings=embeddings)
                runs.append(time.perf_counter() - t0)
                stored = db["embeddings"].count
                db.close()
                if name == "cold":
                    shutil.copy(path, warm)
                path.unlink()
            out[name] = {"seconds": round(statistics.median(runs), 2), "runs": [round(r, 2) for r in runs],
                         "vectors_stored": stored}
    for name in ("cold", "warm"):
        out[name]["ratio_to_off"] = round(out[name]["seconds"] / out["off"]["seconds"], 2)
    return out


def bench_store(seeds: list[Path], scales: list[int], repeats: int) -> dict:
    """Seconds to store one paper's records into databases holding 1x, 10x... the seeds' entities."""
    from miner import store
    from miner.extract import extract
    from miner.ingest import ingest
    from miner.metadata import fill_metadata
    from miner.readers import read_document
    from miner.sections import build_sections

    newcomer, rest = seeds[-1], seeds[:-1]
    doc = fill_metadata(read_document(newcomer))
    extraction = extract(doc, build_sections(doc))
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.db"
        db = store.open_db(base)
        ingest([str(p) for p in rest], db, executor="inline")
        db.close()
        for scale in [1, *scales]:
            path = Path(tmp) / f"store-x{scale}.db"
            shutil.copy(base, path)
            db = store.open_db(path)
            with db.atomic():
                for k in range(1, scale):  # the same bodies, as other councils would name them
                    db.execute("insert into entities (id, name, label, aliases) select id || '~' || ?, "
                               "'Council ' || ? || ' ' || name, label, aliases from entities where id not like '%~%'",
                               [k, k])
            n_entities = db["entities"].count

            def write() -> None:
                store.write_extraction(db, extraction)

            sec, _ = median_time(write, repeats)
            out[f"x{scale}"] = {"entities": n_entities, "seconds": round(sec, 3),
                                "mentions": len(extraction.mentions)}
            db.close()
            path.unlink()
    return out


# --- report ---------------------------------------------------------------------


def print_table(result: dict) -> None:
    rows: list[tuple[str, str, str]] = []
    for name, st in result.get("stages", {}).items():
        for stage, v in st["stages"].items():
            rows.append((f"stage {stage} ({name}, {st['backend']})", f"{v['seconds']:.2f} s",
                         f"{v['pages_per_s']} pages/s"))
        for comp, sec in st["nlp_components_seconds"].items():
            rows.append((f"  nlp component {comp} ({name})", f"{sec:.2f} s", ""))
    for backend, v in result.get("backends", {}).items():
        rows.append((f"read {backend}", f"{v.get('seconds', 0):.2f} s", f"{v.get('pages_per_s')} pages/s"))
    if "baseline" in result:
        rows.append(("bare pdfminer extract_text", f"{result['baseline']['seconds']:.2f} s", "1 core"))
    for key, v in result.get("e2e", {}).items():
        ratio = v.get("ratio_to_pdfminer")
        rows.append((f"miner ingest --{key.replace('jobs', 'jobs ')}", f"{v['seconds']:.2f} s",
                     f"x{ratio} of bare pdfminer; worker peak {v['worker_peak_rss_mb']} MB"))
        rows.append((f"  unchanged re-run --{key.replace('jobs', 'jobs ')}", f"{v['rerun_seconds']:.2f} s",
                     f"{v['rerun_pct_of_first']}% of first"))
    for backend, v in result.get("rss", {}).items():
        rows.append((f"{v['pages']}-page PDF worker peak RSS ({backend})", f"{v['seconds']:.2f} s",
                     f"{v['worker_peak_rss_mb']} MB"))
    for key, v in result.get("tracker", {}).items():
        if isinstance(v, dict):
            rows.append((f"track {key}", f"{v['seconds']:.2f} s",
                         f"{v['documents']} docs, {v['promises']} promises; {v.get('cpu_seconds', 0):.2f} s of CPU"))
        else:
            rows.append(("track", "-", v))
    for key, v in result.get("embed", {}).items():
        if isinstance(v, dict):
            rows.append((f"track {key} ({'words alone' if key == 'off' else '--embeddings'})", f"{v['seconds']:.2f} s",
                         f"x{v.get('ratio_to_off', 1)} of off; {v['vectors_stored']} vectors stored"))
        else:
            rows.append(("track --embeddings", "-", v))
    for key, v in result.get("store", {}).items():
        rows.append((f"store one paper, entities {key}", f"{v['seconds']:.2f} s",
                     f"{v['entities']} entities stored, {v['mentions']} mentions written"))
    width = max(len(r[0]) for r in rows) if rows else 10
    for a, b, c in rows:
        print(f"{a:<{width}}  {b:>10}  {c}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdfs", type=Path, default=ROOT / "corpus" / "pdf", help="folder of PDFs (default corpus/pdf)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "corpus" / "seeds", help="folder of text seeds")
    parser.add_argument("--repeats", type=int, default=1, help="repeats per measurement; medians are reported (default 1)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values for end to end (default 1,2)")
    parser.add_argument("--pdf-backend", default="auto", choices=("auto", "pdfminer", "pdfium"),
                        help="backend for stages and end to end (default auto = miner's default)")
    parser.add_argument("--scales", default="10", help="tracker corpus sizes as multiples of the seeds (default 10; e.g. 10,100)")
    parser.add_argument("--track-db", type=Path, default=None,
                        help="an ingested corpus database for the `embed` part (e.g. miner.db after `make demo`)")
    parser.add_argument("--rss-pages", type=int, default=400, help="pages of the generated PDF for the RSS check")
    parser.add_argument("--only", default=",".join(PARTS), help=f"parts to run, comma-separated from {','.join(PARTS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench.json", help="JSON output path")
    args = parser.parse_args(argv)

    parts = set(args.only.split(","))
    pdfs = sorted(args.pdfs.glob("*.pdf"))
    seeds = sorted(args.seeds.glob("*.txt"))
    result: dict = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
                    "repeats": args.repeats, "pdfs": len(pdfs), "seeds": len(seeds)}

    def step(name: str, fn):
        if name in parts:
            t0 = time.perf_counter()
            print(f"... {name}", file=sys.stderr, flush=True)
            result[name] = fn()
            print(f"    {name} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)

    step("stages", lambda: {"pdf": bench_stages(pdfs, args.pdf_backend, args.repeats),
                            "seeds": bench_stages(seeds, args.pdf_backend, args.repeats)})
    step("backends", lambda: bench_backends(pdfs, args.repeats))
    step("baseline", lambda: bench_baseline(pdfs, args.repeats))
    step("e2e", lambda: bench_e2e(pdfs, args.pdf_backend, [int(j) for j in args.jobs.split(",")], args.repeats))
    step("rss", lambda: bench_rss(args.rss_pages))
    step("tracker", lambda: bench_tracker(seeds, [int(s) for s in args.scales.split(",") if s]))
    step("embed", lambda: bench_track_embed(args.track_db, args.repeats))
    step("store", lambda: bench_store(seeds, [int(s) for s in args.scales.split(",") if s], max(3, args.repeats)))
    if "baseline" in result:
        for v in result.get("e2e", {}).values():
            v["ratio_to_pdfminer"] = round(v["seconds"] / result["baseline"]["seconds"], 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print_table(result)
    print(f"→ {args.out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_ingest":
        _ingest_child(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:])
    else:
        raise SystemExit(main())
