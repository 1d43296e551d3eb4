#!/usr/bin/env python
"""Inter-annotator agreement on statements: a second annotator (B) against the gold (A).

The gold in `annotations/statements/` had one annotator, so the promise F1
target had no known ceiling. B re-annotated some tuned papers blind into
`annotations/agreement/` (same JSONL format); this scores B as if it were a
system, with the evaluation's own matcher and counting
(`miner.evaluation.statements._matches` and `score`), so the figures are
directly comparable with `scripts/evaluate.py statements`.

Reports, per paper and pooled: promise F1 (priority+commitment+challenge as one
class), per-kind F1, all-statements F1 (kind ignored), kind agreement and
Cohen's kappa on kind among matched pairs. `--diff` lists the disagreements.

Run: `.venv/bin/python scripts/agreement.py [--json] [--diff]`
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from miner.evaluation import cohen_kappa  # noqa: E402
from miner.evaluation.statements import (  # noqa: E402
    GOLD_DIR,
    KINDS,
    Gold,
    _matches,
    load_gold,
    parse_file,
    prf,
    run_finder,
    score,
    summarise,
)
from miner.model import Statement  # noqa: E402

B_DIR = GOLD_DIR.parent / "agreement"


def as_statements(rows: list[Gold]) -> list[Statement]:
    """B's quotes as predicted statements, so the evaluation's scorer can read them."""
    return [
        Statement(id=f"b{i}", document_id="", section_id=None, section_path=None, kind=g.kind, text=g.quote, start=i, end=i, method="annotator-b")
        for i, g in enumerate(rows)
    ]


def pairs(a: list[Gold], b: list[Statement]) -> list[tuple[Gold, Statement]]:
    """One B statement per matched A statement, chosen as `score` chooses (same kind first)."""
    out = []
    for g in a:
        cands = [p for p in b if _matches(g, p)]
        if cands:
            same = [p for p in cands if p.kind == g.kind]
            out.append((g, (same or cands)[0]))
    return out


def kappa(labels: list[tuple[str, str]]) -> float:
    """Cohen's kappa on kind (0 with no pairs, 1 when both sides use one kind only)."""
    k = cohen_kappa(labels)
    return 0.0 if not labels else 1.0 if k is None else k


def compare(a: list[Gold], b_rows: list[Gold]) -> dict:
    b = as_statements(b_rows)
    counts = score(a, b)
    matched = pairs(a, b)
    b_found = sum(any(_matches(g, p) for g in a) for p in b)
    return {
        "counts": counts,
        "any": Counter(tp=counts["found"], fn=len(a) - counts["found"], fp=len(b) - b_found),
        "labels": [(g.kind, p.kind) for g, p in matched],
        "diff": {
            "only_a": [(g.kind, g.quote) for g in a if not any(_matches(g, p) for p in b)],
            "only_b": [(p.kind, p.text) for p in b if not any(_matches(g, p) for g in a)],
            "kind": [(g.kind, p.kind, g.quote, p.text) for g, p in matched if g.kind != p.kind],
        },
    }


def report(results: list[dict]) -> dict:
    s = summarise([r["counts"] for r in results])
    labels = [lab for r in results for lab in r["labels"]]
    anyc = sum((r["any"] for r in results), Counter())
    return {
        "promise": s["promise"],
        "per_kind": s["per_kind"],
        "all_statements": prf(anyc),
        "matched": len(labels),
        "kind_agreement": round(sum(x == y for x, y in labels) / len(labels), 3) if labels else 0.0,
        "kind_kappa": kappa(labels),
        "confusion": {f"{x}->{y}": n for (x, y), n in sorted(Counter(labels).items()) if x != y},
        "a": s["gold"],
        "b": s["predicted"],
    }


def run(b_dir: Path = B_DIR) -> dict:
    gold, second = load_gold(), load_gold(b_dir)
    missing = sorted(set(second) - set(gold))
    if missing:
        raise SystemExit(f"no gold (annotator A) for: {', '.join(missing)}")
    per = {f: compare(gold[f], second[f]) for f in sorted(second)}
    out = {"papers": {f: report([r]) for f, r in per.items()}, "pooled": report(list(per.values()))}
    out["diff"] = {f: r["diff"] for f, r in per.items()}
    return out


def f1(c: dict) -> str:
    """F1 as text, '-' when neither annotator has the kind (0.0 would read as total disagreement)."""
    return f"{c['f1']:.3f}" if c["tp"] + c["fp"] + c["fn"] else "-"


def rules_vs_annotators(files: list[str], b_dir: Path = B_DIR) -> dict:
    """Promise F1 of the rule finder against A and against B, per paper and pooled."""
    from miner.nlp.pipeline import load_base
    from miner.nlp.statements import StatementFinder

    nlp, finder = load_base(), StatementFinder(mode="rules")
    golds = {"A": load_gold(), "B": load_gold(b_dir)}
    preds = {f: run_finder(parse_file(f, nlp), finder) for f in files}
    out = {}
    for who, gold in golds.items():
        per = {f: score(gold[f], preds[f]) for f in files}
        out[who] = {**{f: prf(s["promise"]) for f, s in per.items()}, "pooled": summarise(list(per.values()))["promise"]}
    return out


def print_table(out: dict) -> None:
    rows = [*out["papers"].items(), ("pooled", out["pooled"])]
    head = f"{'paper':44} {'A':>4} {'B':>4} {'promise F1':>10} {'all F1':>7} " + " ".join(f"{k[:6]:>6}" for k in KINDS) + f" {'kind agr':>8} {'kappa':>6}"
    print(head)
    for name, r in rows:
        cells = " ".join(f"{f1(r['per_kind'][k]):>6}" for k in KINDS)
        print(
            f"{Path(name).name[:44]:44} {r['a']:>4} {r['b']:>4} {r['promise']['f1']:>10.3f} {r['all_statements']['f1']:>7.3f} "
            f"{cells} {r['kind_agreement']:>8.3f} {r['kind_kappa']:>6.3f}"
        )
    p = out["pooled"]
    print(f"\npooled promise P {p['promise']['precision']:.3f} R {p['promise']['recall']:.3f}; matched pairs {p['matched']}; kind confusions (A->B): {p['confusion']}")
    if "rules" in out:
        print("\nrule finder, promise F1 against each annotator:")
        for who, per in out["rules"].items():
            print(f"  vs {who}: " + ", ".join(f"{Path(f).name[:30]} {c['f1']:.3f}" for f, c in per.items()))


def print_diff(out: dict) -> None:
    for f, d in out["diff"].items():
        print(f"\n== {f}")
        for title, key in (("only A (gold)", "only_a"), ("only B", "only_b")):
            print(f"-- {title}: {len(d[key])}")
            for kind, quote in d[key]:
                print(f"   [{kind}] {quote[:150]}")
        print(f"-- kind differs (A -> B): {len(d['kind'])}")
        for ka, kb, qa, qb in d["kind"]:
            print(f"   {ka} -> {kb}: {qa[:110]}  ||  {qb[:60]}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--diff", action="store_true", help="also list statements only one annotator has, and kind differences")
    ap.add_argument("--b-dir", type=Path, default=B_DIR, help="annotator B's JSONL folder (default annotations/agreement)")
    ap.add_argument("--rules", action="store_true", help="also score the rule finder against each annotator (parses the papers)")
    args = ap.parse_args(argv)
    out = run(args.b_dir)
    if args.rules:
        out["rules"] = rules_vs_annotators(list(out["papers"]), args.b_dir)
    if args.json:
        print(json.dumps(out if args.diff else {k: v for k, v in out.items() if k != "diff"}, indent=2))
    else:
        print_table(out)
        if args.diff:
            print_diff(out)
    return out


if __name__ == "__main__":
    main()
