"""Audit what `miner metrics` and `miner compare` show, against `annotations/claims/compare_audit.jsonl`.

A researcher reads every series point's figure in its paper and labels it correct (a real value of
that indicator for the authority at that as-of, in the right unit) or wrong, and why. This module
rebuilds the database of the papers tuned for claims (never a held-out claims paper), runs the tracker
(which writes the series), and scores the points shown: **point precision** = correct / labelled
among the points `miner metrics` lists, and the same for the one point per authority and indicator
`miner compare` shows. A point matches an audit line when its paper, indicator, unit, as-of and value
are the same and its claim lies where the line's quote and context put it; a point no line labels is
reported as unlabelled (label it before trusting the precision). The points labelled correct that no
shown point matches are listed too (`--missing`): the right figures the rules now hide.

`--split heldout` does the same for the papers held out for claims, against
`annotations/claims/compare_audit_heldout.jsonl` (labelled after the series rules were written, not to be tuned
on); `--split all` reports both.

Run: `.venv/bin/python scripts/evaluate.py compare [--split tuned|heldout|all] [--db F] [--reuse] [--unlabelled] [--missing] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from miner.evaluation import is_blind
from miner.evaluation.claims import GOLD_DIR, HELDOUT, corpus_path, load_gold, locate

AUDIT = GOLD_DIR / "compare_audit.jsonl"
AUDIT_HELDOUT = GOLD_DIR / "compare_audit_heldout.jsonl"


def tuned_files() -> list[str]:
    """The papers tuned for claims: every claims gold file that is not held out (nor blind)."""
    return sorted(f for f in load_gold() if f not in HELDOUT and not is_blind(f))


def heldout_files() -> list[str]:
    """The papers held out for claims (what the held-out audit labels)."""
    return sorted(HELDOUT)


def load_audit(path: Path = AUDIT) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_db(path: Path, files: list[str] | None = None) -> None:
    """Ingest the tuned papers into a fresh database at `path` (their metadata from
    corpus/MANIFEST.tsv, as `miner ingest` reads it) and run the tracker."""
    from miner import store
    from miner.ingest import process_path
    from miner.track import run_tracking

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = store.open_db(path)
    for name in files or tuned_files():
        store.write_extraction(db, process_path(corpus_path(name)))
    run_tracking(db)


def shown_points(db_path: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every series point (what `miner metrics` lists), with its paper's file name and claim span;
    and the texts of the papers by file name."""
    from miner import store

    db = store.open_db(db_path, create=False)
    texts = {Path(r["path"]).name: r["text"] for r in store.rows(db, "select path, text from documents")}
    points = store.rows(db, """select s.authority, s.indicator, s.as_of, s.value, s.unit, s.claim_id, d.path,
                                      c.start, c."end", c.text as figure
                               from series s join claims c on c.id = s.claim_id join documents d on d.id = s.document_id""")
    for p in points:
        p["file"] = Path(p.pop("path")).name
    return points, texts


def compare_points(db_path: Path, points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points `miner compare --metric M` shows for every indicator M with a series."""
    from miner import query, store

    db = store.open_db(db_path, create=False)
    by_key = {(p["claim_id"], p["as_of"], round(p["value"], 4), p["unit"]): p for p in points}
    shown = []
    for indicator in sorted({p["indicator"] for p in points}):
        for r in query.compare(db, indicator):
            p = by_key.get((r["claim_id"], r["as_of"], round(r["value"], 4), r["unit"]))
            if p is not None:
                shown.append(p)
    return shown


def _key(row: dict[str, Any]) -> tuple:
    return (row["file"], row["indicator"], row["unit"], row["as_of"], round(float(row["value"]), 4))


def label_points(points: list[dict[str, Any]], texts: dict[str, str], audit: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """The audit line that labels each point (None when no line does)."""
    lines: dict[tuple, list[tuple[tuple[int, int] | None, dict[str, Any]]]] = defaultdict(list)
    for a in audit:
        text = texts.get(a["file"])
        span = locate(text, a["quote"], a.get("context")) if text is not None else None
        lines[_key(a)].append((span, a))
    out: list[dict[str, Any] | None] = []
    for p in points:
        found = None
        for span, a in lines.get(_key(p), []):
            if span and span[0] < p["end"] and p["start"] < span[1]:
                found = a
                break
        out.append(found)
    return out


def score(points: list[dict[str, Any]], labels: list[dict[str, Any] | None]) -> dict[str, Any]:
    labelled = [lab for lab in labels if lab is not None]
    correct = sum(1 for lab in labelled if lab["correct"])
    by_ind: dict[str, Counter] = defaultdict(Counter)
    for p, lab in zip(points, labels):
        by_ind[p["indicator"]]["shown"] += 1
        if lab is not None:
            by_ind[p["indicator"]]["labelled"] += 1
            by_ind[p["indicator"]]["correct"] += int(lab["correct"])
    return {"shown": len(points), "labelled": len(labelled), "correct": correct,
            "precision": round(correct / len(labelled), 3) if labelled else None,
            "by_indicator": {k: dict(v) for k, v in sorted(by_ind.items())}}


def missing_correct(points: list[dict[str, Any]], labels: list[dict[str, Any] | None],
                    audit: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Audit lines labelled correct that no shown point matches: right figures a rule now hides (the cost of
    the precision, since the audit has no other recall measure)."""
    shown = {id(lab) for lab in labels if lab is not None}
    return [a for a in audit if a["correct"] and id(a) not in shown]


def evaluate(db_path: Path | None = None, reuse: bool = False, split: str = "tuned") -> dict[str, Any]:
    """Rebuild the split's database (unless `reuse` and it exists) and score both views against its audit
    (tuned: the claims-tuned papers and `compare_audit.jsonl`; heldout: the claims held-out papers and
    `compare_audit_heldout.jsonl`)."""
    files, audit_path = (heldout_files(), AUDIT_HELDOUT) if split == "heldout" else (tuned_files(), AUDIT)
    tmp = None
    if db_path is None:
        tmp = tempfile.TemporaryDirectory()
        db_path = Path(tmp.name) / f"{split}.db"
    if not (reuse and db_path.exists()):
        build_db(db_path, files)
    points, texts = shown_points(db_path)
    audit = load_audit(audit_path)
    labels = label_points(points, texts, audit)
    shown = compare_points(db_path, points)
    result = {"metrics": score(points, labels), "compare": score(shown, label_points(shown, texts, audit)),
              "unlabelled": [{k: p[k] for k in ("file", "indicator", "as_of", "value", "unit", "figure")}
                             for p, lab in zip(points, labels) if lab is None],
              "correct_not_shown": [{k: a[k] for k in ("file", "indicator", "as_of", "value", "unit", "quote", "context")}
                                    for a in missing_correct(points, labels, audit)]}
    if tmp is not None:
        tmp.cleanup()
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(prog="evaluate.py compare", description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="where to build the split's database (default: a temporary file)")
    ap.add_argument("--reuse", action="store_true", help="score an existing --db instead of rebuilding it")
    ap.add_argument("--unlabelled", action="store_true", help="list the points no audit line labels")
    ap.add_argument("--missing", action="store_true", help="list the points labelled correct that are no longer shown")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--split", choices=("tuned", "heldout", "all"), default="tuned",
                    help="tuned: the claims-tuned papers and compare_audit.jsonl; heldout: the claims held-out papers and "
                         "compare_audit_heldout.jsonl (not to be tuned on); all: both, one after the other")
    args = ap.parse_args(argv)
    if args.split == "all":
        if args.db is not None:
            ap.error("--db names one database: give --split tuned or heldout with it")
        results = {}
        for split in ("tuned", "heldout"):
            if not args.json:
                print(f"-- {split}")
            results[split] = _run(args, split)
        if args.json:
            print(json.dumps(results, indent=2))
        return results
    result = _run(args, args.split)
    if args.json:
        print(json.dumps(result, indent=2))
    return result


def _run(args: argparse.Namespace, split: str) -> dict[str, Any]:
    result = evaluate(args.db, args.reuse, split)
    if args.json:
        return result
    for view in ("metrics", "compare"):
        s = result[view]
        print(f"{view}: points shown {s['shown']}, labelled {s['labelled']}, correct {s['correct']}, "
              f"precision {s['precision']}")
    print("by indicator (metrics): " + ", ".join(f"{k} {v.get('correct', 0)}/{v.get('labelled', 0)}"
                                                  + (f" (+{v['shown'] - v.get('labelled', 0)} unlabelled)"
                                                     if v["shown"] != v.get("labelled", 0) else "")
                                                  for k, v in result["metrics"]["by_indicator"].items()))
    known = sum(1 for a in load_audit(AUDIT_HELDOUT if split == "heldout" else AUDIT) if a["correct"])
    print(f"correct audit points shown: {known - len(result['correct_not_shown'])}/{known}")
    if args.unlabelled:
        for p in result["unlabelled"]:
            print("  unlabelled:", json.dumps(p, ensure_ascii=False))
    if args.missing:
        for a in result["correct_not_shown"]:
            print("  correct, not shown:", json.dumps(a, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
