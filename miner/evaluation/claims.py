"""Evaluate numeric claims and inspection outcomes against `annotations/claims/*.jsonl`, by document.

Gold is quotes with a few words of context; each quote is located in the
read document (the occurrence whose surroundings best match the context) and
a predicted claim matches it when their spans overlap (one-to-one). A sampled
paper has `"type": "scope"` lines (start and end words of each annotated
stretch); only predictions starting inside a scope are scored. Scores:
value+unit precision/recall/F1; among matched claims, indicator, as-of,
comparator (kind and value) and change (from, to, direction) accuracy;
inspections found (recall/precision) and judgement accuracy.

Run: `.venv/bin/python scripts/evaluate.py claims [--split heldout|tuned|blind|all|checks] [--json]`
(`blind`: the papers of `corpus/blind/`, in no other split; `all` = tuned + held-out; `checks`: the committed
fresh batches, each folder of `annotations/claims/checks/` one batch, scored per batch and pooled, in no other split)
or `.venv/bin/python -m miner.evaluation.claims`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from miner.evaluation import is_blind, load_jsonl_by_file, wilson

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "annotations" / "claims"
# Fresh batches committed as a check set (claims round 75): one folder per batch, read only by `--split checks`
# (`load_gold` reads the top folder alone), so no batch is in the tuned, held-out or blind split.
CHECKS_DIR = GOLD_DIR / "checks"
# Declared before tuning (annotations/README.md, "Claims").
HELDOUT = {
    "001_fd1a3b6a4ff01199.txt",
    "003_3b4d7debc252c725.txt",
    "Cabinet QPR Q3 Cover.pdf",
    "24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf",
    "CPP Minutes 29.10.24.pdf",
}


def load_gold(gold_dir: Path = GOLD_DIR) -> dict[str, list[dict]]:
    return load_jsonl_by_file(gold_dir)


def load_checks(checks_dir: Path = CHECKS_DIR) -> dict[str, dict[str, list[dict]]]:
    """The check batches: every folder of `checks_dir` holding gold (`*.jsonl`), by folder name."""
    if not checks_dir.is_dir():
        return {}
    return {d.name: gold for d in sorted(checks_dir.iterdir()) if d.is_dir() and (gold := load_jsonl_by_file(d))}


def corpus_path(name: str) -> Path:
    """Where a gold file's paper lives: its name is unique across the corpus folders (parish minutes included)."""
    for sub in ("seeds", "pdf", "kent", "parish", "web", "blind"):
        if (ROOT / "corpus" / sub / name).exists():
            return ROOT / "corpus" / sub / name
    raise FileNotFoundError(name)


def locate(text: str, quote: str, context: str | None) -> tuple[int, int] | None:
    """Span of the occurrence of `quote` whose surroundings best match `context`."""
    best, best_score, i = None, -1.0, text.find(quote)
    while i >= 0:
        at = context.find(quote) if context else -1
        if at >= 0:  # align the context on this occurrence and compare exactly
            score = fuzz.ratio(context, text[max(0, i - at) : i - at + len(context)])
        else:
            score = fuzz.partial_ratio(context or "", text[max(0, i - 160) : i + len(quote) + 160])
        if score > best_score:
            best, best_score = (i, i + len(quote)), score
        i = text.find(quote, i + 1)
    return best


def scope_span(text: str, scope: dict) -> tuple[int, int]:
    """The stretch of `text` a scope line annotates: from its `start` words through its `end` words."""
    start = text.find(scope["start"])
    end = text.find(scope["end"], max(start, 0))
    if start < 0 or end < 0:
        raise ValueError(f"scope not found in {scope.get('file')}: {scope['start'][:30]!r} .. {scope['end'][:30]!r}")
    return start, end + len(scope["end"])


def predict(name: str, nlp=None) -> tuple[str, list, list]:
    """Document text, claims and inspections for one corpus file, through the real pipeline."""
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    document, sections = prepare(corpus_path(name))  # metadata and MANIFEST as `miner ingest` reads them
    nlp = nlp or load_pipeline(("miner_claims", "miner_inspections"))
    result = extract(document, sections, nlp=nlp)
    return document.text, result.claims, result.inspections


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-6)
    return a == b


def _match(spans_gold: list[tuple[int, int]], preds: list) -> dict[int, object]:
    """Gold index -> overlapping prediction, one-to-one, nearest start first."""
    used: set[int] = set()
    out: dict[int, object] = {}
    for gi, (gs, ge) in enumerate(spans_gold):
        cands = [(abs(p.start - gs), pi) for pi, p in enumerate(preds) if pi not in used and p.start < ge and gs < p.end]
        if cands:
            pi = min(cands)[1]
            used.add(pi)
            out[gi] = preds[pi]
    return out


def score_document(name: str, gold: list[dict], nlp=None) -> dict:
    text, claims, inspections = predict(name, nlp)
    counts: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    g_claims = [g for g in gold if g.get("type", "claim") == "claim"]
    g_insp = [g for g in gold if g.get("type") == "inspection"]
    scopes = [scope_span(text, g) for g in gold if g.get("type") == "scope"]
    if scopes:  # a sampled paper: only claims in the annotated stretches are scored
        claims = [p for p in claims if any(s <= p.start < e for s, e in scopes)]
    spans = [locate(text, g["quote"], g.get("context")) or (-1, -1) for g in g_claims]
    counts["unlocated"] = sum(1 for s in spans if s[0] < 0)
    matched = _match(spans, claims)
    for gi, g in enumerate(g_claims):
        p = matched.get(gi)
        if p is None:
            counts["fn"] += 1
            errors.append(f"missed {g['quote']!r} ({g.get('context')})")
            continue
        if not (_same(p.value, g["value"]) and p.unit == g["unit"]):
            counts["fn"] += 1
            counts["fp"] += 1
            errors.append(f"value/unit {g['quote']!r}: {p.value} {p.unit} vs {g['value']} {g['unit']}")
            continue
        counts["tp"] += 1
        checks = {
            "indicator": _same(p.indicator, g.get("indicator")),
            "as_of": _same(p.as_of, g.get("as_of")),
            "comparator": _same(p.comparator, g.get("comparator")) and _same(p.comparator_value, g.get("comparator_value")),
            "change": all(_same(getattr(p, k), g.get(k)) for k in ("from_value", "to_value", "direction")),
        }
        for k, ok in checks.items():
            counts[f"{k}_ok"] += ok
            if not ok:
                errors.append(f"{k} {g['quote']!r} ({g.get('context')}): got {_field(p, k)} want {_field(g, k)}")
    matched_ids = {id(p) for p in matched.values()}
    for p in claims:
        if id(p) not in matched_ids:
            counts["fp"] += 1
            errors.append(f"spurious {p.text!r}: {text[max(0, p.start - 40):p.end + 20]!r}".replace("\n", " "))
    i_spans = [locate(text, g["quote"], g.get("context")) or (-1, -1) for g in g_insp]
    i_matched = _match(i_spans, inspections)
    counts["insp_gold"] = len(g_insp)
    counts["insp_pred"] = len(inspections)
    counts["insp_found"] = len(i_matched)
    counts["insp_judgement_ok"] = sum(1 for gi, p in i_matched.items() if p.judgement == g_insp[gi]["judgement"])
    return {"counts": dict(counts), "errors": errors}


def _field(record, key: str):
    get = record.get if isinstance(record, dict) else lambda k: getattr(record, k, None)
    if key == "comparator":
        return (get("comparator"), get("comparator_value"))
    if key == "change":
        return (get("from_value"), get("to_value"), get("direction"))
    return get(key)


def summarise(counts: dict[str, int]) -> dict[str, float]:
    tp, fp, fn = counts.get("tp", 0), counts.get("fp", 0), counts.get("fn", 0)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    for k in ("indicator", "as_of", "comparator", "change"):
        out[f"{k}_acc"] = round(counts.get(f"{k}_ok", 0) / tp, 3) if tp else 0.0
    ig = counts.get("insp_gold", 0)
    out["inspections_recall"] = round(counts.get("insp_found", 0) / ig, 3) if ig else 0.0
    ip = counts.get("insp_pred", 0)
    out["inspections_precision"] = round(counts.get("insp_found", 0) / ip, 3) if ip else 0.0
    found = counts.get("insp_found", 0)
    out["judgement_acc"] = round(counts.get("insp_judgement_ok", 0) / found, 3) if found else 0.0
    return out


def evaluate_checks(checks_dir: Path = CHECKS_DIR) -> dict:
    """Each check batch's scores and the pool of them all (counts summed over the batches, not scores averaged)."""
    per_doc, batches, pooled = {}, {}, defaultdict(int)
    for batch, gold in load_checks(checks_dir).items():
        counts: dict[str, int] = defaultdict(int)
        for name in sorted(gold):
            result = score_document(name, gold[name])
            per_doc[name] = {"split": f"checks/{batch}", **summarise(result["counts"]), "errors": result["errors"]}
            for k, v in result["counts"].items():
                counts[k] += v
                pooled[k] += v
        batches[batch] = {**summarise(counts), "counts": dict(counts)}
    return {"documents": per_doc, "batches": batches,
            "pooled": {**_with_intervals(pooled), "counts": dict(pooled)} if pooled else None}


def evaluate(split: str = "all", files: list[str] | None = None) -> dict:
    if split == "checks":
        return evaluate_checks()
    gold = load_gold()
    names = files or sorted(gold)
    groups: dict[str, dict] = {"tuned": defaultdict(int), "heldout": defaultdict(int), "blind": defaultdict(int)}
    per_doc = {}
    for name in names:
        group = "blind" if is_blind(name) else "heldout" if name in HELDOUT else "tuned"
        if group != split and (split != "all" or group == "blind"):  # "all" is tuned + held-out
            continue
        result = score_document(name, gold[name])
        per_doc[name] = {"split": group, **summarise(result["counts"]), "errors": result["errors"]}
        for k, v in result["counts"].items():
            groups[group][k] += v
    return {
        "documents": per_doc,
        "tuned": _with_intervals(groups["tuned"]) if groups["tuned"] else None,
        "heldout": _with_intervals(groups["heldout"]) if groups["heldout"] else None,
        "blind": _with_intervals(groups["blind"]) if groups["blind"] else None,
    }


def _with_intervals(counts: dict[str, int]) -> dict:
    """A split's scores, with 95% Wilson intervals on the precision, recall and field accuracies."""
    out = summarise(counts)
    tp = counts.get("tp", 0)
    out["ci95"] = {"precision": wilson(tp, tp + counts.get("fp", 0)), "recall": wilson(tp, tp + counts.get("fn", 0)),
                   **{f"{k}_acc": wilson(counts.get(f"{k}_ok", 0), tp) for k in ("indicator", "as_of")}}
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="evaluate.py claims", description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("all", "tuned", "heldout", "blind", "checks"), default="all",
                        help="blind: the papers of corpus/blind/ (all = tuned + heldout); checks: the committed fresh "
                             "batches of annotations/claims/checks/, per batch and pooled")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    parser.add_argument("--errors", action="store_true", help="list each document's errors")
    args = parser.parse_args(argv)
    result = evaluate(args.split)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, doc in result["documents"].items():
            scores = {k: v for k, v in doc.items() if k not in ("errors",)}
            print(name, json.dumps(scores))
            if args.errors:
                for e in doc["errors"]:
                    print("   ", e)
        if args.split == "checks":
            for batch, scores in result["batches"].items():
                print(f"{batch:7}", json.dumps(scores))
            print("pooled ", json.dumps(result["pooled"]))
            return result
        print("tuned  ", json.dumps(result["tuned"]))
        print("heldout", json.dumps(result["heldout"]))
        if result["blind"]:
            print("blind  ", json.dumps(result["blind"]))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
