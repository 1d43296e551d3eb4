"""Score `build_sections` against `annotations/sections/*.json`.

Headings match on path and title (case/space-insensitive, rapidfuzz ratio >=
90); paragraphs on path. Scores are micro-averaged per split, and reported per
file so a regression can be traced to a paper.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rapidfuzz import fuzz

from miner.evaluation import ANNOTATIONS, ROOT, prf
from miner.metadata import fill_metadata
from miner.readers import read_document
from miner.sections import build_sections

GOLD_DIR = ANNOTATIONS / "sections"
SPLITS = ("tuned", "heldout", "all")


def _norm(title: str | None) -> str:
    return re.sub(r"\s+", " ", (title or "").replace("’", "'")).strip().lower()


def title_matches(a: str | None, b: str | None) -> bool:
    return _norm(a) == _norm(b) or fuzz.ratio(_norm(a), _norm(b)) >= 90


def load_gold(split: str = "all") -> list[dict]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    return [g for g in golds if split == "all" or g["split"] == split]


def score_file(gold: dict, pdf_backend: str = "auto") -> dict:
    """Counts for one paper: predicted vs gold headings and paragraph paths."""
    document = fill_metadata(read_document(ROOT / gold["file"], pdf_backend=pdf_backend))
    sections = build_sections(document)
    pred_headings = [(s.path, s.title) for s in sections if s.role == "heading"]
    pred_paragraphs = {s.path for s in sections if s.role == "paragraph"}
    gold_headings = [(h["path"], h["title"]) for h in gold["headings"]]
    unmatched = list(pred_headings)
    tp = 0
    missed = []
    for path, title in gold_headings:
        hit = next((p for p in unmatched if p[0] == path and title_matches(p[1], title)), None)
        if hit:
            unmatched.remove(hit)
            tp += 1
        else:
            missed.append(f"{path} {title}")
    gold_paragraphs = set(gold["paragraphs"])
    return {
        "file": gold["file"],
        "split": gold["split"],
        "headings": prf(tp, len(pred_headings), len(gold_headings)),
        "paragraphs": prf(len(pred_paragraphs & gold_paragraphs), len(pred_paragraphs), len(gold_paragraphs)),
        "missed_headings": missed,
        "extra_headings": [f"{p} {t}" for p, t in unmatched],
        "missed_paragraphs": sorted(gold_paragraphs - pred_paragraphs),
        "extra_paragraphs": sorted(pred_paragraphs - gold_paragraphs),
    }


def evaluate(split: str = "all", pdf_backend: str = "auto") -> dict:
    files = [score_file(g, pdf_backend) for g in load_gold(split)]
    totals = {}
    for key in ("headings", "paragraphs"):
        tp = sum(f[key]["tp"] for f in files)
        totals[key] = prf(tp, sum(f[key]["pred"] for f in files), sum(f[key]["gold"] for f in files))
    return {"area": "sections", "split": split, "pdf_backend": pdf_backend, "files": files, **totals}


def _print(result: dict, verbose: bool) -> None:
    print(f"sections, split={result['split']}, {len(result['files'])} files")
    for f in result["files"]:
        h, p = f["headings"], f["paragraphs"]
        print(f"  {Path(f['file']).name[:60]:60} [{f['split']:7}] headings P/R/F1 {h['precision']:.2f}/{h['recall']:.2f}/{h['f1']:.2f}"
              f"  paragraphs {p['precision']:.2f}/{p['recall']:.2f}/{p['f1']:.2f}")
        if verbose:
            for key in ("missed_headings", "extra_headings", "missed_paragraphs", "extra_paragraphs"):
                if f[key]:
                    print(f"      {key}: {f[key][:15]}")
    for key in ("headings", "paragraphs"):
        s = result[key]
        print(f"  {key:10} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} (tp {s['tp']}, pred {s['pred']}, gold {s['gold']})")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="evaluate.py sections", description="Score the section tree against annotations/sections.")
    parser.add_argument("--split", choices=SPLITS, default="all", help="which gold files to score (default: all)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra headings/paragraphs per file")
    parser.add_argument("--pdf-backend", choices=("auto", "pdfminer", "pdfium"), default="auto", help="PDF reader backend to score")
    args = parser.parse_args(argv)
    result = evaluate(args.split, args.pdf_backend)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        _print(result, args.verbose)
    return result
